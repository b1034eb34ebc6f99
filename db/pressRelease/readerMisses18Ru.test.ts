import { describe, expect, it } from 'vitest';
import { foreignPeopleMet } from './foreignPeople.js';
import { roles } from '../test/peopleMet.js';

const VISIT = '3 июня руководитель Федерального агентства Иван Смирнов посетил Ереван. ';

describe('a woman’s given name in the instrumental before a Slavic or Armenian surname that keeps its form for her', () => {
  it('reads «заместителем председателя агентства Анной Петросян» as «Анна Петросян» (Russian)', () => {
    expect(
      roles(
        `${VISIT}Иван Смирнов также встретился с заместителем председателя агентства Анной Петросян и начальником управления Тиграном Саркисяном.`,
      ).map((r) => r[0]),
    ).toEqual(['Анна Петросян', 'Тигран Саркисян']);
  });

  it('reads «заместителем министра связи Еленой Макаревич» as «Елена Макаревич» (Russian)', () => {
    expect(
      roles(
        `${VISIT}Иван Смирнов также встретился с заместителем министра связи Еленой Макаревич и председателем комитета Олегом Мельниковичем.`,
      ).map((r) => r[0]),
    ).toEqual(['Елена Макаревич', 'Олег Мельникович']);
  });
});

describe('a body’s short name in the genitive before the name of someone the host’s guests met', () => {
  it('reads «с заместителем руководителя Росавиации Ниной Ткач» as «Нина Ткач» (Russian)', () => {
    expect(
      roles(
        'Москва\n5 июня 2026 г.\n\nРосавиацию посетила делегация Министерства транспорта Чили\n\nВо вторник и среду в Москве находилась делегация Министерства транспорта Республики Чили во главе с министром Хосе Пересом.\n\nДелегация была принята руководителем Федерального агентства воздушного транспорта Иваном Смирновым.\n\nЧилийские коллеги также встретились с заместителем руководителя Росавиации Ниной Ткач и директором института Петром Соколовым, которые рассказали о подготовке пилотов.',
      ),
    ).toEqual([
      ['Иван Смирнов', 'руководитель', 'Федеральное агентство воздушного транспорта'],
      ['Нина Ткач', 'заместитель руководителя', 'Росавиация'],
      ['Петр Соколов', 'директор института', null],
    ]);
  });
});

const TR_VISIT =
  "Ankara\n2 Ekim 2026\n\nAli Kaya Arnavutluk'ta temaslarda bulundu\n\nKurum Başkanı Ali Kaya, 29 Eylül-1 Ekim 2026 tarihlerinde Arnavutluk'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('a title met with no name, the name after the bare head in the next sentence', () => {
  it('reads «… Sağlık, Spor ve Gençlik Bakanı ile bir araya geldi. Bakan Dritë Hoxha, …» (Turkish)', () => {
    expect(
      roles(
        `${TR_VISIT}Tiran'da Arnavutluk Başbakan Yardımcısı Gent Rama tarafından kabul edildi. Ardından Arnavutluk Sağlık, Spor ve Gençlik Bakanı ile bir araya geldi. Bakan Dritë Hoxha, Arnavutluk'ta sınav sisteminin düzenlenmesinden söz etti.`,
      ),
    ).toEqual([
      ['Gent Rama', 'Arnavutluk Başbakan Yardımcısı', null],
      ['Dritë Hoxha', 'Arnavutluk Sağlık, Spor ve Gençlik Bakanı', null],
    ]);
  });
});

describe('the visitor named as a clause’s subject before the next title', () => {
  it('reads «… Besnik Gjoka’yı ziyaret eden Kaya, Tiran Üniversitesi Rektörü Ardit Shala ile de görüştü» (Turkish)', () => {
    expect(
      roles(
        `${TR_VISIT}1 Ekim'de Arnavutluk Sınav Merkezi Müdürü Besnik Gjoka'yı ziyaret eden Kaya, Tiran Üniversitesi Rektörü Ardit Shala ile de görüştü.`,
      ),
    ).toEqual([
      ['Besnik Gjoka', 'Müdür', 'Arnavutluk Sınav Merkezi'],
      ['Ardit Shala', 'Rektör', 'Tiran Üniversitesi'],
    ]);
  });
});

describe('a Dutch or French name with «de» in a Turkish sentence', () => {
  it('reads «Pieter de Wit (Varşova İşverenler Birliği)» in a round table (Turkish)', () => {
    expect(
      foreignPeopleMet(
        'Öğleden sonra düzenlenen yuvarlak masa toplantısına Marta Kowalska (Polonya-Türk Ticaret Odası), Pieter de Wit (Varşova İşverenler Birliği) ve Hans van Dijk (Krakov Zanaatkârlar Odası) katıldı.',
        'Ali Kaya',
      )?.people.map((p) => [p.name, p.body]),
    ).toEqual([
      ['Marta Kowalska', 'Polonya-Türk Ticaret Odası'],
      ['Pieter de Wit', 'Varşova İşverenler Birliği'],
      ['Hans van Dijk', 'Krakov Zanaatkârlar Odası'],
    ]);
  });
});

describe('a joined title in the instrumental', () => {
  it('gives both halves of «президентом-генеральным директором» their nominative (Russian)', () => {
    expect(
      roles(
        '3 июня руководитель Федерального агентства Иван Смирнов посетил Сантьяго. Затем Иван Смирнов встретился с президентом-генеральным директором национальной компании «Андина» Хосе Пересом и председателем Национального агентства по горному делу Анной Рохас.',
      )[0],
    ).toEqual(['Хосе Перес', 'президент-генеральный директор', 'национальная компания «Андина»']);
  });
});

describe('a group in the plural before a name, the title after it', () => {
  it('reads «На встрече с руководителями чилийских СМИ Хосе Перес, генеральный директор …, рассказал» (Russian)', () => {
    expect(
      roles(
        '3 июня руководитель Федерального агентства Иван Смирнов посетил Сантьяго. На встрече с руководителями чилийских СМИ Хосе Перес, генеральный директор Чилийского телеграфного агентства, рассказал о работе агентства.',
      ),
    ).toEqual([['Хосе Перес', 'генеральный директор', 'Чилийское телеграфное агентство']]);
  });
});

describe('a host who briefed the guests', () => {
  it('reads «KUDAKA Genel Sekreteri Dr. Murat Aksoy de … konuklara bir sunum yaptı» as met (Turkish)', () => {
    expect(
      foreignPeopleMet(
        "KUDAKA Genel Sekreteri Dr. Murat Aksoy de Ajans'ın Azerbaycan ile yürüttüğü projeler hakkında konuklara bir sunum yaptı.",
        'Rauf Aliyev',
        [],
        true,
      )?.people.map((p) => p.name),
    ).toEqual(['Murat Aksoy']);
  });
});

describe('a Turkish title held in a body, parted into the office and the body', () => {
  it('reads «Arnavutluk Sınav Merkezi Müdürü», «TESK Genel Sekreteri», «Holding Yönetim Kurulu Başkanı» (Turkish)', () => {
    expect(
      roles(
        `${TR_VISIT}1 Ekim'de Arnavutluk Sınav Merkezi Müdürü Besnik Gjoka'yı ziyaret eden Kaya, Tiran Üniversitesi Rektör Yardımcısı Ardit Shala ile de görüştü. Kaya ayrıca TESK Genel Sekreteri Erion Lala ve Adria Holding Yönetim Kurulu Başkanı Luan Dervishi ile bir araya geldi.`,
      ),
    ).toEqual([
      ['Besnik Gjoka', 'Müdür', 'Arnavutluk Sınav Merkezi'],
      ['Ardit Shala', 'Rektör Yardımcısı', 'Tiran Üniversitesi'],
      ['Erion Lala', 'Genel Sekreter', 'TESK'],
      ['Luan Dervishi', 'Yönetim Kurulu Başkanı', 'Adria Holding'],
    ]);
  });

  it('keeps whole the title of a minister, a governor and a parliament’s speaker (Turkish)', () => {
    expect(
      roles(
        `${TR_VISIT}Kaya, Tiran'da Arnavutluk Eğitim ve Spor Bakanı Ogerta Manastirliu, Tiran Valisi Ilir Meta ve Arnavutluk Meclisi Başkanı Elisa Spiropali ile görüştü.`,
      ).map((r) => [r[1], r[2]]),
    ).toEqual([
      ['Arnavutluk Eğitim ve Spor Bakanı', null],
      ['Tiran Valisi', null],
      ['Arnavutluk Meclisi Başkanı', null],
    ]);
  });
});

describe('a Russian title held in a body named after it, parted into the office and the body', () => {
  it('reads «директором Института морских исследований», «заместителем руководителя Росавиации» (Russian)', () => {
    expect(
      roles(
        '3 июня руководитель Федерального агентства Иван Смирнов посетил Сантьяго. Иван Смирнов встретился с директором Института морских исследований Хосе Пересом и генеральным директором компании «Андина» Анной Рохас.',
      ).map((r) => [r[1], r[2]]),
    ).toEqual([
      ['директор', 'Институт морских исследований'],
      ['генеральный директор', 'компания «Андина»'],
    ]);
  });

  it('keeps whole the title of a minister’s deputy and of a parliament’s chair (Russian)', () => {
    expect(
      roles(
        '3 июня руководитель Федерального агентства Иван Смирнов посетил Сантьяго. Иван Смирнов встретился с заместителем министра энергетики Республики Чили Хосе Пересом и председателем Сената Национального конгресса Чили Анной Рохас.',
      ).map((r) => [r[1], r[2]]),
    ).toEqual([
      ['заместитель министра энергетики Республики Чили', null],
      ['председатель Сената Национального конгресса Чили', null],
    ]);
  });

  it('keeps whole the title of a deputy to another office: «заместителем Генерального инспектора Правительства Чили» (Russian)', () => {
    expect(
      roles(
        '3 июня руководитель Федерального агентства Иван Смирнов посетил Сантьяго. Иван Смирнов встретился с заместителем Генерального инспектора Правительства Чили Хосе Пересом.',
      ).map((r) => [r[1], r[2]]),
    ).toEqual([['заместитель Генерального инспектора Правительства Чили', null]]);
  });
});
