import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_RU =
  "Ankara, 4 Aralık 2026 – Türkiye Sağlık Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Kazakistan'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('a Turkish professional title written short before a name (Turkish)', () => {
  it('reads «Op. Dr.», «Uzm. Dr.», «Yrd. Doç. Dr.», «Öğr. Gör.» as no sentence end', () => {
    expect(
      roles(`${TR_RU}Heyet, Başhekim Op. Dr. Serkan Yalçınkaya tarafından kabul edildi.`),
    ).toEqual([['Serkan Yalçınkaya', 'Başhekim', null]]);
    expect(roles(`${TR_RU}Aksoy, Başhekim Uzm. Dr. Derya Koçak ile görüştü.`)).toEqual([
      ['Derya Koçak', 'Başhekim', null],
    ]);
    expect(roles(`${TR_RU}Aksoy, Dekan Yrd. Doç. Dr. Kemal Işıkçı ile görüştü.`)).toEqual([
      ['Kemal Işıkçı', 'Dekan', null],
    ]);
    expect(roles(`${TR_RU}Aksoy, Bölüm Başkanı Öğr. Gör. Elif Sarıkaya ile görüştü.`)).toEqual([
      ['Elif Sarıkaya', 'Bölüm Başkanı', null],
    ]);
  });
});

describe('one who briefed the delegation, named after «heyete,» (Turkish)', () => {
  it('reads «… ziyaret eden heyete, Başhekim A B … bilgi verdi» as a meeting', () => {
    expect(
      roles(
        `${TR_RU}Bugün Şehir Hastanesi'ni ziyaret eden heyete, Başhekim Prof. Dr. Serkan Yalçınkaya hastanenin acil servisi hakkında bilgi verdi.`,
      ),
    ).toEqual([['Serkan Yalçınkaya', 'Başhekim', 'Şehir Hastanesi']]);
    expect(
      met(
        `${TR_RU}Limanı gezen konuklara, Liman Müdürü Derya Koçak yükleme kapasitesi konusunda bir sunum yaptı.`,
      ),
    ).toEqual(['Derya Koçak']);
  });
});

describe('a head named by his bare office is of the body the visitors were at (Turkish)', () => {
  it('takes the body in the locative right before the office: «X Üniversitesi’nde Rektör A B»', () => {
    expect(
      roles(
        `${TR_RU}Heyet, Almatı'daki Abay Pedagoji Üniversitesi'nde Rektör Prof. Dr. Marat Kasenov tarafından kabul edildi.`,
      ),
    ).toEqual([['Marat Kasenov', 'Rektör', 'Abay Pedagoji Üniversitesi']]);
    expect(
      roles(
        `${TR_RU}Aksoy ardından Kazak-Alman Teknik Üniversitesi'nde Dekan Doç. Dr. Aliya Serikova ile bir araya geldi.`,
      ),
    ).toEqual([['Aliya Serikova', 'Dekan', 'Kazak-Alman Teknik Üniversitesi']]);
  });

  it('keeps the initials that open the body’s name: «K.I. Satpayev Teknik Üniversitesi»', () => {
    expect(
      roles(
        `${TR_RU}3 Aralık'ta K.I. Satpayev Teknik Üniversitesi'ni ziyaret eden heyet, Rektör Yardımcısı Prof. Dr. Aliya Serikova tarafından kabul edildi.`,
      ),
    ).toEqual([['Aliya Serikova', 'Rektör Yardımcısı', 'K.I. Satpayev Teknik Üniversitesi']]);
  });

  it('takes the body called at in the sentence before one that opens with the office', () => {
    expect(
      roles(
        `${TR_RU}Heyet, son gün Karaganda Devlet Üniversitesi'ni ziyaret etti. Rektör Yardımcısı Prof. Dr. Aliya Serikova'yla görüşen heyet, öğrenci değişimini önerdi.`,
      ),
    ).toEqual([['Aliya Serikova', 'Rektör Yardımcısı', 'Karaganda Devlet Üniversitesi']]);
    expect(
      roles(
        `${TR_RU}Heyet, Almatı Şehir Hastanesi'ni ziyaret etti. Başhekim Uzm. Dr. Marat Kasenov ile görüşen Aksoy, hastanenin birimlerini gezdi.`,
      ),
    ).toEqual([['Marat Kasenov', 'Başhekim', 'Almatı Şehir Hastanesi']]);
  });

  it('leaves a body called at two sentences before, or one not opened by the office', () => {
    expect(
      roles(
        `${TR_RU}Heyet, son gün Karaganda Devlet Üniversitesi'ni ziyaret etti. Aksoy kampüsü gezdi. Rektör Yardımcısı Aliya Serikova'yla görüşen heyet, değişimi önerdi.`,
      ),
    ).toEqual([['Aliya Serikova', 'Rektör Yardımcısı', null]]);
    expect(
      roles(
        `${TR_RU}Heyet, Karaganda Devlet Üniversitesi'ni ziyaret etti. Aksoy, aynı gün Rektör Yardımcısı Aliya Serikova'yla görüştü.`,
      ),
    ).toEqual([['Aliya Serikova', 'Rektör Yardımcısı', null]]);
  });
});
