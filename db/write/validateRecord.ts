/**
 * The problems a save would meet, found by the very checks saveRecord runs (validateSave), so that
 * a form can show them beside its fields as the user types, before anything is saved.
 */
import type { Database } from 'better-sqlite3';
import type { SaveInput, ValidationResult } from '../api.js';
import { ArchiveError } from '../errors.js';
import { readState } from './recordState.js';
import { recordVersion } from './recordVersion.js';
import { RECORD_NOUN } from '../tableSpecs.js';
import { validateSave } from './validate.js';

/** Stands for the id a new record would get: no record has it, so no check can match it. */
const NEW_RECORD = '\u0000new';

/**
 * The problems saveRecord would refuse this input with, exactly as its `validation_failed` error
 * would list them in `details`, or none when it would save. Writes nothing.
 *
 * Each problem's `path` is `values.` followed by what the form edits:
 * - `values.<field>` for a field of the table: `values.title`, `values.start_date`,
 *   `values.traveller_id`; also a key the table does not have (`values.budget`);
 * - `values.participants` for a meeting's participant list as a whole, and
 *   `values.participants.<i>.<part>` for one participant (i from 0, in the order given; part is
 *   `person_id`, `organisation_id`, `title` or `side`), e.g. `values.participants.0.person_id`;
 * - `values.topic_ids` / `values.source_ids` for a list of links as a whole, and
 *   `values.topic_ids.<i>` for one linked id that is refused.
 * A rule that involves two fields is reported on the later one: an end before the start on
 * `values.end_date`, a meeting with neither date nor visit on `values.date`.
 *
 * An update of a record that is gone or in the trash, or that changed since `expectedVersion`,
 * is refused as saveRecord refuses it (`not_found`, `conflict`) rather than listed as a problem.
 */
export function validateRecord(db: Database, input: SaveInput): ValidationResult {
  const { table, id, values, expectedVersion } = input;
  return db.transaction((): ValidationResult => {
    const existing = id === undefined ? null : readState(db, table, id);
    const noun = RECORD_NOUN[table];
    if (id !== undefined && (existing === null || existing.deleted_at !== null)) {
      throw new ArchiveError(
        'not_found',
        existing ? 'errors.validateRecord.trashCannotChanged' : 'errors.validateRecord.noIdMay',
        { noun, id },
      );
    }
    if (
      existing &&
      expectedVersion !== undefined &&
      recordVersion(db, table, id ?? '') !== expectedVersion
    ) {
      throw new ArchiveError('conflict', 'errors.validateRecord.changedElsewhereSince', {
        noun,
        updated_at: { time: String(existing.updated_at) },
      });
    }
    return { problems: validateSave(db, table, id ?? NEW_RECORD, values, existing).problems };
  })();
}
