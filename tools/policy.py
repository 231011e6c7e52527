"""policy.py: web/policy.json read once, for the site build (tools/site.py) and the local server
(tools/serve.py): the Content-Security-Policy, the other headers, what may be cached for good,
what any origin may read, which files keep their names, and which the offline copy keeps.

Patterns name files from the site's root: "*" is any run of characters but "/", "<lang>" each
language's code; a pattern is matched against the whole name.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
POLICY_FILE = os.path.join(HERE, '..', 'web', 'policy.json')
# A name that carries its content's hash (tools/site.py: name.<12 hex>.ext).
HASHED = re.compile(r'\.[0-9a-f]{12}\.[a-z0-9]+$')

with open(POLICY_FILE, encoding='utf-8') as _f:
    POLICY = json.load(_f)


def csp(which='site'):
    """The policy as a header value: 'one_file_copy' for the single-file copy."""
    return '; '.join(f'{k} {v}' for k, v in POLICY['csp'][which].items())


def pattern(glob, lang=None):
    """A compiled pattern; "<lang>" stands for `lang` (any code when None)."""
    parts = re.split(r'(\*|<lang>)', glob)
    out = ''
    for p in parts:
        if p == '*':
            out += '[^/]*'
        elif p == '<lang>':
            out += re.escape(lang) if lang else '[A-Za-z0-9-]+'
        else:
            out += re.escape(p)
    return re.compile(out + r'\Z')


def matches(globs, name, lang=None):
    return any(pattern(g, lang).match(name) for g in globs)


def keeps_name(name):
    """An entry point: its address is given out (pages, embed.js, previews), so it is never hashed."""
    return matches(POLICY['entry_points'], name)


def any_origin(name):
    return matches(POLICY['any_origin'], name)


def headers_for(name):
    """What a host sends with the file `name` (from the site's root, '' for the root page)."""
    out = {'Content-Security-Policy': csp(), **POLICY['headers']}
    out['Cache-Control'] = POLICY['cache']['hashed' if HASHED.search(name) else 'other']
    if any_origin(name):
        out['Access-Control-Allow-Origin'] = '*'
    return out
