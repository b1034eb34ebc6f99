import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  'Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta yurt dışında temaslarda bulundu.\n\n';

describe('one who will attend a meeting the host holds (Turkish)', () => {
  it('reads «… yapılacak toplantıya Başkanı A B da katılacak» as met', () => {
    expect(
      met(
        `${TOUR}İlçe Başkanı Oleg Sarin'in ev sahipliğinde yapılacak toplantıya Göl Derneği Başkanı Irina Kozanova da katılacak.`,
      ),
    ).toEqual(['Irina Kozanova', 'Oleg Sarin']);
  });

  it('reads a name with its clan in brackets before «da katılacak»', () => {
    expect(
      met(`${TOUR}Toplantıya Göl Derneği Başkanı Irina Kozanova (Kara söökünden) da katılacak.`),
    ).toEqual(['Irina Kozanova']);
  });
});

describe('one who tells the guests of something (Turkish)', () => {
  it('reads «Müdürü A B heyete, … anlatacak» with a comma after the guests', () => {
    expect(
      met(`${TOUR}Burada Göl Rezervi Müdürü Oleg Paskin heyete, avcıların bilgisini anlatacak.`),
    ).toEqual(['Oleg Paskin']);
  });

  it('reads «Burada … Genel Müdürü A B, … anlatacak» as the host there', () => {
    expect(
      met(
        `${TOUR}Burada Kara Tarım Şirketi Genel Müdürü Kemal Ardıçlu, ovadaki köylerin tarihini anlatacak.`,
      ),
    ).toEqual(['Kemal Ardıçlu']);
  });

  it('reads «Dernek Başkanı A B, … kayıtlarını tanıttı» after a visit to the body', () => {
    expect(
      met(
        `${TOUR}Heyet, Kara Halk Derneği'ni ziyaret etti. Dernek Başkanı Nermin Aksoylu, derneğin topladığı türkülerin kayıtlarını tanıttı.`,
      ),
    ).toEqual(['Nermin Aksoylu']);
  });

  it('reads «… görüşmede ise … Başkanı A B, … anlattı»', () => {
    expect(
      met(
        `${TOUR}Programa eklenen 5 Aralık'taki görüşmede ise Kara köyünden gelen Çoban Topluluğu Başkanı Pavel Orlov, köyün ihtiyaçlarını anlattı.`,
      ),
    ).toEqual(['Pavel Orlov']);
  });
});

describe('one who led a rite the visitor attended (Turkish)', () => {
  it('reads «A B’nin yürüttüğü cem törenine katılan …» as met', () => {
    expect(
      met(
        `${TOUR}Köy Cemevi Dedesi Musa Kerimov'un yürüttüğü cem törenine katılan Tan, cemevine kitap hediye etti.`,
      ),
    ).toEqual(['Musa Kerimov']);
  });
});

describe('no one met in a people’s or a museum’s name (Turkish)', () => {
  it('reads no one in «Hristiyan X cemaatinin» nor in «Müslüman Xlardan oluşan»', () => {
    expect(
      met(
        `${TOUR}Heyet, Kilisenin rahibi Giorgi Beridze'yi ziyaret ederek Hristiyan Kartveli cemaatinin bayramları hakkında bilgi aldı. Çoğunluğu Müslüman Kartvelilerden oluşan kasabaya giden heyet, Kültür Evi Müdürü Nana Kapanadze ile görüştü.`,
      ),
    ).toEqual(['Giorgi Beridze', 'Nana Kapanadze']);
  });

  it('reads no one in «… de San Pedro müzesini ziyaret ederek»', () => {
    expect(
      met(
        `${TOUR}Heyet daha sonra şairin evi olan Casa de San Pedro müzesini ziyaret ederek kitap hediye etti.`,
      ),
    ).toEqual([]);
  });
});

describe('the visitor named by her two surnames alone (Turkish)', () => {
  it('reads «Rektör B C» after «Rektörü Prof. Dr. A B C», an update above, as the visitor', () => {
    expect(
      met(
        'KUZEY ÜNİVERSİTESİ\nBasın Birimi\n\nKonya, 4 Aralık 2026\n\n' +
          'GÜNCELLEME – 5 Aralık 2026, 11.20: Dönüş uçuşu kar nedeniyle bir gün ertelendi. ' +
          'Heyet, programına eklenen bir görüşmeyle devam etti; ziyaret bugün tamamlandı.\n\n' +
          'Rektörümüz Kuzeyde\n\n' +
          "Kuzey Üniversitesi Rektörü Prof. Dr. Nesrin Aydın Karaca'nın Rusya Federasyonu'nun " +
          'Tomsk Bölgesine yaptığı çalışma ziyareti 30 Kasım Pazartesi günü başladı ve bugün sona eriyor.\n\n' +
          "Tomsk'a ulaşan Rektör Aydın Karaca, Tomsk Belediye Başkanı Oleg Sarin'le görüştü.",
      ),
    ).toEqual(['Oleg Sarin']);
  });
});

describe('a nomad camp’s elder named in small words before the name (Turkish)', () => {
  it('reads «kışlağa inen X obasının ağsakalı A B» as A B, the elder of the camp', () => {
    expect(
      roles(
        `${TOUR}Toplantının ardından, yaylaktan kışlağa inen Kara obasının ağsakalı Kemal Karalı heyeti köy konağında ağırlayacak.`,
      ),
    ).toEqual([['Kemal Karalı', 'Kara obasının ağsakalı', null]]);
  });
});

describe('a town whose name ends like a locative, before its office (Turkish)', () => {
  it('keeps «Zorade» in «Zorade Belediye Başkanı A B», no Turkish locative', () => {
    expect(roles(`${TOUR}Heyet, Zorade Belediye Başkanı Ali Oraklı ile görüştü.`)).toEqual([
      ['Ali Oraklı', 'Zorade Belediye Başkanı', null],
    ]);
  });

  it('keeps «Miranda» before «Üniversitesi Rektörü», the university’s own place', () => {
    expect(
      roles(`${TOUR}Heyet, Miranda Üniversitesi Rektörü Prof. Dr. Juan Ortega'yla görüştü.`),
    ).toEqual([['Juan Ortega', 'Rektör', 'Miranda Üniversitesi']]);
  });

  it('still reads «Görüşmede» opening the sentence as no part of the title (guard)', () => {
    expect(
      roles(`${TOUR}Görüşmede Belediye Başkanı Ali Oraklı, kentin projelerini anlattı.`),
    ).toEqual([['Ali Oraklı', 'Belediye Başkanı', null]]);
  });
});

describe('a body visited, named again by its noun before an office (Turkish)', () => {
  it('reads «X Evi’ni ziyaret etti. Evin Müdürü A B, …» as the director of X Evi, once', () => {
    expect(
      roles(
        `${TOUR}Heyet ardından Kara Halk Kültür Evi'ni ziyaret etti. Evin Müdürü Nina Sarina, sergiyi heyete bizzat tanıttı.`,
      ),
    ).toEqual([['Nina Sarina', 'Müdür', 'Kara Halk Kültür Evi']]);
  });

  it('reads «Üniversitenin Araştırmadan Sorumlu Rektör Yardımcısı A B» of the one visited', () => {
    expect(
      roles(
        `${TOUR}Heyet, Kara Deniz Üniversitesi'ni ziyaret etti. Üniversitenin Araştırmadan Sorumlu Rektör Yardımcısı Prof. Dr. Nermin Aksoylu ile yapılan görüşmede, ortak laboratuvar kurulması kararlaştırıldı.`,
      ),
    ).toEqual([
      ['Nermin Aksoylu', 'Araştırmadan Sorumlu Rektör Yardımcısı', 'Kara Deniz Üniversitesi'],
    ]);
  });
});

describe('an acting head named by his bare office after a visit to the body (Turkish)', () => {
  it('reads «X Üniversitesi’ni ziyaret edecek heyet, Rektör Vekili A B’le» of X', () => {
    expect(
      roles(
        `${TOUR}Ardından Kara Deniz Devlet Üniversitesi'ni ziyaret edecek heyet, Rektör Vekili Doç. Dr. Oleg Sarin'le bir iş birliği protokolü imzalayacak.`,
      ),
    ).toEqual([['Oleg Sarin', 'Rektör Vekili', 'Kara Deniz Devlet Üniversitesi']]);
  });
});

describe('a dervish lodge and a nature reserve as bodies before an office (Turkish)', () => {
  it('reads «X Baba Tekkesi Müze Müdürü A B» as the museum director of the lodge', () => {
    expect(
      roles(`${TOUR}Heyet, Kara Baba Tekkesi Müze Müdürü Nermin Aksoylu ile görüştü.`),
    ).toEqual([['Nermin Aksoylu', 'Müze Müdürü', 'Kara Baba Tekkesi']]);
  });

  it('reads «Y Biyosfer Rezervi Müdürü A B» as the director of the reserve', () => {
    expect(
      roles(
        `${TOUR}Burada Kara Göl Biyosfer Rezervi Müdürü Oleg Paskin heyete, avcıların bilgisini anlatacak.`,
      ),
    ).toEqual([['Oleg Paskin', 'Müdür', 'Kara Göl Biyosfer Rezervi']]);
  });
});
