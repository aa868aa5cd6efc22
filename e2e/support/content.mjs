// Reads the shipped content files at test time, so specs derive ids, counts and expected scores from the real
// questionnaire instead of literals: the content is edited independently of the tests (statements merged, renamed,
// 42–60 of them), and a spec must follow without an edit.
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../../content/', import.meta.url);
const fieldFiles = readdirSync(dir).filter((name) => /^field-\d+\.json$/.test(name))
  .sort((a, b) => Number(/\d+/.exec(a)[0]) - Number(/\d+/.exec(b)[0]));

export const fields = fieldFiles.map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
export const goals = fields.flatMap((f) => f.goals);
export const statements = goals.flatMap((g) => g.statements);
export const measures = goals.flatMap((g) => g.measures);

/** The answer scale as stored, in the order the app offers it (and labels it: `answer_labels`). */
export const ANSWERS = ['fully', 'mostly', 'rather_not', 'not_true', 'not_relevant', 'unknown'];
/** What an answer is worth (0–1); "not relevant" counts for coverage only. Mirrors `domain::answers`. */
export const VALUE = { fully: 1, mostly: 2 / 3, rather_not: 1 / 3, not_true: 0, not_relevant: null, unknown: null };
/** Share of a level's parts that must be covered for a score (`scoring::MIN_COVERAGE`). */
export const MIN_COVERAGE = 0.5;

/** 1-based position of a field, as in the URL (#/feld/N). */
export const fieldNumber = (field) => fields.indexOf(field) + 1;
export const fieldOf = (item) => fields.find((f) => f.goals.some((g) => g === item || g.statements.includes(item) || g.measures.includes(item)));
export const goalOf = (item) => goals.find((g) => g.statements.includes(item) || g.measures.includes(item));
export const statementsOf = (field) => field.goals.flatMap((g) => g.statements);
export const statementById = (id) => statements.find((s) => s.id === id) ?? fail(`no statement ${id}`);
export const measureById = (id) => measures.find((m) => m.id === id) ?? fail(`no measure ${id}`);
export const goalById = (id) => goals.find((g) => g.id === id) ?? fail(`no goal ${id}`);

/** The statement whose text (in `lang`) is `text`; throws on text the content does not have. */
export function statementByText(text, lang) {
  return statements.find((s) => s.text[lang] === text) ?? fail(`the content has no statement "${text}" (${lang})`);
}

/** The measure whose title (in `lang`) is `title`. Titles are unique in the catalogue (checked here). */
export function measureByTitle(title, lang) {
  const found = measures.filter((m) => m.title[lang] === title);
  if (found.length !== 1) fail(`${found.length} measures titled "${title}" (${lang})`);
  return found[0];
}

function fail(message) { throw new Error(message); }

/** Answers for every statement from `pick(statement, index)`, e.g. `answerAll(() => 'fully')`. */
export function answerAll(pick) {
  return Object.fromEntries(statements.map((s, i) => [s.id, pick(s, i)]));
}

/**
 * The scores the documented rules give (report_method, `domain::scoring`): a goal is the weighted mean of its
 * relevant answers once at least half its statements are answered; a field the mean of its scored goals once at
 * least half are scored; overall the mean of the scored fields likewise. `null` = "nicht bewertet".
 * Returns { overall, fields: [{ score, answered, total }], goals: { [id]: { score, answered, total } } } with
 * scores on 0–100, unrounded.
 */
export function expectedScores(answers) {
  const goalScores = {};
  const combine = (parts) => {
    const scored = parts.map((p) => p.score).filter((v) => v !== null);
    const covered = scored.length > 0 && scored.length >= MIN_COVERAGE * parts.length;
    return {
      score: covered ? scored.reduce((a, b) => a + b, 0) / scored.length : null,
      answered: parts.reduce((a, p) => a + p.answered, 0),
      total: parts.reduce((a, p) => a + p.total, 0),
    };
  };
  const fieldScores = fields.map((field) => combine(field.goals.map((goal) => {
    let answered = 0; let sum = 0; let weights = 0;
    for (const s of goal.statements) {
      // "weiß ich nicht" counts like no answer for a score (not for progress).
      if (!(s.id in answers) || answers[s.id] === 'unknown') continue;
      answered++;
      const value = VALUE[answers[s.id]];
      if (value !== null) { sum += (s.weight ?? 1) * value; weights += s.weight ?? 1; }
    }
    const total = goal.statements.length;
    const score = answered >= MIN_COVERAGE * total && weights > 0 ? (100 * sum) / weights : null;
    return (goalScores[goal.id] = { score, answered, total });
  })));
  return { overall: combine(fieldScores), fields: fieldScores, goals: goalScores };
}

/** A score as the app shows it: the rounded number, or `notScored` (the "nicht bewertet" text). */
export function shownScore(score, notScored) {
  return score === null ? notScored : String(Math.round(score));
}

/** A saved-state JSON as the app writes it, for seeding storage through an init script. */
export function savedState({ answers = {}, profile = {}, plan = [], lang = null, duties } = {}) {
  const state = { version: 1, updated_at: 1, lang, profile: { company_name: '', ...profile }, answers, plan };
  // The duty page's answers exist from version 3 on ("id=answer;…", ids in order).
  if (duties) Object.assign(state, { version: 3, snapshots: [], duties: Object.keys(duties).sort().map((id) => `${id}=${duties[id]}`).join(';') });
  return JSON.stringify(state);
}

/** content/duties.json: the duty check's texts and duties. */
export const dutyCheck = JSON.parse(readFileSync(new URL('../../content/duties.json', import.meta.url), 'utf8'));
export const dutyById = (id) => dutyCheck.duties.find((d) => d.id === id) ?? fail(`no duty ${id}`);

/** An init script that puts `json` into sessionStorage once, before the app starts. */
export function seedScript(json) {
  return `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); sessionStorage.setItem('arbeitgeber-check', ${JSON.stringify(json)}); }`;
}
