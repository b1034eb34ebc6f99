import { describe, expect, it } from 'vitest';
import { datesOf, visitOf } from '../test/visitFacts.js';

const country = (text: string) => visitOf(text).country;

describe('the city in the name of the body a delegation comes from', () => {
  it('is no place of the visit, before the word "delegation" or after "delegation of"', () => {
    expect(
      country(
        'COUNTY GOVERNMENT OF MOMBASA\nPress Statement\n\nMombasa, 3 June 2026\n\n' +
          'Governor hosts Port of Hamburg delegation\n\n' +
          'A delegation of the Port of Hamburg Authority led by its Director, Klaus Peter ' +
          'Brandtner, was in Mombasa on Tuesday and Wednesday to discuss container handling.\n\n' +
          'The delegation was received on Tuesday by the Governor of Mombasa County, Amina ' +
          'Wanjiru Saidi, who presented the county plan.',
      ),
    ).toBe('KE');
  });
});

describe('the form of the state between the word of the visit and the country', () => {
  it('reads the country after «посетит Республику» as the one gone to (Russian)', () => {
    expect(
      country(
        'С 3 по 5 июня ректор университета Иван Петрович Смирнов посетит Республику ' +
          'Казахстан. Визит посвящён выставке, которая откроется в Санкт-Петербурге осенью. ' +
          '3 июня в Алматы он проведёт переговоры с министром науки Ерланом Сериковичем ' +
          'Омаровым.',
      ),
    ).toBe('KZ');
  });

  it('reads the country after "visited the Kingdom of" as the one gone to', () => {
    expect(
      country(
        'The Rector of the University, Ivan Smirnov, visited the Kingdom of Morocco from 3 to 5 ' +
          'June 2026. The visit prepared an exhibition that will open in Hamburg next year. ' +
          'In Casablanca he met the Minister of Culture, Amina Bennani.',
      ),
    ).toBe('MA');
  });
});

describe('a dateline on its own line whose town is named with its river', () => {
  it('dates the release, so that weekdays alone are told from its day', () => {
    expect(
      datesOf(
        'Hilfswerk Nordlicht\nPress release\n\nNeustadt an der Weinstraße, 5 June 2026\n\n' +
          'Charity head back from Georgia\n\n' +
          'The President of the charity, Anna Lindqvist, has returned from Georgia after a ' +
          'three-day visit ending on Friday.\n\n' +
          'In Tbilisi she was received on Wednesday by the Minister of Health, Nino Beridze.\n\n' +
          'On Friday she met the Mayor of Batumi, Giorgi Kapanadze.',
      ),
    ).toEqual(['2026-06-03', '2026-06-05']);
  });
});

describe('a dateline whose update stamp gives the hour with its half of the day', () => {
  it('dates the release, so that a period with the month shortened is the visit', () => {
    expect(
      datesOf(
        'REGIONAL WATER FUND\n\nPANAMA CITY, Panama, Jun. 2, 2026 (updated Jun. 3, 2026, ' +
          '10:15 a.m.)\n\nFund President to travel to Costa Rica\n\n' +
          'Fund President Pavel Norden will travel to Costa Rica on Jun. 9-11 to review the ' +
          "fund's projects.\n\nIn San José he will meet the Minister of Environment, Ana Solís " +
          'Mora, on Tuesday.',
      ),
    ).toEqual(['2026-06-09', '2026-06-11']);
  });
});

describe('a Turkish participle in «-acak» before a noun, in a sentence told in the past', () => {
  it('leaves its weekday in the week gone by', () => {
    expect(
      datesOf(
        'YEŞİL UFUK VAKFI\n\nBasın Açıklaması\n\nİstanbul – 5 Haziran 2026\n\n' +
          'Vakıf heyeti Gürcistan ziyaretini tamamladı\n\n' +
          'Vakıf Başkanı Ahmet Yılmazer başkanlığındaki heyetin Gürcistan ziyareti, salı günü ' +
          'Tiflis’te başladı ve perşembe günü Batum’da sona erdi.\n\n' +
          'Heyet, salı günü Gürcistan Sağlık Bakanı Nino Beridze tarafından kabul edildi.\n\n' +
          'Çarşamba günü üniversiteyi ziyaret eden heyet, Rektör Giorgi Kapanadze ile ' +
          'öğrencilere verilecek burslar hakkında görüştü.',
      ),
    ).toEqual(['2026-06-02', '2026-06-04']);
  });
});
