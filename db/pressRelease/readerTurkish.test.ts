import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met } from '../test/peopleMet.js';

describe('reading a Turkish release', () => {
  it('finds the people of both clauses: "… tarafından kabul edilmiş, ayrıca … ile görüşmüştür"', () => {
    expect(
      met(
        "Dışişleri Bakanı Hakan Fidan, 26 Şubat 2024 tarihinde Azerbaycan'ı ziyaret etmiştir. Ziyaret kapsamında Sayın Bakanımız, Azerbaycan Cumhurbaşkanı İlham Aliyev tarafından kabul edilmiş, ayrıca Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile görüşmüştür.",
      ),
    ).toEqual(['İlham Aliyev', 'Ceyhun Bayramov']);
  });

  it('finds the country of a visit named with a suffix: "Azerbaycan\'ı ziyaret etmiştir"', () => {
    const draft = extractDraft(
      "Dışişleri Bakanı Hakan Fidan, 26 Şubat 2024 tarihinde Azerbaycan'ı ziyaret etmiştir.",
    );
    expect(draft.visit.places[0]?.country).toBe('AZ');
    expect(draft.visit.start_date).toBe('2024-02-26');
  });

  it('takes a dateline of two lines, the city then the date, and "bugün" as that day', () => {
    const draft = extractDraft(
      'Ankara\n12 Nisan 2024\n\nİcra Direktörü Kairat Sarybay bugün Dışişleri Bakan Yardımcısı Ahmet Yıldız ile görüştü.',
    );
    expect(draft.visit.places[0]?.country).toBe('TR');
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2024-04-12', '2024-04-12']);
    expect(met(draft.source)).toEqual(['Ahmet Yıldız']);
  });

  it('takes the planned visit, not the dateline of the city it was announced in', () => {
    const draft = extractDraft(
      "Paris, 10 Haziran 2024 – UNESCO Genel Direktör Yardımcısı Xing Qu, 20-22 Haziran 2024 tarihlerinde Türkiye'yi ziyaret edecek.",
    );
    expect(draft.visit.places[0]?.country).toBe('TR');
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2024-06-20', '2024-06-22']);
  });

  it('takes the date of a meeting sentence with no word of travel: "18 Ocak 2024\'te Addis Ababa\'da"', () => {
    const draft = extractDraft(
      "Dışişleri Bakan Yardımcısı Mehmet Kemal Bozay, 18 Ocak 2024'te Addis Ababa'da Afrika Birliği Komisyonu Başkanı Moussa Faki Mahamat ile görüştü.",
    );
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2024-01-18', '2024-01-18']);
    expect(draft.visit.places[0]?.country).toBe('ET');
    expect(met(draft.source)).toEqual(['Moussa Faki Mahamat']);
  });

  it('keeps topics short: "Görüşmelerde … hazırlıkları ele alındı"', () => {
    const draft = extractDraft(
      "Genel Sekreter Kubanıçbek Ömüraliyev, 12 Eylül 2023 tarihinde Astana'da Kazakistan Dışişleri Bakanı Murat Nurtleu ile görüştü. Görüşmelerde Teşkilatın gelecek yıl Astana'da yapılacak zirvesinin hazırlıkları ele alındı.",
    );
    const topics = draft.meetings.flatMap((m) => m.topics);
    expect(topics.length).toBeGreaterThan(0);
    for (const t of topics) expect(t.split(/\s+/).length).toBeLessThanOrEqual(5);
  });

  it('keeps the particles of a name and leaves "Şeyh" out: "Şeyh Muhammed bin Abdurrahman Al Sani", "Muhammed el-Huleyfi"', () => {
    expect(
      met(
        "Dışişleri Bakanı Hakan Fidan, 3 Ocak 2024 tarihinde Doha'da Katar Başbakanı Şeyh Muhammed bin Abdurrahman Al Sani ile görüştü. Bakan Fidan ayrıca Katar Dışişleri Devlet Bakanı Muhammed el-Huleyfi ile bir araya geldi.",
      ),
    ).toEqual(['Muhammed bin Abdurrahman Al Sani', 'Muhammed el-Huleyfi']);
  });

  it('reads "ile de bir araya geldi" and a ministry of two words before "ve" as a title, not a name', () => {
    expect(
      met(
        "Genel Sekreter Yardımcısı Ömer Kocaman, 11 Haziran 2024 tarihinde Bakü'de Azerbaycan Cumhurbaşkanı Yardımcısı Hikmet Hacıyev ile görüştü. Kocaman, aynı gün Azerbaycan Yüksek Teknoloji ve Ulaştırma Bakanı Reşat Nebiyev ve Ekonomi Bakanı Mikayıl Cabbarov ile de bir araya geldi.",
      ),
    ).toEqual(['Hikmet Hacıyev', 'Reşat Nebiyev', 'Mikayıl Cabbarov']);
  });

  it('finds the host who receives the visitor, and the visitor by his title: "Bakan A, … Genel Sekreteri B\'yi kabul etti"', () => {
    const draft = extractDraft(
      "Dışişleri Bakanı Hakan Fidan, 10 Nisan 2024 tarihinde Şanghay İşbirliği Örgütü Genel Sekreteri Nurlan Yermekbayev'i kabul etti.",
    );
    expect(draft.visit.traveller).toEqual({ name: 'Nurlan Yermekbayev', title: 'Genel Sekreter' });
    expect(draft.meetings.flatMap((m) => m.participants.map((p) => p.name))).toEqual([
      'Hakan Fidan',
    ]);
  });

  it('takes no one met for the traveller, whatever his title: "… Genel Sekreteri X ve … ile görüşmesi"', () => {
    const draft = extractDraft(
      "Dışişleri Bakan Yardımcısı Ahmet Yıldız, 5 Mart 2024 tarihinde Cidde'yi ziyaret edecek. Ziyarette İslam İşbirliği Teşkilatı Genel Sekreteri Hissein Brahim Taha ile görüşmesi planlanıyor.",
    );
    expect(draft.visit.traveller).toBeNull();
    expect(draft.meetings.flatMap((m) => m.participants.map((p) => p.name))).toEqual([
      'Hissein Brahim Taha',
    ]);
  });

  it('keeps "oğlu" inside a name, and reads a text cut off mid-sentence as text, not as a heading', () => {
    const draft = extractDraft(
      "TDT Genel Sekreteri Bakü'yü ziyaret edecek\n\nTürk Devletleri Teşkilatı Genel Sekreteri Kubanıçbek Ömüraliyev, 3-5 Mart 2025 tarihlerinde Azerbaycan'ı ziyaret edecek.\n\nGenel Sekreter'in Azerbaycan Cumhurbaşkanı İlham Haydar oğlu Aliyev ile görüşmesi planlanıyor. Görüşmelerde Teşkilatın Şuşa'da düzenlenecek",
    );
    expect(draft.meetings.flatMap((m) => m.participants.map((p) => p.name))).toEqual([
      'İlham Haydar oğlu Aliyev',
    ]);
    expect(draft.visit.traveller?.name).toBe('Kubanıçbek Ömüraliyev');
  });

  it('reads a dateline of a Turkish city with a dotted capital: "İstanbul, 26 Şubat 2025"', () => {
    const draft = extractDraft(
      "İstanbul, 26 Şubat 2025\n\nGenel Sekreter Kubanıçbek Ömüraliyev, Bakü'de Dışişleri Bakanı Ceyhun Bayramov ile görüştü.",
    );
    expect(draft.source_date).toBe('2025-02-26');
    expect(draft.visit.places.map((p) => p.city)).toEqual(['Bakü']);
  });

  it('takes a Turkish title without the date and place before it: "Genel Sekreter, 7 Kasım\'da Taşkent\'te …"', () => {
    const titles = extractDraft(
      "Genel Sekreter, 7 Kasım 2024 tarihinde Taşkent'te Özbekistan Cumhuriyeti Dışişleri Bakanı Bahtiyar Saidov ile görüştü.",
    ).meetings.flatMap((m) => m.participants.map((p) => p.title));
    expect(titles).toEqual(['Özbekistan Cumhuriyeti Dışişleri Bakanı']);
  });
});
