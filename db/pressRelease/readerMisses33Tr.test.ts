import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

// Wednesday 9 December 2026.
const TR_WED =
  'Ankara, 9 Aralık 2026 – Türkiye Kalkınma Ajansı Başkanı Ferit Sezer başkanlığındaki heyet, ';

describe('weekdays of the week before or after joined by «ile» (Turkish)', () => {
  it('reads «geçen hafta Pazartesi ile Çarşamba günleri arasında» from last week’s Monday', () => {
    expect(
      visitOf(
        `${TR_WED}geçen hafta Pazartesi ile Çarşamba günleri arasında Hırvatistan'a çalışma ziyareti gerçekleştirdi.\n\nSalı günü heyet, Hırvatistan Ekonomi Bakanı Ante Horvat ile görüştü.`,
      ),
    ).toEqual({ country: 'HR', start: '2026-11-30', end: '2026-12-02' });
  });

  it('reads «geçtiğimiz hafta Salı ile Perşembe» and «geçen hafta Salı ve Perşembe günleri»', () => {
    expect(
      visitOf(
        `${TR_WED}geçtiğimiz hafta Salı ile Perşembe günleri arasında Hırvatistan'a çalışma ziyareti gerçekleştirdi.`,
      ),
    ).toEqual({ country: 'HR', start: '2026-12-01', end: '2026-12-03' });
    expect(
      visitOf(`${TR_WED}geçen hafta Salı ile Perşembe arasında Hırvatistan'da temaslarda bulundu.`),
    ).toEqual({ country: 'HR', start: '2026-12-01', end: '2026-12-03' });
  });

  it('reads «önümüzdeki hafta Pazartesi ile Çarşamba» in the week after the release’s', () => {
    expect(
      visitOf(
        `${TR_WED}önümüzdeki hafta Pazartesi ile Çarşamba günleri arasında Hırvatistan'a çalışma ziyareti gerçekleştirecek.`,
      ),
    ).toEqual({ country: 'HR', start: '2026-12-14', end: '2026-12-16' });
    expect(
      visitOf(
        `${TR_WED}gelecek hafta Salı ile Perşembe günleri arasında Hırvatistan'ı ziyaret edecek.`,
      ),
    ).toEqual({ country: 'HR', start: '2026-12-15', end: '2026-12-17' });
  });

  it('still reads «Pazartesi ile Çarşamba günleri arasında» of this week', () => {
    expect(
      visitOf(
        `${TR_WED}Pazartesi ile Çarşamba günleri arasında Hırvatistan'a çalışma ziyareti gerçekleştirdi.`,
      ),
    ).toEqual({ country: 'HR', start: '2026-12-07', end: '2026-12-09' });
  });
});

describe('a trip to two countries, the first named first (Turkish)', () => {
  it("reads «Çekya ve Slovakya'ya» as a trip to Czechia", () => {
    expect(
      visitOf(
        `${TR_WED}7-8 Aralık tarihlerinde Çekya ve Slovakya'ya çalışma ziyareti gerçekleştirdi.\n\nSezer, Çekya Sanayi Bakanı Jan Dvořák ile görüştü.`,
      ),
    ).toEqual({ country: 'CZ', start: '2026-12-07', end: '2026-12-08' });
  });

  it("reads the first of two capitals: «Prag ve Bratislava'ya», «Budapeşte ve Viyana'da»", () => {
    expect(
      visitOf(
        `${TR_WED}7-8 Aralık tarihlerinde Prag ve Bratislava'ya çalışma ziyareti gerçekleştirdi.`,
      ),
    ).toEqual({ country: 'CZ', start: '2026-12-07', end: '2026-12-08' });
    expect(
      visitOf(`${TR_WED}7-8 Aralık tarihlerinde Budapeşte ve Viyana'da temaslarda bulundu.`),
    ).toEqual({ country: 'HU', start: '2026-12-07', end: '2026-12-08' });
  });
});

const TR_KE =
  "Ankara, 4 Aralık 2026 – Türkiye Kalkınma Ajansı Başkanı Ferit Sezer, 1-3 Aralık tarihlerinde Kenya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('an acting office ends its title: «Vekili» (Turkish)', () => {
  it('reads «Bakan Vekili», «Dışişleri Bakan Vekili», «Genel Müdür Vekili», «Büyükelçi Vekili»', () => {
    expect(
      roles(
        `${TR_KE}Sezer, Kenya Planlama ve Kalkınma Bakan Vekili Wanjiru Kamau Otieno tarafından kabul edildi. Sezer, Kenya Dışişleri Bakan Vekili Baraka Mwangi ile görüştü. Sezer, Kenya Ulusal Bankası Genel Müdür Vekili Achieng Njoroge'yle bir araya geldi.`,
      ),
    ).toEqual([
      ['Wanjiru Kamau Otieno', 'Kenya Planlama ve Kalkınma Bakan Vekili', null],
      ['Baraka Mwangi', 'Kenya Dışişleri Bakan Vekili', null],
      ['Achieng Njoroge', 'Genel Müdür Vekili', 'Kenya Ulusal Bankası'],
    ]);
    expect(met(`${TR_KE}Sezer, Kenya Büyükelçi Vekili Njeri Wambui Kariuki ile görüştü.`)).toEqual([
      'Njeri Wambui Kariuki',
    ]);
  });
});

const TR_SO =
  "Ankara, 2 Aralık 2026 – Türkiye Kalkınma Ajansı Başkanı Ferit Sezer, 3-5 Aralık tarihlerinde Somali'ye çalışma ziyareti gerçekleştirecek.\n\n";

describe('whoever briefs the visitor, named after him in the dative (Turkish)', () => {
  it("reads «X'e, Rektör A B C … hakkında bilgi verecek» with a Somali name", () => {
    expect(
      roles(
        `${TR_SO}4 Aralık'ta Mogadişu Üniversitesi'ni ziyaret edecek olan Sezer'e, Rektör Prof. Dr. Cabdullahi Sheekh Xasan üniversitenin tarım programları hakkında bilgi verecek.`,
      ),
    ).toEqual([['Cabdullahi Sheekh Xasan', 'Rektör', 'Mogadişu Üniversitesi']]);
  });

  it('reads «Konuk heyete, Genel Müdür Yardımcısı A B tarafından … bir sunum yapıldı»', () => {
    expect(
      met(
        `${TR_SO}Sezer, Somali Tarım Bakanı Axmed Cali Nuur ile görüştü. Konuk heyete, Bakan Yardımcısı Xaliimo Cabdi Faarax tarafından Bakanlığın sulama projeleri hakkında bir sunum yapıldı.`,
      ),
    ).toEqual(['Axmed Cali Nuur', 'Xaliimo Cabdi Faarax']);
  });
});

const TR_ZA =
  "Ankara, 2 Aralık 2026 – Türkiye Kalkınma Ajansı Başkanı Ferit Sezer, 28-30 Kasım tarihlerinde Güney Afrika'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('the host of a meal, named in the genitive before «verdiği yemekte» (Turkish)', () => {
  it('reads a Zulu and a Xhosa name as the hosts met', () => {
    expect(
      met(
        `${TR_ZA}Heyet, akşam Durban Ticaret Odası Başkanı Thandeka Nokuthula Zungu'nun verdiği yemekte iş insanlarıyla bir araya geldi. Ertesi gün heyet, Doğu Kap Eyaleti Ekonomi Bakanı Luvuyo Mzwandile Qamata'nın düzenlediği resepsiyonda yatırımcılarla görüştü.`,
      ),
    ).toEqual(['Thandeka Nokuthula Zungu', 'Luvuyo Mzwandile Qamata']);
  });
});

describe('a head named by his bare office after the body called at (Turkish)', () => {
  it('gives «Rektör», «Genel Müdür» the body visited just before in the same sentence', () => {
    expect(
      roles(
        `${TR_SO}Mogadişu Üniversitesi'ni ziyaret edecek olan Sezer'e, Rektör Prof. Dr. Cabdullahi Xasan Nuur üniversitenin tarım programları hakkında bilgi verecek. Heyet, aynı gün Somali Liman İdaresi Genel Müdürlüğü'nü ziyaret ederek Genel Müdür Axmed Cali Faarax'la görüşecek.`,
      ),
    ).toEqual([
      ['Cabdullahi Xasan Nuur', 'Rektör', 'Mogadişu Üniversitesi'],
      ['Axmed Cali Faarax', 'Genel Müdür', 'Somali Liman İdaresi Genel Müdürlüğü'],
    ]);
  });
});
