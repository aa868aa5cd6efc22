// Reads the shipped content files, so tests can build answer sets and expectations from the real questionnaire.
import { readFileSync } from 'node:fs';

const dir = new URL('../../content/', import.meta.url);
export const fields = [1, 2, 3, 4, 5, 6].map((n) => JSON.parse(readFileSync(new URL(`field-${n}.json`, dir), 'utf8')));
export const goals = fields.flatMap((f) => f.goals);
export const statements = goals.flatMap((g) => g.statements);

/** A saved-state JSON as the app writes it, for seeding storage through an init script. */
export function savedState({ answers = {}, profile = {}, plan = [], lang = null } = {}) {
  return JSON.stringify({ version: 1, updated_at: 1, lang, profile: { company_name: '', ...profile }, answers, plan });
}

/** An init script that puts `json` into sessionStorage once, before the app starts. */
export function seedScript(json) {
  return `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); sessionStorage.setItem('arbeitgeber-check', ${JSON.stringify(json)}); }`;
}
