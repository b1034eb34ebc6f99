import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';

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
