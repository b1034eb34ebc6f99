import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';

function met(text: string): string[] {
  return extractDraft(text).meetings.flatMap((m) => m.participants.map((p) => p.name));
}

describe('an honorific before a name is no part of it, whichever reader finds the name', () => {
  it('the name finder leaves out "H.E." in a sentence the English rules do not read', () => {
    expect(
      met(
        'The Secretary General visited Gdańsk on 3 May 2026. A memorandum on archives was signed with H.E. Tomasz Wierzbicki, Minister of Culture.',
      ),
    ).toEqual(['Tomasz Wierzbicki']);
  });

  it('the name finder leaves out "H. E." written with a space', () => {
    expect(
      met(
        'The Secretary General visited Gdańsk on 3 May 2026. A memorandum on archives was signed with H. E. Tomasz Wierzbicki, Minister of Culture.',
      ),
    ).toEqual(['Tomasz Wierzbicki']);
  });

  it('the Turkish rules leave out "Dr" and "Sn" written without a full stop', () => {
    expect(
      met(
        "Genel Sekreter 3 Mayıs 2026'da Gdańsk'a gitti. Genel Sekreter, Kültür Bakanı Dr Tomasz Wierzbicki ile görüştü. Genel Sekreter ayrıca Belediye Başkanı Sn Halina Kowalczyk ile görüştü.",
      ),
    ).toEqual(['Tomasz Wierzbicki', 'Halina Kowalczyk']);
  });

  it('the Russian rules leave out "Dr" written without a full stop', () => {
    expect(
      met(
        'Генеральный секретарь посетил Гданьск 3 мая 2026 года. Состоялась встреча с министром культуры Dr Tomasz Wierzbicki.',
      ),
    ).toEqual(['Tomasz Wierzbicki']);
  });
});

describe('a particle joins the words of one name, never two names', () => {
  it('Turkish "de" and "da" ("also") after a name join it to no name after them', () => {
    for (const also of ['Selim Doğan da', 'Mehmet Yücel de']) {
      const names = met(
        `Genel Sekreter 3 Mayıs 2026'da Ankara'ya gitti. Genel Sekreter, Bakan Yardımcısı Ali Kaya ile görüştü. Ertesi gün ${also} Hasan Kara ile görüştü.`,
      );
      expect(names).toContain('Hasan Kara');
      expect(names.filter((n) => /\sd[ae]\s/.test(n))).toEqual([]);
    }
  });
});
