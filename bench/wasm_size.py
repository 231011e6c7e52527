#!/usr/bin/env python3
"""wasm_size.py: what is in a .wasm, by size. Used by scripts/size-report.sh.

    python3 bench/wasm_size.py FILE.wasm [SYMBOLS] [--top N] [--json OUT]

Reads the module itself (no wabt needed): every section's size, and every function body's size
in the code section. Names come from Emscripten's symbol map (`--emit-symbol-map` writes
`factsheet.js.symbols`, lines `index:name`), else from a `name` section (`--profiling-funcs`),
else `func[N]`. Function indices in both count imported functions first, as the code section
does not, so imports are counted and skipped. Names are demangled with c++filt when present.
Functions are also summed by origin (Dear ImGui, stb_truetype, nlohmann/json, the sheet's own
code, libc/libc++ and the rest) so that growth is visible per part.
"""
import argparse
import gzip
import json
import re
import shutil
import subprocess
import sys

SECTION_NAMES = {0: 'custom', 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory', 6: 'global',
                 7: 'export', 8: 'start', 9: 'element', 10: 'code', 11: 'data', 12: 'datacount', 13: 'tag'}


def leb(data, pos):
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7f) << shift
        shift += 7
        if not b & 0x80:
            return result, pos


def name_str(data, pos):
    n, pos = leb(data, pos)
    return data[pos:pos + n].decode('utf-8', 'replace'), pos + n


def parse(data):
    assert data[:4] == b'\0asm', 'not a wasm module'
    pos = 8
    sections, bodies, imported_funcs, names = [], [], 0, {}
    while pos < len(data):
        sid = data[pos]
        size, body = leb(data, pos + 1)
        end = body + size
        label = SECTION_NAMES.get(sid, f'id{sid}')
        if sid == 0:
            cname, _ = name_str(data, body)
            label = f'custom "{cname}"'
        sections.append({'section': label, 'bytes': end - pos})
        if sid == 2:  # imports: count the functions among them
            count, p = leb(data, body)
            for _ in range(count):
                _, p = name_str(data, p)
                _, p = name_str(data, p)
                kind = data[p]
                p += 1
                if kind == 0:
                    imported_funcs += 1
                    _, p = leb(data, p)
                elif kind == 1:  # table: reftype + limits
                    p += 1
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                elif kind == 2:  # memory: limits
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                elif kind == 3:  # global: valtype + mut
                    p += 2
                else:  # tag
                    p += 1
                    _, p = leb(data, p)
        elif sid == 10:
            count, p = leb(data, body)
            for _ in range(count):
                n, q = leb(data, p)
                bodies.append(q + n - p)
                p = q + n
        elif sid == 0 and label == 'custom "name"':
            _, p = name_str(data, body)
            while p < end:
                sub = data[p]
                n, q = leb(data, p + 1)
                if sub == 1:
                    count, r = leb(data, q)
                    for _ in range(count):
                        idx, r = leb(data, r)
                        nm, r = name_str(data, r)
                        names[idx] = nm
                p = q + n
        pos = end
    return sections, bodies, imported_funcs, names


def demangle(names):
    tool = shutil.which('c++filt') or shutil.which('llvm-cxxfilt-14')
    if not tool or not names:
        return names
    out = subprocess.run([tool], input='\n'.join(names), capture_output=True, text=True).stdout.split('\n')
    return out[:len(names)] if len(out) >= len(names) else names


ORIGINS = [  # first match wins
    ('stb_truetype', re.compile(r'\bstbtt|stbrp|\bImFontAtlasBuild|ImFontBuild|stb_')),
    ('nlohmann/json', re.compile(r'nlohmann')),
    ('ImGui OpenGL3 backend', re.compile(r'ImGui_ImplOpenGL3|ImGui_ImplOpenGL3_')),
    ('Dear ImGui', re.compile(r'\bImGui|\bIm[A-Z]|\bImStb|\bstb_textedit|STB_TEXTEDIT|^Table|^ImGui')),
    ('factsheet', re.compile(r'factsheet|^fs_')),
    ('libc/libc++/runtime', re.compile(r'^std::|^__|\bstd::__|^_?emscripten|^(mem|str|malloc|free|realloc|calloc|'
                                       r'v?s?n?printf|fmt|pop_arg|pad|wctomb|qsort|sift|trinkle|shl|shr|cycle|'
                                       r'strto|scanf|frexp|abort|sbrk|exp|log|pow|sin|cos|tan|atan|floor|ceil|'
                                       r'fmod|sqrt|round|dlmalloc|emmalloc|operator|dynCall|stack|__?cxa|'
                                       r'legalstub|orig\$)')),
]


def origin(name):
    for label, rx in ORIGINS:
        if rx.search(name):
            return label
    return 'other'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('wasm')
    ap.add_argument('symbols', nargs='?')
    ap.add_argument('--top', type=int, default=30)
    ap.add_argument('--json')
    a = ap.parse_args()
    data = open(a.wasm, 'rb').read()
    sections, bodies, imported, names = parse(data)
    if a.symbols:
        for line in open(a.symbols, encoding='utf-8', errors='replace'):
            idx, _, nm = line.rstrip('\n').partition(':')
            if idx.isdigit():
                # Emscripten writes names demangled, with bytes outside [A-Za-z0-9_.$] as \\XX.
                names[int(idx)] = re.sub(r'\\([0-9a-fA-F]{2})', lambda m: chr(int(m.group(1), 16)), nm)
    idxs = list(range(imported, imported + len(bodies)))
    raw = [names.get(i, f'func[{i}]') for i in idxs]
    nice = demangle(raw)
    funcs = sorted(({'name': n, 'bytes': b} for n, b in zip(nice, bodies)), key=lambda f: -f['bytes'])
    by_origin = {}
    for f in funcs:
        o = origin(f['name'])
        by_origin.setdefault(o, [0, 0])
        by_origin[o][0] += f['bytes']
        by_origin[o][1] += 1
    total, gz = len(data), len(gzip.compress(data, 9, mtime=0))

    print(f'{a.wasm}: {total:,} bytes, {gz:,} gzip -9; {len(bodies)} functions defined, {imported} imported')
    print('\nsections')
    for s in sorted(sections, key=lambda s: -s['bytes']):
        print(f'  {s["bytes"]:>9,}  {100 * s["bytes"] / total:5.1f}%  {s["section"]}')
    code = sum(bodies) or 1
    print('\ncode by origin (function bodies)')
    for o, (b, n) in sorted(by_origin.items(), key=lambda kv: -kv[1][0]):
        print(f'  {b:>9,}  {100 * b / code:5.1f}%  {o} ({n} functions)')
    print(f'\ntop {a.top} functions by size')
    for f in funcs[:a.top]:
        nm = f['name'] if len(f['name']) <= 110 else f['name'][:107] + '...'
        print(f'  {f["bytes"]:>9,}  {nm}')
    if a.json:
        with open(a.json, 'w') as out:
            json.dump({'file': a.wasm, 'bytes': total, 'gzip9': gz, 'sections': sections,
                       'origins': {o: {'bytes': b, 'functions': n} for o, (b, n) in by_origin.items()},
                       'functions': funcs}, out, indent=1)


if __name__ == '__main__':
    sys.exit(main())
