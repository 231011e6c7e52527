// framing.js: which site shows this page in a frame, as the browser reports it. The embed
// options that add words, links or numbers to the sheet take effect only inside a frame of
// another site, and what they add is labelled with that site's address, never in the sheet's own
// voice (README, "Embedding in a campaign page").

// The origin of an address, or null when it has none a reader could recognise (opaque, file:).
function siteOrigin(address) {
  try {
    var u = new URL(address);
    return /^https?:$/.test(u.protocol) ? u.origin : null;
  } catch (e) { return null; }
}

// { framed: true when a page of another origin frames this one; origin: that page's origin as
// the browser reports it (location.ancestorOrigins where there is one, else the referrer's
// origin), or null when the browser does not say }. The origin is never taken from the address:
// an option can claim any name, the browser cannot be made to.
export function framingSite(win, loc, doc) {
  var none = { framed: false, origin: null };
  var parent;
  try { parent = win.parent; } catch (e) { return none; }
  if (!parent || parent === win) return none;
  // A parent of the same origin can be read; one of another origin (or any parent of a sandboxed
  // frame without allow-same-origin) cannot.
  try {
    if (parent.location.href !== undefined) return none;
  } catch (e) { /* another origin */ }
  var own = siteOrigin(loc.href);
  var origin = null;
  var ancestors = loc.ancestorOrigins;
  if (ancestors && ancestors.length) {
    origin = siteOrigin(ancestors[0]);
  } else if (doc && doc.referrer) {
    origin = siteOrigin(doc.referrer);
    if (origin === own) origin = null;   // our own page before this one (a language link)
  }
  // The browser says the parent is our own site: no other site frames the sheet.
  if (origin !== null && origin === own) return none;
  return { framed: true, origin: origin };
}

// How a reader knows the site: its host ("example.org", "127.0.0.1:8081").
export function siteName(origin) {
  try { return new URL(origin).host; } catch (e) { return null; }
}
