import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ADDIS =
  'The Director of the Lakeside Fund, Anna Weller, will visit Ethiopia from 7 to 9 December ' +
  '2026. In Addis Ababa she will meet the Minister of Finance, Hirpa Dinsa Wakjira. ';

describe('the Oromo styles before a name', () => {
  it('leaves "Ato" out of a name of three words after it', () => {
    expect(
      met(`${ADDIS}She will then hold talks with the Mayor of Jimma, Ato Gutema Ragasa Bulti.`),
    ).toContain('Gutema Ragasa Bulti');
  });

  it('leaves "Obbo" out of a name after a title', () => {
    expect(
      met(
        `${ADDIS}She will be received by the Governor of the Regional Bank, Obbo Tesfa Negeri Dibaba.`,
      ),
    ).toContain('Tesfa Negeri Dibaba');
  });

  it('leaves "Aadde" out of a name before its title', () => {
    expect(
      met(`${ADDIS}She will also meet Aadde Sena Dhaba Gurmu, Speaker of the Regional Council.`),
    ).toContain('Sena Dhaba Gurmu');
  });
});

const COTABATO =
  'The Director of the Lakeside Fund, Anna Weller, will visit the Philippines from 7 to 9 ' +
  'December 2026. In Cotabato City she will meet the Minister of Finance, Rosa Delgado Cruz. ';

describe('the Maranao styles before a name', () => {
  it('leaves "Hadji" out of a name after a title', () => {
    expect(
      met(
        `${COTABATO}She will then hold talks with the Chief Minister, Hadji Casim Alonto Mapandi.`,
      ),
    ).toContain('Casim Alonto Mapandi');
  });

  it('leaves "Bai" out of a name of three words before its title', () => {
    expect(
      met(
        `${COTABATO}She will be received by Bai Noraida Sarip Gandamra, Speaker of the Assembly.`,
      ),
    ).toContain('Noraida Sarip Gandamra');
  });

  it('leaves "Datu" out of a name after a title', () => {
    expect(
      met(`${COTABATO}There she is to meet the Mayor of Lanao City, Datu Omar Lucman Balindong.`),
    ).toContain('Omar Lucman Balindong');
  });
});

const ERBIL =
  'The Director of the Lakeside Fund, Anna Weller, visited Iraq from 7 to 9 December 2026. ' +
  'In Erbil she met the Minister of Finance, Atour Benyamin Sawa. ';

describe('the Assyrian styles of a bishop and a teacher before a name', () => {
  it('leaves "Mar" out of a bishop’s name of three words', () => {
    expect(
      met(`${ERBIL}She also met the Archbishop of Duhok, Mar Yousif Awraha Shlimon, at his see.`),
    ).toContain('Yousif Awraha Shlimon');
  });

  it('leaves "Rabi" out of a name of three words', () => {
    expect(
      met(`${ERBIL}The Mayor of Tilkef, Rabi Gewargis Odisho Nisan, guided the delegation.`),
    ).toContain('Gewargis Odisho Nisan');
  });
});

const ACEH =
  'Konya, 3 Aralık 2026\n\n' +
  "Rektör Ayşe Demir başkanlığındaki heyet, 7-9 Aralık 2026 tarihlerinde Endonezya'yı ziyaret edecek.\n\n";

describe('the Acehnese and Bugis styles before a name (Turkish)', () => {
  it('leaves "Teuku" out of a name before «tarafından»', () => {
    expect(
      roles(`${ACEH}Heyet, Aceh Valisi Teuku Faisal Hamdani tarafından kabul edilecek.`),
    ).toContainEqual(['Faisal Hamdani', 'Aceh Valisi', null]);
  });

  it('leaves "Cut" out of a woman’s name before «ile»', () => {
    expect(
      roles(`${ACEH}Heyet aynı gün Aceh Meclisi Başkanı Cut Intan Sari ile görüşecek.`),
    ).toContainEqual(['Intan Sari', 'Aceh Meclisi Başkanı', null]);
  });

  it('leaves "Andi" out of a name with a case ending', () => {
    expect(
      roles(`${ACEH}Heyet, Güney Sulawesi Valisi Andi Rahman Latif'le görüşecek.`),
    ).toContainEqual(['Rahman Latif', 'Güney Sulawesi Valisi', null]);
  });
});

describe('the Cambodian style before a name (Turkish)', () => {
  it('leaves «Samdech» out of a name with a case ending', () => {
    expect(
      met(
        'İstanbul – 5 Aralık 2026\n\nVakıf heyeti 2-4 Aralık 2026 tarihlerinde Kamboçya’yı ' +
          'ziyaret etti. Heyet, Kamboçya Müslüman Konseyi Başkanı Samdech Kao Rahim’le görüştü.',
      ),
    ).toContain('Kao Rahim');
  });
});
