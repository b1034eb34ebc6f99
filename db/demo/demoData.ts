/**
 * Word lists the demo archive is composed from: member states with their cities, topics, kinds
 * of organisation and the phrases that make up titles and texts. Every phrase is written for this
 * project; no press release text is reused.
 */

/** The script a country's counterparts are named in (their Latin spelling becomes an alias). */
export type NameScript = 'latin' | 'cyrillic' | 'chinese' | 'arabic' | 'hangul';

export interface DemoCountry {
  code: string;
  name: string;
  /** The capital first. */
  cities: readonly string[];
  script: NameScript;
}

export const COUNTRIES: readonly DemoCountry[] = [
  {
    code: 'AF',
    name: 'Afghanistan',
    cities: ['Kabul', 'Herat', 'Mazar-i-Sharif'],
    script: 'latin',
  },
  { code: 'AZ', name: 'Azerbaijan', cities: ['Baku', 'Ganja', 'Shusha'], script: 'latin' },
  { code: 'BH', name: 'Bahrain', cities: ['Manama'], script: 'arabic' },
  { code: 'BD', name: 'Bangladesh', cities: ['Dhaka', 'Chittagong'], script: 'latin' },
  { code: 'KH', name: 'Cambodia', cities: ['Phnom Penh', 'Siem Reap'], script: 'latin' },
  {
    code: 'CN',
    name: 'China',
    cities: ['Beijing', 'Shanghai', "Xi'an", 'Kunming', 'Urumqi'],
    script: 'chinese',
  },
  {
    code: 'EG',
    name: 'Egypt',
    cities: ['Cairo', 'Alexandria', 'Sharm El-Sheikh'],
    script: 'arabic',
  },
  { code: 'IN', name: 'India', cities: ['New Delhi', 'Mumbai', 'Bengaluru'], script: 'latin' },
  { code: 'IR', name: 'Iran', cities: ['Tehran', 'Isfahan', 'Mashhad'], script: 'arabic' },
  { code: 'IQ', name: 'Iraq', cities: ['Baghdad', 'Erbil', 'Basra'], script: 'arabic' },
  { code: 'IL', name: 'Israel', cities: ['Jerusalem', 'Tel Aviv'], script: 'latin' },
  { code: 'JO', name: 'Jordan', cities: ['Amman', 'Aqaba'], script: 'arabic' },
  {
    code: 'KZ',
    name: 'Kazakhstan',
    cities: ['Astana', 'Almaty', 'Shymkent', 'Turkistan'],
    script: 'cyrillic',
  },
  { code: 'KG', name: 'Kyrgyzstan', cities: ['Bishkek', 'Osh', 'Cholpon-Ata'], script: 'cyrillic' },
  { code: 'MN', name: 'Mongolia', cities: ['Ulaanbaatar', 'Darkhan'], script: 'cyrillic' },
  { code: 'PK', name: 'Pakistan', cities: ['Islamabad', 'Lahore', 'Karachi'], script: 'latin' },
  { code: 'PS', name: 'Palestine', cities: ['Ramallah', 'Bethlehem'], script: 'arabic' },
  { code: 'QA', name: 'Qatar', cities: ['Doha'], script: 'arabic' },
  { code: 'KR', name: 'Republic of Korea', cities: ['Seoul', 'Busan', 'Jeju'], script: 'hangul' },
  {
    code: 'RU',
    name: 'Russia',
    cities: ['Moscow', 'Saint Petersburg', 'Kazan', 'Vladivostok', 'Novosibirsk'],
    script: 'cyrillic',
  },
  { code: 'LK', name: 'Sri Lanka', cities: ['Colombo', 'Kandy'], script: 'latin' },
  { code: 'TJ', name: 'Tajikistan', cities: ['Dushanbe', 'Khujand'], script: 'cyrillic' },
  { code: 'TH', name: 'Thailand', cities: ['Bangkok', 'Chiang Mai'], script: 'latin' },
  { code: 'TR', name: 'Türkiye', cities: ['Ankara', 'İstanbul', 'İzmir'], script: 'latin' },
  { code: 'AE', name: 'United Arab Emirates', cities: ['Abu Dhabi', 'Dubai'], script: 'arabic' },
  {
    code: 'UZ',
    name: 'Uzbekistan',
    cities: ['Tashkent', 'Samarkand', 'Bukhara', 'Khiva'],
    script: 'latin',
  },
  {
    code: 'VN',
    name: 'Viet Nam',
    cities: ['Hà Nội', 'Hồ Chí Minh City', 'Đà Nẵng'],
    script: 'latin',
  },
  { code: 'KW', name: 'Kuwait', cities: ['Kuwait City'], script: 'arabic' },
  { code: 'TM', name: 'Turkmenistan', cities: ['Ashgabat', 'Türkmenbaşy'], script: 'latin' },
];

/** Where the secretariat sits: meetings held at home have no visit. */
export const HEADQUARTERS = { code: 'KZ', city: 'Astana' } as const;

export const TOPICS: readonly (readonly [string, string])[] = [
  ['connectivity', 'Transport, energy and digital links across the continent'],
  ['food security', 'Supply of food, agricultural cooperation and resilience to shortages'],
  ['digitalization', 'Digital public services, e-commerce and data exchange'],
  [
    'transformation of CICA',
    'Steps towards turning the Conference into an international organisation',
  ],
  ['counter-terrorism', 'Preventing terrorism and violent extremism'],
  ['drug trafficking', 'Countering the illicit traffic in narcotics and precursors'],
  ['energy security', 'Reliable energy supply and the energy transition'],
  ['environment', 'Climate change, desertification and biodiversity'],
  ['tourism', 'Travel between member states and cultural routes'],
  ['youth', 'Exchanges, education and the Youth Council'],
  ['volunteering', 'Volunteer movements and civic engagement'],
  ['small and medium enterprises', 'Support for small business and start-ups'],
  ['transport corridors', 'Rail, road and sea routes between Asia and Europe'],
  ['water resources', 'Shared rivers, irrigation and drinking water'],
  ['cybersecurity', 'Security of information and communication technologies'],
  ['public health', 'Epidemics, medicines and health systems'],
  ['migration', 'Labour migration and the rights of migrants'],
  ['culture', 'Heritage, museums and cultural exchange'],
  ['think-tank cooperation', 'Joint research and exchanges between analytical centres'],
  ['Afghanistan', 'The situation in and around Afghanistan'],
  ['Middle East', 'Developments in West Asia and the Middle East'],
  ['disaster management', 'Early warning and response to emergencies'],
  ['trade and investment', 'Trade facilitation and investment protection'],
  ['financial cooperation', 'Payment systems, development banks and finance'],
  ['gender equality', 'Women in public life and the economy'],
  ['science and technology', 'Research, innovation and technology transfer'],
  ['media cooperation', 'Exchanges between news agencies and journalists'],
  [
    'confidence-building measures',
    'The catalogue of confidence-building measures and its implementation',
  ],
  ['sustainable development', 'The Sustainable Development Goals and their financing'],
  ['education', 'Universities, scholarships and academic mobility'],
];

export const VISIT_KINDS: readonly string[] = [
  'Working visit to',
  'Official visit to',
  'Visit to',
  'Consultations in',
  'Working trip to',
];

export const PURPOSES: readonly string[] = [
  'to discuss the priorities of the current chairmanship',
  'to prepare the forthcoming ministerial meeting',
  'to brief the authorities on the implementation of confidence-building measures',
  'to explore new areas of practical cooperation',
  'to take part in an international conference',
  'to follow up the decisions of the last summit',
  'to present the work plan of the secretariat',
];

export const FORMATS: readonly string[] = [
  'bilateral meeting',
  'courtesy call',
  'working lunch',
  'round table',
  'expert consultations',
  'public lecture',
  'videoconference',
];

export const SUMMARY_OPENINGS: readonly string[] = [
  'The sides exchanged views on',
  'The conversation focused on',
  'The parties reviewed cooperation in',
  'The host side was briefed on the work of the secretariat in',
  'The participants discussed practical steps in',
  'Both sides stressed the importance of',
];

export const SUMMARY_CLOSINGS: readonly string[] = [
  'and the calendar of events for the coming year.',
  'and the role of the Conference in the region.',
  'with attention to the interests of all member states.',
  'and possible joint projects with partner organisations.',
  'as well as preparations for the next summit.',
  '',
];

export const OUTCOMES: readonly string[] = [
  'Agreed to prepare a memorandum of understanding',
  'Agreed to hold expert consultations later in the year',
  'The host side confirmed its participation in the next ministerial meeting',
  'Agreed to exchange contact points',
  'A joint statement was adopted',
  'The sides will work on a plan of joint events',
  'Agreed to co-organise a seminar',
];

export const ATMOSPHERES: readonly string[] = [
  'friendly and constructive',
  'cordial',
  'businesslike',
  'frank and open',
  'warm',
  'constructive',
];

/** Places a meeting is held when it is not at the counterpart's own building. */
export const VENUES: readonly string[] = [
  'Palace of Independence',
  'Embassy of Kazakhstan',
  'Residence of the Ambassador',
  'Grand Hotel conference hall',
  'Diplomatic Club',
  'International Press Centre',
];

export const EVENT_KINDS: readonly string[] = [
  'Summit',
  'Ministerial Council',
  'Committee of Senior Officials',
  'Business Forum',
  'Youth Council meeting',
  'Think Tank Forum',
  'Conference on Connectivity',
];
