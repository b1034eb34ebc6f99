// Scores the press release extractor over the seeds (../shared/seeds), the fixtures
// (db/test/fixtures/press) and releases it was not written against
// (db/test/fixtures/press-unseen), prints the figures and writes them into bench/RESULTS.md.
// Usage: npm run score:import   (tsx bench/scoreImport.ts [--no-write] [--parts dev,aside,…])
// --parts names the folders of bench/pressCorpus to score (dev, aside, aside-late, aside-final,
// aside-blind, aside-sealed, aside-last, aside-next, aside-seven, aside-eight, aside-nine,
// aside-ten, aside-eleven, aside-twelve, aside-thirteen, aside-fourteen, aside-fifteen,
// aside-sixteen, aside-seventeen, aside-eighteen, aside-nineteen, aside-twenty, aside-twentyone,
// aside-twentytwo, aside-twentythree, aside-twentyfour, aside-twentyfive, aside-twentysix,
// aside-twentyseven, aside-twentyeight, aside-twentynine, aside-thirty, aside-thirtyone,
// aside-thirtytwo, aside-thirtythree, aside-thirtyfour, aside-thirtyfive, aside-thirtysix,
// aside-thirtyseven, aside-thirtyeight, aside-thirtynine, aside-forty, aside-fortyone,
// aside-fortytwo, aside-fortythree, aside-fortyfour, aside-fortyfive, aside-fortysix,
// aside-fortyseven, aside-fortyeight, aside-fortynine, aside-fifty, aside-fiftyone, aside-fiftytwo,
// aside-fiftythree, aside-fiftyfour, aside-fiftyfive, aside-fiftysix, aside-fiftyseven,
// aside-fiftyeight, aside-fiftynine, aside-sixty, aside-sixtyone, aside-sixtytwo,
// aside-sixtythree, aside-sixtyfour, aside-sixtyfive, aside-sixtysix, aside-sixtyseven,
// aside-sixtyeight, aside-sixtynine, aside-seventy, aside-seventyone, aside-seventytwo and
// aside-seventythree unless given); a part not named is never read.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../db/values/fold.js';
import { extractDraft } from '../db/pressRelease/extractDraft.js';
import { CORPUS_HEADER, corpusCases, corpusTable, releaseCases, scoreCase } from './corpusScore.js';
import { importScoreSection, scoreDraft, sumScores, type Expected } from './importScore.js';

interface Case {
  name: string;
  text: string;
  expected: Expected;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'db/test/fixtures/press');
const seeds = path.resolve(root, '../shared/seeds');

function seedCases(): Case[] {
  const expectations = JSON.parse(
    fs.readFileSync(path.join(fixtures, 'seeds.json'), 'utf8'),
  ) as Record<string, Expected>;
  return Object.entries(expectations).flatMap(([file, expected]) => {
    const at = path.join(seeds, file);
    if (fs.existsSync(at))
      return [{ name: `seed ${file}`, text: fs.readFileSync(at, 'utf8'), expected }];
    console.warn(`The seed ${at} is missing: it is left out of the score.`);
    return [];
  });
}

function score(c: Case) {
  const result = scoreDraft(extractDraft(c.text), c.expected, fold(c.text));
  const missed = result.missed.length ? `; missed: ${result.missed.join(', ')}` : '';
  const extra = result.extra.length ? `; not expected: ${result.extra.join(', ')}` : '';
  const visit = `country ${result.countries ? 'right' : 'wrong'}, dates ${result.dates ? 'right' : 'wrong'}`;
  console.log(
    `${c.name}: ${result.found}/${result.expected} counterparts, ${visit}${missed}${extra}`,
  );
  return result;
}

/**
 * Replaces the section of the same heading, up to the next section or the marker comment that
 * opens one, or appends it at the end (below the findings).
 */
function withSection(markdown: string, text: string): string {
  const heading = text.split('\n')[0] ?? '';
  const at = markdown.indexOf(heading);
  if (at < 0) return `${markdown.trimEnd()}\n\n${text}\n`;
  const after = /\n(?:## |<!-- )/.exec(markdown.slice(at + heading.length));
  const rest = after ? markdown.slice(at + heading.length + after.index) : '';
  return `${markdown.slice(0, at)}${text}\n${rest}`;
}

const DEFAULT_PARTS = [
  'dev',
  'aside',
  'aside-late',
  'aside-final',
  'aside-blind',
  'aside-sealed',
  'aside-last',
  'aside-next',
  'aside-seven',
  'aside-eight',
  'aside-nine',
  'aside-ten',
  'aside-eleven',
  'aside-twelve',
  'aside-thirteen',
  'aside-fourteen',
  'aside-fifteen',
  'aside-sixteen',
  'aside-seventeen',
  'aside-eighteen',
  'aside-nineteen',
  'aside-twenty',
  'aside-twentyone',
  'aside-twentytwo',
  'aside-twentythree',
  'aside-twentyfour',
  'aside-twentyfive',
  'aside-twentysix',
  'aside-twentyseven',
  'aside-twentyeight',
  'aside-twentynine',
  'aside-thirty',
  'aside-thirtyone',
  'aside-thirtytwo',
  'aside-thirtythree',
  'aside-thirtyfour',
  'aside-thirtyfive',
  'aside-thirtysix',
  'aside-thirtyseven',
  'aside-thirtyeight',
  'aside-thirtynine',
  'aside-forty',
  'aside-fortyone',
  'aside-fortytwo',
  'aside-fortythree',
  'aside-fortyfour',
  'aside-fortyfive',
  'aside-fortysix',
  'aside-fortyseven',
  'aside-fortyeight',
  'aside-fortynine',
  'aside-fifty',
  'aside-fiftyone',
  'aside-fiftytwo',
  'aside-fiftythree',
  'aside-fiftyfour',
  'aside-fiftyfive',
  'aside-fiftysix',
  'aside-fiftyseven',
  'aside-fiftyeight',
  'aside-fiftynine',
  'aside-sixty',
  'aside-sixtyone',
  'aside-sixtytwo',
  'aside-sixtythree',
  'aside-sixtyfour',
  'aside-sixtyfive',
  'aside-sixtysix',
  'aside-sixtyseven',
  'aside-sixtyeight',
  'aside-sixtynine',
  'aside-seventy',
  'aside-seventyone',
  'aside-seventytwo',
  'aside-seventythree',
];

/** The corpus parts to score: `--parts a,b` or the default ones; each must be a plain folder name. */
function partsToScore(): string[] {
  const at = process.argv.indexOf('--parts');
  if (at < 0) return DEFAULT_PARTS;
  const parts = (process.argv[at + 1] ?? '').split(',').filter(Boolean);
  const bad = parts.find((p) => !/^[a-z][a-z0-9-]*$/.test(p));
  if (parts.length === 0 || bad !== undefined) {
    console.error('--parts takes folder names of bench/pressCorpus, such as --parts dev,aside');
    process.exit(2);
  }
  return parts;
}

function corpusSection(): string {
  const corpus = path.join(root, 'bench/pressCorpus');
  const parts = partsToScore().map((part) =>
    corpusTable(
      part,
      corpusCases(path.join(corpus, part)).map((c) =>
        scoreCase(c, (l) => console.log(`${part}/${l}`)),
      ),
    ),
  );
  return [
    '### Development corpus (bench/pressCorpus)',
    '',
    'Releases written in the shapes of real ones (many bodies and foreign ministries; English, Russian, Turkish). dev/ is read while the extractor changes, aside/ (a fifth) only scored; aside-late/ was written after aside/ had been scored once and its misses seen; aside-final/ after aside-late/ had been, and was scored once, at the end. aside-blind/ was written by someone who had not seen the reader and scored once (recall 0.70, precision 0.82, country 14/15, dates 12/15); its misses have since been seen and fixed at their mechanism, so its rows below are a seen figure, no longer an honest one. aside-sealed/ was written the same way and scored once (recall 0.71, precision 0.87, country 15/18, dates 17/18); some of its misses have since been fixed, so its rows below are a seen figure too. aside-last/ was written the same way and scored once (recall 0.64, precision 0.84, country 12/12, dates 9/12); the name finder was then built with its misses in view, so its rows below are a seen figure. aside-next/ was written the same way while the name finder was built, and scored once after the last change to the finder (recall 0.71, precision 0.78, country 12/12, dates 11/12); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-seven/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.84, precision 0.92, country 12/12, dates 12/12); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-eight/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.85, precision 0.80, country 13/15, dates 14/15); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-nine/ was written the same way and scored once (recall 0.89, precision 0.90, country 15/15, dates 13/15); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-ten/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.69, precision 0.78, country 14/16, dates 13/16); some of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-eleven/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.84, precision 0.93, country 15/16, dates 13/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-twelve/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.84, precision 0.88, country 15/16, dates 13/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-thirteen/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.71, precision 0.93, country 16/16, dates 14/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-fourteen/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.77, precision 0.89, country 14/16, dates 12/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-fifteen/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.82, precision 0.84, country 15/16, dates 13/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-sixteen/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.84, precision 0.90, country 14/16, dates 13/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-seventeen/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.86, precision 0.93, country 14/16, dates 15/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-eighteen/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.86, precision 0.95, country 15/16, dates 15/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-nineteen/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.85, precision 0.84, country 13/16, dates 15/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-twenty/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.86, precision 0.88, country 15/16, dates 15/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-twentyone/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.84, precision 0.92, country 14/16, dates 14/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-twentytwo/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.76, precision 0.86, country 16/16, dates 12/16); some of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-twentythree/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.83, precision 0.92, country 14/16, dates 14/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-twentyfour/ was written the same way while those fixes were made, and scored once after the English and Turkish ones (recall 0.61, precision 0.76, country 16/16, dates 15/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-twentyfive/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.74, precision 0.76, country 16/16, dates 14/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-twentysix/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.80, precision 0.91, country 16/16, dates 11/16); some of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-twentyseven/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.76, precision 0.87, country 15/16, dates 13/16); some of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-twentyeight/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.60, precision 0.75, country 14/16, dates 11/16); some of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-twentynine/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.68, precision 0.91, country 14/16, dates 10/16); all but one of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-thirty/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.89, precision 0.94, country 16/16, dates 10/16); some of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-thirtyone/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.81, precision 0.89, country 15/16, dates 13/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-thirtytwo/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.77, precision 0.86, country 14/16, dates 14/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-thirtythree/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.81, precision 0.93, country 14/16, dates 11/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-thirtyfour/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.78, precision 0.83, country 11/16, dates 14/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-thirtyfive/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.80, precision 0.95, country 14/16, dates 14/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-thirtysix/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.74, precision 0.86, country 14/16, dates 10/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-thirtyseven/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.77, precision 0.85, country 15/16, dates 12/16); its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-thirtyeight/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.74, precision 0.89, country 16/16, dates 9/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-thirtynine/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.70, precision 0.78, country 14/16, dates 14/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-forty/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.76, precision 0.88, country 12/16, dates 14/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-fortyone/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.72, precision 0.79, country 13/16, dates 10/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-fortytwo/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.63, precision 0.62, country 14/16, dates 13/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-fortythree/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.72, precision 0.84, country 13/16, dates 12/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-fortyfour/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.71, precision 0.79, country 15/16, dates 13/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-fortyfive/ was written the same way while those fixes were made, and scored once after the last of them (recall 0.62, precision 0.76, country 13/16, dates 11/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-fortysix/ was written the same way while those fixes were made, and scored once before any change made with it in view (recall 0.73, precision 0.75, country 12/16, dates 9/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-fortyseven/ was written the same way while those fixes were made, and scored once before any change made with it in view (recall 0.79, precision 0.90, country 13/16, dates 11/16); most of its misses have since been fixed at their mechanism, so its rows below are a seen figure too. aside-fortyeight/ and aside-fortynine/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-fortyeight: recall 0.77, precision 0.81, country 14/16, dates 13/16; aside-fortynine: recall 0.78, precision 0.84, country 15/16, dates 11/16); most of their misses have since been fixed at their mechanism, so their rows below are a seen figure too. aside-fifty/ and aside-fiftyone/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-fifty: recall 0.79, precision 0.84, country 14/16, dates 13/16; aside-fiftyone: recall 0.68, precision 0.80, country 15/16, dates 14/16); most of their misses have since been fixed at their mechanism, so their rows below are a seen figure too. aside-fiftytwo/ and aside-fiftythree/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-fiftytwo: recall 0.73, precision 0.81, country 16/16, dates 8/16; aside-fiftythree: recall 0.67, precision 0.83, country 15/16, dates 11/16); most of their misses have since been fixed at their mechanism, so their rows below are a seen figure too. aside-fiftyfour/ and aside-fiftyfive/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-fiftyfour: recall 0.78, precision 0.93, country 14/16, dates 14/16; aside-fiftyfive: recall 0.81, precision 0.91, country 15/16, dates 13/16); most of their misses have since been fixed at their mechanism, so their rows below are a seen figure too. aside-fiftysix/ and aside-fiftyseven/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-fiftysix: recall 0.82, precision 0.92, country 15/16, dates 13/16; aside-fiftyseven: recall 0.79, precision 0.86, country 15/16, dates 11/16); most of their misses have since been fixed at their mechanism, so their rows below are a seen figure too. aside-fiftyeight/ and aside-fiftynine/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-fiftyeight: recall 0.89, precision 0.90, country 15/16, dates 15/16; aside-fiftynine: recall 0.86, precision 0.91, country 15/16, dates 15/16); most of their misses have since been fixed at their mechanism, so their rows below are a seen figure too. aside-sixty/ and aside-sixtyone/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-sixty: recall 0.81, precision 0.89, country 15/16, dates 15/16; aside-sixtyone: recall 0.92, precision 0.91, country 15/16, dates 6/16); most of their misses have since been fixed at their mechanism, so their rows below are a seen figure too. aside-sixtytwo/ and aside-sixtythree/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-sixtytwo: recall 0.82, precision 0.93, country 16/16, dates 13/16; aside-sixtythree: recall 0.78, precision 0.85, country 13/16, dates 12/16); some of their misses have since been fixed at their mechanism, so their rows below are a seen figure too. aside-sixtyfour/ and aside-sixtyfive/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-sixtyfour: recall 0.78, precision 0.88, country 16/16, dates 13/16; aside-sixtyfive: recall 0.76, precision 0.91, country 14/16, dates 11/16); some of their misses have since been fixed at their mechanism, so their rows below are a seen figure too. aside-sixtysix/ and aside-sixtyseven/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-sixtysix: recall 0.87, precision 0.85, country 16/16, dates 15/16; aside-sixtyseven: recall 0.68, precision 0.87, country 13/16, dates 15/16); most of their misses have since been fixed at their mechanism, so their rows below are a seen figure too. aside-sixtyeight/ and aside-sixtynine/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-sixtyeight: recall 0.83, precision 0.90, country 13/16, dates 14/16; aside-sixtynine: recall 0.74, precision 0.91, country 16/16, dates 9/16); some of their misses have since been fixed at their mechanism, so their rows below are a seen figure too. aside-seventy/ and aside-seventyone/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-seventy: recall 0.70, precision 0.80, country 15/16, dates 16/16; aside-seventyone: recall 0.62, precision 0.82, country 15/16, dates 8/16); some of their misses have since been fixed at their mechanism, so their rows below are a seen figure too. aside-seventytwo/ and aside-seventythree/ were written the same way, by two writers side by side, and scored once before any change made with them in view (aside-seventytwo: recall 0.86, precision 0.89, country 16/16, dates 15/16; aside-seventythree: recall 0.81, precision 0.92, country 15/16, dates 14/16). Titles and organisations are counted over the counterparts found, exactly as the expected file writes them (the Russian and Turkish files are not all written alike: some keep the country in the title). Reading time: the median of one timed reading per release, after one to warm up (goal: under 200 ms).',
    '',
    ...CORPUS_HEADER,
    ...parts.flat(),
  ].join('\n');
}

const known = [...seedCases(), ...releaseCases(fixtures)];
const unseen = releaseCases(path.join(root, 'db/test/fixtures/press-unseen'));
const section = [
  importScoreSection(
    sumScores(known.map(score)),
    known.length,
    'the two seeds and the fixtures of db/test/fixtures/press, written together with the extractor',
  ),
  importScoreSection(
    sumScores(unseen.map(score)),
    unseen.length,
    'db/test/fixtures/press-unseen, written after the extractor and first scored before any change to it (visit country and dates were then 0.750 each: the Ashgabat release gives its place and date only in its dateline, which the extractor has read since)',
    '###',
  ),
  corpusSection(),
].join('\n\n');
console.log(section);
if (!process.argv.includes('--no-write')) {
  const results = path.join(root, 'bench/RESULTS.md');
  fs.writeFileSync(results, withSection(fs.readFileSync(results, 'utf8'), section));
  console.log(`Written to ${path.relative(root, results)}.`);
}
