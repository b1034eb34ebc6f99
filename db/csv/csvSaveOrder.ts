import type { MessageRef } from '../../i18n/messages.js';
import type { PlannedRow } from './csvImportPlan.js';

/**
 * The order to save rows in, each after the rows of the file it names (a department after its
 * ministry). A row that names itself through others is reported and left out of the order.
 */
export function saveOrder(
  rows: PlannedRow[],
  problem: (row: number, said: MessageRef) => void,
): number[] {
  const order: number[] = [];
  const state = new Uint8Array(rows.length); // 0 not seen, 1 being placed, 2 placed, 3 refused
  const walk = (i: number): boolean => {
    if (state[i] !== 0) return state[i] === 2;
    state[i] = 1;
    const ok = rows[i]!.ownRefs.every((r) => walk(r.row));
    state[i] = ok ? 2 : 3;
    if (ok) order.push(i);
    else problem(i, { key: 'problems.csv.circle' });
    return ok;
  };
  for (let i = 0; i < rows.length; i++) walk(i);
  return order;
}
