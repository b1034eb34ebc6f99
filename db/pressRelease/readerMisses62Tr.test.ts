import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  "Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta Mısır'da temaslarda bulundu.\n\n";

describe('a host at whose home the guests dined (Turkish)', () => {
  it("reads «A B'nin evinde verilen akşam yemeğine katıldı» as a meeting with A B", () => {
    expect(
      met(
        `${TOUR}Heyet daha sonra Kuzey Dostları Derneği Başkanı Murat Cemil Tandoğan'ın evinde verilen akşam yemeğine katıldı.`,
      ),
    ).toEqual(['Murat Cemil Tandoğan']);
  });
});

describe('a surname «Ağa» that the release shows to be a family name (Turkish)', () => {
  it('keeps «Ağa» where the release names «the Ağa family»', () => {
    expect(
      met(
        `${TOUR}Heyet, Kuzey Dostları Derneği Başkanı Murat Cemil Ağa ile görüştü. Ağa ailesinin elinde bulunan belgeler incelendi.`,
      ),
    ).toEqual(['Murat Cemil Ağa']);
  });

  // Guard: with no family named by it, «Ağa» after a name stays a style.
  it('still takes «Ağa» after a name of two words for a style where no family bears it', () => {
    expect(
      met(`${TOUR}Heyet, Kuzey Dostları Derneği Başkanı Murat Cemil Ağa ile görüştü.`),
    ).toEqual(['Murat Cemil']);
  });
});

describe('a meeting held with one and others of his body (Turkish)', () => {
  it('reads «A B ve dernek üyeleriyle bir toplantı yapıldı» as a meeting with A B', () => {
    expect(
      met(
        `${TOUR}Aynı gün akşam Kuzey Kültür Evi'nde, Ova Türkleri Derneği Başkanı Ludmila Karaoğlu ve dernek üyeleriyle bir toplantı yapıldı.`,
      ),
    ).toEqual(['Ludmila Karaoğlu']);
  });
});

describe('what opens a sentence and is no name (Turkish)', () => {
  it('reads no name in «Görüşmede» before a palace named after it', () => {
    expect(
      met(
        `${TOUR}Heyet, Bakan Yardımcısı Hasan Fikri Kurt ile görüştü. Görüşmede Çırağan ve Yıldız saraylarındaki eserler ile Kahire'deki saraylarda bulunan mobilyaların envanteri konuşuldu.`,
      ),
    ).toEqual(['Hasan Fikri Kurt']);
  });

  it('reads no one in a valley, «Vadisi», a place is known by', () => {
    expect(
      met(
        `${TOUR}"Mısır'ın Mermer Vadisi" olarak bilinen Kuzeykent'e geçen heyet, Rektör Liao Wen-ming tarafından kabul edildi.`,
      ),
    ).toEqual(['Liao Wen-ming']);
  });
});

describe('one named after the guests who showed them something (Turkish)', () => {
  it('reads «heyete Başkan Yardımcısı A B C laboratuvarlarını tanıttı» as met', () => {
    expect(
      met(
        `${TOUR}Burada heyete Kuzey Enstitüsü Başkan Yardımcısı Linda Wang Shu-fen enstitünün laboratuvarlarını tanıttı.`,
      ),
    ).toEqual(['Linda Wang Shu-fen']);
  });
});

describe('a host named by his office who said something to the guests (Turkish)', () => {
  it('reads «Direktörü A B C, … hazır olduklarını belirtti» after a semicolon as met', () => {
    expect(
      met(
        `${TOUR}Ziyaretin son durağı Kuzey Kütüphanesi oldu; Kütüphane Direktörü Prof. Dr. Selma Rüşdi Kâmil, yazma eserlerin taranmasında iş birliğine hazır olduklarını belirtti.`,
      ),
    ).toEqual(['Selma Rüşdi Kâmil']);
  });
});

describe('Māori names of bodies, peoples and titles in a Turkish release', () => {
  it('reads no one in a museum named after its kind, «Ulusal Müze A B»', () => {
    expect(
      met(
        `${TOUR}Görüşmenin ardından Ulusal Müze Ara Moana'yı ziyaret eden heyet, Müdür Rewi Manahi ile görüştü.`,
      ),
    ).toEqual(['Rewi Manahi']);
  });

  it('takes a word the release calls a title, «unvanını taşıyan», off the name', () => {
    expect(
      met(
        `${TOUR}Müzede heyeti, müzenin eş genel müdürü unvanını taşıyan Kaitiaki Rewi Manahi karşıladı.`,
      ),
    ).toEqual(['Rewi Manahi']);
  });

  it('reads no one in a people named before its tribes, «A B boylarından»', () => {
    expect(
      met(
        `${TOUR}Heyet, Te Waka boylarından Ngāti Roa'nın yaşlılarından (kaumātua) Mere Te Aho'yla görüştü.`,
      ),
    ).toEqual(['Mere Te Aho']);
  });

  it('reads no one in a people whose soldiers a monument stands for', () => {
    expect(
      met(
        `${TOUR}Heyet, Müdür Rewi Manahi ile görüştü. Savaşta hayatını kaybeden Te Waka askerleri için dikilen anıt da ziyaret edildi.`,
      ),
    ).toEqual(['Rewi Manahi']);
  });

  it("reads a body's Māori name whole, «of» written small inside it", () => {
    expect(
      met(
        `${TOUR}Karşılama töreninde, Te Kaha a Rua Derneği'nin Başkanı Mere Pōtiki de hazır bulundu.`,
      ),
    ).toEqual(['Mere Pōtiki']);
  });
});

describe('the title and body of a host in a Turkish release', () => {
  it('parts an administration and a political front from the office held in it', () => {
    expect(
      roles(`${TOUR}Heyet, Kuzey Eski Şehir Yönetimi Müdürü Dr. Selin Akar ile görüştü.`),
    ).toEqual([['Selin Akar', 'Müdür', 'Kuzey Eski Şehir Yönetimi']]);
    expect(roles(`${TOUR}Heyet, Kuzey Halk Cephesi Ova İl Başkanı Ali Demir ile görüştü.`)).toEqual(
      [['Ali Demir', 'Ova İl Başkanı', 'Kuzey Halk Cephesi']],
    );
  });

  // Guard: a local government's head keeps his title whole.
  it("keeps a local government whole in its head's title", () => {
    expect(roles(`${TOUR}Heyet, Kuzey Yerel Yönetimi Müdürü Ali Demir ile görüştü.`)).toEqual([
      ['Ali Demir', 'Kuzey Yerel Yönetimi Müdürü', null],
    ]);
  });

  it("gives a permanent secretary's office back bare, «Daimi Müsteşar»", () => {
    expect(
      roles(`${TOUR}Heyet, Kuzey Sosyal İşler Bakanlığı Daimi Müsteşarı Lene Holm ile görüştü.`),
    ).toEqual([['Lene Holm', 'Daimi Müsteşar', 'Kuzey Sosyal İşler Bakanlığı']]);
  });

  it("reads no meeting's locative, «Toplantıda», into the body of one who was present", () => {
    expect(
      roles(`${TOUR}Toplantıda Kuzey Medya Ajansı Direktörü Vesna Kovač de hazır bulundu.`),
    ).toEqual([['Vesna Kovač', 'Direktör', 'Kuzey Medya Ajansı']]);
  });

  // Guard: «Görüşmede», now read as no name, is still no word of a body.
  it('reads no «Görüşmede» into the body of one who was present', () => {
    expect(
      roles(`${TOUR}Görüşmede Kuzey Medya Ajansı Direktörü Vesna Kovač de hazır bulundu.`),
    ).toEqual([['Vesna Kovač', 'Direktör', 'Kuzey Medya Ajansı']]);
  });

  it('takes the word the release calls a title for the title', () => {
    expect(
      roles(
        `${TOUR}Müzede heyeti, müzenin eş genel müdürü unvanını taşıyan Kaitiaki Rewi Manahi karşıladı.`,
      ),
    ).toEqual([['Rewi Manahi', 'Kaitiaki', null]]);
  });

  it("keeps a town that ends like a locative in its mayor's title", () => {
    expect(
      roles(
        `${TOUR}İkinci gün Zelta'ya geçen heyet, Zelta Belediye Başkanı Ali Demir tarafından karşılandı.`,
      ),
    ).toEqual([['Ali Demir', 'Zelta Belediye Başkanı', null]]);
  });
});
