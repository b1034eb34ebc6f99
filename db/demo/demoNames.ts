/**
 * Invented names for demo counterparts, in the script of their country, with the other spellings
 * a secretary would meet in documents (a Latin transliteration, a variant, an initial). Names are
 * put together from syllables and common given names so that no real official is portrayed.
 */
import type { NameScript } from './demoData.js';
import type { Random } from './demoRandom.js';

/** [Latin, native, variant Latin spelling?] */
type Part = readonly [string, string, string?];

/** Parts written as "Latin native [variant], ..." to keep the lists readable. */
function parts(list: string): Part[] {
  return list.split(', ').map((entry) => entry.split(' ') as unknown as Part);
}

const CYR_FIRST = parts(
  'Aleksei Алексей Alexey, Dmitry Дмитрий Dmitri, Sergei Сергей Sergey, Nurlan Нурлан, ' +
    'Askar Аскар, Timur Тимур, Bakhyt Бахыт Bakhit, Rustam Рустам, Yerlan Ерлан Erlan, Oleg Олег, ' +
    'Batbayar Батбаяр, Farrukh Фаррух, Maksim Максим Maxim, Anna Анна, Aigul Айгуль Aigül, ' +
    'Yelena Елена Elena, Dinara Динара, Natalia Наталья Natalya',
);
const CYR_WOMEN = new Set(['Anna', 'Aigul', 'Yelena', 'Dinara', 'Natalia']);
const CYR_ROOT = parts(
  'Bel Бел, Gor Гор, Sokol Сокол, Ter Тер, Dan Дан, Kol Кол, Mir Мир, Zhan Жан, Nur Нур, ' +
    'Ayt Айт, Tok Ток, Kar Кар, Sul Сул, Dos Дос, Lap Лап, Ord Орд, Pav Пав, Kuz Кузь, Rakh Рах, ' +
    'Sham Шам',
);
const CYR_SUFFIX = parts(
  'ov ов, in ин, enko енко, bayev баев, ekov еков, aliev алиев, itsky ицкий',
);
const CYR_FEMININE: Record<string, Part> = Object.fromEntries(
  parts('ov ова, in ина, bayev баева, ekov екова, aliev алиева, itsky ицкая').map(([m, f]) => [
    m,
    [m === 'itsky' ? 'itskaya' : `${m}a`, f],
  ]),
);

const ZH_FAMILY = parts(
  'Wang 王, Li 李, Zhang 张, Liu 刘, Chen 陈, Yang 杨, Zhao 赵, Huang 黄, Zhou 周, Wu 吴, ' +
    'Xu 徐, Sun 孙, Gao 高, Lin 林',
);
const ZH_GIVEN = parts(
  'ming 明, hua 华, wei 伟, jian 建, guo 国, hong 红, lei 磊, yun 云, hai 海, ping 平, xin 新, ' +
    'tao 涛, bo 波, qiang 强, fang 芳, jing 静',
);

const AR_FIRST = parts(
  'Khalid خالد Khaled, Omar عمر, Ahmed أحمد Ahmad, Yusuf يوسف Youssef, Hassan حسن, Karim كريم, ' +
    'Faisal فيصل, Nasser ناصر Nasir, Mariam مريم Maryam, Layla ليلى Leila, Huda هدى, ' +
    'Tariq طارق Tarek, Samir سمير, Reza رضا, Mehdi مهدي Mahdi',
);
const AR_FAMILY = parts(
  'Al-Hashimi الهاشمي, Al-Mansouri المنصوري, Haddad حداد, Al-Khatib الخطيب, Saleh صالح, ' +
    'Al-Najjar النجار, Darwish درويش, Al-Amiri العامري, Rahimi رحيمي, Karimi كريمي, ' +
    'Al-Farsi الفارسي, Qasim قاسم, Nouri نوري',
);

const KO_FAMILY = parts(
  'Kim 김, Lee 이, Park 박, Choi 최, Jung 정, Kang 강, Cho 조, Yoon 윤, Han 한, Shin 신',
);
const KO_GIVEN = parts(
  'min 민, jun 준, seo 서, hyun 현, ji 지, woo 우, young 영, soo 수, ho 호, eun 은, sung 성, jae 재',
);

/** Latin-script names by region: given names, then family names, separated by '|'. */
const LATIN: Record<string, readonly [readonly string[], readonly string[]]> = Object.fromEntries(
  Object.entries<[string, string]>({
    south: [
      'Rajesh|Anil|Priya|Imran|Farid|Sanjay|Ayesha|Kamal|Nimal|Tahmina',
      'Sharma|Qureshi|Rahman|Perera|Haidari|Chowdhury|Malik|Iyer|Noori',
    ],
    turkic: [
      'Mehmet|Elif|Rashid|Aziz|Gülnara|Şahin|Dilnoza|Murat|Orhan|Leyla',
      'Yıldız|Aliyev|Karimov|Özdemir|Mammadov|Yusupov|Çelik|Annayev',
    ],
    southeast: [
      'Sokha|Somchai|Văn Hùng|Thị Lan|Chanthy|Anong|Minh Tuấn|Vanna',
      'Chea|Srisuk|Nguyễn|Trần|Sopheap|Wongsakul|Phạm|Dara',
    ],
    levant: ['David|Noa|Yael|Avi|Tamar|Eitan', 'Levin|Mizrahi|Shapiro|Ben-Ami|Katz'],
  }).map(([region, [given, family]]) => [region, [given.split('|'), family.split('|')]]),
);
const LATIN_REGION: Record<string, string> = {
  AF: 'south',
  BD: 'south',
  IN: 'south',
  LK: 'south',
  PK: 'south',
  AZ: 'turkic',
  TM: 'turkic',
  TR: 'turkic',
  UZ: 'turkic',
  KH: 'southeast',
  TH: 'southeast',
  VN: 'southeast',
  IL: 'levant',
};

export interface DemoName {
  name: string;
  aliases: string[];
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
}

function initial(given: string, family: string): string {
  return `${given.charAt(0)}. ${family}`;
}

/** A name in the country's script, and the other spellings it is found under. */
export function demoName(rng: Random, script: NameScript, country: string): DemoName {
  switch (script) {
    case 'cyrillic': {
      const first = rng.pick(CYR_FIRST);
      const root = rng.pick(CYR_ROOT);
      let suffix = rng.pick(CYR_SUFFIX);
      if (CYR_WOMEN.has(first[0])) suffix = CYR_FEMININE[suffix[0]] ?? suffix;
      const family = root[0] + suffix[0];
      const aliases = [`${first[0]} ${family}`, initial(first[0], family)];
      if (first[2]) aliases.push(`${first[2]} ${family}`);
      return { name: `${first[1]} ${root[1]}${suffix[1]}`, aliases };
    }
    case 'chinese': {
      const family = rng.pick(ZH_FAMILY);
      const given = [rng.pick(ZH_GIVEN), ...(rng.chance(0.7) ? [rng.pick(ZH_GIVEN)] : [])];
      const latinGiven = given.map((g) => g[0]).join('');
      const cap = latinGiven.charAt(0).toUpperCase() + latinGiven.slice(1);
      return {
        name: family[1] + given.map((g) => g[1]).join(''),
        aliases: [`${family[0]} ${cap}`, `${cap} ${family[0]}`],
      };
    }
    case 'arabic': {
      const first = rng.pick(AR_FIRST);
      const family = rng.pick(AR_FAMILY);
      const aliases = [`${first[0]} ${family[0]}`, initial(first[0], family[0])];
      if (first[2]) aliases.push(`${first[2]} ${family[0]}`);
      return { name: `${first[1]} ${family[1]}`, aliases };
    }
    case 'hangul': {
      const family = rng.pick(KO_FAMILY);
      const a = rng.pick(KO_GIVEN);
      const b = rng.pick(KO_GIVEN);
      const given = `${a[0].charAt(0).toUpperCase()}${a[0].slice(1)}-${b[0]}`;
      return {
        name: family[1] + a[1] + b[1],
        aliases: [`${family[0]} ${given}`, `${given} ${family[0]}`],
      };
    }
    default: {
      const [givens, families] = LATIN[LATIN_REGION[country] ?? 'south']!;
      const given = rng.pick(givens);
      const family = rng.pick(families);
      const name = `${given} ${family}`;
      const aliases = [initial(given, family)];
      if (ascii(name) !== name) aliases.push(ascii(name));
      return { name, aliases };
    }
  }
}
