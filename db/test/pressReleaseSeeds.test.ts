import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { warningText } from '../pressRelease/draft.js';
import { extractDraft } from '../pressRelease/extractDraft.js';
import './warmReader.js';

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
const read = (name: string) => fs.readFileSync(path.join(seeds, name), 'utf8');

function people(text: string) {
  return extractDraft(text).meetings.map((m) =>
    m.participants.map((p) => [p.name, p.title, p.department ?? p.organisation]),
  );
}

describe('the seed press releases', () => {
  test('the 2023 Moscow visit: six meetings with their titles, ministries and departments', () => {
    const text = read('000_569c24b8db26957e.txt');
    const draft = extractDraft(text);
    expect(draft.visit.traveller).toEqual({ name: 'Kairat Sarybay', title: 'Secretary General' });
    expect(draft.visit.places).toEqual([{ city: 'Moscow', country: 'RU' }]);
    expect(draft.visit.start_date).toBeNull();
    expect(draft.warnings.map(warningText).join(' ')).toMatch(/no date/);
    const mfa = 'Ministry of Foreign Affairs of the Russian Federation';
    expect(people(text)).toEqual([
      [['Andrey Rudenko', 'Deputy Minister of Foreign Affairs', mfa]],
      [['Alexey Ovchinnikov', 'Director', 'Asian and Pacific Cooperation Department']],
      [['Aleksandr Pankin', 'Deputy Foreign Minister', mfa]],
      [['Mikhail Bogdanov', 'Deputy Minister of Foreign Affairs', mfa]],
      [['Zamir Kabulov', 'Director', 'Second Asian Department']],
      [['Mikhail Myasnikovich', 'Chairman of the Board', 'Eurasian Economic Commission']],
    ]);
    const kabulov = draft.meetings[4]?.participants[0];
    expect(kabulov?.organisation).toBe(mfa);
    expect(draft.meetings[5]?.venue).toBe('EEC headquarters');
    expect(draft.meetings[5]?.outcomes.join(' ')).toMatch(/agreement was reached/);
    expect(draft.events.map((e) => e.title)).toContain('Youth Council meeting');
    expect(draft.events[0]?.date).toBe('2023-09');
  });

  test('the 2021 Moscow visit: its dates, three meetings, and the founder praised is not met', () => {
    const text = read('003_a7feb157c563fc41.txt');
    const draft = extractDraft(text);
    expect(draft.visit.traveller).toEqual({ name: 'Kairat Sarybay', title: 'Executive Director' });
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2021-02-22', '2021-02-23']);
    expect(people(text)).toEqual([
      [
        [
          'Alexander Lukin',
          'Director',
          'Centre for East Asian and Shanghai Cooperation Organization Studies',
        ],
      ],
      [
        [
          'Vladimir Yakunin',
          'Supervisory Board Chairman',
          'Dialogue of Civilizations Research Institute',
        ],
      ],
      [['Alexander Sedov', 'Director', 'State Museum of Oriental Art']],
    ]);
    const names = draft.meetings.flatMap((m) => m.participants.map((p) => p.name)).join(' ');
    expect(names).not.toMatch(/Gorchakov|Nazarbayev|Sarybay/);
  });
});
