// lead-in-page.test.mjs: the content lead the app page carries inside a <script type="application/json">
// (tools/site.py, json_in_script): whatever a string of the content holds, the page's HTML parser
// cannot see the element end or a comment start in it, and the text parses to the same JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// tools/site.py's json_in_script, run by Python on `text` (site.py is loaded under another name:
// "site" is a module of Python's own).
function jsonInScript(text) {
  const py = `import importlib.util, sys
sys.path.insert(0, ${JSON.stringify(path.join(root, 'tools'))})
spec = importlib.util.spec_from_file_location('factsheet_site', ${JSON.stringify(path.join(root, 'tools/site.py'))})
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
sys.stdout.write(m.json_in_script(sys.stdin.read()))`;
  const r = spawnSync('python3', ['-c', py], { input: text, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('a content string holding "</script>" or "<!--" neither ends the element nor opens a comment, and parses back the same', () => {
  const content = { lang: 'en', sections: [{ title: 'a </script><script>alert(1)</script> b', note: '<!-- x --> <SCRIPT y', ok: 'ICE’s “ATD”' }] };
  const text = JSON.stringify(content, null, 1);
  const inside = jsonInScript(text);
  assert.ok(!/<\/script/i.test(inside) && !inside.includes('<!--'), inside);
  assert.ok(!inside.includes('<'), 'no "<" at all');
  assert.deepEqual(JSON.parse(inside), content);
});
