import { describe, expect, it } from 'vitest';
import { extractDraft } from '../pressRelease/extractDraft.js';
import './warmReader.js';

const met = (text: string) =>
  extractDraft(text).meetings.flatMap((m) => m.participants.map((p) => p.name));

describe('people met in Russian and Turkish releases', () => {
  it('finds Russian names after their titles, back in the nominative, never the visitor', () => {
    const text =
      'Минск, 14 февраля 2024 г. – Исполнительный секретарь СНГ Сергей Лебедев провёл встречу с Министром иностранных дел Республики Беларусь Сергеем Алейником.\n\nВ тот же день С.Лебедев встретился с Председателем Палаты представителей Национального собрания Игорем Сергеенко.';
    expect(met(text)).toEqual(['Сергей Алейник', 'Игорь Сергеенко']);
  });

  it('finds a list of Turkish names with Turkish letters before "ile görüştü"', () => {
    const text =
      "Türk Devletleri Teşkilatı Genel Sekreteri Kubanıçbek Ömüraliyev, 2 Ağustos 2023 tarihinde Taşkent'te Özbekistan Dışişleri Bakanı Bahtiyar Saidov ve Kazakistan Parlamentosu Senato Başkanı Mäulen Äşimbayev ile bir araya geldi.";
    expect(met(text)).toEqual(['Bahtiyar Saidov', 'Mäulen Äşimbayev']);
  });

  it('reads a Turkish name with a case suffix: "Ahmet Yıldız\'ı kabul etti"', () => {
    const text =
      "Cidde, 15 Ocak 2024 – İİT Genel Sekreteri Hissein Brahim Taha, Türkiye Cumhuriyeti Dışişleri Bakan Yardımcısı Ahmet Yıldız'ı kabul etti.";
    expect(met(text)).toEqual(['Ahmet Yıldız']);
  });
});
