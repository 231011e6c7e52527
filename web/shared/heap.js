// heap.js: bytes and strings into a wasm module's memory (the app's and the picture runtime's). toHeap and cString return { ptr, len }, zero-terminated; the caller frees ptr.
export function toHeap(mod, buf) {
  var data = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  var ptr = mod._malloc(data.length + 1);
  mod.HEAPU8.set(data, ptr);
  mod.HEAPU8[ptr + data.length] = 0;
  return { ptr: ptr, len: data.length };
}
export function cString(mod, s) { return toHeap(mod, new TextEncoder().encode(s)); }
// fn(ptr) with `s` in the module's memory for the call only; fn's result.
export function withCString(mod, s, fn) {
  var p = cString(mod, s);
  try { return fn(p.ptr); } finally { mod._free(p.ptr); }
}
