// Result files as firms send them to their adviser (the export format the app writes, `domain::export`), generated
// for the desk's specs: any number of firms, a firm's checks a year apart, and hostile ones (markup in the name,
// a newer version, too large). Answers come from a fixed-seed generator over the shipped statements.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { statements } from './content.mjs';

const SIZES = ['1-9', '10-49', '10-49', '50-249', '250+'];
const SECTORS = ['handwerk', 'handwerk', 'industrie', 'handel', 'dienstleistung', 'gesundheit'];
const SCALE = ['not_true', 'rather_not', 'mostly', 'fully'];

/** A result file's JSON text, as the app's "Ergebnisdatei speichern" writes it. */
export function firmFile({ name, at, answers, size = null, sector = null, plan = [], version = 3 }) {
  const file = {
    format: 'arbeitgeber-check-export',
    version,
    exported_at: at,
    lang: 'de',
    profile: { company_name: name, size, sector, trains_apprentices: null, works_council: null, role: null },
    answers,
    plan,
    snapshots: [],
  };
  return JSON.stringify(file, null, 2);
}

/** A deterministic pseudo-random generator (xorshift), so a spec's files are the same every run. */
export function random(seed = 0x2545f491) {
  let state = seed >>> 0 || 1;
  return (below) => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state % below;
  };
}

/** Answers leaning to one level of the scale (0 weakest – 3 strongest), a few left open. */
export function answersAt(lean, next) {
  const answers = {};
  for (const s of statements) {
    if (next(12) === 0) continue;
    answers[s.id] = SCALE[Math.max(0, Math.min(3, lean + next(3) - 1))];
  }
  return answers;
}

/** `count` firms' files (one check each) written into `dir`; returns [{ name, path, text }]. */
export function writeFirms(dir, count, { seed = 7, at = '2026-11-02T09:00:00.000Z' } = {}) {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const name = `Betrieb ${String(i + 1).padStart(3, '0')}`;
    const text = firmFile({ name, at, answers: answersAt(next(4), next), size: SIZES[next(SIZES.length)], sector: SECTORS[next(SECTORS.length)] });
    const path = join(dir, `betrieb-${i + 1}.json`);
    writeFileSync(path, text);
    return { name, path, text };
  });
}
