#!/usr/bin/env python3
"""embed_words.py CONTENT.json: the end of <body> for each language's page (en.html), printed: the words the
embedded sheet's own controls need (web/embedded.js), as a JSON data block in the page's
language (no request for the whole content file), then the script itself. Every language has
these keys (the checker requires them): the script has no words of its own.
"""
import json
import sys

KEYS = ('text_smaller', 'text_larger', 'embed_text_size', 'embed_show_all', 'embed_open_full', 'embed_added_by',
        'embed_added_by_unknown', 'call',
        # and, for the page read on its own, "Remove this sheet from this phone" (web/leave.js)
        'remove_sheet', 'remove_removes', 'remove_cannot', 'remove_android', 'remove_iphone', 'remove_confirm',
        # and the pictures drawn into the page (web/pictures.js)
        'picture_label', 'picture_show_table', 'picture_show_picture', 'citation_label')


def main():
    with open(sys.argv[1], encoding='utf-8') as f:
        ui = json.load(f)['ui']
    missing = [k for k in KEYS if not isinstance(ui.get(k), str) or not ui[k]]
    if missing:
        sys.exit(f'embed_words.py: {sys.argv[1]} lacks the ui keys {", ".join(missing)}')
    words = {k: ui[k] for k in KEYS}
    # Inside <script> the text must not close the element: escape every "<".
    data = json.dumps(words, ensure_ascii=False, separators=(',', ':')).replace('<', '\\u003c')
    print(f'<script type="application/json" id="factsheet-embed-words">{data}</script>')
    print('<script src="embedded.js" defer></script>')


if __name__ == '__main__':
    main()
