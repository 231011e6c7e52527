#!/usr/bin/env python3
"""picture_content.py BUILT.json OUT.json: what the picture runtime of the simple and embedded
pages reads (README, "Pictures in the embedded sheet"): a built content file without its sources'
passages ("evidence": the page itself lists them under each source), so about a third of the
bytes. The rest is kept as it is, so the loader checks it as it checks the app's file and the
citation numbers are the page's.
"""
import json
import sys


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    with open(argv[1], encoding='utf-8') as f:
        sheet = json.load(f)
    sheet.pop('evidence', None)
    with open(argv[2], 'w', encoding='utf-8') as f:
        json.dump(sheet, f, ensure_ascii=False, separators=(',', ':'))


if __name__ == '__main__':
    main(sys.argv)
