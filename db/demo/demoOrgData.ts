/**
 * Word lists for the demo's organisations: kinds of organisation and how they are named in a
 * member state, departments inside a ministry, international organisations, and the titles people
 * hold in each kind of organisation.
 */

/** Departments inside a ministry of foreign affairs. */
export const DEPARTMENTS: readonly string[] = [
  'Department of Asian Affairs',
  'Department of Multilateral Cooperation',
  'Department of International Organisations',
  'Department of Economic Diplomacy',
  'Department of Security Affairs',
];

/** Kinds of organisation and how one is named in a country: {C} country, {X} city. */
export const ORG_TEMPLATES: readonly (readonly [kind: string, name: string, acronym: string])[] = [
  ['ministry', 'Ministry of Foreign Affairs of {C}', 'MFA'],
  ['ministry', 'Ministry of Economy of {C}', ''],
  ['ministry', 'Ministry of Culture of {C}', ''],
  ['ministry', 'Ministry of Transport of {C}', ''],
  ['parliament', 'Parliament of {C}', ''],
  ['think tank', 'Institute of Strategic Studies of {C}', 'ISS'],
  ['think tank', 'Centre for International Studies, {X}', ''],
  ['university', '{X} State University', ''],
  ['museum', 'National Museum of {C}', ''],
  ['chamber of commerce', 'Chamber of Commerce and Industry of {C}', 'CCI'],
  ['news agency', 'National News Agency of {C}', ''],
];

export const INTERGOVERNMENTAL: readonly (readonly [
  name: string,
  acronym: string,
  country: string,
])[] = [
  ['Shanghai Cooperation Organisation', 'SCO', 'CN'],
  ['Economic Cooperation Organization', 'ECO', 'IR'],
  ['Association of Southeast Asian Nations', 'ASEAN', ''],
  ['Organisation of Islamic Cooperation', 'OIC', ''],
  ['Commonwealth of Independent States', 'CIS', 'RU'],
  ['Eurasian Economic Commission', 'EEC', 'RU'],
  ['Organization of Turkic States', 'OTS', 'TR'],
  ['United Nations Economic and Social Commission for Asia and the Pacific', 'ESCAP', 'TH'],
  ['Asian Development Bank', 'ADB', ''],
  ['Gulf Cooperation Council', 'GCC', ''],
];

/** Titles a counterpart may hold, by the kind of the organisation. */
export const TITLES: Record<string, readonly string[]> = {
  ministry: [
    'Minister',
    'First Deputy Minister',
    'Deputy Minister',
    'Director of Department',
    'Senior Official for CICA',
    'Ambassador-at-Large',
  ],
  department: ['Director', 'Deputy Director', 'Head of Division', 'Counsellor'],
  parliament: ['Speaker', 'Chair of the Foreign Affairs Committee', 'Member of Parliament'],
  'think tank': ['Director', 'Deputy Director', 'Leading Research Fellow', 'Chair of the Board'],
  university: ['Rector', 'Vice-Rector', 'Dean of International Relations', 'Professor'],
  museum: ['Director', 'Chief Curator'],
  'chamber of commerce': ['President', 'Vice-President'],
  'news agency': ['Director General', 'Editor-in-Chief'],
  intergovernmental: [
    'Secretary General',
    'Deputy Secretary General',
    'Chair of the Board',
    'Director',
  ],
};

export const HONORIFICS: readonly string[] = ['H.E.', 'Mr.', 'Ms.', 'Dr.', 'Prof.', 'Ambassador'];
