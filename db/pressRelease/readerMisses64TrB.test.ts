import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met, roles } from '../test/peopleMet.js';

describe('a Turkish trip told first by the city it moved on to', () => {
  const trip = (then: string) =>
    'Ankara, 5 Mart 2026 – Ajans Başkanı Kemal Durmaz, Ermenistan ve Gürcistan’ı kapsayan ' +
    `Kafkasya ziyaretini sürdürüyor. 3-4 Mart tarihlerinde Ermenistan'da temaslarda bulunan ` +
    `Durmaz, bugün ${then}; Gürcistan'daki programı 6 Mart'ta sona erecek.\n\n` +
    "Ziyaretin ilk gününde Erivan'da Ermenistan Ekonomi Bakanı Aram Sarkisyan ile görüşen " +
    "Durmaz, projeleri ele aldı.\n\nDurmaz, Tiflis'te ise Gürcistan Sağlık Bakanı Nino " +
    'Beridze ile bir araya geldi.';

  it('opens the trip in the country of its first stop, not where it moved on to', () => {
    const draft = extractDraft(trip("Tiflis'e geçti"));
    expect(draft.visit.places[0]?.country).toBe('AM');
    expect(draft.visit.places[0]?.city).toBe('Erivan');
  });

  it('leaves a trip whose first city named is its first stop alone (guard)', () => {
    const draft = extractDraft(trip("Erivan'da temaslarını tamamladı"));
    expect(draft.visit.places[0]?.country).toBe('AM');
  });
});

describe('a Turkish common noun in the accusative opening a sentence', () => {
  const release = (opening: string) =>
    'Ankara, 12 Mayıs 2026 – Rektör Selin Ergun, 10-11 Mayıs tarihlerinde Romanya’ya bir ' +
    'çalışma ziyareti gerçekleştirdi.\n\nErgun, Yaş Üniversitesi Rektörü Prof. Dr. Irina ' +
    `Popescu ile bir araya gelerek ortak program protokolünü imzaladı. ${opening} Popescu ile ` +
    'birlikte imzalayan Ergun, programın gelecek yıl başlayacağını belirtti.';

  it('reads no one named by the noun and the surname of one met', () => {
    expect(met(release('Anlaşmayı'))).toEqual(['Irina Popescu']);
    expect(met(release('Belgeyi'))).toEqual(['Irina Popescu']);
  });

  it('keeps a given name the lists know before a surname (guard)', () => {
    expect(met(release('Rektör Yardımcısı Ali'))).toContain('Irina Popescu');
    expect(
      met(
        'Ankara, 12 Mayıs 2026 – Rektör Selin Ergun, 10-11 Mayıs tarihlerinde Romanya’ya bir ' +
          'çalışma ziyareti gerçekleştirdi.\n\nErgun, Rektör Yardımcısı Sabri Yalçınkaya ile ' +
          'görüştü.',
      ),
    ).toEqual(['Sabri Yalçınkaya']);
  });
});

describe('a Turkish title whose fields commas and "ve" list', () => {
  it('reads the words before the list as the title, not a person', () => {
    expect(
      roles(
        'Ankara, 2 Mart 2026 – Başkan Murat Eren, 15 Mart’ta Avusturya’ya gidecek.\n\n' +
          "Başkan Eren, Viyana'da Yukarı Ren Eyaleti Aile, Spor ve Entegrasyon Bakanı " +
          'Dr. Greta Hollwein ile görüşecek.',
      ),
    ).toEqual([['Greta Hollwein', 'Yukarı Ren Eyaleti Aile, Spor ve Entegrasyon Bakanı', null]]);
  });

  it('keeps one named before a title whose fields follow him (guard)', () => {
    expect(
      met(
        'Ankara, 2 Mart 2026 – Başkan Murat Eren, 15 Mart’ta Avusturya’ya gidecek.\n\n' +
          "Başkan Eren, Viyana'da Başbakan Viktor Hallinger, Dışişleri ve Dış Ticaret Bakanı " +
          'Anton Reisch ile görüşecek.',
      ),
    ).toEqual(['Viktor Hallinger', 'Anton Reisch']);
  });

  it('keeps people a list names before a title (guard)', () => {
    expect(
      met(
        'Ankara, 2 Mart 2026 – Başkan Murat Eren, 15 Mart’ta Avusturya’ya gidecek.\n\n' +
          "Başkan Eren, Viyana'da Belediye Başkanı Franz Leitner ile görüşecek.",
      ),
    ).toEqual(['Franz Leitner']);
  });
});

describe('one met with a long matter between "ile" and the verb', () => {
  const release = (matter: string) =>
    'Ankara, 2 Mart 2026 – Başkan Murat Eren, 15 Mart’ta Avusturya’ya gidecek.\n\n' +
    "Eren, Viyana'da Belediye Başkanı Franz Leitner ile görüşecek; ardından Tulln İlçesi " +
    `Kaymakamı Jonas Weidinger ile ${matter}.`;

  it('reads the one named before "ile" as met', () => {
    expect(
      met(
        release(
          'ilçedeki yaşlı göçmenler için yeni açılması planlanan kültüre duyarlı bakım evi ' +
            'projesini ele alacak',
        ),
      ),
    ).toEqual(['Franz Leitner', 'Jonas Weidinger']);
  });

  it('reads no one in two matters joined by "ile" and talked of in the passive (guard)', () => {
    expect(
      met(
        'Ankara, 2 Mart 2026 – Başkan Murat Eren, 15 Mart’ta Avusturya’ya gidecek.\n\n' +
          'Ziyarette, 2027 Cumhuriyet Bayramı törenlerinin hazırlıkları ile şehirde yaşayan ' +
          'göçmenlerin hatırasının yeni ziyaretçi merkezinde nasıl yer alacağı görüşülecek. ' +
          "Eren, Viyana'da Belediye Başkanı Franz Leitner ile görüşecek.",
      ),
    ).toEqual(['Franz Leitner']);
  });
});
