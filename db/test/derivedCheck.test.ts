import { expect, test } from 'vitest';
import { derivedProblems } from '../derivedCheck.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

test('finds each kind of damage to a derived structure, and nothing in a sound archive', () => {
  const { db } = tempArchive();
  const visit = create(db, 'visits', { title: 'Визит в Баку', start_date: '2023-05' });
  create(db, 'meetings', { visit_id: visit });
  const person = create(db, 'people', { name: 'Ruslan', aliases: ['Руслан'] });
  const topic = create(db, 'topics', { name: 'Energy' });
  expect(derivedProblems(db)).toEqual([]);
  db.prepare("UPDATE visits SET title_fold = 'x', start_date_hi = '2023-05-30'").run();
  db.prepare('UPDATE visits SET meeting_count = meeting_count + 5').run();
  db.prepare("UPDATE people SET aliases_fold = ''").run();
  db.prepare(
    "INSERT INTO topics_fts (topics_fts, rowid, name, description) SELECT 'delete', rid, name, description FROM topics",
  ).run();
  const found = derivedProblems(db).map((p) => [p.kind, p.table, p.id, p.detail]);
  expect(found).toEqual([
    ['fold', 'visits', visit, 'title_fold is "x", expected "визит в баку"'],
    ['span', 'visits', visit, 'start_date_hi is "2023-05-30", expected "2023-05-31"'],
    ['fold', 'people', person, 'aliases_fold is "", expected "руслан"'],
    ['count', 'visits', visit, 'meeting_count is 6, expected 1'],
    ['fts', 'topics', null, 'topics_fts does not match its records'],
  ]);
  expect(topic).toBeTruthy();
});
