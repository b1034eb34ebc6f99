import type { Random } from '../demo/demoRandom.js';

/** A well-formed input per method, for payloads that differ from a valid one in one place. */
export const VALID_INPUTS: Record<string, unknown> = {
  listRecords: { table: 'visits', where: [{ field: 'title', op: 'contains', value: 'a' }] },
  countRecords: { table: 'meetings', sort: [{ field: 'date', dir: 'desc' }], limit: 5 },
  timeline: { table: 'visits', search: 'astana' },
  getRecord: { table: 'people', id: '00000000-0000-4000-8000-000000000000' },
  saveRecord: { table: 'visits', values: { title: 'Visit' } },
  deleteRecords: { table: 'visits', ids: ['00000000-0000-4000-8000-000000000000'] },
  restoreRecords: { table: 'topics', ids: ['00000000-0000-4000-8000-000000000000'] },
  undo: {},
  redo: {},
  stats: {},
  loadDemo: { visits: 10, seed: 1 },
};

const SQL_NAMES = [
  "title'; DROP TABLE visits; --",
  'title) OR 1=1 --',
  '"id"',
  'rowid',
  'sqlite_master',
  '(SELECT 1)',
  'title/**/',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
];

const STRINGS = [
  '',
  ' ',
  '\u0000',
  'null',
  '%',
  '*',
  '\uD800',
  'Ре\u0301зник',
  "' OR '1'='1",
  'x'.repeat(65),
  'y'.repeat(100_001),
  ...SQL_NAMES,
];

const NUMBERS = [0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -0, 1e308, Number.NaN, Infinity, -Infinity];

function randomString(random: Random): string {
  if (random.chance(0.7)) return random.pick(STRINGS);
  const length = random.int(200);
  return Array.from({ length }, () => String.fromCharCode(random.int(0x3000))).join('');
}

/** A JSON-like value of any shape, sometimes nested deeply, sometimes with prototype keys. */
export function randomValue(random: Random, depth = 0): unknown {
  const kind = random.int(depth > 4 ? 6 : 10);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return random.chance(0.5);
    case 3:
      return random.pick(NUMBERS);
    case 4:
    case 5:
      return randomString(random);
    case 6:
      return Array.from({ length: random.int(5) }, () => randomValue(random, depth + 1));
    case 7:
      return Object.fromEntries(
        Array.from({ length: random.int(5) }, () => [
          random.chance(0.5) ? random.pick(SQL_NAMES) : randomString(random),
          randomValue(random, depth + 1),
        ]),
      );
    case 8:
      // What JSON.parse makes of a key that assignment would treat as the prototype.
      return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}}');
    default: {
      let nested: unknown = randomValue(random, 5);
      for (let i = random.int(5000); i > 0; i--)
        nested = random.chance(0.5) ? [nested] : { a: nested };
      return nested;
    }
  }
}

function clone(value: unknown): unknown {
  return structuredClone(value);
}

/** `valid` with one place changed: a value replaced, a key added or removed, a name made SQL. */
export function mutate(random: Random, valid: unknown): unknown {
  const copy = clone(valid);
  if (copy === null || typeof copy !== 'object') return randomValue(random);
  const holders: Record<string, unknown>[] = [];
  const walk = (value: unknown) => {
    if (value && typeof value === 'object') {
      holders.push(value as Record<string, unknown>);
      for (const child of Object.values(value)) walk(child);
    }
  };
  walk(copy);
  const holder = random.pick(holders);
  const keys = Object.keys(holder);
  const action = random.int(4);
  if (action === 0 || keys.length === 0) holder[random.pick(SQL_NAMES)] = randomValue(random);
  else if (action === 1) delete holder[random.pick(keys)];
  else if (action === 2) holder[random.pick(keys)] = random.pick(SQL_NAMES);
  else holder[random.pick(keys)] = randomValue(random);
  return copy;
}

/** A malformed payload for a method: a random shape, or a valid input changed in one place. */
export function fuzzPayload(random: Random, method: string): unknown {
  const valid = VALID_INPUTS[method];
  return valid !== undefined && random.chance(0.6) ? mutate(random, valid) : randomValue(random);
}
