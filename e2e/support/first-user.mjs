// Issue 26's first user: the office manager of a 25-person electrical crafts firm near Lüneburg, with realistic
// mixed answers (four "nicht relevant", three open – four since statement 2.2.e came in with issue 27 –, three legal
// duties below "trifft voll zu") and a three-item plan.
// The same file drives the native tests (crates/core/tests/first_user.rs), so screen, paper and engine agree on it.
import { readFileSync } from 'node:fs';

const fixture = JSON.parse(readFileSync(new URL('../../crates/core/tests/fixtures/first-user.json', import.meta.url), 'utf8'));

/** The seed for `env.open({ seed })`: answers, profile, plan and duty answers as the app stores them. */
export const firstUser = { answers: fixture.answers, profile: fixture.profile, plan: fixture.plan, duties: fixture.duties };
