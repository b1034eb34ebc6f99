/**
 * The small words that stand before, inside or after a name and are not the name: honorifics,
 * particles and suffixes. Every reader of names (the English rules, the foreign rules and the
 * name finder) takes them from here, so that a word one of them knows is known to all.
 */

// Short honorifics, with or without their full stop: British style writes "Dr", "Mr", "HE"; Turkish
// writes "Sn." for "Sayın"; the Gulf writes "Eng." for an engineer; the Pacific and the
// Commonwealth write "Hon." for "Honourable", often before "Dr."; the Philippines write "Atty." for
// an attorney; Indonesia writes "Ir." for an engineer, "Drs." and "Dra." for a man's and a woman's
// first degree, "Hj." for "Hajah" (a woman who made the pilgrimage); Turkish writes "Doç." for an
// associate professor and "Av." for a lawyer; Czech and Slovak write "Ing." for an engineer and
// "Mgr." for a master; Tamil writes "Tmt." for "Thirumathi" (Mrs) and "Tvl." for the plural of
// "Thiru" (Mr); India writes "Shri" (Mr) and "Smt." for "Shrimati" (Mrs), "Sushri" (Ms), "Kum." for
// "Kumari" (Miss). A privy counsellor is "the Rt Hon", "Rt. Hon.", "the Right Honourable". The
// Philippines and the United States write a legislator's and a governor's office short before the
// name: "Sen.", "Rep.", "Cong.", "Gov.". A priest is "Fr." (Father) or "Rev." (Reverend). Britain
// writes a councillor's style short, with its full stop or without: "Cllr A B", "Cllr. C D", and
// Australia "Cr A B", "Cr. C D".
// Turkish writes a physician's, a teacher's and an engineer's titles short too, often before
// "Dr." or "Doç.": "Op." (operatör, a surgeon), "Uzm." (uzman, a specialist), "Yrd." (yardımcı),
// "Öğr. Gör." (a lecturer), "Arş. Gör." (a research assistant), "Dt." (a dentist), "Ecz." (a
// pharmacist), "Müh." (an engineer). No sentence ends at their full stop. South Africa and Namibia
// write "Adv." for an advocate: "Adv. A B". Austria and Germany write academic degrees short before
// the name, one after another: "Mag." (a master), "DDr." (a double doctor), "Univ.-Prof." (a
// university professor), "Dipl.-Ing." (a graduate engineer): "Univ.-Prof. Dr. A B", "Mag. C D";
// a woman's master is "Mag.a", and Austria's honorary title of a merchant "KommR": "KommR E F".
// Italy writes an architect's, a lawyer's and a graduate's styles short: "Arch. A B", "Avv. C D",
// "Dott. E F", "Dott.ssa G H". Uganda writes the Baganda "Owekitiibwa" (Honourable) short:
// "Owek. A B C". Mexico writes a graduate's and a master's styles short: "Lic. A B", "Mtra. C D".
// Hungary writes a doctor's style in small letters: "dr. A B". Thailand and the Commonwealth write
// an associate's and an assistant professor's rank short, before "Prof.": "Assoc. Prof. Dr A B",
// "Asst. Prof. C D"; a Buddhist monk is "the Ven." (Venerable): "the Ven. E F". Zimbabwe and
// Mozambique write "Comrade" short before a member of the ruling party: "Cde G H".
export const TURKISH_SHORT_TITLES = 'Op|Uzm|Yrd|Öğr|Gör|Arş|Dt|Ecz|Müh';

// Each short honorific as written: "." after it when its full stop is always written, ".?" when it
// may be left out, nothing when it has none.
// prettier-ignore
const SHORT_STYLES = [
  ...TURKISH_SHORT_TITLES.split('|').map((w) => `${w}.`),
  'Sen.', 'Rep.', 'Cong.', 'Gov.', 'Dr.?', 'Mr.?', 'Mrs.?', 'Ms.?', 'Prof.?', 'Doç.?', 'Av.', 'Ing.',
  'Mgr.', 'Sn.?', 'Eng.', 'Engr.', 'Atty.', 'Adv.', 'Ir.', 'Drs.', 'Dra.', 'Hj.', 'Tmt.', 'Tvl.',
  'Shri', 'Shrimati', 'Smt.?', 'Sushri', 'Kum.', 'Fr.', 'Rev.', 'Cllr.?', 'Cr.?', 'Mag.a', 'Mag.',
  'DDr.', 'Univ.-Prof.', 'Dipl.-Ing.', 'KommR', 'Arch.', 'Avv.', 'Dott.ssa', 'Dott.', 'Owek.',
  'Lic.', 'Mtro.', 'Mtra.', 'dr.', 'Assoc.', 'Asst.', 'Ven.', 'Cde.?',
];

/**
 * The short honorifics, each with its full stop as written, as alternatives of a regular
 * expression: "Dr", "Dr." and "Ir." but not "Ir", "Shri".
 */
export const SHORT_STYLE = SHORT_STYLES.map((w) => w.replaceAll('.', '\\.')).join('|');

/**
 * The short honorifics written with a full stop, and those of an honourable ("Hon.", "Rt."), as
 * alternatives of a regular expression without it: no sentence ends at their full stop.
 */
export const DOTTED_STYLE = [
  ...SHORT_STYLES.filter((w) => w.includes('.')).map((w) =>
    w.replace(/\.\??$/, '').replaceAll('.', '\\.'),
  ),
  'Hon',
  'Rt',
].join('|');

const SHORT_HONORIFIC =
  `${SHORT_STYLE}|H\\.\\s?E\\.|HE|` +
  'Rt\\.? Hon\\.?|Right Honourable|Right Honorable|Rt\\.?|Hon\\.|Honourable|Honorable';

// Courtesy styles of one word that stand before a name and are never part of it, in any text in
// Latin letters: a noble's, a knight's and a dame's ("Lord A", "Sir B C", "Dame D E"); the Gulf's
// and the Arab world's ("Sheikh A", "Sheikha B", "Sayyid C", "Sayyida D"); the Cambodian ones
// ("Samdech Thipadei A", "Oknha B"); the Bhutanese ones ("Dasho A", "Lyonpo B", "Lyonchhen C"); the
// Burmese ones of a man and a woman ("U A B", "Daw C D"), the Kachin one of a chief or an elder
// ("Duwa A B C"), and the Thai one of either ("Khun E F");
// those of Muslim clerics ("Ayatollah A", "Hojjatoleslam B", "Maulana C", "Mufti D", "Mullah E",
// Afghanistan's "Mawlawi F" and that of a reciter of the Quran, "Qari G");
// the Nigerian ones of a pilgrim and of a chief ("Alhaji A", "Alhaja B", "Hajiya C" or "Hajia C",
// "Otunba D", "Chief E"), and South Asia's of a pilgrim ("Alhaj F G"); the Tamil "Mr" and "Mrs" ("Thiru A",
// "Thirumathi B"); the Fijian chiefly styles of a man and of a high chief ("Ratu A", "Ro B"; the
// woman's, "Adi", is a given name too); the
// Samoan styles of a chief and of an orator ("Afioga A B", "Susuga C D", "Tofā E F", "Lauʻilupe G
// H"); the titles of Palau's paramount chiefs, of Koror and of Melekeok ("High Chief Ibedul A B",
// "Reklai C D"); the Kurdish ones of a man and of a teacher or scholar ("Kak A B", "Mamosta C D");
// the Pashto one of a saint's or a noble's descendant ("Sahibzada A B") and the Baloch one of a
// noble's son ("Nawabzada C D"); that of an elected member
// of a town's council, a mayor's too in southern Africa ("Councillor A B"); the Oromo "Mr" and
// "Mrs" ("Obbo A B C", "Aadde D E F"); the Acehnese style of a man of noble birth ("Teuku A B");
// the Amharic and Tigrinya "Mrs" and "Miss" as written short and in full ("W/ro A B", "W/rt C D",
// "Weyzero E F", "Weyzerit G H"); the
// Meitei "mother", a market woman's style in Manipur ("Ima A B C"); the Kabyle one of respect for
// an older man ("Dda A B C"); the Efik one of the head of a house of Calabar ("Etubom A B C"); the
// Tausug and Malay style of a chief or a commander ("Panglima A B"); the Khmer one of a woman of
// rank, after "Lok" ("Lok Chumteav A B"), and the Buddhist one of a monk ("the Venerable C D");
// the Newar one of a Buddhist priest ("Guruju A B C"); the Iban ones of a paramount chief and of
// a longhouse's chief ("Temenggong A anak B", "Tuai Rumah C anak D"); the Japanese styles of a
// teacher and of the ranks of a master of a martial art ("Sensei A B", "Hanshi C D", "Kyoshi E F",
// "Renshi G H"); the Venda one of a traditional leader ("Vhamusanda A B"); the Acholi one of a
// chief ("Rwot A B C II"); the Hungarian honorary captain of the Kuns and of the Jász
// ("Kunkapitány A B", "Jászkapitány C D"); the Damara and Nama one of a king ("Gaob A ǁB"), the
// Nama one of a traditional leader ("Kaptein A ǃB"), the Surinamese Maroon one of a paramount
// chief ("Granman A B") and the Toraja one of a noble ("Puang A' B"); the Tokelauan one of the
// Faipule of an atoll ("Aliki Faipule A B") and the Rotuman one of a chief ("Gagaj A B"); the
// Coptic and Orthodox rank of a senior priest or an abbot ("Hegumen Father A B"); the Hausa
// "Mr" of respect, a learned man's too ("Malam A B C"; a woman's "Malama" is a Samoan given name);
// the Baganda "Honourable" in full ("Owekitiibwa A B C"), the style of a clan's head ("Omutaka
// A B C") and those of a mother and a father of twins ("Nnaalongo A B C", "Ssaalongo D E F");
// the Arbëresh one of a priest of the Byzantine rite ("Papàs A B"); the Indonesian "Mr" and "Mrs"
// in full, before a single name too ("Bapak A", "Ibu B C"); the Swahili "Honourable" and the
// style of respect for an elder ("Mheshimiwa A B", "Mzee C ole D"); a Jewish teacher's ("Rabbi A
// ben B C"), the West African style of respect for a woman ("Madam A B C") and a clergyman's in
// full ("the Reverend A B", "the Most Reverend C D, Bishop of X"), and an Anglican canon's, after
// "Rev." as a rule ("the Rev. Canon A B").
// Each is an alternative of a regular expression.
// prettier-ignore
const COURTESY_STYLES = [
  'Lord', 'Sir', 'Dame', 'Sheikh', 'Shaikh', 'Sheikha', 'Shaikha', 'Sayyid', 'Sayyida', 'Samdech',
  'Thipadei', 'Oknha', 'Dasho', 'Lyonpo', 'Lyonchhen', 'U', 'Daw', 'Duwa', 'Khun', 'Ayatollah',
  'Hojjatoleslam', 'Hojatoleslam', 'Hojjat-ol-Eslam', 'Maulana', 'Mawlana', 'Mufti', 'Mullah',
  'Mawlawi', 'Qari', 'Alhaji', 'Alhaja', 'Alhaj', 'Hajiya', 'Hajia', 'Otunba', 'Chief', 'Thiru',
  'Thirumathi', 'Ratu', 'Ro', 'Afioga', 'Susuga', 'Tofā', "Lau[ʻ‘’']ilupe", 'Ibedul', 'Reklai',
  'Kak', 'Mamosta', 'Sahibzada', 'Councillor', 'Councilor', 'Nawabzada', 'Obbo', 'Aadde',
  'Teuku', 'W/ro', 'W/rt', 'Weyzero', 'Weyzerit', 'Ima', 'Dda', 'Etubom', 'Panglima', 'Chumteav', 'Venerable',
  'Guruju', 'Temenggong', 'Tuai Rumah', 'Sensei', 'Hanshi', 'Kyoshi', 'Renshi', 'Vhamusanda',
  'Rwot', 'Kunkapitány', 'Jászkapitány', 'Gaob', 'Kaptein', 'Granman', 'Puang', 'Aliki Faipule',
  'Gagaj', 'Hegumen', 'Malam', 'Owekitiibwa', 'Omutaka', 'Nnaalongo', 'Ssaalongo', 'Papàs',
  'Bapak', 'Ibu', 'Mheshimiwa', 'Mzee', 'Rabbi', 'Madam', 'Most Reverend', 'Reverend', 'Canon',
];

/** The courtesy styles of one word before a name, as alternatives of a regular expression. */
export const COURTESY_STYLE = COURTESY_STYLES.join('|');

/**
 * The words before a name that say its bearer has died, in the three languages, as alternatives of
 * a regular expression: "the late A B", "merhum A B", "rahmetli A B", «покойного A B». One so named
 * is remembered, never met.
 */
export const DEAD_BEFORE_NAME = String.raw`[Tt]he\s+late|[Mm]erhum|[Rr]ahmetli|[Пп]окойн\p{Ll}*`;

// The words of the royal styles and titles that stand before a name ("His Majesty Sultan A", "His
// Royal Highness Crown Prince B", "Her Excellency C"), of a clergyman's ("His Eminence A", "His
// Beatitude B", "His Holiness C"), a mayor's or a magistrate's ("Her Worship D", "His Worship
// E"), the Malay ruler's title ("Yang di-Pertuan Agong") and the Kiribati President's ("Te
// Beretitenti"): never part of a name, but words of a title too.
// prettier-ignore
const ROYAL_STYLE_WORDS = [
  'His', 'Her', 'Majesty', 'Royal', 'King', 'Queen', 'Sultan', 'Emir', 'Amir', 'Prince',
  'Princess', 'Crown', 'Excellency', 'Highness', 'Eminence', 'Beatitude', 'Holiness', 'Pertuan',
  'Di-Pertuan', 'Agong', 'Beretitenti', 'Worship',
];

/** The words of royal styles and titles, as alternatives of a regular expression. */
export const ROYAL_STYLE = ROYAL_STYLE_WORDS.join('|');

/**
 * The Arabic and Malay words that link a given name to the father's, as Latin letters write them:
 * "Saud bin Nasser Al Thani", "Siti binti Ahmad". As alternatives of a regular expression.
 */
export const FATHER_LINK = 'bin|bint|binti|ibn';

/**
 * Styles that may be names too, styles only when they open a name of two words or more: the
 * Bruneian ones of a man and a woman ("Awang A B", "Dayang C D", but "Dato Awang E"), the Yoruba
 * ones of a king and of his wife ("Oba A B", "Olori C D"), the Setswana ones of courtesy of a man
 * and a woman ("Rra A B", "Mma C D"), the I-Kiribati one of a woman ("Nei A B"), the Malay and
 * Indonesian royal one ("Tengku A B"), the Sesotho and Setswana ones of a chief ("Morena A B",
 * "Kgosi C D"), the Maranao and Maguindanao ones of a pilgrim and of a noble ("Hadji A B",
 * "Datu C D"), the Khasi ones of courtesy of a woman and a man ("Kong A B", "Bah C D"; a
 * Chinese and a West African surname as well), the Kabyle one of respect for an older woman
 * ("Na A B"; a Korean surname as well), the Khmer one of a man of rank, "Lok" ("Lok A B", "Lok
 * Chumteav C D"; a Chinese surname as well), the Sundanese ones of an older brother and sister,
 * "Kang" and "Teh" ("Kang A B", "Teh C D"; a Korean and a Chinese surname as well), the Swazi
 * ones of a woman and a man, "Make" and "Babe" ("Make A LaB C", "Babe D E"; English words as
 * well), the English one of a Catholic or Orthodox priest, "Father" ("Father A B"), the Bengali
 * one of a respected man, "Babu" ("Babu A B"; a given name in South India), and the Aboriginal
 * and Torres Strait Islander words of respect for an elder, "Uncle", "Aunty" and "Auntie" ("Uncle
 * A B", "Aunty C D"; English words as well), and the Muslim one of a man who knows the Quran by
 * heart, "Hafiz" ("Hafiz A B"; a given name as well), the Isthmus Zapotec one of respect for an
 * older man, "Ta" ("Ta A B C"; the woman's is "Na"; a Vietnamese surname as well), and the South
 * Asian one of a judge or of a Kalasha elder who keeps the festivals' lore, "Qazi" ("Qazi A B"; a
 * family name as well), the Polish ones of a woman and a man, "Pani" and "Pan" ("Pani A B-C",
 * "Pan D E"; "Pan" a Chinese surname as well), and the Swahili one of a woman, "Bi" ("Bi A B C";
 * a Chinese surname as well), and the Igbo ones of a traditional ruler, "Eze" and "Igwe" ("His
 * Royal Majesty Eze A B", "Igwe C D"; Igbo surnames as well, "E Eze"), the Ilocano and
 * Kankanaey one of an elder, "Lakay" ("Lakay A B"), the Portuguese one of a noble or a traditional
 * ruler, "Dom" ("Dom A B C"; short for "Dominic" as well), the Pamiri one of an Ismaili religious
 * leader, "Khalifa" ("Khalifa A B"; a given name as well, "Khalifa bin C") and the Zulu one of a
 * chief, "Inkosi" ("Inkosi A B"). As alternatives of a regular expression.
 */
export const STYLE_BEFORE_TWO_NAMES =
  'Awang|Dayang|Oba|Olori|Rra|Mma|Nei|Tengku|Morena|Kgosi|Hadji|Datu|Kong|Bah|Na|Lok|Kang|Teh|' +
  'Make|Babe|Father|Babu|Uncle|Aunty|Auntie|Hafiz|Ta|Qazi|Pani|Pan|Bi|Eze|Igwe|Lakay|' +
  'Dom|Khalifa|Inkosi';

/**
 * The Akan and Ga styles of a chief, "Nana" and "Nii", styles before the stool name that ends in
 * its number ("Nana A B C II", "Nii D E III"); before other names they are a given name ("Nana F
 * G"). As alternatives of a regular expression.
 */
export const STYLE_BEFORE_REGNAL_NAME = 'Nana|Nii';

/**
 * The Akan names of the day of the week a man was born on, as Ghana writes them: "Kwadwo",
 * "Kojo", "Kwaku", "Yaw", "Kofi", "Kwame", "Kwasi". Before one of them "Nana" or "Nii" is a
 * chief's style, no given name of the same person: "Nana Kwaku A B". Before a woman's ("Ama",
 * "Efua", "Yaa") "Nana" is as often a given name of her own: "Nana Ama A B".
 */
export const AKAN_DAY_NAME = new RegExp(
  '^(?:Kwadwo|Kodwo|Kojo|Kwabena|Kobina|Kwaku|Kweku|Yaw|Ekow|Kofi|Fiifi|Kwame|Kwamena|Kwasi|' +
    'Akwasi|Kwesi)$',
  'u',
);

/**
 * The Baloch styles of a notable and of a tribal chief, "Mir" and "Sardar", styles only before a
 * name of three words or more ("Mir A B C", "Sardar D E F"): before fewer they may be a given name
 * ("Sardar A B"). So are the Amharic and Oromo "Mr", "Ato" ("Ato A B C"), the Maranao style of a
 * noblewoman, "Bai" ("Bai D E F"), and the Assyrian and Chaldean ones of a bishop and of a
 * teacher, "Mar" and "Rabi" ("Mar A B C", "Rabi D E F"), the Acehnese style of a woman of noble
 * birth, "Cut", and the Bugis one of noble birth, "Andi" ("Cut A B C", "Andi D E F"), and the
 * Chin styles of a man and a woman, "Pu" and "Pi" ("Pu A B C", "Pi D E F"), and the Sindhi and
 * Punjabi one of a Sufi shrine's keeper or a saint's descendant, "Pir" ("Pir A B Shah C"): each a
 * given name or a surname as well. So is the Wolof style of a lady, "Sokhna" ("Sokhna A B C"),
 * a given name too ("Sokhna A B"); the style of a marabout, "Serigne", is as often a given name
 * before three names and is kept ("Serigne D E F"). So are the Punjabi and Urdu styles of a
 * landed or respected man and of a lady, "Mian" and "Begum" ("Mian A B", written short
 * "Mian B" after; "Begum C D E"): a given name and a woman's surname as well ("Mian A",
 * "C Begum"). As alternatives of a regular expression.
 */
export const STYLE_BEFORE_THREE_NAMES =
  'Mir|Sardar|Ato|Bai|Mar|Rabi|Cut|Andi|Pu|Pi|Pir|Sokhna|Mian|Begum';

/**
 * The Turkish styles of respect or of a chief written after a name, no part of it: "A B Ağa", "C D
 * Bey", "E F Hanım", "G H Efendi", and the fuller "I J Hanımefendi" and "K L Beyefendi". As
 * alternatives of a regular expression.
 */
export const TURKISH_STYLE_AFTER_NAME = 'Ağa|Bey|Hanım|Efendi|Hanımefendi|Beyefendi';

/**
 * The Pashto style of a tribal elder, a style only before a name of three words or more that
 * holds "Khan" ("Malik A B Khan C"): elsewhere it is a given name ("Malik A B C").
 */
export const STYLE_BEFORE_KHAN = 'Malik';

/**
 * The ranks of a Shia cleric that Turkish writes before his name, a small word of Arabic among
 * them: "Hüccetülislam ve'l-Müslimin", "Hüccetülislam", "Ayetullah el-Uzma", "Ayetullah".
 */
export const SHIA_RANK = "Hüccetülislam ve['’]l-Müslimin|Hüccetülislam|Ayetullah el-Uzma|Ayetullah";

/**
 * The styles of a cleric, a pilgrim or a Baloch notable that Turkish writes before a name, and no
 * part of it nor of the title before it: "Mevlevi", "Mevlana", "Hacı", "Hafız" (one who knows
 * the Qur'an by heart; a given name before a surname alone, "Hafız A"), "Mir", West Africa's
 * pilgrim's "Alhaji", "Alhaja", "Hajiya", "Hajia", Bangladesh's "Alhaj", and the Syriac Church's
 * "Mor" (a bishop's, "Saint") and "Rahip" (a priest's); a Catholic or Orthodox priest's "Peder"
 * ("Father"; a given name before a surname alone, "Peder A"); the Acehnese "Cut" and the Bugis "Andi" of
 * noble birth, which Turkish writes before a name of two words ("Andi A B"); a ship's or a port's
 * captain's "Kaptan" (a surname after a given name, "A Kaptan"); the Gambian pilgrim's "Alhagie"
 * and district chief's "Seyfo", one after the other too ("Seyfo Alhagie A B"); the pilgrim's
 * styles of French-speaking West Africa, "El Hadj", "El Hadji", "Elhadj" and a woman's "Hadjia";
 *the title of the Zarma ruler of Dosso, "Zarmakoy" or "Djermakoy"; the ranks of a Shia cleric
 * (SHIA_RANK); a folk bard's "Aşık", Azerbaijani "Aşıq" (a surname after a given name, "A
 * Aşık"); a cleric's "Molla" and the Turkmen "Ahun" (a surname after a given name, "A Molla"); the
 * style of the head of the Bektashis of the world, "Hacı Dede", in Albanian "Haxhi Dede".
 * As alternatives of a regular expression; a style of two words is written with one space.
 */
export const TURKISH_STYLE_BEFORE_NAME =
  'Mevlevi|Mevlana|Mevlânâ|Hacı|Hafız|Mir|Alhaji|Alhaja|Alhaj|Hajiya|Hajia|Mor|Rahip|Peder|Cut|Andi|' +
  'Aşık|Aşıq|Molla|Ahun|Hacı Dede|Haxhi Dede|' +
  `Kaptan|Alhagie|Seyfo|El Hadji?|Elhadji?|Hadjia|Zarmakoy|Djermakoy|${SHIA_RANK}`;

/**
 * The English styles of an honourable that stand before a name, "the" before them at most: "the
 * Honourable", "the Hon.", "the Rt Hon", "Rt. Hon.", "the Right Honourable", India's "Hon'ble".
 * No part of a title.
 */
export const HONOURABLE_BEFORE =
  "(?:[Tt]he\\s+)?(?:(?:Right|Rt\\.?)\\s+)?(?:Honourable|Honorable|Hon['’]ble|Hon\\.?)";

// A Turkish military rank stands before a name as a title: "Orgeneral Ali Kaya", "Mareşal …".
// After the force it ranks in, a general's takes the compound's "-i": "Polis Tuğgenerali".
export const TURKISH_RANK =
  '(?:Or|Kor|Tüm|Tuğ)generali?|(?:Or|Kor|Tüm|Tuğ)amirali?|Mareşal|Albay|Yarbay|Binbaşı';

/** A Turkish military rank, one word: "Korgeneral", "Tümamiral". */
export const TURKISH_RANK_WORD = new RegExp(`^(?:${TURKISH_RANK})$`, 'u');

/** An honorific, a whole word or phrase: a title, never part of a name. */
// prettier-ignore
export const HONORIFIC = new RegExp(
  `^(?:${SHORT_HONORIFIC}|Professor|Ambassador|Excellency|His Excellency|Her Excellency|Academician|Sheikh|${TURKISH_RANK})$`,
);

// Indonesia writes "H." for "Haji" after another style, before a name of two words or more: "Dr.
// H. A B", "Ir. H. C D E"; and after a title set off by a comma, before a name of three words:
// "the Vice Governor of X, H. A B C". Elsewhere "H." is an initial.
const HAJI_SHORT =
  '(?:(?<=(?:Dr|Ir|Drs|Dra|Prof)\\.\\s)H\\.(?=\\s[A-Z][a-z]+\\s[A-Z][a-z])|' +
  '(?<=,\\s)H\\.(?=\\s[A-Z][a-z]+\\s[A-Z][a-z]+\\s[A-Z][a-z]+(?![\\p{L}\\s]*[A-Z][a-z])))';

/** A short honorific inside a text, where it stands before a word: "Dr. A", "Öğr. Gör. B". */
export const HONORIFIC_TEXT = new RegExp(
  `(?<![\\p{L}\\d_])(?:${SHORT_HONORIFIC}|${HAJI_SHORT})(?=\\s)`,
  'gu',
);

// Particles of two words come first, so that a text is read with the longer one. The Dutch "'t"
// keeps its apostrophe, which is no quotation mark: "Jan 't Hooft"; it follows "van", "in" or "op"
// as one particle of two words: "Anna van 't Riet", "Joost in 't Zand". Dutch joins a surname with
// "ter", "ten", "te" too ("Koen ter Horst", "Lotte ten Velde"), and with "op de", "uit den", "van
// de", "in de": "Bram op de Beeck", "Gijs uit den Bogaard". The Spanish widow's mark joins a
// surname to her late husband's: "Teresa Gómez Vda. de Arce". A Kikuyu name joins a given name to the father's with
// "wa", "ва": "Wambui wa Kinyanjui". The German "von der" is one particle, as "van der" is.
// An Irish surname may open with its own word, "Ó", "Ní", "Nic", "Mac", "Mhic", "Uí": "Liam Ó
// Briain", "Máire Nic Dhonnacha"; in Scottish Gaelic with the article after it, "Mac a'", "Nic
// a'" (son, daughter of the): "Seumas Mac a' Ghobhainn", "Catrìona Nic a' Bhàird"; the Malay
// "bte" is "binti" written short. A Portuguese name
// joins its surnames with "do", "da", "dos", "das": "Maria Lins do Amaral". A Mauritanian or
// Sahrawi name joins a given name to the father's with "ould" ("wuld", son of) or "mint"
// (daughter of): "Sidi ould Cheikh", "Fatimetou mint Ahmed". A Spanish name may join the father's
// and the mother's surnames with "y", a Portuguese one with "e": "Ana Ortega y Gasset", "Luís
// Mendes e Sá". A Kalenjin name joins a given name to the father's with "arap" (son of): "Daniel
// Kiprono arap Korir"; a Welsh one with "ap", "ab" (son of) or "verch", "ferch" (daughter of):
// "Rhys ap Gruffydd", "Gwenllian ferch Owain". A Faroese name joins a given name to the family
// name with the place of the family's farm, after "við" (by), "á" (on) or "í" (in): "Jákup á Dul
// Poulsen", "Guðrun í Gerðum Jacobsen". Dutch joins with "ter", "ten" (at the) and with
// "van 't", "van de", "van het", whose two words are one particle: "Laura ter Haar", "Joost van 't
// Riet"; a German noble name with "zu" or "von und zu": "Otto von und zu Stetten". Russian writes
// the Arabic article as a word of its own too: "Салим Аль Харти"; the Malay "binti" as "бинти":
// "Нурул Азиза бинти Мохд Таиб".
// prettier-ignore
export const PARTICLES: readonly string[] = [
  'von und zu', "van 't", 'van ’t', "in 't", 'in ’t', "op 't", 'op ’t', 'van de', 'van het', 'in de', 'in den', 'op de', 'op den', 'op ten', 'uit de', 'uit den', 'uit het',
  'Vda\\. de', 'vda\\. de', 'Vda\\.', 'vda\\.', 'van der', 'van den', 'von der', 'de la', 'de las', 'de los', 'dela', 'delos', 'bin', 'ibn', 'bint', 'binti', 'van', 'der', 'den', 'ter', 'ten', 'te', 'von', 'de', 'da', 'du', 'wa', 'ва',
  "Nic a'", 'Nic a’', "Mac a'", 'Mac a’',
  "'t", '’t', 'Ó', 'Ní', 'Nic', 'Mac', 'Mhic', 'Uí', 'bte', 'ould', 'wuld', 'mint', 'arap',
  'ap', 'ab', 'verch', 'ferch', 'við', 'á', 'í',
  // The Maasai "ole" (son of) before the father's name: "Saitoti Lekisa ole Sankale"; the Iban
  // "anak" (child of): "A B anak C".
  'ole', 'anak',
  // The Hebrew "ben" (son of) and "bat" (daughter of) before the father's name: "Miriam bat Ezra
  // Kantor", "Yehuda ben Arye Lind".
  'ben', 'bat',
  // The Batak "br." ("boru"), a clan's daughter, inside a woman's name: "A br. B"; the Swedish
  // and Finland-Swedish noble "af": "Mikael af B".
  'br\\.', 'af',
  'dos', 'das', 'do', 'del', 'la', 'y', 'e', 'i', 'al', 'el', 'Al', 'El', 'Аль', 'аль', 'Эль', 'эль', 'бен', 'бин', 'ибн', 'бинт', 'бинти', 'оглы', 'кызы', 'улы',
  'уулу', 'угли', 'кизи', 'oğlu', 'kızı', 'oglu', 'qizi', 'uulu', 'ulı', 'kyzy', 'ogly', 'uly', 'qyzy',
  'ugli', "o'g'li", 'o‘g‘li', 'o’g’li', 'zu',
  // The same particles as Russian writes them: "Хуан Карлос де лос Сантос", "Мария дель Пилар",
  // "Лула да Силва", "Урсула фон дер Ляйен", the French "дю" ("Йохан дю Туа"), the German "цу"
  // and "фон унд цу" ("Карл фон унд цу Гуттенберг"). A German count's "Graf" stands inside the
  // name before "фон" and declines with it: "Максимилиан граф фон Тюркхайм", "графом фон".
  'фон унд цу', 'граф фон', 'графа фон', 'графу фон', 'графом фон', 'графе фон',
  'де ла', 'де лас', 'де лос', 'ван дер', 'ван ден', 'фон дер', 'дель', 'де', 'дос', 'да', 'ду',
  'дю', 'цу', 'ван', 'фон', 'ла', 'лос', 'лас',
  // The Portuguese "dos", "das" and "de" as they sound in Portugal, Angola and Mozambique, and the
  // Brazilian "de": "Антониу душ Сантуш", "Мария даш Невеш", "Паулу ди Соуза".
  'душ', 'даш', 'ди',
];

// The patronymic words of Turkic names, which may also end a name: "Temirbek Asanbek uulu"; the
// Uzbek ones in Russian are "угли" and "кизи", in Latin letters "ugli" or "o'g'li" and "qizi".
// prettier-ignore
const PATRONYMICS: readonly string[] = [
  'оглы', 'кызы', 'улы', 'уулу', 'угли', 'кизи', 'oğlu', 'kızı', 'oglu', 'qizi', 'uulu', 'ulı', 'kyzy', 'ogly',
  'uly', 'qyzy', 'ugli', "o'g'li", 'o‘g‘li', 'o’g’li',
];

/**
 * The same particles written with a capital inside an English text: "Samuel Kibet Arap Langat",
 * "Hamdan Bin Rashid Al Falasi". They are words of the name but, as the small ones, do not count
 * towards its length. Not particles of the readers of every language: the Turkish "Arap" is Arab.
 * So are the Kabyle "Ait", "Ath" (the house, the people of) and "Nait", "Nath" ("n Ait", of
 * the house of) before a family's name: "Amar Idir Ath Slimane", "Yamina Nait Bouzid".
 */
export const CAPITAL_PARTICLE =
  /^(?:Arap|Bin|Bint|Binti|Ibn|Ould|Wuld|Mint|Ait|Aït|Ath|Nait|Naït|Nath|N'Ait|N’Ait)$/u;

/** A patronymic word that may end a name, as text. */
export const PATRONYMIC_TEXT = `(?:${PATRONYMICS.join('|')})(?![\\p{L}])`;

/** A word that is a patronymic, which may end a name. */
export const PATRONYMIC = new RegExp(`^(?:${PATRONYMICS.join('|')})$`, 'u');

/** A particle inside a name, as text: "bin", "van der", "оглы", "oğlu". */
export const PARTICLE_TEXT = `(?:${PARTICLES.join('|')})`;

/**
 * The adverbs of time that may open a sentence before the one it tells of, with a comma or
 * without: "Later, A B, Mayor of X, …", "Afterwards A B, Mayor of X, …", "Later that day A B, …",
 * "The next day, Mayor C D …". None is part of a name.
 */
// prettier-ignore
const TIME_ADVERBS = [
  'Later that day', 'Later the same day', 'Later in the day', 'Earlier that day',
  'Later', 'Then', 'Afterwards', 'Afterward', 'Subsequently', 'Meanwhile', 'Thereafter',
  'The following day', 'The next day', 'The day after',
];

/** The adverbs of time that may open a sentence, as alternatives of a regular expression. */
export const TIME_ADVERB_TEXT = `(?:${TIME_ADVERBS.join('|')})`;

/** A word that is a particle inside a name. */
export const PARTICLE = new RegExp(`^${PARTICLE_TEXT}$`, 'u');

/**
 * "Ma.", the short form of Maria, after another capitalised word stays inside a Filipino name
 * (it is not a surname ending the sentence) when a title or a style stands straight before it
 * ("Deputy Governor Ma. Luisa A"), or when a small word of the name or a middle initial follows
 * it: "Enrique Ma. delos Reyes", "Antonio Ma. S. A Jr.". MARIA_BEFORE ends where "Ma" begins;
 * MARIA_AFTER opens after its full stop.
 */
export const MARIA_BEFORE =
  '(?<=(?:Governor|Secretary|Undersecretary|Minister|Director|President|Chairperson|Chairman|Chair|Commissioner|Mayor|Senator|Congresswoman|Congressman|Justice|Judge|Ambassador|Administrator|Consul|Dean|Officer|Head|Manager|Atty\\.|Engr\\.|Dr\\.|Mrs\\.|Ms\\.|Hon\\.|Sen\\.|Rep\\.|Gov\\.|Sec\\.|Usec\\.)\\s)';
export const MARIA_AFTER = `\\s+(?:${PARTICLE_TEXT}\\s|\\p{Lu}\\.\\s)`;

const GENERATION = '(?:Jr|Sr)\\.';
const NUMBER = '(?:II|III|IV)';

/** A word after a name that is no part of it: "Jr.", "Sr.", "II". */
export const SUFFIX = new RegExp(`^(?:${GENERATION}|${NUMBER})$`);

/** A suffix after a name, as text, with what stands before it: ", Jr.", " III". */
export const SUFFIX_TEXT = `(?:,?\\s${GENERATION}|\\s${NUMBER})`;

// The middle names of Vietnam, second after the family name: "Pham Thi Lan Anh", "Tran Van Minh
// Khoa"; with their marks too, taken off before the test: "Phạm Thị Thu Hà".
export const VIETNAMESE_MIDDLE =
  /^(?:Thi|Van|Duc|Huu|Dinh|Ngoc|Quoc|Xuan|Cong|Thanh|Minh|Hong|Kim|Trong|Manh)$/;

// A Balinese name opens with the mark of a man or a woman, "I" or "Ni", then the caste's title
// and the name of the birth order: "I Wayan A", "Ni Luh Putu B", "I Gusti Ngurah Made C"; the
// higher castes open with their title alone: "Ida Bagus D", "Ida Ayu E", "Anak Agung Gde F",
// "Cokorda G". "I" is a word of the name only before one of these words.
const BALINESE_WORDS =
  'Gusti|Ngurah|Wayan|Made|Nyoman|Ketut|Putu|Gede|Gde|Kadek|Komang|Nengah|Luh|Desak|Dewa|Ayu|Bagus|Kade|Agung|Anak|Ida|Cokorda|Tjokorda|Ngakan|Sang|Biang|Jero';

/** The Balinese "I" or "Ni" that opens a name, as text, before a Balinese name's word. */
export const BALINESE_OPENER = `(?:I|Ni)(?=\\s(?:${BALINESE_WORDS})(?![\\p{L}]))`;

// The words of a Balinese name before its own names: the opening mark and the caste's title, in
// Russian too ("И Густи Нгурах A B").
const BALINESE_TITLE =
  /^(?:I|Ni|Gusti|Ngurah|Luh|Desak|Dewa|Ida|Bagus|Ayu|Anak|Agung|Cokorda|Tjokorda|Ngakan|И|Ни|Густи|Нгурах|Лух|Десак|Дева|Ида|Багус|Аю|Анак|Агунг|Чокорда|Нгакан)$/u;
const BALINESE_OPENS = /^(?:I|Ni|Ida|Anak|Cokorda|Tjokorda|Desak|Dewa|И|Ни|Ида|Анак|Чокорда)$/u;

// What follows the Russian "И" or "Ни" of a Balinese name: the caste's title or a name of birth
// order ("И Ваян A"); the conjunction "И" opening a sentence stands before other words.
const RU_BALINESE_SECOND =
  /^(?:Густи|Нгурах|Лух|Ваян|Маде|Ньоман|Кетут|Путу|Геде|Где|Кадек|Команг|Ненгах|Дева|Аю|Багус)$/u;

/**
 * How many words open a name as the Balinese mark and caste title, which do not count towards
 * its length: two in "I Gusti Ngurah Made A" are three ("I Gusti Ngurah"), "Ni Luh Putu B" two.
 * The name keeps two words of its own at least.
 */
export function balinesePrefix(words: readonly string[]): number {
  if (
    !BALINESE_OPENS.test(words[0] ?? '') ||
    (!/^(?:I|Ni|И|Ни)$/u.test(words[0] ?? '') && !BALINESE_TITLE.test(words[1] ?? '')) ||
    // The Russian "И" opens a name only before the caste's title or a name of birth order.
    (/^(?:И|Ни)$/u.test(words[0] ?? '') && !RU_BALINESE_SECOND.test(words[1] ?? ''))
  )
    return 0;
  let n = 0;
  while (n < words.length - 2 && BALINESE_TITLE.test(words[n] ?? '')) n += 1;
  return n;
}
