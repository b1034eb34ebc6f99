import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import { QuerySchema, type Query } from '../api.js';
import { MIGRATIONS_DIR } from '../migrate.js';
import { openArchive } from '../open/open.js';
import { listRecords, plannedQuery } from '../query/query.js';
import { compileQuery, type CompileOptions } from '../query/compileQuery.js';
import { checkArchive } from '../check/stats.js';
import { saveRecord, undo } from '../write/write.js';
import { create } from './fixtures.js';
import { spellingKeys } from '../values/spellings.js';
import { tempArchive, tempDir, track } from './tempArchive.js';

function found(db: Database, query: Query): string[] {
  const { rows, total } = listRecords(db, QuerySchema.parse(query));
  const ids = rows.map((r) => String(r.id)).sort();
  expect(total, JSON.stringify(query)).toBe(ids.length);
  return ids;
}

const side = (person: string, s = 'counterpart') => ({ person_id: person, side: s });

/** Two travellers, three meetings with people written in one script only. */
function archive(db: Database) {
  const sarsenov = create(db, 'people', {
    name: 'Daniyar Sarsenov',
    aliases: ['Данияр Сарсенов'],
  });
  const other = create(db, 'people', { name: 'Aigerim Nurlanova' });
  const shamaliev = create(db, 'people', { name: 'Шамалиев Тимур' });
  const danenko = create(db, 'people', { name: 'Даненко' });
  const rudenko = create(db, 'people', { name: 'Andrei Rudenko' });
  const v1 = create(db, 'visits', { title: 'Visit to Astana', traveller_id: sarsenov });
  const v2 = create(db, 'visits', { title: 'Visit to Almaty', traveller_id: sarsenov });
  create(db, 'visits', { title: 'Visit to Bishkek', traveller_id: other });
  const m1 = create(db, 'meetings', {
    date: '2023-01-10',
    participants: [side(shamaliev), side(sarsenov, 'secretariat')],
  });
  const m2 = create(db, 'meetings', { date: '2023-02-10', participants: [side(danenko)] });
  const m3 = create(db, 'meetings', { date: '2023-03-10', participants: [side(rudenko)] });
  return { sarsenov, shamaliev, danenko, v1, v2, m1, m2, m3 };
}

describe('the keys of a spelling', () => {
  test('meet across the systems and the common English forms', () => {
    const same = [
      ['Дмитрий', 'Dmitriy', 'Dmitry', 'Dmitri', 'Dmitrij'],
      ['Рахалиев', 'Rakhaliev', 'Rahaliyev', 'Rakhaliyev'],
      ['Жанибек', 'Zhanibek', 'Janibek'],
      ['Ерлан', 'Yerlan', 'Erlan'],
      ['Смирнов', 'Smirnov', 'Smirnoff', 'Smirnow'],
      ['Тоқаев', 'Tokayev', 'Toqaev', 'Tokaev'],
      ['Çavuşoğlu', 'Cavusoglu', 'Chavushoglu'],
    ];
    for (const forms of same) {
      const [first, ...others] = forms.map(spellingKeys);
      for (const [i, keys] of others.entries()) {
        expect(
          keys.some((k) => first!.includes(k)),
          `${forms[0]} / ${forms[i + 1]}`,
        ).toBe(true);
      }
    }
    expect(spellingKeys('Smirnov')).not.toEqual(spellingKeys('Smirnova'));
  });
});

describe('a person found by any spelling', () => {
  test('visits by their traveller in another script, and by a spelling nobody typed', () => {
    const { db } = tempArchive();
    const a = archive(db);
    const visits = [a.v1, a.v2].sort();
    for (const search of ['Сарсенов', 'Sarsenov', 'Sarsenow', 'данияр сарсенов', 'Сарсе']) {
      expect(found(db, { table: 'visits', search }), search).toEqual(visits);
    }
    for (const value of ['Сарсенов', 'Sarsenow']) {
      const where = [{ field: 'traveller', op: 'contains', value }] as const;
      expect(found(db, { table: 'visits', where: [...where] }), value).toEqual(visits);
    }
    // Words of the record and of its traveller together.
    expect(found(db, { table: 'visits', search: 'Сарсенов Astana' })).toEqual([a.v1]);
    expect(found(db, { table: 'visits', search: 'Сарсенов Bishkek' })).toEqual([]);
  });

  test('meetings by the names of everyone who took part, in any script', () => {
    const { db } = tempArchive();
    const a = archive(db);
    for (const search of ['Шамалиев', 'Shamaliev', 'Shamaliyev', 'shamal']) {
      expect(found(db, { table: 'meetings', search }), search).toEqual([a.m1]);
    }
    expect(found(db, { table: 'meetings', search: 'Rudenko' })).toEqual([a.m3]);
    expect(found(db, { table: 'meetings', search: 'Руденко' })).toEqual([a.m3]);
    // The secretariat's side took part too.
    expect(found(db, { table: 'meetings', search: 'Сарсенов' })).toEqual([a.m1]);
  });

  test('counterparts contains another spelling of the name the record holds', () => {
    const { db } = tempArchive();
    const a = archive(db);
    for (const value of ['Danenko', 'Даненко', 'danenk']) {
      const where = [{ field: 'counterparts', op: 'contains', value }] as const;
      expect(found(db, { table: 'meetings', where: [...where] }), value).toEqual([a.m2]);
    }
  });

  test('people by a transliteration of their name, and follow a rename and its undo', () => {
    const { db } = tempArchive();
    const a = archive(db);
    expect(found(db, { table: 'people', search: 'Shamaliyev' })).toEqual([a.shamaliev]);
    const where = [{ field: 'name', op: 'contains', value: 'Danenko' }] as const;
    expect(found(db, { table: 'people', where: [...where] })).toEqual([a.danenko]);
    saveRecord(db, { table: 'people', id: a.danenko, values: { name: 'Petrenko' } });
    expect(found(db, { table: 'meetings', search: 'Danenko' })).toEqual([]);
    expect(found(db, { table: 'meetings', search: 'Петренко' })).toEqual([a.m2]);
    undo(db);
    expect(found(db, { table: 'meetings', search: 'Danenko' })).toEqual([a.m2]);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });

  test('Latin letters with and without their diacritics', () => {
    const { db } = tempArchive();
    const id = create(db, 'people', { name: 'Mevlüt Çavuşoğlu', aliases: ['Тоқаев'] });
    for (const search of ['Cavusoglu', 'Chavushoglu', 'Çavuşoğlu', 'Tokayev', 'Toqaev']) {
      expect(found(db, { table: 'people', search }), search).toEqual([id]);
    }
  });
});

describe('the plans of a search naming someone', () => {
  test('walking the order (a person of many records) finds and counts what reading them does', () => {
    const { db } = tempArchive();
    const a = archive(db);
    const run = (table: 'visits' | 'meetings', search: string, options: CompileOptions) => {
      const c = compileQuery(QuerySchema.parse({ table, search }), options);
      const ids = db.prepare(c.sql).all(...c.params) as { id: string }[];
      const count = db.prepare(c.countSql).get(...c.countParams) as { count: number };
      return { ids: ids.map((r) => r.id).sort(), count: count.count };
    };
    for (const [table, search, expected] of [
      ['visits', 'Sarsenow', [a.v1, a.v2].sort()],
      ['meetings', 'Шамалиев', [a.m1]],
      ['meetings', 'Sarsenov 2023', []],
    ] as const) {
      for (const options of [
        {},
        { broadSearch: true },
        { broadSearch: true, personPhrases: [0] },
      ]) {
        expect(run(table, search, options), `${search} ${JSON.stringify(options)}`).toEqual({
          ids: expected,
          count: expected.length,
        });
      }
    }
  });

  test("walking the meetings tests each one's own participants, however many people are named", () => {
    const { db } = tempArchive();
    archive(db);
    const c = compileQuery(QuerySchema.parse({ table: 'meetings', search: 'Шамалиев' }), {
      broadSearch: true,
      personPhrases: [0],
    });
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN ${c.sql}`)
      .all(...c.params)
      .map((row) => String((row as { detail: string }).detail));
    // One seek per meeting into its own participants (the search's test, and the counterparts
    // column), not one per person named into theirs.
    expect(plan.filter((detail) => /\bmp\b/.test(detail))).toEqual([
      'SEARCH mp USING INDEX meeting_participants_meeting (meeting_id=?)',
      'SEARCH mp USING INDEX meeting_participants_meeting (meeting_id=?)',
    ]);
  });
});

describe('planning a search naming someone', () => {
  test('a few thousand matches of text and links together are read and sorted, not walked for', () => {
    const { db } = tempArchive();
    const kasymov = create(db, 'people', { name: 'Nurbol Kasymov', aliases: ['Нурбол Касымов'] });
    const ids: string[] = [];
    db.transaction(() => {
      for (let i = 0; i < 1500; i++) {
        ids.push(
          create(db, 'meetings', {
            date: `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
            summary: i % 5 ? `Talks with Kasymov, round ${i}` : `Talks on water, round ${i}`,
            participants: i % 3 === 0 ? [side(kasymov)] : [],
          }),
        );
      }
    })();
    const query = QuerySchema.parse({ table: 'meetings', search: 'Kasymov', limit: 50 });
    const c = plannedQuery(db, query);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN ${c.sql}`)
      .all(...c.params)
      .map((row) => String((row as { detail: string }).detail));
    // More text matches than make a text search broad (1,200, and 100 meetings linked only),
    // far fewer than the sort's index would be walked through for a page.
    expect(plan.some((detail) => detail.includes('USING INDEX meetings_date'))).toBe(false);
    const page = listRecords(db, query).rows.map((r) => String(r.id));
    const walked = compileQuery(query, { broadSearch: true, personPhrases: [0] });
    expect(page).toEqual(
      (db.prepare(walked.sql).all(...walked.params) as { id: string }[]).map((r) => r.id),
    );
    expect(page).toHaveLength(50);
  });
});

describe('upgrading a version 4 archive', () => {
  test('indexes the spellings of the people it holds', () => {
    const dir = tempDir();
    const v4 = path.join(dir, 'migrations-v4');
    fs.mkdirSync(v4);
    for (const name of fs.readdirSync(MIGRATIONS_DIR).filter((n) => /^000[1-4]_/.test(n))) {
      fs.copyFileSync(path.join(MIGRATIONS_DIR, name), path.join(v4, name));
    }
    const file = path.join(dir, 'archive.db');
    const old = openArchive(file, { create: true, migrationsDir: v4 });
    old
      .prepare(
        `INSERT INTO people (id, name, name_fold, aliases, aliases_fold, created_at, updated_at)
         VALUES ('p1', 'Даненко', 'даненко', '[]', '', 'x', 'x')`,
      )
      .run();
    old.close();
    const db = track(openArchive(file));
    expect(found(db, { table: 'people', search: 'Danenko' })).toEqual(['p1']);
    expect(found(db, { table: 'people', search: 'Даненко' })).toEqual(['p1']);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });
});
