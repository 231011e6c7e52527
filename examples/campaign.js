// campaign.js: the example page's dark-page switch, which also tells the embedded sheets that
// follow the page's theme (data-theme="host") through embed.js.
document.getElementById('page-theme').addEventListener('click', function () {
  var dark = document.body.classList.toggle('dark');
  this.setAttribute('aria-pressed', String(dark));
  if (window.FactsheetEmbed) window.FactsheetEmbed.setTheme(dark ? 'dark' : 'light');
});
