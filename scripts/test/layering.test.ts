import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** The import rule's complaints about `source` as if it were the file at `file`. */
async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

/** Each line, alone in a file at `file`, draws one complaint of the import rule. */
async function expectEachRefused(file: string, lines: string[]): Promise<void> {
  for (const line of lines) expect(await restricted(file, `${line}\n`), line).toHaveLength(1);
}

describe('the layering rules', () => {
  test('db/ may not import Electron, React or the hosts', async () => {
    expect(
      await restricted('db/x.ts', "import { app } from 'electron';\nexport { app };\n"),
    ).toHaveLength(1);
    expect(await restricted('db/x.ts', "export { x } from '../cli/serve.js';\n")).toHaveLength(1);
    expect(await restricted('db/x.ts', "export { x } from '../electron/main.js';\n")).toHaveLength(
      1,
    );
    expect(await restricted('db/x.ts', "export { x } from 'react';\n")).toHaveLength(1);
    expect(await restricted('db/x.ts', "export { fold } from './fold.js';\n")).toEqual([]);
  });

  test('the renderer may not import Node, SQLite, Electron or the archive itself', async () => {
    const refused = [
      "import fs from 'node:fs';",
      "import fs from 'fs';",
      "import { join } from 'path/posix';",
      "import Database from 'better-sqlite3';",
      "import { ipcRenderer } from 'electron';",
      "import { openArchive } from '../db/open.js';",
      "import { listRecords } from '../../db/query/query.js';",
    ];
    await expectEachRefused('renderer/visits/x.ts', refused);
    expect(
      await restricted('renderer/x.ts', "import { openArchive } from '../db/open.js';\n"),
    ).toHaveLength(1);
  });

  test('the renderer may import the API contract', async () => {
    const allowed = "import type { Query } from '../db/api.js';\nexport type Q = Query;\n";
    expect(await restricted('renderer/x.ts', allowed)).toEqual([]);
    expect(await restricted('renderer/visits/x.ts', allowed.replace('../', '../../'))).toEqual([]);
  });

  test('a leaf widget imports no screen, no shell and no other renderer folder', async () => {
    const refused = [
      "export { VisitsSection } from '../visits/VisitsSection.js';",
      "export { App } from '../app/App.js';",
      "export { RecordGrid } from '../grid/RecordGrid.js';",
      "export { archive } from '../api.js';",
    ];
    await expectEachRefused('renderer/components/x.ts', refused);
    const allowed = [
      "export type { Row } from '../../db/api.js';",
      "export { t } from '../messages.js';",
      "import '../styles/dialog.css';",
      "export { Popover } from './Popover.js';",
      "export { useState } from 'react';",
    ];
    expect(await restricted('renderer/components/x.ts', `${allowed.join('\n')}\n`)).toEqual([]);
  });

  test('the hosts may not import the renderer', async () => {
    const line = "export { App } from '../renderer/App.js';\n";
    expect(await restricted('electron/x.ts', line)).toHaveLength(1);
    expect(await restricted('cli/x.ts', line)).toHaveLength(1);
  });
});
