import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { hasMessage } from '../messages.js';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.split(path.sep).includes('test'))
    .map((file) => path.join(folder, file));
}

/** Why the message argument of an ArchiveError is not a catalog key, or null when it is one. */
function notAKey(node: ts.Expression): string | null {
  if (ts.isParenthesizedExpression(node)) return notAKey(node.expression);
  if (ts.isConditionalExpression(node)) return notAKey(node.whenTrue) ?? notAKey(node.whenFalse);
  if (ts.isStringLiteral(node)) return hasMessage(node.text) ? null : `not a key: ${node.text}`;
  // A variable or parameter holding a key is typed MessageKey, which the compiler checks.
  if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) return null;
  return `a sentence built in place: ${node.getText()}`;
}

function offences(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'ArchiveError'
    ) {
      const key = node.arguments?.[1];
      const why = key ? notAKey(key) : 'no message key';
      if (why) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${file}:${line + 1}: ${why}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the archive’s errors', () => {
  it('name a catalog key, never an English sentence written in place', () => {
    const files = ['db', 'cli', 'electron'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(offences)).toEqual([]);
  });
});
