/**
 * Every language the interface speaks, by its tag. English is the reference: another language is
 * a folder of catalog files beside `en/` with exactly its keys, added here.
 */
import { en } from './en/index.js';
import { ru } from './ru/index.js';

export type MessageKey = keyof typeof en;

/** A language's messages in ICU MessageFormat: `{name}` fills in a value, `{count, plural, …}`. */
export type Catalog = Readonly<Record<MessageKey, string>>;

export const DEFAULT_LANGUAGE = 'en';

export const CATALOGS: Readonly<Record<string, Catalog>> = { en, ru };
