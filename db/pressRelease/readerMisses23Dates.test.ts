import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a release stamped with a date alone on its line at the top', () => {
  it('reads «На следующей неделе, с 16 по 18 июня» after «8 июня 2026 года» as 2026-06-16..18 (Russian)', () => {
    expect(
      visitOf(
        '8 июня 2026 года\n\nГлава Федерального агентства посетит Португалию\n\nНа следующей неделе, с 16 по 18 июня, руководитель Федерального агентства Иван Смирнов посетит Португальскую Республику с рабочим визитом.\n\n16 июня в Лиссабоне запланированы переговоры с министром культуры Португалии Жоаном Перейрой.',
      ),
    ).toEqual({ country: 'PT', start: '2026-06-16', end: '2026-06-18' });
  });

  it('tells «Pazartesi ve Salı günleri» from «11 Haziran 2026» alone on a line under the office’s name (Turkish)', () => {
    expect(
      visitOf(
        "T.C. YARGITAY\nBasın Açıklaması\n\n11 Haziran 2026\n\nPortekiz Yüksek Mahkemesi Başkanı Yargıtayı ziyaret etti\n\nPortekiz Yüksek Mahkemesi Başkanı João Pereira ve beraberindeki heyet, Pazartesi ve Salı günleri Ankara'da resmî ziyarette bulundu.\n\nYargıtay Başkanı Nevzat Durmaz, Pereira'yı Pazartesi günü kabul etti.",
      ),
    ).toEqual({ country: 'TR', start: '2026-06-08', end: '2026-06-09' });
  });
});

describe('a visit told in a dateline-only release as «yesterday»', () => {
  it('reads «Lizbon, 11 Haziran 2026 – … Başkanı Ali Kaya, dün Portekiz’de …» as 2026-06-10 (Turkish)', () => {
    expect(
      visitOf(
        "Kurum Başkanı Portekiz'de temaslarda bulundu\n\nLizbon, 11 Haziran 2026 – Türkiye Rekabet Kurumu Başkanı Ali Kaya, dün Portekiz'de rekabet hukuku alanındaki iş birliğini ele alan bir dizi görüşme gerçekleştirdi.\n\nKaya, Portekiz Ekonomi Bakan Yardımcısı João Pereira tarafından kabul edildi.",
      ),
    ).toEqual({ country: 'PT', start: '2026-06-10', end: '2026-06-10' });
  });

  it('reads «Лиссабон, 11 июня 2026 г. – Вчера … провёл переговоры» as 2026-06-10 (Russian)', () => {
    expect(
      visitOf(
        'Лиссабон, 11 июня 2026 г. – Вчера руководитель Федерального агентства Иван Смирнов провёл в Лиссабоне переговоры с министром культуры Португалии Жоаном Перейрой.',
      ),
    ).toEqual({ country: 'PT', start: '2026-06-10', end: '2026-06-10' });
  });
});
