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
// 4. When the app cannot start (WebAssembly or a script refused by a Content-Security-Policy, a file that fails to
//    load, the content not here 20 s after the start), says so in the page, in the page's language, and names the
//    cause in the console for the web editor. Should the app come up after all, the message goes again.
// 5. In a frame, greets the embedding page at once (embed.js shows a direct link when no greeting comes: the frame
//    was refused, e.g. by frame-ancestors).
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  if (query.get('embed') === '1' || query.get('embed') === 'true') root.classList.add('embed');
  var show = /^#?\/?$/.test(location.hash);
  var lang = query.get('lang');
  var english = lang === 'en';
  try {
    // Remembered on this device: the start page shows that state, not the pre-rendered one.
    if (localStorage.getItem('__STORAGE_KEY__') !== null) show = false;
    var saved = JSON.parse(sessionStorage.getItem('__STORAGE_KEY__') || 'null');
    if (saved) {
      if (lang !== 'de' && saved.__SAVED_LANG__ === '__LANG_EN__') {
        show = false;
        english = true;
      }
      var profile = saved.__SAVED_PROFILE__ || {};
      var data = Object.keys(saved.__SAVED_ANSWERS__ || {}).length > 0 || (saved.__SAVED_PLAN__ || []).length > 0 ||
        !!saved.__SAVED_ROUND__ ||
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

  if (parent !== window) parent.postMessage({ type: 'arbeitgeber-check:hello' }, '*');

  var started = false;
  var ready = false;
  var failure;
  function fail(cause) {
    if (ready || failure) return;
    console.error('Arbeitgeber-Check: Start fehlgeschlagen: ' + cause);
    failure = document.createElement('p');
    failure.className = 'notice notice--warning start-failed';
    failure.setAttribute('role', 'alert');
    failure.textContent = english
      ? 'The check cannot start in this browser right now. Please reload the page or try another browser.'
      : 'Der Check kann in diesem Browser gerade nicht starten. Bitte laden Sie die Seite neu oder versuchen Sie einen anderen Browser.';
    var attach = function () { document.body.prepend(failure); };
    if (document.body) attach(); else document.addEventListener('DOMContentLoaded', attach);
  }
  addEventListener('securitypolicyviolation', function (event) {
    if (!started && event.disposition === 'enforce' && /^script-src/.test(event.effectiveDirective)) {
      fail('Content-Security-Policy blockiert ' + event.blockedURI + ' (zwei CSP-Header? KAMMER.md)');
    }
  });
  addEventListener('error', function (event) {
    var target = event.target;
    if (started) return;
    if (target && (target.localName === 'script' || target.rel === 'modulepreload')) {
      fail('nicht geladen: ' + (target.src || target.href));
    } else if (event.error) {
      fail(String(event.error));
    }
  }, true);
  addEventListener('unhandledrejection', function (event) { if (!started) fail(String(event.reason)); });
  addEventListener('TrunkApplicationStarted', function () { started = true; });
  setTimeout(function () { fail('nach 20 s nicht bereit'); }, 20000);
  addEventListener('__READY_EVENT__', function () {
    ready = true;
    if (failure) failure.remove();
  });
  // 4. The app takes the pre-render's place in one task (src/app.rs); what the user did on it carries over: focus
  //    moves to the app's control with the same id (or link with the same target), and a ticked "merken" box is
  //    ticked there too, by a click, so that the app's own handler applies the choice.
  if (show) {
    var focused;
    addEventListener('focusin', function (event) {
      var id = event.target.id, href = event.target.getAttribute('href');
      focused = id ? '#' + id : href ? 'a[href="' + href + '"]' : null;
    });
    document.addEventListener('DOMContentLoaded', function () {
      var pre = document.getElementById('prerender');
      if (!pre) return;
      new MutationObserver(function (records, observer) {
        if (pre.isConnected) return;
        observer.disconnect();
        var own = document.getElementById('remember');
        if (pre.querySelector('#remember:checked') && own && !own.checked) own.click();
        var twin = focused && document.activeElement === document.body && document.querySelector(focused);
        if (twin) twin.focus();
      }).observe(document.body, { childList: true });
    });
  }

  if ('serviceWorker' in navigator) {
    addEventListener('__READY_EVENT__', function () {
      navigator.serviceWorker.register('sw.js').catch(function () {});
    }, { once: true });
  }
})();
