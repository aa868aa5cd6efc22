// Forced colours (a Windows contrast theme, here a dark one): the chart's labels and lines, the pressed chart toggle
// and the progress fill stay visible against the forced background (issue 28). Colours are the computed ones, which
// Chromium resolves with the forced palette.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { answers } from './support/known-answers.mjs';

const env = useApp();

/** Contrast of two computed colours ("rgb(r, g, b)"), WCAG formula. */
function contrast(a, b) {
  const lum = (rgb) => {
    const [r, g, b2] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('in a dark forced-colours theme the chart, the pressed toggle and the progress fill stay visible', async () => {
  const app = await env.open({ seed: { answers }, at: (a) => a.results });
  await app.page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  const { results } = app;
  await results.chart().scrollIntoViewIfNeeded();
  const seen = await app.page.evaluate(() => {
    const style = (selector, property) => getComputedStyle(document.querySelector(selector))[property];
    const pressed = document.querySelector('.toggle [aria-pressed="true"]');
    const unpressed = document.querySelector('.toggle [aria-pressed="false"]');
    return {
      canvas: getComputedStyle(document.body).backgroundColor,
      label: style('.chart__label', 'fill'),
      axis: style('.chart__axis', 'stroke'),
      outline: style('.chart__area', 'stroke'),
      dot: style('.chart__dot', 'fill'),
      pressed: getComputedStyle(pressed).backgroundColor,
      pressedText: getComputedStyle(pressed).color,
      unpressed: getComputedStyle(unpressed).backgroundColor,
    };
  });
  assert.ok(contrast(seen.label, seen.canvas) >= 4.5, `chart labels ${seen.label} on ${seen.canvas}`);
  for (const part of ['axis', 'outline', 'dot']) {
    assert.ok(contrast(seen[part], seen.canvas) >= 3, `chart ${part} ${seen[part]} on ${seen.canvas}`);
  }
  assert.notEqual(seen.pressed, seen.unpressed, 'the pressed toggle looks different from the other');
  assert.ok(contrast(seen.pressed, seen.canvas) >= 3, `pressed toggle ${seen.pressed} on ${seen.canvas}`);
  assert.ok(contrast(seen.pressedText, seen.pressed) >= 4.5, `pressed toggle text ${seen.pressedText} on ${seen.pressed}`);

  await app.field(1).open();
  const bar = await app.page.evaluate(() => ({
    fill: getComputedStyle(document.querySelector('.progress__fill')).backgroundColor,
    track: getComputedStyle(document.querySelector('.progress__bar')).backgroundColor,
  }));
  assert.ok(contrast(bar.fill, bar.track) >= 3, `progress fill ${bar.fill} on ${bar.track}`);
  await app.page.screenshot({ path: '/tmp/h28-forced-field.png' });
  assert.deepEqual(app.problems.consoleErrors, []);
  await app.close();
});
