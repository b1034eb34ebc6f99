/**
 * The problems zod finds in an input, as catalog messages: one per kind of issue, naming the field
 * by its label in the field registry (`Start date`, `Дата начала`) where the path ends in a field,
 * else by its path. zod's own English texts never reach a person.
 */
import type { z } from 'zod';
import {
  hasMessage,
  t,
  type MessageKey,
  type MessageList,
  type MessageParams,
  type MessageRef,
} from '../i18n/messages.js';
import type { ProblemDetail } from './contract/errors.js';
import { inputLabelKey, TABLES, VISIT_STATUSES, EVENT_STATUSES } from './tables/index.js';
import type { TableName } from './tables/index.js';

type Issue = z.core.$ZodIssue;

const STATUSES = new Set<string>([...VISIT_STATUSES, ...EVENT_STATUSES]);

/** Quoted as written: a path, a part's name or a code of the API. */
export function quoted(text: string): MessageRef {
  return { key: 'problems.input.quoted', params: { text } };
}

/**
 * The label of the field a path ends in: of `table` when the input names one, else of the first
 * table that has a field of that name. An index or an unknown name is passed over.
 */
function fieldLabel(path: readonly PropertyKey[], table?: TableName): MessageRef | null {
  for (const part of [...path].reverse()) {
    if (typeof part !== 'string') continue;
    for (const candidate of table ? [table, ...TABLES] : TABLES) {
      const key = inputLabelKey(candidate, part);
      if (key !== undefined && hasMessage(key)) return { key };
    }
  }
  return null;
}

/** A query's lists, each item counted from one: "Condition 2", "Sort key 1". */
const QUERY_LISTS: Readonly<Record<string, MessageKey>> = {
  where: 'problems.path.where',
  sort: 'problems.path.sort',
};
/** The parts of a condition or a sort key. */
const QUERY_ITEM_PARTS: Readonly<Record<string, MessageKey>> = {
  field: 'problems.path.field',
  op: 'problems.path.op',
  value: 'problems.path.value',
  dir: 'problems.path.dir',
};
/** A query's single values. */
const QUERY_VALUES: Readonly<Record<string, MessageKey>> = {
  limit: 'problems.path.limit',
  offset: 'problems.path.offset',
  search: 'problems.path.search',
};

/**
 * A path into a query said in words ("Condition 1, operator" for `where.0.op`), or null for a
 * path of any other shape, which is quoted as written.
 */
function queryPart(path: readonly PropertyKey[]): MessageRef | null {
  const [top, index, part, ...rest] = path;
  if (typeof top !== 'string' || rest.length > 0) return null;
  if (path.length === 1 && Object.hasOwn(QUERY_VALUES, top)) return { key: QUERY_VALUES[top]! };
  if (!Object.hasOwn(QUERY_LISTS, top)) return null;
  const list = QUERY_LISTS[top]!;
  if (index === undefined) return { key: list, params: { n: 'all' } };
  if (typeof index !== 'number') return null;
  const item: MessageRef = { key: list, params: { n: index + 1 } };
  if (part === undefined) return item;
  if (typeof part !== 'string' || !Object.hasOwn(QUERY_ITEM_PARTS, part)) return null;
  return {
    key: 'problems.path.within',
    params: { outer: item, inner: { key: QUERY_ITEM_PARTS[part]! } },
  };
}

/** What the problem is about: the field's label, the query's part, the path, or the whole. */
function subject(path: readonly PropertyKey[], table?: TableName): MessageRef {
  if (path.length === 0) return { key: 'problems.input.whole' };
  return fieldLabel(path, table) ?? queryPart(path) ?? quoted(path.map(String).join('.'));
}

/** One value a choice takes: a table or a status in the interface's words, else as written. */
export function choice(value: unknown): string | MessageRef {
  const text = String(value);
  if ((TABLES as readonly string[]).includes(text)) {
    return { key: 'problems.input.table', params: { table: text } };
  }
  if (STATUSES.has(text)) return { key: `status.${text}` as MessageKey };
  return quoted(text);
}

/** Names as written, listed in the language's way: `“a”, “b” or “c”`. */
export function quotedList(names: readonly string[], join: 'and' | 'or' = 'or'): MessageList {
  return { list: names.map(quoted), join };
}

/** A problem at `path`, said by the catalog message `key`; `message` in the process's language. */
export function problemAt(
  path: string,
  key: MessageKey,
  params: MessageParams = {},
): ProblemDetail {
  return { path, key, params, message: t(key, params) };
}

/** A listed problem as a message to fill into a refusal; a problem without one as "not valid". */
export function problemRef(detail: ProblemDetail | undefined): MessageRef {
  if (detail?.key !== undefined && hasMessage(detail.key)) {
    return { key: detail.key, params: detail.params as MessageParams | undefined };
  }
  return { key: 'problems.input.invalid', params: { field: { key: 'problems.input.whole' } } };
}

/** A field named by its query name, by its label when a table has one, else as written. */
export function fieldNamed(name: string, table?: TableName): MessageRef {
  return fieldLabel([name], table) ?? quoted(name);
}

/** The catalog message for one issue, with its values. */
function messageOf(issue: Issue, field: MessageRef): MessageRef {
  // A schema may name its own message by a catalog key, said with the field's label.
  if (hasMessage(issue.message)) return { key: issue.message, params: { field } };
  switch (issue.code) {
    case 'invalid_type':
      return { key: 'problems.input.type', params: { field, expected: issue.expected } };
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string')
        return { key: 'problems.input.tooLong', params: { field, max } };
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { key: 'problems.input.tooMany', params: { field, max } };
      }
      return { key: 'problems.input.tooLarge', params: { field, max } };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      const counted = ['string', 'array', 'set'].includes(issue.origin);
      if (counted && min <= 1) return { key: 'problems.input.empty', params: { field } };
      if (issue.origin === 'string')
        return { key: 'problems.input.tooShort', params: { field, min } };
      if (counted) return { key: 'problems.input.tooFew', params: { field, min } };
      return { key: 'problems.input.tooSmall', params: { field, min } };
    }
    case 'not_multiple_of':
      return { key: 'problems.input.notWhole', params: { field } };
    case 'invalid_value':
      return {
        key: 'problems.input.notOneOf',
        params: { field, choices: { list: issue.values.map(choice), join: 'or' } },
      };
    case 'unrecognized_keys':
      return {
        key: 'problems.input.unknownParts',
        params: {
          field,
          count: issue.keys.length,
          names: { list: issue.keys.map(quoted), join: 'and' },
        },
      };
    case 'invalid_format':
      return { key: 'problems.input.form', params: { field } };
    case 'custom': {
      const key: unknown = issue.params?.key;
      if (typeof key === 'string' && hasMessage(key)) return { key };
      return { key: 'problems.input.invalid', params: { field } };
    }
    default:
      return { key: 'problems.input.invalid', params: { field } };
  }
}

/** An issue as a problem a person can read, in the English of the CLI and in any language. */
export function inputProblem(issue: Issue, table?: TableName, prefix = ''): ProblemDetail {
  const { key, params } = messageOf(issue, subject(issue.path, table));
  return problemAt(prefix + issue.path.map(String).join('.'), key, params);
}

/** Every issue of a refused input, each said as a catalog message. */
export function inputProblems(error: z.ZodError, table?: TableName, prefix = ''): ProblemDetail[] {
  return error.issues.map((issue) => inputProblem(issue, table, prefix));
}

/** The table an input names, when it names one, for labelling its fields. */
export function tableOf(input: unknown): TableName | undefined {
  if (typeof input !== 'object' || input === null || !('table' in input)) return undefined;
  const { table } = input as { table: unknown };
  return (TABLES as readonly unknown[]).includes(table) ? (table as TableName) : undefined;
}
