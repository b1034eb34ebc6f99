import type { Row, TableName } from '../../db/api.js';
import type { MessageKey } from '../messages.js';
import type { CellKind } from '../grid/cellText.js';
import type { RecordColumn } from '../grid/recordTableFeatures.js';

export interface PanelField {
  field: string;
  kind: CellKind;
  long?: boolean;
}

export interface RelatedList {
  /** The key in `RecordDetail.related`. */
  key: string;
  label: MessageKey;
  /** How one related record reads in the list. */
  line: (row: Row) => string;
}

/** What a read-only section shows of one table: its columns, and its records when opened. */
export interface RecordScreen {
  table: TableName;
  label: MessageKey;
  columns: RecordColumn[];
  /** The opened record's heading and the panel's accessible name. */
  title: (row: Row) => string;
  fields: PanelField[];
  related?: RelatedList[];
}
