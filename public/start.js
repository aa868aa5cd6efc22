// Runs before the first paint (a blocking classic script in <head>; external, for the strict CSP).
// A template: the names it shares with the Rust side (`__STORAGE_KEY__`, the saved data's fields `__SAVED_…__`) are
// filled in at build time from the Rust side (post-build step start-facts, examples/start_facts.rs).
// 1. index.html carries the German start page, pre-rendered at build time (post-build step prerender), so it reads
//    before the wasm runs. When the app will show something else — another screen in the hash, English by URL or by
//    a saved choice, saved answers (a "continue" start page), or storage it cannot read — the pre-render is hidden,
//    so it never flashes before the app replaces it. Compact (embedded) mode is switched on early for the same reason.
// 2. Says when the app's files may be fetched (post-build step boot-script waits for it): once the whole pre-render has
//    painted, i.e. a largest-contentful-paint entry is on record, the document is parsed, and two more frames have
//    passed. The start page's few bytes get the connection to themselves, and the app's copy of the start page can
//    never count as the largest paint. Nothing to wait for when the pre-render is hidden, the page is not visible (no
//    paint comes) or the browser has no such entry; a timer covers a paint that never comes.
// 3. Once the app has all its files (it fires `arbeitgeber-check-ready` when the content has arrived), registers the
//    service worker (sw.js, generated at build time) that keeps the app for offline use; registered earlier, its
//    copies of the wasm and the content would download alongside the app's own on the first visit. Browsers that
//    refuse service workers simply run the app from the network, as before.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  if (query.get('embed') === '1' || query.get('embed') === 'true') root.classList.add('embed');
  var show = /^#?\/?$/.test(location.hash);
  var lang = query.get('lang');
  try {
    // Remembered on this device: the start page shows that state, not the pre-rendered one.
    if (localStorage.getItem('__STORAGE_KEY__') !== null) show = false;
    var saved = JSON.parse(sessionStorage.getItem('__STORAGE_KEY__') || 'null');
    if (saved) {
      if (lang !== 'de' && saved.__SAVED_LANG__ === '__LANG_EN__') show = false;
      var profile = saved.__SAVED_PROFILE__ || {};
      var data = Object.keys(saved.__SAVED_ANSWERS__ || {}).length > 0 || (saved.__SAVED_PLAN__ || []).length > 0 ||
        Object.keys(profile).some(function (key) { return profile[key] !== '' && profile[key] !== null; });
      if (data) show = false;
    }
  } catch (error) {
    show = false;
  }
  if (lang === 'en') show = false;
  if (!show) root.classList.add('prerender-off');

  var painted = false;
  function markPainted() {
    if (painted) return;
    painted = true;
    root.setAttribute('data-prerender-painted', '');
    dispatchEvent(new Event('prerender-painted'));
  }
  var entryTypes = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (!show || document.visibilityState !== 'visible' || entryTypes.indexOf('largest-contentful-paint') < 0) {
    markPainted();
  } else {
    var parsed = false;
    var seen = false;
    var afterTwoFrames = function () {
      if (parsed && seen) requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(markPainted); }); });
    };
    new PerformanceObserver(function (list, observer) {
      observer.disconnect();
      seen = true;
      afterTwoFrames();
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    document.addEventListener('DOMContentLoaded', function () {
      parsed = true;
      afterTwoFrames();
    });
    addEventListener('visibilitychange', markPainted);
    setTimeout(markPainted, 3000);
  }

  if ('serviceWorker' in navigator) {
    addEventListener('arbeitgeber-check-ready', function () {
      navigator.serviceWorker.register('sw.js').catch(function () {});
    }, { once: true });
  }
})();
