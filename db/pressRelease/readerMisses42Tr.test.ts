import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TRADE =
  'İstanbul – 2 Aralık 2026\n\n' +
  "Vakıf Genel Başkanı Mehmet Ali Yurt başkanlığındaki heyet, geçen hafta İspanya'da temaslarda bulundu.\n\n";

describe('Catalan names (Turkish)', () => {
  it('keeps a given name written with the middle dot of «l·l»', () => {
    expect(
      roles(
        `${TRADE}Heyet, ardından Katalonya Hükümeti Tarım ve Balıkçılık Bakanı Gal·la Vila i Soler ile bir araya geldi.`,
      ),
    ).toEqual([['Gal·la Vila i Soler', 'Katalonya Hükümeti Tarım ve Balıkçılık Bakanı', null]]);
  });

  it('reads a given name that is also a country’s, right after an office, as the name’s', () => {
    expect(
      roles(
        `${TRADE}Heyet, Girona Ticaret Odası Başkanı Montserrat Pla i Roca'nın ev sahipliğinde foruma katıldı.`,
      ),
    ).toEqual([['Montserrat Pla i Roca', 'Başkan', 'Girona Ticaret Odası']]);
  });

  it('reads a regional government’s words before «ve» in a title as no one met', () => {
    expect(
      met(`${TRADE}Heyet, Bask Hükümeti Bölge ve Ulaştırma Bakanı Jordi Vila Soler ile görüştü.`),
    ).toEqual(['Jordi Vila Soler']);
  });
});

const GUEST =
  'Mardin – 3 Aralık 2026\n\n' +
  "İsveç'in Ankara Büyükelçisi Anna Lind Berg, Çarşamba günü ilimize gelerek başladığı iki günlük ziyaretini bugün tamamladı.\n\n";

describe('a governor’s seat and a host (Turkish)', () => {
  it('reads «Hükûmet Konağı» as no one met', () => {
    expect(
      met(
        `${GUEST}Salı günü Hükûmet Konağı'na gelen heyet, Mardin Valisi Kemal Ali Tan tarafından kabul edildi.`,
      ),
    ).toEqual(['Kemal Ali Tan']);
  });

  it('reads one who hosted the delegation, named before «heyeti … ağırladı», as met', () => {
    expect(
      met(`${GUEST}Öğleden sonra heyeti Oda Yönetim Kurulu Başkanı Selim Ata Koç ağırladı.`),
    ).toEqual(['Selim Ata Koç']);
  });

  it('reads one who will host the delegation in a building as met', () => {
    expect(
      met(
        `${GUEST}Son gün, Mardin Belediye Başkanı Selim Ata Koç heyeti belediye binasında ağırlayacak.`,
      ),
    ).toEqual(['Selim Ata Koç']);
  });
});

describe('a capital and a parliament named before a meeting (Turkish)', () => {
  it('reads «Başkent X» and «Yüksek Hural» as no one met', () => {
    const found = met(
      `${TRADE}Başkent Ulanbatur'a dün ulaşan heyet, Moğolistan Yüksek Hural Başkanı Bat Ochir Gan ile görüştü.`,
    );
    expect(found).not.toContain('Başkent Ulanbatur');
    expect(found).not.toContain('Yüksek Hural');
  });
});
