// options.js: the embed options, once: each option's address key (the sheet's ?embed=1 query),
// its data- attribute (the host page's link or script), its check and the words of its warning,
// its default on the sheet, and the rules that join options (an action link needs its label; an
// accent must read on the theme), and which options add words, links or numbers to the sheet
// (`adds`: those the sheet takes only inside another site's frame, frame/framing.js). Read on the
// host page by host/embed.js (attributes -> the iframe's address) and in the frame by
// frame/read-options.js (that address). README: "Embedding in a campaign page".
import { LANGUAGES } from 'factsheet-generated/languages.js';
import { PALETTE } from 'factsheet-generated/palette.js';
import { TEXT_SIZE } from 'factsheet-generated/type.js';
import { contrast } from './contrast.js';

export const LANG_CODES = LANGUAGES.map(function (l) { return l.code; });

export function quoted(v) { return JSON.stringify(String(v).slice(0, 80)); }
export function plainText(v) {
  var t = v.trim();
  return t.length > 0 && t.length <= 60 && !/[\u0000-\u001f\u007f]/.test(t);
}
export function isHttps(v) {
  try { var u = new URL(v); return u.protocol === 'https:' && !u.username && !u.password && v.length <= 500; } catch (e) { return false; }
}
// A phone number as readers write it, the checker's rule (src/content/phone.h): digits, spaces
// and + - ( ) . (a + only first), starting with a digit, ( or +, ending with a digit, 7 to 15 digits.
export function isPhone(v) {
  var digits = (v.match(/[0-9]/g) || []).length;
  return v.length <= 40 && /^[+(0-9][0-9 ()+.\-]*[0-9]$/.test(v) && v.indexOf('+', 1) < 0 && digits >= 7 && digits <= 15;
}
// Its tel: address (src/content/phone.h: tel_url): ten digits without + are a US number.
export function telUrl(v) {
  var d = v.replace(/[^0-9]/g, '');
  if (v.charAt(0) === '+') return 'tel:+' + d;
  if (d.length === 10) return 'tel:+1' + d;
  if (d.length === 11 && d.charAt(0) === '1') return 'tel:+' + d;
  return 'tel:' + d;
}
export function plainTextUpTo(n) {
  return function (v) { var t = v.trim(); return t.length > 0 && t.length <= n && !/[\u0000-\u001f\u007f]/.test(t); };
}
export function isOrigin(v) {
  try { var u = new URL(v); return /^https?:$/.test(u.protocol) && u.origin === v; } catch (e) { return false; }
}
export function orList(words) { return words.length < 2 ? words.join('') : words.slice(0, -1).join(', ') + ' or ' + words[words.length - 1]; }

// key: the name in the options read; query: the sheet's address key, attr: the host page's
// attribute (either missing: the other side's alone); check: a RegExp or a function of the text;
// expected: the end of the warning; fallback: the sheet's value when the option is absent or bad;
// adds: it puts the embedding site's own words, links or numbers into the sheet.
const PLAIN = 'plain text of 1 to 60 characters';
export const OPTIONS = [
  { key: 'lang', query: 'lang', attr: 'data-lang', check: function (v) { return LANG_CODES.indexOf(v) >= 0; }, expected: orList(LANG_CODES) },
  { key: 'id', query: 'id', check: /^[A-Za-z0-9_-]{1,64}$/, expected: 'letters, digits, - and _, at most 64', fallback: 'factsheet' },
  { key: 'origin', query: 'origin', check: isOrigin, expected: 'an origin such as https://example.org', fallback: null },
  { key: 'theme', query: 'theme', attr: 'data-theme', check: /^(light|dark|auto|host)$/, expected: 'light, dark, auto or host', fallback: 'auto' },
  { key: 'hostTheme', attr: 'data-host-theme', check: /^(light|dark)$/, expected: 'light or dark' },
  { key: 'compact', query: 'compact', attr: 'data-compact', check: /^(|1|0|true|false)$/, expected: 'true or false (or 1 or 0)', fallback: 'false' },
  { key: 'accent', query: 'accent', attr: 'data-accent', check: /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, expected: 'a colour #rgb or #rrggbb', fallback: null },
  { key: 'section', query: 'section', attr: 'data-section', check: /^[a-z0-9][a-z0-9-]{0,63}$/, expected: 'a section id such as smartlink', fallback: null },
  { key: 'text', query: 'text', check: function (v) { return /^\d{1,3}$/.test(v) && +v >= TEXT_SIZE.min && +v <= TEXT_SIZE.max; },
    expected: 'a percentage from ' + TEXT_SIZE.min + ' to ' + TEXT_SIZE.max, fallback: String(TEXT_SIZE.min) },
  { key: 'cta', query: 'cta', attr: 'data-cta', check: isHttps, expected: 'an https:// address', fallback: null, adds: true },
  { key: 'ctaLabel', query: 'cta_label', attr: 'data-cta-label', check: plainText, expected: PLAIN, fallback: null, adds: true },
  { key: 'ctaOrg', query: 'cta_org', attr: 'data-cta-org', check: plainText, expected: PLAIN, fallback: null, adds: true },
  // Local help: the embedding organisation's own help line or accompaniment program, shown in
  // the sheet's practical section (its name, and a phone number or an address, or both).
  { key: 'helpName', query: 'help_name', attr: 'data-help-name', check: plainText, expected: PLAIN, fallback: null, adds: true },
  { key: 'helpPhone', query: 'help_phone', attr: 'data-help-phone', check: isPhone,
    expected: 'a phone number: digits, spaces and + - ( ) . only, 7 to 15 digits', fallback: null, adds: true },
  { key: 'helpAddress', query: 'help_address', attr: 'data-help-address', check: plainTextUpTo(120),
    expected: 'plain text of 1 to 120 characters', fallback: null, adds: true },
  { key: 'title', attr: 'data-title', check: function (v) { return v.trim().length > 0 && v.length <= 120; }, expected: 'text of at most 120 characters' }
];
export const RULES = {};
OPTIONS.forEach(function (r) { RULES[r.key] = r; });

export function ignored(name, v, expected) { return 'ignored ' + name + '=' + quoted(v) + ' (expected ' + expected + ')'; }
export const NOT_FRAMED = 'it adds to the sheet only inside a frame of the site that embeds it';
export function passes(rule, v) { return typeof rule.check === 'function' ? rule.check(v) : rule.check.test(v); }

// The options one side reads (side: 'query' or 'attr'): get(name) gives an option's text or null,
// warn(name, text) hears of each one ignored. Gives { key: text } of the good ones.
export function checkOptions(side, get, warn) {
  var o = {}, names = {};
  OPTIONS.forEach(function (r) {
    var name = r[side];
    if (!name) return;
    names[r.key] = name;
    var v = get(name);
    if (v === null) return;
    if (passes(r, v)) o[r.key] = v;
    else warn(name, ignored(name, v, r.expected));
  });
  // The action link needs its label; the label (and the organisation) need a link: a warning
  // for the first of them there is without its link (a bad link has had its own).
  if (o.cta !== undefined && o.ctaLabel === undefined) {
    warn(names.cta, 'ignored ' + names.cta + ': it needs a valid ' + names.ctaLabel);
    delete o.cta;
  } else if (o.cta === undefined && get(names.cta) === null) {
    var lone = o.ctaLabel !== undefined ? names.ctaLabel : o.ctaOrg !== undefined ? names.ctaOrg : null;
    if (lone) warn(lone, 'ignored ' + lone + ': it needs a valid ' + names.cta);
  }
  if (o.cta === undefined) { delete o.ctaLabel; delete o.ctaOrg; }
  // Local help needs its name, and the name a number or an address.
  if (o.helpName === undefined) {
    ['helpPhone', 'helpAddress'].forEach(function (k) {
      if (o[k] !== undefined) { warn(names[k], 'ignored ' + names[k] + ': it needs a valid ' + names.helpName); delete o[k]; }
    });
  } else if (o.helpPhone === undefined && o.helpAddress === undefined) {
    if (get(names.helpPhone) === null && get(names.helpAddress) === null) {
      warn(names.helpName, 'ignored ' + names.helpName + ': it needs a valid ' + names.helpPhone + ' or ' + names.helpAddress);
    }
    delete o.helpName;
  }
  return o;
}

// The accent reads on a theme when it has 4.5:1 on its page and on its boxes.
export function accentReads(accent) {
  var ok = {};
  ['light', 'dark'].forEach(function (t) {
    ok[t] = [PALETTE[t].background, PALETTE[t].surface].every(function (bg) { return contrast(accent, bg) >= 4.5; });
  });
  return ok;
}
// A fixed theme needs the accent to read in it; auto and host use it where it reads. null if
// it is usable, else the warning.
export function accentProblem(name, accent, theme, ok) {
  var fixed = theme === 'light' || theme === 'dark';
  if (fixed ? ok[theme] : ok.light || ok.dark) return null;
  return 'ignored ' + name + '=' + quoted(accent) + ' (contrast below 4.5:1 against the ' +
    (fixed ? theme : 'light and the dark') + ' background)';
}
