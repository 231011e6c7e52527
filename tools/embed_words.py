#!/usr/bin/env python3
"""embed_words.py CONTENT.json: the end of <body> for en.html / es.html, printed: the words the
embedded sheet's own controls need (web/embedded.js), as a JSON data block in the page's
language (no request for the whole content file), then the script itself. A key the content
file lacks takes the English words (en.json next to it): the script has no words of its own.
"""
import os
import json
import sys

KEYS = ('text_smaller', 'text_larger', 'embed_text_size', 'embed_show_all', 'embed_open_full', 'embed_cta_from')


def main():
    def ui_of(path):
        with open(path, encoding='utf-8') as f:
            return json.load(f).get('ui', {})
    ui, english = ui_of(sys.argv[1]), ui_of(os.path.join(os.path.dirname(sys.argv[1]), 'en.json'))
    words = {}
    for k in KEYS:
        for source in (ui, english):
            if isinstance(source.get(k), str) and source[k]:
                words[k] = source[k]
                break
    # Inside <script> the text must not close the element: escape every "<".
    data = json.dumps(words, ensure_ascii=False, separators=(',', ':')).replace('<', '\\u003c')
    print(f'<script type="application/json" id="factsheet-embed-words">{data}</script>')
    print('<script src="embedded.js" defer></script>')


if __name__ == '__main__':
    main()
