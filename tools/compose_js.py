#!/usr/bin/env python3
"""compose_js.py SRC.js OUT.js [DIR...]: SRC.js with each `//@include NAME.js` line replaced by
that file (looked up next to SRC.js, then in each DIR: the generated constants), recursively,
each file at most once. The scripts that ship are one file each (a host page loads embed.js
alone); their shared parts (web/options.js, web/contrast.js, tools/constants.py's LANGUAGES and
PALETTE) are written once and composed in here by scripts/build-web.sh.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^[ \t]*//@include[ \t]+(\S+)[ \t]*$', re.M)


def compose(path, dirs, seen):
    with open(path, encoding='utf-8') as f:
        text = f.read()

    def expand(m):
        name = m.group(1)
        for d in dirs:
            found = os.path.join(d, name)
            if os.path.isfile(found):
                break
        else:
            sys.exit(f'compose_js.py: {path}: //@include {name}: not found in {", ".join(dirs)}')
        if found in seen:
            return ''
        seen.add(found)
        return compose(found, dirs, seen).rstrip('\n')

    return INCLUDE.sub(expand, text)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    src, out = argv[1], argv[2]
    dirs = [os.path.dirname(os.path.abspath(src))] + argv[3:]
    text = compose(src, dirs, set())
    with open(out, 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    main(sys.argv)
