import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a place named after its head’s office, before a name that does not decline (Russian)', () => {
  it('leaves a town in the genitive after an office glossed in brackets to the title', () => {
    const read = met(
      `${talks('Грузию')}В Сагураме гостей принял мамасахлиси (глава муниципалитета) ` +
        'Сагурамы Гоча Берулава, рассказавший о школах.',
    );
    expect(read).toContain('Гоча Берулава');
    expect(read).not.toContain('Сагурамы Гоча Берулава');
  });

  it('leaves a village named after «в селе» to the title', () => {
    expect(
      roles(
        `${talks('Грузию')}Представитель главы района в селе Квемо-Чала Зураб Цинцабадзе ` +
          'познакомил делегацию с жителями.',
      ).at(-1),
    ).toEqual(['Зураб Цинцабадзе', 'представитель главы района в селе Квемо-Чала', null]);
  });

  it('keeps a name with its patronymic after «в селе» whole (guard)', () => {
    expect(
      met(
        `${talks('Тверь')}В селе Озерки гостей встретил глава поселения Пётр Ильич Лапшин, ` +
          'рассказавший о школе.',
      ),
    ).toContain('Пётр Ильич Лапшин');
  });
});

describe('a man named in the instrumental after a village’s noun (Russian)', () => {
  it('keeps his given name before his patronymic', () => {
    const read = met(
      `${talks('Армению')}Затем гости встретятся с пресвитером общины села Тимофеем ` +
        'Назаровичем Пряхиным.',
    );
    expect(read).toContain('Тимофей Назарович Пряхин');
    expect(read).not.toContain('Назарович Пряхин');
  });
});

describe('a pen name in brackets after a name (Russian)', () => {
  it('names no one else', () => {
    const read = met(
      `${talks('Чебоксары')}Вечером запланирована встреча с председателем общества «Ялав» ` +
        'Марией Ильиничной Сеспеловой (литературный псевдоним – Ульга Ялгир), автором ' +
        'букваря.',
    );
    expect(read).toContain('Мария Ильинична Сеспелова');
    expect(read).toHaveLength(2);
  });
});

describe('a man’s surname in «-ка» in the instrumental after a given name in «-ем» (Russian)', () => {
  it('gives the surname back its «-а»', () => {
    const read = met(`${talks('Хабаровск')}Вместе с Андреем Киндункой гости осмотрели музей.`);
    expect(read).toContain('Андрей Киндунка');
    expect(read).not.toContain('Андрей Киндункой');
  });
});

describe('a host who presents or tells something, after an opening of time or place (Russian)', () => {
  it('reads one named by initials and a surname after her office', () => {
    expect(
      met(
        `${talks('Пермь')}Директор центра Л. П. Мошегова рассказала о проекте по переводу ` +
          'сказок.',
      ),
    ).toContain('Л. П. Мошегова');
  });

  it('reads one named after a weekday that opens the sentence', () => {
    expect(
      met(
        `${talks('Хабаровск')}Во вторник руководитель центра «Удэхе» Вера Кимовна Сигдэ ` +
          'представила программу ансамбля.',
      ),
    ).toContain('Вера Кимовна Сигдэ');
  });

  it('reads one named after the place that opens the sentence and a clause on it', () => {
    expect(
      met(
        `${talks('Марий Эл')}В краеведческом музее имени В. С. Ольхова, основанном в 1920 ` +
          'году учителем Павлом Ольховым, директор музея Нина Степановна Кукшева представит ' +
          'коллекцию вышивки.',
      ),
    ).toContain('Нина Степановна Кукшева');
  });

  it('reads a teacher who gave the guests a lesson', () => {
    expect(
      met(
        `${talks('Махачкалу')}В сельской школе учитель аварского языка Патимат Омаровна ` +
          'Курбанова провела для гостей открытый урок.',
      ),
    ).toContain('Патимат Омаровна Курбанова');
  });

  it('reads a Romanian mayor who showed the guests something', () => {
    expect(
      met(
        `${talks('Румынию')}Примар коммуны Фёдор Лукин (Fiodor Luchin) показал гостям ` +
          'рыбный рынок.',
      ),
    ).toContain('Фёдор Лукин');
  });

  it('reads the head of a centre who showed what it gathered, the guests unsaid', () => {
    expect(
      met(
        `${talks('Грузию')}Руководитель Центра тушинской культуры Нино Багатури показала ` +
          'собранные центром полевые записи.',
      ),
    ).toContain('Нино Багатури');
  });

  it('leaves one named in the genitive before the speaker (guard)', () => {
    expect(
      met(
        `${talks('Тверь')}В присутствии министра Петра Ивановича Седова ректор представил ` +
          'новый учебник.',
      ),
    ).toEqual(['Ольга Пыстина']);
  });
});

describe('an Assyrian priest’s style between his office and his name (Russian)', () => {
  it('leaves «кашиша» out of the title', () => {
    expect(
      roles(
        `${talks('Армению')}Затем в селе Дзорак настоятель храма Мар Юханны кашиша Ниносу ` +
          'Бабаев расскажет о литургии.',
      ).at(-1),
    ).toEqual(['Ниносу Бабаев', 'настоятель храма Мар Юханны', null]);
  });
});

describe('the head of a district opening the sentence, who told the guests something (Russian)', () => {
  it('writes «глава» small, as the office is', () => {
    expect(
      roles(
        `${talks('Пермь')}Глава Озёрского муниципального округа Пётр Ильич Сумкин познакомил ` +
          'гостей с работой школы.',
      ).at(-1),
    ).toEqual(['Пётр Ильич Сумкин', 'глава Озёрского муниципального округа', null]);
  });

  it('keeps the capital of the head of a republic (guard)', () => {
    expect(
      roles(
        `${talks('Сыктывкар')}Глава Республики Коми Пётр Ильич Сумкин познакомил гостей с ` +
          'работой школы.',
      ).at(-1),
    ).toEqual(['Пётр Ильич Сумкин', 'Глава Республики Коми', null]);
  });
});

describe('the head of a body the visitors were at, named by its noun alone (Russian)', () => {
  it('reads the theatre named before in the prepositional as his body', () => {
    expect(
      roles(
        `${talks('Владикавказ')}Гости побывали в Северском государственном музыкальном ` +
          'театре. Директор театра Алан Петрович Дзуцев рассказал о постановках.',
      ).at(-1),
    ).toEqual(['Алан Петрович Дзуцев', 'директор', 'Северский государственный музыкальный театр']);
  });

  it('reads the school the sentence opens at as the body of a bare office', () => {
    expect(
      roles(
        `${talks('Черкесск')}В школе имени А. Б. Керова, названной в честь поэта, директор ` +
          'Зарема Кятова показала делегации кабинет.',
      ).at(-1),
    ).toEqual(['Зарема Кятова', 'директор', 'школа имени А. Б. Керова']);
  });

  it('leaves the office whole with no such body named (guard)', () => {
    expect(
      roles(
        `${talks('Владикавказ')}Директор театра Алан Петрович Дзуцев рассказал о постановках.`,
      ).at(-1),
    ).toEqual(['Алан Петрович Дзуцев', 'директор театра', null]);
  });
});
