// reader.js: a section read aloud by the browser's own speech (speechSynthesis: nothing is
// downloaded, and it works offline where the phone has the voice), a script of its own that the
// Listen buttons fetch at their first tap (shared/listen.js). The words are the rendition's (the
// page's HTML, which the canvas is drawn from the same content as): the heading, the key points,
// then the details, sentence by sentence, without the citation marks, in the page's language,
// each number and date as the text writes it. A bar at the bottom of the screen shows the sentence
// being read, with Pause/Resume and Stop; the rendition marks it (CSS Custom Highlight, else its
// block) and the scroll follows it (`follow`: the canvas takes its block). Where the phone has no
// voice for the language, the bar says so and how to add one, and nothing is read in another
// language.
import { CLASS_CITE, CLASS_LISTEN_BAR, CLASS_LISTEN_BUTTON, CLASS_LISTENING } from 'factsheet-generated/dom.js';
import { canListen } from '../shared/listen.js';
import { primary } from '../shared/pick-language.js';

var synth = typeof speechSynthesis === 'object' ? speechSynthesis : null;
var HIGHLIGHT = 'factsheet-listen';
// What is read: the rendition's text blocks, in reading order; not tables (a chart's numbers are
// in its caption and the text), not the sources' passages, not the interface.
var READ = 'h2, h3, p, li, blockquote, figcaption, dt, dd';
var SKIP = 'table, nav, .evidence-list, summary, .' + CLASS_LISTEN_BAR + ', .' + CLASS_LISTEN_BUTTON;

var current = null;  // the reading under way: { stop(), toggle(), lang }

// Stops any reading now (Quick exit, a language switch, leaving the section).
function stopListening() {
  if (current) current.stop();
  else if (synth) synth.cancel();
}

// The phone's voice for the language: the same tag, else the same language; null if none.
function voiceFor(lang) {
  var voices = synth.getVoices();
  var want = String(lang).toLowerCase();
  var exact = voices.filter(function (v) { return String(v.lang).toLowerCase().replace('_', '-') === want; });
  if (exact.length) return exact[0];
  var near = voices.filter(function (v) { return primary(v.lang) === primary(lang); });
  return near.length ? near[0] : null;
}

// The voices load after the page on some phones: wait for them a little.
function voicesReady() {
  if (synth.getVoices().length) return Promise.resolve();
  return new Promise(function (resolve) {
    var done = function () { synth.removeEventListener('voiceschanged', done); resolve(); };
    synth.addEventListener('voiceschanged', done);
    setTimeout(done, 1500);
  });
}

// A block's text without its citation marks, with where each character comes from.
function textOf(el) {
  var nodes = [], text = '';
  var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: function (n) {
      var cite = n.parentElement && n.parentElement.closest('.' + CLASS_CITE);
      return cite && el.contains(cite) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    }
  });
  for (var n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n, start: text.length });
    text += n.nodeValue;
  }
  return { text: text, nodes: nodes };
}

function splitSentences(text, lang) {
  if (typeof Intl === 'object' && Intl.Segmenter) {
    var out = [];
    var seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    for (var s of seg.segment(text)) out.push({ text: s.segment, at: s.index });
    return out;
  }
  var parts = [], re = /[^.!?]+[.!?]*\s*/g, m;
  while ((m = re.exec(text))) parts.push({ text: m[0], at: m.index });
  return parts;
}

// The sentences of a section of the rendition, in reading order: { text, el, range() }.
function sentencesOf(section, lang) {
  var blocks = Array.prototype.filter.call(section.querySelectorAll(READ), function (el) {
    if (el.closest(SKIP)) return false;
    var outer = el.parentElement && el.parentElement.closest(READ);
    return !(outer && section.contains(outer));  // a paragraph inside a list item is read with it
  });
  var out = [];
  blocks.forEach(function (el) {
    var t = textOf(el);
    splitSentences(t.text, lang).forEach(function (s) {
      var spoken = s.text.replace(/\s+/g, ' ').trim();
      if (!/[\p{L}\p{N}]/u.test(spoken)) return;
      out.push({ text: spoken, el: el, range: function () { return rangeOf(t, s.at, s.at + s.text.trimEnd().length); } });
    });
  });
  return out;
}

function rangeOf(t, from, to) {
  var range = document.createRange();
  var place = function (offset, end) {
    for (var i = t.nodes.length - 1; i >= 0; i--) {
      if (t.nodes[i].start <= offset) {
        var n = t.nodes[i].node;
        var at = Math.min(n.nodeValue.length, offset - t.nodes[i].start);
        if (end) range.setEnd(n, at); else range.setStart(n, at);
        return;
      }
    }
  };
  place(from, false);
  place(to, true);
  return range;
}

// page: { lang(), words() (the ui strings), follow(sentence) (optional: true when the canvas
// scrolled to it; else the rendition is scrolled), reducedMotion }.
function makeListener(page) {
  var bar = null, now = null, pauseButton = null, stopButton = null, note = null;
  var marked = null;

  function word(k) { var w = page.words() || {}; return typeof w[k] === 'string' ? w[k] : ''; }

  function showBar() {
    if (!bar) {
      bar = document.createElement('div');
      bar.className = CLASS_LISTEN_BAR;
      bar.setAttribute('role', 'region');
      now = document.createElement('p');
      note = document.createElement('div');
      var controls = document.createElement('p');
      pauseButton = document.createElement('button');
      stopButton = document.createElement('button');
      pauseButton.type = stopButton.type = 'button';
      controls.append(pauseButton, stopButton);
      bar.append(now, note, controls);
      pauseButton.addEventListener('click', function () { if (current) current.toggle(); });
      stopButton.addEventListener('click', function () { stopListening(); });
      document.body.append(bar);
    }
    bar.setAttribute('aria-label', word('listen'));
    bar.lang = page.lang();
    stopButton.textContent = word('listen_stop');
    bar.hidden = false;
  }

  function unmark() {
    if (typeof CSS === 'object' && CSS.highlights) CSS.highlights.delete(HIGHLIGHT);
    if (marked) marked.classList.remove(CLASS_LISTENING);
    marked = null;
  }

  function mark(s) {
    unmark();
    now.textContent = s.text;
    if (typeof CSS === 'object' && CSS.highlights && typeof Highlight === 'function') {
      CSS.highlights.set(HIGHLIGHT, new Highlight(s.range()));
    } else {
      marked = s.el;
      marked.classList.add(CLASS_LISTENING);
    }
    if (page.follow && page.follow(s)) return;
    var details = s.el.closest('details');
    if (details && !details.open) details.open = true;
    var box = s.el.getBoundingClientRect();
    var barTop = bar.getBoundingClientRect().top || innerHeight;
    if (box.top < 0 || box.bottom > barTop) s.el.scrollIntoView({ block: 'center', behavior: page.reducedMotion ? 'auto' : 'smooth' });
  }

  // Reads the section (an element of the rendition) from its start.
  function read(section) {
    stopListening();
    if (!canListen()) return;
    var lang = page.lang();
    showBar();
    note.replaceChildren();
    now.textContent = '';
    pauseButton.hidden = false;
    pauseButton.textContent = word('listen_pause');
    var state = { stopped: false, paused: false };
    var me = current = {
      stop: function () {
        state.stopped = true;
        synth.cancel();
        unmark();
        if (bar) bar.hidden = true;
        if (current === me) current = null;
      },
      toggle: function () {
        state.paused = !state.paused;
        if (state.paused) synth.pause(); else synth.resume();
        pauseButton.textContent = word(state.paused ? 'listen_resume' : 'listen_pause');
      },
      lang: lang
    };
    return voicesReady().then(function () {
      if (state.stopped) return;
      var voice = voiceFor(lang);
      if (!voice) {
        // No voice for this language: say so, and how to add one, instead of reading in another.
        pauseButton.hidden = true;
        now.textContent = word('listen_no_voice');
        ['listen_voice_android', 'listen_voice_iphone'].forEach(function (k) {
          var p = document.createElement('p');
          p.textContent = word(k);
          note.append(p);
        });
        stopButton.focus();
        return;
      }
      var sentences = sentencesOf(section, lang);
      var i = 0;
      var next = function () {
        if (state.stopped) return;
        if (i >= sentences.length) return me.stop();
        var s = sentences[i++];
        var u = new SpeechSynthesisUtterance(s.text);
        u.lang = lang;
        u.voice = voice;
        u.onstart = function () { if (!state.stopped) mark(s); };
        u.onend = next;
        u.onerror = function (e) { if (e.error !== 'interrupted' && e.error !== 'canceled') me.stop(); };
        synth.speak(u);
      };
      next();
    });
  }

  return { read: read };
}

// What the Listen buttons call once this script has loaded (shared/listen.js).
window.factsheetReader = { makeListener: makeListener, stop: stopListening };
