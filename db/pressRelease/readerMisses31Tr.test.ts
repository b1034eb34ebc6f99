import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('a planned trip told from the dateline, a later day of it dated (Turkish)', () => {
  it('opens on «yarın» and runs its «üç günlük» length, past a later dated day', () => {
    expect(
      visitOf(
        "Ankara, 14 Mart 2026 – Rekabet Kurumu Başkanı Selim Aksoy, yarın Belçika ve Hollanda'ya üç günlük bir çalışma ziyareti gerçekleştirecek.\n\nAksoy'un ilk gün Brüksel'de Belçika Rekabet Otoritesi Başkanı Jan Peeters ile görüşmesi planlanıyor.\n\nZiyaretin son günü olan 17 Mart'ta Lahey'e geçecek heyet, Hollanda Tüketici ve Piyasa Otoritesi Başkanı Maarten Visser ile bir araya gelecek.",
      ),
    ).toEqual({ country: 'BE', start: '2026-03-15', end: '2026-03-17' });
  });

  it('opens on «öbür gün» two days on, and on «yarın» alone with no length', () => {
    expect(
      visitOf(
        "Ankara, 14 Mart 2026 – Rekabet Kurumu Başkanı Selim Aksoy, öbür gün Belçika'ya iki günlük bir çalışma ziyareti gerçekleştirecek.\n\nAksoy'un Brüksel'de Belçika Rekabet Otoritesi Başkanı Jan Peeters ile görüşmesi planlanıyor.",
      ),
    ).toEqual({ country: 'BE', start: '2026-03-16', end: '2026-03-17' });
    expect(
      visitOf(
        "Ankara, 14 Mart 2026 – Rekabet Kurumu Başkanı Selim Aksoy, yarın Belçika'ya bir çalışma ziyareti gerçekleştirecek.\n\nZiyaret kapsamında 16 Mart'ta Brüksel'de Belçika Rekabet Otoritesi Başkanı Jan Peeters ile görüşmesi planlanıyor.",
      ),
    ).toEqual({ country: 'BE', start: '2026-03-15', end: '2026-03-16' });
  });
});

const TR_PT =
  "Ankara, 4 Aralık 2026 – Türkiye Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Portekiz ve İspanya'ya çalışma ziyareti gerçekleştirdi.\n\n";
const namedLater = (body: string, name: string) =>
  `${TR_PT}Aksoy, aynı gün ${body} Başkanı ile de görüştü. Başkan ${name} sektör hakkında bilgi verdi.`;

describe('an Iberian particle out of the harmony of the Turkish «de», «da» (Turkish)', () => {
  it('keeps «de» after a back vowel and «da» after a front one inside a suffixed name', () => {
    expect(roles(namedLater('Portekiz Bankalar Birliği', "Rui Sousa de Almeida'nın,"))).toEqual([
      ['Rui Sousa de Almeida', 'Başkan', 'Portekiz Bankalar Birliği'],
    ]);
    expect(met(namedLater('Portekiz Bankalar Birliği', "Rui Nunes da Silva'nın"))).toEqual([
      'Rui Nunes da Silva',
    ]);
    expect(met(namedLater('Portekiz Bankalar Birliği', "Rui Sousa dos Reis'in"))).toEqual([
      'Rui Sousa dos Reis',
    ]);
    expect(met(namedLater('İspanya Bankalar Birliği', "Luis Ortega del Río'nun"))).toEqual([
      'Luis Ortega del Río',
    ]);
  });

  it('still reads the Turkish «da» in harmony as «also», outside the name', () => {
    expect(
      met(
        `${TR_PT}Aksoy, Portekiz Bankalar Birliği Başkanı Rui Sousa ile görüştü. Türkiye'nin Lizbon Büyükelçisi Ahmet Doğan da Lizbon'da bulundu.`,
      ),
    ).toEqual(['Rui Sousa']);
  });
});

const TR_GE =
  "Ankara, 4 Aralık 2026 – Türkiye Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Gürcistan'a çalışma ziyareti gerçekleştirdi.\n\n";
const calledAt = (opening: string) =>
  `${TR_GE}Heyet ilk gün Gürcistan Enerji Bakan Yardımcısı Nino Beridze tarafından kabul edildi. ${opening} Ulusal Arşivi'ni ziyaret eden Aksoy, Arşiv Başkanı ile görüştü. Başkan Giorgi Kapanadze, belgeler hakkında bilgi verdi.`;

describe('a sentence adverb before the body called at, its office named by its noun (Turkish)', () => {
  it('leaves «Ardından», «Akabinde», «Sonrasında», «Ayrıca» out of the body', () => {
    for (const adverb of ['Ardından', 'Akabinde', 'Sonrasında', 'Ayrıca', 'Yine'])
      expect(roles(calledAt(`${adverb} Gürcistan`)).at(-1)).toEqual([
        'Giorgi Kapanadze',
        'Başkan',
        'Gürcistan Ulusal Arşivi',
      ]);
  });

  it('keeps a place that ends as the locative does: «Kanada Ulusal Arşivi»', () => {
    expect(roles(calledAt('Kanada')).at(-1)).toEqual([
      'Giorgi Kapanadze',
      'Başkan',
      'Kanada Ulusal Arşivi',
    ]);
  });
});

const TR_ES =
  "Ankara, 4 Aralık 2026 – Türkiye Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde İspanya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('a body in the genitive a common noun takes, with no apostrophe, before its office (Turkish)', () => {
  it('gives the body back in the possessive: «Genel Müdürlüğünün», «Kurumunun»', () => {
    expect(
      roles(
        `${TR_ES}Aksoy, İspanya Maliye Bakanlığına bağlı Bankacılık Genel Müdürlüğünün (DGB) Genel Müdürü Ana López ile görüştü.`,
      ),
    ).toEqual([['Ana López', 'Genel Müdür', 'Bankacılık Genel Müdürlüğü']]);
    expect(
      roles(`${TR_ES}Aksoy, İspanya Bankacılık Kurumunun Başkanı Ana López ile görüştü.`),
    ).toEqual([['Ana López', 'Başkan', 'İspanya Bankacılık Kurumu']]);
  });
});
