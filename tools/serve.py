#!/usr/bin/env python3
"""serve.py: a local static server for dist/ that sends what a real host should send.

Headers: the wasm MIME type, what web/policy.json asks of a host (tools/policy.py: the
Content-Security-Policy and the other headers, a year's cache for names with a content hash and
revalidation through an ETag and 304 answers for the rest, who may read what from any origin:
the same table dist/_headers is written from), the precompressed twin the client accepts (name.br when Accept-Encoding allows br, else name.gz when
it allows gzip, else the file itself, always with Vary: Accept-Encoding, as Netlify, Cloudflare
Pages and nginx's brotli_static/gzip_static answer; a compressible file with no twin, in a folder
that was not built, is gzipped on the fly), so the benchmark's transferred bytes are a real
host's. A rebuild still shows at once: files that change get new hashed names. Loopback only.

    python3 tools/serve.py DIST [--port 8080] [--host 127.0.0.1] [--quiet]

--csp POLICY sends that policy instead of the sheet's, for a page that embeds the sheet from
another port (examples/campaign.html, the embed tests); the folder then needs no index.html.
--log FILE appends a JSON line for each file answered: {"t": epoch ms, "path", "status", "bytes"
(the body sent: 0 for a 304)}: what the network carried, whoever asked (the page or its service
worker), for the benchmark and the offline tests.
"""
import argparse
import functools
import gzip
import hashlib
import http.server
import io
import json
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import policy  # noqa: E402

COMPRESSIBLE = ('.html', '.js', '.css', '.json', '.wasm', '.ttf', '.svg', '.webmanifest', '.txt')


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      '.wasm': 'application/wasm', '.js': 'text/javascript', '.json': 'application/json',
                      '.ttf': 'font/ttf', '.webmanifest': 'application/manifest+json'}
    quiet = False
    csp = None   # a host page's own policy (--csp) instead of the sheet's
    log_file = None
    log_lock = threading.Lock()

    def record(self, status, nbytes):
        if self.log_file:
            line = json.dumps({'t': time.time() * 1000, 'path': self.path, 'status': status, 'bytes': nbytes})
            with self.log_lock, open(self.log_file, 'a', encoding='utf-8') as f:
                f.write(line + '\n')

    def end_headers(self):
        name = self.path.split('?', 1)[0].split('#', 1)[0].lstrip('/')
        headers = policy.headers_for(name)
        if self.csp:
            headers['Content-Security-Policy'] = self.csp
        for key, value in headers.items():
            self.send_header(key, value)
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split('?', 1)[0].endswith('/'):
                return super().send_head()  # the redirect to the folder's address
            path = os.path.join(path, 'index.html')
        if not os.path.isfile(path):
            return super().send_head()  # 404
        with open(path, 'rb') as f:
            raw = f.read()
        encoding, body = self.encoded(path, raw)
        etag = '"%s%s"' % (hashlib.sha256(raw).hexdigest()[:16], {'br': '-br', 'gzip': '-gz'}.get(encoding, ''))
        if etag in [t.strip() for t in self.headers.get('If-None-Match', '').split(',')]:
            self.send_response(304)
            self.send_header('ETag', etag)
            self.end_headers()
            self.record(304, 0)
            return None
        self.send_response(200)
        self.send_header('Content-Type', self.guess_type(path))
        if encoding:
            self.send_header('Content-Encoding', encoding)
        self.send_header('Vary', 'Accept-Encoding')
        self.send_header('ETag', etag)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.record(200, len(body))
        return io.BytesIO(body)

    def accepted(self):
        """The codings Accept-Encoding allows (q > 0), by name: 'br;q=0' refuses brotli."""
        allowed = set()
        for part in self.headers.get('Accept-Encoding', '').split(','):
            name, _, params = part.strip().partition(';')
            q = 1.0
            for param in params.split(';'):
                key, _, value = param.strip().partition('=')
                if key.strip() == 'q':
                    try:
                        q = float(value)
                    except ValueError:
                        q = 0.0
            if name and q > 0:
                allowed.add(name.strip().lower())
        return allowed

    def encoded(self, path, raw):
        """(Content-Encoding or None, body): the twin built next to the file (tools/site.py)."""
        allowed = self.accepted()
        for coding, suffix in (('br', '.br'), ('gzip', '.gz')):
            if (coding in allowed or '*' in allowed) and os.path.isfile(path + suffix):
                with open(path + suffix, 'rb') as f:
                    return coding, f.read()
        if ('gzip' in allowed) and path.endswith(COMPRESSIBLE) and not os.path.isfile(path + '.gz'):
            return 'gzip', gzip.compress(raw, compresslevel=9, mtime=0)
        return None, raw

    def log_message(self, fmt, *args):
        if not self.quiet:
            super().log_message(fmt, *args)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('root')
    p.add_argument('--port', type=int, default=8080)
    p.add_argument('--host', default='127.0.0.1')
    p.add_argument('--quiet', action='store_true')
    p.add_argument('--csp', help="a Content-Security-Policy for a host page instead of the sheet's")
    p.add_argument('--log', help='append a JSON line per file answered to this file')
    a = p.parse_args()
    if not a.csp and not os.path.isfile(os.path.join(a.root, 'index.html')):
        sys.exit(f'serve.py: {a.root} has no index.html (build first)')
    Handler.quiet = a.quiet
    Handler.csp = a.csp
    Handler.log_file = a.log
    handler = functools.partial(Handler, directory=a.root)
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer((a.host, a.port), handler) as srv:
        print(f'Serving the fact sheet at http://{a.host}:{srv.server_address[1]}/  (Ctrl-C stops)', flush=True)
        try:
            srv.serve_forever()
        except KeyboardInterrupt:
            print('\nstopped')


if __name__ == '__main__':
    main()
