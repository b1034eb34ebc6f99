import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { derivedProblems } from '../../db/check/derivedCheck.js';
import { generateDemo } from '../../db/demo/demo.js';
import { DEMO_TABLES } from '../../db/demo/demoWriter.js';
import { newArchive, schema } from '../../db/test/demoArchive.js';
import { copyScript } from '../shellCopy.js';

// The generation yardstick's script runs here through better-sqlite3: the same SQLite the
// yardstick is compiled from, so a statement it refuses is refused here too.
test('the generation yardstick copies a demo archive whole, with every derived table made again', () => {
  const source = newArchive();
  generateDemo(source, { visits: 40, seed: 7 });
  const target = newArchive();
  const sourceFile = source.name;
  const targetFile = target.name;
  const shape = schema(target);
  target.close();

  const copy = new Database(targetFile);
  copy.exec(copyScript(sourceFile, targetFile));

  for (const table of DEMO_TABLES) {
    const count = (db: Database.Database) =>
      db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([table, count(copy)]).toEqual([table, count(source)]);
  }
  expect(derivedProblems(copy)).toEqual([]);
  expect(schema(copy)).toEqual(shape);
  copy.close();
});
