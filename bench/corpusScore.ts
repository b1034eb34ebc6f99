// The development corpus of bench/pressCorpus: releases written in the shapes of real ones from
// many bodies and foreign ministries, in English, Russian and Turkish. dev/ is read while the
// extractor changes; aside/ (a fifth) is only scored, so that its figure stays honest.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fold } from '../db/values/fold.js';
import { extractDraft } from '../db/pressRelease/extractDraft.js';
import { scoreDraft, sumScores, type Expected, type ImportScore } from './importScore.js';

export const LANGUAGES = { en: 'English', ru: 'Russian', tr: 'Turkish' } as const;
type Language = keyof typeof LANGUAGES;

export interface CorpusCase {
  name: string;
  language: Language;
  text: string;
  expected: Expected;
}

/** The .txt releases of a folder, each with the .json beside it of what it must yield. */
export function releaseCases(dir: string): Omit<CorpusCase, 'language'>[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({
      name: file,
      text: fs.readFileSync(path.join(dir, file), 'utf8'),
      expected: JSON.parse(
        fs.readFileSync(path.join(dir, file.replace(/\.txt$/, '.json')), 'utf8'),
      ) as Expected,
    }));
}

/** The releases of one part, each named "<language>-<nn>-<what>.txt". */
export function corpusCases(dir: string): CorpusCase[] {
  return releaseCases(dir).map((c) => ({ ...c, language: c.name.slice(0, 2) as Language }));
}

interface Scored {
  language: Language;
  score: ImportScore;
  ms: number;
}

// The app reads a release on the day a reviewer pastes it, which gives the year to a release that
// names none; the corpus's releases are of late 2026 and read in its first week of December.
const READ_ON = '2026-12-06';

/** Reads each release once to warm up, then times a second reading. */
export function scoreCase(c: CorpusCase, log: (line: string) => void): Scored {
  extractDraft(c.text, { readOn: READ_ON });
  const t0 = performance.now();
  const draft = extractDraft(c.text, { readOn: READ_ON });
  const ms = performance.now() - t0;
  const score = scoreDraft(draft, c.expected, fold(c.text));
  const missed = score.missed.length ? `; missed: ${score.missed.join(', ')}` : '';
  const wrong = score.wrongRoles.length
    ? `; title or organisation: ${score.wrongRoles.join('; ')}`
    : '';
  const extra = score.extra.length ? `; not expected: ${score.extra.join(', ')}` : '';
  const place = draft.visit.places[0]?.country ?? 'none';
  const dates = `${draft.visit.start_date ?? '?'}..${draft.visit.end_date ?? '?'}`;
  log(
    `${c.name}: ${score.found}/${score.expected}, country ${score.countries ? 'right' : `wrong (${place})`}, dates ${score.dates ? 'right' : `wrong (${dates})`}${missed}${extra}${wrong}`,
  );
  return { language: c.language, score, ms };
}

function ratio(n: number, d: number): string {
  return d === 0 ? '–' : `${(n / d).toFixed(2)} (${n}/${d})`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function row(label: string, scored: Scored[]): string {
  const t = sumScores(scored.map((s) => s.score));
  return `| ${label} | ${scored.length} | ${ratio(t.found, t.expected)} | ${ratio(t.found, t.extracted)} | ${ratio(t.titles, t.found)} | ${ratio(t.organisations, t.found)} | ${ratio(t.countries, scored.length)} | ${ratio(t.dates, scored.length)} | ${median(scored.map((s) => s.ms)).toFixed(2)} |`;
}

/** The table of one part: a row per language and one for all. */
export function corpusTable(part: string, scored: Scored[]): string[] {
  return [
    ...Object.entries(LANGUAGES).map(([code, name]) =>
      row(
        `${part}, ${name}`,
        scored.filter((s) => s.language === code),
      ),
    ),
    row(`${part}, all`, scored),
  ];
}

export const CORPUS_HEADER = [
  '| part | releases | counterpart recall | precision | titles right, of found | organisations right, of found | visit country | visit dates | median ms to read |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
