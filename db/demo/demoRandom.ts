import { dayMs } from './demoDays.js';

/**
 * A small seeded random source for the demo archive. The same seed gives the same sequence on
 * every machine and Node version, which is what makes a demo archive reproducible (Math.random
 * cannot be seeded).
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [lo, hi], both included. */
  between(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /**
   * A time-ordered (version 7) UUID for a record of that demo day, its random bits drawn from this
   * source so that ids are reproducible. Ids that grow with the date keep every index on them
   * appended to at its end, which makes a large demo several times cheaper to write.
   */
  uuid(day: number): string;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(n: number): string {
  return HEX[(n >>> 24) & 255]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
}

/** sfc32, seeded through splitmix32 so that nearby seeds give unrelated sequences. */
export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) u32();

  const next = (): number => u32() / 4294967296;
  const int = (n: number): number => Math.floor(next() * n);
  let sequence = 0;
  return {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)]!,
    uuid(day) {
      // Days are far apart in milliseconds; the counter orders the records of one day.
      const ms = dayMs(day) + (sequence++ % 86_400_000);
      const w1 = Math.floor(ms / 65536) >>> 0;
      const w2 = ((ms % 65536) * 65536 + ((u32() & 0x0fff) | 0x7000)) >>> 0;
      const w3 = ((u32() & 0x3fffffff) | 0x80000000) >>> 0;
      const w4 = u32();
      const h2 = hex32(w2);
      const h3 = hex32(w3);
      return `${hex32(w1)}-${h2.slice(0, 4)}-${h2.slice(4)}-${h3.slice(0, 4)}-${h3.slice(4)}${hex32(w4)}`;
    },
  };
}
