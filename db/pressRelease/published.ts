import { findDates, isoOf } from './pressDates.js';

// A page's own stamp: the day it was put online, not the day of the visit it tells of.
const STAMP =
  /^\s*(?:Published|Posted|Updated|Last updated|Date of publication|Опубликовано|Дата публикации|Обновлено|Yayın tarihi|Yayınlanma tarihi|Güncelleme tarihi)\s*(?:on\s*)?:?\s*(.+)$/iu;

/** "20.11.2023" → a date findDates can read. */
function numeric(text: string): string | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text.trim());
  if (!m) return null;
  return `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
}

/** The paragraphs without the page's publication stamp, and the stamp's date (ISO) if any. */
export function takePublished(paras: readonly string[]): { paras: string[]; date: string | null } {
  const at = paras.findIndex((p) => STAMP.test(p) && p.length < 80);
  if (at < 0) return { paras: [...paras], date: null };
  const when = STAMP.exec(paras[at] ?? '')?.[1] ?? '';
  const date = numeric(when) ?? findDates(when).map((d) => isoOf(d.start))[0] ?? null;
  return { paras: paras.filter((_, i) => i !== at), date };
}
