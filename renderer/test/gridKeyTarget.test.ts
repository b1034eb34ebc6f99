import { describe, expect, test } from 'vitest';
import { gridKeyTarget, type GridCell } from '../grid/gridKeyTarget.js';

const extent = { rows: 1_000_000, columns: 8, pageRows: 20 };
const at = (row: number, col: number): GridCell => ({ row, col });
const press = (key: string, from: GridCell, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}) =>
  gridKeyTarget({ key, ...mods }, from, extent);

describe('gridKeyTarget', () => {
  test('arrows move one cell and stop at the edges', () => {
    expect(press('ArrowDown', at(5, 2))).toEqual(at(6, 2));
    expect(press('ArrowUp', at(5, 2))).toEqual(at(4, 2));
    expect(press('ArrowRight', at(5, 2))).toEqual(at(5, 3));
    expect(press('ArrowLeft', at(5, 2))).toEqual(at(5, 1));
    expect(press('ArrowLeft', at(5, 0))).toEqual(at(5, 0));
    expect(press('ArrowRight', at(5, 7))).toEqual(at(5, 7));
    expect(press('ArrowDown', at(999_999, 3))).toEqual(at(999_999, 3));
  });

  test('up from the first row reaches the header row, down from it the first row', () => {
    expect(press('ArrowUp', at(0, 4))).toEqual(at(-1, 4));
    expect(press('ArrowDown', at(-1, 4))).toEqual(at(0, 4));
  });

  test('Home and End go to the row start and end; with Ctrl, to the first and last record', () => {
    expect(press('Home', at(500, 3))).toEqual(at(500, 0));
    expect(press('End', at(500, 3))).toEqual(at(500, 7));
    expect(press('Home', at(500, 3), { ctrlKey: true })).toEqual(at(0, 0));
    expect(press('End', at(500, 3), { ctrlKey: true })).toEqual(at(999_999, 7));
    expect(press('End', at(500, 3), { metaKey: true })).toEqual(at(999_999, 7));
  });

  test('Page Down and Page Up move by the rows in view and stop at the ends', () => {
    expect(press('PageDown', at(0, 1))).toEqual(at(20, 1));
    expect(press('PageUp', at(30, 1))).toEqual(at(10, 1));
    expect(press('PageUp', at(5, 1))).toEqual(at(0, 1));
    expect(press('PageDown', at(999_990, 1))).toEqual(at(999_999, 1));
  });

  test('other keys are left to the browser', () => {
    expect(press('a', at(1, 1))).toBeUndefined();
    expect(press('Enter', at(1, 1))).toBeUndefined();
    expect(press('Tab', at(1, 1))).toBeUndefined();
  });

  test('an empty grid keeps the focus in its header row', () => {
    const empty = { rows: 0, columns: 3, pageRows: 20 };
    expect(gridKeyTarget({ key: 'ArrowDown' }, at(-1, 0), empty)).toEqual(at(-1, 0));
    expect(gridKeyTarget({ key: 'End', ctrlKey: true }, at(-1, 0), empty)).toEqual(at(-1, 2));
  });
});
