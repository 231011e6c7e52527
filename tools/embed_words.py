#!/usr/bin/env python3
"""embed_words.py CONTENT.json: the end of <body> for en.html / es.html, printed: the words the
embedded sheet's own controls need (web/embedded.js), as a JSON data block in the page's
language (no request for the whole content file), then the script itself.
"""
import json
import sys

KEYS = ('text_smaller', 'text_larger', 'embed_text_size', 'embed_show_all', 'embed_open_full', 'embed_cta_from')


def main():
    with open(sys.argv[1], encoding='utf-8') as f:
        ui = json.load(f).get('ui', {})
    words = {k: ui[k] for k in KEYS if isinstance(ui.get(k), str)}
    # Inside <script> the text must not close the element: escape every "<".
    data = json.dumps(words, ensure_ascii=False, separators=(',', ':')).replace('<', '\\u003c')
    print(f'<script type="application/json" id="factsheet-embed-words">{data}</script>')
    print('<script src="embedded.js" defer></script>')


if __name__ == '__main__':
    main()
