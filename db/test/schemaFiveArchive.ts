import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../migrate.js';
import { openArchive } from '../open/open.js';
import { create, testContext } from './fixtures.js';

const CITIES = ['Tashkent', 'Ташкент', 'Almaty', 'İstanbul', 'Bishkek', 'Dushanbe', "Xi'an"];
const VENUES = ['Ministry of Foreign Affairs', 'Ақорда', 'Hotel "Rixos"', 'Palace of Peace'];

/**
 * An archive as version 5 of the schema left it (migrations 1 to 5 only), holding `meetings`
 * meetings and a visit for every fourth: what an upgrade to version 6 finds. Written in `dir`,
 * beside a folder of those five migrations.
 */
export function schemaFiveArchive(dir: string, meetings: number): string {
  const v5 = path.join(dir, 'migrations-v5');
  fs.mkdirSync(v5);
  for (const name of fs.readdirSync(MIGRATIONS_DIR).filter((n) => /^000[1-5]_/.test(n))) {
    fs.copyFileSync(path.join(MIGRATIONS_DIR, name), path.join(v5, name));
  }
  const file = path.join(dir, 'archive.db');
  const db = openArchive(file, { create: true, migrationsDir: v5 });
  try {
    const ctx = testContext();
    const day = (i: number) => new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10);
    db.transaction(() => {
      for (let i = 0; i < meetings; i++) {
        const city = CITIES[i % CITIES.length];
        const venue = i % 5 === 0 ? undefined : VENUES[i % VENUES.length];
        create(db, 'meetings', { date: day(i), city, ...(venue ? { venue } : {}) }, ctx);
        if (i % 4 === 0) {
          create(db, 'visits', { title: `Visit ${i} to ${city}`, city, start_date: day(i) }, ctx);
        }
      }
    })();
  } finally {
    db.close();
  }
  return file;
}
