import { describe, expect, it } from 'vitest';
import { columnWidths, type ColumnRoom } from '../grid/columnLayout.js';

const REM = 16;
const col = (id: string, look: ColumnRoom['look'], need?: number): ColumnRoom => ({
  id,
  look,
  need,
});

describe('columnWidths', () => {
  const columns = [
    col('title', { content: 14, grow: 3 }, 90),
    col('traveller', { content: 9, grow: 1 }, 160),
    col('city', { content: 7 }, 80),
    col('start_date', { content: 8 }, 150),
  ];

  it('gives a narrow column what its content or its header needs, whichever is more', () => {
    const widths = columnWidths(columns, 2000, REM);
    expect(widths.city).toBe(7 * REM);
    expect(widths.start_date).toBe(150);
  });

  it('shares the room left among the text columns by their shares', () => {
    const widths = columnWidths(columns, 1000, REM);
    // 1000 - (224 + 160 + 112 + 150) = 354 left: three quarters to the title, one to the traveller.
    expect(widths.title).toBe(224 + Math.floor((354 * 3) / 4));
    expect(widths.traveller).toBe(160 + Math.floor(354 / 4));
    const total = Object.values(widths).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(1000);
    expect(total).toBeGreaterThan(1000 - columns.length);
  });

  it('keeps a width the user gave by hand, and gives it no share of the room', () => {
    const resized = [...columns.slice(0, 3), col('start_date', { content: 8, resized: 60 }, 150)];
    const widths = columnWidths(resized, 1000, REM);
    expect(widths.start_date).toBe(60);
    expect(widths.title! + widths.traveller! + widths.city!).toBeLessThanOrEqual(940);
    expect(widths.title! + widths.traveller! + widths.city!).toBeGreaterThan(935);
  });

  it('takes from the text columns, never below their headers, when the room is short', () => {
    const widths = columnWidths(columns, 560, REM);
    expect(widths.traveller).toBe(160);
    expect(widths.title).toBeGreaterThanOrEqual(90);
    expect(widths.city).toBe(112);
    expect(widths.start_date).toBe(150);
    expect(Object.values(widths).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(560);
  });

  it('grows the table past its view only when every header needs more than there is', () => {
    const widths = columnWidths(columns, 300, REM);
    expect(widths).toEqual({ title: 90, traveller: 160, city: 112, start_date: 150 });
  });

  it('lays out with the content widths alone before the room is measured', () => {
    expect(columnWidths(columns, 0, REM)).toEqual({
      title: 224,
      traveller: 160,
      city: 112,
      start_date: 150,
    });
  });
});
