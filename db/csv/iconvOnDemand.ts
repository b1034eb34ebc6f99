import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

let loaded: typeof Iconv | undefined;

/** The code-page decoder, loaded on the first file that is not UTF-8: most starts read none. */
export function iconvOnDemand(): typeof Iconv {
  return (loaded ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv);
}
