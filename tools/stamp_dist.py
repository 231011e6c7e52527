#!/usr/bin/env python3
"""stamp_dist.py DIR: gives the built site's assets content-hashed names, so hosts may cache
them forever and a service worker can never mix two builds, and writes the service worker.

Entry points keep their names (the pages, the app pages per language <lang>/index.html, sw.js,
embed.js, _headers, the offline copy, the link previews and oEmbed answers); every
other file becomes name.<hash>.ext and every reference to it is rewritten: in style.css (fonts),
the web app manifests (icons), the pages (stylesheet, scripts, icon, manifest; in a page one
folder down, the same names behind "../") and an asset map that boot.js reads
(<meta name="factsheet-assets">, names from the site's root) for what it fetches itself.
"""
import hashlib
import json
import os
import re
import sys

ENTRY = {'index.html', 'sw.js', 'embed.js', '_headers', 'factsheet-offline.html'}  # and each language's page
# Link previews and oEmbed answers keep their names too: chat apps and WordPress keep the
# addresses they were given (preview-<lang>.png, oembed-<lang>.json).
KEEP = re.compile(r'^(preview|oembed)-[A-Za-z0-9-]+\.(png|json)$')


def digest(data):
    return hashlib.sha256(data).hexdigest()[:12]


def hashed_name(rel, data):
    base, ext = os.path.splitext(rel)
    return f'{base}.{digest(data)}{ext}'


def main():
    root = sys.argv[1]
    files = []
    for d, _, names in os.walk(root):
        for n in names:
            files.append(os.path.relpath(os.path.join(d, n), root).replace(os.sep, '/'))
    # One page per language: one per built content file (content/<lang>.json -> <lang>.html).
    lang_pages = sorted(n[:-len('.json')] + '.html' for n in os.listdir(os.path.join(root, 'content')) if n.endswith('.json'))
    app_pages = [p[:-len('.html')] + '/index.html' for p in lang_pages]
    ENTRY.update(lang_pages + app_pages)
    mapping = {}

    def stamp(rel, data=None):
        path = os.path.join(root, rel)
        if data is None:
            with open(path, 'rb') as f:
                data = f.read()
        new = hashed_name(rel, data)
        with open(os.path.join(root, new), 'wb') as f:
            f.write(data)
        os.remove(path)
        mapping[rel] = new

    # Leaves first, then the files that name them.
    manifests = [n for n in files if re.match(r'^manifest[^/]*\.webmanifest$', n)]
    later = {'style.css', *manifests}
    for rel in sorted(files):
        if rel not in ENTRY and rel not in later and not KEEP.match(rel):
            stamp(rel)
    css = open(os.path.join(root, 'style.css'), encoding='utf-8').read()
    css = re.sub(r'url\("([^"]+)"\)', lambda m: f'url("{mapping.get(m.group(1), m.group(1))}")', css)
    stamp('style.css', css.encode())
    for name in manifests:
        manifest = json.load(open(os.path.join(root, name), encoding='utf-8'))
        for icon in manifest['icons']:
            icon['src'] = mapping.get(icon['src'], icon['src'])
        stamp(name, json.dumps(manifest, ensure_ascii=False, indent=1).encode())

    assets = json.dumps(mapping, separators=(',', ':'), sort_keys=True)
    def hashed(ref):
        up = '../' if ref.startswith('../') else ''
        return up + mapping.get(ref[len(up):], ref[len(up):])
    pages = ['index.html'] + lang_pages + app_pages
    for page in pages:
        path = os.path.join(root, page)
        if not os.path.exists(path):
            continue
        html = open(path, encoding='utf-8').read()
        html = re.sub(r'(href|src)="([^"#?]+)"', lambda m: f'{m.group(1)}="{hashed(m.group(2))}"', html)
        if page != 'index.html':  # the root page only forwards (web/root.js): it fetches nothing
            meta = f'<meta name="factsheet-assets" content="{assets.replace(chr(34), "&quot;")}">\n'
            html = html.replace('</head>', meta + '</head>', 1)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(html)

    # The service worker: this build's name and its files (the pages by their clean names), in
    # three parts: what reading in any language needs ('app'), what each language adds ('langs':
    # its app page and content, which a visit has downloaded), and what only the full copy takes
    # ('extra': installing, embedding, and each language's passages and simple page, which a
    # visit fetches only when the reader asks for a source's words). With Save-Data the worker
    # keeps 'app', the reader's language and what they opened (web/sw.js). The picture runtime is
    # left out: it serves the simple and embedded pages, which offline show their tables, and
    # readers of the app should not pay for it.
    runtime = re.compile(r'^factsheet-pictures\.')
    # index.html is './' and <lang>/index.html is '<lang>/': the addresses readers arrive at (sw.js).
    cached = (sorted(n for n in mapping.values() if not runtime.match(n)) + ['./'] + lang_pages +
              [p[:-len('index.html')] for p in app_pages])
    langs = [p[:-len('.html')] for p in lang_pages]

    # 'extra' first: a language's passages and simple page belong there, not to 'langs'.
    extra = re.compile(r'^(embedded\.|icon-|manifest|passages/|[^/]+\.html$)')

    def lang_of(name):
        for lang in langs:
            if name.startswith((f'content/{lang}.', lang + '/')):
                return lang
        return None
    files = {'app': [n for n in cached if lang_of(n) is None and not extra.match(n)],
             'extra': [n for n in cached if extra.match(n)],
             'langs': {lang: [n for n in cached if lang_of(n) == lang and not extra.match(n)] for lang in langs}}
    build = 'factsheet-' + digest('\n'.join(cached).encode() +
                                  b''.join(open(os.path.join(root, p), 'rb').read() for p in pages))
    sw_path = os.path.join(root, 'sw.js')
    sw = open(sw_path, encoding='utf-8').read()
    sw = sw.replace("'__BUILD__'", json.dumps(build)).replace('__FILES__', json.dumps(files))
    with open(sw_path, 'w', encoding='utf-8') as f:
        f.write(sw)
    print(f'[stamp] {len(mapping)} assets hashed, service worker build {build}')


if __name__ == '__main__':
    main()
