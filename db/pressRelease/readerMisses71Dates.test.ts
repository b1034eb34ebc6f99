import { describe, expect, it } from 'vitest';
import { datesOf } from '../test/visitFacts.js';

describe('the weekend the visitor came home on', () => {
  it('ends a dated visit on the day the visitor left, not on the weekend of the return', () => {
    expect(
      datesOf(
        'Marlow Foundation\nLondon — 6 December 2026\n\nDirector completes visit to Ghana\n\n' +
          'The Director of the Foundation, Dr Helen Asare, returned to London this weekend ' +
          'after a five-day visit to Ghana.\n\nShe arrived in Accra on Tuesday 1 December and ' +
          "met Ghana's Minister of Education, Kofi Mensah-Ansah.\n\nOn Thursday 3 December she " +
          'visited Kumasi.\n\nShe left Accra on Saturday 5 December.',
      ),
    ).toEqual(['2026-12-01', '2026-12-05']);
  });

  it('still reads a weekend spent in the country as the days of the visit (guard)', () => {
    expect(
      datesOf(
        'Marlow Foundation\nLondon — 7 December 2026\n\nThe Director of the Foundation, Dr ' +
          'Helen Asare, visited Ghana this weekend. On Saturday she met the Minister of ' +
          'Education, Kofi Mensah-Ansah, in Accra.',
      ),
    ).toEqual(['2026-12-05', '2026-12-06']);
  });
});

describe('a digest of several dated items', () => {
  const award =
    '27 November — Award for a radio school\nThe Trust’s award went to Radio Escuela Norte, ' +
    'whose director, Rosa Lindqvist, accepted it in Kingston.';
  const digest = (visit: string, after = award) =>
    'Fenwick Learning Trust\nNews Digest No. 12 — Burnaby, 30 November 2026\n\n' +
    '16 November — Webinar on apprenticeships\nMore than 500 teachers joined the Trust’s ' +
    'webinar on apprenticeships.\n\n' +
    visit +
    '\n\n' +
    after +
    '\n\nMedia contact: media@fenwick.example';

  it('keeps the days of the visit’s own item, whatever day another item was', () => {
    expect(
      datesOf(
        digest(
          '23–25 November — President visits Kenya\nThe President of the Trust, Professor ' +
            'Alma Ridley, spent three days in Kenya. On 24 November, in Nairobi, she held ' +
            'talks with the Minister of Education, John Mwita Otieno.',
        ),
      ),
    ).toEqual(['2026-11-23', '2026-11-25']);
  });

  it('still widens a visit to the day of a later meeting told in its own item (guard)', () => {
    expect(
      datesOf(
        digest(
          '23–25 November — President visits Kenya\nThe President of the Trust, Professor ' +
            'Alma Ridley, spent three days in Kenya. On 24 November, in Nairobi, she held ' +
            'talks with the Minister of Education, John Mwita Otieno. On 26 November she also ' +
            'met the Governor of Mombasa County, Amina Salim Odhiambo.',
          '30 November — New board member\nThe Board welcomed a new member for Africa.',
        ),
      ),
    ).toEqual(['2026-11-23', '2026-11-26']);
  });

  it('reads «Haftalık Bülten — 7 Aralık 2026» as the day the bulletin came out', () => {
    expect(
      datesOf(
        'İZMİR TİCARET ODASI\nHaftalık Bülten — 7 Aralık 2026\n\n30 Kasım — Meclis ' +
          'toplantısı\nOda Meclisi 2027 bütçesini kabul etti.\n\n1-3 Aralık — Berlin ' +
          'temasları\nOda Başkanı Mehmet Ersoylu, 1-3 Aralık tarihlerinde Berlin’de bir dizi ' +
          'görüşme gerçekleştirdi. Ersoylu, ilk gün Berlin Ticaret Odası Başkanı Klaus ' +
          'Weidemann ile bir araya geldi.\n\n5 Aralık — Yeni üyeler\nKasım ayında Odaya 900 ' +
          'yeni firma kaydoldu.',
      ),
    ).toEqual(['2026-12-01', '2026-12-03']);
  });
});

describe('a visit dated in its heading and told on by weekdays', () => {
  it('ends on the weekday the programme closes on, the first day dated in the heading', () => {
    expect(
      datesOf(
        'Cork Growers Council\nPress release\n\nMadrid, 3 December 2026\n\nDirector to ' +
          'visit Portugal from 14 December\n\nThe Director of the Council, Ana Ruiz Varela, ' +
          'will travel to Portugal on Monday 14 December for talks on the cork forests.\n\n' +
          'In Lisbon on the first day she will meet the Minister of Agriculture, Rui Costa ' +
          'Matos.\n\nOn Tuesday the Director will drive to Évora.\n\nThe programme continues ' +
          'on Wednesday in Coruche, and the visit will close that evening with a dinner.',
      ),
    ).toEqual(['2026-12-14', '2026-12-16']);
  });

  it('reads «Визит завершится в воскресенье» as the last day after a heading’s date', () => {
    expect(
      datesOf(
        'ОБЩЕСТВО ДРУЗЕЙ АФОНА\n\n3 декабря 2026 года\n\nДелегация общества 17 декабря ' +
          'отправится в Грецию\n\nМосква. Делегация общества во главе с председателем Иваном ' +
          'Петровичем Луниным в четверг, 17 декабря, прибудет с визитом в Грецию.\n\nВ день ' +
          'прибытия в Афинах И. П. Лунин будет принят министром культуры Греции Еленой ' +
          'Папаконстантину.\n\nВ субботу, 19 декабря, делегация отправится в Салоники.\n\n' +
          'Визит завершится в воскресенье молебном.',
      ),
    ).toEqual(['2026-12-17', '2026-12-20']);
  });

  it('still reads a heading’s date as the one day when the body names no other (guard)', () => {
    expect(
      datesOf(
        'Cork Growers Council\nPress release\n\nMadrid, 3 December 2026\n\nDirector to ' +
          'visit Portugal on 14 December\n\nThe Director of the Council, Ana Ruiz Varela, ' +
          'will meet the Minister of Agriculture of Portugal, Rui Costa Matos, in Lisbon.',
      ),
    ).toEqual(['2026-12-14', '2026-12-14']);
  });
});

describe('a weekend told as "bu" (this) Saturday and Sunday', () => {
  it('reads «bu cumartesi ve pazar … olacak» as the Saturday and Sunday to come', () => {
    expect(
      datesOf(
        'Ankara, 25 Kasım 2026 Çarşamba\n\nGenel Sekreter hafta sonu Kazan’da\n\nGenel ' +
          'Sekreter Arslan Tarvayev, bu cumartesi ve pazar Tataristan’ın başkenti Kazan’da ' +
          'olacak.\n\nPazar günü Tarvayev, Kazan Devlet Üniversitesi Rektörü Prof. Dr. Ravil ' +
          'Minnegulov ile bir araya gelecek.',
      ),
    ).toEqual(['2026-11-28', '2026-11-29']);
  });

  it('still reads «bu hafta sonu … olacak» as that weekend (guard)', () => {
    expect(
      datesOf(
        'Ankara, 25 Kasım 2026 Çarşamba\n\nGenel Sekreter Arslan Tarvayev, bu hafta sonu ' +
          'Tataristan’ın başkenti Kazan’da olacak ve Kazan Devlet Üniversitesi Rektörü Prof. ' +
          'Dr. Ravil Minnegulov ile bir araya gelecek.',
      ),
    ).toEqual(['2026-11-28', '2026-11-29']);
  });
});
