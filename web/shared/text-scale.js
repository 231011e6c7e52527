// text-scale.js: the browser's text size as a scale of the sheet's (1 at the default 16 px): the
// reader's setting, which the rendition follows and the canvases are given as a number.
export function browserTextScale() {
  return (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) / 16;
}
