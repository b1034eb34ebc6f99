import { withDaysWritten } from '../../i18n/dateText.js';
import { currentLanguage, hasMessage, t, type MessageKey } from '../../i18n/messages.js';
import type { PersonMatch } from './matchPeople.js';

/** A counterpart met during a meeting: never the traveller, never someone only mentioned. */
export interface DraftParticipant {
  name: string;
  title: string | null;
  organisation: string | null;
  /** A department inside `organisation` ("Second Asian Department" of a ministry). */
  department: string | null;
  country: string | null;
  /** Set by matchDraft when the archive already holds this person. */
  person_id?: string;
  organisation_id?: string;
  /** Set by matchDraft: the person proposed and why, and everyone else the name may stand for. */
  person_match?: PersonMatch;
  person_choices?: PersonMatch[];
  /** Set by the reviewer: someone the archive does not hold yet, whatever the name matches. */
  new_person?: boolean;
}

export interface DraftPlace {
  city: string | null;
  country: string;
}

/** The traveller, linked like a counterpart to the archive's person the name stands for. */
export interface DraftTraveller {
  name: string;
  title: string | null;
  person_id?: string;
  person_match?: PersonMatch;
  person_choices?: PersonMatch[];
  new_person?: boolean;
}

export interface DraftVisit {
  title: string;
  traveller: DraftTraveller | null;
  places: DraftPlace[];
  /** ISO dates, partial where the text is ("2023-09"). */
  start_date: string | null;
  end_date: string | null;
  /** Set by the reviewer when the release gives no date: the visit is saved without one. */
  date_unknown?: boolean;
}

export interface DraftMeeting {
  date: string | null;
  venue: string | null;
  participants: DraftParticipant[];
  topics: string[];
  outcomes: string[];
  /** How the talks went, in the release's words ("friendly and constructive"). */
  atmosphere?: string | null;
}

export interface DraftEvent {
  title: string;
  date: string | null;
  place: string | null;
}

/**
 * A note of the reader: a catalog message and its values. The key is a plain string once the
 * draft has crossed to a window and back; the reader only writes keys of the catalog.
 */
export interface DraftWarning {
  key: string;
  params?: Record<string, string>;
}

/** A note of the reader, its key checked against the catalog. */
export function warning(key: MessageKey, params?: Record<string, string>): DraftWarning {
  return params ? { key, params } : { key };
}

/** A note in the interface's language; one from another version's catalog as its key. */
export function warningText({ key, params }: DraftWarning): string {
  return hasMessage(key) ? t(key, withDaysWritten(params, currentLanguage())) : key;
}

/** What a press release proposes, for a person to review before anything is saved. */
export interface Draft {
  visit: DraftVisit;
  meetings: DraftMeeting[];
  events: DraftEvent[];
  /** Sentences the extractor used for nothing, so that nothing is silently dropped. */
  unplaced: string[];
  /**
   * What the reader could not read or is unsure of, as catalog messages with their values: the
   * window says them in its language, the command line in English.
   */
  warnings: DraftWarning[];
  /** Paths of the fields the extractor guessed ("visit.start_date", "meetings.2.participants.0.title"). */
  unsure: string[];
  /** The text the draft was read from, kept as the source of every record. */
  source: string;
  /** The release's own date (its dateline's, or the one given), ISO, partial or null. */
  source_date?: string | null;
  /** Set by matchDraft: where each field's words stand in `source`, by the field's path. */
  spans?: Record<string, [number, number][]>;
}

/** What the archive already knows, so that its people and organisations are recognised. */
export interface KnownEntities {
  people?: { name: string; aliases?: string[] }[];
  organisations?: { name: string; acronym?: string | null }[];
  /** The release's own date (ISO), which gives the year to a date written without one. */
  sourceDate?: string | null;
  /**
   * The day the release is read (ISO): when neither the caller nor the text dates the release, a
   * date written without a year is taken in the year that puts it nearest this day.
   */
  readOn?: string | null;
}

/** The day it is where the archive is used, as ISO "YYYY-MM-DD": the day a release is read. */
export function localDay(at: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}
