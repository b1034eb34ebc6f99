import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a fixture press release must yield: the visit's country and dates, and who was met. */
export interface PressExpectation {
  country: string;
  start_date: string | null;
  end_date: string | null;
  cities?: string[];
  meeting_dates?: (string | null)[];
  warning?: string;
  counterparts: {
    name: string;
    title: string | null;
    organisation: string | null;
    department?: string;
  }[];
}

export interface PressFixture {
  name: string;
  text: string;
  expected: PressExpectation;
}

export const pressFixtureDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'press',
);

/** The fixture press releases, each beside the JSON of what it must yield. */
export function pressFixtures(): PressFixture[] {
  return fs
    .readdirSync(pressFixtureDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.txt$/, ''),
      text: fs.readFileSync(path.join(pressFixtureDir, file), 'utf8'),
      expected: JSON.parse(
        fs.readFileSync(path.join(pressFixtureDir, file.replace(/\.txt$/, '.json')), 'utf8'),
      ) as PressExpectation,
    }));
}
