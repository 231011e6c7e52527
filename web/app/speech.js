// speech.js: reading aloud on the app page (shared/listen.js). The canvas's Listen button asks for
// a section (host call `listen`); the words are the rendition's, in the language being read; while
// the canvas shows, it follows the block being read, else the rendition scrolls. The rendition's
// own Listen buttons come back each time it is replaced (a language switch).
import { CLASS_APP_READY } from 'factsheet-generated/dom.js';
import * as fs from 'factsheet-generated/app-bridge.js';
import { addListenButtons, canListen, makeListener, stopListening } from '../shared/listen.js';
import { app } from './state.js';

var followed = '';
var listener = makeListener({
  lang: function () { return app.lang; },
  words: function () { return app.ui; },
  reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
  follow: function (s) {
    if (!app.mod || !document.body.classList.contains(CLASS_APP_READY)) return false;
    // The block being read (a section's heading: the section), put at the top of the canvas.
    var block = s.el.closest('section[id] > [id], section[id] > details > [id]');
    var id = block && !/^H[1-6]$/.test(block.tagName) ? block.id : s.el.closest('section[id]').id;
    if (id !== followed) fs.goToPlace(app.mod, id, 0, '');
    followed = id;
    return true;
  }
});

export { canListen, stopListening };

export function listenTo(sectionId) {
  var section = document.getElementById(sectionId);
  followed = '';
  if (section) listener.read(section);
}

export function listenButtons() { addListenButtons(listener, function () { return app.ui; }); }
