import { describe, expect, test } from 'vitest';
import { fileNameOf } from '../fileNameOf.js';

describe('fileNameOf', () => {
  test('takes the name of an archive from a Windows, macOS or Linux path', () => {
    expect(fileNameOf('C:\\Users\\staff\\Documents\\Visits 2024.db')).toBe('Visits 2024.db');
    expect(fileNameOf('/Users/staff/Archive/archive.db')).toBe('archive.db');
    expect(fileNameOf('archive.db')).toBe('archive.db');
  });
});
