/**
 * The main cities that are no capital, in English: the largest cities, ports and seats of
 * regions, which a dateline or a meeting may name alone ("GOTHENBURG, 15 October …", "meetings
 * in Antwerp"). Names that are also common given names or words ("Florence", "Milan", "Split",
 * "Nice") are left out, since a capitalised city word is never read as part of a person's name.
 */
// prettier-ignore
export const MAIN_CITIES: Record<string, string> = {
  // Europe.
  Rotterdam: 'NL', Utrecht: 'NL', Eindhoven: 'NL', Antwerp: 'BE', Ghent: 'BE', Liège: 'BE',
  Hamburg: 'DE', Munich: 'DE', Frankfurt: 'DE', Cologne: 'DE', Düsseldorf: 'DE', Stuttgart: 'DE',
  Leipzig: 'DE', Dresden: 'DE', Bremen: 'DE', Hanover: 'DE', Nuremberg: 'DE', Marseille: 'FR',
  Lyon: 'FR', Toulouse: 'FR', Bordeaux: 'FR', Lille: 'FR', Naples: 'IT', Turin: 'IT',
  Genoa: 'IT', Venice: 'IT', Bologna: 'IT', Palermo: 'IT', Barcelona: 'ES', Seville: 'ES',
  Bilbao: 'ES', Málaga: 'ES', Porto: 'PT', Manchester: 'GB', Birmingham: 'GB', Glasgow: 'GB',
  Edinburgh: 'GB', Liverpool: 'GB', Zurich: 'CH', Zürich: 'CH', Basel: 'CH', Lausanne: 'CH',
  Salzburg: 'AT', Graz: 'AT', Linz: 'AT', Innsbruck: 'AT', Klagenfurt: 'AT', Kraków: 'PL', Krakow: 'PL', Gdańsk: 'PL', Gdansk: 'PL',
  Wrocław: 'PL', Brno: 'CZ', Gothenburg: 'SE', Malmö: 'SE', Aarhus: 'DK', Tampere: 'FI',
  Thessaloniki: 'GR', Piraeus: 'GR', 'Cluj-Napoca': 'RO', Constanța: 'RO', Varna: 'BG',
  Plovdiv: 'BG', Rijeka: 'HR', 'Novi Sad': 'RS', Odesa: 'UA', Odessa: 'UA', Kharkiv: 'UA',
  Lviv: 'UA', Novosibirsk: 'RU', Yekaterinburg: 'RU', 'Nizhny Novgorod': 'RU', Krasnodar: 'RU',
  Murmansk: 'RU', Kaliningrad: 'RU', Omsk: 'RU', Gomel: 'BY', Grodno: 'BY', Vitebsk: 'BY',
  // The seats of regions and the towns of minorities' homelands, as in Lusatia and Corsica.
  Potsdam: 'DE', Magdeburg: 'DE', Erfurt: 'DE', Schwerin: 'DE', Rostock: 'DE', Görlitz: 'DE',
  Bautzen: 'DE', Cottbus: 'DE', Ajaccio: 'FR', Bastia: 'FR', 'Porto-Vecchio': 'FR',
  // Italy's southern regions and islands, where its old minorities live (the Arbëresh, the
  // Griko, the Catalans of Alghero), named alone as the place a visit goes to.
  Calabria: 'IT', Sicily: 'IT', Sardinia: 'IT', Apulia: 'IT', Puglia: 'IT', Basilicata: 'IT',
  Molise: 'IT', Campania: 'IT', Cosenza: 'IT',
  // The Americas and Oceania.
  'Los Angeles': 'US', Chicago: 'US', 'San Francisco': 'US', Boston: 'US', Seattle: 'US',
  Miami: 'US', Atlanta: 'US', Toronto: 'CA', Montreal: 'CA', Vancouver: 'CA', 'São Paulo': 'BR',
  'Sao Paulo': 'BR', 'Rio de Janeiro': 'BR', Guadalajara: 'MX', Monterrey: 'MX', Valparaíso: 'CL',
  Medellín: 'CO', Cartagena: 'CO', Arequipa: 'PE', Melbourne: 'AU', Brisbane: 'AU', Auckland: 'NZ',
  Honolulu: 'US', Hilo: 'US', Hagåtña: 'GU', 'Pago Pago': 'AS',
  // The islands of French Polynesia, each named alone, with its archipelagos.
  Tahiti: 'PF', Moorea: 'PF', 'Bora Bora': 'PF', Raiatea: 'PF', Huahine: 'PF', Rangiroa: 'PF',
  'Nuku Hiva': 'PF', 'Hiva Oa': 'PF', 'Ua Pou': 'PF', 'Ua Huka': 'PF', Marquesas: 'PF',
  'Marquesas Islands': 'PF', 'Society Islands': 'PF', 'Tuamotu Islands': 'PF',
  Lautoka: 'FJ', Nadi: 'FJ', Kolonia: 'FM', Christchurch: 'NZ', Adelaide: 'AU', Perth: 'AU',
  // Africa and the Middle East.
  'Cape Town': 'ZA', Durban: 'ZA', Kano: 'NG', Mombasa: 'KE', Zanzibar: 'TZ', Casablanca: 'MA',
  Marrakesh: 'MA', Tangier: 'MA', Sfax: 'TN', Oran: 'DZ', Luxor: 'EG', Aswan: 'EG', Dammam: 'SA',
  Mecca: 'SA', Sharjah: 'AE', Salalah: 'OM', Sohar: 'OM', Haifa: 'IL', Aqaba: 'JO', Basra: 'IQ',
  Erbil: 'IQ', Mosul: 'IQ', Kirkuk: 'IQ', Aleppo: 'SY', Mashhad: 'IR', Shiraz: 'IR', Tabriz: 'IR',
  Kisumu: 'KE',
  // Asia.
  Kolkata: 'IN', Chennai: 'IN', Bengaluru: 'IN', Bangalore: 'IN', Hyderabad: 'IN',
  Ahmedabad: 'IN', Pune: 'IN', Peshawar: 'PK', Quetta: 'PK', Gwadar: 'PK', Kandy: 'LK',
  Hambantota: 'LK', Sylhet: 'BD', Khulna: 'BD', Pokhara: 'NP', Mandalay: 'MM',
  Sihanoukville: 'KH', Shenzhen: 'CN', Tianjin: 'CN', Wuhan: 'CN', Hangzhou: 'CN', Nanjing: 'CN',
  Chongqing: 'CN', "Xi'an": 'CN', Qingdao: 'CN', Dalian: 'CN', Kunming: 'CN', Kyoto: 'JP',
  Yokohama: 'JP', Nagoya: 'JP', Kobe: 'JP', Fukuoka: 'JP', Sapporo: 'JP', Incheon: 'KR',
  Daegu: 'KR', Gwangju: 'KR', 'Da Nang': 'VN', Haiphong: 'VN', 'Chiang Mai': 'TH', Phuket: 'TH',
  Penang: 'MY', 'Johor Bahru': 'MY', 'Kota Kinabalu': 'MY', Kuching: 'MY', Surabaya: 'ID',
  Bandung: 'ID', Medan: 'ID', Denpasar: 'ID', Makassar: 'ID', Yogyakarta: 'ID', Semarang: 'ID',
  Mataram: 'ID', Cebu: 'PH', Davao: 'PH',
  Karaganda: 'KZ', Aktobe: 'KZ', Pavlodar: 'KZ', Kostanay: 'KZ', Taraz: 'KZ', Kyzylorda: 'KZ',
  Namangan: 'UZ', Fergana: 'UZ', Karshi: 'UZ', Navoi: 'UZ', Karakol: 'KG', 'Jalal-Abad': 'KG',
  Bokhtar: 'TJ', Kulob: 'TJ', Turkmenbashi: 'TM', Sumgait: 'AZ', Batumi: 'GE', Kutaisi: 'GE',
  Gyumri: 'AM', Darkhan: 'MN', Erdenet: 'MN',
};
