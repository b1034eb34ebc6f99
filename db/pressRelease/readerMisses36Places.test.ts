import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('days told from the release under a later stamp of its update', () => {
  const english = (stamp: string, when: string) =>
    `Pacific Fisheries Agency\nPRESS RELEASE\n\n${stamp}\n\nAgency head in Apia\n\nThe Director-General of the Pacific Fisheries Agency, Dr. Mele Tauaa-Fonoti, paid a working visit to the Independent State of Samoa ${when}.\n\nShe was received by the Prime Minister of Samoa, Fiame Leota Sailele-Tuimavave.`;

  it('counts "yesterday and today" from the dateline, not from a bracketed update stamp', () => {
    expect(
      visitOf(english('Suva, 4 December 2026 (updated 5 December 2026)', 'yesterday and today')),
    ).toEqual({ country: 'WS', start: '2026-12-03', end: '2026-12-04' });
  });

  it('reads "the day before yesterday and yesterday" under a stamp with its hour', () => {
    expect(
      visitOf(
        english(
          'Suva, 4 December 2026 (Updated: 5 December 2026, 10:30)',
          'the day before yesterday and yesterday',
        ),
      ),
    ).toEqual({ country: 'WS', start: '2026-12-02', end: '2026-12-03' });
  });

  it('reads "yesterday" alone under a stamp after a comma', () => {
    expect(
      visitOf(english('Suva, 4 December 2026, last updated 5 December 2026', 'yesterday')),
    ).toEqual({ country: 'WS', start: '2026-12-03', end: '2026-12-03' });
  });

  it('reads «вчера и сегодня» under a Russian stamp of the update', () => {
    expect(
      visitOf(
        `Агентство по рыболовству\n\nАлматы, 4 декабря 2026 г. (обновлено 5 декабря 2026 г.)\n\nГенеральный секретарь Агентства Аскар Бекмуратов вчера и сегодня находился с рабочим визитом в Кыргызской Республике.\n\nВ Бишкеке его принял Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев.`,
      ),
    ).toEqual({ country: 'KG', start: '2026-12-03', end: '2026-12-04' });
  });

  it('reads «dün ve bugün» under a Turkish stamp of the update', () => {
    expect(
      visitOf(
        `Balıkçılık Ajansı\n\nAnkara, 4 Aralık 2026 (Güncelleme: 5 Aralık 2026)\n\nAjans Genel Sekreteri Mehmet Yalçınkaya, dün ve bugün Gürcistan'da temaslarda bulundu.\n\nYalçınkaya, Tiflis'te Gürcistan Dışişleri Bakanı Maka Botchorishvili ile görüştü.`,
      ),
    ).toEqual({ country: 'GE', start: '2026-12-03', end: '2026-12-04' });
  });
});

describe('a week named by its place in the month, its days told after it', () => {
  it('spans «Aralık\'ın ikinci haftasında» from the first day told to the last', () => {
    expect(
      visitOf(
        `Maarif Vakfı\n\nAnkara, 6 Aralık 2026\n\nVakıf Başkanı Özbekistan'da\n\nTürkiye Maarif Vakfı Başkanı Prof. Dr. Selim Ertuğrul Kayacan, Aralık'ın ikinci haftasında Özbekistan ve Tacikistan'a bir çalışma ziyareti gerçekleştirdi.\n\nKayacan, 8 Aralık Salı günü Taşkent'te Özbekistan Okul Öncesi ve Okul Eğitimi Bakanı Hilola Umarova ile görüştü.\n\n9 Aralık'ta Semerkant Devlet Üniversitesi'ni ziyaret eden heyet, Rektör Prof. Dr. Rustam Halmuradov tarafından kabul edildi.\n\nHeyet, 10 ve 11 Aralık'ta Tacikistan'da temaslarını sürdürdü. Duşanbe'de Tacikistan Eğitim Bakanı Rahim Saidzoda ile görüşüldü.`,
      ),
    ).toEqual({ country: 'UZ', start: '2026-12-08', end: '2026-12-11' });
  });

  it('spans "the second week of December" over the days told in later sentences', () => {
    expect(
      visitOf(
        `Hydrographic Office\n\nMONACO\n15 December 2026\n\nIn the second week of December the Director of the Hydrographic Office, Captain Ingrid Solberg-Haug, made official visits to Malaysia and Indonesia.\n\nOn Tuesday 8 December she was received in Kuala Lumpur by the Chief Hydrographer of Malaysia, First Admiral Azmi bin Othman.\n\nShe went on to Jakarta on 10 December, where she called on the Chief of the Hydro-Oceanographic Centre, Rear Admiral Budi Santoso.\n\nOn 11 December she visited the port of Tanjung Priok.`,
      ),
    ).toEqual({ country: 'MY', start: '2026-12-08', end: '2026-12-11' });
  });

  it('spans «в первую неделю декабря» over the days its meetings are dated', () => {
    expect(
      visitOf(
        `Агентство\n\nМосква, 14 декабря 2026 года\n\nВ первую неделю декабря Генеральный секретарь Агентства Сергей Валентинович Лаптев посетил Казахстан и Узбекистан.\n\n1 декабря в Астане он встретился с Министром энергетики Республики Казахстан Алмасом Саткалиевым.\n\n3 и 4 декабря Генеральный секретарь провёл переговоры в Ташкенте с Министром энергетики Республики Узбекистан Журабеком Мирзамахмудовым.`,
      ),
    ).toEqual({ country: 'KZ', start: '2026-12-01', end: '2026-12-04' });
  });

  it('leaves out a day told after the week, of something else', () => {
    expect(
      visitOf(
        `Hydrographic Office\n\nMONACO\n15 December 2026\n\nDuring the first week of December the Director of the Hydrographic Office, Captain Ingrid Solberg-Haug, was on an official visit to Malaysia.\n\nOn 2 December she was received in Kuala Lumpur by the Chief Hydrographer of Malaysia, First Admiral Azmi bin Othman.\n\nOn 4 December she toured the port of Klang. The office will host a workshop on 17 December.`,
      ),
    ).toEqual({ country: 'MY', start: '2026-12-02', end: '2026-12-04' });
  });
});
