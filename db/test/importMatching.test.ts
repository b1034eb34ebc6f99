import { describe, expect, test } from 'vitest';
import { importCsv, previewCsvImport } from '../csv/csvImport.js';
import { mergeRecords } from '../write/mergeRecords.js';
import { extractDraft } from '../pressRelease/extractDraft.js';
import { matchDraft } from '../pressRelease/matchDraft.js';
import { saveDraft } from '../pressRelease/saveDraft.js';
import { input } from './csvInput.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';
import './warmReader.js';

const RELEASE =
  'The Secretary General of CICA Ambassador Kairat Sarybay paid a working visit to Ankara on 5 March 2024, where he was received by Deputy Minister of Foreign Affairs of Türkiye Ahmet Yildiz.';

/** The organisation the release names, merged into another: its name is now an other spelling. */
function mergedMinistry() {
  const { db } = tempArchive();
  const kept = create(db, 'organisations', { name: 'MFA of Türkiye', country: 'TR' });
  const merged = create(db, 'organisations', {
    name: 'MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF TÜRKIYE',
  });
  mergeRecords(db, { table: 'organisations', keepId: kept, mergeId: merged });
  return { db, kept };
}

const liveOrganisations = (db: ReturnType<typeof tempArchive>['db']) =>
  db.prepare('SELECT id FROM organisations WHERE deleted_at IS NULL').pluck().all();

describe('every import finds people and organisations by every name they go by', () => {
  test('a press release links an organisation merged under another name, whatever its case', () => {
    const { db, kept } = mergedMinistry();
    const draft = matchDraft(db, extractDraft(RELEASE));
    expect(draft.meetings[0]?.participants[0]?.organisation_id).toBe(kept);
    saveDraft(db, draft);
    expect(liveOrganisations(db)).toEqual([kept]);
  });

  test('saving an unmatched draft also finds the merged organisation, and does not re-create it', () => {
    const { db, kept } = mergedMinistry();
    saveDraft(db, extractDraft(RELEASE));
    expect(liveOrganisations(db)).toEqual([kept]);
  });

  test('a press release finds an organisation by its acronym', () => {
    const { db } = tempArchive();
    const osce = create(db, 'organisations', {
      name: 'Organization for Security and Co-operation in Europe',
      acronym: 'OSCE',
    });
    saveDraft(
      db,
      extractDraft(
        'The Secretary General of CICA Ambassador Kairat Sarybay paid a working visit to Vienna on 5 March 2024, where he met Secretary General of the OSCE Helga Schmid.',
      ),
    );
    expect(liveOrganisations(db)).toEqual([osce]);
  });

  test('CSV import finds an organisation by acronym or other spelling, and a name before either', async () => {
    const { db } = tempArchive();
    const osce = create(db, 'organisations', {
      name: 'Organization for Security and Co-operation in Europe',
      acronym: 'OSCE',
      aliases: ['ОБСЕ'],
    });
    create(db, 'organisations', { name: 'Secretariat', aliases: ['OSCE Office'] });
    const office = create(db, 'organisations', { name: 'OSCE Office' });
    const events = previewCsvImport(
      db,
      input('events', 'Title,Organiser\nForum,osce\nCouncil,обсе\nSummit,Nobody\n'),
    );
    expect(events.problems.map((p) => [p.line, p.field])).toEqual([[4, 'Organiser']]);
    await importCsv(
      db,
      input('events', 'Title,Organiser\nForum,osce\nCouncil,обсе\nTalks,OSCE Office\n'),
      {
        backup: false,
      },
    );
    const organisers = db.prepare('SELECT organiser_id FROM events ORDER BY title').pluck().all();
    expect(organisers).toEqual([osce, osce, office]);
  });
});
