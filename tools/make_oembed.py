#!/usr/bin/env python3
"""make_oembed.py CONTENT.json SITE_URL OUT.json: the oEmbed answer for one language's page
(https://oembed.com, type "rich"), a static file the pages' discovery link points to
(<link rel="alternate" type="application/json+oembed">, src/html/html.cpp). Its html is what a
consumer such as WordPress puts in a post: a link to the sheet (shown until the frame speaks) and
an iframe of the embedded sheet (<lang>.html?embed=1, web/embedded.js), full width; WordPress
sandboxes it and sizes it from the sheet's height messages. The thumbnail is the preview picture
(tools/factsheet_preview.cpp). SITE_URL ("https://example.org/atd/", or "" when the build does
not know it) makes every address absolute, as consumers need.
"""
import html
import json
import sys

# The frame's height before the sheet tells its own (WordPress holds it between 200 and 1000).
DEFAULT_HEIGHT = 600
DEFAULT_WIDTH = 600
PREVIEW_SIZE = (1200, 630)   # src/html/html.h preview_width, preview_height
CACHE_AGE = 86400            # a day: a new review date reaches posts the next day


def main():
    content, site, out = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(content, encoding='utf-8') as f:
        doc = json.load(f)
    lang, meta, ui = doc['lang'], doc['meta'], doc['ui']
    page = site + f'{lang}.html'
    frame = f'{page}?embed=1'
    title = meta['title']
    markup = (f'<blockquote><a href="{html.escape(page)}">{html.escape(title)}</a></blockquote>'
              f'<iframe src="{html.escape(frame)}" width="100%" height="{DEFAULT_HEIGHT}" '
              f'title="{html.escape(ui["embed_frame_title"])}" frameborder="0" marginwidth="0" '
              f'marginheight="0" scrolling="no"></iframe>')
    answer = {
        'version': '1.0',
        'type': 'rich',
        'title': title,
        'provider_name': ui['site_name'],
        'provider_url': site or './',
        'html': markup,
        'width': DEFAULT_WIDTH,
        'height': DEFAULT_HEIGHT,
        'thumbnail_url': site + f'preview-{lang}.png',
        'thumbnail_width': PREVIEW_SIZE[0],
        'thumbnail_height': PREVIEW_SIZE[1],
        'cache_age': CACHE_AGE,
    }
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(answer, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
