import { afterEach, describe, expect, test, vi } from 'vitest';
import { localDay, warningText } from '../pressRelease/draft.js';
import { extractDraft } from '../pressRelease/extractDraft.js';
import { callApi, createHandlers } from '../service.js';
import { tempArchive } from './tempArchive.js';
import './warmReader.js';

const MET =
  'the Director of the Steppe Crafts Foundation Aigerim Sultanbekova visited Baku and met with Rector of the Caspian Arts Academy Rauf Mammadli.';

function visitOf(text: string, readOn?: string) {
  const draft = extractDraft(text, readOn ? { readOn } : {});
  return { ...draft.visit, warnings: draft.warnings, unsure: draft.unsure };
}

describe('a date written without a year, in a release that gives none', () => {
  test('is taken in the year of the day it is read, and the draft says so', () => {
    const visit = visitOf(`From 30 November to 2 December ${MET}`, '2026-12-06');
    expect([visit.start_date, visit.end_date]).toEqual(['2026-11-30', '2026-12-02']);
    expect(visit.unsure).toContain('visit.start_date');
    const note = visit.warnings.find((w) => w.key === 'pressRelease.warning.yearNearReadDay');
    expect(note?.params).toMatchObject({ year: '2026', readOn: '2026-12-06' });
    expect(warningText(note!)).toContain('read on 6 Dec 2026');
  });

  test('read early in a year, a visit of late last year keeps last year', () => {
    const visit = visitOf(`From 30 November to 2 December ${MET}`, '2027-01-10');
    expect([visit.start_date, visit.end_date]).toEqual(['2026-11-30', '2026-12-02']);
  });

  test('read late in a year, a visit planned for January is next year’s', () => {
    const visit = visitOf(`From 5 to 7 January ${MET}`, '2026-12-20');
    expect([visit.start_date, visit.end_date]).toEqual(['2027-01-05', '2027-01-07']);
  });

  test('read in December, a visit of March is this year’s: a release tells mostly of the past', () => {
    const visit = visitOf(`On 5 March ${MET}`, '2026-12-06');
    expect(visit.start_date).toBe('2026-03-05');
  });

  test('a year the release gives wins over the day it is read', () => {
    const visit = visitOf(`BAKU, 4 March 2024 – From 3 to 5 March ${MET}`, '2026-12-06');
    expect([visit.start_date, visit.end_date]).toEqual(['2024-03-03', '2024-03-05']);
    expect(visit.warnings.map((w) => w.key)).not.toContain('pressRelease.warning.yearNearReadDay');
  });

  test('read with no day given, it still asks for the year', () => {
    const visit = visitOf(`From 30 November to 2 December ${MET}`);
    expect(visit.start_date).toBeNull();
    expect(visit.warnings.map((w) => w.key)).toContain('pressRelease.warning.noYear');
  });
});

describe('the archive reading a release', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('gives a yearless date the year of the day the reviewer reads it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 10, 12, 0));
    expect(localDay()).toBe('2027-01-10');
    const { db, file } = tempArchive();
    const read = await callApi(createHandlers(db, file), 'readPressRelease', {
      text: `From 30 November to 2 December ${MET}`,
    });
    if (!read.ok) throw new Error(read.error.message);
    expect([read.value.visit.start_date, read.value.visit.end_date]).toEqual([
      '2026-11-30',
      '2026-12-02',
    ]);
  });
});
