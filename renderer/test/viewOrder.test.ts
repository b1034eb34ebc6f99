import { afterEach, describe, expect, test } from 'vitest';
import type { SavedView } from '../../db/api.js';
import { setLanguage } from '../messages.js';
import { inViewOrder } from '../tableTools/viewOrder.js';

const view = (name: string) => ({ id: name, name, table: 'visits' }) as unknown as SavedView;
const NAMES = ['Zhambyl visits', 'Ёлка', 'Визиты в Россию', 'Astana 2023', 'ёж', 'Ясная'];

describe('saved views', () => {
  afterEach(() => setLanguage('en'));

  test('are listed in the order of the interface’s language', () => {
    const names = () => inViewOrder(NAMES.map(view)).map((v) => v.name);
    expect(names()).toEqual([
      'Astana 2023',
      'Zhambyl visits',
      'Визиты в Россию',
      'ёж',
      'Ёлка',
      'Ясная',
    ]);
    setLanguage('ru');
    expect(names()).toEqual([
      'Визиты в Россию',
      'ёж',
      'Ёлка',
      'Ясная',
      'Astana 2023',
      'Zhambyl visits',
    ]);
  });
});
