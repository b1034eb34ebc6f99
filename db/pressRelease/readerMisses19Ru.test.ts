import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const RU_HOSTED =
  'Москва\n12 марта 2026 г.\n\nВ Росреестре прошли переговоры с делегацией Армении\n\nВо вторник в Москве находилась делегация Кадастрового комитета Республики Армения во главе с председателем комитета Тиграном Арутюняном.\n\nДелегация была принята руководителем Федеральной службы государственной регистрации Олегом Скуфинским.\n\n';

describe('a host who showed or told the guests something, named as the subject before the verb', () => {
  it('reads «генеральный директор АО «…» Павел Бондаренко провёл для делегации демонстрацию …» (Russian)', () => {
    expect(
      roles(
        `${RU_HOSTED}Во второй половине дня генеральный директор АО «Кадастровый центр» Павел Бондаренко провёл для делегации демонстрацию геоинформационной системы.`,
      ).at(-1),
    ).toEqual(['Павел Бондаренко', 'генеральный директор', 'АО «Кадастровый центр»']);
  });

  it('reads «директор института Нина Ковальчук рассказала гостям о …» (Russian)', () => {
    expect(
      roles(
        `${RU_HOSTED}Затем директор Института землеустройства Нина Ковальчук рассказала гостям о подготовке кадастровых инженеров.`,
      ).map((r) => r[0]),
    ).toEqual(['Олег Скуфинский', 'Нина Ковальчук']);
  });
});

const RU_VISIT = '3 июня руководитель Федерального агентства Иван Смирнов посетил Астану. ';
const TR_VISIT =
  "Ankara\n2 Ekim 2026\n\nAli Kaya Ürdün'de temaslarda bulundu\n\nKurum Başkanı Ali Kaya, 29 Eylül-1 Ekim 2026 tarihlerinde Ürdün'e çalışma ziyareti gerçekleştirdi.\n\n";

describe('a title met with no name, the name opening the next sentence', () => {
  it('reads «… встреча с государственным секретарём Совета … . Ерлан Касымов, как ожидается, …» (Russian)', () => {
    expect(
      roles(
        `${RU_VISIT}Запланирована также встреча с государственным секретарём Совета национальной безопасности Республики Казахстан. Ерлан Касымов, как ожидается, расскажет о новой концепции.`,
      ).map((r) => r[0]),
    ).toEqual(['Ерлан Касымов']);
  });

  it('reads «… Tarım Bakanı’nı da makamında ziyaret etti. Bakan Halid Nasır el-Hamdani, …» (Turkish)', () => {
    expect(
      roles(
        `${TR_VISIT}Amman'da Ürdün Su Bakanı Omar Khalil ile görüşen Kaya, Ürdün Tarım Bakanı'nı da makamında ziyaret etti. Bakan Halid Nasır el-Hamdani, damla sulama konusunda Türk uzmanların desteğini istediklerini söyledi.`,
      ),
    ).toEqual([
      ['Omar Khalil', 'Ürdün Su Bakanı', null],
      ['Halid Nasır el-Hamdani', 'Ürdün Tarım Bakanı', null],
    ]);
  });
});

const TR_MALAYSIA =
  "Ankara\n2 Ekim 2026\n\nAli Kaya Malezya'da temaslarda bulundu\n\nKurum Başkanı Ali Kaya, 29 Eylül-1 Ekim 2026 tarihlerinde Malezya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('a Malay style of courtesy before a name in a Turkish sentence', () => {
  it('reads «… Grup İcra Başkanı Datuk Ahmad Faizal’ı ziyaret etti» as «Ahmad Faizal» (Turkish)', () => {
    expect(
      roles(
        `${TR_MALAYSIA}Kaya, 30 Eylül'de Malezya Demiryolları Grup İcra Başkanı Datuk Ahmad Faizal'ı ziyaret etti ve Malezya Enerji Komisyonu Başkanı Dato' Siti Aminah binti Yusof ile bir araya geldi.`,
      ).map((r) => r[0]),
    ).toEqual(['Ahmad Faizal', 'Siti Aminah binti Yusof']);
  });
});

const TR_HOSTED =
  "Gürcistan Su Ajansı heyeti Devlet Su İşleri Genel Müdürlüğünü ziyaret etti\n\nGürcistan Su Ajansı Direktörü Levan Beridze başkanlığındaki heyet, Salı günü Ankara'da temaslarda bulundu.\n\nDevlet Su İşleri Genel Müdürü Kemal Yurt, Beridze'yi Genel Müdürlük binasında kabul etti.\n\n";

describe('hosts who briefed the guests, two named with «ile» before a long object', () => {
  it('reads «A Dairesi Başkanı B ile C Dairesi Başkanı D, konuk heyete … hakkında sunum yaptı» (Turkish)', () => {
    expect(
      roles(
        `${TR_HOSTED}Genel Müdürlüğün Baraj Dairesi Başkanı Zeynep Gül Akbaş ile Sulama Dairesi Başkanı Orhan Demirtaş, konuk heyete Türkiye Sulama Bilgi Sistemi ve havza izleme ağı hakkında sunum yaptı.`,
      ).map((r) => r[0]),
    ).toEqual(['Kemal Yurt', 'Zeynep Gül Akbaş', 'Orhan Demirtaş']);
  });
});

const TR_BALKANS =
  "Ankara\n2 Ekim 2026\n\nAli Kaya Kuzey Makedonya'da temaslarda bulundu\n\nKurum Başkanı Ali Kaya, 29 Eylül-1 Ekim 2026 tarihlerinde Kuzey Makedonya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('a Turkish title of a state’s collective presidency, or of a company’s executive', () => {
  it('keeps whole «Kuzey Makedonya Devlet Başkanlığı Konseyi Üyesi» as a member of a presidency (Turkish)', () => {
    expect(
      roles(
        `${TR_BALKANS}Kaya, Üsküp'te Kuzey Makedonya Devlet Başkanlığı Konseyi Üyesi Marko Ilievski tarafından kabul edildi.`,
      ).map((r) => [r[1], r[2]]),
    ).toEqual([['Kuzey Makedonya Devlet Başkanlığı Konseyi Üyesi', null]]);
  });

  it('parts «Makpost Genel Müdürü», «Vardar Enerji Grup İcra Başkanı» into the office and the company (Turkish)', () => {
    expect(
      roles(
        `${TR_BALKANS}Kaya, Makpost Genel Müdürü Goran Petrov ile görüştü ve Vardar Enerji Grup İcra Başkanı Ana Stojanova'yı ziyaret etti.`,
      ).map((r) => [r[1], r[2]]),
    ).toEqual([
      ['Genel Müdür', 'Makpost'],
      ['Grup İcra Başkanı', 'Vardar Enerji'],
    ]);
  });
});

describe('a Russian office of a board, held in a company named after it', () => {
  it('reads «председателем правления компании «Андина»» as «председатель правления» of «компания «Андина»» (Russian)', () => {
    expect(
      roles(
        '3 июня руководитель Федерального агентства Иван Смирнов посетил Сантьяго. Иван Смирнов встретился с председателем правления компании «Андина» Хосе Пересом.',
      ).map((r) => [r[1], r[2]]),
    ).toEqual([['председатель правления', 'компания «Андина»']]);
  });
});

describe('a Russian office of a body named just before by its head noun alone', () => {
  it('reads «с директором Армянского центра метрологии A и заместителем директора центра B» as the centre’s deputy (Russian)', () => {
    expect(
      roles(
        `3 июня руководитель Федерального агентства Иван Смирнов посетил Ереван. Затем Иван Смирнов встретился с директором Армянского центра метрологии Ашотом Григоряном и заместителем директора центра Лусине Мкртчян.`,
      ).map((r) => [r[0], r[1], r[2]]),
    ).toEqual([
      ['Ашот Григорян', 'директор', 'Армянский центр метрологии'],
      ['Лусине Мкртчян', 'заместитель директора', 'Армянский центр метрологии'],
    ]);
  });
});

describe('a host who opens a sentence by name, the office set off by commas, and tells the guests something', () => {
  it('reads «… был принят вице-министром A. Б, председатель Комитета …, рассказала о …» (Russian)', () => {
    expect(
      roles(
        `${RU_VISIT}В Астане Иван Смирнов был принят вице-министром энергетики Республики Казахстан Болатом Ахметовым. Динара Сейткали, председатель Комитета атомного надзора Министерства энергетики, рассказала о работе казахстанских лабораторий.`,
      ),
    ).toEqual([
      ['Болат Ахметов', 'вице-министр энергетики Республики Казахстан', null],
      ['Динара Сейткали', 'председатель', 'Комитет атомного надзора Министерства энергетики'],
    ]);
  });
});
