import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_ABROAD =
  "Ankara, 4 Aralık 2026 – Türkiye Uzay Ajansı Başkanı Ali Veli, 1-3 Aralık tarihlerinde Çin ve Polonya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('an exchange of views («fikir alışverişinde bulundu») is a meeting (Turkish)', () => {
  it('reads two-word Chinese names, family first, with a case ending, as people met', () => {
    expect(
      met(
        `${TR_ABROAD}Heyet daha sonra Wuhan Üniversitesi'nden Li Ming, Gao Wen ve Lu Hongbo'yla uzay hukuku üzerine fikir alışverişinde bulundu.`,
      ),
    ).toEqual(['Li Ming', 'Gao Wen', 'Lu Hongbo']);
  });

  it('reads «ile fikir alışverişi yaptı» and «ile istişarelerde bulundu» too', () => {
    expect(
      met(
        `${TR_ABROAD}Veli, Çin Ulusal Uzay Ajansı Başkanı Zhang Wei ile fikir alışverişi yaptı. Veli ayrıca Polonya Uzay Ajansı Başkanı Jan Kowal ile istişarelerde bulundu.`,
      ),
    ).toEqual(['Zhang Wei', 'Jan Kowal']);
  });

  it('meets no one in an exchange of views by telephone', () => {
    expect(
      met(
        `${TR_ABROAD}Veli, Çin Ulusal Uzay Ajansı Başkanı Zhang Wei ile görüştü. Veli ayrıca Polonya Uzay Ajansı Başkanı Jan Kowal ile telefonda fikir alışverişinde bulundu.`,
      ),
    ).toEqual(['Zhang Wei']);
  });
});

describe("a list of people after a body in the ablative («X'ten A, B ve C'yle») (Turkish)", () => {
  it('gives each the body as organisation, with no title', () => {
    expect(
      roles(
        `${TR_ABROAD}Veli, Polonya Uzay Ajansı'ndan Jan Kowal, Anna Lis ve Piotr Nowak'la teknik bir toplantı yaptı.`,
      ),
    ).toEqual([
      ['Jan Kowal', null, 'Polonya Uzay Ajansı'],
      ['Anna Lis', null, 'Polonya Uzay Ajansı'],
      ['Piotr Nowak', null, 'Polonya Uzay Ajansı'],
    ]);
  });

  it("reads a body written short «PUA'dan» and an academic title before the first name", () => {
    expect(
      roles(
        `${TR_ABROAD}Veli, PUA'dan Jan Kowal ve Anna Lis'le görüştü. Heyet daha sonra Varşova Üniversitesi'nden Prof. Dr. Marek Zieliński, Ewa Wróbel ve Adam Nowicki'yle görüştü.`,
      ),
    ).toEqual([
      ['Jan Kowal', null, 'PUA'],
      ['Anna Lis', null, 'PUA'],
      ['Marek Zieliński', null, 'Varşova Üniversitesi'],
      ['Ewa Wróbel', null, 'Varşova Üniversitesi'],
      ['Adam Nowicki', null, 'Varşova Üniversitesi'],
    ]);
  });
});
