import { extractDraft } from '../pressRelease/extractDraft.js';
import './warmReader.js';

/** The names of everyone the reader finds met in a release, meeting by meeting. */
export function met(text: string): string[] {
  return extractDraft(text).meetings.flatMap((m) => m.participants.map((p) => p.name));
}

/** The title and body of everyone the reader finds met, by name. */
export function roles(text: string): Array<[string, string | null, string | null]> {
  return extractDraft(text).meetings.flatMap((m) =>
    m.participants.map((p): [string, string | null, string | null] => [
      p.name,
      p.title,
      p.organisation,
    ]),
  );
}

/** A Russian release's opening: the head of a federal agency visits a city (in the accusative). */
export const russianVisit = (city: string): string =>
  `3 июня руководитель Федерального агентства Иван Смирнов посетил ${city}. `;
