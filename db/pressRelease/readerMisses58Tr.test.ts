import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met, roles } from '../test/peopleMet.js';

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  'Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta yurt dışında temaslarda bulundu.\n\n';

describe('a rabbi’s and a senator’s office before the name (Turkish)', () => {
  it('reads «Haham A B’yla» as A B, the rabbi', () => {
    expect(
      roles(
        `${TOUR}Heyet daha sonra Merkez Sinagogu'nu ziyaret etti ve Haham Yakov Benaroya'yla kitap koleksiyonunu inceledi.`,
      ),
    ).toEqual([['Yakov Benaroya', 'Haham', null]]);
  });

  it('reads «Senato üyesi Senatör A B C» as A B C, the senator', () => {
    expect(
      roles(`${TOUR}Heyet, Senato üyesi Senatör Tarık Selim Abaza (طارق سليم أباظة) ile görüştü.`),
    ).toEqual([['Tarık Selim Abaza', 'Senatör', null]]);
  });
});

describe('a style of respect or of a chief after the name (Turkish)', () => {
  it('reads «reisi A B Ağa» as A B', () => {
    expect(
      met(`${TOUR}Kara aşiretinin reisi Kemal Karalı Ağa, heyeti köy konağında ağırladı.`),
    ).toEqual(['Kemal Karalı']);
  });

  it('reads «Başkanı A B Hanım» as A B', () => {
    expect(met(`${TOUR}Heyet, Kadınlar Derneği Başkanı Nermin Aksoylu Hanım ile görüştü.`)).toEqual(
      ['Nermin Aksoylu'],
    );
  });

  it('keeps «Ağa» after a given name alone as the surname (guard)', () => {
    expect(met(`${TOUR}Heyet, Köy Muhtarı Remzi Ağa ile görüştü.`)).toEqual(['Remzi Ağa']);
  });
});

describe('a Turkic name’s other form in brackets after it (Turkish)', () => {
  it('reads «A B C (A D qızı E)» as one woman', () => {
    expect(
      met(
        `${TOUR}Heyeti köyde köy idaresi başkanı Leyla Nazimovna Aliyeva (Leyla Nazim qızı Əliyeva) karşılayacak.`,
      ),
    ).toEqual(['Leyla Nazimovna Aliyeva']);
  });

  it('reads «A B C (Tatarca: A D ulı E)» as one man', () => {
    expect(
      met(
        `${TOUR}Heyeti, Rayon Başkanı Ravil Kamiloviç Sadretdinov (Tatarca: Ravil Kamil ulı Sadretdin) karşılayacak.`,
      ),
    ).toEqual(['Ravil Kamiloviç Sadretdinov']);
  });

  it('reads «A B (Tuvaca adıyla C D) ile görüştü» as A B alone', () => {
    expect(
      met(
        `${TOUR}Heyet, Topluluk Başkanı Dorjiin Altantsetseg (Tuvaca adıyla Altın Kız) ile görüştü.`,
      ),
    ).toEqual(['Dorjiin Altantsetseg']);
  });
});

describe('a body’s own name in English in brackets after its Turkish name', () => {
  it('reads «X Konseyi (Council of Y Unions) Başkanı A B C» as A B C of X Konseyi', () => {
    expect(
      roles(
        `${TOUR}Aynı gün Kıbrıs Türk Birlikleri Konseyi (Council of Turkish Cypriot Unions) Başkanı Remzi Kemal Halil MBE ile de görüşmesi planlanıyor.`,
      ),
    ).toEqual([['Remzi Kemal Halil', 'Başkan', 'Kıbrıs Türk Birlikleri Konseyi']]);
  });
});

describe('people of history, named for an era, a legacy or a body (Turkish)', () => {
  it('reads no one in «A bin B döneminde inşa edilen camiyi ziyaret edecek»', () => {
    expect(
      met(
        `${TOUR}Heyet ayrıca, Abbasi komutanı Harun bin Ubeydullah döneminde inşa edilen Cuma Camii'ni ziyaret edecek.`,
      ),
    ).toEqual([]);
  });

  it('reads only the mufti in «A’yla görüşmede Hacı B C mirası ile … ele alınacak»', () => {
    expect(
      met(
        `${TOUR}Ziyaretin son gününde heyet, Bölge Müftüsü Şeyh Ravil Sabirov tarafından kabul edilecek. Sabirov'la görüşmede Konya'daki Hacı Sadreddin Konevi mirası ile Tatar geleneği arasındaki bağlar ele alınacak.`,
      ),
    ).toEqual(['Ravil Sabirov']);
  });

  it('reads only the headmistress in «adını A B olarak tanınan yazardan alan lisede»', () => {
    expect(
      met(
        `${TOUR}Heyet son olarak, adını Türkiye'de Naim Efe olarak tanınan yazardan alan Naim Frashëri Lisesi'nde Müdür Sevgi Rüstem'le görüştü.`,
      ),
    ).toEqual(['Sevgi Rüstem']);
  });

  it('reads only the vice-rector in «Sofya "Sv. A B" Üniversitesi Rektör Yardımcısı C D»', () => {
    expect(
      met(
        `${TOUR}Aynı gün Sofya "Sv. Naum Ohridski" Üniversitesi Rektör Yardımcısı Prof. Dr. Ralitsa Petkova'yla protokol imzalandı.`,
      ),
    ).toEqual(['Ralitsa Petkova']);
  });
});

describe('those who attended a gathering or a performance (Turkish)', () => {
  it('reads both in «düzenlenen buluşmaya A B C ile D E katıldı»', () => {
    expect(
      met(
        `${TOUR}Cumartesi günü düzenlenen buluşmaya, Dernekler Konseyi Başkanı Hasan Ahmet Raşit ile Belediye Meclisi Üyesi Ömer Yusuf katıldı.`,
      ),
    ).toEqual(['Hasan Ahmet Raşit', 'Ömer Yusuf']);
  });

  it('reads the Turks of a place abroad as the hosts: «X Türk Dernekleri Başkanı A B»', () => {
    expect(
      met(
        `${TOUR}Cumartesi günü düzenlenen buluşmaya, Kıbrıs Türk Dernekleri Konseyi Başkanı Hasan Ahmet Raşit katıldı.`,
      ),
    ).toEqual(['Hasan Ahmet Raşit']);
  });

  it('reads «A’nın ev sahipliğindeki toplantıya … B C de katıldı» as B C too', () => {
    expect(
      met(
        `${TOUR}Heyet, Cemaat Başkanı Lea Benbasat ile görüştü. Benbasat'ın ev sahipliğindeki toplantıya, kursun öğretmeni Rita Kamhi de katıldı.`,
      ),
    ).toEqual(['Lea Benbasat', 'Rita Kamhi']);
  });

  it('reads «Valisi G. A’nın ev sahipliğinde düzenlenen toplantıya B C da katıldı» as B C too', () => {
    expect(
      met(
        `${TOUR}Sum Valisi D. Altangerel'in ev sahipliğinde düzenlenen toplantıya Topluluk Başkanı Dorjiin Altantsetseg da katıldı.`,
      ),
    ).toEqual(['Dorjiin Altantsetseg', 'D. Altangerel']);
  });

  it('reads «toplantıya katılan Başkanı A B (A C), … anlattı» as A B', () => {
    expect(
      met(
        `${TOUR}Toplantıya katılan Domates Üreticileri Birliği Başkanı Orhan Kavakçı (Orhan Kavakxhi), festivali anlattı.`,
      ),
    ).toEqual(['Orhan Kavakçı']);
  });

  it('reads «A B’in sazlı sözlü programını izleyecek» as A B', () => {
    expect(
      met(
        `${TOUR}Heyet, son gün Halk Topluluğu Başkanı Aşık Nuri Ganiyev'in sazlı sözlü programını izleyecek.`,
      ),
    ).toEqual(['Nuri Ganiyev']);
  });
});

describe('the country a Turkish visit was in (Turkish)', () => {
  const head = 'ANKARA YILDIZ BAYIR ÜNİVERSİTESİ\nHABERLER\n\n';
  const lead =
    'Ankara, 4 Aralık 2026 – Ankara Yıldız Bayır Üniversitesi Rektörü Prof. Dr. Ali Kaya, ' +
    "28 Kasım Cumartesi'den 2 Aralık Çarşamba'ya kadar Kazakistan'da bulundu.\n\n" +
    "Rektör Kaya, Astana'da Enstitü Müdürü Prof. Dr. Aigerim Bekova ile bir araya geldi.";

  it('reads «X’te bulundu» as a visit to X, not to the city in the own body’s name', () => {
    const text = `${head}Rektörümüz yurt dışında temaslarda bulundu\n\n${lead}`;
    expect(extractDraft(text).visit.places[0]?.country).toBe('KZ');
  });

  it('reads the heading «X’in … Türklerini ziyaret etti» as a visit to X', () => {
    const text = `${head}Rektörümüz, Kazakistan'ın bozkır çobanı Ahıska Türklerini ziyaret etti\n\n${lead}`;
    expect(extractDraft(text).visit.places[0]?.country).toBe('KZ');
  });
});

describe('a title’s parts in brackets or quotation marks (Turkish)', () => {
  it('leaves out the title in its own language between the title and the name', () => {
    expect(
      roles(
        `${TOUR}Heyet, Lyon Belediye Meclisi Üyesi (conseiller municipal) Kadir Özbay ve Rhône Türk Dernekleri Federasyonu Başkanı Nurettin Ekinci ile görüşecek.`,
      ),
    ).toEqual([
      ['Kadir Özbay', 'Lyon Belediye Meclisi Üyesi', null],
      ['Nurettin Ekinci', 'Başkan', 'Rhône Türk Dernekleri Federasyonu'],
    ]);
  });

  it('keeps a body’s quoted name in its title: «X Örgütü "Y" Başkanı A B»', () => {
    expect(
      roles(
        `${TOUR}Heyet, salı günü Romanya Yahudileri Örgütü "Tikva" Başkanı Iosif Calmanovici ile görüştü.`,
      ),
    ).toEqual([['Iosif Calmanovici', 'Başkan', 'Romanya Yahudileri Örgütü "Tikva"']]);
  });
});

describe('a branch’s and a club’s head (Turkish)', () => {
  it('reads «X Üniversitesi Y Şubesi Müdürü A B» as the Müdür of the branch', () => {
    expect(
      roles(
        `${TOUR}Heyet, Kazan Devlet Üniversitesi Elabuga Şubesi Müdürü Prof. Dr. Rinat Şakirov'la bir protokol imzaladı.`,
      ),
    ).toEqual([['Rinat Şakirov', 'Müdür', 'Kazan Devlet Üniversitesi Elabuga Şubesi']]);
  });

  it('reads «X Kulübü’nün Başkanı A B C» as the Başkan of the club', () => {
    expect(
      roles(`${TOUR}Heyet, aynı gün El-Vahde Kulübü'nün Başkanı Tamer Yusuf Kabart ile görüştü.`),
    ).toEqual([['Tamer Yusuf Kabart', 'Başkan', 'El-Vahde Kulübü']]);
  });
});

describe('an office in small letters before the name (Turkish)', () => {
  it('reads «X’te köy idaresi başkanı A B C» with the office', () => {
    expect(
      roles(`${TOUR}Heyeti Yeni-Köy'de köy idaresi başkanı Leyla Nazimovna Aliyeva karşılayacak.`),
    ).toEqual([['Leyla Nazimovna Aliyeva', 'köy idaresi başkanı', null]]);
  });

  it('reads «X aşiretinin reisi A B Ağa» as A B, the tribe’s chief', () => {
    expect(
      roles(`${TOUR}Kara aşiretinin reisi Kemal Karalı Ağa, heyeti köy konağında ağırladı.`),
    ).toEqual([['Kemal Karalı', 'Kara aşiretinin reisi', null]]);
  });
});
