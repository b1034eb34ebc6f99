// Capitals and the cities bodies and ministries travel to most, in English, Russian and Turkish.
// Russian forms are derived: a release writes "в Минске", "посетил Астану", "из Ташкента".

// prettier-ignore
const ENGLISH: Record<string, string> = {
  Skopje: 'MK', 'Addis Ababa': 'ET', Washington: 'US', 'Washington, D.C.': 'US', Chișinău: 'MD',
  Chişinău: 'MD', Chisinau: 'MD', Tbilisi: 'GE', Yerevan: 'AM', Kathmandu: 'NP', Thimphu: 'BT',
  Malé: 'MV', Paris: 'FR', Strasbourg: 'FR', Berlin: 'DE', Bonn: 'DE', London: 'GB', Rome: 'IT',
  Madrid: 'ES', Lisbon: 'PT', Warsaw: 'PL', Prague: 'CZ', Budapest: 'HU', Bucharest: 'RO',
  Sofia: 'BG', Belgrade: 'RS', Sarajevo: 'BA', Podgorica: 'ME', Tirana: 'AL', Zagreb: 'HR',
  Ljubljana: 'SI', Athens: 'GR', Nicosia: 'CY', Kyiv: 'UA', Vilnius: 'LT', Riga: 'LV',
  Tallinn: 'EE', Helsinki: 'FI', Stockholm: 'SE', Oslo: 'NO', Copenhagen: 'DK', 'The Hague': 'NL',
  Amsterdam: 'NL', Luxembourg: 'LU', Bern: 'CH', Valletta: 'MT', Dublin: 'IE', Reykjavik: 'IS',
  Ottawa: 'CA', 'Mexico City': 'MX', Brasília: 'BR', 'Buenos Aires': 'AR', Santiago: 'CL',
  Lima: 'PE', Bogotá: 'CO', Havana: 'CU', Nairobi: 'KE', Abuja: 'NG', Lagos: 'NG', Accra: 'GH',
  Dakar: 'SN', Pretoria: 'ZA', Johannesburg: 'ZA', Kigali: 'RW', Kampala: 'UG', 'Dar es Salaam': 'TZ',
  Khartoum: 'SD', Tripoli: 'LY', Tunis: 'TN', Algiers: 'DZ', Rabat: 'MA', Nouakchott: 'MR',
  Niamey: 'NE', Bamako: 'ML', "N'Djamena": 'TD', Mogadishu: 'SO', Djibouti: 'DJ', Asmara: 'ER',
  Beirut: 'LB', Damascus: 'SY', Sanaa: 'YE', 'Kuwait City': 'KW', Canberra: 'AU', Wellington: 'NZ',
  Manila: 'PH', Singapore: 'SG', Vientiane: 'LA', Naypyidaw: 'MM', Yangon: 'MM',
  'Bandar Seri Begawan': 'BN', Dili: 'TL', Putrajaya: 'MY', Pyongyang: 'KP', Taipei: 'TW',
  Kaohsiung: 'TW', Taichung: 'TW', Tainan: 'TW', Hsinchu: 'TW', Keelung: 'TW', Chiayi: 'TW',
  Hualien: 'TW', Taitung: 'TW',
  Osaka: 'JP', Hiroshima: 'JP', 'Hong Kong': 'HK', Macau: 'MO', Chengdu: 'CN',
  Aktau: 'KZ', Atyrau: 'KZ', Termez: 'UZ', Nukus: 'UZ', Andijan: 'UZ', Kashgar: 'CN',
  'Port Moresby': 'PG', 'Port Vila': 'VU', Suva: 'FJ', Apia: 'WS',
  "Nuku'alofa": 'TO', 'Nuku’alofa': 'TO', Funafuti: 'TV', Tarawa: 'KI', Majuro: 'MH',
  Palikir: 'FM', Koror: 'PW', Yaren: 'NR', Papeete: 'PF',
  // Iran's and Afghanistan's main towns, and Central Asia's and India's others.
  Urmia: 'IR', Ardabil: 'IR', Qom: 'IR', Kermanshah: 'IR', Hamadan: 'IR', Zanjan: 'IR',
  Qazvin: 'IR', Ahvaz: 'IR', Yazd: 'IR', Herat: 'AF', 'Mazar-i-Sharif': 'AF',
  'Mazar-e Sharif': 'AF', Kandahar: 'AF', Urgench: 'UZ', Khorog: 'TJ', Kochi: 'IN', Cochin: 'IN',
  Thiruvananthapuram: 'IN', Kozhikode: 'IN', Jaipur: 'IN', Lucknow: 'IN', Guwahati: 'IN',
  Bhubaneswar: 'IN', Visakhapatnam: 'IN', Chandigarh: 'IN', Coimbatore: 'IN', Madurai: 'IN',
  Mangaluru: 'IN', Shillong: 'IN', Kohima: 'IN', Aizawl: 'IN', Imphal: 'IN', Gangtok: 'IN',
  Patna: 'IN', Bhopal: 'IN', Nagpur: 'IN', Varanasi: 'IN', Amritsar: 'IN',
  // Southern Africa's capitals; the towns of the Barents region, of Friesland and the
  // Netherlands' north and east, and of Hungary and Slovenia beyond their capitals, written alike
  // in English and Turkish.
  Gaborone: 'BW', Lusaka: 'ZM', Harare: 'ZW', Maputo: 'MZ', Windhoek: 'NA', Lilongwe: 'MW',
  Maseru: 'LS', Mbabane: 'SZ', Antananarivo: 'MG', Kirkenes: 'NO', Tromsø: 'NO', Bodø: 'NO',
  Luleå: 'SE', Kiruna: 'SE', Umeå: 'SE', Rovaniemi: 'FI', Inari: 'FI', Oulu: 'FI',
  Leeuwarden: 'NL', Groningen: 'NL', Wageningen: 'NL', Maastricht: 'NL', Leiden: 'NL',
  Delft: 'NL', Gödöllő: 'HU', Debrecen: 'HU', Szeged: 'HU', Maribor: 'SI',
  // Small states and their capitals.
  'Monte Carlo': 'MC', Monaco: 'MC', Vaduz: 'LI', 'San Marino': 'SM', 'Andorra la Vella': 'AD',
  'Vatican City': 'VA',
};

// prettier-ignore
export const RUSSIAN: Record<string, string> = {
  Москва: 'RU', Ташкент: 'UZ', Бишкек: 'KG', Минск: 'BY', Пекин: 'CN', Анкара: 'TR',
  Астана: 'KZ', Ереван: 'AM', Ашхабад: 'TM', Стамбул: 'TR', Тегеран: 'IR', Исламабад: 'PK',
  Женева: 'CH', Вена: 'AT', Париж: 'FR', Берлин: 'DE', Лондон: 'GB', Рим: 'IT', Мадрид: 'ES',
  Варшава: 'PL', Прага: 'CZ', Будапешт: 'HU', Белград: 'RS', Кишинёв: 'MD', Кишинев: 'MD',
  Киев: 'UA', 'Нью-Йорк': 'US', Вашингтон: 'US', Брюссель: 'BE', Страсбург: 'FR', Каир: 'EG',
  'Эр-Рияд': 'SA', Джидда: 'SA', Доха: 'QA', Дубай: 'AE', 'Абу-Даби': 'AE', Кабул: 'AF',
  Дели: 'IN', 'Нью-Дели': 'IN', Дакка: 'BD', Катманду: 'NP', Коломбо: 'LK', Бангкок: 'TH',
  Ханой: 'VN', Джакарта: 'ID', 'Куала-Лумпур': 'MY', Сеул: 'KR', Токио: 'JP', 'Улан-Батор': 'MN',
  Самарканд: 'UZ', Бухара: 'UZ', Хива: 'UZ', Казань: 'RU', Сочи: 'RU', 'Санкт-Петербург': 'RU',
  Владивосток: 'RU', Новосибирск: 'RU', Худжанд: 'TJ', Ош: 'KG', Шымкент: 'KZ', Туркестан: 'KZ',
  'Аддис-Абеба': 'ET', Скопье: 'MK', Амман: 'JO', Багдад: 'IQ', Маскат: 'OM', Манама: 'BH',
  'Эль-Кувейт': 'KW', Бейрут: 'LB', Дамаск: 'SY', Сингапур: 'SG', Манила: 'PH',
  Баку: 'AZ', Душанбе: 'TJ', Алматы: 'KZ', Тбилиси: 'GE', Гянджа: 'AZ', Шуша: 'AZ',
  Лиссабон: 'PT',
  // Asia's and the Pacific's others, and Austria's main cities.
  Вьентьян: 'LA', 'Пномпень': 'KH', Денпасар: 'ID', Сурабая: 'ID', Гонолулу: 'US', Веллингтон: 'NZ',
  Канберра: 'AU', Сидней: 'AU', Сува: 'FJ', Зальцбург: 'AT', Инсбрук: 'AT', Грац: 'AT',
  // The Baltic and Nordic capitals, and Europe's others ("переговоры в Риге и Вильнюсе").
  Рига: 'LV', Вильнюс: 'LT', Таллин: 'EE', Таллинн: 'EE', Хельсинки: 'FI', Стокгольм: 'SE',
  Осло: 'NO', Копенгаген: 'DK', Рейкьявик: 'IS', Дублин: 'IE', Амстердам: 'NL', Гаага: 'NL',
  Бухарест: 'RO', Загреб: 'HR', Любляна: 'SI', Братислава: 'SK', Сараево: 'BA', Подгорица: 'ME',
  Никосия: 'CY', Афины: 'GR',
  // Iran's and Afghanistan's main towns, and Central Asia's others.
  Тебриз: 'IR', Мешхед: 'IR', Исфахан: 'IR', Шираз: 'IR', Урмия: 'IR', Ардебиль: 'IR',
  Керманшах: 'IR', Хамадан: 'IR', Казвин: 'IR', Ахваз: 'IR', Йезд: 'IR', Герат: 'AF',
  Кандагар: 'AF', Джелалабад: 'AF', 'Мазари-Шариф': 'AF', Фергана: 'UZ', Андижан: 'UZ',
  Наманган: 'UZ', Нукус: 'UZ', Термез: 'UZ', Ургенч: 'UZ', Каракол: 'KG', 'Джалал-Абад': 'KG',
  // Iraq's towns beyond its capital and South Africa's main cities.
  Эрбиль: 'IQ', Сулеймания: 'IQ', Киркук: 'IQ', Мосул: 'IQ', Басра: 'IQ', Претория: 'ZA',
  Йоханнесбург: 'ZA', Кейптаун: 'ZA', Дурбан: 'ZA',
  Хорог: 'TJ', Куляб: 'TJ', Бохтар: 'TJ', Караганда: 'KZ', Актобе: 'KZ', Актау: 'KZ',
  Атырау: 'KZ', Павлодар: 'KZ', Костанай: 'KZ', Тараз: 'KZ', Кызылорда: 'KZ', Семей: 'KZ',
  // The capitals of Russia's regions and its main cities: a trip inside Russia is told by them
  // ("поездка начнётся в Грозном", "прибудет в Махачкалу", "Пятигорск, 4 декабря").
  Грозный: 'RU', Махачкала: 'RU', Дербент: 'RU', Пятигорск: 'RU', Нальчик: 'RU', Магас: 'RU',
  Назрань: 'RU', Владикавказ: 'RU', Черкесск: 'RU', Майкоп: 'RU', Элиста: 'RU', Якутск: 'RU',
  Хабаровск: 'RU', Екатеринбург: 'RU', Уфа: 'RU', Пермь: 'RU', Красноярск: 'RU', Иркутск: 'RU',
  Омск: 'RU', Томск: 'RU', Самара: 'RU', Ставрополь: 'RU', Краснодар: 'RU', 'Ростов-на-Дону': 'RU',
  Волгоград: 'RU', Астрахань: 'RU', Калининград: 'RU', Мурманск: 'RU', Архангельск: 'RU',
  Тюмень: 'RU', Челябинск: 'RU', Оренбург: 'RU', Саратов: 'RU', Воронеж: 'RU', Ярославль: 'RU',
  Ижевск: 'RU', 'Йошкар-Ола': 'RU', Саранск: 'RU', Сыктывкар: 'RU', Петрозаводск: 'RU',
  'Улан-Удэ': 'RU', Кызыл: 'RU', Абакан: 'RU', Барнаул: 'RU', 'Южно-Сахалинск': 'RU',
  Магадан: 'RU', Благовещенск: 'RU', Салехард: 'RU', 'Ханты-Мансийск': 'RU', Кисловодск: 'RU',
  // Small states and their capitals.
  'Монте-Карло': 'MC', Монако: 'MC', Вадуц: 'LI', 'Сан-Марино': 'SM', 'Андорра-ла-Велья': 'AD',
  Валлетта: 'MT', Люксембург: 'LU', Ватикан: 'VA',
};

// prettier-ignore
const TURKISH: Record<string, string> = {
  Bakü: 'AZ', Bişkek: 'KG', Taşkent: 'UZ', Tahran: 'IR', Cidde: 'SA', İstanbul: 'TR',
  Tiflis: 'GE', Aşkabat: 'TM', Moskova: 'RU', Pekin: 'CN', Duşanbe: 'TJ', Erivan: 'AM',
  Semerkant: 'UZ', Buhara: 'UZ', Hive: 'UZ', Cenevre: 'CH', Riyad: 'SA', İslamabad: 'PK',
  Budapeşte: 'HU', Viyana: 'AT', Brüksel: 'BE', Londra: 'GB', Roma: 'IT', Varşova: 'PL',
  Prag: 'CZ', Bükreş: 'RO', Belgrad: 'RS', Üsküp: 'MK', Saraybosna: 'BA', Kişinev: 'MD',
  Kiev: 'UA', Atina: 'GR', Lefkoşa: 'CY', Kahire: 'EG', 'Addis Ababa': 'ET',
  'Addis Abeba': 'ET', Vaşington: 'US', Washington: 'US', 'New York': 'US', Şuşa: 'AZ',
  Gence: 'AZ', Nahçıvan: 'AZ', Türkistan: 'KZ', Çimkent: 'KZ', Almatı: 'KZ', Astana: 'KZ',
  Kabil: 'AF', 'Yeni Delhi': 'IN', Dakka: 'BD', Katmandu: 'NP', Kolombo: 'LK', Bangkok: 'TH',
  Hanoi: 'VN', Cakarta: 'ID', 'Kuala Lumpur': 'MY', Seul: 'KR', Tokyo: 'JP', 'Ulan Batur': 'MN',
  Doha: 'QA', Dubai: 'AE', 'Abu Dabi': 'AE', Bağdat: 'IQ', Kerkük: 'IQ', Şam: 'SY', Beyrut: 'LB', Amman: 'JO',
  Maskat: 'OM', Manama: 'BH', Kuveyt: 'KW', Paris: 'FR', Strazburg: 'FR', Berlin: 'DE',
  Madrid: 'ES', Lizbon: 'PT', Minsk: 'BY', Kazan: 'RU', Soçi: 'RU', Oş: 'KG', Hocend: 'TJ',
  Ankara: 'TR', Antalya: 'TR', İzmir: 'TR', Bursa: 'TR', Konya: 'TR',
  // The Balkan cities Turkish calls by their Ottoman names.
  Sofya: 'BG', Filibe: 'BG', Kırcaali: 'BG', Burgaz: 'BG', Şumnu: 'BG', Rusçuk: 'BG',
  Köstence: 'RO', Mecidiye: 'RO', Tulça: 'RO', Tiran: 'AL', Selanik: 'GR', Gümülcine: 'GR',
  İskeçe: 'GR', Ohri: 'MK', Komrat: 'MD', Dedeağaç: 'GR', Kavala: 'GR', Yanya: 'GR',
  // Syria's and Iraq's towns by their Turkish names: Aleppo, Homs, Latakia, Mosul, Najaf (not
  // Hama, a given name of the Sahel too).
  Halep: 'SY', Humus: 'SY', Lazkiye: 'SY', Tartus: 'SY', Rakka: 'SY', İdlib: 'SY',
  Musul: 'IQ', Necef: 'IQ', Kerbela: 'IQ',
  // The Aegean islands and their towns: Rhodes, Kos, Lesbos, Heraklion.
  Rodos: 'GR', İstanköy: 'GR', Midilli: 'GR', Kandiye: 'GR',
  // Iran's and Afghanistan's towns by their Turkish names, and Central Asia's.
  Tebriz: 'IR', Urmiye: 'IR', Meşhed: 'IR', Meşhet: 'IR', Erdebil: 'IR', İsfahan: 'IR',
  Isfahan: 'IR', Şiraz: 'IR', Kirmanşah: 'IR', Hemedan: 'IR', Zencan: 'IR', Kazvin: 'IR',
  Ahvaz: 'IR', Yezd: 'IR', Herat: 'AF', 'Mezar-ı Şerif': 'AF', Kandahar: 'AF', Celalabad: 'AF',
  Andican: 'UZ', Fergana: 'UZ', Namangan: 'UZ', Nukus: 'UZ', Termiz: 'UZ', Ürgenç: 'UZ',
  Türkmenbaşı: 'TM', Merv: 'TM', Celalabat: 'KG', Karakol: 'KG', Külab: 'TJ', Karağandı: 'KZ',
  Aktöbe: 'KZ', Atırav: 'KZ', Aktav: 'KZ', Kızılorda: 'KZ', Taraz: 'KZ', Semey: 'KZ',
  Pavlodar: 'KZ',
  // Small states and their capitals.
  'Monte Carlo': 'MC', 'Monte-Carlo': 'MC', Monako: 'MC', Vaduz: 'LI', 'San Marino': 'SM',
  'Andorra la Vella': 'AD', Valletta: 'MT', Lüksemburg: 'LU', Vatikan: 'VA',
};

/** The case forms of a Russian city name: "Астана" → "Астане", "Астану", "Астаны". */
export function russianForms(name: string): string[] {
  if (/[аеиоуыэюя]$/.test(name) && !/[ая]$/.test(name)) return [name];
  if (/а$/.test(name)) {
    const stem = name.slice(0, -1);
    return [name, `${stem}е`, `${stem}у`, `${stem}ы`, `${stem}ой`, `${stem}и`];
  }
  if (/я$/.test(name)) {
    const stem = name.slice(0, -1);
    return [name, `${stem}е`, `${stem}ю`, `${stem}и`];
  }
  if (/ь$/.test(name)) {
    const stem = name.slice(0, -1);
    return [name, `${stem}и`, `${stem}е`, `${stem}я`, `${stem}ю`];
  }
  // A name that is an adjective declines as one: "Грозный" → "Грозного", "в Грозном".
  if (/[ыи]й$/.test(name)) {
    const stem = name.slice(0, -2);
    return [name, `${stem}ого`, `${stem}ому`, `${stem}ым`, `${stem}ом`];
  }
  // "Дубай" → "Дубая", "Дубае", "Дубаю", "Дубаем".
  if (/й$/.test(name)) {
    const stem = name.slice(0, -1);
    return [name, `${stem}я`, `${stem}е`, `${stem}ю`, `${stem}ем`];
  }
  if (/ёв$|ев$/.test(name)) {
    const stem = name.slice(0, -2);
    return [name, `${stem}ёве`, `${stem}еве`, `${stem}ёва`, `${stem}ева`];
  }
  return [name, `${name}е`, `${name}а`, `${name}у`, `${name}ом`];
}

export const WORLD_CITIES: Record<string, string> = {
  ...ENGLISH,
  ...TURKISH,
  ...Object.fromEntries(
    Object.entries(RUSSIAN).flatMap(([name, code]) =>
      russianForms(name).map((form) => [form, code] as const),
    ),
  ),
};
