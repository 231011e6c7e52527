// translated-pictures.js: the pictures drawn over their tables while the browser translates the
// app page (app/translated.js), a script of its own (shared/script-on-demand.js): few readers
// translate the page, and every first visit would carry it.
import { watchPictures } from '../frame/picture-loader.js';

window.factsheetPictureLoader = { watchPictures: watchPictures };
