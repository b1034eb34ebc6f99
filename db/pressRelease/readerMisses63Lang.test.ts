import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met } from '../test/peopleMet.js';

const MARLOW =
  'The Director of the Marlow Heritage Fund, Ruth Abernethy, visited Ukraine from 1 to 3 ' +
  'December 2026. ';

describe('an English release that names people in Turkish or Crimean Tatar letters', () => {
  it('is read as English: its title is in English', () => {
    expect(
      extractDraft(
        'The Director of the Marlow Heritage Fund, Ruth Abernethy, visited Kyiv on 2 December ' +
          '2026. She met the head of the Qırımtatar teachers’ union, Server Kırımlı ' +
          '(Server Qırımlı), and the editor of the weekly Yañı Dünya, Aişe Şeyhzade, who ' +
          'spoke about the schools of the community and the books they still need.',
      ).visit.title,
    ).toBe('Working visit: Kyiv');
  });

  it('reads a short Turkish release with few small words as Turkish (guard)', () => {
    expect(
      extractDraft(
        "Genel Sekreter 2 Aralık 2026'da Bakü'yü ziyaret etti, Bakan Yardımcısı ile görüştü.",
      ).visit.title,
    ).toBe('Çalışma ziyareti: Bakü');
  });
});

describe('capitalised words inside the body a title is of', () => {
  it('reads no one in "the Deputy Chairman of the Kurultai of the Crimean Tatar People, A B"', () => {
    expect(
      met(
        `${MARLOW}In Kyiv she met the Deputy Chairman of the Kurultai of the Crimean Tatar People, ` +
          'Ilmar Sadykov, and its secretary.',
      ),
    ).toEqual(['Ilmar Sadykov']);
  });

  it('still reads the name after a title of a body of one word (guard)', () => {
    expect(
      met(`${MARLOW}In Kyiv she met the Chairman of the Kurultai, Ilmar Sadykov, on schooling.`),
    ).toEqual(['Ilmar Sadykov']);
  });
});

describe('a language named by capitalised words', () => {
  it('reads no one in "the Crimean Tatar language" of a meeting sentence', () => {
    expect(
      met(
        `${MARLOW}She held talks with the Deputy Minister of Education Olha Marchenko-Dovha on ` +
          'the draft strategy for the Crimean Tatar language and on teachers for its schools.',
      ),
    ).toEqual(['Olha Marchenko-Dovha']);
  });
});
