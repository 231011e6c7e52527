// lead-in-page.js: the content's lead that a page carries inside it (tools/site.py writes it into
// the app pages and the simple pages: its words are the rendition's, so it costs little there),
// for the app's canvas and the picture runtime.
import { ID_LEAD_CONTENT } from 'factsheet-generated/dom.js';

// Language `l`'s lead from this page: { buf (its bytes, for the wasm), json }; null for another
// language, where there is none, or where it does not parse (the lead's own file serves then).
export function leadInPage(l) {
  var el = document.getElementById(ID_LEAD_CONTENT);
  if (!el) return null;
  try {
    var json = JSON.parse(el.textContent);
    return json && json.lang === l ? { buf: new TextEncoder().encode(el.textContent).buffer, json: json } : null;
  } catch (e) {
    return null;
  }
}
