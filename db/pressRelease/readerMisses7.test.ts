import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met } from '../test/peopleMet.js';

describe('a list of people met that goes on after a topic', () => {
  it('finds the person after ", and with" when the first one had a topic of his own', () => {
    expect(
      met(
        'The Director of the Agency Pavel Norden visited Bishkek on 3 June 2026. The Director then met with the Minister of Health, Aibek Osmonov, on rural clinics, and with the Minister of Higher and Vocational Education, Dinara Sultanbekova, on exams under the new program.',
      ),
    ).toEqual(['Aibek Osmonov', 'Dinara Sultanbekova']);
  });
});

describe('a ruler who grants an audience', () => {
  it('finds a king with a number after "granted an audience by", his name in no list', () => {
    expect(
      met(
        'The Secretary General of the Union Pavel Norden visited Mbabane on 3 June 2026. At the palace he was granted an audience by His Majesty King Sobhuza III, and later met the Prime Minister of the Kingdom, Themba Masuku.',
      ),
    ).toEqual(['Sobhuza III', 'Themba Masuku']);
  });

  it('finds a king before "tarafından kabul edildi" in Turkish, his name in no list', () => {
    expect(
      met(
        "Ankara, 15 Nisan 2026 – Birlik Genel Sekreteri Pavel Norden bugün Mbabane'de Kral III. Sobhuza tarafından kabul edildi.",
      ),
    ).toEqual(['III. Sobhuza']);
  });

  it('finds a king after "был принят" in Russian, his name in no list', () => {
    expect(
      met(
        'Москва, 3 июня 2026 г. Генеральный секретарь Союза Павел Норден посетил Мбабане, где был принят Королём Собхузой III.',
      ),
    ).toEqual(['Собхуза III']);
  });
});

describe('a Russian sentence that opens with its meeting word', () => {
  it('reads "Переговоры прошли также с …" and gives long Arabic names their nominative', () => {
    expect(
      met(
        'Генеральный секретарь Союза Павел Норден 3 июня 2026 года посетил Доху. Переговоры прошли также с Председателем Совета Катара Саидом бен Абдаллой аль-Марри и Государственным министром Катара Халидом бен Абдель Азизом аль-Нуайми, который рассказал о планах.',
      ),
    ).toEqual(['Саид бен Абдалла аль-Марри', 'Халид бен Абдель Азиз аль-Нуайми']);
  });

  it('reads "Встреча состоялась с …" at the start of a sentence', () => {
    expect(
      met(
        'Генеральный секретарь Союза Павел Норден 3 июня 2026 года посетил Бишкек. Встреча состоялась с Министром энергетики Киргизии Талантом Ибраимовым.',
      ),
    ).toEqual(['Талант Ибраимов']);
  });
});

describe('Japanese names in the Russian instrumental', () => {
  it('gives a given name in "-ой" its nominative before a surname that does not decline', () => {
    expect(
      met(
        'Генеральный секретарь Союза Павел Норден 3 июня 2026 года посетил Токио, где встретился с Министром иностранных дел Японии Сётой Кобаяси.',
      ),
    ).toEqual(['Сёта Кобаяси']);
  });

  it('gives a Japanese surname in "-ой" its noun form, not a Russian adjective\'s', () => {
    expect(
      met(
        'Генеральный секретарь Союза Павел Норден 3 июня 2026 года посетил Токио, где встретился с Министром экономики Японии Сётой Ёсидой.',
      ),
    ).toEqual(['Сёта Ёсида']);
  });

  it('still gives a Russian woman\'s adjective surname its "-ая"', () => {
    expect(
      met(
        'Генеральный секретарь Союза Павел Норден 3 июня 2026 года посетил Минск, где встретился с Министром культуры Анной Заозёрной и Министром спорта Ольгой Лесной.',
      ),
    ).toEqual(['Анна Заозёрная', 'Ольга Лесная']);
  });
});

describe('a meeting told by what is to be signed', () => {
  it('finds the one a planned signing is with: "is expected to sign a memorandum with …"', () => {
    expect(
      met(
        'The Director of the Agency Pavel Norden will visit Bishkek on 3 June 2026. On the second day he is expected to sign a memorandum on data exchange with the Chairperson of the State Agency for Statistics, Ms Gulnara Temirbekova.',
      ),
    ).toEqual(['Gulnara Temirbekova']);
  });
});

describe('a name in no list, known by the title it stands after', () => {
  it('takes the words after a Turkish title and "Prof. Dr." before a case ending as a person', () => {
    expect(
      met(
        "Dakar, 15 Nisan 2026 – Birlik Genel Sekreteri Pavel Norden bugün Dakar'da görüşmeler yaptı. Norden, öğleden sonra Dakar Teknik Üniversitesi Rektörü Prof. Dr. Ousseynou Bakary Thiam'la ortak programları görüştü.",
      ),
    ).toEqual(['Ousseynou Bakary Thiam']);
  });

  it('takes the words after a Turkish title and before "ile" as a person', () => {
    expect(
      met(
        "Dakar, 15 Nisan 2026 – Birlik Genel Sekreteri Pavel Norden bugün Dakar'da görüşmeler yaptı. Günün son görüşmesini Senegal Cumhurbaşkanlığı Genel Sekreteri Cheikhou Tidiane Faye ile yapan Norden, plan hakkında bilgi verdi.",
      ),
    ).toEqual(['Cheikhou Tidiane Faye']);
  });

  it('leaves a body after a title alone: no case ending or "ile" ends it', () => {
    expect(
      met(
        "Dakar, 15 Nisan 2026 – Birlik Genel Sekreteri Pavel Norden bugün Dakar'da Senegal Enerji Bakanı Cheikhou Faye ile görüştü ve Bakanı Teknik Kurul Heyeti'ni dinledi.",
      ),
    ).toEqual(['Cheikhou Faye']);
  });
});

describe('a sentence that tells of attending and of meeting', () => {
  it('finds the Turkish one met after "katıldı ve", his name in no list', () => {
    expect(
      met(
        "Dakar, 15 Nisan 2026 – Birlik Genel Sekreteri Pavel Norden bugün Dakar'da enerji forumuna katıldı ve Senegal Enerji Bakanı Ousseynou Thiam'la görüştü.",
      ),
    ).toEqual(['Ousseynou Thiam']);
  });

  it('leaves out those who only attended, and those who came with the visitor', () => {
    expect(
      met(
        "Dakar, 15 Nisan 2026 – Birlik Genel Sekreteri Pavel Norden bugün Dakar'da Senegal Enerji Bakanı Ousseynou Thiam'la görüştü. Görüşmeye Senegal Büyükelçisi Mamadi Tidiane Faye'nin yanı sıra Genel Sekreter Yardımcısı Ibrahima Kane de katıldı.",
      ),
    ).toEqual(['Ousseynou Thiam']);
  });
});

describe('a session held together with someone', () => {
  it('finds the co-chair after "проведёт совместно с" in a planned visit', () => {
    expect(
      met(
        'Москва, 3 июня 2026 г. 10–11 июня Министр Союза Павел Норден посетит Пекин, где проведёт совместно с Министром транспорта КНР Ли Вэйминем очередное заседание подкомиссии.',
      ),
    ).toEqual(['Ли Вэйминь']);
  });
});

describe('a release cut off mid-sentence', () => {
  it('reads its last paragraph, cut before its full stop, as text and not as a heading', () => {
    expect(
      met(
        "Dakar, 15 Nisan 2026 – Birlik Genel Sekreteri Pavel Norden bugün Dakar'da Senegal Enerji Bakanı Cheikhou Faye ile görüştü.\n\nZiyaretin son bölümünde Norden, Senegal Sağlık Bakanı Ousseynou Thiam'la bir araya gelerek ülkeye gönderilecek mobil sağlık araçlarının",
      ),
    ).toEqual(['Cheikhou Faye', 'Ousseynou Thiam']);
  });

  it('still takes a closing line of the issuing office as no sentence', () => {
    const draft = extractDraft(
      'Dakar, 15 April 2026 – The Secretary General of the Union Pavel Norden met the Minister of Energy of Senegal, Cheikhou Faye.\n\nUnion Secretariat, Press and Public Information Office',
    );
    expect(draft.unplaced).toEqual([]);
  });
});

describe('a planned call and a dialogue', () => {
  it('finds the one a planned visit will "call on" and the one a dialogue is held with', () => {
    expect(
      met(
        'The Secretary General of the Union Pavel Norden will visit Tokyo on 3 June 2026. He will hold the annual Strategic Dialogue with the Minister of Trade of Japan, H.E. Mr. Haruomi Kitabayashi. He is also scheduled to call on the Prime Minister of Japan, H.E. Ms. Tomoe Arakida, on regional security.',
      ),
    ).toEqual(['Haruomi Kitabayashi', 'Tomoe Arakida']);
  });
});
