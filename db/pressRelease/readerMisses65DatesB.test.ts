import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a closing dateline before the lines about the issuing body', () => {
  const story =
    'Yeşil Hilal Vakfı\nBasın Birimi\n\nVakıf Başkanı Tunus ziyaretini tamamladı\n\nYeşil Hilal ' +
    "Vakfı Başkanı Dr. Selim Karadere'nin Tunus'a yaptığı dört gün süren ziyaret cuma günü sona " +
    "erdi.\n\nBaşkent Tunus'ta Başkan Karadere, Tunus Sağlık Bakanı Dr. Leila Ben Amor ile " +
    'görüştü.\n\nBursa, 5 Aralık 2026';

  it('reads a weekday from the dateline above "Hakkında" and the stay\'s length before it', () => {
    expect(
      visitOf(`${story}\n\nHakkında\nYeşil Hilal Vakfı, 1952'de kurulan bir yardım kuruluşudur.`),
    ).toEqual({ country: 'TN', start: '2026-12-01', end: '2026-12-04' });
  });

  it('reads the same release with the dateline as its last line (guard)', () => {
    expect(visitOf(story)).toEqual({ country: 'TN', start: '2026-12-01', end: '2026-12-04' });
  });
});

describe('a stay begun on the release day, a weekday of its middle told later', () => {
  const opening =
    'Göç Dostları Derneği\nBasın Açıklaması\n\nLyon, 7 Aralık 2026 – Dernek Başkanı Kerem ' +
    "Aydınoğlu'nun bugün başlayan Fransa ziyareti, Çarşamba günü Grenoble'da sona erecek.\n\n" +
    "Başkan Aydınoğlu, Lyon'daki ilk gününde Lyon Belediye Başkanı Claire Fontanel ile görüştü.";

  it('reads "bugün başlayan …, Çarşamba günü sona erecek … Salı günü" as Monday to Wednesday', () => {
    expect(
      visitOf(
        `${opening}\n\nSalı günü Başkan, Lyon Üniversitesi Rektörü Prof. Marc Delorme ile bir ` +
          'araya gelecek.',
      ),
    ).toEqual({ country: 'FR', start: '2026-12-07', end: '2026-12-09' });
  });

  it('reads it as Monday to Wednesday with no later weekday told (guard)', () => {
    expect(visitOf(opening)).toEqual({ country: 'FR', start: '2026-12-07', end: '2026-12-09' });
  });
});
