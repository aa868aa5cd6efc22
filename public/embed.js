/*! Arbeitgeber-Check – Einbettung / embedding loader.
 *
 * Paste into a page:
 *   <div id="arbeitgeber-check"></div>
 *   <script src="https://IHR-SERVER/arbeitgeber-check/embed.js" data-lang="de" async></script>
 *
 * Creates an <iframe> of the app (found relative to this script's own URL), keeps its height equal to the app's
 * content, and scrolls its top into view on a screen change. Accepts messages only from the app's origin and only
 * from its own frame. A frame the app's server refuses (frame-ancestors) becomes a link that opens the check directly. The app sends nothing but sizes and navigation events – never answers. No cookies.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL('./', script.src);
  var appOrigin = base.origin;

  function option(name) {
    var value = script.getAttribute('data-' + name);
    return value === null ? null : String(value).slice(0, 64);
  }

  var params = new URLSearchParams();
  params.set('embed', option('compact') === 'false' ? '0' : '1');
  var lang = option('lang');
  if (lang === 'de' || lang === 'en') params.set('lang', lang);
  else if (lang !== null) console.warn('Arbeitgeber-Check: data-lang muss "de" oder "en" sein; ignoriert. / must be "de" or "en"; ignored.');
  var accent = option('accent');
  if (accent !== null) {
    // Only hex colours pass; the app checks contrast again and ignores colours too light for white text.
    if (/^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(accent)) params.set('accent', accent.charAt(0) === '#' ? accent : '#' + accent);
    else console.warn('Arbeitgeber-Check: data-accent muss eine Hex-Farbe wie #004b87 sein; ignoriert. / must be a hex colour; ignored.');
  }

  var frame = document.createElement('iframe');
  frame.src = new URL('index.html?' + params.toString(), base).href;
  // The frame's title follows the language the app shows (it reports each change), unless the page set its own.
  var titles = { de: 'Arbeitgeber-Check: Selbst-Check zur Arbeitgeberattraktivität', en: 'Employer Check: self-assessment' };
  var ownTitle = option('title');
  frame.title = ownTitle || titles[lang === 'en' ? 'en' : 'de'];
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.style.cssText = 'display:block;width:100%;border:0;min-height:480px;height:720px;overflow:hidden;';
  frame.setAttribute('scrolling', 'no');

  var targetId = option('target') || 'arbeitgeber-check';
  var target = document.getElementById(targetId);
  if (target) target.appendChild(frame);
  else script.parentNode.insertBefore(frame, script.nextSibling);

  // The app greets at once (start.js). No greeting a few seconds after the frame loaded: the browser refused the frame
  // (the server's frame-ancestors does not name this page) and would show an empty box; a direct link instead.
  var greeted = false;
  frame.addEventListener('load', function () {
    setTimeout(function () {
      if (greeted || !frame.parentNode) return;
      console.warn('Arbeitgeber-Check: Der Rahmen wurde abgelehnt; steht diese Seite (' + location.origin + ') bei ' +
        'frame-ancestors in .htaccess bzw. nginx? / The frame was refused: is this page listed in frame-ancestors? KAMMER.md');
      var fallback = document.createElement('p');
      var link = document.createElement('a');
      link.href = new URL(lang === 'en' ? 'index.html?lang=en' : 'index.html', base).href;
      link.textContent = lang === 'en' ? 'Open the Employer Check' : 'Arbeitgeber-Check öffnen';
      fallback.className = 'arbeitgeber-check-link';
      fallback.appendChild(link);
      frame.parentNode.replaceChild(fallback, frame);
    }, 4000);
  });

  window.addEventListener('message', function (event) {
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
    greeted = true;
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'arbeitgeber-check:height' && typeof data.height === 'number' && isFinite(data.height)) {
      var height = Math.max(200, Math.min(Math.ceil(data.height), 100000));
      frame.style.minHeight = '0';
      frame.style.height = height + 'px';
    } else if (data.type === 'arbeitgeber-check:lang' && titles.hasOwnProperty(data.lang)) {
      frame.setAttribute('lang', data.lang);
      if (!ownTitle) frame.title = titles[data.lang];
    } else if (data.type === 'arbeitgeber-check:navigate') {
      if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: 'start' });
    }
  });
})();
