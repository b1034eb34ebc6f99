import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';

/** The visit's country and dates as the reader proposes them. */
function visitOf(text: string) {
  const { visit } = extractDraft(text);
  return {
    country: visit.places[0]?.country ?? null,
    start: visit.start_date,
    end: visit.end_date,
  };
}

describe('the issuing office’s closing lines name no place of the visit', () => {
  it('does not take the ministry’s town, written under its name at the end, for the host (English)', () => {
    expect(
      visitOf(
        'Official Visit of the Minister of Trade to the Republic of Ghana\n\nThe Minister of Trade, Tomas Berg, will undertake an Official Visit to the Republic of Ghana from 2 to 4 June 2026.\n\nIn Accra, Minister Berg will hold talks with the Minister of Finance, Kwame Asante, on direct flights between Stockholm and Accra.\n\nMinistry of Trade\nStockholm\n27 May 2026',
      ).country,
    ).toBe('GH');
  });

  it('does not take the town of the closing line for the host (Turkish)', () => {
    expect(
      visitOf(
        "Ticaret Bakanı Kaya Gana'yı ziyaret edecek\n\nTicaret Bakanı Ali Kaya, 2-4 Haziran 2026 tarihlerinde Gana'ya resmî ziyarette bulunacak.\n\nZiyaret kapsamında Bakan Kaya'nın Akra'da Gana Maliye Bakanı Kwame Asante ile görüşmesi planlanıyor.\n\nT.C. Ticaret Bakanlığı\nAnkara, 27 Mayıs 2026",
      ).country,
    ).toBe('GH');
  });

  it('does not take the town of the closing line for the host (Russian)', () => {
    expect(
      visitOf(
        'Министр торговли посетит Гану\n\nМинистр торговли Российской Федерации Иван Смирнов 2–4 июня 2026 года посетит Республику Гана с рабочим визитом.\n\nВ Аккре запланированы переговоры Ивана Смирнова с Министром финансов Ганы Кваме Асанте.\n\nПресс-служба Министерства торговли\nМосква, 27 мая 2026 года',
      ).country,
    ).toBe('GH');
  });
});
