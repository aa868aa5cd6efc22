// Runs before the first paint (a blocking classic script in <head>; external, for the strict CSP).
// 1. index.html carries the German start page, pre-rendered at build time (examples/prerender.rs), so it reads
//    before the wasm runs. When the app will show something else — another screen in the hash, English by URL or by
//    a saved choice, saved answers (a "continue" start page), or storage it cannot read — the pre-render is hidden,
//    so it never flashes before the app replaces it. Compact (embedded) mode is switched on early for the same reason.
// 2. After load, registers the service worker (sw.js, generated at build time) that keeps the app for offline use.
//    Browsers that refuse service workers simply run the app from the network, as before.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  if (query.get('embed') === '1' || query.get('embed') === 'true') root.classList.add('embed');
  var show = /^#?\/?$/.test(location.hash);
  var lang = query.get('lang');
  try {
    // Remembered on this device: the start page shows that state, not the pre-rendered one.
    if (localStorage.getItem('arbeitgeber-check') !== null) show = false;
    var saved = JSON.parse(sessionStorage.getItem('arbeitgeber-check') || 'null');
    if (saved) {
      if (lang !== 'de' && saved.lang === 'en') show = false;
      var profile = saved.profile || {};
      var data = Object.keys(saved.answers || {}).length > 0 || (saved.plan || []).length > 0 ||
        Object.keys(profile).some(function (key) { return profile[key] !== '' && profile[key] !== null; });
      if (data) show = false;
    }
  } catch (error) {
    show = false;
  }
  if (lang === 'en') show = false;
  if (!show) root.classList.add('prerender-off');

  if ('serviceWorker' in navigator) {
    addEventListener('load', function () {
      navigator.serviceWorker.register('sw.js').catch(function () {});
    });
  }
})();
