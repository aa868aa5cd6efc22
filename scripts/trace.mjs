// Chromium traces for the speed figures (perf-ui.mjs, perf-desk.mjs): recording one, and reading the moments the
// figures are made of. The trace's clock is in microseconds.

/** The categories that hold tasks, events, layout and paint. */
export const TIMELINE = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** A click's dispatch: anchors the page's clock to the trace's. */
export const isClick = (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click';

/** The main thread's top-level tasks, in order. */
export const topTasks = (events) => events.filter((e) => e.name === 'RunTask' && e.ph === 'X').sort((a, b) => a.ts - b.ts);

/** The end of the task that paints the first frame from `ts` on: what the user sees by then. */
export function paintedBy(events, ts) {
  const paint = events.filter((e) => e.name === 'Paint' && e.ts >= ts).sort((a, b) => a.ts - b.ts)[0];
  const frame = topTasks(events).find((task) => task.ts <= paint.ts && task.ts + task.dur >= paint.ts);
  return frame.ts + frame.dur;
}

/**
 * Runs `action` while tracing `page`; returns its value and the events of the thread that recorded `marker`. Through
 * the page's own DevTools session, which a context with a profile has too (playwright traces only through a browser).
 */
export async function traced(page, categories, marker, action) {
  const session = await page.context().newCDPSession(page);
  await session.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: categories } });
  const value = await action();
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.end');
  const { stream } = await complete;
  const chunks = [];
  for (let eof = false; !eof;) {
    const chunk = await session.send('IO.read', { handle: stream });
    // As bytes: a chunk may end inside a character.
    chunks.push(Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'utf8'));
    eof = chunk.eof;
  }
  await session.send('IO.close', { handle: stream });
  await session.detach();
  const events = JSON.parse(Buffer.concat(chunks).toString('utf8')).traceEvents;
  const thread = events.find(marker);
  if (!thread) throw new Error('the trace misses the event that marks the page\'s main thread');
  return { value, events: events.filter((e) => e.pid === thread.pid && e.tid === thread.tid) };
}
