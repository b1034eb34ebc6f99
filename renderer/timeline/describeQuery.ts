import { TABLE_FIELDS, type Query } from '../../db/api.js';
import { cellText, type CellKind } from '../grid/cellText.js';
import { hasMessage, t } from '../messages.js';
import { regionOfFilter } from './regionFilter.js';

const KINDS: Record<string, CellKind> = { date: 'date', country: 'country', enum: 'status' };

function fieldLabel(field: string): string {
  const key = `field.${field}`;
  return hasMessage(key) ? t(key) : field;
}

function valueText(field: string, op: string, value: unknown): string {
  const list = Array.isArray(value) ? value : [value];
  const info = (TABLE_FIELDS.visits as Record<string, { kind: string }>)[field];
  const kind = KINDS[info?.kind ?? ''] ?? 'text';
  // A range has two ends, both of which hold; a list offers choices, any of which does.
  const joiner = op === 'between' ? t('timeline.filter.and') : t('timeline.filter.or');
  return list.map((v) => cellText(kind, v as string | number)).join(joiner);
}

/** A visits query in words, for the timeline's heading and its exports. */
export function describeQuery(query: Query): string {
  const parts: string[] = [];
  if (query.search) parts.push(t('timeline.filter.search', { search: query.search }));
  for (const f of query.where ?? []) {
    const region = regionOfFilter(f);
    if (region) {
      parts.push(
        t('timeline.filter.condition', {
          field: t('timeline.regionFilter'),
          op: t('timeline.op.equals'),
          value: t(`timeline.region.${region}`),
        }),
      );
      continue;
    }
    parts.push(
      t('timeline.filter.condition', {
        field: fieldLabel(f.field),
        op: t(`timeline.op.${f.op}`),
        value: f.value === undefined ? '' : valueText(f.field, f.op, f.value),
      }).trim(),
    );
  }
  return parts.length === 0
    ? t('timeline.filter.all')
    : t('timeline.filter.some', { conditions: parts.join(t('timeline.filter.and')) });
}
