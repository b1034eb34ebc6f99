import { describe, expect, it } from 'vitest';
import { foreignNames, foreignPeopleMet } from './foreignPeople.js';
import { met } from '../test/peopleMet.js';

describe('a round table whose attendees are listed each with a body in brackets', () => {
  it('reads «toplantısına A (Bakanlık), B (Üniversite) ve C (Şirket) katılacak» (Turkish)', () => {
    expect(
      foreignPeopleMet(
        "12 Mart'ta Kaya'nın başkanlık edeceği \"Sahra'da Su Kaynakları\" konulu yuvarlak masa toplantısına Yusuf bin Ahmed el-Tamimi (Su ve Tarım Bakanlığı), Leyla bint Hasan el-Şehri (Kral Faysal Üniversitesi) ve Tom Baker (Aquatech) katılacak.",
        'Ali Kaya',
      )?.people.map((p) => p.name),
    ).toEqual(['Yusuf bin Ahmed el-Tamimi', 'Leyla bint Hasan el-Şehri', 'Tom Baker']);
  });

  it('reads «в круглом столе приняли участие A (Министерство), B (Университет) и C (компания)» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'В круглом столе «Водные ресурсы Сахары» под председательством Ивана Смирнова приняли участие Юсуф бин Ахмед ат-Тамими (Министерство водных ресурсов), Лейла бинт Хасан аш-Шехри (Университет короля Фейсала) и Питер Бейкер (Aquatech).',
        'Иван Смирнов',
      )?.people.map((p) => p.name),
    ).toEqual(['Юсуф бин Ахмед ат-Тамими', 'Лейла бинт Хасан аш-Шехри', 'Питер Бейкер']);
  });

  it('still takes no one who merely took part, with no body in brackets (Russian)', () => {
    expect(
      foreignPeopleMet(
        'В переговорах приняли участие Посол России в Египте Пётр Иванов и торговый представитель России.',
        'Иван Смирнов',
      ),
    ).toBeNull();
  });
});

describe('a surname that opens like a word of a title, after a given name', () => {
  it('reads «Сергей Членов», the visitor, and not the host after him as the visitor (Russian)', () => {
    expect(
      met(
        'С 12 по 14 мая руководитель Федерального агентства водных ресурсов Сергей Членов по приглашению главы Национального управления водных ресурсов Перу Хосе Рамоса посетит с рабочим визитом Республику Перу.\n\nВ Лиме запланированы переговоры с Хосе Рамосом.',
      ),
    ).toEqual(['Хосе Рамос']);
  });

  it('reads «Ali Başkanoğlu» as a name (Turkish)', () => {
    expect(
      foreignNames("Bakan Yardımcısı Ali Başkanoğlu, Peru'yu ziyaret etti.").map((n) => n.name),
    ).toEqual(['Ali Başkanoğlu']);
  });
});

describe('a university named by its town, before the name of its head that does not decline', () => {
  it('reads «ректором Национального университета Чолла Ли Мин Хо» as «Ли Мин Хо» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'Делегация также будет принята ректором Национального университета Чолла Ли Мин Хо.',
        'Иван Смирнов',
      )?.people.map((p) => p.name),
    ).toEqual(['Ли Мин Хо']);
  });

  it('still reads a head with a patronymic in full: «ректором университета Иваном Петровичем Сидоровым»', () => {
    expect(
      foreignPeopleMet(
        'Делегация была принята ректором университета Иваном Петровичем Сидоровым.',
        'Пётр Иванов',
      )?.people.map((p) => p.name),
    ).toEqual(['Иван Петрович Сидоров']);
  });
});

describe('someone present named before his title, between commas, then «de … hazır bulundu»', () => {
  it('reads «A B-C, Karadağ Demiryolları Genel Müdürü, de görüşmede hazır bulundu» (Turkish)', () => {
    expect(
      foreignPeopleMet(
        'Milan Đukić-Jovanovski, Karadağ Demiryolları Genel Müdürü, de görüşmede hazır bulundu ve hat projeleri hakkında bilgi verdi.',
        'Ali Kaya',
      )?.people.map((p) => p.name),
    ).toEqual(['Milan Đukić-Jovanovski']);
  });
});

describe('a Turkic man’s surname that does not decline, after a title in the genitive', () => {
  it('reads «при участии … председателя Налогового комитета Ерлана Сапарулы» as «Ерлан Сапарулы» (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Казахстане. 5 мая Иван Смирнов встретился с Министром финансов Республики Казахстан Асетом Жумабековым. Встреча прошла при участии председателя Налогового комитета Ерлана Сапарулы.',
      ),
    ).toEqual(['Асет Жумабеков', 'Ерлан Сапарулы']);
  });
});

describe('a title met with no name after «состоялась встреча с», named in the next sentence', () => {
  it('reads the name that opens the next sentence (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Перу. Затем состоялась встреча с министром энергетики, горнорудной промышленности и транспорта Республики Перу. Хосе Рамос подчеркнул, что Перу заинтересовано в поставках оборудования.',
      ),
    ).toEqual(['Хосе Рамос']);
  });
});

describe('a company’s name ending in its legal form is no one', () => {
  it('takes no one from «Kıyı Gemi Taşıma AŞ Genel Müdürlüğü’nü ziyaret etti» (Turkish)', () => {
    expect(
      foreignPeopleMet(
        "Peru heyeti, Salı günü Liman İşletmeleri ile Kıyı Gemi Taşıma AŞ (KGT) Genel Müdürlüğü'nü ziyaret etti.",
        null,
      ),
    ).toBeNull();
  });

  it('takes no one from «встретился с руководством компании Андская Руда ООО» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'Иван Смирнов встретился с руководством компании Андская Руда ООО и обсудил поставки.',
        'Иван Смирнов',
      ),
    ).toBeNull();
  });
});

describe('a visit to Türkiye told by the Turkish host: the host’s people who attended were met', () => {
  const visit =
    "Ankara, 15 Mayıs 2026 – Peru Ulusal İstatistik Enstitüsü Başkanı Ana Castillo başkanlığındaki heyet, Salı günü TÜİK'i ziyaret etti.\n\nHeyet, TÜİK Başkanı Ali Kaya tarafından kabul edildi.";

  it('reads «Toplantıya … Yardımcıları A ve B da katıldı» (Turkish)', () => {
    expect(
      met(`${visit} Toplantıya TÜİK Başkan Yardımcıları Ahmet Demir ve Ayşe Nur Kılıç da katıldı.`),
    ).toEqual(['Ali Kaya', 'Ahmet Demir', 'Ayşe Nur Kılıç']);
  });

  it('still takes no one who attended a visit abroad (Turkish)', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Peru'yu ziyaret etti. Kaya, Peru Ekonomi Bakanı José Ramos ile görüştü. Toplantıya Türkiye'nin Lima Büyükelçisi Mehmet Demir de katıldı.",
      ),
    ).toEqual(['José Ramos']);
  });
});

describe('a body whose name ends in a short noun with the plural possessive, before the visitor', () => {
  it('takes the visitor after «Kıyı İşleri (KİG) Genel Müdürü» for the visitor, not as someone met (Turkish)', () => {
    expect(
      met(
        "Batum, 16 Ekim 2026 – Kıyı İşleri (KİG) Genel Müdürü Ahmet Demir, Pazartesi günü Gürcistan'da bir dizi resmi temasta bulundu. Demir daha sonra Gürcistan Ekonomi Bakanı Levan Beridze ile görüştü.",
      ),
    ).toEqual(['Levan Beridze']);
  });
});
