import fs from 'node:fs';
import path from 'node:path';
import { ArchiveError } from '../errors.js';
import { htmlToText } from './cleanText.js';

/** The Word reader and its dependencies load only when a document is read: most runs read none. */
async function wordReader() {
  return (await import('mammoth')).default;
}

/** The text of a Word (.docx) document sent as base64. */
export async function docxText(base64: string): Promise<string> {
  const mammoth = await wordReader();
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(base64, 'base64') });
    return value;
  } catch {
    throw new ArchiveError('invalid_input', 'errors.readPressRelease.fileNotRead');
  }
}

/** The text of a press release file: plain text, an HTML page, or a Word (.docx) document. */
export async function readPressRelease(file: string): Promise<string> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.docx') {
    const { value } = await (await wordReader()).extractRawText({ path: file });
    return value;
  }
  if (ext === '.txt' || ext === '.text' || ext === '') return fs.readFileSync(file, 'utf8');
  if (ext === '.html' || ext === '.htm') return htmlToText(fs.readFileSync(file, 'utf8'));
  throw new ArchiveError('invalid_input', 'errors.readPressRelease.notPressRelease', {
    name: path.basename(file),
  });
}
