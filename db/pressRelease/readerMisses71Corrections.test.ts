import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const RU =
  'Москва, 3 декабря 2026 г. — Президент фонда «Северный мост» Ирина Волкова посетила Руританию ' +
  'с 1 по 2 декабря 2026 года. ';
const TR =
  "Ankara, 3 Aralık 2026 — Vakıf Başkanı Selim Dere, 1-2 Aralık tarihlerinde Ruritanya'yı " +
  'ziyaret etti. ';

describe("a release's own note correcting a name, in Russian and Turkish", () => {
  it('files the one met under the spelling «Правильно:» gives after «Исправление:»', () => {
    expect(
      met(
        `${RU}Волкова встретилась с директором Национального архива Руритании Марисом Калнсом.\n\n` +
          'Исправление: в первой версии пресс-релиза фамилия директора архива была указана ' +
          'неверно. Правильно: Марис Калныньш (Māris Kalniņš).',
      ),
    ).toEqual(['Марис Калныньш']);
  });

  it('files the one met under the spelling "Doğrusu" gives after "Düzeltme:"', () => {
    expect(
      met(
        `${TR}Dere, Ruritanya Kültür Bakanı Arvid Omba Kolbe ile görüştü.\n\n` +
          'Düzeltme: Bültenin ilk sürümünde Bakanın adı "Arvid Omba Kolbe" olarak yanlış ' +
          'yazılmıştır. Doğrusu "Arvid Omba Kolbeh" olacaktır.',
      ),
    ).toEqual(['Arvid Omba Kolbeh']);
  });

  it('leaves a name alone when the note corrects someone else (guard)', () => {
    expect(
      met(
        `${RU}Волкова встретилась с директором Национального архива Руритании Марисом Калнсом.\n\n` +
          'Исправление: в первой версии пресс-релиза была неверно указана дата. Правильно: ' +
          '2 декабря.',
      ),
    ).toEqual(['Марис Калнс']);
  });
});
