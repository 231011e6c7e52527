// bundle.mjs: the shipped scripts, made from web/'s ES modules by esbuild (pinned in
// package-lock.json), for tools/site.py:
//
//   node tools/bundle.mjs GENERATED_DIR ENTRY=OUT...
//
// Each entry with what it imports, as one classic script (an IIFE: the pages load them with
// <script src>, the one-file copy inlines them) for the browsers the sheet supports. Modules
// import the build's generated constants as 'factsheet-generated/<name>.js', found in
// GENERATED_DIR/factsheet-generated/. tools/site.py minifies the result (terser: some 2% fewer
// brotli bytes than esbuild's own minifier on these scripts). Prints the files the bundles read.
import * as esbuild from 'esbuild';
import path from 'node:path';

const TARGET = 'es2017';

function pairs(args) {
  return args.map((a) => {
    const i = a.indexOf('=');
    if (i <= 0) throw new Error(`expected IN=OUT, got ${a}`);
    return [a.slice(0, i), a.slice(i + 1)];
  });
}

async function bundle(generated, entries) {
  const inputs = new Set();
  for (const [entry, out] of entries) {
    const result = await esbuild.build({
      entryPoints: [entry], outfile: out, bundle: true, format: 'iife', target: TARGET,
      nodePaths: [generated], legalComments: 'none', charset: 'utf8', metafile: true, logLevel: 'warning',
    });
    for (const input of Object.keys(result.metafile.inputs)) inputs.add(path.resolve(input));
  }
  console.log(JSON.stringify([...inputs].sort()));
}

const [first, ...rest] = process.argv.slice(2);
if (!first) {
  console.error('usage: bundle.mjs GENERATED_DIR ENTRY=OUT...');
  process.exit(2);
}
try {
  await bundle(first, pairs(rest));
} catch (e) {
  console.error(`bundle.mjs: ${e.message}`);
  process.exit(1);
}
