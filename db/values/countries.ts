import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries/index.js';

/**
 * ISO 3166 countries with their English names. The package's Node entry registers the names of
 * every language it knows (about 80 files read at each start); the archive reads only English.
 */
countries.registerLocale(
  createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as countries.LocaleData,
);

export { countries };
