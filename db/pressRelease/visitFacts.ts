import { findCities, findCountries } from './gazetteer.js';
import { findNames } from './people.js';
import { readRange } from './dateRange.js';
import { findDates, isPastMention, type DateMention } from './pressDates.js';
import type { DraftPlace, DraftVisit } from './draft.js';
import { ANNOUNCEMENT } from './events.js';

// prettier-ignore
const TRAVELLER_ROLE = /\b(?:Secretary General|Executive Director|Secretary-General|Deputy Secretary General|Deputy Executive Director|Head of the Secretariat)\b/;
const VISIT_WORD =
  /\b(?:visit|visited|visiting|arrived|trip|tour)\b|визит|посети|находил|прибыл|пребыва|ziyaret|bulun|temas/iu;

/** The secretariat's head who travels: the first person named with a secretariat title. */
export function findTraveller(sentences: readonly string[]): DraftVisit['traveller'] {
  for (const sentence of sentences.slice(0, 4)) {
    for (const mention of findNames(sentence)) {
      const role = TRAVELLER_ROLE.exec(mention.role);
      if (role) return { name: mention.name, title: role[0] };
    }
  }
  return null;
}

/** Cities and countries the visit went to, from the sentences about the visit and its meetings. */
export function findPlaces(sentences: readonly string[]): DraftPlace[] {
  const places: DraftPlace[] = [];
  for (const sentence of sentences) {
    for (const city of findCities(sentence)) {
      const before = sentence.slice(0, city.index);
      if (/\b(?:signed|summit|held|founded)\b[^.]{0,40}$/i.test(before)) continue;
      if (!places.some((p) => p.city === city.city))
        places.push({ city: city.city, country: city.country });
    }
  }
  if (places.length > 0) return places;
  for (const sentence of sentences) {
    const m = /\bvisit(?:ed)? (?:to )?(?:the )?([A-Z][\w ]+)/.exec(sentence);
    const country = m?.[1] ? findCountries(m[1])[0] : undefined;
    if (country) return [{ city: null, country: country.country }];
  }
  return [];
}

export interface VisitDates {
  start: string | null;
  end: string | null;
  warnings: string[];
  unsure: boolean;
}

/**
 * The visit's dates: the first date of a heading or of a sentence about the visit, else the
 * dateline's date (the day of the release, sure only when the release says "today").
 */
export function findVisitDates(
  headings: readonly string[],
  sentences: readonly string[],
  sourceYear: number | null,
  datelineDate: string | null = null,
): VisitDates {
  let chosen: DateMention | null = null;
  for (const text of [
    ...headings,
    ...sentences.filter((s) => VISIT_WORD.test(s) && !ANNOUNCEMENT.test(s)),
  ]) {
    chosen = findDates(text).find((d) => !isPastMention(text, d) && d.start.day !== null) ?? null;
    if (chosen) break;
  }
  if (!chosen && datelineDate?.length === 10) {
    const today = sentences.some((s) => /\b(?:today|this day)\b/i.test(s));
    const warning = `The text gives no date for the visit but its dateline's, ${datelineDate}: check it.`;
    return {
      start: datelineDate,
      end: datelineDate,
      unsure: !today,
      warnings: today ? [] : [warning],
    };
  }
  if (!chosen) {
    return {
      start: null,
      end: null,
      unsure: true,
      warnings: ['The text gives no date for the visit: enter its dates before saving.'],
    };
  }
  const { start, end, doubt } = readRange(chosen, sourceYear);
  const warnings: string[] = [];
  if (doubt === 'no-year') {
    warnings.push(
      sourceYear === null
        ? `The visit's date "${chosen.text}" has no year: enter the year before saving.`
        : `The visit's date "${chosen.text}" has no year: ${sourceYear}, the year of the source, was taken; check it.`,
    );
  } else if (doubt === 'reversed') {
    warnings.push(
      `The visit's period "${chosen.text}" ends before it starts: check its dates before saving.`,
    );
  } else if (doubt === 'long') {
    warnings.push(
      `The visit's period "${chosen.text}" was read as ${start} to ${end}, across a year end: check its dates before saving.`,
    );
  }
  return { start, end, warnings, unsure: doubt !== null };
}
