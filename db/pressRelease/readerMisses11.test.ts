import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';
import { extractDraft } from './extractDraft.js';

const visit =
  '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Хорватии. ';

describe('a foreign name in the instrumental back to the nominative, in Russian', () => {
  it('gives a given name in "-ца" back from "-цей" beside a surname in "-ичем"', () => {
    expect(
      met(`${visit}5 мая он встретился с Министром финансов Хорватии Марицей Томичем.`),
    ).toEqual(['Марица Томич']);
  });

  it('gives a surname in "-ия" back from "-ией" beside a man’s given name', () => {
    expect(
      met(`${visit}5 мая он встретился с Министром финансов Хорватии Гораном Мадалией.`),
    ).toEqual(['Горан Мадалия']);
  });

  it('gives a short woman’s given name back when her surname does not decline', () => {
    expect(met(`${visit}5 мая он встретился с Министром финансов Хорватии Идой Ковачич.`)).toEqual([
      'Ида Ковачич',
    ]);
  });
});

describe('a country named after "Республика" is never the first word of a name', () => {
  it('does not take «Корея» into a Korean name that does not decline', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Сеуле. 5 мая он встретился с Министром торговли Республики Корея Пак Сон Ми.',
      ),
    ).toEqual(['Пак Сон Ми']);
  });
});

describe('a military rank before a name is a title, never part of the name (Turkish)', () => {
  it('leaves «Orgeneral» and «Mareşal» out of the names met', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Pakistan'ı ziyaret etti. Ziyarette Bakan Kaya, Pakistan Genelkurmay Başkanı Orgeneral Tariq Hameed ve Kara Kuvvetleri Komutanı Mareşal Nadeem Aslam ile görüştü.",
      ),
    ).toEqual(['Tariq Hameed', 'Nadeem Aslam']);
  });
});

describe('the head words of a police force or a ministry of protection never end a person', () => {
  it('takes neither «Migrant Protection» nor «Capital Police» for a person in a list', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Zambia from 3 to 5 May 2026. He held meetings with Brigadier Kalaba Mwansa, Commander of Lusaka Capital Police, and with the Minister of Migrant Protection, Ruth Mwale.',
      ),
    ).toEqual(['Kalaba Mwansa', 'Ruth Mwale']);
  });
});

describe('one name alone set off by commas after a title, before what was discussed', () => {
  it('takes a one-word name followed by «, on …» and by «, and the …»', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Indonesia from 3 to 5 May 2026. He held talks with the Minister of Marine Affairs, Wahyudin, on fishing quotas, and with the Minister of Villages, Harsono, and the Minister of Health, Retno Lestari, on rural clinics.',
      ),
    ).toEqual(['Wahyudin', 'Harsono', 'Retno Lestari']);
  });
});

describe('courtesy styles of the Gulf before a name', () => {
  const visit = 'The Director of the Fund, Pavel Norden, visited Kuwait from 3 to 5 May 2026. ';

  it('reads the name after «Her Highness Sheikha»', () => {
    expect(
      met(
        `${visit}He was received by Her Highness Sheikha Maryam bint Saeed Al Sabah, Chairperson of the Heritage Foundation.`,
      ),
    ).toEqual(['Maryam bint Saeed Al Sabah']);
  });
});

describe('a courtesy style before a name is no part of the title', () => {
  it('leaves «шейхом» out of a Russian title written before the name', () => {
    const draft = extractDraft(
      '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Кувейте. 5 мая он встретился с Министром культуры Кувейта шейхом Салманом Хамудом Аль-Сабахом.',
    );
    expect(draft.meetings.flatMap((m) => m.participants.map((p) => [p.name, p.title]))).toEqual([
      ['Салман Хамуд Аль-Сабах', 'Министр культуры Кувейта'],
    ]);
  });
});
