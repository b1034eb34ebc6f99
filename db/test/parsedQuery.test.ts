import { expectTypeOf, test } from 'vitest';
import type { ParsedQuery, Query } from '../api.js';
import { compileQuery, parseQuery } from '../query/compileQuery.js';
import { exportCsv, writeCsv } from '../csv/csvExport.js';
import { countRecords, listRecords, plannedQuery, wholeQuery } from '../query/query.js';
import type { ReaderInput } from '../readers/readerProtocol.js';
import { timeline } from '../timeline/timeline.js';

// Checked by the type checker (`npm run typecheck`): a query is parsed once where it comes in,
// and every step after takes the parsed form, so that none of them can be handed a raw one.
test('every step of the query path takes a parsed query, which only a parse makes', () => {
  expectTypeOf(parseQuery).parameter(0).toEqualTypeOf<Query>();
  expectTypeOf(parseQuery).returns.toEqualTypeOf<ParsedQuery>();
  expectTypeOf<Query>().not.toExtend<ParsedQuery>();
  expectTypeOf(compileQuery).parameter(0).toEqualTypeOf<ParsedQuery>();
  for (const step of [listRecords, countRecords, plannedQuery, wholeQuery, timeline]) {
    expectTypeOf(step).parameter(1).toEqualTypeOf<ParsedQuery>();
  }
  expectTypeOf(writeCsv).parameter(1).toEqualTypeOf<ParsedQuery>();
  expectTypeOf(exportCsv).parameter(1).toEqualTypeOf<ParsedQuery>();
  expectTypeOf<ReaderInput['listRecords']>().toEqualTypeOf<ParsedQuery>();
});
