import { describe, expect, test } from 'vitest';
import { neutraliseFormula, unescapeFormula } from '../csv/csvCell.js';
import { importCsv } from '../csv/csvImport.js';
import { input, names } from './csvInput.js';
import { tempArchive } from './tempArchive.js';

describe('apostrophes at the start of a cell', () => {
  test('a file’s own apostrophes are kept; only the one that guards a formula is taken away', async () => {
    const { db } = tempArchive();
    const file = "Name\n''Tis\n'-5\n'Tis\n'=1+1\n''=2\n'+3 delegates\n";
    await importCsv(db, input('topics', file), { backup: false });
    expect(names(db, 'topics')).toEqual(["''Tis", "'-5", "'=2", "'Tis", '+3 delegates', '=1+1']);
  });

  test('reading a cell undoes exactly what writing it did', () => {
    const texts = [
      "'Tis",
      "''Tis",
      '-5',
      "'-5",
      '=1+1',
      "'=1+1",
      "''=1",
      '\tx',
      '@a',
      'plain',
      "'",
    ];
    for (const text of texts) expect(unescapeFormula(neutraliseFormula(text))).toBe(text);
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('-5')).toBe('-5');
  });
});
