import type {
  CountResult,
  CsvImportInput,
  CsvImportPreview,
  IdsInput,
  MergeInput,
  MergeResult,
  SavePressReleaseInput,
  SaveInput,
  SaveResult,
  TableName,
} from '../../db/api.js';
import type { ArchiveChange } from '../archiveVersion.js';
import {
  describeChange,
  describeImport,
  describeMany,
  describeMerge,
  type ChangeName,
} from './describeChange.js';
import { recordTitle } from '../records/recordTitle.js';

/** What the Undo button can say of a change this window made. */
export type ChangeLabel =
  /** The change, named. */
  | { kind: 'label'; what: ChangeName }
  /** One record's change, whose name is asked of the archive. */
  | { kind: 'lookup'; op: 'create' | 'delete' | 'restore'; table: TableName; id: string }
  /** The archive was replaced or changed beyond one action: what was known no longer holds. */
  | { kind: 'reset' }
  /** Nothing was written, or the change is an undo or redo, which names itself. */
  | { kind: 'none' };

/** Names the action a successful call wrote to the change log, from its input and answer. */
export function labelArchiveChange({ method, input, value }: ArchiveChange): ChangeLabel {
  switch (method) {
    case 'saveRecord': {
      const { table, id } = input as SaveInput;
      const { record } = value as SaveResult;
      const op = id === undefined ? 'create' : 'update';
      return {
        kind: 'label',
        what: describeChange({ op, entity: table }, recordTitle(table, record)),
      };
    }
    case 'deleteRecords':
    case 'restoreRecords': {
      const { table, ids } = input as IdsInput;
      const { count } = value as CountResult;
      const op = method === 'deleteRecords' ? 'delete' : 'restore';
      if (count === 0) return { kind: 'none' };
      const [only] = ids;
      if (ids.length === 1 && only !== undefined) return { kind: 'lookup', op, table, id: only };
      return { kind: 'label', what: describeMany(op, table, count) };
    }
    case 'mergeRecords': {
      const { table } = input as MergeInput;
      const { record } = value as MergeResult;
      return { kind: 'label', what: describeMerge(table, recordTitle(table, record)) };
    }
    case 'savePressRelease':
      // One action made many records: it is named after the import, by its visit's title.
      return {
        kind: 'label',
        what: describeImport((input as SavePressReleaseInput).draft.visit.title),
      };
    case 'importCsv': {
      const { table } = input as CsvImportInput;
      const { rows, written } = value as CsvImportPreview;
      return written
        ? { kind: 'label', what: describeMany('import', table, rows) }
        : { kind: 'none' };
    }
    case 'undo':
    case 'redo':
      return { kind: 'none' };
    default:
      return { kind: 'reset' };
  }
}
