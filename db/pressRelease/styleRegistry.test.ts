import { describe, expect, it } from 'vitest';
import {
  COURTESY_STYLE,
  SHORT_STYLE,
  STYLE_BEFORE_TWO_NAMES,
  TURKISH_SHORT_TITLES,
} from './nameWords.js';
import { roles } from '../test/peopleMet.js';

/** Each alternative of a list of styles as a text writes it: "Dr.", "Lauʻilupe". */
function written(alternatives: string): string[] {
  return alternatives
    .split('|')
    .map((w) => w.replace(/\[([^\]])[^\]]*\]/u, '$1').replace(/\\\.\??/gu, '.'));
}

const TURKISH = written(TURKISH_SHORT_TITLES.replace(/(?=\||$)/g, '\\.'));

describe('every style the reader knows is read alike before a name and after a title', () => {
  const lead =
    'The Director-General of the Northern Rivers Council, Anna Weller, visited Ruritania on 3 December 2026. ';
  const styles = [
    ...written(COURTESY_STYLE),
    ...written(STYLE_BEFORE_TWO_NAMES),
    ...written(SHORT_STYLE).filter((w) => !TURKISH.includes(w)),
  ];
  const counterpart = [['Tomas Verlan Osk', 'Director', 'Lakeside Water Board']];

  it.each(styles)('leaves "%s" out of the name and of the title', (style) => {
    expect(
      roles(`${lead}She met the Director of the Lakeside Water Board, ${style} Tomas Verlan Osk.`),
    ).toEqual(counterpart);
    expect(
      roles(`${lead}She met ${style} Tomas Verlan Osk, Director of the Lakeside Water Board.`),
    ).toEqual(counterpart);
  });

  it.each(TURKISH)('leaves the Turkish "%s" out of the name and of the title', (style) => {
    expect(
      roles(
        `Ankara Ticaret Odası Başkanı Ayşe Demir, 3 Aralık 2026 tarihinde Azerbaycan'a bir ziyaret gerçekleştirdi. Demir, Bakü Su İdaresi Müdürü ${style} Tomas Verlan Osk ile görüştü.`,
      ),
    ).toEqual([['Tomas Verlan Osk', 'Müdür', 'Bakü Su İdaresi']]);
  });
});
