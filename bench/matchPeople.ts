/**
 * How long linking a release's people takes when the names must be compared across scripts, in
 * an archive of many people: `npx tsx bench/matchPeople.ts [people]` (20,000 unless given), in a
 * temporary archive removed afterwards. The first name read builds the Latin keys of every
 * person once per draft; the release here names two people, one found, one not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openArchive } from '../db/open/open.js';
import { extractDraft } from '../db/pressRelease/extractDraft.js';
import { matchDraft } from '../db/pressRelease/matchDraft.js';
import { timeRuns } from './timing.js';

const people = Number(process.argv[2] ?? 20_000);
const RELEASE = `Москва, 18 сентября 2025 года

Генеральный секретарь СВМДА Кайрат Сарыбай провёл переговоры с Министром иностранных дел Российской Федерации Сергеем Лавровым и с Заместителем Министра Иваном Петровским.`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'match-bench-'));
try {
  const db = openArchive(path.join(dir, 'archive.db'), { create: true });
  const insert = db.prepare(
    `INSERT INTO people (id, name, name_fold, aliases, aliases_fold, created_at, updated_at)
     VALUES (?, ?, lower(?), '[]', '', '2025-01-01', '2025-01-01')`,
  );
  const first = ['Anna', 'Boris', 'Chen', 'Dilnoza', 'Emre', 'Farid', 'Galina', 'Hiroshi'];
  const last = ['Ivanova', 'Kim', 'Nurlanov', 'Yilmaz', 'Rahimov', 'Sato', 'Popescu', 'Haddad'];
  db.transaction(() => {
    for (let i = 0; i < people; i++) {
      const name = `${first[i % 8]} ${last[(i >> 3) % 8]}${i}`;
      insert.run(`p${i}`, name, name);
    }
    insert.run('lavrov', 'Sergey Lavrov', 'Sergey Lavrov');
  })();
  const draft = extractDraft(RELEASE);
  const timing = timeRuns(() => matchDraft(db, draft), 15, 2);
  const linked = matchDraft(db, draft).meetings.flatMap((m) =>
    m.participants.map((p) => p.person_id),
  );
  console.log(
    `${people} people: matchDraft median ${timing.median.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms, processor time median ${timing.cpuMedian.toFixed(1)} ms (${timing.runs} runs); linked ${JSON.stringify(linked)}`,
  );
  db.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
