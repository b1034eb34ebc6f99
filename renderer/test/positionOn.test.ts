import { describe, expect, test } from 'vitest';
import { positionOn, type HeldPosition } from '../forms/positionOn.js';

const held = (title: string, start: string, end: string): HeldPosition => ({
  title,
  organisationId: null,
  organisation: null,
  start,
  end,
});

const CAREER = [
  held('Executive Director', '2021-03', '2023-06-30'),
  held('Secretary General', '2023-07-01', ''),
  held('Adviser', '', '2020'),
];

describe('the position a person held on a meeting date', () => {
  test('is the one whose period holds the day', () => {
    expect(positionOn(CAREER, '2022-05-10')?.title).toBe('Executive Director');
    expect(positionOn(CAREER, '2024-01-15')?.title).toBe('Secretary General');
    expect(positionOn(CAREER, '2019-11-02')?.title).toBe('Adviser');
  });

  test('takes partial dates on either side as the periods they cover', () => {
    expect(positionOn(CAREER, '2021')?.title).toBe('Executive Director');
    expect(positionOn(CAREER, '2023-06')?.title).toBe('Executive Director');
    // July 2023 meets only the second position; the whole of 2023 meets both: the later wins.
    expect(positionOn(CAREER, '2023-07')?.title).toBe('Secretary General');
    expect(positionOn(CAREER, '2023')?.title).toBe('Secretary General');
  });

  test('is none in a gap, or without a date', () => {
    expect(positionOn(CAREER, '2021-01-15')).toBeNull();
    expect(positionOn(CAREER, '')).toBeNull();
    expect(positionOn([], '2023')).toBeNull();
  });
});
