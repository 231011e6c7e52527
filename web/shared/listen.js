// listen.js: "Listen" under each section's heading, where the browser can speak. The reading
// itself (listen/reader.js: the phone's voice, the sentences, the bar, the highlight) is a script
// of its own, fetched at the first tap: few readers listen, and every first visit would carry it.
// Quick exit (shared/leave.js) stops a reading at once.
import { CLASS_LISTEN_BUTTON, ID_SOURCES } from 'factsheet-generated/dom.js';
import { scriptOnDemand } from './script-on-demand.js';

var synth = typeof speechSynthesis === 'object' ? speechSynthesis : null;

export function canListen() { return !!synth && typeof SpeechSynthesisUtterance === 'function'; }

// Stops any reading now (Quick exit, a language switch, leaving the section).
export function stopListening() {
  if (window.factsheetReader) window.factsheetReader.stop();
  else if (synth) synth.cancel();
}

function reader() { return scriptOnDemand('reader.js', 'factsheetReader'); }

// page: { lang(), words() (the ui strings), follow(sentence) (optional: true when the canvas
// scrolled to it; else the rendition is scrolled), reducedMotion }. Returns { read(section) }:
// reads the section (an element of the rendition) from its start, once the reader has loaded.
export function makeListener(page) {
  var listener = null;
  return {
    read: function (section) {
      return reader().then(function (r) {
        if (!listener) listener = r.makeListener(page);
        return listener.read(section);
      }, function (e) { console.warn('factsheet: ' + e.message); });
    }
  };
}

// A "Listen" button under each section's heading of the rendition (again after the rendition is
// replaced: a language switch). Only where the browser can speak.
export function addListenButtons(listener, words) {
  var label = (words() || {}).listen;
  if (!canListen() || !label) return;
  // The sheet's sections, not the list of sources.
  document.querySelectorAll('main section[id]:not(#' + ID_SOURCES + ') > h2').forEach(function (h) {
    var b = h.nextElementSibling;
    if (!b || !b.classList.contains(CLASS_LISTEN_BUTTON)) {
      b = document.createElement('button');
      b.type = 'button';
      b.className = CLASS_LISTEN_BUTTON;
      b.addEventListener('click', function () { listener.read(h.parentElement); });
      h.after(b);
    }
    b.textContent = label;
  });
}
