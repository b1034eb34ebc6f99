import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_RECIFE =
  "Ankara, 4 Aralık 2026 – Yatırım Ofisi Başkanı Ali Veli, 1-3 Aralık tarihlerinde Brezilya ve İspanya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('Portuguese and Spanish names of up to five words joined by da, das, do, dos, de, del, y', () => {
  it('reads «da», «das», «do», «de» inside a name before «ile», «tarafından», a case ending (Turkish)', () => {
    expect(
      roles(
        `${TR_RECIFE}Recife'de Brezilya Tarım Ajansı Başkanı Carlos Eduardo da Silva Mendes tarafından kabul edilen Veli, Brezilya Maliye Bakanı Maria das Graças Souza'yla görüştü. Veli, Brezilya Enerji Bakanı Luiz Fernando do Nascimento tarafından da kabul edildi. Veli ayrıca Brezilya Sanayi Bakan Yardımcısı Paulo Henrique Lacerda da Rocha ile de görüştü ve Brezilya Ulaştırma Bakanı Fernanda Cristina de Moraes Filho'yu ziyaret etti.`,
      ),
    ).toEqual([
      ['Carlos Eduardo da Silva Mendes', 'Başkan', 'Brezilya Tarım Ajansı'],
      ['Maria das Graças Souza', 'Brezilya Maliye Bakanı', null],
      ['Luiz Fernando do Nascimento', 'Brezilya Enerji Bakanı', null],
      ['Paulo Henrique Lacerda da Rocha', 'Brezilya Sanayi Bakan Yardımcısı', null],
      ['Fernanda Cristina de Moraes Filho', 'Brezilya Ulaştırma Bakanı', null],
    ]);
  });

  it('reads the Spanish «y» between two surnames (Turkish)', () => {
    expect(
      met(
        `${TR_RECIFE}Madrid'de İspanya Kültür Bakanı José Luis Ortega y Gasset ile görüşen Veli, İspanya Senatosu Başkanı Ana María del Carmen Ruiz ile de bir araya geldi.`,
      ),
    ).toEqual(['José Luis Ortega y Gasset', 'Ana María del Carmen Ruiz']);
  });

  it('keeps «de», «da» meaning “also” after a name apart from the one met (Turkish)', () => {
    expect(
      met(
        `${TR_RECIFE}Veli, Brezilya Tarım Bakanı Pedro Alves ile görüştü. Heyet Başkanı Ahmet Demir de Alves'le görüştü. Kurul Üyesi Selim Doğan da Brezilya Maliye Bakanı Rita Costa ile bir araya geldi.`,
      ),
    ).not.toContain('Ahmet Demir de Alves');
  });

  it('reads a body’s own-language name in brackets before the title as none of the title (Turkish)', () => {
    expect(
      roles(
        `${TR_RECIFE}Brasília'da Brezilya Turizm Tanıtım Ajansı (EmbraturBrasil) Başkanı Rodrigo Antunes Faria tarafından kabul edilen Veli, Brezilya Bilimler Derneği (Sociedade Brasileira de Ciência) Başkanı Helena Prado Lins ile görüştü.`,
      ),
    ).toEqual([
      ['Rodrigo Antunes Faria', 'Başkan', 'Brezilya Turizm Tanıtım Ajansı'],
      ['Helena Prado Lins', 'Başkan', 'Brezilya Bilimler Derneği'],
    ]);
  });
});

const TR_HOSTED =
  "Ankara\n4 Aralık 2026\n\nŞili Su Ajansı heyeti DSİ'yi ziyaret etti\n\nŞili Su Ajansı Başkanı Rodrigo Pérez başkanlığındaki heyet, Pazartesi'den Çarşamba'ya kadar Türkiye'de temaslarda bulundu.\n\nDevlet Su İşleri (DSİ) Genel Müdürü Ahmet Kaya, Pazartesi günü Pérez'i kabul etti.\n\n";

describe('the host’s people who attended, from a body named in the ablative', () => {
  it('reads «Toplantıya DSİ’den Kurul Üyesi A-B, Kurul Üyesi C ve Daire Başkanı D katıldı» (Turkish)', () => {
    expect(
      roles(
        `${TR_HOSTED}Toplantıya DSİ'den Kurul Üyesi Gökçen Ülker-Şimşek, Kurul Üyesi Çiğdem Öğüt ve Daire Başkanı İlkay Güçlü katıldı.`,
      ).slice(1),
    ).toEqual([
      ['Gökçen Ülker-Şimşek', 'Kurul Üyesi', 'DSİ'],
      ['Çiğdem Öğüt', 'Kurul Üyesi', 'DSİ'],
      ['İlkay Güçlü', 'Daire Başkanı', 'DSİ'],
    ]);
  });

  it('reads «Toplantıya DSİ’den A (Kurul Üyesi), B (Daire Başkanı) … katıldı» with the title in brackets (Turkish)', () => {
    expect(
      roles(
        `${TR_HOSTED}Toplantıya DSİ'den Zeynep Ece Tunç (Kurul Üyesi), Şükran Ağaoğlu-Kılıç (Kurul Üyesi) ve Ümit Çevik (Daire Başkanı) katıldı.`,
      ).slice(1),
    ).toEqual([
      ['Zeynep Ece Tunç', 'Kurul Üyesi', 'DSİ'],
      ['Şükran Ağaoğlu-Kılıç', 'Kurul Üyesi', 'DSİ'],
      ['Ümit Çevik', 'Daire Başkanı', 'DSİ'],
    ]);
  });

  it('reads a power plant, a dam or a factory named before its site as no one (Turkish)', () => {
    expect(
      met(
        `${TR_HOSTED}Çarşamba günü Adana'ya geçen heyet, Seyhan Hidroelektrik Santrali sahasında incelemelerde bulundu ve DSİ Seyhan Bölge Müdürü ile görüştü. Heyet, Karakaya Barajı'nı da gezdi ve DSİ Bölge Müdür Yardımcısı Nurcan Özdemir ile görüştü.`,
      ).slice(1),
    ).toEqual(['Nurcan Özdemir']);
  });
});

const TR_JAKARTA =
  "Cakarta, 4 Aralık 2026 – Türk Kızılay Genel Başkanı Ali Veli, 1-3 Aralık tarihlerinde Endonezya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('Indonesian names of one word, with every case ending', () => {
  it('reads «Başkanı A’nın davetlisi», «Bakanı B’yi», «Başkanı C’ye», «Bakanı D tarafından» (Turkish)', () => {
    expect(
      roles(
        `${TR_JAKARTA}Cakarta'da Endonezya Kızılhaç Derneği Başkanı Wiranatakusuma'nın davetlisi olarak bulunan Veli, Wiranatakusuma'yla afet yönetimini görüştü. Veli, 2 Aralık'ta Endonezya Sosyal İşler Bakanı Kartasasmita'yı ziyaret etti. Veli, Endonezya Afet Yönetimi Ajansı Başkanı Prawiranegara'ya nezaket ziyaretinde bulundu. Veli ayrıca Endonezya Sağlık Bakanı Suryadiningrat tarafından kabul edildi.`,
      ),
    ).toEqual([
      ['Wiranatakusuma', 'Başkan', 'Endonezya Kızılhaç Derneği'],
      ['Kartasasmita', 'Endonezya Sosyal İşler Bakanı', null],
      ['Prawiranegara', 'Başkan', 'Endonezya Afet Yönetimi Ajansı'],
      ['Suryadiningrat', 'Endonezya Sağlık Bakanı', null],
    ]);
  });

  it('reads «Bakanı A ile», «Bakanı B’yle», «Bakanı C’den bilgi aldı» (Turkish)', () => {
    expect(
      met(
        `${TR_JAKARTA}Veli, Endonezya Kızılhaç Derneği Başkanı Wiranatakusuma ile görüştü. Veli, Endonezya Sosyal İşler Bakanı Kartasasmita'yla da bir araya geldi. Veli, Endonezya Sağlık Bakanı Suryadiningrat'tan da bilgi aldı.`,
      ),
    ).toEqual(['Wiranatakusuma', 'Kartasasmita', 'Suryadiningrat']);
  });

  it('reads one name alone last in a list of a body’s officials, all of that body (Turkish)', () => {
    expect(
      roles(
        `${TR_JAKARTA}Veli, Endonezya Ulusal Arama Kurtarma Ajansı (BASARNAS) yetkilileri Dewi Kartika Sari, Bambang Hartono ve Sukarnoputro ile bir araya geldi.`,
      ),
    ).toEqual([
      ['Dewi Kartika Sari', null, 'Endonezya Ulusal Arama Kurtarma Ajansı'],
      ['Bambang Hartono', null, 'Endonezya Ulusal Arama Kurtarma Ajansı'],
      ['Sukarnoputro', null, 'Endonezya Ulusal Arama Kurtarma Ajansı'],
    ]);
  });

  it('reads «Başkanı ile de görüştü. Başkan A, …» as the one name of that head (Turkish)', () => {
    expect(
      roles(
        `${TR_JAKARTA}Veli, Endonezya Afet Yönetimi Ajansı Başkanı ile de görüştü. Başkan Prawiranegara, afet riskleri hakkında bilgi verdi.`,
      ),
    ).toEqual([['Prawiranegara', 'Başkan', 'Endonezya Afet Yönetimi Ajansı']]);
  });
});

describe('a federation, a confederation or a union is a body its head’s title is parted from', () => {
  it('reads «Federasyonu Başkanı ile de görüştü. Başkan A B, …» and «Sendikası Başkanı C D» (Turkish)', () => {
    expect(
      roles(
        `${TR_RECIFE}Veli, Minas Gerais Eyaleti Sanayi Federasyonu (FIEMG) Başkanı ile de görüştü. Başkan Flávio Roscoe Nogueira, yatırım beklentilerini aktardı. Veli ayrıca Brezilya Metal İşçileri Sendikası Başkanı Ana Paula Rezende ile bir araya geldi.`,
      ),
    ).toEqual([
      ['Flávio Roscoe Nogueira', 'Başkan', 'Minas Gerais Eyaleti Sanayi Federasyonu'],
      ['Ana Paula Rezende', 'Başkan', 'Brezilya Metal İşçileri Sendikası'],
    ]);
  });

  it('keeps a federation’s prime minister whole, a federation that is a state (Turkish)', () => {
    expect(
      roles(
        `${TR_RECIFE}Veli, Bosna-Hersek Federasyonu Başbakanı Mirsad Hadžić tarafından kabul edildi.`,
      ),
    ).toEqual([['Mirsad Hadžić', 'Bosna-Hersek Federasyonu Başbakanı', null]]);
  });
});
