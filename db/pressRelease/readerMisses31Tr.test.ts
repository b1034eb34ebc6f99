import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a planned trip told from the dateline, a later day of it dated (Turkish)', () => {
  it('opens on «yarın» and runs its «üç günlük» length, past a later dated day', () => {
    expect(
      visitOf(
        "Ankara, 14 Mart 2026 – Rekabet Kurumu Başkanı Selim Aksoy, yarın Belçika ve Hollanda'ya üç günlük bir çalışma ziyareti gerçekleştirecek.\n\nAksoy'un ilk gün Brüksel'de Belçika Rekabet Otoritesi Başkanı Jan Peeters ile görüşmesi planlanıyor.\n\nZiyaretin son günü olan 17 Mart'ta Lahey'e geçecek heyet, Hollanda Tüketici ve Piyasa Otoritesi Başkanı Maarten Visser ile bir araya gelecek.",
      ),
    ).toEqual({ country: 'BE', start: '2026-03-15', end: '2026-03-17' });
  });

  it('opens on «öbür gün» two days on, and on «yarın» alone with no length', () => {
    expect(
      visitOf(
        "Ankara, 14 Mart 2026 – Rekabet Kurumu Başkanı Selim Aksoy, öbür gün Belçika'ya iki günlük bir çalışma ziyareti gerçekleştirecek.\n\nAksoy'un Brüksel'de Belçika Rekabet Otoritesi Başkanı Jan Peeters ile görüşmesi planlanıyor.",
      ),
    ).toEqual({ country: 'BE', start: '2026-03-16', end: '2026-03-17' });
    expect(
      visitOf(
        "Ankara, 14 Mart 2026 – Rekabet Kurumu Başkanı Selim Aksoy, yarın Belçika'ya bir çalışma ziyareti gerçekleştirecek.\n\nZiyaret kapsamında 16 Mart'ta Brüksel'de Belçika Rekabet Otoritesi Başkanı Jan Peeters ile görüşmesi planlanıyor.",
      ),
    ).toEqual({ country: 'BE', start: '2026-03-15', end: '2026-03-16' });
  });
});
