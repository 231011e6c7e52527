// handout.js: what the app's Print card prints from the page's rendition (the canvas does not
// print): the whole sheet, its details open (web/details.js), or the key points on one page: every
// section's key points, the practical section's numbers, and the sheet's address as a QR code the
// wasm drew (present/qr.h), in the reader's language.
import { CLASS_DETAILS, CLASS_PRINT_KEY_POINTS, CLASS_REVIEWED, DATA_KIND } from 'factsheet-generated/dom.js';

// keyPointsOnly: the one-page handout; address and qrSvg: the sheet's address and its QR code
// (SVG markup made by the sheet's own code, never by the page's input); words: the ui strings.
export function printSheet(keyPointsOnly, address, qrSvg, words) {
  var root = document.documentElement;
  var main = document.querySelector('main');
  if (!keyPointsOnly || !main) { window.print(); return; }
  var box = document.createElement('aside');
  box.className = 'handout-more';
  box.id = 'handout-more';
  if (/^<svg[\s>]/.test(qrSvg) && !/<script|\son\w+=/i.test(qrSvg)) {
    var code = document.createElement('div');
    code.className = 'handout-qr';
    code.innerHTML = qrSvg;
    box.append(code);
  }
  var p = document.createElement('p');
  p.textContent = String((words && words.handout_more) || '{address}').replace('{address}', address);
  box.append(p);
  // When it was last checked: a handout outlives the day it was printed.
  var reviewed = document.querySelector('footer .' + CLASS_REVIEWED);
  if (reviewed) box.append(reviewed.cloneNode(true));
  main.append(box);
  // The practical section's numbers are in its details: shown for the handout, closed again after.
  var opened = Array.prototype.filter.call(main.querySelectorAll('section[' + DATA_KIND + '="practical"] details.' + CLASS_DETAILS),
    function (d) { return !d.open; });
  opened.forEach(function (d) { d.open = true; });
  root.classList.add(CLASS_PRINT_KEY_POINTS);
  var done = function () {
    root.classList.remove(CLASS_PRINT_KEY_POINTS);
    opened.forEach(function (d) { d.open = false; });
    box.remove();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
