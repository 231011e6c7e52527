// assets.js: the built files' hashed names, from the map tools/stamp_dist.py writes into each
// page (<meta name="factsheet-assets">); a name not in it (an unbuilt page, the tests' plain
// copy) is used as it is.
var ASSETS = {};
try { ASSETS = JSON.parse(document.querySelector('meta[name="factsheet-assets"]').content); } catch (e) { ASSETS = {}; }
function asset(name) { return ASSETS[name] || name; }
// The site's root, where the scripts are (the app pages per language are one folder down,
// <lang>/index.html, and fetch through it); '' for an inline script (the one-file copy).
var SHEET_ROOT = typeof document === 'object' && document.currentScript && document.currentScript.src
  ? new URL('.', document.currentScript.src).href : '';
