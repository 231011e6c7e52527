#!/usr/bin/env python3
"""serve.py: a local static server for dist/ that sends what a real host should send.

Headers: the wasm MIME type, the sheet's Content-Security-Policy and Referrer-Policy, no caching
(so a rebuild shows at once), and gzip when the client accepts it (like a real host; the
benchmark counts transferred bytes). Loopback only.

    python3 tools/serve.py DIST [--port 8080] [--host 127.0.0.1] [--quiet]

--csp POLICY sends that policy instead of the sheet's, for a page that embeds the sheet from
another port (examples/campaign.html, the embed tests); the folder then needs no index.html.
"""
import argparse
import functools
import gzip
import http.server
import os
import sys

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'")
COMPRESSIBLE = ('.html', '.js', '.css', '.json', '.wasm', '.ttf', '.svg', '.webmanifest', '.txt')


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      '.wasm': 'application/wasm', '.js': 'text/javascript', '.json': 'application/json',
                      '.ttf': 'font/ttf', '.webmanifest': 'application/manifest+json'}
    quiet = False
    csp = CSP

    def end_headers(self):
        self.send_header('Content-Security-Policy', self.csp)
        self.send_header('Referrer-Policy', 'no-referrer')
        self.send_header('X-Content-Type-Options', 'nosniff')
        self.send_header('Cache-Control', 'no-cache')
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, 'index.html')
        wants_gzip = 'gzip' in self.headers.get('Accept-Encoding', '')
        if not (wants_gzip and path.endswith(COMPRESSIBLE) and os.path.isfile(path)):
            return super().send_head()
        with open(path, 'rb') as f:
            body = gzip.compress(f.read(), compresslevel=9, mtime=0)
        self.send_response(200)
        self.send_header('Content-Type', self.guess_type(path))
        self.send_header('Content-Encoding', 'gzip')
        self.send_header('Vary', 'Accept-Encoding')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        import io
        return io.BytesIO(body)

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
    a = p.parse_args()
    if not a.csp and not os.path.isfile(os.path.join(a.root, 'index.html')):
        sys.exit(f'serve.py: {a.root} has no index.html (build first)')
    Handler.quiet = a.quiet
    Handler.csp = a.csp or CSP
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
