import { describe, expect, test } from 'vitest';
import { warningText } from '../pressRelease/draft.js';
import { extractDraft } from '../pressRelease/extractDraft.js';
import { matchDraft } from '../pressRelease/matchDraft.js';
import { saveRecord } from '../write/write.js';
import { tempArchive } from './tempArchive.js';
import './warmReader.js';

const NO_YEAR =
  'On 5 March the Secretary General of CICA Ambassador Kairat Sarybay, on a working visit to Ankara, was received by Deputy Minister of Foreign Affairs of Türkiye Ahmet Yildiz.';

describe('press releases: the cases a reader must be told about', () => {
  test('a date without a year takes the source date’s year, and says so', () => {
    const draft = extractDraft(NO_YEAR, { sourceDate: '2024-03-06' });
    expect(draft.visit.start_date).toBe('2024-03-05');
    expect(draft.warnings.map(warningText).join(' ')).toMatch(
      /no year: 2024, the year of the source/,
    );
    expect(draft.unsure).toContain('visit.start_date');
  });

  test('without a source date the year is asked for and the date left empty', () => {
    const draft = extractDraft(NO_YEAR);
    expect(draft.visit.start_date).toBeNull();
    expect(draft.warnings.map(warningText).join(' ')).toMatch(/enter the year/);
  });

  test('pasted HTML is read as its text', () => {
    const draft = extractDraft(
      '<div><h2>CICA in Ankara</h2><p>' + NO_YEAR.replace('Türkiye', 'T&uuml;rkiye') + '</p></div>',
    );
    expect(draft.visit.title).toBe('CICA in Ankara');
    expect(draft.meetings[0]?.participants[0]?.name).toBe('Ahmet Yildiz');
  });

  test('a text that names no one met says so instead of inventing a meeting', () => {
    const draft = extractDraft('The Secretariat published its annual report on regional security.');
    expect(draft.meetings).toEqual([]);
    expect(draft.warnings.map(warningText).join(' ')).toMatch(/names no one met/);
    expect(draft.unplaced).toHaveLength(1);
  });

  test('a person the archive knows under an alias is linked', () => {
    const { db } = tempArchive();
    const saved = saveRecord(db, {
      table: 'people',
      values: { name: 'Akhmet Yyldyz', aliases: ['Ahmet Yildiz'] },
    });
    const draft = matchDraft(db, extractDraft(NO_YEAR));
    expect(draft.meetings[0]?.participants[0]?.person_id).toBe(saved.record.id);
  });
});
