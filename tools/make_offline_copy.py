#!/usr/bin/env python3
"""make_offline_copy.py STAGE APP_PAGE OUT.html: the whole sheet in one .html file.

Everything the page needs is inside: styles, fonts, the wasm, the scripts, both languages'
content and renditions. It opens from file:// on a phone or laptop with no network and makes no
request, so it can be passed on over messaging apps, Bluetooth or a USB stick. Built from the
unstamped build (plain file names) and the first language's app page as written for the site's
root (scripts/assemble-dist.sh: build/app-pages/); boot.js reads the bundled files from
window.__factsheetInline. A file has no folders: the language links become ?lang= addresses,
which boot.js reads here (it swaps the language in place).
"""
import base64
import json
import os
import re
import sys

CSP = ("default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; "
       "font-src data:; img-src data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'")


def b64(path):
    with open(path, 'rb') as f:
        return base64.b64encode(f.read()).decode('ascii')


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def script(text):
    # A script's text may not contain "</script"; JSON and minified JS here do not, but be sure.
    return '<script>' + text.replace('</script', '<\\/script') + '</script>'


def main():
    stage, app_page, out = sys.argv[1], sys.argv[2], sys.argv[3]
    html = read(app_page)
    css = read(f'{stage}/style.css')
    css = re.sub(r'url\("(fonts/[^"]+\.ttf)"\)', lambda m: f'url("data:font/ttf;base64,{b64(stage + "/" + m.group(1))}")', css)

    langs = sorted(n[:-len('.json')] for n in os.listdir(f'{stage}/content') if n.endswith('.json'))
    inline = {name: b64(f'{stage}/{name}') for name in (
        'factsheet.wasm', 'fonts/NotoSans-Regular.ttf', 'fonts/NotoSans-Bold.ttf',
        *[f'content/{l}.json' for l in langs], *[f'passages/{l}.json' for l in langs], *[f'{l}.html' for l in langs])}

    html = re.sub(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">',
                  f'<meta http-equiv="Content-Security-Policy" content="{CSP}">', html)
    html = re.sub(r'<link rel="(icon|manifest)"[^>]*>\n?', '', html)
    html = re.sub(r'<link rel="preload"[^>]*>\n?', '', html)  # the wasm is inline here
    # oEmbed discovery is for sites that fetch the page from its host, not for a file.
    html = re.sub(r'<link rel="alternate" type="application/json\+oembed"[^>]*>\n?', '', html)
    html = html.replace('<link rel="stylesheet" href="style.css">', '<style>' + css + '</style>')
    # The app page's links to the passages in its language's page point at the source itself
    # here: boot.js puts the full rendition, passages and all, into this page from that page
    # when such a link is followed.
    page_lang = re.search(r'<html lang="([^"]+)"', html).group(1)
    html = html.replace(f'href="{page_lang}.html#', 'href="#')
    for lang in langs:
        html = html.replace(f'href="{lang}/"', f'href="?lang={lang}"')
    # Scripts: the bundled files first, then the app and its loader, inline and in order.
    scripts = (script('window.__factsheetInline=' + json.dumps(inline) + ';') +
               script(read(f'{stage}/factsheet.js')) + script(read(f'{stage}/boot.js')))
    html = re.sub(r'<script src="[^"]+" defer></script>\n?', '', html)
    html = html.replace('</body>', scripts + '\n</body>', 1)
    # Left are in-page anchors, web addresses, the copy's own languages, inline data and the
    # contacts' tel: numbers (they dial, they load nothing).
    if re.search(r'(src|href)="(?!#|https:|\?|data:|tel:\+?[0-9]+")[^"]*"', html):
        bad = re.findall(r'(?:src|href)="(?!#|https:|\?|data:|tel:\+?[0-9]+")[^"]*"', html)[:5]
        sys.exit(f'make_offline_copy: references left to outside files: {bad}')
    with open(out, 'w', encoding='utf-8') as f:
        f.write(html)


if __name__ == '__main__':
    main()
