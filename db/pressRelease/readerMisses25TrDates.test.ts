import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a visit told from the dateline’s day over two days, «dün ve bugün», «bugün ve yarın»', () => {
  it('reads «Oslo, 10 Mart 2026 – … dün ve bugün Norveç’te …» as 2026-03-09..10 (Turkish)', () => {
    expect(
      visitOf(
        "Kurum Başkanı Norveç'te temaslarda bulundu\n\nOslo, 10 Mart 2026 – Türkiye Su Enstitüsü Başkanı Ali Kaya, dün ve bugün Norveç'te bir dizi görüşme gerçekleştirdi.\n\nKaya, dün Norveç Çevre Bakanı Ola Nordmann tarafından kabul edildi. Bugün ise Norveç Su Ajansı'nı ziyaret etti.",
      ),
    ).toEqual({ country: 'NO', start: '2026-03-09', end: '2026-03-10' });
  });

  it('reads «Lima, 30 Nisan 2026 – … bugün ve yarın Peru’da …» across the month’s end as 2026-04-30..05-01 (Turkish)', () => {
    expect(
      visitOf(
        "Lima, 30 Nisan 2026 – Türkiye Kızılay Genel Başkanı Ayşe Demir, bugün ve yarın Peru'da temaslarda bulunuyor.\n\nDemir, Peru Kızılhaçı Başkanı Rosa María Quispe ile görüşecek.",
      ),
    ).toEqual({ country: 'PE', start: '2026-04-30', end: '2026-05-01' });
  });

  it('reads «önceki gün ve dün» as the two days before the dateline’s (Turkish)', () => {
    expect(
      visitOf(
        "Viyana, 5 Haziran 2026 – Sayıştay Başkanı Mehmet Yıldız, önceki gün ve dün Avusturya'da resmi temaslarda bulundu.\n\nYıldız, Avusturya Sayıştay Başkanı Margit Kraker ile görüştü.",
      ),
    ).toEqual({ country: 'AT', start: '2026-06-03', end: '2026-06-04' });
  });

  it('reads «önceki gün» alone as the day before yesterday (Turkish)', () => {
    expect(
      visitOf(
        "Prag, 5 Haziran 2026 – Sayıştay Başkanı Mehmet Yıldız, önceki gün Çekya'da bir dizi görüşme gerçekleştirdi.\n\nYıldız, Çekya Sayıştay Başkanı Miloslav Kala ile görüştü.",
      ),
    ).toEqual({ country: 'CZ', start: '2026-06-03', end: '2026-06-03' });
  });

  it('still reads «dün» alone as the day before (Turkish)', () => {
    expect(
      visitOf(
        "Prag, 5 Haziran 2026 – Sayıştay Başkanı Mehmet Yıldız, dün Çekya'da bir dizi görüşme gerçekleştirdi.\n\nYıldız, Çekya Sayıştay Başkanı Miloslav Kala ile görüştü.",
      ),
    ).toEqual({ country: 'CZ', start: '2026-06-04', end: '2026-06-04' });
  });
});
