// pointer.js: a canvas's pointer input for a wasm view (the app's canvas, each picture's), as the
// bridge's POINTER events (src/platform/bridge.json): pressed, moved, lifted, taken by the browser
// (a scroll), gone from the canvas; with the position in CSS px from the canvas's corner, whether
// a finger made it, and the event's own time in seconds. One pointer at a time drives the view; a
// press holds the pointer (capture), so a drag that ends outside the canvas still ends.
import { POINTER } from 'factsheet-generated/bridge-enums.js';

export function listenPointer(canvas, send) {
  var active = null;
  function at(kind, e) {
    var r = canvas.getBoundingClientRect();
    send(kind, e.clientX - r.left, e.clientY - r.top, e.pointerType === 'touch', e.timeStamp / 1000);
  }
  canvas.addEventListener('pointerdown', function (e) {
    if (active !== null || e.button !== 0) return;
    active = e.pointerId;
    try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* the pointer is gone already */ }
    at(POINTER.DOWN, e);
  });
  canvas.addEventListener('pointermove', function (e) {
    if (active === null ? e.pointerType === 'mouse' : e.pointerId === active) at(POINTER.MOVE, e);
  });
  canvas.addEventListener('pointerup', function (e) {
    if (e.pointerId !== active) return;
    active = null;
    at(POINTER.UP, e);
  });
  canvas.addEventListener('pointercancel', function (e) {
    if (e.pointerId !== active) return;
    active = null;
    at(POINTER.CANCEL, e);
  });
  canvas.addEventListener('pointerleave', function (e) {
    if (active === null && e.pointerType === 'mouse') at(POINTER.LEAVE, e);
  });
}
