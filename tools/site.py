#!/usr/bin/env python3
"""site.py: the one build of the site, dist/, from what the other builds made.

    python3 tools/site.py build NATIVE_BUILD WEB_BUILD CONTENT_DIR
    python3 tools/site.py release STAGE OUT
    python3 tools/site.py wasm-opt IN.wasm OUT.wasm   (what the build does to each linked module)

NATIVE_BUILD has factsheet-html, factsheet-preview and fonts/; WEB_BUILD factsheet.js/.wasm and
the picture runtime; CONTENT_DIR what `factsheet-check --bundle` wrote (content/<lang>.json, its
lead content/<lang>.lead.json, and passages/<lang>.json). FACTSHEET_SITE_URL (optional, "https://example.org/atd/"): the site's
public address; link previews then carry absolute addresses, and each page shares itself as a
QR code.

`build` runs the steps below, each declared with its outputs and what it reads; a step runs only
when one of those changed (build/site/steps.json keeps what each step last read), so a second
run after touching one file redoes only what depends on it. Its outputs land in build/web-stage/
with plain names (the tests read it), then `release` makes dist/ from it: content-hashed names,
the service worker with its file lists, _headers, the precompressed twins, all in a fresh folder
swapped in at the end (a reader never gets half a build).

One template syntax: {{name}} in web/pages/ (a colour, {{light.accent}}; {{lang}}; {{root}}, the
way from the page to the site's root; {{csp}}; {{id.NAME}} and {{class.NAME}}, the page's names
(web/dom.json); {{ui.KEY}}, a word in the page's language); values
are HTML-escaped unless the step marks them as markup it wrote itself. The languages are read
once, from data/ (tools/constants.py); the policy from web/policy.json (tools/policy.py).
"""
import base64
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bridge  # noqa: E402
import constants  # noqa: E402
import policy  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WEB = os.path.join(ROOT, 'web')
PAGES = os.path.join(WEB, 'pages')
BUILD = os.path.join(ROOT, 'build')
STAGE = os.path.join(BUILD, 'web-stage')   # the site with plain names
WORK = os.path.join(BUILD, 'site')         # what the steps make on the way
DIST = os.path.join(ROOT, 'dist')
TERSER = ['terser', '--compress', 'passes=2', '--mangle', '--ecma', '2017']
TERSER_ENV = {**os.environ, 'NODE_PATH': '/usr/share/nodejs'}   # Debian's terser and its modules
# Binaryen's optimizer from npm (pinned in package.json), newer than the one Debian's Emscripten
# runs at link time: -Oz once more over each linked module (about 1 kB of brotli off the app's),
# with the wasm features the build compiles for (cmake/toolchain-emscripten.cmake).
WASM_OPT = [os.path.join(ROOT, 'node_modules', '.bin', 'wasm-opt'), '-Oz', '--enable-bulk-memory', '--enable-sign-ext',
            '--enable-nontrapping-float-to-int', '--enable-mutable-globals']
# The scripts, each bundled from its entry module with what it imports (tools/bundle.mjs).
BUNDLES = {'boot': 'app/boot.js', 'embed': 'host/embed.js', 'embedded': 'frame/embedded.js', 'root': 'root/root.js',
           'pictures': 'pictures/pictures.js', 'reader': 'listen/reader.js',
           'translated-pictures': 'app/translated-pictures.js'}
# The words the simple pages' own script needs (frame/embedded.js and what it loads), given in
# the page so it fetches no content file; the checker requires every language to have them.
SIMPLE_PAGE_WORDS = (
    'text_smaller', 'text_larger', 'embed_text_size', 'embed_show_all', 'embed_open_full', 'embed_added_by',
    'embed_added_by_unknown', 'call',
    # "Remove this sheet from this phone" (shared/leave.js)
    'remove_sheet', 'remove_removes', 'remove_cannot', 'remove_android', 'remove_iphone', 'remove_confirm',
    # the pictures drawn into the page (pictures/pictures.js)
    'picture_label', 'picture_show_table', 'picture_show_picture', 'citation_label',
    # the language list (frame/bar.js) and reading aloud (shared/listen.js, listen/reader.js)
    'languages', 'listen', 'listen_pause', 'listen_resume', 'listen_stop', 'listen_no_voice', 'listen_voice_android',
    'listen_voice_iphone')
OEMBED_SIZE = (600, 600)     # the frame's width and height before the sheet tells its own height
OEMBED_CACHE_AGE = 86400     # a day: a new review date reaches posts the next day
PREVIEW_SIZE = (1200, 630)   # src/html/html.h preview_width, preview_height


# A language's pages, by their addresses from the site's root (web/app/state.js knows the same).
def app_address(c):
    return f'{c}/'                 # the app page (<lang>/index.html)


def simple_page(c):
    return f'{c}.html'             # the simple page, also the embeddable one (?embed=1)


def passages_page(c):
    return f'{c}-passages.html'    # the simple page with every source's passages


def fail(message):
    sys.exit(f'[site] {message}')


# --- files ---------------------------------------------------------------------------------

def read(path, mode='r'):
    with open(path, mode, **({} if 'b' in mode else {'encoding': 'utf-8'})) as f:
        return f.read()


def write(path, data):
    """Writes only when the bytes differ, so what reads the file is not redone for nothing."""
    data = data.encode('utf-8') if isinstance(data, str) else data
    if os.path.isfile(path) and read(path, 'rb') == data:
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(data)
    os.replace(tmp, path)


def copy(src, out):
    write(out, read(src, 'rb'))


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        fail(f'{os.path.basename(cmd[0])} failed:\n{r.stderr or r.stdout}')
    return r.stdout


def digest(data):
    return hashlib.sha256(data).hexdigest()[:12]


# --- templates -----------------------------------------------------------------------------

class Markup(str):
    """A template value the build wrote itself: inserted as it is, not escaped."""


def fill(template_name, values):
    """web/pages/<template_name> with each {{name}} replaced; an unknown name stops the build."""
    text = read(os.path.join(PAGES, template_name))

    def value(m):
        name = m.group(1)
        if name not in values:
            fail(f'web/pages/{template_name}: no value for {{{{{name}}}}}')
        v = values[name]
        return v if isinstance(v, Markup) else attribute_safe(v)
    return re.sub(r'\{\{([A-Za-z0-9_.]+)\}\}', value, text)


def json_in_script(text):
    """A JSON file's text as the content of a <script type="application/json">: each "<" written
    as \\u003c (the same JSON once parsed), so no "</script" or "<!--" in a string ends the
    element or changes how the page reads it."""
    return Markup(text.strip().replace('<', '\\u003c'))


def attribute_safe(text):
    """Text made safe for HTML, in an element or a double-quoted attribute ("'" stays: the
    policy's 'self' reads as it is in the page)."""
    return html.escape(text, quote=False).replace('"', '&quot;')


def page_values(doc, root):
    """What every page template may name: the colours, the policy, the page's names (web/dom.json:
    {{id.canvas}}, {{class.notice}}), the language and its words."""
    values = {**constants.colours(), 'csp': policy.csp(), 'root': root}
    names = constants.dom()
    values.update({f'id.{k}': v for k, v in names['ids'].items()})
    values.update({f'class.{k}': v for k, v in names['classes'].items()})
    if doc is not None:
        values['lang'] = doc['lang']
        values.update({f'ui.{k}': v for k, v in doc['ui'].items() if isinstance(v, str)})
    return values


# --- the steps -----------------------------------------------------------------------------

class Step:
    def __init__(self, name, outputs, inputs, action):
        self.name, self.outputs, self.inputs, self.action = name, outputs, inputs, action


def signature(paths):
    sig = []
    for p in sorted(set(paths)):
        try:
            st = os.stat(p)
            sig.append([os.path.relpath(p, ROOT), st.st_size, st.st_mtime_ns])
        except FileNotFoundError:
            sig.append([os.path.relpath(p, ROOT), None, None])
    return sig


def run_steps(steps, record_path):
    try:
        record = json.loads(read(record_path))
    except (OSError, ValueError):
        record = {}
    ran = []
    for s in steps:
        inputs = s.inputs() if callable(s.inputs) else s.inputs
        sig = signature(inputs + [os.path.abspath(__file__)])
        if record.get(s.name) == sig and all(os.path.exists(o) for o in s.outputs):
            continue
        for o in s.outputs:
            os.makedirs(os.path.dirname(o), exist_ok=True)
        s.action()
        missing = [o for o in s.outputs if not os.path.exists(o)]
        if missing:
            fail(f'step {s.name} did not write {", ".join(missing)}')
        record[s.name] = sig
        ran.append(s.name)
        write(record_path, json.dumps(record, indent=0))
    return ran


def files_under(folder, ext):
    return sorted(os.path.join(d, n) for d, _, names in os.walk(folder) for n in names if n.endswith(ext))


def declare(native, web, content):
    langs = constants.languages(os.path.join(ROOT, 'data'))   # the default language first
    codes = [l['code'] for l in langs]
    site = site_url()
    gen = os.path.join(WORK, 'js')
    gen_modules = [os.path.join(gen, 'factsheet-generated', n) for n in (
        'languages.js', 'palette.js', 'type.js', 'dom.js', 'bridge-enums.js', 'app-bridge.js', 'app-host.js', 'pictures-bridge.js', 'pictures-host.js')]
    palette_json = constants.PALETTE
    data_files = [os.path.join(ROOT, 'data', c + '.json') for c in codes]
    sheet = {c: os.path.join(content, 'content', c + '.json') for c in codes}
    lead = {c: os.path.join(content, 'content', c + '.lead.json') for c in codes}
    passages = {c: os.path.join(content, 'passages', c + '.json') for c in codes}
    docs = {}

    def doc(code):
        if code not in docs:
            docs[code] = json.loads(read(sheet[code]))
        return docs[code]

    def stage(*name):
        return os.path.join(STAGE, *name)

    steps = []

    def step(name, outputs, inputs):
        def wrap(fn):
            steps.append(Step(name, outputs, inputs, fn))
            return fn
        return wrap

    # What the scripts import from the build, as ES modules: the languages, the palette, the type
    # scale, the page's names, and the page's side of each wasm module's bridge.
    @step('generated modules', gen_modules, data_files + [palette_json, constants.TYPE, constants.DOM, constants.__file__, bridge.TABLE, bridge.__file__])
    def _():
        out = os.path.join(gen, 'factsheet-generated')
        for name, text in constants.js_modules(os.path.join(ROOT, 'data')).items():
            write(os.path.join(out, name), text)
        bridge.js_enums(os.path.join(out, 'bridge-enums.js'))
        for module in ('app', 'pictures'):
            bridge.js(module, out)

    # The scripts: web/'s modules bundled by esbuild, then minified.
    bundled = {n: os.path.join(WORK, 'bundles', n + '.js') for n in BUNDLES}

    @step('bundles', list(bundled.values()),
          lambda: files_under(WEB, '.js') + gen_modules + [os.path.join(HERE, 'bundle.mjs')])
    def _():
        run(['node', os.path.join(HERE, 'bundle.mjs'), gen] +
            [f'{os.path.join(WEB, entry)}={bundled[n]}' for n, entry in BUNDLES.items()], cwd=ROOT)

    def minified(name, sources):
        out = stage(name)

        @step(name, [out], sources)
        def _():
            joined = os.path.join(WORK, 'joined', name)
            write(joined, '\n'.join(read(s) for s in sources))
            run(TERSER + [joined, '-o', joined + '.min'], env=TERSER_ENV)
            copy(joined + '.min', out)

    for n in ('embed', 'embedded', 'root', 'reader', 'translated-pictures'):
        minified(n + '.js', [bundled[n]])
    # The app page's script: the module emcc made and the page's side, one file to fetch (one
    # request less, and compressed together they are smaller).
    minified('boot.js', [os.path.join(web, 'factsheet.js'), bundled['boot']])
    # The picture runtime: the module emcc made and its page side, one file to fetch.
    minified('factsheet-pictures.js', [os.path.join(web, 'factsheet-pictures.js'), bundled['pictures']])

    for name in ('factsheet.wasm', 'factsheet-pictures.wasm'):
        step(name, [stage(name)], [os.path.join(web, name)])(
            lambda name=name: run(WASM_OPT + [os.path.join(web, name), '-o', stage(name)]))

    # Files taken as they are.
    copies = {}
    for c in codes:
        copies[f'content/{c}.json'] = sheet[c]
        copies[f'content/{c}.lead.json'] = lead[c]
        copies[f'passages/{c}.json'] = passages[c]
    for name, src in copies.items():
        step(name, [stage(name)], [src])(lambda src=src, name=name: copy(src, stage(name)))

    # The stylesheet with the palette's custom properties, its comments left out (a third of its
    # compressed bytes; it holds no string with "/*" in it); the icon in the palette's colours.
    @step('style.css', [stage('style.css')], [os.path.join(PAGES, 'style.css'), palette_json, constants.TYPE])
    def _():
        css = constants.css_palette(read(os.path.join(PAGES, 'style.css')))
        write(stage('style.css'), re.sub(r'/\*.*?\*/\s*', '', css, flags=re.S))

    @step('icon.svg', [stage('icon.svg')], [os.path.join(PAGES, 'icon.svg'), palette_json])
    def _():
        write(stage('icon.svg'), fill('icon.svg', page_values(None, '')))

    icons = [stage(n) for n in ('icon-192.png', 'icon-512.png', 'icon-maskable-512.png')]

    @step('icons', icons, [os.path.join(HERE, 'make_icons.py'), palette_json])
    def _():
        run([sys.executable, os.path.join(HERE, 'make_icons.py'), STAGE])

    def others(code):   # each page lists every other language
        return [l for l in codes if l != code]

    html_tool = os.path.join(native, 'factsheet-html')
    templates = [os.path.join(PAGES, t) for t in ('head.html', 'body-start.html', 'body-end.html', 'simple-body-end.html', 'lead.html')]

    def page_inputs(c):
        return [sheet[c], *[sheet[l] for l in others(c)], html_tool, palette_json, policy.POLICY_FILE, constants.DOM] + templates

    def parts(c, page, root, *names, more_values=None):
        """The page's inserted parts (web/pages/), filled, as files for factsheet-html (and the
        tests: build/site/parts/<page>/); a part may be a tuple of templates, one after the other
        (in a file named by them joined with "+")."""
        values = page_values(doc(c), root)
        values['words'] = Markup(simple_page_words(doc(c)))
        values.update(more_values or {})
        out = []
        for t in names:
            joined = (t,) if isinstance(t, str) else t
            path = os.path.join(WORK, 'parts', page, '+'.join(joined))
            text = ''.join(fill(n, values) for n in joined)
            if t == 'head.html':   # the page's language's manifest: installed, it starts there
                text += f'<link rel="manifest" href="{html.escape(root)}manifest-{c}.webmanifest">\n'
            write(path, text)
            out.append(path)
        return out

    def preview_opts(c, root, page_path):
        """factsheet-html's options for what link previews read on a page in language c at
        page_path: the preview picture, the oEmbed answer and the other languages' locales."""
        opts = ['--root', root, '--site-url', site, '--page-path', page_path,
                '--preview-image', f'preview-{c}.png', '--oembed', f'oembed-{c}.json']
        return opts + [a for l in codes if l != c for a in ('--og-locale-alternate', doc(l)['ui']['og_locale'])]

    def render(c, out, root, page_path, body_start=None, body_end=None, other_page=app_address, more_values=None, **more):
        """factsheet-html: the page in language c, written at `out`, `root` away from the site's
        root, with the parts body_start and body_end (templates in web/pages/) inserted."""
        folder = os.path.relpath(out, BUILD).replace(os.sep, '_')
        head, *rest = parts(c, folder, root, *[t for t in ('head.html', body_start, body_end) if t], more_values=more_values)
        inserted = dict(zip([k for k, t in (('body_start_file', body_start), ('body_end_file', body_end)) if t], rest))
        opts = preview_opts(c, root, page_path) + ['--stylesheet', 'style.css', '--head-file', head]
        for l in others(c):   # the page in each other language: its address ends like this one's
            opts += ['--other-lang', l, '--other-lang-name', doc(l)['ui']['lang_name'], '--other-lang-href', other_page(l)]
        if site:
            opts += ['--share-url', f'{site}{c}/']
        for k, v in {**inserted, **more}.items():
            opts += ['--' + k.replace('_', '-'), v]
        run([html_tool, sheet[c], out] + opts)

    # The app page (<lang>/index.html, the address <lang>/): the rendition without the passages
    # is the first paint and stays as the accessible mirror under the canvas; each source links to
    # its passages in the passages page, which app/mirror.js swaps in when a reader follows such a
    # link. `root`: "../" where it lives, "" for the one-file copy's source. The canvas's lead
    # comes inside the page (web/pages/lead.html): compressed with the rendition, whose words it
    # repeats, it adds about a third of what it weighs as a file of its own.
    def app_page(c, out, root):
        render(c, out, root, app_address(c), 'body-start.html', ('body-end.html', 'lead.html'),
               more_values={'lead': json_in_script(read(lead[c]))}, evidence_page=passages_page(c))

    fonts = [os.path.join(native, 'fonts', f) for f in ('NotoSans-Regular.ttf', 'NotoSans-Bold.ttf')]
    preview_tool = os.path.join(native, 'factsheet-preview')
    for c in codes:
        # The web app manifest: that language's name and description; installed, the sheet
        # starts at that language's page.
        manifest = stage(f'manifest-{c}.webmanifest')

        @step(f'manifest-{c}', [manifest], [os.path.join(PAGES, 'manifest.webmanifest'), sheet[c], palette_json])
        def _(c=c, manifest=manifest):
            m = json.loads(fill('manifest.webmanifest', page_values(doc(c), '')))
            m.update(lang=c, name=doc(c)['ui']['site_name'], description=doc(c)['meta']['description'], start_url=c + '/')
            write(manifest, json.dumps(m, ensure_ascii=False, indent=1))

        # The simple page: the HTML rendition for any browser, for print and search; also the
        # embeddable page (?embed=1). Each source links to its passages in the passages page
        # (most readers never open them, and they were most of an embed's bytes). It carries the
        # content's lead, which the picture runtime starts from (pictures/pictures.js), as the app
        # page does.
        step(simple_page(c), [stage(simple_page(c))], page_inputs(c) + [lead[c]])(
            lambda c=c: render(c, stage(simple_page(c)), '', simple_page(c), body_end=('simple-body-end.html', 'lead.html'),
                               other_page=simple_page, more_values={'lead': json_in_script(read(lead[c]))},
                               evidence_page=passages_page(c)))
        # The passages page: the same rendition with every source's passages. No lead: it is read
        # seldom and kept in every offline copy; its pictures fetch the lead's file.
        step(passages_page(c), [stage(passages_page(c))], page_inputs(c) + [passages[c]])(
            lambda c=c: render(c, stage(passages_page(c)), '', passages_page(c), body_end='simple-body-end.html',
                               other_page=passages_page, passages=passages[c]))
        step(f'{c}/index.html', [stage(c, 'index.html')], page_inputs(c) + [lead[c]])(
            lambda c=c: app_page(c, stage(c, 'index.html'), '../'))
        # The link preview picture, drawn from the content; the oEmbed answer that embeds the page.
        step(f'preview-{c}', [stage(f'preview-{c}.png')], [sheet[c], preview_tool] + fonts)(
            lambda c=c: run([preview_tool, sheet[c], stage(f'preview-{c}.png')] + fonts))
        step(f'oembed-{c}', [stage(f'oembed-{c}.json')], [sheet[c]])(
            lambda c=c: write(stage(f'oembed-{c}.json'), oembed(doc(c), site)))

    # The root address: forwards to the reader's language's page before anything paints. A chat
    # app runs no script: it reads the first language's link preview here, the address most
    # people share.
    first = codes[0]
    root_tags = os.path.join(WORK, 'parts', 'index', 'preview-tags.html')

    @step('index.html', [stage('index.html')],
          data_files + [sheet[first], html_tool, os.path.join(PAGES, 'head.html'), palette_json, policy.POLICY_FILE])
    def _():
        os.makedirs(os.path.dirname(root_tags), exist_ok=True)
        run([html_tool, sheet[first], root_tags, '--preview-tags-only'] + preview_opts(first, '', ''))
        write(stage('index.html'), root_page(langs, site, read(root_tags)))

    # A language with a region (pt-BR) also answers at its language's short address (/pt/, what a
    # reader types and says): a page like the root's that forwards to it, keeping ?query and #place.
    for short, c in short_addresses(codes).items():
        step(f'{short}/index.html', [stage(short, 'index.html')], [sheet[c], policy.POLICY_FILE, os.path.join(PAGES, 'head.html'), palette_json])(
            lambda short=short, c=c: write(stage(short, 'index.html'), short_page(doc(c), c)))

    # The one-file copy: the first language's app page, written for the site's root, with
    # everything it needs inside.
    offline_source = os.path.join(WORK, 'one-file', f'{first}.html')
    step('one-file source', [offline_source], page_inputs(first) + [lead[first]])(
        lambda: app_page(first, offline_source, ''))
    inlined = (['style.css', 'boot.js', 'reader.js', 'translated-pictures.js', 'factsheet.wasm'] + [f'content/{c}.json' for c in codes] + [f'passages/{c}.json' for c in codes] +
               [passages_page(c) for c in codes])

    @step('factsheet-offline.html', [stage('factsheet-offline.html')], [offline_source, policy.POLICY_FILE] + [stage(n) for n in inlined])
    def _():
        write(stage('factsheet-offline.html'), one_file_copy(STAGE, offline_source, codes))

    return steps


def site_url():
    site = os.environ.get('FACTSHEET_SITE_URL', '')
    if re.search(r'[\s"\'<>?#]', site):
        fail(f'FACTSHEET_SITE_URL: a folder\'s address, no spaces, quotes, ? or # (got: {site})')
    if site and not site.startswith(('http://', 'https://')):
        fail(f'FACTSHEET_SITE_URL must start with https:// (got: {site})')
    return site if not site or site.endswith('/') else site + '/'


def simple_page_words(doc):
    ui = doc['ui']
    missing = [k for k in SIMPLE_PAGE_WORDS if not isinstance(ui.get(k), str) or not ui[k]]
    if missing:
        fail(f'{doc["lang"]}: the content lacks the ui keys {", ".join(missing)}')
    # Inside <script> the text must not close the element: escape every "<".
    return json.dumps({k: ui[k] for k in SIMPLE_PAGE_WORDS}, ensure_ascii=False, separators=(',', ':')).replace('<', '\\u003c')


def oembed(doc, site):
    """The oEmbed answer (https://oembed.com, type "rich") for one language's page: a link to the
    sheet and an iframe of the embedded sheet (<lang>.html?embed=1), which WordPress sandboxes and
    sizes from the sheet's height messages. SITE makes every address absolute, as consumers need."""
    lang, meta, ui = doc['lang'], doc['meta'], doc['ui']
    page = site + simple_page(lang)
    e = html.escape
    markup = (f'<blockquote><a href="{e(page)}">{e(meta["title"])}</a></blockquote>'
              f'<iframe src="{e(page + "?embed=1")}" width="100%" height="{OEMBED_SIZE[1]}" '
              f'title="{e(ui["embed_frame_title"])}" frameborder="0" marginwidth="0" '
              f'marginheight="0" scrolling="no"></iframe>')
    answer = {'version': '1.0', 'type': 'rich', 'title': meta['title'], 'provider_name': ui['site_name'],
              'provider_url': site or './', 'html': markup, 'width': OEMBED_SIZE[0], 'height': OEMBED_SIZE[1],
              'thumbnail_url': site + f'preview-{lang}.png', 'thumbnail_width': PREVIEW_SIZE[0],
              'thumbnail_height': PREVIEW_SIZE[1], 'cache_age': OEMBED_CACHE_AGE}
    return json.dumps(answer, ensure_ascii=False, indent=1) + '\n'


def root_page(langs, site, preview_tags):
    """The root page: the shared <head>, hreflang links to each language's page (x-default to
    itself), the first language's preview tags (factsheet-html --preview-tags-only), root.js as the one blocking script in <head> (it forwards before anything paints),
    and for readers without JavaScript a link to each language's page, in its own language. No
    manifest: it is no page to install."""
    e = lambda s: html.escape(s, quote=True)
    lines = ['<!doctype html>', f'<html lang="{e(langs[0]["code"])}" dir="ltr">', '<head>', '<meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<title>' + e(' · '.join(l['title'] for l in langs)) + '</title>']
    lines += [f'<link rel="alternate" hreflang="{e(l["code"])}" href="{e(site + l["code"] + "/")}">' for l in langs]
    lines.append(f'<link rel="alternate" hreflang="x-default" href="{e(site or "./")}">')
    lines.append(preview_tags.rstrip('\n'))
    lines.append(fill('head.html', page_values(None, '')).rstrip('\n'))
    lines.append('<script src="root.js"></script>')
    lines += ['</head>', '<body>', '<noscript><ul>']
    lines += [f'<li><a href="{e(l["code"])}/" hreflang="{e(l["code"])}" lang="{e(l["code"])}">{e(l["title"])} ({e(l["name"])})</a></li>'
              for l in langs]
    lines += ['</ul></noscript>', '</body>', '</html>', '']
    return '\n'.join(lines)


def short_addresses(codes):
    """{short: code} for each language whose tag has more than its primary subtag ("pt" for
    "pt-BR"), where no other language has that primary subtag."""
    primaries = [c.split('-')[0] for c in codes]
    return {p: c for p, c in zip(primaries, codes) if p != c and primaries.count(p) == 1 and p not in codes}


def short_page(doc, code):
    """A language's short address (pt/index.html): root.js, one folder down, forwards to the
    language's page named on <html>; without JavaScript, a link to it."""
    e = lambda s: html.escape(s, quote=True)
    named = constants.dom()['data']['language']
    return '\n'.join(['<!doctype html>', f'<html lang="{e(code)}" dir="ltr" {named}="{e(code)}">', '<head>',
                      '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
                      '<title>' + e(doc['meta']['title']) + '</title>',
                      f'<link rel="canonical" href="../{e(code)}/">',
                      fill('head.html', page_values(None, '../')).rstrip('\n'),
                      '<script src="../root.js"></script>', '</head>', '<body>',
                      f'<noscript><p><a href="../{e(code)}/" hreflang="{e(code)}">{e(doc["meta"]["title"])}</a></p></noscript>',
                      '</body>', '</html>', ''])


def one_file_copy(stage, app_page, codes):
    """The whole sheet in one .html file that opens from file:// with no network and makes no
    request: styles, the wasm, the scripts, every language's content and rendition inside.
    boot.js reads the bundled files from window.__factsheetInline; a file has no folders, so the
    language links become ?lang= addresses, which boot.js swaps in place."""
    def b64(name):
        return base64.b64encode(read(os.path.join(stage, name), 'rb')).decode('ascii')

    def script(text):   # a script's text may not contain "</script"
        return '<script>' + text.replace('</script', '<\\/script') + '</script>'
    page = read(app_page)
    css = read(os.path.join(stage, 'style.css'))
    inline = {name: b64(name) for name in (
        'factsheet.wasm', *[f'content/{c}.json' for c in codes], *[f'passages/{c}.json' for c in codes], *[passages_page(c) for c in codes])}
    page = re.sub(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">',
                  f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy.csp("one_file_copy"))}">', page)
    # The whole sheet of every language is inside: the page's lead is not needed.
    lead_id = constants.dom()['ids']['lead_content']
    page = re.sub(rf'<script type="application/json" id="{lead_id}">.*?</script>\n?', '', page, flags=re.S)
    # No icon, manifest or preloads (all inside), no oEmbed discovery (for sites that fetch a host's page).
    page = re.sub(r'<link rel="(icon|manifest|preload)"[^>]*>\n?', '', page)
    page = re.sub(r'<link rel="alternate" type="application/json\+oembed"[^>]*>\n?', '', page)
    page = page.replace('<link rel="stylesheet" href="style.css">', '<style>' + css + '</style>')
    # The links to the passages in the language's passages page point at the source itself here:
    # boot.js puts the full rendition into this page when such a link is followed.
    page_lang = re.search(r'<html lang="([^"]+)"', page).group(1)
    page = page.replace(f'href="{passages_page(page_lang)}#', 'href="#')
    for c in codes:
        page = page.replace(f'href="{app_address(c)}"', f'href="?lang={c}"')
    scripts = (script('window.__factsheetInline=' + json.dumps(inline) + ';') +
               script(read(os.path.join(stage, 'boot.js'))) +
               script(read(os.path.join(stage, 'reader.js'))) + script(read(os.path.join(stage, 'translated-pictures.js'))))
    page = re.sub(r'<script src="[^"]+" defer></script>\n?', '', page)
    page = page.replace('</body>', scripts + '\n</body>', 1)
    # Left: in-page anchors, web addresses, the copy's own languages, inline data and the
    # contacts' tel: numbers (they dial, they load nothing).
    outside = re.findall(r'(?:src|href)="(?!#|https:|\?|data:|tel:\+?[0-9]+")[^"]*"', page)
    if outside:
        fail(f'one-file copy: references left to outside files: {outside[:5]}')
    return page


# --- release: hashed names, the service worker, _headers, twins ------------------------------

def release(stage, out):
    """`stage` (plain names) as the site ships, in `out`: every file but the entry points
    (web/policy.json) named name.<hash>.ext and every reference to it rewritten (style.css's fonts,
    the manifests' icons, the pages' links; in a page one folder down, behind "../"), with the map
    the pages' scripts read (<meta name="factsheet-assets">, shared/assets.js); the service worker
    with this build's name and file lists; _headers; name.br and name.gz beside each text file."""
    tmp = tempfile.mkdtemp(prefix='.release-', dir=os.path.dirname(os.path.abspath(out)))
    try:
        shutil.copytree(stage, tmp, dirs_exist_ok=True)
        files = sorted(os.path.relpath(os.path.join(d, n), tmp).replace(os.sep, '/')
                       for d, _, names in os.walk(tmp) for n in names)
        codes = [l['code'] for l in constants.languages(os.path.join(ROOT, 'data'))]
        pages = (['index.html'] + [simple_page(c) for c in codes] + [passages_page(c) for c in codes] +
                 [f'{c}/index.html' for c in codes])
        shorts = [f'{s}/index.html' for s in short_addresses(codes)]
        mapping = {}

        def stamp(rel, data=None):
            path = os.path.join(tmp, rel)
            data = read(path, 'rb') if data is None else data
            base, ext = os.path.splitext(rel)
            mapping[rel] = f'{base}.{digest(data)}{ext}'
            os.remove(path)
            with open(os.path.join(tmp, mapping[rel]), 'wb') as f:
                f.write(data)

        # Leaves first, then the files that name them.
        manifests = [n for n in files if re.fullmatch(r'manifest[^/]*\.webmanifest', n)]
        later = {'style.css', *manifests}
        for rel in files:
            if not policy.keeps_name(rel) and rel not in later:
                stamp(rel)
        css = re.sub(r'url\("([^"]+)"\)', lambda m: f'url("{mapping.get(m.group(1), m.group(1))}")',
                     read(os.path.join(tmp, 'style.css')))
        stamp('style.css', css.encode())
        for name in manifests:
            m = json.loads(read(os.path.join(tmp, name)))
            for icon in m['icons']:
                icon['src'] = mapping.get(icon['src'], icon['src'])
            stamp(name, json.dumps(m, ensure_ascii=False, indent=1).encode())

        assets = json.dumps(mapping, separators=(',', ':'), sort_keys=True)

        def hashed(ref):
            up = '../' if ref.startswith('../') else ''
            return up + mapping.get(ref[len(up):], ref[len(up):])
        for page in pages + shorts:
            path = os.path.join(tmp, page)
            text = re.sub(r'(href|src)="([^"#?]+)"', lambda m: f'{m.group(1)}="{hashed(m.group(2))}"', read(path))
            if page == 'index.html' or page in shorts:   # these only forward: they fetch nothing
                pass
            else:
                meta = f'<meta name="factsheet-assets" content="{html.escape(assets)}">\n'
                text = text.replace('</head>', meta + '</head>', 1)
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)

        write_service_worker(tmp, mapping, codes, pages)
        write(os.path.join(tmp, '_headers'), headers_file(mapping.values()))
        twins(tmp)
        os.chmod(tmp, 0o755)
        if os.path.exists(out):
            old = out + '.old'
            shutil.rmtree(old, ignore_errors=True)
            os.replace(out, old)
            os.replace(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f'[site] {len(mapping)} files hashed; {os.path.relpath(out, ROOT) if out.startswith(ROOT) else out}: '
          + ' '.join(sorted(os.listdir(out))))


def write_service_worker(folder, mapping, codes, pages):
    """The worker (worker/sw.js) with this build's name and its files (pages by their clean
    addresses: the root page is './', <lang>/index.html is '<lang>/'), in three groups
    (web/policy.json, "offline"): what reading in any language needs ('app'), what each language
    adds ('langs': its app page and content), and what only the full copy takes ('extra')."""
    rules = policy.POLICY['offline']
    # Of the simple pages, the passages pages: they hold the light ones' rendition and what the
    # mirror takes in when a reader offline asks for a source's passages.
    cached = ([n for n in sorted(mapping.values()) if not policy.matches(rules['left_out'], n)] + ['./'] +
              [passages_page(c) for c in codes] + [app_address(c) for c in codes])

    def lang_of(name):
        return next((c for c in codes if policy.matches(rules['per_language'], name, c)), None)
    extra = [n for n in cached if policy.matches(rules['extra'], n)]
    files = {'app': [n for n in cached if lang_of(n) is None and n not in extra], 'extra': extra,
             'langs': {c: [n for n in cached if lang_of(n) == c and n not in extra] for c in codes}}
    build = 'factsheet-' + digest('\n'.join(cached).encode() + b''.join(read(os.path.join(folder, p), 'rb') for p in pages))
    with tempfile.TemporaryDirectory() as gen:
        write(os.path.join(gen, 'factsheet-generated', 'offline-files.js'),
              f'export const BUILD = {json.dumps(build)};\nexport const FILES = {json.dumps(files)};\n')
        run(['node', os.path.join(HERE, 'bundle.mjs'), gen, f'{os.path.join(WEB, "worker", "sw.js")}={os.path.join(folder, "sw.js")}'],
            cwd=ROOT)
    print(f'[site] service worker build {build}')


def headers_file(hashed_names):
    """_headers for hosts that read one (Netlify, Cloudflare Pages): the policy for every file,
    a year's cache for each hashed name's pattern, and who may read what from any origin."""
    lines = ['# Written by tools/site.py from web/policy.json (the same policy is in each page\'s <meta>;',
             '# headers also cover hosts\' error pages). Hosts join the values of every block that',
             '# matches, so "/*" has no Cache-Control: the default (revalidate, with an ETag) suits',
             '# the entry points, whose names stay the same from one release to the next.', '/*']
    lines += [f'  {k}: {v}' for k, v in {'Content-Security-Policy': policy.csp(), **policy.POLICY['headers']}.items()]
    # One * per pattern, as Cloudflare Pages allows: a folder, or a name's stem.
    patterns = sorted({'/' + (n.split('/')[0] + '/*' if '/' in n else n.split('.')[0] + '.*') for n in hashed_names})
    open_to_all = sorted('/' + g for g in policy.POLICY['any_origin'])
    for p in sorted(set(patterns) | set(open_to_all)):
        lines.append(p)
        if p in patterns:
            lines.append(f'  Cache-Control: {policy.POLICY["cache"]["hashed"]}')
        if p in open_to_all:
            lines.append('  Access-Control-Allow-Origin: *')
    return '\n'.join(lines) + '\n'


TWINS = ('.html', '.js', '.css', '.json', '.wasm', '.ttf', '.svg', '.webmanifest', '.txt')


def twins(folder):
    """name.br (brotli, highest level) and name.gz (gzip -9) beside every text file and the wasm,
    for hosts that serve them by Accept-Encoding; made once per content (build/site/twins/)."""
    cache = os.path.join(WORK, 'twins')
    os.makedirs(cache, exist_ok=True)
    for d, _, names in os.walk(folder):
        for n in names:
            if not n.endswith(TWINS):
                continue
            path = os.path.join(d, n)
            key = hashlib.sha256(read(path, 'rb')).hexdigest()
            for suffix, cmd in (('.br', ['brotli', '--quality=11', '--stdout']), ('.gz', ['gzip', '-9', '--no-name', '--stdout'])):
                cached = os.path.join(cache, key + suffix)
                if not os.path.isfile(cached):
                    with open(cached + '.tmp', 'wb') as f:
                        subprocess.run(cmd + [path], stdout=f, check=True)
                    os.replace(cached + '.tmp', cached)
                shutil.copyfile(cached, path + suffix)


def main(argv):
    if len(argv) == 5 and argv[1] == 'build':
        native, web, content = (os.path.abspath(a) for a in argv[2:5])
        steps = declare(native, web, content)
        # The stage holds what the steps write and nothing else (no file of an older build).
        declared = {o for s in steps for o in s.outputs}
        for f in files_under(STAGE, ''):
            if f not in declared:
                os.remove(f)
        # The release also reads the policy (the service worker's lists, _headers).
        steps.append(Step('release', [os.path.join(DIST, 'index.html')], lambda: files_under(STAGE, '') + [policy.POLICY_FILE],
                          lambda: release(STAGE, DIST)))
        ran = run_steps(steps, os.path.join(WORK, 'steps.json'))
        print(f'[site] {len(ran)} step{"" if len(ran) == 1 else "s"} run' + (f': {", ".join(ran)}' if ran else ''))
    elif len(argv) == 4 and argv[1] == 'release':
        release(os.path.abspath(argv[2]), os.path.abspath(argv[3]))
    elif len(argv) == 4 and argv[1] == 'wasm-opt':   # scripts/size-report.sh: a module as dist/ ships it
        run(WASM_OPT + [argv[2], '-o', argv[3]])
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main(sys.argv)
