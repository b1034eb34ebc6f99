import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { TABLES } from '../api.js';
import { extractDraft } from '../pressRelease/extractDraft.js';
import { saveDraft } from '../pressRelease/saveDraft.js';
import { relatedRecords } from '../records/relatedRecords.js';
import { deleteRecords, redo, saveRecord, undo, writableFields } from '../write/write.js';
import { create, refusal, snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';
import './warmReader.js';

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
const seed2021 = fs.readFileSync(path.join(seeds, '003_a7feb157c563fc41.txt'), 'utf8');

function links(db: Database): string[] {
  return (
    db.prepare('SELECT entity, entity_id, source_id FROM source_links').all() as {
      entity: string;
      entity_id: string;
      source_id: string;
    }[]
  )
    .map((l) => `${l.entity} ${l.entity_id} ${l.source_id}`)
    .sort();
}

const SOURCED = ['visits', 'meetings', 'people', 'organisations', 'events'] as const;

describe("a record's sources", () => {
  test('are a set of visits, meetings, people, organisations and events only', () => {
    for (const table of TABLES) {
      expect(writableFields(table).includes('source_ids'), table).toBe(
        (SOURCED as readonly string[]).includes(table),
      );
    }
  });

  test('are saved, listed with the record, and undone and redone with it', () => {
    const { db } = tempArchive();
    const minutes = create(db, 'sources', {
      title: 'Minutes',
      date: '2023-05-02',
      kind: 'minutes',
    });
    const release = create(db, 'sources', { title: 'Press release', date: '2023-05-01' });
    const values = {
      visits: { title: 'Visit' },
      meetings: { date: '2023-05-02' },
      people: { name: 'Person' },
      organisations: { name: 'Organisation' },
      events: { title: 'Summit' },
    };
    for (const table of SOURCED) {
      const id = create(db, table, { ...values[table], source_ids: [minutes, release, minutes] });
      expect(relatedRecords(db, table, id).sources, table).toEqual([
        { id: release, title: 'Press release', date: '2023-05-01', kind: null },
        { id: minutes, title: 'Minutes', date: '2023-05-02', kind: 'minutes' },
      ]);
      saveRecord(db, { table, id, values: { source_ids: [release] } });
      const one = links(db);
      expect(one.filter((l) => l.startsWith(`${table} `))).toEqual([`${table} ${id} ${release}`]);
      undo(db);
      expect(relatedRecords(db, table, id).sources).toHaveLength(2);
      redo(db);
      expect(links(db)).toEqual(one);
      undo(db);
      undo(db);
      expect(links(db).filter((l) => l.startsWith(`${table} `))).toEqual([]);
      redo(db);
      redo(db);
      expect(links(db)).toEqual(one);
    }
  });

  test('must be live sources of the archive: otherwise the save is refused whole', () => {
    const { db } = tempArchive();
    const trashed = create(db, 'sources', { title: 'Withdrawn' });
    deleteRecords(db, { table: 'sources', ids: [trashed] });
    const before = snapshot(db);
    const error = refusal(() =>
      saveRecord(db, { table: 'people', values: { name: 'P', source_ids: [trashed, 'ghost'] } }),
    );
    expect(error.code).toBe('validation_failed');
    expect(error.details).toMatchObject([
      {
        path: 'values.source_ids.0',
        message: `Sources: the source ${trashed} is in the trash. Restore it first, or choose another.`,
      },
      {
        path: 'values.source_ids.1',
        message: 'Sources: there is no source with the id ghost in the archive.',
      },
    ]);
    expect(
      refusal(() => saveRecord(db, { table: 'people', values: { name: 'P', source_ids: 'x' } }))
        .details,
    ).toMatchObject([
      { path: 'values.source_ids', message: 'Sources must be a list of ids (at most 1000).' },
    ]);
    expect(snapshot(db)).toBe(before);
  });

  test('undoing a create takes its links away', () => {
    const { db } = tempArchive();
    const source = create(db, 'sources', { title: 'Release' });
    create(db, 'events', { title: 'Forum', source_ids: [source] });
    undo(db);
    expect(links(db)).toEqual([]);
  });
});

describe('a press release import', () => {
  test('names its source on the visit, meetings and events; undo and redo keep the links', () => {
    const { db } = tempArchive();
    const saved = saveDraft(db, extractDraft(seed2021));
    const imported = links(db);
    expect(imported).toHaveLength(4);
    expect(imported).toContain(`visits ${saved.visitId} ${saved.sourceId}`);
    for (const id of saved.meetingIds)
      expect(imported).toContain(`meetings ${id} ${saved.sourceId}`);
    expect(relatedRecords(db, 'visits', saved.visitId).sources).toMatchObject([
      { id: saved.sourceId, kind: 'press release' },
    ]);
    undo(db);
    expect(links(db)).toEqual([]);
    redo(db);
    expect(links(db)).toEqual(imported);
  });
});
