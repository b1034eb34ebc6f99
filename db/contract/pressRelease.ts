/** A press release read into a draft, reviewed, and saved as one action. */
import * as z from 'zod';
import { PARTIAL_DATE_PATTERN } from './query.js';

const draftText = z.string().max(2000);
const draftTextOrNull = draftText.nullable();
const draftDate = z.string().regex(PARTIAL_DATE_PATTERN).nullable();
const draftCountry = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .nullable();

/** Why a draft proposes an archive's person for a name (pressRelease/matchPeople.ts). */
export const MATCH_REASONS = [
  'name',
  'alias',
  'initial',
  'spelling',
  'spellingInitial',
  'surname',
  /** Picked by the reviewer. */
  'chosen',
] as const;
const personMatch = z.strictObject({
  id: z.string().max(64),
  name: draftText,
  reason: z.enum(MATCH_REASONS),
  alias: draftText.optional(),
});
/** Where in the release's text a field's value was read: [start, end) character offsets. */
const spans = z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])).max(50);

/**
 * A note of the reader on the release ("no date found"), as a catalog message and its values, so
 * that each window says it in its own language.
 */
const draftWarning = z.strictObject({
  key: z.string().max(200),
  params: z.record(z.string().max(50), draftText).optional(),
});

/** A press release read into records, for a person to review before it is saved. */
export const PressReleaseDraftSchema = z.strictObject({
  visit: z.strictObject({
    title: draftText.min(1),
    traveller: z
      .strictObject({
        name: draftText.min(1),
        title: draftTextOrNull,
        /** The archive's person the traveller is, and why, as for the people met. */
        person_id: z.string().max(64).optional(),
        person_match: personMatch.optional(),
        person_choices: z.array(personMatch).max(20).optional(),
        new_person: z.boolean().optional(),
      })
      .nullable(),
    places: z
      .array(z.strictObject({ city: draftTextOrNull, country: z.string().regex(/^[A-Z]{2}$/) }))
      .max(50),
    start_date: draftDate,
    end_date: draftDate,
    /** The reviewer says the release gives no date: the visit is saved without one. */
    date_unknown: z.boolean().optional(),
  }),
  meetings: z
    .array(
      z.strictObject({
        date: draftDate,
        venue: draftTextOrNull,
        participants: z
          .array(
            z.strictObject({
              name: draftText.min(1),
              title: draftTextOrNull,
              organisation: draftTextOrNull,
              department: draftTextOrNull,
              country: draftCountry,
              person_id: z.string().max(64).optional(),
              organisation_id: z.string().max(64).optional(),
              /** The archive's person proposed for the name, and why. */
              person_match: personMatch.optional(),
              /** Everyone the name may stand for, when more than one fits. */
              person_choices: z.array(personMatch).max(20).optional(),
              /** The reviewer says this is someone the archive does not hold yet. */
              new_person: z.boolean().optional(),
            }),
          )
          .max(200),
        topics: z.array(draftText).max(200),
        outcomes: z.array(z.string().max(20_000)).max(200),
        /** How the talks went, in the release's words ("friendly and constructive"). */
        atmosphere: draftTextOrNull.optional(),
      }),
    )
    .max(500),
  events: z
    .array(z.strictObject({ title: draftText.min(1), date: draftDate, place: draftTextOrNull }))
    .max(200),
  unplaced: z.array(z.string().max(20_000)).max(2000),
  warnings: z.array(draftWarning).max(200),
  unsure: z.array(z.string().max(200)).max(2000),
  source: z.string().max(1_000_000),
  /** The release's own date (from its dateline or as given), the date of its source record. */
  source_date: draftDate.optional(),
  /** The words each field was read from, by the field's path ("meetings.0.participants.1.name"). */
  spans: z.record(z.string().max(200), spans).optional(),
});
export type PressReleaseDraft = z.infer<typeof PressReleaseDraftSchema>;

/**
 * A press release: its text, or a Word (.docx) file as base64; and its date when known (it gives
 * a year to dates without one).
 */
export const PressReleaseInputSchema = z
  .strictObject({
    text: z.string().min(1).max(1_000_000).optional(),
    docx: z.string().min(1).max(30_000_000).optional(),
    sourceDate: z.string().regex(PARTIAL_DATE_PATTERN).nullish(),
  })
  .refine((input) => (input.text === undefined) !== (input.docx === undefined), {
    params: { key: 'problems.input.textOrDocx' },
  });
export type PressReleaseInput = z.infer<typeof PressReleaseInputSchema>;

export const SavePressReleaseInputSchema = z.strictObject({ draft: PressReleaseDraftSchema });
export type SavePressReleaseInput = z.infer<typeof SavePressReleaseInputSchema>;

export interface SavedPressRelease {
  visitId: string;
  meetingIds: string[];
  sourceId: string;
  /** People the save created; the others were already in the archive. */
  createdPeople: string[];
}
