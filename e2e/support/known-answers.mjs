// A known answer set for the results, plan and report specs, built from the content: every statement "trifft voll
// zu", except all statements of one goal "trifft nicht zu" and of another goal (in another field) "trifft eher nicht
// zu". The expected scores come from the documented rules (content.mjs `expectedScores`), not from literals.
import { fields, goals, expectedScores } from './content.mjs';

/** The goal answered "trifft nicht zu" throughout (score 0): the second goal of the second field. */
export const zeroGoal = fields[1].goals[1];
/** The goal answered "trifft eher nicht zu" throughout (score 33): the first goal of the fourth field. */
export const weakGoal = fields[3].goals[0];

const answerFor = (goal) => (goal === zeroGoal ? 'not_true' : goal === weakGoal ? 'rather_not' : 'fully');
export const answers = Object.fromEntries(goals.flatMap((g) => g.statements.map((s) => [s.id, answerFor(g)])));
export const expected = expectedScores(answers);
