import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met, roles } from '../test/peopleMet.js';

describe('a dateline of a town the gazetteer does not know, its date with no year (Turkish)', () => {
  it('reads «Bartın, 5 Aralık – …» as the dateline, so the lead’s period is the visit’s', () => {
    const { visit } = extractDraft(
      "Heyet Zambiya ve Malavi'de\n\n" +
        "Bartın, 5 Aralık – Vakıf Genel Müdürü Kerem Ali Tan başkanlığındaki heyet, 29 Kasım–1 Aralık tarihlerinde Zambiya ve Malavi'de temaslarda bulundu.\n\n" +
        "Heyet, 30 Kasım'da Lilongwe'ye geçti.",
      { readOn: '2026-12-07' },
    );
    expect([visit.start_date, visit.end_date]).toEqual(['2026-11-29', '2026-12-01']);
  });
});

describe('a small town of the visit in the one country of its name the release names (English)', () => {
  const release = (country: string) =>
    'Coral Research Council\nMedia release\n\nFriday 11 December 2026\n\n' +
    `The Director of the Coral Research Council, Dr Ellen Marsh-Hardy, spent Monday to Wednesday this week in the Barkly uplands, meeting Traditional Owners who care for some of the oldest rock art in ${country}.\n\n` +
    'In Tennant Creek on Monday, Dr Marsh-Hardy met the Chair of the Warlumpa Land Corporation, Jinta Nampijinpa.';

  it('places «In Tennant Creek on Monday» in Australia when the lead names «central Australia»', () => {
    expect(extractDraft(release('central Australia')).visit.places).toEqual([
      { city: 'Tennant Creek', country: 'AU' },
    ]);
  });

  it('leaves it unplaced when the release names no country of a town of its name (guard)', () => {
    expect(extractDraft(release('the region')).visit.places).toEqual([]);
  });
});

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  "Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta Malavi'de temaslarda bulundu.\n\n";

describe('the head of a body the delegation went to or ended its programme at (Turkish)', () => {
  it('reads «X Hastanesi’ne geçti. Hastanenin Başhekimi Dr. A B C, …» as met', () => {
    expect(
      roles(
        `${TOUR}Heyet ardından kampın kurulduğu Lilongwe Kadın ve Çocuk Hastanesi'ne geçti. Hastanenin Başhekimi Dr. Chikondi Banda Phiri, ekibe teşekkür etti.`,
      ),
    ).toEqual([['Chikondi Banda Phiri', 'Başhekim', 'Lilongwe Kadın ve Çocuk Hastanesi']]);
  });

  it('reads «Program, X Üniversitesi’nde sona erdi. Üniversitenin Rektörü A B C D, …» as met', () => {
    expect(
      roles(
        `${TOUR}Program, Zomba Teknik Üniversitesi'nde sona erdi. Üniversitenin Rektörü Nerea Aintzane Goienetxe Larrañaga, ortak bir program önerdi.`,
      ),
    ).toEqual([['Nerea Aintzane Goienetxe Larrañaga', 'Rektör', 'Zomba Teknik Üniversitesi']]);
  });
});

describe('one name after a title and a rank of an air or a naval force (Turkish)', () => {
  it('reads «Komutanı Deniz Tuğamiral A’yla görüştü» as A, the rank no part of the title', () => {
    expect(
      roles(
        `${TOUR}Heyet, aynı gün Endonezya Deniz Kuvvetleri Lojistik Komutanı Deniz Tuğamiral Prasetyono'yla görüştü.`,
      ),
    ).toEqual([['Prasetyono', 'Endonezya Deniz Kuvvetleri Lojistik Komutanı', null]]);
  });
});

describe('a home named after the word for it, no one met (Turkish)', () => {
  it('reads no one in «ressamın Valparaíso’daki evi La Gaviota’yı ziyaret etti»', () => {
    expect(
      met(
        `${TOUR}Heyet, Malavi Ticaret Bakanı Grace Tamanda Mkandawire ile görüştü. Heyet, ertesi gün Şilili ressam Rosa Elvira Montt'un Valparaíso'daki evi La Gaviota'yı ziyaret etti.`,
      ),
    ).toEqual(['Grace Tamanda Mkandawire']);
  });
});
