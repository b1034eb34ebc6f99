import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CSV_ENCODINGS, MATCH_REASONS, TABLE_FIELDS } from '../../db/api.js';

import { EVENT_STATUSES, TABLES, VISIT_STATUSES } from '../../db/tables/index.js';
import { SECTIONS } from '../../renderer/app/sections.js';
import { COUNT_KINDS } from '../../renderer/pressRelease/draftCounts.js';
import { REGIONS } from '../../renderer/timeline/regions.js';
import { CATALOGS, DEFAULT_LANGUAGE } from '../catalogs.js';

const root = path.resolve(import.meta.dirname, '../..');
const catalog = CATALOGS[DEFAULT_LANGUAGE]!;
const keys = Object.keys(catalog);

const OPS = ['create', 'update', 'delete', 'restore'];

/**
 * Every place the code builds a key from a prefix and a value (`nav.${section}`): the values it
 * builds it from, read from the code's own lists where there is one. A key counts as used when it
 * is written out in the code or is one of these; each one listed here must be in the catalog.
 */
const BUILT: Record<string, readonly string[]> = {
  'nav.': SECTIONS,
  'status.': [...new Set([...VISIT_STATUSES, ...EVENT_STATUSES])],
  // A field's label by its name, where the registry's own label is not at hand.
  'field.': [...new Set(Object.values(TABLE_FIELDS).flatMap((fields) => Object.keys(fields)))]
    .flatMap((name) => [name, name.replace(/_id$/, '')])
    .filter((name) => Object.hasOwn(catalog, `field.${name}`)),
  'change.noun.': TABLES,
  'change.op.': [...OPS, 'import'],
  'history.op.': OPS,
  // The tables whose records are counted by name; others say "records".
  'stats.': TABLES.filter((table) => Object.hasOwn(catalog, `stats.${table}`)),
  'import.done.': TABLES,
  'import.encodingName.': CSV_ENCODINGS,
  'import.delimiter.': ['comma', 'semicolon', 'tab'],
  'backups.kind.': [
    'daily',
    'manual',
    'pre-import',
    'pre-empty-trash',
    'pre-restore',
    'pre-migration',
  ],
  'forms.new.': ['visits', 'meetings', 'people', 'organisations', 'events'],
  'forms.side.': ['counterpart', 'secretariat', 'other'],
  'merge.pick.': ['people', 'organisations'],
  'merge.links.': ['positions', 'meetings', 'visits', 'departments', 'events'],
  'pressRelease.kind.': ['person', 'place', 'date', 'topic', 'other'],
  'pressRelease.why.': MATCH_REASONS,
  'pressRelease.count.': COUNT_KINDS,
  'timeline.region.': REGIONS,
  'timeline.lanes.': ['one', 'country', 'region', 'traveller'],
  'timeline.op.': ['contains', 'in', 'before', 'after', 'between', 'empty', 'notEmpty'],
};

/** Strings that begin like a key but are paths of values or names of stored settings. */
const NOT_MESSAGES = new Set(['meetings.', 'events.', 'columns.', 'table.']);

/** The program's own source: what runs, not its tests, scripts or the catalogs themselves. */
function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .filter((file) => !file.split(path.sep).includes('test'))
    .filter((file) => folder !== 'i18n' || !/^(en|ru)\//.test(file))
    .map((file) => path.join(folder, file));
}

interface Found {
  /** Keys written out whole in a string. */
  literal: Set<string>;
  /** Strings built from a prefix that begins a key, with where each is. */
  built: Map<string, string[]>;
}

/** A template tagged `String.raw` is a pattern's source, never a message's key. */
function rawText(node: ts.TemplateExpression): boolean {
  const parent = node.parent;
  return ts.isTaggedTemplateExpression(parent) && parent.tag.getText() === 'String.raw';
}

function scan(files: readonly string[]): Found {
  const found: Found = { literal: new Set(), built: new Map() };
  const known = new Set(keys);
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (known.has(node.text)) found.literal.add(node.text);
      } else if (ts.isTemplateExpression(node) && !rawText(node)) {
        const head = node.head.text;
        if (head !== '' && keys.some((key) => key.startsWith(head))) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          const at = found.built.get(head) ?? [];
          found.built.set(head, [...at, `${file}:${line + 1}: ${node.getText()}`]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const found = scan(['renderer', 'db', 'cli', 'electron', 'i18n'].flatMap(sourceFiles));

describe('the catalog’s keys', () => {
  it('are each used by the program, written out or built from a listed value', () => {
    const built = new Set(
      Object.entries(BUILT).flatMap(([prefix, values]) => values.map((v) => prefix + v)),
    );
    const unused = keys.filter((key) => !found.literal.has(key) && !built.has(key));
    expect(unused).toEqual([]);
  });

  it('are built in place only from a prefix listed with its values', () => {
    const unlisted = [...found.built]
      .filter(([head]) => !Object.hasOwn(BUILT, head) && !NOT_MESSAGES.has(head))
      .flatMap(([, where]) => where);
    expect(unlisted).toEqual([]);
  });

  it('listed as built are in the catalog, and each listed prefix is still built', () => {
    const missing = Object.entries(BUILT).flatMap(([prefix, values]) =>
      values.map((v) => prefix + v).filter((key) => !Object.hasOwn(catalog, key)),
    );
    expect(missing).toEqual([]);
    const stale = Object.keys(BUILT).filter((prefix) => !found.built.has(prefix));
    expect(stale).toEqual([]);
  });
});
