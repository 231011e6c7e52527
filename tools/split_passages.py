#!/usr/bin/env python3
"""split_passages.py BUILT.json CONTENT.json PASSAGES.json: a built content file (the sheet with
its sources' passages, "evidence") as the site ships it, in two files. CONTENT.json is the sheet
without its passages: what the app reads at start and the picture runtime of the simple and
embedded pages reads (about two fifths of the bytes less). PASSAGES.json holds them in the form
of data/evidence.json, which the app reads only when a reader first opens what a source says
(README, "Bytes of a first visit"). The rest is kept as it is, so the loader checks it as it
checks every content file and the citation numbers are the pages'.
"""
import json
import sys


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    with open(argv[1], encoding='utf-8') as f:
        sheet = json.load(f)
    passages = {'format': 1, 'evidence': sheet.pop('evidence', [])}
    for path, value in ((argv[2], sheet), (argv[3], passages)):
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(value, f, ensure_ascii=False, separators=(',', ':'))


if __name__ == '__main__':
    main(sys.argv)
