import { config } from 'zod';

// zod compiles its object parsers with `new Function` when it may, and probes for that when a
// schema is built; the page's policy refuses eval, so the probe logged a refusal on every load.
// Imported first by main.tsx: the setting is read when db/api.ts builds its schemas.
config({ jitless: true });
