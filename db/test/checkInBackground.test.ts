import { describe, expect, test } from 'vitest';
import { checkInBackground } from '../check/checkInBackground.js';
import { openArchive } from '../open/open.js';
import { damagedAtTheEnd } from './damagedArchive.js';
import { tempArchive } from './tempArchive.js';

describe('the full check of an archive', () => {
  test('finds nothing wrong with a sound archive', async () => {
    const { db, file } = tempArchive();
    db.close();
    expect(await checkInBackground(file)).toBeNull();
  });

  test('is not run by opening, and finds damage on a thread of its own', async () => {
    const file = damagedAtTheEnd();
    // Opening reads no more than the schema, whatever the archive's size.
    openArchive(file).close();
    const damage = await checkInBackground(file);
    expect(damage?.code).toBe('archive_corrupt');
    expect(damage?.message).toMatch(
      new RegExp(`^The archive ${file} is damaged \\(.+\\)\\. Restore it from a backup; `, 's'),
    );
  });
});
