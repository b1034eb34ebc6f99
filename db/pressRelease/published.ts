import { findDates, isoOf } from './pressDates.js';

// A page's own stamp: the day it was put online, not the day of the visit it tells of.
// It may follow the place of issue, on the line above it: "Vienna / Published: 6 October 2025".
// "Issued on 2 December 2026 by the Secretariat, Geneva" is one too, and so is "Issued by the
// Ministry of Trade, 4 December 2026." The place may have its country after a comma: "Castries,
// Saint Lucia / Issued: 4 December 2026". So may the issuing office, of a few words: "Türkiye
// Yazma Eserler Kurumu Başkanlığı / Yayın tarihi: 4 Aralık 2026".
const STAMP =
  /^\s*(?:(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,5}(?:,\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?)\s+)?(?:Published|Posted|Issued(?=\s+on\b|\s*:|\s+by\s[^.;]{3,70},\s*\d{1,2}\s+\p{L}+\s+\d{4}\.?\s*$)|Updated|Last updated|Date of publication|Опубликовано|Дата публикации|Обновлено|Yayın(?:lanma)?(?: tarihi)?|Güncelleme(?: tarihi)?)\s*(?:on\s*)?:?\s*(.+)$/iu;

// The release's number on the line above the stamp, which the paragraph joins to it: "Press
// Release No. 27/2026 / Issued on 1 December 2026", "Release No: 7 / Posted: …", "No. 31 / …".
const RELEASE_NUMBER =
  /^\s*((?:(?:Press|PRESS|News|NEWS|Media|MEDIA)\s+)?(?:Release|RELEASE|Statement|STATEMENT)?\s*(?:No|NO|Nr)\.?\s*:?\s*[\w/.-]*\d[\w/.-]*)\s+(?=\p{Lu})/u;

/** "20.11.2023" → a date findDates can read. */
function numeric(text: string): string | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text.trim());
  if (!m) return null;
  return `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
}

// A ministry's numbered release opens with its number, its date and its subject on one line:
// "No: 245, 4 Ekim 2023, … Ziyareti Hk." ("hakkında", about). The date is the release's.
const NUMBERED = /^\s*No\s*:\s*\d+\s*,\s*([^,]{6,30}?\d{4})\s*,\s*(.+?)(?:\s+Hk\.)?\s*$/u;

// The parts of a page's heading line set off by bars or dots: "News item | 04-12-2026 | Ministry
// of Foreign Affairs", "Press release · 4 December 2026".
const PARTS = /\s+[|·•]\s+/u;

/** The date of a part of a heading line that is a date alone: the day the page was put out. */
function partDate(line: string): { date: string; rest: string } | null {
  if (line.length >= 120) return null;
  const parts = line.split(PARTS);
  if (parts.length < 2) return null;
  const at = parts.findIndex((part) => {
    const dates = findDates(part);
    return dates.length === 1 && dates[0]?.text.trim() === part.trim();
  });
  const when = at < 0 ? undefined : findDates(parts[at] ?? '')[0];
  if (!when?.start.year || when.start.day === null || when.end) return null;
  const date = isoOf(when.start);
  const rest = parts.filter((_, i) => i !== at).join(' | ');
  return date ? { date, rest } : null;
}

/** The paragraphs without the page's publication stamp, and the stamp's date (ISO) if any. */
export function takePublished(paras: readonly string[]): { paras: string[]; date: string | null } {
  const parted = paras.slice(0, 3).findIndex((p) => partDate(p) !== null);
  if (parted >= 0) {
    const { date, rest } = partDate(paras[parted] ?? '')!;
    // The other parts (the kind of page, the office) stay as a heading.
    return { paras: paras.map((p, i) => (i === parted ? rest : p)), date };
  }
  const numbered = paras.findIndex((p) => NUMBERED.test(p));
  if (numbered >= 0 && numbered < 3) {
    const [, when = '', subject = ''] = NUMBERED.exec(paras[numbered] ?? '') ?? [];
    const date = findDates(when).map((d) => isoOf(d.start))[0] ?? null;
    // The subject stays as the release's heading.
    if (date) return { paras: paras.map((p, i) => (i === numbered ? subject : p)), date };
  }
  // A place before the stamp is capitalised, and so is the stamp's word after it: "The
  // Secretariat published its report" is a sentence (the pattern ignores case).
  const stamped = (written: string) => {
    const p = written.replace(RELEASE_NUMBER, '');
    const m = STAMP.exec(p);
    if (!m || p.length >= 80) return false;
    const after = p
      .trimStart()
      .slice(m[1]?.length ?? 0)
      .trimStart();
    return !m[1] || (/^\p{Lu}/u.test(m[1]) && /^\p{Lu}/u.test(after));
  };
  const at = paras.findIndex(stamped);
  if (at < 0) return { paras: [...paras], date: null };
  const number = RELEASE_NUMBER.exec(paras[at] ?? '')?.[1];
  const [, place, when = ''] = STAMP.exec((paras[at] ?? '').replace(RELEASE_NUMBER, '')) ?? [];
  const date = numeric(when) ?? findDates(when).map((d) => isoOf(d.start))[0] ?? null;
  // The place of issue stays, as a dateline with no date; so does the release's number.
  const kept = [number, place].filter((k): k is string => Boolean(k));
  return { paras: paras.flatMap((p, i) => (i !== at ? [p] : kept)), date };
}

// A date and, it may be, its hour at the end of a line: "… Ankara, 4 Aralık 2026", "… 27.05.2026 15:20",
// "…, 4 декабря 2026 г." (the year's word after it).
const HOUR_AT_END = /^\s*(?:г\.|года)?[\s,.]*(?:\d{1,2}:\d{2}\s*)?$/u;
const NUMERIC_AT_END = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+\d{1,2}:\d{2})?\s*$/u;
// The same stamp, with its hour, before the office's name: "27.05.2026 15:20 Пресс-служба …".
const NUMERIC_AT_START = /^\s*\d{1,2}\.\d{1,2}\.\d{4},?\s+\d{1,2}:\d{2}\s+\p{Lu}/u;

/**
 * A line with its words in capitals written with a capital first only ("MINISTRY OF TRADE ACCRA
 * 16 OCTOBER 2026" → "Ministry Of Trade Accra 16 October 2026"), each word as long as before.
 */
function capitalsFolded(line: string): string {
  return line.replace(/\p{L}+/gu, (word) => {
    if (/\p{Ll}/u.test(word)) return word;
    const rest = word.slice(1).toLocaleLowerCase(/[İŞĞ]/u.test(word) ? 'tr' : 'en');
    return rest.length === word.length - 1 ? word.charAt(0) + rest : word;
  });
}

/**
 * The day that ends the paragraphs closing a release (its office, its town, the day it was put
 * out), ISO, or null: "Ministry of Trade Colombo 27 November 2026", "Пресс-служба 27.05.2026 15:20".
 */
export function closingDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const numbered = NUMERIC_AT_END.exec(line);
    if (numbered) return numeric(numbered[0]);
    if (NUMERIC_AT_START.test(line)) return numeric(line);
    const last = findDates(line).at(-1) ?? findDates(capitalsFolded(line)).at(-1);
    if (!last || last.start.year === null || last.start.day === null) continue;
    if (HOUR_AT_END.test(line.slice(last.index + last.text.length))) return isoOf(last.start);
  }
  return null;
}

// A note of the release updated, its day and a colon before it, on its own line or after the
// line of issue: "UPDATE, 5 December 2026: the visit has been moved …", «Обновлено 5 декабря
// 2026 г.: поездка продлена …». It tells how the release changed, and its day is no visit's.
// The day may follow the word and its colon, its hour after it, and a dash open the note:
// "Güncelleme: 5 Aralık 2026, 15.40 – Ziyaret bir gün uzatılarak …"; or a dash, and its hour
// before the colon: "GÜNCELLEME – 5 Aralık 2026, 11.20: Dönüş uçuşu …"; or in brackets, its
// hour after it: "GÜNCELLEME (30 Kasım 2026, 18.40): Program bir gün uzatıldı …". The day after
// the colon may be written in numbers: "Güncelleme: 27.11.2026, 10.15 – Bilgi eklendi." A note of
// correction is one too: "Correction, 1 December 2026: an earlier version of this release …".
const UPDATE_NOTE =
  /(?<![\p{L}])(?:UPDATED?|Updated?|CORRECTION|Correction|ОБНОВЛЕНО|Обновлено|Обновление|GÜNCELLEME|Güncelleme|Güncellendi)(?![\p{L}])(?:(?:,?\s*|\s+[–—-]\s+)(?:on\s+)?([^:.]{4,30}?(?:\s+г\.)?)(?:,?\s+\d{1,2}[:.]\d{2})?\s*:|:\s*([^:.–—]{4,30}?(?:\s+г\.)?|\d{1,2}\.\d{1,2}\.\d{4})(?:,?\s+\d{1,2}[:.]\d{2})?\s+[–—]|\s*\(([^():.]{4,30}?(?:\s+г\.)?)(?:,?\s+\d{1,2}[:.]\d{2})?\)\s*:)\s+(?=\S)/u;

// A note of update with no day of its own, its word and a colon opening the paragraph:
// «Обновление: визит сокращён …», "Update: the visit has been extended …". It stays in the text,
// which may name people met in it.
const UPDATE_OPENING =
  /^\s*(?:UPDATE|Update|ОБНОВЛЕНИЕ|Обновление|GÜNCELLEME|Güncelleme)\s*:\s+(?=\S)/u;

/**
 * Whether a heading's lines end on the day the release was put out, a year with it: "… Haber /
 * Duyuru — Ankara, 26 Kasım 2026". A note of update may follow them, however long they are.
 */
function issueLine(text: string): boolean {
  if (text.length >= 160 || /[.!?]$/u.test(text)) return false;
  const last = findDates(text).at(-1);
  if (last === undefined || last.start.year === null) return false;
  return text.slice(last.index + last.text.length).trim() === '';
}

/** The paragraphs without the release's notes of update, and what each says after its day. */
export function takeUpdateNotes(paras: readonly string[]): { paras: string[]; notes: string[] } {
  const notes: string[] = [];
  const kept = paras.flatMap((p) => {
    const m = UPDATE_NOTE.exec(p);
    const before = m ? p.slice(0, m.index).trim() : '';
    if (
      !m ||
      (before.length >= 80 && !issueLine(before)) ||
      findDates(m[1] ?? m[2] ?? m[3] ?? '').length === 0
    ) {
      const opening = UPDATE_OPENING.exec(p);
      if (opening) notes.push(p.slice(opening[0].length));
      return [p];
    }
    notes.push(p.slice(m.index + m[0].length));
    return before ? [before] : [];
  });
  return { paras: kept, notes };
}
