import { beforeAll } from 'vitest';
import { extractDraft } from '../pressRelease/extractDraft.js';

const OPENINGS = [
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
    '2026 and met the Minister of Water, Oskar Belmonte Ruiz.',
  '3 июня руководитель Федерального агентства Иван Смирнов посетил Казань и встретился с мэром ' +
    'города Ильсуром Сафиным.',
  "Dernek Başkanı Ahmet Yılmaz 3 Aralık 2026'da Bakü'yü ziyaret etti ve Bakan Elnur Aliyev ile " +
    'görüştü.',
];

/**
 * Reads one short release in each language before a file's tests run. The reader's first call in a
 * process builds its patterns, which on a busy machine can take longer than one test may; in a hook
 * that time counts against the hook's longer limit instead.
 */
beforeAll(() => {
  for (const text of OPENINGS) extractDraft(text);
});
