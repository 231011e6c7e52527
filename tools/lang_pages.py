#!/usr/bin/env python3
"""lang_pages.py: the pages per language that scripts/assemble-dist.sh writes (README, "Where the
built files land"): each language's app page is <lang>/index.html, and the root address is a
page that only forwards to one of them.

  lang_pages.py rebase IN.html OUT.html
      IN, a page written as if it were at the site's root, one folder down: every relative
      address in it (href, src, the preview picture) gains "../". Absolute addresses, "#..." and
      "?..." stay. (tools/stamp_dist.py then hashes names behind that "../".)
  lang_pages.py root HEAD.html ROOT_JS DATA_DIR SITE_URL OUT.html
      the root page: the shared <head> (its policy, icon and colours), hreflang links to each
      language's page (and x-default to itself), ROOT_JS as the one blocking script in <head>
      (web/root.js: it forwards before anything paints), and for readers without JavaScript a
      link to each language's page, each in its own language. No manifest: it is no page to
      install (each language's page names its own).
  lang_pages.py manifest IN.webmanifest CONTENT.json OUT.webmanifest
      a language's web app manifest: that language's name, description and lang, and its page as
      start_url (installed, the sheet opens in the language it was installed in).
"""
import html
import json
import os
import re
import sys

RELATIVE = r'(?!#|\?|/|[a-zA-Z][a-zA-Z0-9+.-]*:)'


def rebase(src, out):
    text = open(src, encoding='utf-8').read()
    text = re.sub(r'\b(href|src)="' + RELATIVE + r'([^"]*)"', r'\1="../\2"', text)
    text = re.sub(r'(<meta (?:property|name)="(?:og:image|twitter:image)" content=")' + RELATIVE + r'([^"]*)"', r'\1../\2"', text)
    open(out, 'w', encoding='utf-8').write(text)


def root(head, root_js, data_dir, site, out):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import constants
    langs = constants.languages(data_dir)  # the default language first
    e = lambda s: html.escape(s, quote=True)
    head_text = re.sub(r'<link rel="manifest"[^>]*>\n?', '', open(head, encoding='utf-8').read())
    lines = ['<!doctype html>', f'<html lang="{e(langs[0]["code"])}" dir="ltr">', '<head>', '<meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<title>' + e(' · '.join(l['title'] for l in langs)) + '</title>']
    lines += [f'<link rel="alternate" hreflang="{e(l["code"])}" href="{e(site + l["code"] + "/")}">' for l in langs]
    lines.append(f'<link rel="alternate" hreflang="x-default" href="{e(site or "./")}">')
    lines.append(head_text.rstrip('\n'))
    lines.append(f'<script src="{e(root_js)}"></script>')
    lines += ['</head>', '<body>', '<noscript><ul>']
    lines += [f'<li><a href="{e(l["code"])}/" hreflang="{e(l["code"])}" lang="{e(l["code"])}">{e(l["title"])} ({e(l["name"])})</a></li>'
              for l in langs]
    lines += ['</ul></noscript>', '</body>', '</html>', '']
    open(out, 'w', encoding='utf-8').write('\n'.join(lines))


def manifest(src, content, out):
    m = json.load(open(src, encoding='utf-8'))
    doc = json.load(open(content, encoding='utf-8'))
    m['lang'] = doc['lang']
    m['name'] = doc['ui']['site_name']
    m['description'] = doc['meta']['description']
    m['start_url'] = doc['lang'] + '/'
    json.dump(m, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


def main(argv):
    cmds = {'rebase': (rebase, 2), 'root': (root, 5), 'manifest': (manifest, 3)}
    if len(argv) < 2 or argv[1] not in cmds or len(argv) - 2 != cmds[argv[1]][1]:
        sys.exit(__doc__)
    cmds[argv[1]][0](*argv[2:])


if __name__ == '__main__':
    main(sys.argv)
