import { fold } from '../db/values/fold.js';
import type { Draft } from '../db/pressRelease/draft.js';

/** What a press release must yield (db/test/fixtures/press/*.json). */
export interface Expected {
  country: string;
  start_date: string | null;
  end_date: string | null;
  counterparts: { name: string; title: string | null; organisation: string | null }[];
}

export interface ImportScore {
  expected: number;
  extracted: number;
  found: number;
  /** Counterparts whose name does not occur in the text at all. */
  invented: number;
  titles: number;
  organisations: number;
  countries: number;
  dates: number;
  missed: string[];
  extra: string[];
  /** Counterparts found whose title or organisation is not the expected one: what was read. */
  wrongRoles: string[];
}

/** How one draft compares with what its text says. */
export function scoreDraft(draft: Draft, expected: Expected, foldedText: string): ImportScore {
  const got = draft.meetings.flatMap((m) => m.participants);
  const byName = new Map(got.map((p) => [fold(p.name), p]));
  const hits = expected.counterparts.filter((p) => byName.has(fold(p.name)));
  const wanted = new Set(expected.counterparts.map((p) => fold(p.name)));
  return {
    expected: expected.counterparts.length,
    extracted: got.length,
    found: hits.length,
    invented: got.filter((p) => !foldedText.includes(fold(p.name))).length,
    titles: hits.filter((p) => byName.get(fold(p.name))?.title === p.title).length,
    organisations: hits.filter((p) => byName.get(fold(p.name))?.organisation === p.organisation)
      .length,
    countries: draft.visit.places[0]?.country === expected.country ? 1 : 0,
    dates:
      draft.visit.start_date === expected.start_date && draft.visit.end_date === expected.end_date
        ? 1
        : 0,
    missed: expected.counterparts.filter((p) => !byName.has(fold(p.name))).map((p) => p.name),
    extra: got.filter((p) => !wanted.has(fold(p.name))).map((p) => p.name),
    wrongRoles: hits.flatMap((p) => {
      const read = byName.get(fold(p.name));
      if (!read || (read.title === p.title && read.organisation === p.organisation)) return [];
      return [`${p.name}: "${read.title ?? ''}" / "${read.organisation ?? ''}"`];
    }),
  };
}

export function sumScores(scores: ImportScore[]): ImportScore {
  const sum = (key: keyof ImportScore) =>
    scores.reduce((n, s) => n + (typeof s[key] === 'number' ? s[key] : 0), 0);
  return {
    expected: sum('expected'),
    extracted: sum('extracted'),
    found: sum('found'),
    invented: sum('invented'),
    titles: sum('titles'),
    organisations: sum('organisations'),
    countries: sum('countries'),
    dates: sum('dates'),
    missed: scores.flatMap((s) => s.missed),
    extra: scores.flatMap((s) => s.extra),
    wrongRoles: scores.flatMap((s) => s.wrongRoles),
  };
}

function ratio(n: number, d: number): string {
  return d === 0 ? '–' : (n / d).toFixed(3);
}

/** The RESULTS.md section of the press release scores. */
export function importScoreSection(
  total: ImportScore,
  releases: number,
  what: string,
  level = '##',
): string {
  return [
    level === '##' ? '## Press release import (npm run score:import)' : `${level} Unseen releases`,
    '',
    `Over ${releases} press releases: ${what}.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| counterpart recall | ${ratio(total.found, total.expected)} (${total.found}/${total.expected}) |`,
    `| counterpart precision | ${ratio(total.found, total.extracted)} (${total.found}/${total.extracted}) |`,
    `| counterparts invented (name not in the text) | ${total.invented} |`,
    `| titles right, of counterparts found | ${ratio(total.titles, total.found)} |`,
    `| organisations right, of counterparts found | ${ratio(total.organisations, total.found)} |`,
    `| visit country right | ${ratio(total.countries, releases)} |`,
    `| visit start and end dates right | ${ratio(total.dates, releases)} |`,
  ].join('\n');
}
