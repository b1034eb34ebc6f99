import { describe, expect, test } from 'vitest';
import { CHECK_AFTER_QUIET_MS, checkInBackground } from '../check/checkInBackground.js';
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

  test("starts only once the window's reads are quiet, so the first requests have the processor", async () => {
    const file = damagedAtTheEnd();
    let quiet: () => void = () => {};
    const asked: number[] = [];
    const readsQuiet = (forMs: number) => {
      asked.push(forMs);
      return new Promise<void>((resolve) => (quiet = resolve));
    };
    let settled = false;
    const checking = checkInBackground(file, { readsQuiet, atLatestMs: 3_600_000 }).then(
      (damage) => {
        settled = true;
        return damage;
      },
    );
    // A whole check of the same damaged file, started after it, ends while it still waits.
    expect((await checkInBackground(damagedAtTheEnd()))?.code).toBe('archive_corrupt');
    expect(settled).toBe(false);
    expect(asked).toEqual([CHECK_AFTER_QUIET_MS]);
    quiet();
    expect((await checking)?.code).toBe('archive_corrupt');
  });

  test('starts at the latest however busy the reads stay, and not at all once stopped', async () => {
    const never = () => new Promise<void>(() => {});
    const late = await checkInBackground(damagedAtTheEnd(), { readsQuiet: never, atLatestMs: 0 });
    expect(late?.code).toBe('archive_corrupt');
    const stop = new AbortController();
    const stopped = checkInBackground(damagedAtTheEnd(), {
      readsQuiet: never,
      atLatestMs: 3_600_000,
      signal: stop.signal,
    });
    stop.abort();
    expect(await stopped).toBeNull();
  });
});
