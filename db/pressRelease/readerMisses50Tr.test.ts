import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const GAMBIA =
  'Ankara – 4 Aralık 2026\n\n' +
  "Dernek Başkanı Mehmet Vural Yurt, 1-3 Aralık tarihlerinde Gambiya'yı ziyaret etti.\n\n" +
  'Heyet ilk gün Banjul Belediye Başkanı Awa Jobarteh tarafından kabul edildi. ';

describe('the Gambian styles of a district chief and of a pilgrim (Turkish)', () => {
  it('leaves «Seyfo Alhagie» out of the name', () => {
    expect(
      met(
        `${GAMBIA}Aynı gün Niumi bölgesinin geleneksel yöneticisi Seyfo Alhagie Lamin Darbo'yu ` +
          'ziyaret eden heyet, köy temsilcileriyle bir araya geldi.',
      ),
    ).toContain('Lamin Darbo');
  });

  it('leaves «Alhagie» alone out of the name', () => {
    expect(
      met(`${GAMBIA}Heyet, Banjul Ticaret Odası Başkanı Alhagie Pa Modou Faye ile görüştü.`),
    ).toContain('Pa Modou Faye');
  });
});

describe('a Gambian village head, «Alkalo», with his village before it (Turkish)', () => {
  it('reads «Alkalosu» as the title, not a word of the name', () => {
    expect(
      roles(
        `${GAMBIA}Son gün heyet, Gunjur Alkalosu Ousman Bojang'ın ev sahipliğinde düzenlenen ` +
          'toplantıya katıldı.',
      ),
    ).toContainEqual(['Ousman Bojang', 'Gunjur Alkalosu', null]);
  });
});

const NIGER =
  'Ankara – 4 Aralık 2026\n\n' +
  "Federasyon Başkanı Mehmet Vural Yurt, 1-3 Aralık tarihlerinde Nijer'i ziyaret etti.\n\n" +
  'Heyet ilk gün Nijer Tarım Bakanı Halidou Sani Mossi tarafından kabul edildi. ';

describe('the Sahel’s pilgrim styles as French writes them (Turkish)', () => {
  it('leaves «El Hadj» out of the name', () => {
    expect(
      roles(
        `${NIGER}Heyet, Maradi Ticaret Odası Başkanı El Hadj Souley Ibra Mahamane ile görüştü.`,
      ),
    ).toContainEqual(['Souley Ibra Mahamane', 'Başkan', 'Maradi Ticaret Odası']);
  });

  it('leaves «Hadjia» out of the name', () => {
    expect(
      met(
        `${NIGER}Heyet, Nijer Kadın Tüccarlar Birliği Başkanı Hadjia Zeinabou Moussa Kiari ` +
          'ile görüştü.',
      ),
    ).toContain('Zeinabou Moussa Kiari');
  });
});

describe('the title of the Zarma ruler of Dosso, «Zarmakoy» (Turkish)', () => {
  it('leaves «Zarmakoy» out of the name', () => {
    expect(
      met(
        `${NIGER}Heyet daha sonra Dosso'nun geleneksel hükümdarı Zarmakoy Amadou Seyni Kollo'yu ` +
          'sarayında ziyaret etti.',
      ),
    ).toContain('Amadou Seyni Kollo');
  });
});

const LOMBOK =
  'Ankara – 4 Aralık 2026\n\n' +
  "Dernek Başkanı Mehmet Vural Yurt, 1-3 Aralık tarihlerinde Endonezya'yı ziyaret etti.\n\n" +
  'Heyet ilk gün Mataram Belediye Başkanı Baiq Sri Wahyuni tarafından kabul edildi. ';

describe('the Indonesian pilgrim’s «H.» (Haji) right after a title (Turkish)', () => {
  it('leaves «H.» before a name of three words out of the name', () => {
    expect(
      roles(
        `${LOMBOK}Aynı gün Batı Nusa Tenggara Sağlık Müdürü H. Lalu Hamdan Sukri ile görüşüldü.`,
      ),
    ).toContainEqual(['Lalu Hamdan Sukri', 'Batı Nusa Tenggara Sağlık Müdürü', null]);
  });

  it('keeps «H.» as an initial before a name of two words (guard)', () => {
    expect(
      met(`${LOMBOK}Aynı gün Batı Nusa Tenggara Sağlık Müdürü H. Hamdan Sukri ile görüşüldü.`),
    ).toContain('H. Hamdan Sukri');
  });
});

describe('a title with a word of its own language or a remit in brackets (Turkish)', () => {
  it('keeps «(Bupati)» in the title before the name', () => {
    expect(
      roles(
        `${LOMBOK}Çarşamba günü heyeti Kuzey Lombok Bölge Yöneticisi (Bupati) Lalu Hamdan Sukri ` +
          'karşıladı.',
      ),
    ).toContainEqual(['Lalu Hamdan Sukri', 'Kuzey Lombok Bölge Yöneticisi (Bupati)', null]);
  });

  it('keeps a remit in brackets in the title before the name', () => {
    expect(
      roles(
        `${GAMBIA}Heyet ardından Banjul Belediye Başkan Yardımcısı (Gençlikten Sorumlu) Modou ` +
          'Lamin Cham ile görüştü.',
      ),
    ).toContainEqual([
      'Modou Lamin Cham',
      'Banjul Belediye Başkan Yardımcısı (Gençlikten Sorumlu)',
      null,
    ]);
  });
});

describe('places called at or passed by, no one met (Turkish)', () => {
  it('reads no one in a place in the dative that the visitors go to', () => {
    expect(
      met(
        `${LOMBOK}Çarşamba günü Kuzey Lombok'a geçecek heyeti Kuzey Lombok Bölge Yöneticisi ` +
          'Agus Hamdan Sukri karşılayacak.',
      ),
    ).not.toContain('Kuzey Lombok');
  });

  it('reads no one in a mountain’s name', () => {
    expect(
      met(
        `${LOMBOK}Perşembe günü Tambora Dağı eteklerindeki Sumbawa'ya gidecek heyeti Köy ` +
          'Muhtarı Agus Hamdan Sukri ağırlayacak.',
      ),
    ).not.toContain('Tambora Dağı');
  });

  it('reads no one in an Islamic boarding school’s or a bridge’s name', () => {
    const found = met(
      `${LOMBOK}Heyet daha sonra Darul Falah Pesantreni'ni ve Eski Köprü'yü ziyaret edecek ve ` +
        "pesantrenin kurucusu Agus Hamdan Sukri'yle görüşecek.",
    );
    expect(found).not.toContain('Darul Falah Pesantreni');
    expect(found).not.toContain('Eski Köprü');
  });
});
