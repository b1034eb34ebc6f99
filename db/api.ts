/**
 * The Archive API: the only things a user interface can ask of the archive.
 *
 * Every host (Electron IPC, web mode over HTTP, the CLI) validates its input against
 * `apiInputSchemas` before touching the archive, and answers with an `ApiResult`: a value, or a
 * typed error a person can read. This file holds types and schemas only, so that the renderer can
 * import it without pulling in Node or SQLite.
 */

export * from './contract/tables.js';
export * from './contract/query.js';
export * from './contract/records.js';
export * from './contract/timeline.js';
export * from './contract/backup.js';
export * from './contract/csv.js';
export * from './contract/pressRelease.js';
export * from './contract/views.js';
export * from './contract/errors.js';
export * from './contract/methods.js';
export {
  API_METHODS,
  METHOD_TABLE,
  methodsWhere,
  type MethodFacts,
  type ReaderApiMethod,
} from './contract/methodTable.js';

export { countryCodeOf, countryDisplayName, matchCountries } from './values/countryMatch.js';
export { EVENT, VISIT } from './timeline/timelineFields.js';
