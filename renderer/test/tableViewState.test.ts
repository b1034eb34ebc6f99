import { expect, test } from 'vitest';
import {
  EMPTY_TABLE_STATE,
  chooseColumns,
  dropColumn,
  moveColumn,
  parseTableState,
  sameState,
} from '../tableTools/tableViewState.js';

const state = {
  where: [{ field: 'country', op: 'in' as const, value: ['RU'] }],
  search: 'forum',
  sort: [{ field: 'start_date', dir: 'desc' as const }],
  columns: ['title', 'country'],
  widths: { title: 320, country: 140 },
};

test('a state survives being remembered as JSON and read back', () => {
  const back = parseTableState('visits', JSON.parse(JSON.stringify(state)));
  expect(back).toEqual(state);
  expect(sameState(back!, state)).toBe(true);
});

test('nothing remembered, or something that is not a state, reads as nothing', () => {
  expect(parseTableState('visits', null)).toBeNull();
  expect(parseTableState('visits', { where: 'RU' })).toBeNull();
  expect(parseTableState('visits', {})).toEqual(EMPTY_TABLE_STATE);
});

test('fields a table no longer has are dropped, so an old view still opens', () => {
  const old = {
    ...state,
    where: [...state.where, { field: 'region', op: 'equals', value: 'Asia' }],
    columns: ['title', 'region', 'id', 'title'],
    widths: { region: 100, title: 300 },
  };
  expect(parseTableState('visits', old)).toEqual({
    ...state,
    columns: ['title'],
    widths: { title: 300 },
  });
});

test('the order widths were set in does not make two states differ; a filter does', () => {
  const reordered = { ...state, widths: { country: 140, title: 320 } };
  expect(sameState(state, reordered)).toBe(true);
  expect(sameState(state, { ...state, where: [] })).toBe(false);
  expect(sameState(state, { ...state, search: 'forum ' })).toBe(true);
});

test('choosing exactly the default columns is no choice at all', () => {
  expect(chooseColumns(['a', 'b'], ['a', 'b'])).toEqual([]);
  expect(chooseColumns(['b', 'a'], ['a', 'b'])).toEqual(['b', 'a']);
});

test('columns move by keyboard within the list, and by dropping one header on another', () => {
  expect(moveColumn(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
  expect(moveColumn(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
  expect(moveColumn(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  expect(dropColumn(['a', 'b', 'c'], 'c', 'a')).toEqual(['c', 'a', 'b']);
  expect(dropColumn(['a', 'b', 'c'], 'a', 'c')).toEqual(['b', 'c', 'a']);
});
