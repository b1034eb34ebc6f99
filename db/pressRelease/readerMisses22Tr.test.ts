import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const TR_AMMAN =
  "Kurum Başkanı Ali Kaya, 10-12 Mart tarihlerinde Ürdün'e çalışma ziyareti gerçekleştirecek. ";

describe('a fund in brackets after the one who attends', () => {
  it('reads «Halil el-Zuabi (Körfez Kalkınma Fonu)» as Halil el-Zuabi of the fund, not the fund as a person (Turkish)', () => {
    expect(
      roles(
        `${TR_AMMAN}Aynı gün düzenlenecek yuvarlak masa toplantısına Leyla bint Ömer el-Kasımi (Amman Ticaret Odası), Halil el-Zuabi (Körfez Kalkınma Fonu) ve Samir bin Ali el-Masri (Ürdün Sanayi Fonu) katılacak.`,
      ),
    ).toEqual([
      ['Leyla bint Ömer el-Kasımi', null, 'Amman Ticaret Odası'],
      ['Halil el-Zuabi', null, 'Körfez Kalkınma Fonu'],
      ['Samir bin Ali el-Masri', null, 'Ürdün Sanayi Fonu'],
    ]);
  });
});
