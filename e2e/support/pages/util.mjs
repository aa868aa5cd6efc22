// Small waiting and focus helpers shared by the page objects.

/** Polls `check` (async) until it returns something truthy; returns it, or throws naming `what` after `timeout`. */
export async function until(check, what = 'a condition', timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Whether the element itself has keyboard focus. */
export const hasFocus = (locator) => locator.evaluate((el) => el === document.activeElement);

/** Whether one of the elements (e.g. the radios of a group) has keyboard focus. */
export const oneHasFocus = (locator) => locator.evaluateAll((els) => els.includes(document.activeElement));

/** Waits until the element has keyboard focus. */
export const waitForFocus = (locator, what = 'focus') => until(() => hasFocus(locator), what);

/**
 * The innermost `<section>` in the app's `<main>` headed `name` (a heading level 2 to 4, exactly). Sections the app does not
 * name as landmarks (issue 28: regions only where they help) are found by their heading, as a reader finds them.
 */
export function sectionHeaded(app, name) {
  return app.main.locator('section').filter({ has: app.root.getByRole('heading', { name, exact: true }) }).last();
}

/**
 * The page's real height: sections below the first screens are laid out only near the viewport (their height until
 * then is an estimate), so this scrolls to the end until the height stops changing, as a reader would.
 */
export async function scrolledHeight(page) {
  let height = 0;
  for (let round = 0; round < 20; round++) {
    const next = await page.evaluate(async () => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return document.documentElement.scrollHeight;
    });
    if (next === height) return height;
    height = next;
  }
  throw new Error(`the page's height did not settle (last ${height} px)`);
}
