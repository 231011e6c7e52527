// assets.js: the built files' hashed names, from the map the site build writes into each page
// (<meta name="factsheet-assets">, tools/site.py); a name not in it (an unbuilt page, the tests'
// plain copy) is used as it is.
let ASSETS = {};
try { ASSETS = JSON.parse(document.querySelector('meta[name="factsheet-assets"]').content); } catch (e) { ASSETS = {}; }
export function asset(name) { return ASSETS[name] || name; }
// The site's root, where the scripts are (the app pages per language are one folder down,
// <lang>/index.html, and fetch through it); '' for an inline script (the one-file copy).
export const SHEET_ROOT = typeof document === 'object' && document.currentScript && document.currentScript.src
  ? new URL('.', document.currentScript.src).href : '';
