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

describe('a stop told after the main one but dated on the first day of the trip', () => {
  it('reads "The Vilnius programme followed a short stop in Riga on Monday 23 November" as Latvia first', () => {
    expect(
      visitOf(
        'Baltic Wetlands Trust\nNews release\n\nStockholm, 27 November 2026\n\nThe Director of ' +
          'the Baltic Wetlands Trust, Dr. Maren Ostby, this week completed a visit to the Baltic ' +
          'states.\n\nIn Vilnius on Tuesday 24 November, Dr. Ostby met the Minister of ' +
          'Environment, Tomas Kalvaitis.\n\nOn the final day, Thursday 26 November, she met the ' +
          'Director of the Vilnius Nature Society, Rasa Jurgelyte.\n\nThe Vilnius programme ' +
          'followed a short stop in Riga on Monday 23 November, where Dr. Ostby met the Chairman ' +
          'of the Latvian Nature Council, Janis Ozolins.',
      ),
    ).toEqual({ country: 'LV', start: '2026-11-23', end: '2026-11-26' });
  });

  it('reads «Перед поездкой в А … 1 декабря провёл один день в Б» as Б first', () => {
    expect(
      visitOf(
        'Союз приморских городов\n\nСтокгольм, 5 декабря 2026 г.\n\nГенеральный секретарь ' +
          'Союза Ларс Эклунд 2–4 декабря находился в Вильнюсе, где принял участие в форуме ' +
          'приморских городов. На полях форума он провёл встречу с министром транспорта Литвы ' +
          'Томасом Юркусом.\n\nПеред поездкой в Литву Генеральный секретарь 1 декабря провёл ' +
          'один день в Риге, где встретился с министром сообщения Латвии Янисом Озолсом.',
      ),
    ).toEqual({ country: 'LV', start: '2026-12-01', end: '2026-12-04' });
  });

  it('reads no stop in the home city a period of the whole trip dates (guard)', () => {
    expect(
      visitOf(
        'GENEVA, 5 May 2026 – The Director of the Alpine Seed Fund, Dr. Maren Ostby, returned ' +
          'to Geneva today after a five-day mission to Malawi, from 29 April to 3 May.\n\nIn ' +
          'Lilongwe on 30 April, Dr. Ostby met the Minister of Agriculture, Peter Banda.',
      ),
    ).toEqual({ country: 'MW', start: '2026-04-29', end: '2026-05-03' });
  });

  it('keeps the first stop told first when the later one is dated later (guard)', () => {
    expect(
      visitOf(
        'Baltic Wetlands Trust\nNews release\n\nStockholm, 27 November 2026\n\nIn Vilnius on ' +
          'Monday 23 November, the Director of the Baltic Wetlands Trust, Dr. Maren Ostby, met ' +
          'the Minister of Environment, Tomas Kalvaitis.\n\nThe programme continued with a ' +
          'short stop in Riga on Thursday 26 November, where Dr. Ostby met the Chairman of the ' +
          'Latvian Nature Council, Janis Ozolins.',
      ),
    ).toEqual({ country: 'LT', start: '2026-11-23', end: '2026-11-26' });
  });
});
