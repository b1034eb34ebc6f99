import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/messages.js';
import { extractDraft } from './extractDraft.js';
import '../test/warmReader.js';

const title = (text: string) => extractDraft(text).visit.title;

afterEach(() => setLanguage('en'));

describe('the title of a release that has no heading, in the release’s own language', () => {
  it('English: the cities after a colon, in the order the text names them', () => {
    expect(
      title(
        'Executive Director Kairat Sarybay visited Astana and Almaty on 12-14 April 2024, where he met Foreign Minister Aidar Bekov.',
      ),
    ).toBe('Working visit: Astana, Almaty');
  });

  it('Russian: the city in its dictionary form, whatever case the sentence puts it in', () => {
    expect(
      title(
        'Исполнительный директор Кайрат Сарыбай 12 апреля 2024 года посетил Москву, где встретился с Министром иностранных дел Сергеем Лавровым.',
      ),
    ).toBe('Рабочий визит: Москва');
  });

  it('Turkish: the city as the dictionary writes it, without its suffix', () => {
    expect(
      title(
        "İcra Direktörü Kairat Sarybay 12 Nisan 2024 tarihinde Ankara'yı ziyaret etti ve Dışişleri Bakan Yardımcısı Ahmet Yıldız ile görüştü.",
      ),
    ).toBe('Çalışma ziyareti: Ankara');
  });

  it('with no place named, the bare words in each language', () => {
    expect(title('The Executive Director met the Ambassador of a member state today.')).toBe(
      'Working visit',
    );
    expect(title('Исполнительный директор сегодня встретился с послом государства-члена.')).toBe(
      'Рабочий визит',
    );
    expect(title('İcra Direktörü bugün bir üye devletin büyükelçisi ile görüştü.')).toBe(
      'Çalışma ziyareti',
    );
  });

  it('follows the release, not the interface: an English release read in a Russian window', () => {
    setLanguage('ru');
    expect(
      title(
        'Executive Director Kairat Sarybay visited Baku on 3 May 2024 and met Foreign Minister Elnur Aliyev.',
      ),
    ).toBe('Working visit: Baku');
  });

  it('keeps a heading the release has', () => {
    expect(
      title(
        'CICA Executive Director visits Baku\n\nThe Executive Director visited Baku on 3 May 2024.',
      ),
    ).toBe('CICA Executive Director visits Baku');
  });
});
