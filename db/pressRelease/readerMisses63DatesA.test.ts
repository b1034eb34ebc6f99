import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import '../test/warmReader.js';

const visit = (text: string) => {
  const { visit } = extractDraft(text);
  return [visit.start_date, visit.end_date, visit.places[0]?.country ?? null];
};

describe('a visit told as ended on a weekday alone after its length', () => {
  it('counts a Russian stay back from the Friday it ended on', () => {
    expect(
      visit(
        'Москва, 5 декабря 2026 г. – Президент Фонда северных ремёсел Ольга Дьякова в пятницу ' +
          'завершила трёхдневную рабочую поездку в Казахстан, в ходе которой побывала в Астане ' +
          'и Алматы.\n\nВ Астане она встретилась с министром культуры Республики Казахстан ' +
          'Айгерим Нурлановной Жаксыбековой.',
      ),
    ).toEqual(['2026-12-02', '2026-12-04', 'KZ']);
  });

  it('counts a Turkish stay back from the Friday it was completed on', () => {
    expect(
      visit(
        "Ankara, 5 Aralık 2026 – Türk Kültür Vakfı Başkanı Mehmet Aydınlı, Seul ve Busan'da " +
          'dört gün süren temaslarını cuma günü tamamladı.\n\nAydınlı, Seul’de Kore Kültür ' +
          'Bakanı Kim Min-jun ile görüştü.',
      ),
    ).toEqual(['2026-12-01', '2026-12-04', 'KR']);
  });

  it('counts an English stay back from the Friday it ended on "after three days of talks"', () => {
    expect(
      visit(
        'Geneva, 5 December 2026 – The Director General of the Alpine Water Council, Helga ' +
          'Brunner, ended her working visit to Peru on Friday after three days of talks in Lima ' +
          'and Cusco.\n\nIn Lima she met the Minister of the Environment, Carla Quispe Mamani.',
      ),
    ).toEqual(['2026-12-02', '2026-12-04', 'PE']);
  });

  it('reads a weekday that opens a Russian stay as its first day (guard)', () => {
    expect(
      visit(
        'Москва, 3 декабря 2026 г. – Президент Фонда северных ремёсел Ольга Дьякова в понедельник ' +
          'начала трёхдневную рабочую поездку в Казахстан.\n\nВ Астане она встретилась с ' +
          'министром культуры Республики Казахстан Айгерим Нурлановной Жаксыбековой.',
      ),
    ).toEqual(['2026-11-30', '2026-12-02', 'KZ']);
  });
});

describe('a dateline opening the headline on its line', () => {
  const trip =
    'Halden Water Trust\nNews release\n\n' +
    'Lima, 30 November 2026 — Trust President sees river works in the Andes\n\n' +
    'The President of the Halden Water Trust, Anna Weller, completed on Friday a four-day visit ' +
    'to South America that took her first to Ecuador and then, for most of the week, to Peru.\n\n' +
    'On Tuesday she was in Quito, where she met the Minister of Water, Jorge Cevallos. From ' +
    'Wednesday she was in Peru, where she met the Minister of Agriculture, Rosa Mamani.\n\n';

  it('dates the release, so that the weekday the visit ended on is read from it', () => {
    expect(visit(trip)).toEqual(['2026-11-24', '2026-11-27', 'EC']);
  });

  it('reads no day of the visit in a note of correction closing the release', () => {
    expect(
      visit(
        `${trip}Correction, 1 December 2026: an earlier version of this release misspelled ` +
          'the name of the Minister of Water.',
      ),
    ).toEqual(['2026-11-24', '2026-11-27', 'EC']);
  });
});

describe('a stamp of the update written in numbers under the line of issue', () => {
  it('is no day of the visit, which its period gives', () => {
    expect(
      visit(
        'TÜRK KÜLTÜR VAKFI GENEL SEKRETERLİĞİ (TKV)\nHaber / Duyuru — Ankara, 26 Kasım 2026\n' +
          'Güncelleme: 27.11.2026, 10.15 — Kültür Bakanı ile yapılan görüşmeye ilişkin bilgi ' +
          "eklendi.\n\nTKV Başkanı Aydınlı Dakar'da temaslarda bulundu\n\nTKV Başkanı Mehmet " +
          "Aydınlı, 22-25 Kasım tarihleri arasında Senegal'in başkenti Dakar'da bir dizi resmî " +
          "görüşme yaptı.\n\n23 Kasım'da Senegal Kültür Bakanı Awa Diop ile bir araya gelen " +
          'Aydınlı, bir kütüphaneyi hizmete açtı.',
      ),
    ).toEqual(['2026-11-22', '2026-11-25', 'SN']);
  });

  it('is no day of the visit after a dateline written in words (guard)', () => {
    expect(
      visit(
        'Ankara, 26 Kasım 2026 – Güncelleme: 27 Kasım 2026, 10.15\n\nTKV Başkanı Mehmet ' +
          "Aydınlı, 22-25 Kasım tarihleri arasında Senegal'in başkenti Dakar'da bir dizi resmî " +
          'görüşme yaptı.',
      ).slice(0, 2),
    ).toEqual(['2026-11-22', '2026-11-25']);
  });
});
