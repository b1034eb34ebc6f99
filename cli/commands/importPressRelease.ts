import fs from 'node:fs';
import { warningText, type Draft } from '../../db/pressRelease/draft.js';
import { extractDraft } from '../../db/pressRelease/extractDraft.js';
import { matchDraft } from '../../db/pressRelease/matchDraft.js';
import { readPressRelease } from '../../db/pressRelease/readPressRelease.js';
import { importDraft, type SavedDraft } from '../../db/pressRelease/saveDraft.js';
import { archiveLocation } from '../archivePath.js';
import type { CliCommand } from '../cliCommand.js';
import { CliError, UsageError } from '../cliError.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { withArchive } from '../withArchive.js';

function describe(draft: Draft, saved: SavedDraft | null): string[] {
  const { visit } = draft;
  const where = visit.places.map((p) => `${p.city ?? ''} (${p.country})`).join(', ');
  const lines = [
    `Visit: ${visit.title}`,
    `  traveller: ${visit.traveller ? `${visit.traveller.name}, ${visit.traveller.title ?? ''}` : 'not found'}`,
    `  where: ${where || 'not found'}; dates: ${
      visit.start_date || !visit.date_unknown
        ? `${visit.start_date ?? '?'} to ${visit.end_date ?? '?'}`
        : 'unknown (--date-unknown)'
    }`,
  ];
  draft.meetings.forEach((m, i) => {
    lines.push(
      `Meeting ${i + 1}${m.date ? ` on ${m.date}` : ''}${m.venue ? ` at ${m.venue}` : ''}:`,
    );
    for (const p of m.participants) {
      const org = [p.department, p.organisation].filter(Boolean).join(', ');
      const linked = p.person_id ? ' (already in the archive)' : '';
      lines.push(`  ${p.name}, ${p.title ?? 'title unknown'}${org ? `, ${org}` : ''}${linked}`);
    }
  });
  for (const e of draft.events) lines.push(`Event: ${e.title} (${e.date ?? 'no date'})`);
  for (const s of draft.unplaced) lines.push(`Not used: ${s}`);
  for (const w of draft.warnings) lines.push(`Warning: ${warningText(w)}`);
  if (saved) {
    lines.push(
      `Saved the visit and ${saved.meetingIds.length} meeting(s), with ${saved.createdPeople.length} new person(s); one undo in the app takes it all back.`,
    );
  } else lines.push('Nothing was saved (--dry-run).');
  return lines;
}

export const importPressReleaseCommand: CliCommand = {
  help: `Usage: archive import-press-release FILE [--dry-run] [--json] [--source-date DATE] [--date-unknown] [--db PATH]

Reads a press release (.txt, .html or .docx) and proposes the visit, its meetings with the
people met (name, title, organisation, country), topics, outcomes and the events announced.
People and organisations already in the archive are linked, not added twice. Without
--dry-run the draft is saved in one step (one undo removes it); check it first with --dry-run.

Options:
  --dry-run            show the draft, save nothing
  --json               print the draft as one JSON object
  --source-date DATE   the release's date (YYYY-MM-DD), which gives a year to dates without one
  --date-unknown       save a visit whose release gives no date without one (the timeline
                       leaves it out until a date is entered); without it such a release is refused
  --db PATH            the archive (default: the desktop app's archive, or $ARCHIVE_DB)`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'import-press-release',
      args,
      {
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        'source-date': { type: 'string' },
        'date-unknown': { type: 'boolean' },
        db: { type: 'string' },
      },
      { min: 1, max: 1, names: 'the press release file (.txt, .html or .docx)' },
    );
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const file = positionals[0] ?? '';
    if (!fs.existsSync(file)) throw new CliError(`There is no file ${file}. Check the path.`);
    const sourceDate = values['source-date'] ?? null;
    if (sourceDate !== null && !/^\d{4}(-\d\d){0,2}$/.test(sourceDate)) {
      throw new UsageError('--source-date takes a date such as 2023-05-16.');
    }
    // Saved with no one to review it: a date without a year stays unread, not guessed from today.
    const read = extractDraft(await readPressRelease(file), { sourceDate });
    const dateUnknown = values['date-unknown'] === true;
    const draft = dateUnknown ? { ...read, visit: { ...read.visit, date_unknown: true } } : read;
    const location = archiveLocation(values.db, io.env);
    const dryRun = values['dry-run'] === true;
    const result =
      dryRun && !fs.existsSync(location.file)
        ? { draft, saved: null }
        : await withArchive(location, { readonly: dryRun }, async (db) => {
            const matched = matchDraft(db, draft);
            // Refused before the backup and the save: nothing changes.
            if (!dryRun && !matched.visit.start_date && !matched.visit.date_unknown) {
              throw new CliError(
                'The release gives no date for the visit, so nothing was saved. To save the visit without a date, run the command again with --date-unknown; enter its date in the app once it is known.',
              );
            }
            return { draft: matched, saved: dryRun ? null : await importDraft(db, matched) };
          });
    if (values.json) {
      const { source: _source, warnings, ...rest } = result.draft;
      // The command line speaks English: its notes as sentences, as the app shows them.
      const shown = { ...rest, warnings: warnings.map(warningText) };
      io.out(JSON.stringify(result.saved ? { ...shown, saved: result.saved } : shown, null, 2));
    } else io.out(describe(result.draft, result.saved).join('\n'));
    return 0;
  },
};
