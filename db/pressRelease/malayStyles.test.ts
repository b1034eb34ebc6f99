import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const EN = 'The Director of the Fund, Pavel Norden, visited Malaysia on 3 May 2026.';
const TR = "Fon Başkanı Pavel Norden 3 Mayıs 2026 tarihinde Malezya'yı ziyaret etti.";
const RU = '3 мая 2026 года директор фонда Павел Норден посетил Малайзию.';

describe('the Malay styles are no part of a name, in every language', () => {
  it('leaves them off an English name, straight or curly', () => {
    expect(
      roles(
        `${EN} He met Dato’ Seri Haji Rosli Kamarudin, Minister of Works, and Pehin Dato Awang Yusri, Minister of Development. He also met Tan Sri Dr. Noraini Ismail, Vice-Chancellor of the University.`,
      ).map(([name]) => name),
    ).toEqual(['Rosli Kamarudin', 'Awang Yusri', 'Noraini Ismail']);
  });

  it('leaves them off a Turkish name and out of its title', () => {
    expect(
      roles(
        `${TR} Norden, Malezya Bayındırlık Bakanı Dato’ Seri Haji Rosli Kamarudin ve Kalkınma Bakanı Pehin Dato Awang Yusri ile görüştü. Norden ayrıca Malezya Maliye Bakanı Tun Rahim Sulaiman ile bir araya geldi.`,
      ),
    ).toEqual([
      ['Rosli Kamarudin', 'Malezya Bayındırlık Bakanı', null],
      ['Awang Yusri', 'Kalkınma Bakanı', null],
      ['Rahim Sulaiman', 'Malezya Maliye Bakanı', null],
    ]);
  });

  it('leaves them off a Russian name, declined or not', () => {
    expect(
      roles(`${RU} Он встретился с министром работ Малайзии Дато Сери Росли Камарудином.`).map(
        ([name]) => name,
      ),
    ).toEqual(['Росли Камарудин']);
  });

  it('reads "Sri" alone as the start of a place, and "Tan" alone as a surname', () => {
    expect(
      roles(`${EN} He met Tan Wei Ming, Minister of Trade, and the Ambassador of Sri Lanka.`).map(
        ([name]) => name,
      ),
    ).toEqual(['Tan Wei Ming']);
    expect(
      roles(`${TR} Norden, Singapur Ticaret Bakanı Tan Wei Ming ile görüştü.`).map(
        ([name]) => name,
      ),
    ).toEqual(['Tan Wei Ming']);
  });
});
