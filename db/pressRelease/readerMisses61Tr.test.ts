import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  'Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta yurt dışında temaslarda bulundu.\n\n';

describe('the styles of a Bektashi head before his name (Turkish)', () => {
  it('reads the head of a lodge, «Tekkesi Babası», as an office before a name', () => {
    expect(met(`${TOUR}Heyet, Kuru Dağ Tekkesi Babası Besnik Tahiraj ile görüştü.`)).toEqual([
      'Besnik Tahiraj',
    ]);
  });

  it('takes «Baba» before the name for a style where the lodge calls him its «Babası»', () => {
    expect(
      met(`${TOUR}Heyet, Kuru Dağ Tekkesi Babası Baba Besnik Tahiraj'ı ziyaret etti.`),
    ).toEqual(['Besnik Tahiraj']);
  });

  it("takes the Bektashi head's «Hacı Dede» for a style of two words", () => {
    expect(
      met(`${TOUR}Heyet, Bektaşi Meclisi Başkanı Hacı Dede Gentian Kodraj ile görüştü.`),
    ).toEqual(['Gentian Kodraj']);
  });

  // Guards: «Dede» and «Baba» stay a name's own word where the release shows no style.
  it('keeps a surname «Dede» after a given name, and «Baba» the release shows as no style', () => {
    expect(met(`${TOUR}Heyet, Kuru Dağ Derneği Başkanı Hacı Mehmet Dede ile görüştü.`)).toEqual([
      'Mehmet Dede',
    ]);
    expect(met(`${TOUR}Heyet, Kuru Dağ Derneği Başkanı Baba Kamara Sillah ile görüştü.`)).toEqual([
      'Baba Kamara Sillah',
    ]);
  });
});

describe('one something is attributed or dedicated to (Turkish)', () => {
  it('meets no one a lodge is attributed to, a clause before the meeting', () => {
    expect(
      met(
        `${TOUR}Program, Kemal Yörük'e atfedilen tekkenin ziyaretiyle sona erdi; heyet burada Tekke Babası Besnik Tahiraj'ı ziyaret etti.`,
      ),
    ).toEqual(['Besnik Tahiraj']);
    expect(
      met(
        `${TOUR}Heyet, Kemal Yörük'e adanmış müzeyi gezdi ve Müze Müdürü Besnik Tahiraj ile görüştü.`,
      ),
    ).toEqual(['Besnik Tahiraj']);
  });
});

describe('a host who invites the guests to an event (Turkish)', () => {
  it('reads «Dekanı A B, … dinletisine heyeti davet etti» as met', () => {
    expect(
      met(
        `${TOUR}Akşam Kuzey Üniversitesi Müzik Fakültesi Dekanı Prof. Dr. Besnik Tahiraj, öğrencilerin hazırladığı türkü dinletisine heyeti davet etti.`,
      ),
    ).toEqual(['Besnik Tahiraj']);
  });
});

describe('the Uzbek hokim as Turkish writes him, «Hâkimi» (Turkish)', () => {
  it('reads «Şehri Hâkimi» as the office before a given name no list knows', () => {
    expect(
      met(
        `${TOUR}Kuva Şehri Hâkimi Sardorbek Xolmatov'un ev sahipliğinde şehri gezen heyet, çarşıyı da gördü.`,
      ),
    ).toEqual(['Sardorbek Xolmatov']);
  });
});

describe('one the guests were told by, a long matter between (Turkish)', () => {
  it("reads «Müdürü A B'den … hakkında bilgi aldı» past ten words of what they heard of", () => {
    expect(
      met(
        `${TOUR}Heyet, Eski Kale Müze-Rezervi Müdürü Nodira Sultonova'dan onarımı planlanan Kara Han Medresesi ve Ak Saray Türbesi hakkında bilgi aldı.`,
      ),
    ).toEqual(['Nodira Sultonova']);
  });
});

describe('one whose village or home the guests visit (Turkish)', () => {
  it("reads «Başkanı A B'nin köyünü ziyaret ederek» as met", () => {
    expect(
      met(
        `${TOUR}Son gün heyet, Kartal Avcıları Derneği Başkanı Sardorbek Xolmatov'un köyünü ziyaret ederek avcılığı yerinde tanıdı.`,
      ),
    ).toEqual(['Sardorbek Xolmatov']);
  });
});

describe('a ministry of two fields, the first «Milli» (Turkish)', () => {
  it('reads «Milli İşler ve Kamu Projeleri Bakanı A B» as one title, no one named «Milli İşler»', () => {
    expect(
      met(
        `${TOUR}Heyet, Kuzey Cumhuriyeti Milli İşler ve Kamu Projeleri Bakanı Sardorbek Xolmatov tarafından kabul edildi.`,
      ),
    ).toEqual(['Sardorbek Xolmatov']);
  });
});

describe('one who performs at an evening held for the guests (Turkish)', () => {
  it('reads «Heyet için düzenlenen gecede ozan A B, … seslendirdi» as met', () => {
    expect(
      met(
        `${TOUR}Heyet için düzenlenen gecede ozan Sardorbek Xolmatov, usta ozan Kemal Yörük'ün repertuvarından türküler seslendirdi.`,
      ),
    ).toEqual(['Sardorbek Xolmatov']);
  });
});
