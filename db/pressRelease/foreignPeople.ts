/**
 * People met in Russian and Turkish releases. Russian names the people after the meeting word, in
 * the instrumental ("встретился с Министром … Бахтиёром Саидовым"); Turkish names them before it
 * ("… Bakanı Murat Nurtleu ile görüştü"). In both a title of capitalised words stands before the
 * name, so the name is what follows the last title, body or country word of a capitalised run.
 */
import { countryCode, cityCountry, isPlaceName } from './gazetteer.js';
import type { MeetingSentence } from './meetingSentences.js';
import type { NameMention } from './people.js';
import {
  givenNameAsSpelled,
  nameKind,
  russianGenitiveName,
  surnameShape,
} from './names/nameKey.js';
import { malayStyle, malayStylesLast, malayStyleWordsRu } from './malayStyles.js';
import { MONTH } from './monthNames.js';
import {
  HONORIFIC,
  TURKISH_RANK_WORD,
  PARTICLE,
  PARTICLES,
  PATRONYMIC,
  PATRONYMIC_TEXT,
  TURKISH_SHORT_TITLES,
  SHIA_RANK,
  TURKISH_STYLE_BEFORE_NAME,
  COURTESY_STYLE,
  STYLE_BEFORE_THREE_NAMES,
  TURKISH_STYLE_AFTER_NAME,
  DEAD_BEFORE_NAME,
  balinesePrefix,
} from './nameWords.js';

// A place's or a building's name with its case ending before an opening bracket, no title's head:
// "Edebiyat Tapınağı'nı (".
export const BUILDING_BEFORE_BRACKETS =
  /(?<![\p{L}])(?!(?:Bakan|Başkan|Müdür|Direktör|Rektör|Dekan|Sekreter|Yardımcı|Vali|Büyükelçi|Temsilci|Üye|Müsteşar|Komiser)\p{L}*['’])\p{Lu}[\p{L}-]*['’]\p{Ll}+\s*\(\s*$/u;

// The verbs of one who told the guests of something: "anlattı", "tanıtacak", "aktardı"; or showed
// them round it: "heyete kasabanın evlerini gezdirdi"; told as it happens too: "anlatıyor",
// "heyete fabrikayı gezdiriyor".
const TR_TELLING =
  '(?:anlattı|anlatacak|anlatıyor|tanıttı|tanıtacak|tanıtıyor|aktardı|aktaracak|aktarıyor|' +
  'gezdirdi|gezdirecek|gezdiriyor)';

// A visit paid to someone («нанесли визит директору …», in the dative) is a meeting with them.
// So is a dinner given in the guests' honour by its host («A B дал ужин в честь делегации», «A B
// даёт в честь гостей ужин»), or
// one its host gives, named after it («деловой ужин в палате, который даст её президент A B»).
// What the guests did after a meeting told before («После встречи гости осмотрели …») is none,
// unless it says with whom («После встречи с министром A B …»). Whoever meets the guests where they
// arrive is their host: «… в село Ыб, где их встретит директор парка A B»; «её встретили» names no
// one who met, unless the offices of those who did follow («гостей встретили глава района A и
// директор музея B», «гостей встретят …»); whoever greeted them is their host too («её
// приветствовал мэр A B», «белорусских коллег приветствовал председатель палаты A B», «учёных
// встретил настоятель храма A B», one guest so: «гостя встретила заведующая музеем A B»); so
// are those who awaited them, their offices after the verb («учёных ждали староста села A B и
// …»); so is one who received the guests, named after «приём у» in the genitive («приём у главы
// A B»);
// «её принимала A B» names her host, and so does the present of a programme told as it goes on:
// «…, где гостя принимает A B». Those who took part "В обсуждении" took part in the meeting
// told before. One handed an award was met: «вручил медаль заместителю министра A B». The guest
// may be named in the accusative before the verb: «Андрея Петрова встретил глава района A B»,
// «Елену Ивановну встретила …»; a man's name so is told from a woman's, the subject, by the verb
// («Анна Петрова встретила …» met someone after it).
// One with whom an agreement was signed was met: «подписано соглашение с председателем … A»; so
// are the sides who sign it, listed after a colon: «соглашение подпишут три стороны: A, B и C».
// So is one the guest got to know, named by an office: «познакомился с ректором A B».
// A programme or a day that ends or opens with a meeting names those met: «Завершилась
// программа встречей с председателем … A». What one met did together with others, told by a
// participle, is no meeting: «… A, подготовившей вместе с учениками запись сказок».
// One who joined the talks, the guests or their party was met: «к переговорам присоединился
// ректор A B», «к экспедиции присоединилась директор института A B»; one who joined the
// delegation, only when an office tells that it is a host's («к делегации присоединился ректор
// A B»): named alone, one who joins it is of the visitor's side.
// One introduced to the guests or to the visitor, named by his office in the dative, was met,
// named by an office of his own in the accusative: «представила директору председателя
// общества A B», «представил гостям главу общины A B».
// The guests or the visitor, in the dative, to whom someone is introduced.
const RU_INTRODUCED_TO =
  /^\s*(?:гост(?:ям|ю|ье)|делегации|ему|ей|им|(?:директор|ректор|президент|министр|посл|губернатор|председател|руководител|академик)(?:у|ю)|главе)\s+/u;
const RU_INTRODUCED = new RegExp(
  `(?:представил[аи]?|представ(?:ит|ят))(?=${RU_INTRODUCED_TO.source.slice(1)}` +
    '(?:\\p{Ll}+\\s+){0,2}?(?:председател|директор|руководител|глав|ректор|заведующ|начальник|' +
    'старейшин|старост|хранител|настоятел|мастер)\\p{Ll}*\\s)\\s',
  'u',
);
const RU_MEETING_WORD =
  /(?:встретил(?:ся|ась|ись)|(?<=(?:его|её|ее|их|делегацию|гост(?:ей|я|ью)|коллег|уч[её]ных)\s)встрет(?:ила?|ит)(?!\p{L})|(?<=(?<![\p{L}])\p{Lu}\p{Ll}+[ую]\s+\p{Lu}\p{Ll}+\s)встрет(?:ила?|ит)(?!\p{L})|(?<=(?<![\p{L}])\p{Lu}\p{Ll}+[ая]\s+\p{Lu}\p{Ll}+[ая]\s)встретил(?!\p{L})|(?<=(?:его|её|ее|их|делегацию|гост(?:ей|я|ью)|коллег|уч[её]ных)\s)встрет(?:или|ят)(?=\s+(?:\p{Ll}+\s+){0,2}(?:глав[аы]|мэры?|директор|председатель|губернатор|ректор|руководитель|(?:хяким|аким|хоким)ы?)(?!\p{L}))|(?<=(?:его|её|ее|их|делегацию|гост(?:ей|я|ью)|уч[её]ных)\s)(?:ждал[аи]?|ожидал[аи]?|жд(?:ёт|ет|ут))(?=\s+(?:\p{Ll}+\s+){0,2}(?:глава|мэр|директор|председатель|губернатор|ректор|руководитель|староста)(?!\p{L}))|(?<=(?:его|её|ее|их|делегацию|гост(?:ей|я|ью)|коллег|уч[её]ных)\s)приветствовал[аи]?(?!\p{L})|встрет(?:ится|ятся)|познаком(?:ил(?:ся|ась|ись)|ится|ятся)(?=\s+со?\s+(?:\p{Ll}+\s+){0,2}(?:председател|ректор|директор|глав|руководител|министр|мэр|губернатор)\p{L}*\s)|(?<![Пп]осле\s)встреч[аиуе]|встречей(?=\s+со?\s)|(?<=[Пп]осле\s)встречи(?=\s+со?\s)|переговор\p{L}*|бесед\p{L}*|консультаци\p{L}*|аудиенци\p{L}*(?=\s+у\s)|при[её]м\p{L}*(?=\s+у\s)|принят\p{L}*|принял[аи]?(?!\s+участие)|(?<=(?:его|её|ее|их|делегацию|гост(?:ей|я|ью)|коллег|уч[её]ных)\s)принимал[аи]?(?!\p{L})|(?<=(?:его|её|ее|их|делегацию|гост(?:ей|я|ью)|коллег|уч[её]ных|,\s+где\s+\p{Ll}+)\s)принима(?:ет|ют)(?!\p{L})|прим[еу]т(?!\s+участие)|провел\p{L}*|провёл\p{L}*|провед(?:ёт|ет|ут)(?!\p{L})|совместно(?=\s+со?\s)|совещани\p{L}*(?=\s+со?\s)|организованн\p{L}*(?=\s+\p{Ll}+(?:ом|ем|ой|ей)\s)|(?<=(?:^|\s)[Кк]\s+(?:обсуждени|переговор|разговор|встреч|бесед|совещани|экспедици|гост)\p{L}*\s+)присоединил(?:ся|ась|ись)|(?<=(?:^|\s)[Кк]\s+делегаци\p{L}*\s+)присоединил(?:ся|ась|ись)(?=\s+(?:ректор|директор|глава|мэр|председатель|губернатор|руководитель|заведующ|начальник|аким|хоким|хяким|министр|заместитель)\p{L}*\s)|(?<!(?:вш|ющ|ящ|ащ|ущ)\p{Ll}{1,3}\s)вместе(?=\s+со?\s+(?!котор)\p{Ll}+\s+\p{Ll}+)|подписа(?:но|на|ны|ли|л|ла)(?=\s+(?:\p{Ll}+\s+){1,3}со?\s+(?!участи)\p{Ll})|подпи(?:сали|шут|сывают)(?=\s+(?:\p{Ll}+\s+){0,2}сторон\p{Ll}*\s*:)|(?<=(?:^|\s)[Вв]\s+(?:\p{Ll}+(?:ом|ем)\s+)?)(?:обсуждении|совещании|заседании)(?=\s+(?:также\s+)?(?:принял[аи]?\s+участие|участвовал[аи]?)\s)|нан(?:ес|ёс|ос|ест)\p{L}*\s+визит(?:\s+вежливости)?|вруч(?:ил[аи]?|ит|ат)(?=\s+(?:\p{Ll}+\s+){0,2}(?:медал|орден|наград|грамот|нагрудн)\p{Ll}*\s)|(?:дал|устроил)[аи]?\s+(?:\p{Ll}+\s+)?(?:ужин|обед|завтрак|при[её]м)(?=\s+в\s+честь)|(?:дал[аи]?|устроил[аи]?|да[её]т|дают|устраива(?:ет|ют))(?=\s+в\s+честь\s+(?:\p{Ll}+\s+){1,2}(?:ужин|обед|завтрак|при[её]м)(?!\p{L}))|(?<=(?:ужин|обед|завтрак|при[её]м)[^.;]*,\s+котор(?:ый|ого)\s+)(?:даст|дал[аи]?|устро(?:ит|ил[аи]?))(?=\s+(?:его|её|ее|их)?\s*\p{Ll}+\s+(?:\p{Ll}+\s+){0,3}\p{Lu}))\s/u;
const RU_MEETING = new RegExp(`${RU_INTRODUCED.source}|${RU_MEETING_WORD.source}`, 'u');
// A verb before «вместе с»: what the subject did, past or to come ("осмотрела", "посетит",
// "побывали", "ознакомятся").
const ACTED_BEFORE =
  /(?<!\p{L})(?:(?:осмотр|посет|побыва|ознаком|объех|объед|обош|обойд|проех|проед|прош|пройд|откр|заложи)\p{L}*|\p{Ll}{2,}(?:ил|ел|ёл|ял|ыл|[ое]вал)(?:а|и|о|ся|ась|ись|ось)?)(?!\p{L})/u;
// The one named after «Вместе с» opening a sentence, up to his name in the instrumental, before
// the subject: "народным мастером A B гости осмотрели …"; his title may hold a name in quotes:
// "раввином синагоги «A» B C делегация осмотрела …".
const RU_COMPANION =
  /^((?:[\p{L}.«»-]+\s+)*?\p{Lu}[\p{L}-]*(?:ой|ей|ом|ем|ым|им|ью))(?=\s+\p{Ll})/u;
// A subject named by an office alone, no name: "Генеральный директор", "Ректор".
const BARE_OFFICE = /^\s*\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)*\s*$/u;
// One at whose home the guests met, in small words between ("A'nın evinde köy halkıyla bir araya
// geldi", "A'nın evinde verilen akşam yemeğine katıldı"), or whose lesson they attended ("A'nın
// derslerinden birine katıldı"), named before;
// so is one whose performance they watched or heard ("A'nın sazlı sözlü programını izledi"), and
// one whose village, home or workshop they visited ("A'nın köyünü ziyaret ederek").
const TR_HOME_OR_LESSON =
  '(?:evini|köyünü|çiftliğini|atölyesini|obasını)\\s+(?:d[ae]\\s+)?ziyaret\\s+(?:et|ed)\\p{L}*|evinde\\s+(?:\\p{Ll}[^\\s,.;:]*\\s+){0,6}?(?:bir\\s+araya|görüş|ağırlan|konuk\\s+ol|misafir\\s+ol|(?:yemeğ|yemek|resepsiyon|kahvaltı|ziyafet)\\p{L}*\\s+(?:d[ae]\\s+)?katıl)\\p{L}*|ders(?:ine|ini|lerine|lerini|lerinden\\s+biri(?:ne|ni))\\s+(?:d[ae]\\s+)?(?:katıl|izle|dinle)\\p{L}*|' +
  '(?:\\p{Ll}[^\\s,.;:]*\\s+){0,3}?(?:programını|gösterisini|konserini|dinletisini|performansını)\\s+(?:d[ae]\\s+)?(?:izle|dinle)\\p{L}*';
const TR_HOME_OR_LESSON_AFTER = new RegExp(`^\\s+(?:${TR_HOME_OR_LESSON})`, 'u');
// One who led a rite the guests attended, named before in the genitive: "Cemevi Dedesi A'nın
// yürüttüğü cem törenine katılan …", "İmam B'nin kıldırdığı namaza katıldı".
const TR_LED_RITE =
  '(?:yürüttüğü|yönettiği|kıldırdığı)\\s+(?:[^\\s,.;:]+\\s+){0,3}?(?:tören|ayin|ayn|cem|namaz|ibadet|dua|mevlid|zikir)\\p{L}*\\s+(?:d[ae]\\s+)?katıl\\p{L}*';
// The head of a body, named by his office before "ve" and the members of his body, "with" on them,
// was met: "Dernek Başkanı A B ve dernek üyeleriyle bir akşam yemeğinde buluştu", "… ve kooperatif
// üyeleriyle buluşacak".
const TR_WITH_MEMBERS =
  "(?<=(?:Başkanı|Müdürü|Direktörü|Sekreteri|Koordinatörü|Temsilcisi|Yöneticisi|Kurucusu|Muhtarı)\\s+(?:(?:Prof|Doç|Dr)\\.\\s+)*\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3})\\s+ve\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+(?:leri|ları)yl[ae]\\s+(?:[^\\s,.;:]+\\s+){0,6}?(?:görüş|bir\\s+araya|buluş|sohbet\\s+(?:et|ed)|toplantı)\\p{L}*";
// A photograph's caption that shows the visitor with one named before "ile", where and on which
// day, shows one he met: "Fotoğraf: Başkan A B, Liman Müdürü C D ile limanın terminalinde, 7 Aralık
// 2026".
const TR_PICTURED_WITH =
  '(?<=^(?:Fotoğraf|Foto)\\s*:\\s[^;:]*?)\\s+ile\\s+(?=[^;:]*,\\s+\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4}\\.?\\s*$)';
// One named right before "ile" or "'le" was met though a long matter stands before the verb, a
// verb in the active: "A B ile ilçedeki yaşlılar için açılması planlanan yeni bakım evi projesini
// ele alacak". Two matters joined by "ile" and talked of in the passive ("… hazırlıkları ile …
// nasıl yer alacağı görüşülecek") stay none.
const TR_NAME_WITH_LONG =
  String.raw`(?<=\p{Lu}[\p{L}-]*)(?:\sile|['’]y?l[ae])\s+` +
  String.raw`(?:(?!ile\s|\S*['’](?:y?l[ae]|n?[ıiuü]n)\s)[^\s,.;:]+\s+){11,16}?` +
  String.raw`(?:görüş(?:tü|ecek|müştür)|bir\s+araya\s+gel(?:di|ecek)|ele\s+al(?:dı|acak))(?!\p{L})`;
// A word or two may stand between "ile" and the verb: "ile de görüştü", "ile ayrıca bir araya";
// a talk with one is a meeting too: "A ile de sohbet etti";
// an exchange of views ("ile fikir alışverişinde bulundu", "ile istişarelerde bulundu") is a
// meeting, and so is a matter taken up with one ("A ile iki kurum arasındaki programı ele aldı")
// or a paper signed with one ("A'yla iş birliği protokolü imzaladı"), a matter weighed with one
// ("A ile ortak projeleri değerlendirdi") or agreed on with one ("A ile bir program üzerinde
// anlaştı").
// Any tense of the verb ("kabul etti", "kabul edecektir"), and a courtesy call ("A'ya nezaket
// ziyaretinde bulunması"), and a host who welcomes ("A'yı B karşıladı").
// "ile" may be a suffix of the name ("Gashi'yle görüştü"), and the verb may come after a long
// object ("Fujii ile iki ülkenin … programını görüştü"), though never past a comma; "together with"
// ("Umerova'yla birlikte … açılışını yapması") and a meeting held or attended with them ("A ile
// ortak bir toplantıya katıldı") are meetings too, and so is a workshop or a seminar held with one
// ("A ile bir çalıştay düzenledi"). The host whose guest the visitor is, named in
// the genitive ("A'nın davetlisi olarak", "A'nın daveti üzerine"), is met, and so is one who
// hosted, guided or attended what the visitor saw ("A'nın ev sahipliğinde … incelendi", "A'nın
// rehberliğinde … inceledi", "A'nın da katıldığı toplantıda", "A'nın da katılacağı görüşmede"),
// or was present, named right before "de hazır bulundu" or before his
// title between commas, where a word may stand before "hazır" ("A B, Demiryolları Genel Müdürü,
// de görüşmede hazır bulundu"). So is one who briefed the guests ("A B de … konuklara bir sunum
// yaptı", "heyete bilgi verdi", "konuk heyete A ve B hakkında sunum yaptı", the guests named
// first: "… ziyaret eden heyete, Başhekim A B … bilgi verdi"), who told them of
// something ("heyete tiyatronun tarihini anlattı", "konuklara salonu tanıttı", a comma after the
// guests too: "heyete, limanın tarihini anlattı"; named right
// before the verb: "Heyete limanın işleyişini Başkan A B anlattı"), or whose
// presentation the visitors heard ("A'nın sunumunu dinledi", "A'nın brifingini aldı"), what it was
// on told between ("A'nın X'teki okul projesine ilişkin sunumunu dinleyen"). The words
// before the verb hold no second "ile" or "'le": "A ile B'le de görüştü" names B before the verb
// too. One with whom the guests saw a place was met: "A'yla limanın rıhtımını inceledi", "A ile
// fabrikayı gezdi", the place told in the passive too: "A ile hastanenin yeni ünitesi gezildi". A
// ruler's numeral or an ordinal may stand among the words before the verb: "A'yla Kral II. Mihail
// Camii'nde görüşüldü". A call by telephone is no meeting: "A ile telefonda görüştü", "A'yla
// telefon görüşmesi yaptı".
// A host by whom the guests were hosted was met: "A B tarafından ağırlandı"; so was one who
// hosted them: "A B ağırladı", "A B heyeti belediye binasında ağırlayacak", and one who guided
// them: "heyete A B rehberlik etti".
// A host who gave a meal in the guests' honour was met: "A B, heyet onuruna bir akşam yemeği verdi",
// the meal named bare ("A B, heyet onuruna yemek verdi") and where it was given told before the
// guests ("A B, çarşıdaki tarihî bir handa heyet onuruna yemek verdi") or after them ("A B heyet
// onuruna belediye sarayında bir öğle yemeği verdi"). A capitalised word before "heyet" is the
// guests' people ("Türk heyeti onuruna") after a comma, the last of the host's name after it.
// So was one the visitors were told by, a Korean name's hyphen too, a long matter between: "Kim
// Dae-sung'dan bilgi aldı", "A'dan … medresesi ve … türbesi hakkında bilgi aldı".
// So was one from whom the visitor took something in hand, a comma after the name too: "A ve eşi
// B'den, dedelerinin tuttuğu günlüğü teslim aldı".
// One at whose home the guests met ("köy muhtarı A'nın evinde köy halkıyla bir araya geldi") was
// met, and so was one whose lesson they attended ("öğretmen A'nın derslerinden birine katıldı").
// A matter taken up with one, in the passive or a programme's verbal noun, was a meeting with him,
// "with" his name's suffix ("A'yla ortak projenin ele alınması"): "A ile B ele alındı" is of two.
// One who met the guests, named right before them, a small word or two between at most: "A B
// de foruma katılarak heyetle bir araya gelecek", "A B konuklarla görüştü".
const TR_MET_THE_GUESTS = String.raw`(?<=\p{Lu}[\p{L}'’-]*)\s+(?:d[ae]\s+)?(?:\p{Ll}[^\s,.;:]*\s+){0,2}?(?:heyetle|heyetimizle|konuklarla|misafirlerle|ziyaretçilerle)\s+(?:[^\s,.;:]+\s+){0,2}?(?:görüş(?:tü|ecek|müştür)|bir\s+araya\s+gel(?:di|ecek))(?!\p{L})`;
// What a presentation was on, told between its giver and it in a few words that name no second
// giver: "A'nın X'teki okul projesine ilişkin sunumunu".
const TR_ON_A_MATTER = String.raw`(?:(?!\S*['’]n?[ıiuü]n\s)[^\s,.;:]+\s+){0,6}?`;
const TR_PRESENTATION_AFTER = new RegExp(
  String.raw`^\s+${TR_ON_A_MATTER}(?:sunumunu|brifingini)\s`,
  'u',
);
const TR_MEETING = new RegExp(
  `(?<=(?:\\p{L}|\\p{Lu}\\.)['’]n?[ıiuü]n)\\s+(?:davet(?:lisi|i\\s+üzerine|iyle|ine)|(?:d[ae]\\s+)?katıl(?:dığı|acağı)|rehberliğinde|(?:d[ae]\\s+)?${TR_ON_A_MATTER}(?:sunumunu|brifingini)\\s+(?:dinle|izle|al)\\p{L}*|ev\\s+sahipliğinde|${TR_HOME_OR_LESSON}|${TR_LED_RITE}|(?:verdiği|düzenlediği)\\s+(?:[^\\s,.;:]+\\s+){0,2}?(?:yemek|yemeğ|resepsiyon|kahvaltı|ziyafet)\\p{L}*)(?!\\p{L})|\\starafından\\s+(?:[^\\s.;:]+\\s+){0,14}?(?:sunum|brifing|bilgi)\\s+(?:yapıl|veril|sunul)\\p{L}*|(?<=(?:\\p{L}['’]y?[ae]|(?<!\\p{L})(?:konuklara|misafirlere|heyete|heyetine|ziyaretçilere)),\\s+(?:[^\\s;:]+\\s+)*?\\p{Lu}[\\p{L}-]*)\\s+(?=\\p{Ll})(?:[^\\s.;:]+\\s+){0,14}?(?:sunum|brifing|bilgi)\\s+(?:verdi|verecek|verdiler|yaptı|yapacak|sundu|sunacak)(?!\\p{L})|(?:\\sile|['’]y?l[ae])\\s+(?!(?:[^\\s,.;:]+\\s+){0,3}?telefon)(?:(?:(?!ile\\s|\\S*['’](?:y?l[ae]|n?[ıiuü]n)\\s)(?:[^\\s,.;:]+|[IVXL]+\\.|\\d+\\.)\\s+){0,10}?(?:görüş|bir araya|konuş|sohbet\\s+(?:et|ed)|toplantı|çalıştay|seminer|fikir\\s+alışveriş|istişare|ele\\s+al(?:dı|acak)(?!\\p{L})|imzala(?:dı|yacak)|(?:değerlendir(?:di|ecek)|anlaş(?:tı|acak)|incele(?:di|yecek)|incelen(?:di|ecek)|gez(?:di|ecek)|gezil(?:di|ecek)|dolaş(?:tı|acak)|dolaşıl(?:dı|acak))(?!\\p{L}))|birlikte\\s)|['’]y?l[ae]\\s+(?:(?!ile\\s|\\S*['’](?:y?l[ae]|n?[ıiuü]n)\\s)[^\\s,.;:]+\\s+){0,10}?ele\\s+alın(?:dı|acak|ması)(?!\\p{L})|(?<=\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?)['’][dt][ae]n\\s+(?:d[ae]\\s+)?(?:[^\\s,.;:]+\\s+){0,14}?(?:bilgi|brifing)\\s+al(?:dı|acak|ır)(?!\\p{L})|(?<=\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?)['’][dt][ae]n,?\\s+(?:[^\\s,.;:]+\\s+){0,14}?teslim\\s+al(?:dı|acak|ıyor)(?!\\p{L})|\\s(?:tarafından (?:kabul|karşılan|ağırlan)|kabul (?:etti|ed\\p{L}+)|rehberlik\\s+(?:etti|edecek|yaptı|yapacak)(?!\\p{L})|karşıla(?:dı|yacak|r)(?!\\p{L})|(?:(?:heyeti|konukları|misafirleri|ziyaretçileri)(?:\\s+\\p{Ll}[^\\s,.;:]*){0,3}?\\s+)?ağırla(?:dı|yacak|r)(?!\\p{L})|ziyaret (?:etti|ed\\p{L}+)|(?:nezaket\\s+)?ziyaret(?:inde|te)\\s+bulun)|\\s(?:(?:konuk|misafir)\\s+)?(?:konuklara|misafirlere|heyete|heyetine|ziyaretçilere)\\s+(?:[^\\s.;:]+\\s+){0,14}?(?:sunum|brifing|bilgi)\\s+(?:yaptı|verdi|sundu|yapacak|verecek|sunacak)(?:lar)?(?!\\p{L})|\\s(?:(?:konuk|misafir)\\s+)?(?:konuklara|misafirlere|heyete|heyetine|ziyaretçilere),?\\s+(?:(?:[^\\s.;:]+|\\d+\\.)\\s+){0,14}?(?<!(?<!\\S)\\p{Lu}[\\p{L}-]*\\s+)${TR_TELLING}(?:lar)?(?!\\p{L})|(?<=(?<!\\p{L})(?:[Kk]onuklara|[Mm]isafirlere|[Hh]eyete|[Hh]eyetine|[Zz]iyaretçilere)\\s+(?:[^\\s.;:]+\\s+){0,14}?\\p{Lu}[\\p{L}-]*)\\s+${TR_TELLING}(?:lar)?(?!\\p{L})|(?<=\\p{Lu}\\p{L}*)\\s+d[ae]\\s+hazır\\s+bulun|,?\\s+(?:(?:\\p{Ll}|\\p{Lu}[^\\s,.;:'’]*['’])[^\\s,.;:]*\\s+|(?<!\\p{Lu}[\\p{L}'’-]*\\s+)\\p{Lu}\\p{L}*\\s+(?=(?:heyet|konuk|misafir)\\p{L}*\\s+(?:onuruna|şerefine))){0,6}?(?:onuruna|şerefine)\\s+(?:[^\\s,.;:]+\\s+){0,5}?(?:yemek|yemeği?|resepsiyon|kahvaltı|ziyafet)\\s+(?:ver|düzenle)\\p{L}*|(?<=\\p{Lu}\\p{L}*,(?:\\s+\\p{Lu}\\p{L}*)+,)\\s+d[ae]\\s+(?:\\p{Ll}+\\s+)?hazır\\s+bulun|${TR_PICTURED_WITH}|${TR_WITH_MEMBERS}|${TR_NAME_WITH_LONG}|${TR_MET_THE_GUESTS}`,
  'u',
);

// prettier-ignore
const TITLE_STEMS = [
  'министр', 'президент', 'председател', 'премьер', 'секретар', 'генеральн', 'заместител', 'посл',
  'директор', 'ректор', 'глав', 'член', 'республик', 'федерац', 'совет', 'кабинет', 'палат',
  'собрани', 'национальн', 'политбюро', 'университет', 'институт', 'исполнительн', 'комитет',
  'организац', 'правительств', 'государств', 'первы', 'турецк', 'российск', 'азербайджанск',
  'кыргызск', 'бакан', 'başkan', 'cumhurbaşkan', 'başbakan', 'yardımcı', 'sekreter', 'genel',
  'dışişleri', 'büyükelçi', 'sayın', 'müdür', 'teşkilat', 'cumhuriyet', 'parlamento', 'senato',
  'merkez', 'akademi', 'direktör', 'konferans', 'uluslararası', 'türk', 'kültür', 'enformasyon', 'spor', 'gençlik',
  'politika', 'yatırım', 'sanayi', 'ticaret', 'ekonomi', 'yol', 'şehircilik', 'islam', 'devlet',
  'королевств', 'султанат', 'эмират', 'княжеств',
  // Royal styles stand before a monarch's name: "Королём Собхузой III", "Kral III. Sobhuza".
  'корол', 'принц', 'наследн', 'kral', 'prens', 'veliaht',
  // So do a church's: "Патриархом … A", "Patriği A".
  'патриарх', 'митрополит', 'patriğ', 'patrik', 'metropolit',
  // The head words of a Turkish body or event: "Temsilciler Meclisi", "Dönem Toplantısı"; a
  // meeting's word opens a sentence on what was said in it: "Görüşmede A ve B ele alındı".
  'meclis', 'komite', 'komisyon', 'kurul', 'konsey', 'vakf', 'vakıf', 'bakanlığ', 'üniversite',
  'enstitü', 'toplantı', 'görüşme', 'zirve', 'kongre', 'müsteşar', 'ulusal',
  // An acting office ends its title: "Bakan Vekili", "Genel Müdür Vekili", "Büyükelçi Vekili";
  // so does a seat in a parliament, after its constituency: "X Milletvekili".
  'vekil', 'milletvekil',
  // The head words of a Turkish agency, park, union, chamber, bank or fund and of a Central Asian
  // parliament: "İnovasyon Ajansı", "Teknoloji Alanı", "Çiftçiler Birliği", "Sosyal Birlik",
  // "Jogorku Keneşi", "Merkez Bankası", "Национального банка", "Körfez Kalkınma Fonu".
  'ajans', 'bilim', 'teknoloji', 'inovasyon', 'haber', 'alanı', 'parkı', 'birliğ', 'kurumu',
  'odası', 'idaresi', 'keneş', 'kengeş', 'birlik', 'banka', 'банк', 'fonu', 'kalkınma',
  // And of an authority, an association, a federation, a union, an office or an archive:
  // "Denetim Otoritesi", "Mimarlar Derneği", "Güreş Federasyonu", "İşçi Sendikası", "Patent Ofisi",
  // an Azerbaijani exchange: "Fond Birjası".
  'otorite', 'derneğ', 'dernek', 'federasyon', 'konfederasyon', 'sendika', 'ofisi', 'bürosu',
  'borsası', 'birjası', 'arşiv', 'holding',
  // The delegation that opens a sentence is no one's name: "Heyet Takasbank'ı ziyaret etti".
  'heyet',
  // A ruler of an emirate is named by his title and place: "Правителем Шарджи", "Şarika Hükümdarı".
  'правител', 'hükümdar',
  // A government, written with "û" too, and its seat in a province are bodies, never a name:
  // "Bölge Hükümeti", "Hükûmet Konağı".
  'hükümet', 'hükûmet', 'konağ',
  // A capital named before its name, and a Mongolian or Tuvan parliament: "Başkent A", "Yüksek
  // Hural".
  'başkent', 'hural',
  // A stadium, an airport, a library or a bridge is named after a person: "Nikola Petroviç
  // Stadyumu", "Arturo Merino Havalimanı", "Аэропорт имени …".
  'stadyum', 'havaliman', 'havaalan', 'kütüphanes', 'köprüs', 'kulesi', 'hastanes', 'anıtı',
  'salonu', 'oteli', 'limanı', 'istasyon', 'аэропорт', 'вокзал',
  // So is a power plant, a dam or a factory: "Akdeniz Nükleer Güç Santrali", "Atatürk Barajı".
  'santral', 'baraj', 'fabrika',
  // A department, a service, a school or a faculty and its dean: "Tescil Dairesi", "Hidrometeoroloji
  // Servisi", "Hâkimler Okulu", "Hukuk Fakültesi Dekanı".
  'daire', 'servis', 'okul', 'fakülte', 'dekan',
  // A club keeps its own language's name: "Aero Club de …", "Real Club …", "Clube …", "Kulübü".
  'club', 'kulüb', 'klub',
  // A member of a body ends its title: "YSK Üyesi A B", "Kurul Üyeleri"; so do a commissioner's
  // office and an expert's, in the possessive (the bare "Uzman" is a surname too): "Eyalet Sağlık
  // Komiseri A B", "Kıdemli Uzmanı C D".
  'üyesi', 'üyeleri', 'komiser', 'uzmanı',
  // The head of a Russian body or office opens the sentence's title: "Руководитель Центра …".
  'руководител', 'начальник',
  // So does an office's body it heads: "руководитель Управления Росреестра по …".
  'управлени',
  // A Polish province's governor, as Turkish writes him, ends his title as a "Vali" does:
  // "Podkarpackie Voyvodası".
  'voyvoda',
  // A senator and a rabbi are named by their office before the name: "Senatör A B", "Haham C D",
  // "Hahambaşı E F".
  'senatör', 'haham',
  'вице', 'шейх', 'şeyh', 'госсекретар', 'государственн', 'маджлис', 'сенат', 'finans', 'şirket', 'türbe', 'cami', 'saray', 'müze', 'caddesi', 'bulvar', 'meydan', 'фонд', 'danışman', 'başdanışman', 'filarmoni', 'millî', 'stratejik', 'araştırma', 'rektör', 'vali', 'kabine', 'bakan',
];

// A capitalised word, an initial, or a one-letter name ("Ван И"), never the tail of an acronym.
// A Dutch name opens with "IJ" written large, one letter of Dutch: "IJsselstein", "IJzerman".
// Initials may stand against the surname ("М.И.Даром"); a surname may join two ("Амир-Абдоллахиян"),
// by a hyphen or an apostrophe ("Ou'Bouh"). West Africa writes a nasal "N'" or "M'" against a
// name ("N'Guessan", "N'Golo", "M'Bala"), as French and Italian write "D'" ("D'Souza") and
// Irish writes "O'" ("O'Brien"). A Scottish, Irish, Italian or French prefix written small may
// stand against the capital of the rest, after a hyphen too: "McAllister", "DeLuca", "A-McB".
// A surname written as initials ends a name after its other words, as Nepal writes "K.C." (Khatri
// Chhetri): "Narayan Prasad K.C.'yi"; a company's legal form ("A.Ş.") is none. A given name or a
// style written short opens a South Asian name as an initial does: "Ch. A B C" (Chaudhry), "Md.
// A B" (Mohammad), "Mohd.", "Muhd.", "Abd.".
// Initials written together stand before a surname after any word, a short name in capitals too:
// "заместителем председателя МГД О.Д. Корсунской".
// The Catalan "ela geminada" writes a middle dot between two l's inside a word: "Marcel·lí".
const WORD =
  "(?<![\\p{L}])(?:(?:Ch|Md|Mohd|Muhd|Abd)\\.(?=\\s+\\p{Lu}\\p{Ll})|(?:\\p{Lu}\\.){1,3}\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|(?:\\p{Lu}\\.){2,3}(?=\\s+\\p{Lu}\\p{Ll})|(?<=\\p{Ll}\\s)(?!A\\.Ş\\.)(?:\\p{Lu}\\.){2,3}(?![\\p{L}.])|(?:[DNMO][’'](?=\\p{Lu}\\p{Ll})|(?:Mc|Mac|De|Di|Du|La|Le)(?=\\p{Lu}\\p{Ll}))?(?:IJ(?=\\p{Ll})|\\p{Lu})(?:[\\p{Ll}’'-]|(?<=l)·(?=l))*\\p{Ll}(?:[-’'](?:(?:Mc|Mac|De|Di|Du|La|Le)(?=\\p{Lu}\\p{Ll}))?\\p{Lu}[\\p{Ll}’']*\\p{Ll})*|\\p{Lu}\\.|\\p{Lu}(?![\\p{L}]))";
const GLUED = /^((?:\p{Lu}\.){1,3})(\p{Lu}\p{Ll}.*)$/u;
// Particles inside a name: "Muhammed bin Abdurrahman Al Sani", "Muhammed el-Huleyfi".
// A patronymic marker stands between the father's name and the surname: "Ильхам Гейдар оглы Алиев".
// An Arabic article written small and joined to the name ("аль-Хинаи", "ат-Тайиб") is part of it.
// Turkish "de" and "da" mean "also" ("Selim Doğan da … ile görüştü"): they join no name here.
// The Portuguese "do" and "das" and the Spanish "y", which Turkish never writes as words, join
// one as "dos" and "del" do: "Luiz do Nascimento", "Maria das Graças", "José Ortega y Gasset".
const IBERIAN_PARTICLES = ['do', 'das', 'y'];
const FOREIGN_PARTICLE = `(?:${[...PARTICLES.filter((p) => !/^d[ae]$/.test(p)), ...IBERIAN_PARTICLES].join('|')})`;
const nameParticle = (word: string) => PARTICLE.test(word) || IBERIAN_PARTICLES.includes(word);
// Turkish spells the article as it sounds before the sun letters: "en-Nuaymi", "et-Tayyib", "eş-Şeyh".
// A Portuguese, Italian or French "d'" is written against the surname: "д'Оливейра", "d'Oliveira",
// "D'Ornano".
const JOINED = `(?:${FOREIGN_PARTICLE}\\s+)?(?:(?:el|al|er|es|ed|en|et|ez|eş|аль|ал|ас|ат|ад|ар|аш|ан|аз|эль|эд|эр|эс|эш|эн|эт)-|[dDдД]['’])?`;
// A patronymic word may end the name: "Темирбеком Асанбек уулу", "Temirbek Asanbek uulu".
const RUN = new RegExp(`${WORD}(?:\\s+${JOINED}${WORD})*(?:\\s+${PATRONYMIC_TEXT})?`, 'gu');
const INSTRUMENTAL = /(?:ом|ем|ём|ым|им|ой|ей|ью)$/;
// A name's word in the dative: "Виктору", "Игорю", "Ирине", "Садовничему".
const DATIVE = /(?:[^аеёиоуыэюя]у|[^аеёиоуыэюя]ю|[^аеёиоуыэюяц]е|ому|ему)$/u;
const LEGAL_FORM =
  /^\s+(?:AŞ|A\.Ş\.|Ltd\.?|LLC|Inc\.?|GmbH|JSC|ООО|ОАО|ЗАО|ПАО|АО|ТОО|АҚ|ЖШС)(?![\p{L}])/u;
// A place's noun in small letters before its name: "мечеть Хазрет Султан", "улица Абая", "сквер
// Амира Темура", "набережная Тараса Шевченко", "дом-музей Ивана Бунина", "пагода Шве Мо Дау";
// so is a likeness of someone ("изображение Хамбо-ламы A B").
const PLACE_BEFORE =
  /(?:изображени\p{L}*|мечет\p{L}*|храм\p{L}*|собор\p{L}*|пагод\p{L}*|монастыр\p{L}*|улиц\p{L}*|проспект\p{L}*|площад\p{L}*|бульвар\p{L}*|мавзоле\p{L}*|памятник\p{L}*|сквер\p{L}*|(?<!\p{L})парк[аеу]?|мемориал\p{L}*|аллее|алле[йия]|набережн\p{L}*|переулк?\p{L}*|шоссе|дом-музе\p{L}*|музе\p{L}*-(?:квартир|усадьб)\p{L}*)\s*$/u;
// A home or an estate in small letters, in the possessive, names the place after it, no one met:
// "şairin Santiago'daki evi A'yı ziyaret etti", "Sultan'ın yazlık köşkü B", "ailenin konağı C".
const TR_HOME_BEFORE =
  /(?<!\p{L})(?:evi|konağı|köşkü|sarayı|çiftliği|yalısı|malikanesi|villası|atölyesi)\s+$/u;
// The word that names a saint, in any case: "Святого", "Святых", "Святителя", "Преподобного".
export const SAINT =
  /^(?:Свят(?:ой|ого|ому|ым|ом|ая|ую|ых|ыми|ителя|ителю|ителем)|Преподобн\p{Ll}+)$/u;
const IN_PLACE = /(?:^|\s)(?:на|в|во)\s+$/u;
// The word of a married couple and the first given name, before «и» and the other's name: "супруги
// Иван и".
const COUPLE_BEFORE = /(?<![\p{L}])супруг(?:и|ов|ам|ами|ах)\s+(\p{Lu}\p{Ll}+)\s+и\s+$/u;
// A Russian surname in the plural, said once of a couple: "Петровы", "Ивановы", "Сорокины".
const PLURAL_SURNAME = /\p{Ll}(?:ов|ев|ёв|ин|ын)ы$/u;
// An adverb of place or time, capitalised as it opens a sentence.
const OPENING_ADVERB =
  /^(?:Там|Здесь|Тут|Туда|Сюда|Оттуда|Затем|Потом|Тогда|Теперь|Сегодня|Завтра|Вчера|Позже|Далее)$/u;

/**
 * The head of a park, a museum or a square's body named after its office, in the nominative: the
 * namesake of a place stands in the genitive ("парк Горького"), the one who heads it does not
 * ("директор этнокультурного парка Нина Ветошкина"). A name of two words the lists do not know is
 * the head's when neither word has a genitive's ending of a Russian name ("директор парка Ралуиза
 * Андриамбелу", not "парка Кеннета Каунды" nor "Петра Иванова").
 */
function headOfPlace(before: string, run: string): boolean {
  const words = run.split(/\s+/u);
  const [first, second] = words;
  const unknownPair =
    words.length === 2 &&
    !namePart(first ?? '') &&
    !genitiveGiven(first ?? '') &&
    !words.some((w) => /(?:ы|ого|его|(?:ов|ев|ёв|ин|ын)а)$/u.test(w));
  return (
    second !== undefined &&
    (nameKind(first ?? '').given || unknownPair) &&
    !genitiveGiven(first ?? '') &&
    RU_OFFICE_OPENS.test(before.split(/\s+/u).slice(-6).join(' '))
  );
}
/**
 * Whether a run names the one a place is named after, its noun in small letters before it
 * ("к мемориалу A B", "улица C"), unless an office before makes the run the place's head.
 */
export function namesPlace(before: string, run: string): boolean {
  return PLACE_BEFORE.test(before) && !headOfPlace(before, run);
}

// A building's or a centre's noun in the genitive, capitalised as the first word of its name; or
// in the nominative, before the name of the one it is named after: "осмотрели Дом Озерова".
const BUILDING_GENITIVE =
  /^(?:Центра|Дома|Дворца|Музея|Театра|Мемориала|Комплекса|Собора|Храма|Дом|Дворец|Собор|Храм)$/u;

/**
 * Whether a run is a building's name after a person or a thing: its noun in the genitive, then
 * words of that case and none in the instrumental ("Центра Ивана Петрова", "Дома Писателей"), no
 * office before it that makes the run its holder's ("директора Центра Ивана Петрова").
 */
export function namedBuilding(run: string, before: string): boolean {
  const words = run.split(/\s+/u);
  return (
    words.length >= 2 &&
    BUILDING_GENITIVE.test(words[0] ?? '') &&
    !RU_OFFICE_OPENS.test(before.split(/\s+/u).slice(-3).join(' ')) &&
    GENITIVE_RU.test(words.at(-1) ?? '') &&
    !words.slice(1).some((w) => INSTRUMENTAL.test(w) && !/(?:ого|его|ой|ей)$/u.test(w))
  );
}
const PREPOSITIONAL = /[^еиаяоуы]е$/u;

/**
 * Whether a capitalised word after «в», «во», «на» is a place and never a name's first word: a
 * word in the prepositional ("в Братиславе", "в Твери") or a place the gazetteer knows, in any
 * form ("на Хоккайдо", "в Минске"). A name never stands right after these prepositions.
 */
export function placeAfterIn(before: string, word: string): boolean {
  if (!IN_PLACE.test(before) || !/^\p{Lu}\p{Ll}/u.test(word)) return false;
  return (
    PREPOSITIONAL.test(word) ||
    // A place of two names joined by a hyphen declines its first: "в Петропавловске-Камчатском",
    // "в Ростове-на-Дону".
    /^\p{Lu}\p{Ll}+[^еиаяоуы]е-\p{L}/u.test(word) ||
    /[^аеёиоуыэюя]ь?и$/u.test(word) ||
    // A place in "-ия" takes "-ии": "в Сванетии", "в Местии".
    /\p{Ll}{2}ии$/u.test(word) ||
    // A place whose name is plural takes "-ах", "-ях": "в Чебоксарах", "в Закаталах".
    /\p{Ll}{2}[ая]х$/u.test(word) ||
    cityCountry(word) !== null ||
    countryCode(word) !== null
  );
}
// The noun of a place whose one-word name follows: a city, a province, a Mongolian aimag or sum;
// the head of one. An office of the country's own may be glossed in brackets before the place:
// "гамгебели (глава муниципалитета) A". A village or a town named after «в», «на» is where one
// serves: "представитель главы в селе A B C".
export const PLACE_NOUN_BEFORE =
  /(?:^|\s)(?:(?:города|город|провинции|провинция|области|района|округа|штата|префектуры|аймака|аймак|сомона|уезда|волости|муниципалитета|(?:\p{Ll}+-)?(?:градоначальник|бургомистр|мэр|губернатор|аким|хоким)(?:ом|а|у|е)?)\)?|(?:в|во|на)\s+(?:селе|деревне|посёлке|поселке|ауле|кишлаке|городе|станице|хуторе)|emirate of|city of|province of)\s+$/iu;
// The noun of a village or a community in the genitive, its name after it in the nominative; a
// Tajik rural community is a «джамоат», an Uzbek quarter a «махалля».
const SETTLEMENT_BEFORE =
  /(?:^|\s)(?:села|деревни|посёлка|поселка|аула|кишлака|общины|коммуны|джамоата|махалли)\s+$/iu;
// A place named by its capitalised adjective before its noun: "Северной провинции", "Западного
// округа".
const NAMED_BY_ADJECTIVE = new RegExp(
  String.raw`(?:^|\s)\p{Lu}[\p{L}-]*(?:ой|ей|ого|его)\s+` +
    String.raw`(?:провинции|области|района|округа|штата|префектуры|уезда|волости)\s+$`,
  'u',
);
const BODY_NOUN_BEFORE = /(?:^|\s)(?:университета|института|академии)\s+$/iu;
// A republic named by a word after "Республики" ending a title, not by an adjective before it:
// "Главы Республики Северия A B", not "Главы Чеченской Республики A B"; a title in the
// instrumental is no adjective: "Главой Республики Северия A B".
// An autonomous republic is named after its noun too, unless a place's adjective stands before:
// "Автономной Республики Горская A B", not "Северской Автономной Республики A B".
const REPUBLIC_NAMED_AFTER =
  /(?:^|\s)(?:(?<!(?:[сц]к|н|ч|щ)(?:ой|ей)\s)|(?<=(?<![сц]к(?:ой|ей)\s)автономной\s))республик(?:и|а|е|ой|у)\s+$/iu;
const namePart = (word: string) => {
  const kind = nameKind(word);
  return kind.given || kind.family;
};
// A place's adjective in the genitive, the first word of a city's name of two: "Великих",
// "Нижнего".
const CITY_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ых|их|ого|его)$/u;
// The head of a city, the city named after the office: "мэр", "вице-мэром", "обер-бургомистр".
const CITY_HEAD = /(?:^|[\s-])(?:мэр|бургомистр|градоначальник)(ом)?\s+$/iu;

/**
 * Whether the first of two words after a city's head is the city's name in the genitive and the
 * second the head's surname: "мэром Озёрска Петровым", "мэр Озёрска Петров".
 */
function cityOfHead(before: string, words: readonly string[]): boolean {
  const head = CITY_HEAD.exec(before);
  const [city = '', surname = ''] = words;
  if (!head || namePart(city) || RU_PATRONYMIC.test(surname) || !/^\p{Lu}\p{Ll}+$/u.test(city))
    return false;
  if (head[1]) return !INSTRUMENTAL.test(city) && INSTRUMENTAL.test(surname);
  return /\p{Ll}[аяыи]$/u.test(city) && /^\p{Lu}\p{Ll}+[^аеёиоуыэюя]$/u.test(surname);
}
// A Russian patronymic, in any case: "Ильдарович", "Рустемовной", "Фанисовичем", "Ильиничны"; a
// man's from a given name in "-а" or "-я" ends in "-ич" alone: "Ильич", "Кузьмичом", "Никитича".
// A Kazakh one joins «улы» (a son's) or «кызы» (a daughter's) to the father's name and does not
// decline: "Маратулы", "Ерланкызы". A Tuvan or Buryat father's name of two joined by a hyphen
// makes one too: "Кара-оолович", "Даши-Доржиевна".
const RU_PATRONYMIC =
  /^(?:\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?(?:[оеё]вич(?:а|у|ем|е)?|(?:[оеё]вн|ичн)(?:а|ы|е|у|ой|ою)|\p{Ll}(?:улы|кызы))|(?:Иль|Кузьм|Никит|Лук|Фом|Савв|Фок|Ерем)ич(?:а|у|ом|ем|е)?)$/u;
// The word before a patronymic and a surname is a given name, known to the reader or not:
// "Ренат Ильдарович Сабирзянов", "Ляйсан Рустемовной Закирзяновой". A word in "-ович" that ends
// the name is a surname ("Милан Петрович"), which tells nothing of the word before it.
// A Sikh name holds "Сингх" (a man's, declined) or "Каур" (a woman's, not declined) between the
// given name and the surname, as a Russian one holds a patronymic.
const SIKH_MIDDLE = /^(?:Сингх(?:а|у|ом|е)?|Каур)$/u;
// An Azerbaijani name holds the father's name and «оглы» (a son's) or «кызы» (a daughter's)
// between the given name and the surname: "Гюльнара Расим кызы Алиева".
const givenAt = (words: readonly string[], k: number) =>
  namePart(words[k] ?? '') ||
  ((RU_PATRONYMIC.test(words[k + 1] ?? '') || SIKH_MIDDLE.test(words[k + 1] ?? '')) &&
    k + 2 < words.length) ||
  (/^(?:оглы|кызы)$/u.test(words[k + 2] ?? '') && k + 3 < words.length);
// A sentence of taking part that opens with a pronoun, «В ней», «В нём», «В них», tells of the
// meeting the sentence before it named: "Состоялась встреча министров. В ней приняли участие A …".
const PRONOUN_TOOK_PART =
  /^[Вв]\s+(ней|н[её]м|них)(?=\s+(?:\p{Ll}+\s+){0,2}(?:принял[аи]?|приняли|участвовал[аи]?)(?![\p{L}]))/u;
// The meeting's nouns, each with its gender or number (the pronoun's) and its form after «в».
const PRONOUN_MEETINGS: ReadonlyArray<[RegExp, string, string]> = [
  [/(?<![\p{L}])встреч[аиуе](?![\p{L}])/iu, 'ней', 'Во встрече'],
  [/(?<![\p{L}])бесед[аиуе](?![\p{L}])/iu, 'ней', 'В беседе'],
  [/(?<![\p{L}])переговор(?:ы|ов|ах)(?![\p{L}])/iu, 'них', 'В переговорах'],
  [/(?<![\p{L}])консультаци(?:и|й|ях)(?![\p{L}])/iu, 'них', 'В консультациях'],
  [/(?<![\p{L}])(?:совещани|заседани)[еия](?![\p{L}])/iu, 'нём', 'В совещании'],
];

/**
 * The sentence with its opening pronoun of taking part read as the meeting the sentence before
 * named, a noun of the pronoun's gender or number: "В ней" after "состоялась встреча" is "Во
 * встрече". A pronoun of another thing ("Открылась выставка. В ней приняли участие …") is left.
 */
export function meetingForPronoun(sentence: string, previous: string): string {
  const pronoun = PRONOUN_TOOK_PART.exec(sentence);
  if (!pronoun?.[1]) return sentence;
  const form = pronoun[1].replace('нем', 'нём');
  // The last meeting noun of the sentence before is the pronoun's.
  let best: { at: number; words: string } | null = null;
  for (const [noun, gender, words] of PRONOUN_MEETINGS) {
    for (const m of previous.matchAll(new RegExp(noun.source, 'giu')))
      if (gender === form && (!best || m.index > best.at)) best = { at: m.index, words };
  }
  return best ? `${best.words}${sentence.slice(pronoun[0].length)}` : sentence;
}

// A name in the person's own language may follow the Russian one in brackets: a Tatar or Kazakh
// form with the father's name and «кызы» or «улы» («Ирина Григорий кызы»), a form with a word of
// address («Аннуш апа»), one said to be his own («по-эвенски – A», «эвенское имя – B»), or two or
// three words of a name after a full name with its patronymic («Павел Никитич Лекомцев (Лекомец
// Паша)»). Between the patronymic and the surname any bracketed name is such a form: «Нина
// Павловна (Нинә) Егорова».
const KIN_WORD = '(?:улы|уулу|кызы|кыз|оглы|гызы|апа|апай|абый|ага|әби|бабай)';
const OWN_FORM_WORDS = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|${KIN_WORD})){0,3}`;
const OWN_FORM = new RegExp(
  String.raw`(?<=(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+))\s+\((?:(?:по-\p{Ll}+ски|\p{Ll}+ое\s+имя)\s*[–—-]\s*)?(${OWN_FORM_WORDS})\)(?=(\s+\p{Lu})?)`,
  'gu',
);
const KIN = new RegExp(`^${KIN_WORD}$`, 'u');

/**
 * The sentence with the person's own-language forms of his name taken out of it, so that the
 * Russian name reads whole, as one person.
 */
export function withoutOwnNameForms(sentence: string): string {
  return sentence.replace(
    OWN_FORM,
    (whole: string, previous: string, word: string, form: string, next?: string) => {
      const words = form.split(/\s+/u);
      const inside = RU_PATRONYMIC.test(word) && next !== undefined;
      const said = /\(\s*\p{Ll}/u.test(whole);
      // A name's words stand before the bracket, and no body's or country's words in it: a list
      // names each person's body so («Иван Петров (Университет Мухаммеда V)»), or each body's
      // person («Академии управления (Сергей Хоменко)»).
      const patronymic = RU_PATRONYMIC.test(previous);
      const named =
        words.length >= 2 &&
        (patronymic || nameKind(previous).given) &&
        words.every((w) => KIN.test(w) || (!isVocabulary(w) && !countryNamed(w))) &&
        (patronymic || words.some((w) => KIN.test(w) || nameKind(w).given));
      return inside || said || named ? '' : whole;
    },
  );
}

// Whether the word at `k` after "Республики" is the republic's, not a name's first: no given name,
// or one that is a republic's too ("Республики Арслан") before a given name and its patronymic, as
// no word opens a name before its given name.
const republicWord = (words: readonly string[], k: number) =>
  !givenAt(words, k) || (words.length > k + 3 && RU_PATRONYMIC.test(words[k + 2] ?? ''));
// The head of a city or province, whose place's name follows: "Градоначальник Ниша", "мэром Сплита".
const HEAD_OF_PLACE = /^(?:градоначальник|мэр|губернатор|аким|хоким)(?:ом|а|у|е)?$/iu;
// A Turkish office of a district, a province (Central Asian "hokim", "akim", and "hâkim", as
// Turkish writes the Uzbek hokim) or a consulate, or a chief physician's, with its possessive, its
// plural or its seat ("-lık"), never a name's word.
const TR_LOCAL_OFFICE =
  /^(?:kaymakam|başkonsolos|konsolos|maslahatgüzar|başhekim|hokim|akim|hâkim)(?:[ıiuü]|lar\p{L}*|ler\p{L}*|l[ıiuü][ğk]\p{L}*)?$/u;
// An Arabic article joined to a word of the name: "Аль-Ахмедом", "Ас-Сабах".
const ARTICLED = /^(?:Аль|Ас|Ат|Ад|Ар|Аш|Ан|Аз|Эль|Al|El|As|At|Ad|Ar|Ash|An|Az)-\p{Lu}/iu;
// The capitalised words of a region's name after its noun, ending the text: "Республики Северная
// Осетия", "Республике Карачаево-Черкесия".
const REGION_BEFORE_DASH =
  /(?<![\p{L}])(?:[Рр]еспублик|[Оо]бласт|[Оо]круг|[Кк]ра[йяюе]|[Кк]раем)\p{Ll}*(?:\s+\p{Lu}[\p{Ll}-]+){1,3}$/u;
const GENITIVE_RU = /(?:[аяыи]|ов|ев|ей|ий|ых|их|ого|его|ой)$/;

// Parts of the world end a body's name ("Совещания … в Азии"), never start a person's.
const REGION =
  /^(?:Ази[яиюе]|Азией|Европ(?:а|ы|е|у|ой)|Африк(?:а|и|е|у|ой)|Евразi?(?:я|и|ю)|Америк(?:а|и|е|у)|Asya|Avrupa|Afrika|Avrasya|Amerika)$/u;

// The Malay styles (malayStyles.ts) stand before a name, never in it. After "bin" or "binti" the
// pilgrim's style is the father's, inside the name: "A bin Haji B". Turkish releases write the
// royal "Tengku" as part of the name ("Tengku A B"); "Tun", "Toh" and "Diraja" are styles in them.
// "Sri" is a style only after another ("Datuk Sri A B"): alone it opens "Sri Lanka".
const MALAY_STYLE = malayStyle(['Diraja', 'Tun', 'Toh']);
const MALAY_STYLES_LAST = malayStylesLast(['Diraja', 'Tun', 'Toh']);

// So does the Arab style of a descendant of the Prophet's house or of a ruling family: "Seyyid A
// bin B", "Sayyida A", "Сейидом A бин B".
const ARAB_STYLE =
  /^(?:Seyyid|Seyyide|Sayyid|Sayyida|Сейид|Сейида|Сейиду|Сейидом|Сайид|Сайида|Сайиду|Сайидом|Сайида|Сайиде|Сайидой|Сейиде|Сейидой)$/u;
const TR_STYLE_AFTER_NAME = new RegExp(`^(?:${TURKISH_STYLE_AFTER_NAME})$`, 'u');
// The Turkish styles of nameWords before a name: "Mevlevi", "Mevlana", "Hacı", "Mir".
const TR_STYLE_BEFORE_NAME = new RegExp(`^(?:${TURKISH_STYLE_BEFORE_NAME})$`, 'u');
// A Turkish word of origin, a place's name with "-lı": "Kenyalı", "Lübnanlı", "Perulu".
const TR_ORIGIN = /^(\p{Lu}\p{Ll}+?)(?:lı|li|lu|lü)$/u;
// The courtesy styles every text in Latin letters writes before a name, "Samdech", "Teuku",
// and those that are given names too, styles only before three names or more ("Mir A B C").
const LATIN_STYLE_BEFORE_NAME = new RegExp(`^(?:${COURTESY_STYLE})$`, 'u');
const LATIN_STYLE_BEFORE_LONG_NAME = new RegExp(`^(?:${STYLE_BEFORE_THREE_NAMES})$`, 'u');
// The Persian style of a descendant of the Prophet's house, as Russian writes it, is part of the
// name: "Сейед Мохаммад-Реза Хосейнзаде", "Сейеда Мохаммад-Резы Хосейнзаде".
const PERSIAN_STYLE = /^Сейед(?:а|у|ом|е)?$/u;
// The Burmese honorifics as Russian writes them: «У» ("U") for a man, «До» ("Daw") for a woman.
export const BURMESE_HONORIFIC = /^(?:У|До)$/u;
// The middle names of Vietnam as Russian writes them, second after the family name: "До Ван
// Хунг", "Нгуен Тхи Тху Ха".
const VIETNAMESE_MIDDLE_RU =
  /^(?:Ван|Тхи|Дык|Хыу|Динь|Нгок|Куок|Суан|Конг|Тхань|Минь|Хонг|Ким|Чонг|Мань)$/u;

export function isVocabulary(word: string): boolean {
  const stem = word.replace(/['’]\p{L}*$/u, '');
  const lower = stem.toLocaleLowerCase('tr');
  if (/^\p{Lu}{2,}$/u.test(stem) || HONORIFIC.test(stem) || MALAY_STYLE.test(word)) return true;
  // A hall or a stadium named after a person ends in its kind: "A B Arena", "A B Stadı"; so does
  // a Japanese hall, a martial arts hall or a training hall ("A B Kaikan", "A Budokan", "A Dojo").
  if (/^(?:arena|arenası|stadı|kaikan|budokan|dojo|dojosu)$/u.test(lower)) return true;
  // So does a mountain, a lake, a valley or a bridge, or an Indonesian Islamic boarding school: "A
  // Dağı", "A Gölü", "A Vadisi", "Taş Köprü", "A B Pesantreni".
  if (/^(?:dağı|dağları|gölü|vadisi|köprü|pesantreni)$/u.test(lower)) return true;
  // A day said by an adverb opens a Turkish sentence and names no one: "Bugün", "Dün", "Yarın".
  if (/^(?:bugün|dün|yarın)$/u.test(lower)) return true;
  if (ARAB_STYLE.test(stem)) return true;
  // A Persian compound joined by the izafet ("Mazar-ı Kaid", "Bab-ı Ali", "Divan-ı Hümayun") names
  // a place or a thing, never a person.
  if (/^\p{Lu}\p{Ll}+-[ıiuü]$/u.test(stem)) return true;
  // A known given name that only opens with a title's stem is a name: "Şeyhmus" (not "Şeyh").
  if (TITLE_STEMS.some((s) => lower.startsWith(s) && (lower === s || !givenNameAsSpelled(stem))))
    return true;
  if (HEAD_OF_PLACE.test(stem)) return true;
  // Nor does a Muslim cleric's office in its possessive, his mosque's or his city's: "İmamı",
  // "Başimamı", "Müftüsü", "Hatibi", "Vaizi", "Müezzini".
  if (/^(?:baş)?(?:imamı|müftüsü|hatibi|vaizi|müezzini)$/u.test(lower)) return true;
  // Nor does a Turkish office of a district, a province or a consulate, nor a chief physician's,
  // alone or with its possessive, nor the office's seat: "Kaymakam", "Viloyeti Hokimi", "Oblısı
  // Akimi", "Başkonsolos", "Maslahatgüzarı", "Başhekim", "Kaymakamlığı", "Başkonsolosluğunu".
  if (TR_LOCAL_OFFICE.test(lower)) return true;
  // Nor does an office in its possessive, the head that ends a title, though its bare word may be
  // a given name: "Aşiret Nazırı", "Mahalle Muhtarı", an Arab province's governor: "X Muhafızı";
  // so does a chief's: "Köy Şefi", and a Gambian village head's after his village: "A Alkalosu";
  // so does an Alevi elder's who leads the rites of a cemevi: "Cemevi Dedesi", and a Bektashi
  // lodge's head: "Tekke Babası". So does an Indonesian regent's or mayor's, as Turkish writes
  // them after the regency or the city: "A Bupatisi", "A Wali Kotası".
  if (/^(?:(?:nazır|muhtar|muhafız)[ıi]|şefi|alkalosu|dedesi|babası|bupatisi|kotası)$/u.test(lower))
    return true;
  // Nor does a school's kind as Ottoman Turkish named it, with its possessive: "Askeri İdadisi",
  // "Askeri Rüştiyesi", "Harbiye Mektebi", "Fatih Medresesi", "Galatasaray Lisesi".
  if (/^(?:idadisi|rüştiyesi|mektebi|medresesi|lisesi)$/u.test(lower)) return true;
  // Nor does a Turkish abstract noun in "-lık" with its possessive, a word of a body's or an
  // office's name: "Gıda Güvenliği", "İklim Değişikliği", "Hayvan Sağlığı", "Büyükelçiliği".
  if (/^\p{Lu}\p{Ll}+l[ıiuü]ğ[ıiuü](?:n[ıiuüae]|nd[ae]n?)?$/u.test(stem)) return true;
  if (REGION.test(stem)) return true;
  // Nor does a Turkish agent noun in its possessive, the head of a title: "Başdenetçisi",
  // "Savunucusu", "Yöneticisi", "Sözcüsü".
  if (/^\p{Lu}\p{Ll}{2,}[cç][ıiuü]s[ıiuü]$/u.test(stem)) return true;
  // A Turkish noun in the plural with its possessive ("Dersleri", "Sohbetleri", "İşleri") names
  // no one; nor does one in the plural ablative or locative written with no apostrophe, as a
  // people's is: "Müslüman Lezgilerden oluşan köy", "Tatarlarda".
  if (/^\p{Lu}\p{Ll}+(?:leri|ları)$/u.test(stem)) return true;
  if (/^\p{Lu}\p{Ll}{2,}(?:lar|ler)(?:[dt]an|[dt]en|[dt]a|[dt]e)$/u.test(stem)) return true;
  // Nor does a faith's word before a people's or a community's name: "Hristiyan X cemaati",
  // "Müslüman Y köyleri".
  if (/^(?:hristiyan|müslüman|yahudi|ortodoks|katolik|protestan|budist|sünni)$/u.test(lower))
    return true;
  // Nor does "Milli" (national), which opens the name of a body or of a ministry's field: "Milli
  // Eğitim Bakanı", "Milli İşler ve Kamu Projeleri Bakanı".
  if (/^mill[iî]$/u.test(lower)) return true;
  // Nor does one in the plural genitive ("Tesislerin", "Piyasaların") or a verbal noun with its
  // possessive ("Korunması", "Denetlenmesi"): words of a body's name.
  if (/^\p{Lu}\p{Ll}{2,}(?:lerin|ların|lerinin|larının|[nl]?mesi|[nl]?ması)$/u.test(stem))
    return true;
  // Nor does a noun with its possessive and a case ending written with no apostrophe, as a
  // common noun's is: "Mahkemesine", "Odasında".
  if (/^\p{Lu}\p{Ll}{2,}[aeıioöuü]s[ıiuü]n(?:[ae]|d[ae]|d[ae]n)$/u.test(stem) && !namePart(stem))
    return true;
  return countryNamed(stem) || cityCountry(stem) !== null || russianCountry(stem);
}

/**
 * Whether a word names a country, alone or as the name the gazetteer keeps after "Республика":
 * "Республика Корея" makes "Корея" a country's word, never a person's.
 */
function countryNamed(word: string): boolean {
  return countryCode(word) !== null || countryCode(`Республика ${word}`) !== null;
}

/** A Russian country's name in the genitive the country list does not hold: "Египта", "Омана". */
export function russianCountry(word: string): boolean {
  if (!/[а-яё]$/u.test(word)) return false;
  const stem = word.replace(/[аяуеыи]$/u, '');
  if (stem === word) return false;
  return (
    countryNamed(stem) ||
    countryNamed(stem.replace(/(\p{L})$/u, 'е$1')) ||
    countryNamed(`${stem}а`) ||
    countryNamed(`${stem}я`)
  );
}

/**
 * A given name whose vowel drops before its case ending gets it back: "Павл" (of "Павлом") →
 * "Павел", "Льв" (of "Львом") → "Лев", when the list knows the name with the vowel and not
 * without.
 */
function fleetingGivenVowel(stem: string): string {
  if (!/[бвгдзклмнпрстфхцчшщь][бвгдзклмнпрстфхцчшщ]$/u.test(stem) || nameKind(stem).given)
    return stem;
  const restored = stem
    .replace(/ь(\p{L})$/u, 'е$1')
    .replace(/(\p{L})(\p{L})$/u, (all, a, b) => (a === 'е' ? all : `${a}е${b}`));
  return restored !== stem && nameKind(restored).given ? restored : stem;
}

/**
 * A Belarusian surname in "-ёнок" whose "о" drops as it declines gets it back: "Кузьмёнк" (of
 * "Кузьмёнком", "Кузьмёнка") → "Кузьмёнок".
 */
const fleetingSurnameVowel = (stem: string): string => stem.replace(/(?<=\p{L}{2})ёнк$/u, 'ёнок');

/** A Russian name in the instrumental back to the nominative: "Бахтиёром Саидовым" → "Бахтиёр Саидов". */
function nominative(word: string): string {
  // "Младший" or "старший" joined to a surname declines as an adjective: "Смитом-младшим" →
  // "Смит-младший".
  const junior = /^(\p{Lu}\p{Ll}+)-(младш|старш)(?:им|его|ему|ем)$/u.exec(word);
  if (junior?.[1] && junior[2]) return `${nominative(junior[1])}-${junior[2]}ий`;
  // A double given name whose second part does not decline declines its first alone:
  // "Жаком-Анри" → "Жак-Анри", "Луи-Мари" stays.
  const double = /^(\p{Lu}\p{Ll}+)(-\p{Lu}\p{Ll}*[иуоэе])$/u.exec(word);
  if (double?.[1] && double[2] && /[^аеёиоуыэюя](?:ом|ем)$/u.test(double[1]))
    return `${nominative(double[1])}${double[2]}`;
  if (!/[а-яё]$/.test(word)) return word;
  if (/\p{L}{2}ёнком$/u.test(word)) return fleetingSurnameVowel(word.slice(0, -2));
  if (/\p{Ll}ом$/u.test(word)) {
    const stem = fleetingGivenVowel(word.slice(0, -2));
    if (stem !== word.slice(0, -2)) return stem;
  }
  // A woman's given name in "-ь" takes "-ью": "Любовью" → "Любовь".
  if (/\p{Ll}{2}ью$/u.test(word) && givenNameAsSpelled(`${word.slice(0, -2)}ь`))
    return `${word.slice(0, -2)}ь`;
  return (
    word
      // A man's adjective surname: "Завадским" → "Завадский", "Кулецким" → "Кулецкий".
      .replace(/([сцз]к)им$/, '$1ий')
      .replace(/(ов|ев|ёв|ин|ын)ой$/, '$1а')
      .replace(/ией$/, 'ия')
      // "Натальей" → "Наталья", "Валерием" → "Валерий": no nominative ends so; nor does "Ильёй"
      // ("Илья").
      .replace(/ьей$|ьёй$/, 'ья')
      // A woman's given name in a stressed "-ия" ends in "-иёй": "Зульфиёй" → "Зульфия".
      .replace(/(?<=\p{Ll})иёй$/u, 'ия')
      .replace(/ием$/, 'ий')
      .replace(/еем$/, 'ей')
      // The fleeting vowel of "-ец" comes back: "Кравцом" → "Кравец", "Стрельцом" → "Стрелец";
      // after a vowel it stands for "й" ("Корнейцем" → "Корнеец"), after "а" as "я" ("-айцем" →
      // "-аяц").
      .replace(/ьц[ое]м$/, 'ец')
      .replace(/айц[ое]м$/, 'аяц')
      .replace(/([еоу])йц[ое]м$/, '$1ец')
      .replace(/([^аеёиоуыэюя])цом$/, '$1ец')
      .replace(/([жчшщц])ем$/, '$1')
      .replace(/([^аеёиоуыэюя])ем$/, '$1ь')
      // "Октаем" → "Октай": a name ending in a vowel and "й".
      .replace(/([аоуяю])ем$/, '$1й')
      .replace(/ым$|ом$/, '')
  );
}

// A man's Russian patronymic in the nominative: "Ильдарович", "Маратович".
const NOMINATIVE_PATRONYMIC = /^\p{Lu}\p{Ll}+[оеё]вич$/u;

// A man's surname in "-ов"/"-ев"/"-ёв" in the nominative: "Сафаров", "Гельдиев".
const NOMINATIVE_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:ов|ев|ёв)$/u;

// A woman's surname in the instrumental, of a noun: "Гафаровой" → "Гафарова".
const FEMININE_SURNAME = /(?:ов|ев|ёв|ин|ын)ой$/;
// The endings of the instrumental a name's words take, of a man's name as of a woman's
// ("Мусой Али Аль-Яхьей", "Натальей Головкиной").
const INSTRUMENTAL_A = /(?:ой|ей)$/;

/**
 * A surname that keeps its form after a given name in the instrumental is a foreign woman's: a
 * man's would decline ("Нирмалой Ситхараман", never "…Ситхараманом" for her). It ends in a
 * consonant, a soft one too ("Маргаретой Хёльцль", never "…Хёльцлем" for her), in no case
 * ending, with no Slavic surname's suffix.
 */
function foreignWomansSurname(word: string | undefined): boolean {
  return (
    word !== undefined &&
    /[бвгджзклмнпрстфхцчшщ]ь?$/u.test(word) &&
    // A word of three letters ("Лим") has no stem before such an ending: it is no
    // instrumental.
    !/\p{L}{2,}(?:ом|ем|ём|ым|им)$/u.test(word) &&
    // A Slavic surname keeps its form for a woman only when it would not take "-ой" for her:
    // "Петросян", "Макаревич", "Бондарчук" do; "Петров", "Ильин", "Жуковский" do not.
    !(surnameShape(word) && /(?:ов|ев|ёв|ин|ын|ий|ый|ой)$/u.test(word))
  );
}

/**
 * A given name in a vowel that does not decline, the list's as it stands, opens a name whose next
 * word is a given name in the instrumental: "Бакари Рашидом Мсалой" (not a Russian genitive in
 * "-ии", "-ьи", "-ы"). So it does before a father's and a grandfather's names that both decline,
 * whatever they are: "Фатхи Кахабом Идрисом".
 */
function undeclinedGivenFirst(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  const second = words[1] ?? '';
  return (
    words.length >= 3 &&
    /^\p{Lu}\p{Ll}+[иуоэ]$/u.test(first) &&
    !/(?:ии|ьи)$/u.test(first) &&
    givenNameAsSpelled(first) &&
    INSTRUMENTAL.test(second) &&
    (givenNameAsSpelled(second) || words.slice(1).every((w) => INSTRUMENTAL.test(w)))
  );
}

/**
 * A foreign woman's given name in "-и" does not decline ("Мэрси", "Нэнси"): it opens her name
 * before two words in "-ой"/"-ей" the list does not know as given names, which no patronymic is
 * ("… университета Ндалы Мэрси Нкандвой Чибалой"). A place's genitive stands there otherwise: of a
 * city or a country the gazetteer knows ("Перми", "Казани"), of a noun in "-а" after "к", "г",
 * "х" or a hissing one ("Мтумбаки"), or of a noun in "-ость" ("Безопасности").
 */
function undeclinedForeignWomanFirst(words: readonly string[]): boolean {
  const [first = '', second = '', last = ''] = words;
  return (
    words.length === 3 &&
    /^\p{Lu}\p{Ll}{2,}[^аеёиоуыэюяькгхжшчщ]и$/u.test(first) &&
    !/сти$/u.test(first) &&
    !isVocabulary(first) &&
    !russianCountry(first) &&
    cityCountry(first.replace(/и$/u, 'ь')) === null &&
    cityCountry(first.replace(/и$/u, 'а')) === null &&
    [second, last].every((w) => /^\p{Lu}\p{Ll}+[^аеёиоуыэюяь](?:ой|ей)$/u.test(w)) &&
    !RU_PATRONYMIC.test(second) &&
    !FEMININE_SURNAME.test(second) &&
    !nameKind(second).given
  );
}

/**
 * A woman's first name in the instrumental: "Сахибой" → "Сахиба", "Натальей" → "Наталья"; after a
 * hissing consonant or "ц" the nominative ends in "-а" ("Сашей" → "Саша"), after "и" in "-я"
 * ("Марией" → "Мария").
 */
function feminineNominative(word: string): string {
  return word
    .replace(/ьёй$/, 'ья')
    .replace(/ой$/, 'а')
    .replace(/ьей$/, 'ья')
    .replace(/ией$/, 'ия')
    .replace(/([жчшщц])ей$/, '$1а')
    .replace(/([^аеёиоуыэюяь])ей$/, '$1я');
}

// A pilgrim's or a cleric's style joined to a given name by a hyphen and written small is no part
// of the name: "Магомед-хаджи" is "Магомед", "Рашидом-хазратом" is "Рашидом".
const HYPHENED_STYLE = /^(\p{Lu}\p{Ll}+)-(?:хаджи|хазрат(?:а|у|ом|е)?|эфенди|афанди)$/u;

/**
 * A Russian name in the instrumental back to its nominative, word by word; other names as they
 * stand. Two words in "-ой"/"-ей" are a name in the instrumental whose nominative ends in
 * "-а"/"-я": a woman's ("Натальей Викторовной Гафаровой") or a man's ("Мусой … Аль-Яхьей"); one
 * such word alone may be a nominative ("Толстой"). A woman's surname is a noun ("Гафаровой" →
 * "Гафарова") or, last in the name after a consonant, an adjective ("Заречной" → "Заречная").
 * Beside a man's words in "-ом"/"-ем", a last word in "-ой"/"-ей" is a man's name in "-а"/"-я"
 * ("Сахиром Шамшадом Мирзой").
 */
export function nominativeName(written: readonly string[]): string {
  const nameWords = written.map((w) => w.replace(HYPHENED_STYLE, '$1'));
  // A man's patronymic in the nominative between a given name and a surname puts his given name
  // in the nominative: "Салем Ринатович Галимов" keeps its "Салем", whose "-ем" is no case
  // ending. A woman's given name in the instrumental may stand before a surname in "-вич" that
  // keeps its form: "Миленой Петрович Ковачевски".
  if (
    nameWords.length === 3 &&
    NOMINATIVE_PATRONYMIC.test(nameWords[1] ?? '') &&
    /\p{Ll}(?:ем|ём|ом|ым|им)$/u.test(nameWords[0] ?? '')
  )
    return nameWords.join(' ');
  // A man's surname in "-ов"/"-ев" as it stands is a nominative, and so is the name around it: a
  // given name in "-ом" beside it is one of its own ("Бахром Сафаров"), not an instrumental.
  if (nameWords.length > 1 && nameWords.some((w) => NOMINATIVE_SURNAME.test(w)))
    return nameWords.join(' ');
  // A surname in "-овым"/"-иным" is a man's too ("Абдуллой Назаровым"), and a given name in "-ай",
  // "-ей", "-ий" ("Николаем", "Андреем", "Валерием").
  const manly = nameWords.some((w) =>
    /[^аеёиоуыэюяь]ом$|[^аеёиоуыэюя]ем$|\p{Ll}[аеи]ем$|(?:ов|ев|ёв|ин|ын)ым$/u.test(w),
  );
  const inA = nameWords.filter((w) => INSTRUMENTAL_A.test(w)).length + (manly ? 1 : 0);
  const lastAt = nameWords.length - 1;
  const initialsOnly = nameWords.slice(0, -1).every((w) => /^(?:\p{Lu}\.)+$/u.test(w));
  const declined = (w: string, i: number): string => {
    // A surname of three letters in "-ой" has no stem to decline: a woman's "Чой" keeps it.
    if (i === lastAt && i > 0 && /^\p{Lu}ой$/u.test(w)) return w;
    // After initials alone a surname in "-ской" is a woman's in the instrumental: a man's
    // would end in "-ским" ("О.Н. Жуковской" → "О.Н. Жуковская").
    if (i === lastAt && i > 0 && initialsOnly && /[сц]кой$/.test(w)) return w.replace(/ой$/, 'ая');
    // After initials alone a surname in "-ой" after a double consonant no adjective's stem ends
    // in, or in "-йей", is one in "-а"/"-я" that declines as "Никита" does, as South Indian
    // surnames in "-аппа" and "-айя" do ("Д. М. Шиваннаппой" → "Шиваннаппа", "Маллайей" →
    // "Маллайя").
    if (
      i === lastAt &&
      i > 0 &&
      initialsOnly &&
      (/([бвгдзклмпрстфхцчшщ])\1ой$/u.test(w) || /[аеоуыя]йей$/u.test(w))
    )
      return feminineNominative(w);
    // A foreign surname alone in "-ой"/"-ей" after a first name that does not decline
    // ("Минору Кихарой", "Сигэо Мацудой") is one in "-а"/"-я"; a given name in "-ей" is
    // already a nominative ("Алексей").
    if (
      inA === 1 &&
      i === lastAt &&
      i > 0 &&
      !initialsOnly &&
      /[^аеёиоуыэюяь](?:ой|ей)$/.test(w) &&
      !FEMININE_SURNAME.test(w) &&
      !/[сцч]кой$/.test(w) &&
      !nameKind(w).given &&
      !/(?:ой|ей|ом|ем|ым|им|ью)$/.test(nameWords[0] ?? '')
    )
      return feminineNominative(w);
    // A given name in "-ой" before words that do not decline ("Сётой Кобаяси") is one in "-а":
    // a short word ("Рой") or one the list knows as it stands may be a nominative. Before an
    // Arabic surname in a vowel that does not decline ("Мустафой Мадбули") a given name the list
    // knows in "-а" is in the instrumental.
    if (
      inA === 1 &&
      !manly &&
      i < lastAt &&
      !initialsOnly &&
      // A short word is a given name in the instrumental when the woman's surname after it
      // keeps its form ("Идой Ковачич"), or when its form in "-а" is a given name the list
      // knows before a surname in a vowel that does not decline ("Исой Мамедли").
      (w.length >= 5 ||
        foreignWomansSurname(nameWords[lastAt]) ||
        (w.length === 4 &&
          /[иуоэею]$/u.test(nameWords[lastAt] ?? '') &&
          nameKind(feminineNominative(w)).given)) &&
      /[^аеёиоуыэюяь]ой$/.test(w) &&
      !FEMININE_SURNAME.test(w) &&
      (!nameKind(w).given ||
        ((/[иуоэею]$/u.test(nameWords[lastAt] ?? '') || foreignWomansSurname(nameWords[lastAt])) &&
          nameKind(feminineNominative(w)).given))
    )
      return feminineNominative(w);
    // A given name in "-ей" after a hissing consonant or "ц" is one in "-а" in the instrumental
    // ("Лашей", "Важей"): no nominative ends so; before a surname that does not decline
    // ("Лашей Цинцадзе") it is the one word in "-ей". So is one in "-йей" after a vowel, whose
    // nominative ends in "-йя" ("Лайей Пярн" → "Лайя Пярн").
    if (
      inA === 1 &&
      !manly &&
      i < lastAt &&
      /^\p{Lu}(?:\p{Ll}+[жчшщц]|\p{Ll}*[аеоуыя]й)ей$/u.test(w) &&
      !/(?:ом|ем|ём|ым|им|ой|ей|ью)$/u.test(nameWords[lastAt] ?? '')
    )
      return feminineNominative(w);
    // The given name before "бинт" ("daughter of") is a woman's: "Рукайей бинт …" → "Рукайя".
    if (nameWords[i + 1] === 'бинт' && INSTRUMENTAL_A.test(w)) return feminineNominative(w);
    if (inA < 2 || !INSTRUMENTAL_A.test(w) || FEMININE_SURNAME.test(w)) return nominative(w);
    // A South Slavic woman's surname in "-ска" declines as a noun: after her given name of the
    // Balkans, "-ской" is given back as "-ска" ("Гораной Петковской" → "Горана Петковска").
    if (
      i === lastAt &&
      i > 0 &&
      /[сц]кой$/u.test(w) &&
      SOUTH_SLAVIC_WOMAN.has(feminineNominative(nameWords[0] ?? ''))
    )
      return w.replace(/ой$/u, 'а');
    // A last word in "-ой" is a woman's adjective surname ("Заречной" → "Заречная"), unless it
    // is an East Asian family name in "-а" ("Ёсидой" → "Ёсида").
    // Not after a man's given name in "-а" ("Лукой Бьянкой" is "Лука Бьянка"), nor after a
    // double consonant no adjective's stem ends in ("Лоссой" is "Лосса"; "-нн-" is one's:
    // "Длинной"). Nor after two given names with no patronymic between ("Марией Терезой Сорой" is
    // "Мария Тереза Сора"): a woman with an adjective surname is a Russian one, named with her
    // patronymic. Nor after one given name the list does not know ("Нкандвой Чибалой" is
    // "Нкандва Чибала"): a Russian woman's is a known one. A surname in "-ской", "-цкой" or "-ной"
    // is an adjective still, a Polish woman's too ("Малгожатой Ковальской").
    if (
      !manly &&
      i === lastAt &&
      (lastAt !== 1 ||
        initialsOnly ||
        /(?:[сц]к|н)ой$/u.test(w) ||
        nameKind(feminineNominative(nameWords[0] ?? '')).given) &&
      /[^аеёиоуыэюяь]ой$/.test(w) &&
      !(lastAt >= 2 && !/(?:вн|ичн|ишн)ой$/u.test(nameWords[lastAt - 1] ?? '')) &&
      !/([бвгдзклмпрстфхцчшщ])\1ой$/u.test(w) &&
      !nameKind(feminineNominative(w)).family &&
      !MAN_IN_A.has(feminineNominative(nameWords[0] ?? '')) &&
      !NOUN_IN_KA_GA.test(w)
    )
      return w.replace(/ой$/, 'ая');
    return feminineNominative(w);
  };
  const word = (w: string, i: number): string => {
    // Each half of a double surname declines: "Тарасовым-Ремезовым" → "Тарасов-Ремезов",
    // "Ларионовой-Краус" → "Ларионова-Краус".
    // A first half with a surname's suffix, or both halves with the same ending, are declined;
    // a double given name is not ("Касым-Жомартом": "Касым" is its nominative). A man's hard and
    // soft endings are the same ending: "Жуком-Грышкевичем" → "Жук-Грышкевич".
    const halves = DOUBLE_SURNAME.exec(w);
    const mans = (half: string) => /(?:ом|ем)$/u.test(half);
    if (
      halves?.[1] &&
      halves[2] &&
      (/(?:ов|ев|ёв|ин|ын)(?:ым|ой)$|[сц]к(?:им|ой)$/u.test(halves[1]) ||
        (/(?:ом|ем|ым|им|ой|ей)$/u.test(halves[1]) &&
          halves[1].slice(-2) === halves[2].slice(-2)) ||
        (mans(halves[1]) && mans(halves[2]) && !nameKind(halves[1]).given))
    )
      return `${declined(halves[1], i)}-${declined(halves[2], i)}`;
    return declined(w, i);
  };
  return nameWords
    .map(word)
    .join(' ')
    .replace(/^((?:\p{Lu}\.){2,3}) /u, '$1 ');
}

// A surname in "-кой" or "-гой" whose stem no Russian adjective ends in is a noun in "-ка" or
// "-га" ("Сундзюгой" is "Сундзюга", "Кимонкой" is "Кимонка"); an adjective's stem ends in "-ск-",
// "-цк-", "-ок-", "-ог-", "-лг-" or another consonant before "к" ("Ковальской", "Высокой",
// "Долгой", "Гладкой").
const NOUN_IN_KA_GA = /(?<![сцоеёдтзвпбржш]к|[оаеё]г|лг)(?<=[кг])ой$/u;

// Men's given names in "-а", which decline as a woman's do: "Лукой", "Никитой".
const MAN_IN_A = new Set(
  `Лука Джанлука Никита Фома Кузьма Савва Муса Иса Абдулла Хамза Мустафа Усама Осама
  Мирза`.split(/\s+/u),
);

// Women's given names of the Balkans, in Russian, that no Russian or Polish woman bears.
const SOUTH_SLAVIC_WOMAN = new Set(
  `Биляна Бильяна Бранка Драгана Гордана Горана Снежана Весна Йована Лиляна Мирьяна Зорица
  Славица Верица Душица Радмила Слободанка Живка Стояна Цветанка Благица`.split(/\s+/u),
);

// A double surname, each half of which declines: "Тарасовым-Ремезовым", "Ларионовой-Краус".
const DOUBLE_SURNAME = /^(\p{Lu}\p{Ll}{3,})-(\p{Lu}\p{Ll}+)$/u;

const TURKIC_MANS_SURNAME = /^\p{Lu}\p{Ll}+(?:улы|уулу|оглы)$/u;

/**
 * A man's surname in "-улы", "-уулу", "-оглы" does not decline, the given name before it does:
 * after a title in the genitive ("при участии председателя комитета Ерлана Сапарулы") the given
 * name is given back its nominative ("Ерлан").
 */
function turkicGenitive(name: string, before: string): string {
  const [given, surname, ...more] = name.split(' ');
  if (!given || !surname) return name;
  // So does the father's name before a man's patronymic word: "Бахрома Камол угли" is "Бахром
  // Камол угли".
  const fathers = more.length === 1 && /^(?:оглы|угли|улы|уулу)$/u.test(more[0] ?? '');
  if ((more.length > 0 && !fathers) || (!fathers && !TURKIC_MANS_SURNAME.test(surname)))
    return name;
  const first = /^[\s,]*(?:(?:а\s+также|и)\s+)?(\p{Ll}[\p{Ll}-]*)/u.exec(before)?.[1] ?? '';
  // The clause may open with its verb ("прошли при участии первого заместителя …"): the title's
  // head is then its first word of an office.
  const head = isVocabulary(first)
    ? first
    : ((before.match(/\p{Ll}[\p{Ll}-]*/gu) ?? []).find((w) => isVocabulary(w)) ?? first);
  if (!/(?:[^в]а|я|ы)$/u.test(head) || !/[ая]$/u.test(given)) return name;
  const bare = given.endsWith('я') ? `${given.slice(0, -1)}й` : given.slice(0, -1);
  // Before the father's name and the patronymic word, a given name in "-а" after a title in the
  // genitive is itself in the genitive: a nominative in "-а" would there end in "-ы" ("Мусы").
  const declined = nameKind(bare).given || (fathers && given.endsWith('а'));
  return declined ? [bare, surname, ...more].join(' ') : name;
}

// An academic or professional title written short, which only a name follows: "Prof.", "Doç.",
// "Dr.", "Av." (a lawyer), "Sn." (Sayın), the Czech and Slovak "Ing." (an engineer) and "Mgr.",
// and a physician's or a lecturer's ("Op.", "Uzm.", "Öğr. Gör.").
const TR_SHORT_HONORIFIC = String.raw`(?:Prof|Doç|Dr|Av|Sn|Ing|Mgr|${TURKISH_SHORT_TITLES})\.`;
const HONORIFIC_BEFORE_RUN = new RegExp(String.raw`(?<![\p{L}])${TR_SHORT_HONORIFIC}\s*$`, 'u');
// A run that opens with such a title, or with an office's bare word before a name ("Büyükelçi A
// B", "Müdür A B"), names a person.
const PERSON_HEADING = new RegExp(
  String.raw`^(?:${TR_SHORT_HONORIFIC}|(?:Büyükelçi|Bakan|Başkan|Müdür|Direktör|Rektör|Dekan|Vali|Konsolos)\s+\p{Lu}\p{Ll}+\s+\p{Lu})`,
  'u',
);

// An office in small letters right before a run of capitalised words: "müdürü ", "imamı ".
const TR_SMALL_OFFICE_BEFORE_RUN =
  /(?<![\p{L}])(?:müdürü|başkanı|direktörü|sekreteri|rektörü|dekanı|başhekimi|yardımcısı|imamı|müftüsü|muhtarı|öğretmeni|rehberi|sorumlusu|temsilcisi|koordinatörü|küratörü|reisi|ağsakalı)\s+$/u;

/**
 * Whether a Turkish run is the first half of a title joined by "ve": "Yüksek Teknoloji ve
 * Ulaştırma Bakanı Reşat Nebiyev" – the run after the conjunction holds a title word. Runs of no
 * given name may stand before it, joined by commas: "Yüksek Eğitim, Bilim ve İnovasyon Bakanı".
 */
function joinsTitle(phrase: string, run: RegExpExecArray, following: readonly RegExpExecArray[]) {
  let last = run;
  for (const next of following.slice(0, 5)) {
    // A case ending ends a noun phrase ("Ali Kaya'yı ve …"): no title goes on after it.
    if (/['’]\p{L}+$/u.test(last[0])) return false;
    const between = phrase.slice(last.index + last[0].length, next.index);
    if (/^,\s+$/u.test(between) && !last[0].split(/\s+/).some((w) => nameKind(w).given)) {
      last = next;
      continue;
    }
    if (!/^\s+ve\s+$/u.test(between)) return false;
    // An academic title or a bare office before the run or after "ve" stands before a person's
    // name, never inside a title: "Doç. Dr. A B ve Dr. C D'yle", "A B ve Büyükelçi C D ile".
    if (HONORIFIC_BEFORE_RUN.test(phrase.slice(0, run.index))) return false;
    if (PERSON_HEADING.test(phrase.slice(next.index))) return false;
    // So does an office in small letters before the run: "tiyatronun müdürü A B ve X Merkezi
    // Başkanı C D ile".
    if (TR_SMALL_OFFICE_BEFORE_RUN.test(phrase.slice(0, run.index))) return false;
    // A city's name that ends a name as its surname is no title's word: "A B ve Rita Lima".
    return next[0]
      .split(/\s+/)
      .some((w, k, all) => isVocabulary(w) && countryCode(w) === null && !citySurname(all, k));
  }
  return false;
}

// The capitalised words that end a Turkish phrase, joined by commas or "ve": its title
// ("Yatırım, Sanayi ve Ticaret Bakanı"); a word with a case suffix ("Taşkent'te") is none of it,
// an Arabic compound joined by "'l-" is ("Reisü'l-Uleması").
// A body's short name in brackets may stand inside it: "Ulusal Su Kurumu (USK) Başkanı"; so may
// its name in its own language, short or in full: "Ticaret Ajansı (ApexBrasil) Başkanı", "Bilimler
// Derneği (Societas Scientiarum Islandica) Başkanı".
// An office written by its capitals takes its possessive after an apostrophe: "Bankası CEO'su".
// The office's name in its own language or its remit may follow it in brackets, in words, not
// capitals: "Bölge Yöneticisi (Bupati)", "Başkan Yardımcısı (Gençlikten Sorumlu)", one word in
// small letters too: "Belediye Başkanı (kaupunginjohtaja)"; but not where a photo shows him:
// "(sağda)".
const OWN_NAME_BRACKETED = String.raw`\(\p{Lu}[\p{L}\d-]*(?:\s+(?:\p{Lu}[\p{L}\d'’-]*|\p{Ll}{1,3}))*\)`;
const OFFICE_BRACKETED = String.raw`\s+\((?:\p{Lu}\p{Ll}[\p{L}-]*(?:\s+\p{Lu}\p{Ll}[\p{L}-]*){0,2}|(?!(?:sağ|sol|orta)(?:da|dan)?\))\p{Ll}{4,}[\p{L}-]*)\)`;
// A body's own name in quotation marks inside a title: "X Örgütü \"Şalom\" Başkanı A B".
const BODY_NAME_QUOTED = String.raw`["“«]\p{Lu}[^"”»]{0,40}["”»]`;
const TURKISH_TITLE = new RegExp(
  String.raw`(?:(?:\p{Lu}(?:[\p{L}.-]|['’](?=l-))*|${OWN_NAME_BRACKETED}|${BODY_NAME_QUOTED})(?:,\s+|\s+ve\s+|\s+))*(?:\p{Lu}(?:[\p{L}.-]|['’](?=l-))*|\p{Lu}{2,}['’]s?[ıiuü])(?:${OFFICE_BRACKETED})?$`,
  'u',
);
const OWN_NAME_INSIDE = new RegExp(String.raw`\s${OWN_NAME_BRACKETED}(?=\s)`, 'gu');

// A cleric's style set off by a comma after his title is no title: "Dini İdaresi Başkanı, Müftü
// Şeyh A B" is the board's "Başkan".
const TR_CLERIC_STYLE_SET_OFF =
  /(?<=\p{Ll}),\s+(?:Müftü|Şeyh|Hacı|Hafız)(?:\s+(?:Şeyh|Hacı|Hafız))*$/u;

const SHIA_RANK_LAST = new RegExp(`\\s+(?:${SHIA_RANK})(?:\\s+(?:Seyyid|Seyyide))?\\s*$`, 'u');

// An office written bare, with no possessive, as a subject is: "Genel Müdür", "Başkan".
const TR_BARE_OFFICE_END =
  /(?:^|\s)(?:Müdür|Başkan|Bakan|Büyükelçi|Vali|Rektör|Dekan|Direktör|Sekreter|Başkan Yardımcısı)$/u;

// A meeting's word in the locative, which opens a sentence on what was said or who was there:
// "Görüşmede", "Toplantılarda".
const TR_MEETING_LOCATIVE = /^(?:Toplantı|Görüşme|Buluşma)(?:lar|ler)?[dt][ae]$/u;

// A sentence adverb with no ending, which opens a sentence and never a title.
const TR_OPENING_ADVERB =
  /^(?:Dün|Bugün|Yarın|Ayrıca|Sonra|Ancak|Yine|Keza|Böylece|Nitekim|Bilahare)\s+(?=\p{Lu})/u;

/**
 * A word that ends like a Turkish locative but is a place's name: a city the gazetteer knows, or
 * one written with letters Turkish has not ("Klaipėda"), which no Turkish common noun is.
 */
function foreignPlaceWord(word: string): boolean {
  return (
    cityCountry(word) !== null || !/^[a-pr-vyzçğıöşüâîû]+$/u.test(word.toLocaleLowerCase('tr'))
  );
}

// A body's noun in the possessive, the head of a compound whose owner must stand before it:
// "Üniversitesi", "Enstitüsü", "Belediyesi", "Derneği". A word like a locative before it is that
// owner, a place's name ("Granada Üniversitesi Rektörü"), no sentence's opening.
const BODY_HEAD_OPENING = /^\p{Lu}\p{Ll}+(?:s[ıiuü]|ğ[ıiuü])(?=\s)/u;

/**
 * Whether a word that ends like a Turkish locative breaks vowel harmony after a vowel, as no
 * Turkish noun does: "Nakade" (a town) is no "Naka" in the locative, which would be "Nakada". So
 * does a "t" after a vowel or a voiced consonant, where the locative is written with "d": "Korata"
 * (a town) is no "Kora" in the locative, which would be "Korada".
 */
function unharmonicLocative(word: string): boolean {
  const lower = word.toLocaleLowerCase('tr');
  if (VOICED_THEN_TA.test(lower)) return true;
  const m = /([aeıioöuü])[dt]([ae])$/u.exec(lower);
  if (!m?.[1] || !m[2]) return false;
  return /[aıou]/u.test(m[1]) !== (m[2] === 'a');
}
const VOICED_THEN_TA = /\p{L}[aeıioöuübcdgğjlmnrvyz]t[ae]$/u;

// A body's noun, in the possessive after the name it takes, opening what follows a word: no common
// noun in the locative stands right before it, but the body's own name does.
const TR_BODY_AFTER_NAME =
  /^(?:Üniversitesi|Enstitüsü|Akademisi|Belediyesi|Müzesi|Kütüphanesi|Hastanesi|Fakültesi)\s/u;

// The first words of a place's name and the Romance particle inside it, before the rest of a
// title: "Rio de " of "Rio de Janeiro Federal Üniversitesi Rektörü".
const PLACE_PARTICLE_BEFORE =
  /(?<![\p{L}'’.-])(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*\s+(de|da|do|dos|das|del|di)\s+$/u;

// An office alone, after small words or none, then a comma: the sentence's subject, the visitor
// so named, and not the title of the name after the comma, which Turkish sets before the name
// with no comma: "… evine konuk olan Başkan, A B ve eşi C'den …".
const TR_BARE_SUBJECT_BEFORE =
  /(?:^\s*|\s\p{Ll}[^\s,]*\s+)(?:Müdür|Başkan|Bakan|Büyükelçi|Vali|Rektör|Dekan|Direktör|Sekreter|Başkan Yardımcısı),\s*$/u;

// "Former" in small letters right before a title is the title's: "eski Ekonomi Bakanı".
const FORMER_BEFORE = /(?:^|\s)eski\s+$/u;

/** What stands before a Turkish name, down to its title: never the date, place or subject before. */
export function turkishTitle(written: string): string {
  const title = turkishTitleRead(written);
  return title && written.endsWith(title) && FORMER_BEFORE.test(written.slice(0, -title.length))
    ? `eski ${title}`
    : title;
}

// A seat in a parliament or a council, written in small letters after the body's capitalised name:
// "X Eyalet Meclisi milletvekili", in the plural before a list: "… milletvekilleri A ve B".
const TR_SMALL_SEAT_LAST = /(?<=\p{Lu}[\p{L}-]*\s+)milletvekil(?:i|leri)\s*$/u;

function turkishTitleRead(written: string): string {
  // The seat is read as the capitalised title is, and given back as it is written.
  const seat = TR_SMALL_SEAT_LAST.exec(written);
  if (seat) {
    const office = seat[0].trim();
    const capital = `M${office.slice(1)}`;
    const read = turkishTitleRead(`${written.slice(0, seat.index)}${capital}`);
    return read.endsWith(` ${capital}`) ? `${read.slice(0, -capital.length)}${office}` : read;
  }
  if (/[а-яё]/i.test(written)) return written;
  // A Shia cleric's rank, his descent's style after it, ends the words before his name and is no
  // part of his title, though a small word parts it: "Cuma İmamı Hüccetülislam ve'l-Müslimin
  // Seyyid A" is the "Cuma İmamı".
  const ranked = written.replace(SHIA_RANK_LAST, '');
  // The office's name in brackets in words the title does not take, in small letters or as a
  // phrase of its own language, is left out: "Belediye Başkanı (polgármester)", "Bakan Yardımcısı
  // (Assistant Minister for Veterans' Affairs)".
  const role = TURKISH_TITLE.test(ranked) ? ranked : ranked.replace(/\s*\([^()]*\)\s*$/u, '');
  // No capitalised words end the words before the name: a place in the locative ("Lima'da") or
  // a clause ("… toplantısına") holds no title.
  const matched = TURKISH_TITLE.exec(role)?.[0] ?? '';
  // A place whose name a Romance particle joins opens the title whole: "Rio de Janeiro Federal
  // Üniversitesi Rektörü", "Porto do Norte Belediye Başkanı". Turkish "de" (also) follows the
  // vowels of the word before it; one that breaks that harmony, or "do", "del", is the particle.
  const particled = matched ? PLACE_PARTICLE_BEFORE.exec(role.slice(0, -matched.length)) : null;
  const placeJoined =
    particled && (!/^d[ae]$/u.test(particled[2] ?? '') || OUT_OF_HARMONY.test(particled[0]))
      ? `${particled[0]}${matched}`
      : matched;
  const whole = placeJoined.replace(OWN_NAME_INSIDE, '').replace(TR_CLERIC_STYLE_SET_OFF, '');
  // An office written in small letters after its body in the genitive is that body's: "Filibe
  // Ticaret ve Sanayi Odası'nın başkanı" is the "başkanı" of the chamber. A cleric's style after
  // it is no title: "Kilisesi'nin rahibi Peder".
  const small =
    whole === '' || TR_STYLE_BEFORE_NAME.test(whole) ? SMALL_OFFICE_AFTER_OWNER.exec(role) : null;
  if (small?.[1] && small[2] && !countryNamed(small[1]) && !cityCountry(small[1]))
    return `${small[1]} ${small[2]}`;
  // An office in small letters, the small nouns of where it is held before it, a language's name
  // at most, after a comma or "ve" or alone: "köy muhtarı", "Tumbukaca pazar okulu öğretmeni".
  const smallOffice = whole === '' ? TR_SMALL_OFFICE_BEFORE_NAME.exec(role)?.[1] : undefined;
  if (smallOffice) return smallOffice;
  // The subject's surname before a comma and a country opens the clause, not the title: "Kaya,
  // Peru Tarım Bakanı".
  const subject = /^(\p{Lu}\p{Ll}+),\s+(\p{Lu}[\p{L}-]*)/u.exec(whole);
  // Parts of a title joined by commas end with "ve" before the last ("Eğitim, Bilim ve Teknoloji
  // Bakanı"); with none after the last comma, the words before it are a clause's subject: "… ziyaret
  // eden Kaya, Tiran Üniversitesi Rektörü".
  const lastComma = whole.lastIndexOf(',');
  // The visitor named by his bare office before a comma is the clause's subject too: "… geçen
  // Genel Müdür, Irak Maliye ve Ekonomi Bakanı".
  const bareSubject = TR_BARE_OFFICE_END.test(whole.slice(0, Math.max(lastComma, 0)));
  const title =
    subject?.[1] && subject[2] && !isVocabulary(subject[1]) && countryNamed(subject[2])
      ? whole.slice(subject[1].length + 1).trimStart()
      : lastComma >= 0 && (bareSubject || !/\sve\s/u.test(whole.slice(lastComma)))
        ? whole.slice(lastComma + 1).trimStart()
        : whole;
  // A common noun in the locative opens the sentence, not the title: "Kabulde", "Görüşmede". A
  // proper name takes its case ending after an apostrophe ("Bakü'de"); a country may end so
  // ("Kanada").
  // So does one in the ablative after its possessive: "Ardından" (a name may end so: "Fudan").
  // After a comma such a word opens no sentence: it is a place's name, "heyet, Velda Tarvo Wali
  // Kotası", unless it is a meeting's word.
  const afterComma = /,\s*$/u.test(role.slice(0, role.length - title.length));
  const opening = /^(\p{Lu}\p{Ll}+(?:[dt][ae]|n[dt][ae]n))\s+(?=\p{Lu})/u.exec(title);
  const opensSentence =
    !afterComma || (opening?.[1] !== undefined && TR_MEETING_LOCATIVE.test(opening[1]));
  // So does a sentence adverb that takes no ending: "Dün", "Bugün", "Ayrıca", "Sonra".
  const adverb = TR_OPENING_ADVERB.exec(title);
  // So does a body in the locative, where the meeting took place, before a title that names the
  // body again: "Adalet Bakanlığında Adalet Bakan Yardımcısı" is the "Adalet Bakan Yardımcısı".
  const venue = TR_BODY_LOCATIVE.exec(title);
  // A city's name may end so too, before the body it names: "Granada Üniversitesi Rektörü".
  const namesBody = TR_BODY_AFTER_NAME.test(title.slice(opening?.[0].length ?? 0));
  const held =
    opening?.[1] &&
    opensSentence &&
    (!isVocabulary(opening[1]) || TR_MEETING_LOCATIVE.test(opening[1])) &&
    !foreignPlaceWord(opening[1]) &&
    !namesBody &&
    !unharmonicLocative(opening[1]) &&
    !BODY_HEAD_OPENING.test(title.slice(opening[0].length))
      ? title.slice(opening[0].length)
      : adverb
        ? title.slice(adverb[0].length)
        : venue && title.slice(venue[0].length).startsWith(`${title.split(' ')[0]} `)
          ? title.slice(venue[0].length)
          : title;
  // An office alone after a body in the genitive is that body's: "Tav-Ken Samruk'un Genel Müdürü",
  // "… Ajansı'nın CEO'su" are the "… Genel Müdürü" of the body. Not a place's ("Kazakistan'ın
  // Ankara Büyükelçisi"), nor a person's before a title of a body ("Kaya'nın Gana Tarım Bakanı").
  // The office's field between is the title's: "X Kurumu'nun göçten sorumlu Başkan Yardımcısı".
  const owner = OWNER_BEFORE.exec(role.slice(0, role.length - whole.length));
  // A sentence adverb before the body is none of its name: "Ardından A B'nin Genel Müdürü".
  const ownerWords = owner?.[1] ?? '';
  const ownerAdverb =
    /^(\p{Lu}\p{Ll}+(?:[dt][ae]|n[dt][ae]n))\s+(?=\p{Lu})/u.exec(ownerWords) ??
    TR_OPENING_ADVERB.exec(ownerWords);
  const body =
    ownerAdverb && !isVocabulary(ownerAdverb[0].trim()) && !countryNamed(ownerAdverb[0].trim())
      ? ownerWords.slice(ownerAdverb[0].length)
      : ownerWords;
  // The body's short name or its name in its own language may stand in brackets between it and
  // the office: "Dünya X Örgütü'nün (UN X) Genel Sekreter Yardımcısı" is the "Genel Sekreter
  // Yardımcısı" of the organisation.
  const office = held.replace(BRACKETED_FIRST, '');
  return owner &&
    held === whole &&
    OFFICE_ALONE.test(office) &&
    !countryNamed(body) &&
    !cityCountry(body)
    ? `${body} ${owner[2] ?? ''}${office}`
    : held;
}

// A body in the genitive, its words capitalised or "ve", and an office in small letters after it,
// with nothing more before the name than a cleric's style: "Ticaret ve Sanayi Odası'nın
// başkanı ", "Aziz X Kilisesi'nin rahibi Peder ".
const SMALL_OFFICE = String.raw`(?:genel\s+|yönetim\s+kurulu\s+)?(?:başkanı|müdürü|direktörü|sekreteri|rektörü|dekanı|(?:başkan|müdür)\s+yardımcısı|(?:baş)?imamı|müftüsü|hatibi|rahibi)`;
const SMALL_OFFICE_AFTER_OWNER = new RegExp(
  String.raw`(?<![\p{L}'’-])((?:\p{Lu}[\p{L}-]*\s+(?:ve\s+)?){0,6}\p{Lu}[\p{L}-]*)['’]n?[ıiuü]n\s+(${SMALL_OFFICE})(?:\s+(?:${TURKISH_STYLE_BEFORE_NAME}))?\s*$`,
  'u',
);
// The same office, a style at most and a capitalised name after it, following a run in the
// genitive: the run is the office's body, no one's name.
const SMALL_OFFICE_AND_NAME_AFTER = new RegExp(
  String.raw`^\s+${SMALL_OFFICE}\s+(?:(?:${TURKISH_STYLE_BEFORE_NAME})\s+)?\p{Lu}`,
  'u',
);
// An office in small letters, opening the words before the name or after a comma, "ve", "ile" or
// a place in the locative: a village's headman, a school's teacher, a mosque's imam, a place's
// guide ("X'te köy idaresi başkanı A B"); a tribe's or a nomad camp's chief or elder, the tribe's
// or camp's name first, after any small words ("X aşiretinin reisi A B", "kışlağa inen X obasının
// ağsakalı A B").
const TR_SMALL_OFFICE_BEFORE_NAME =
  /(?:^|[,;:]\s+|\s(?:ve|ile)\s+|\p{Lu}[\p{L}-]*['’][dt][ae]\s+|(?<=\s)(?=\p{Lu}\p{Ll}+\s+\p{Ll}+[ıiuü]n\s+(?:reisi|ağsakalı)\s*$))((?:\p{Lu}\p{Ll}+[cç][ae]\s+|\p{Lu}\p{Ll}+\s+(?=\p{Ll}+[ıiuü]n\s+(?:reisi|ağsakalı)\s*$))?(?:\p{Ll}+\s+){0,3}(?:öğretmeni|muhtarı|imamı|müftüsü|rehberi|sorumlusu|temsilcisi|koordinatörü|küratörü|müdürü|başkanı|reisi|ağsakalı))\s*$/u;
// An office alone after its owner in the genitive, and a name after it, set off by a comma at
// most; the owner's name in its own language or short may stand in brackets between: "Örgütü'nün
// (UN X) Genel Sekreter Yardımcısı, A B".
const OFFICE_AFTER_OWNER = new RegExp(
  String.raw`^(?:\s+${OWN_NAME_BRACKETED})?\s+(?:(?:Genel|Yönetim\s+Kurulu|İcra)\s+)?(?:Müdürü|Başkanı|Direktörü|Sekreteri|Rektörü|Dekanı|Üyesi|(?:Başkan|Müdür|Sekreter)\s+Yardımcısı|\p{Lu}{2,}['’]s?[ıiuü]),?\s+\p{Lu}`,
  'u',
);
// A body in the genitive after an apostrophe, right before a title: "Tav-Ken Samruk'un "; the
// office's field in small words may stand between, "responsible for" it: "X Teşkilatı'nın insani
// işlerden sorumlu ".
const OWNER_BEFORE =
  /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}-]*\s+){0,5}\p{Lu}[\p{L}-]*)['’]n?[ıiuü]n\s+((?:\p{Ll}+\s+){1,4}sorumlu\s+)?$/u;
const BRACKETED_FIRST = new RegExp(String.raw`^${OWN_NAME_BRACKETED}\s+`, 'u');
// An office's words with no body nor country in them: "Genel Müdürü", "Yönetim Kurulu Üyesi",
// "Genel Sekreter Yardımcısı".
const OFFICE_ALONE =
  /^(?:(?:Genel|Yönetim|İcra|Kurulu|Başkan|Müdür|Sekreter)\s+)*(?:Başkanı|Müdürü|Direktörü|Sekreteri|Rektörü|Dekanı|Yardımcısı|Üyesi|\p{Lu}{2,}['’]s?[ıiuü])$/u;

// A Turkish title is a compound whose head takes the possessive ("Cumhuriyeti Raisi", "Devlet
// Müşaviri", "Halkının Milli Lideri"); a word in the genitive ("Halkının") opens one.
const POSSESSIVE = /(?:[ıiuü]|s[ıiuü])$/u;
const GENITIVE = /(?:[ıiuü]n[ıiuü]n|[aeıioöuü]n[ıiuü]n)$/u;
// The words for a person's office: after one of them the name follows, not more of the title.
const OFFICE =
  /^(?:bakan|başkan|cumhurbaşkan|başbakan|sekreter|büyükelçi|müdür|direktör|rektör|vali|yardımcı|vekil|sayın|şeyh|müsteşar|konsolos|nazır|muhtar|alkalo|şef(?:i|leri)?$|başhekim|müftü|imam|başimam)/u;

/**
 * Where a Turkish run's title ends by its grammar, for titles the vocabulary does not know: the
 * first possessive word after a genitive, or a possessive word right after a body's or country's
 * word ("Cumhuriyeti", "Devlet") with a name of two words or more still after it. 0 when none.
 */
function turkishTitleEnd(words: readonly string[]): number {
  if (words.some((w) => /[а-яё]/iu.test(w))) return 0;
  const bare = words.map((w) => w.replace(/['’]\p{L}*$/u, '').toLocaleLowerCase('tr'));
  let end = 0;
  const genitive = bare.findIndex((w, i) => i < bare.length - 1 && GENITIVE.test(w));
  if (genitive >= 0) {
    const head = bare.findIndex((w, i) => i > genitive && POSSESSIVE.test(w));
    if (head > 0) end = head + 1;
  }
  for (let i = Math.max(1, end); i < bare.length - 2; i += 1) {
    const before = words[i - 1] ?? '';
    // A word after a courtesy style, or before "bin" or "binti", is a given name, however it ends:
    // "Datuk Noraini binti A B". So is one after a military rank: "Komutanı Korgeneral Abdi A B",
    // "Tümamiral Hedi A B".
    if (
      POSSESSIVE.test(bare[i] ?? '') &&
      isVocabulary(before) &&
      !OFFICE.test(bare[i - 1] ?? '') &&
      !MALAY_STYLE.test(before) &&
      !ARAB_STYLE.test(before) &&
      !TURKISH_RANK_WORD.test(before) &&
      !nameParticle(words[i + 1] ?? '')
    )
      end = i + 1;
  }
  return end;
}

function part(m: RegExpExecArray, from: number, to: number): RegExpExecArray {
  const text = m[0].slice(from, to);
  return Object.assign([text] as [string], { index: m.index + from, input: m.input });
}

/**
 * A Turkish case ending after an apostrophe ends a noun phrase, and so a name: a run is read in
 * parts that end there ("Mart'ta Fes'e" is a month and a city, never one name). A part in the
 * locative or the ablative ("Addis Ababa'da", "… Selatan'daki") is where, or whence, not whom.
 */
// The locative and the ablative, after a possessive too, and the locative made an adjective:
// "Addis Ababa'da", "Alanı'nda", "Tangerang Selatan'daki".
export const LOCATIVE = /['’]n?[dt][ae](?:n|ki)?$/u;

// What Turkish writes after an apostrophe at a proper name's end: a case ending ("'nın", "'yı",
// "'ya", "'da", "'dan", "'yla"), "-ki" after one, the possessive after capitals ("CEO'su"), the
// plural, the copula ("'dır") or the equative ("'ca"). Other small letters after an apostrophe
// are of the word itself: "Ulug'bek", "o'g'li", "Et'hem", "Kur'an".
const TURKISH_SUFFIX =
  /^(?:[yn]?[ıiuü]n?(?:ki)?|n[ıiuü]n(?:ki)?|[yn]?[ae]|n?[dt][ae](?:n|ki(?:l[ae]r\p{Ll}*)?)?|y?l[ae]|s[ıiuü](?:n?[ıiuü]n|n[ae]|n[ıiuü]|n[dt][ae]n?|yl[ae])?|l[ae]r\p{Ll}*|[dt][ıiuü]r|[cç][ae]|y(?:d[ıiuü]|m[ıiuü]ş|ken)\p{Ll}*)$/u;

function casedParts(m: RegExpExecArray): RegExpExecArray[] {
  const parts: RegExpExecArray[] = [];
  // The run's last word too: "Kuala Lumpur'da" alone is where, not whom.
  const ending = /(?:\p{L}|\p{Lu}\.)['’](\p{Ll}+)(?=\s|$)/gu;
  let from = 0;
  for (const e of m[0].matchAll(ending)) {
    if (!TURKISH_SUFFIX.test(e[1] ?? '')) continue;
    const to = e.index + e[0].length;
    if (!LOCATIVE.test(e[0])) parts.push(part(m, from, to));
    from = to + (/^\s+/u.exec(m[0].slice(to))?.[0].length ?? 0);
  }
  if (from === 0) return [m];
  if (from < m[0].length) parts.push(part(m, from, m[0].length));
  return parts;
}

// A word in Latin letters followed, in the same run, by one in Cyrillic.
const LATIN_BEFORE_CYRILLIC = /^(?:.*\s)?[A-Za-z][^\s]*\s+(?=[А-ЯЁ])/su;

/**
 * Russian writes a name in Cyrillic, and a firm's in Latin letters as the firm does: Latin words
 * that open a run before Cyrillic ones are the firm's name, the person's begins after them
 * ("компании Catoca Жозе Мартинш", "Sonangol Жоаким Перейрой").
 */
function cyrillicTail(m: RegExpExecArray): RegExpExecArray[] {
  const latin = LATIN_BEFORE_CYRILLIC.exec(m[0]);
  return latin ? [part(m, latin[0].length, m[0].length)] : [m];
}

// A region's noun and its capitalised name, before a dash that its other name follows:
// "Республики Северная Осетия – Алания", "автономного округа – Югры".
const REGION_DASH =
  /(?<![\p{L}])(?:[Рр]еспублик|[Оо]бласт|[Оо]круг|[Кк]ра[йяюе]|[Кк]раем)\p{Ll}*(?:\s+\p{Lu}[\p{Ll}-]+){0,3}\s*[–—]\s*$/u;

/**
 * The word right after a region's dash ends its name, and the person's begins after it:
 * "министр … Республики Северная Осетия – Алания A B" names A B.
 */
function regionTail(m: RegExpExecArray, phrase: string): RegExpExecArray[] {
  if (!REGION_DASH.test(phrase.slice(0, m.index))) return [m];
  const first = /^\S+\s+/u.exec(m[0]);
  return first ? [part(m, first[0].length, m[0].length)] : [];
}

// A South Asian given name fused from two Arabic words, its article kept as "-ul" or "-ur", a
// name after it: "Rafiqul Alam", "Mujibur Rahman" (no Arab "bin", "Al" after it).
const FUSED_GIVEN = /^\p{Lu}\p{Ll}{2,}(?:ul|ur)$/u;
/**
 * "Sheikh" opening a Bengali name is part of it, no style: "Sheikh Mohammad Rafiqul Alam", a
 * name that holds a fused given name (FUSED_GIVEN) before another name.
 */
function sheikhOfBengaliName(words: readonly string[], at: number): boolean {
  if (!/^(?:Sheikh|Shaikh)$/u.test(words[at] ?? '')) return false;
  return words.some(
    (w, k) =>
      k > at &&
      FUSED_GIVEN.test(w) &&
      /^\p{Lu}\p{Ll}+$/u.test(words[k + 1] ?? '') &&
      !/^(?:Al|El|Bin|Bint)$/u.test(words[k + 1] ?? ''),
  );
}

/**
 * A surname that opens like a word of a title, after a given name: "Пётр Главацкий", "Ali
 * Başkanoğlu" (its suffix is a surname's, the word before it a common given name). So is a
 * surname in "-ых"/"-их" that keeps its form in every case, after a given name or a patronymic:
 * "Ольга Главинских", "Ольга Сергеевна Главинских".
 */
function titleLikeSurname(words: readonly string[], at: number): boolean {
  const [given, surname] = [words[at - 1], words[at]];
  if (!given || !surname || isVocabulary(given)) return false;
  if (/^\p{Lu}\p{Ll}{3,}(?:ых|их)$/u.test(surname) && RU_PATRONYMIC.test(given)) return true;
  if (!surnameShape(surname) && !/^\p{Lu}\p{Ll}{3,}(?:ых|их)$/u.test(surname)) return false;
  return nameKind(given).given;
}

/**
 * Whether a city's name with no case ending ends the run as a surname, after the words of a name
 * that opens with a known given name or holds a name's particle: "Velmor Koleji Müdürü Aylin Lima
 * ile", "Rita dos Santos Lima tarafından". A place said after a person in Turkish takes its case
 * ending ("Lima'da").
 */
function citySurname(words: readonly string[], at: number): boolean {
  const word = words[at];
  if (at !== words.length - 1 || !word || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  if (cityCountry(word) === null || countryNamed(word)) return false;
  let from = at;
  while (from > 0 && !isVocabulary(words[from - 1] ?? '')) from -= 1;
  const name = words.slice(from, at);
  return (
    name.length > 0 && (nameKind(name[0] ?? '').given || name.slice(1).some((w) => nameParticle(w)))
  );
}

// A Turkish "also" follows the vowels of the word before it: "de" a front one ("Emre de"), "da"
// a back one ("Doğan da"). One that breaks that harmony is a name's particle: "Tiago Barros de
// Magalhães'in", "Rui Nunes da Silva'yla".
const OUT_OF_HARMONY =
  /(?:[aıouâáàãóôõú][^\P{L}aeıioöuüâáàãéèêíîóôõúû]*\s+de|[eiöüéèêíî][^\P{L}aeıioöuüâáàãéèêíîóôõúû]*\s+da)\s+$/u;

/**
 * Turkish "de" and "da" after a name mean "also"; between a given name alone and a capitalised word
 * that is neither a given name nor a title's or place's word they join a Dutch or French name:
 * "Pieter de Wit", "Anne de Rooij" ("Selim Doğan da …", "Selim de Bakan …" keep theirs). After a
 * name of two words or more they join a Portuguese one's surnames, which name no title, place or
 * given name: "João Carlos da Silva Prado", "Ana Luísa Ferreira da Costa ile"; a lone surname
 * after them that is someone's named in full is that other one, met by the one named ("Ali Veli
 * de Kaya'yla", "Ali Veli de Kaya ile" after "Ayşe Kaya"), and a town with its case ending is the
 * town ("Ali Veli de Lizbon'a geçti"). One that is no one else's is the name's last, its case
 * ending too: "Başkanı Rita Gomes da Serra'yı ziyaret etti".
 */
// A given name alone ends the words before "de": the run itself ("Pieter"), or the run's words
// after a title's ("Rekabet Kurulu Başkanı Claire").
// A double given name is one too: "Jean-Pierre de Wit".
const ONE_NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const givenAlone = (tail: readonly string[]): boolean =>
  tail.length === 1 && ONE_NAME_WORD.test(tail[0] ?? '') && nameKind(tail[0] ?? '').given;
// A French or Spanish article written large after "de" opens a surname, as Turkish "de" (also)
// never stands before one: "Claire de La Tour", "Ana de Los Ríos", after any one name's word.
const ARTICLE_SURNAME = /^(?:La|Le|Les|Los|Las)\s+\p{Lu}/u;
const articleSurname = (tail: readonly string[], next: string): boolean =>
  tail.length === 1 &&
  ONE_NAME_WORD.test(tail[0] ?? '') &&
  countryCode(tail[0] ?? '') === null &&
  ARTICLE_SURNAME.test(next);

// Capitalised words after "ve" that end in a title's or a body's word, small words after them:
// the words before "ve" are the first part of that title ("A B da Dil ve Edebiyat Fakültesi
// Dekanı olarak"), no Portuguese surname.
const TR_TITLE_AFTER_VE = /^\s+ve\s+(?:\p{Lu}[\p{L}-]*\s+)*(\p{Lu}[\p{L}-]*)(?=\s+\p{Ll})/u;
const firstPartOfTitle = (after: string): boolean =>
  isVocabulary(TR_TITLE_AFTER_VE.exec(after)?.[1] ?? '');

function joinedByDe(
  runs: RegExpExecArray[],
  phrase: string,
  named: readonly string[],
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const run of runs) {
    const prev = out.at(-1);
    const between = prev ? phrase.slice(prev.index + prev[0].length, run.index) : '';
    const nextWords = run[0].split(/\s+/);
    const next = nextWords[0] ?? '';
    const bare = withoutCaseEnding(next);
    const prevWords = prev ? prev[0].split(/\s+/) : [];
    const tail = prevWords.slice(prevWords.findLastIndex((w) => isVocabulary(w)) + 1);
    const surnames =
      tail.length >= 2 &&
      tail.every((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w) && countryCode(w) === null) &&
      nextWords.every((w) => !isVocabulary(w) && countryCode(withoutCaseEnding(w)) === null) &&
      (nextWords.length >= 2 ||
        OUT_OF_HARMONY.test(`${prev?.[0] ?? ''}${between}`) ||
        (!named.some((n) => n.endsWith(` ${bare}`) && !n.endsWith(`${between}${bare}`)) &&
          (bare === next || cityCountry(bare) === null)));
    if (
      prev &&
      /^\s+d[ae]\s+$/u.test(between) &&
      (surnames || givenAlone(tail) || articleSurname(tail, run[0])) &&
      !firstPartOfTitle(phrase.slice(run.index + run[0].length)) &&
      /^\p{Lu}\p{Ll}+/u.test(next) &&
      !nameKind(withoutCaseEnding(next)).given &&
      !isVocabulary(next)
    ) {
      const text = phrase.slice(prev.index, run.index + run[0].length);
      out[out.length - 1] = Object.assign([text] as [string], { index: prev.index, input: phrase });
      continue;
    }
    out.push(run);
  }
  return out;
}

// The word for one who has died, with the small words of a title after it.
const SPOKEN_OF = /(?<![\p{L}])(?:о|об|обо)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;

/**
 * Whether a name is of one spoken of, in the prepositional after «о», «об» and a few small words:
 * "вспоминали о старшем матросе Юрии Редькине", "говорили об академике Андрее Сахарове".
 */
export function spokenOf(before: string, words: readonly string[]): boolean {
  if (SPOKEN_OF.test(before) && words.some((w) => /(?:[^оуыэю]е|ии)$/u.test(w))) return true;
  // A longer apposition, all in the prepositional: "об уроженце Бурятии, тибетологе и дипломате
  // A B", every word of the name so ended too.
  return (
    SPOKEN_OF_APPOSITION.test(before) &&
    words.length >= 2 &&
    words.every((w) => /(?:[^оуыэю]е|ии)$/u.test(w))
  );
}

// «о», «об» and an apposition of up to eight words, small ones or a place in the genitive, with
// commas and «и», no other preposition among them, its last noun in the prepositional.
const SPOKEN_OF_APPOSITION =
  /(?<![\p{L}])(?:о|об|обо)\s+(?:(?!(?:со?|к|у|для|при|по|на|в|во|за|из|от)\s)(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+[иыая]),?\s+){0,7}\p{Ll}+[^аеёиоуыэюя\s]е\s+$/u;
// A century in Roman numerals, the time of one named after it: "вождя XIX века", "XVII в.".
const PEN_NAME_BEFORE = /(?<![\p{L}])(?:псевдоним|прозвищ)\p{Ll}*\s*[–—:-]?\s*«?$/u;
const PAST_CENTURY = /(?<![\p{L}])[IVX]+\s+(?:века|в\.)\s*$/u;
// One who founded or built a place in a year or a century named, by whom it was done: "кладбища,
// основанного в 1771 году купцом A B", "храм, построенный в XVIII веке графом C D".
const FOUNDED_THEN =
  /(?<![\p{L}])(?:основан|построен|создан|возвед[её]н|воздвигнут|учрежд[её]н|заложен)\p{Ll}*\s+в\s+(?:\d{3,4}\s+(?:году|г\.)|[IVX]+\s+(?:веке|в\.))\s+(?:\p{Ll}+\s+){0,2}$/u;
// One named as dead, a title of up to two small words between: "merhum kral", «покойного короля».
const LATE = new RegExp(
  String.raw`(?<![\p{L}])(?:${DEAD_BEFORE_NAME})\s+(?:\p{Ll}+\s+){0,2}$`,
  'u',
);
// The noun of a building named by capitalised words before it, in small letters in the possessive
// and the locative: "A B sarayında", "C konağında", "D köşkünde", "E kasrında", "F malikanesinde".
const TR_BUILDING_AFTER =
  /^\s+(?:sarayı|konağı|köşkü|kasrı|malikanesi|yalısı)n[dt][ae](?:ki)?(?![\p{L}])/u;
const DATE_MONTH = new RegExp(`^${MONTH}$`, 'iu');
const WEEKDAY_NAME =
  /^(?:Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar|Понедельник|Вторник|Среда|Четверг|Пятница|Суббота|Воскресенье)$/u;

/**
 * A name's word less the Turkish case ending after its last apostrophe ("Kaya'nın" → "Kaya"). An
 * apostrophe inside the name is none: after one letter ("M'barek", "N'gom") or before a capital
 * ("Ou'Bouh", "Sid'Ahmed"); a case ending may follow it ("M'barek'le" → "M'barek"). Nor is one
 * before small letters that are no Turkish suffix, as Uzbek writes in Latin letters: "Ulug'bek",
 * "G'ayrat", "Ne'matov", "o'g'li" ("Ulug'bek'in" → "Ulug'bek").
 */
export function withoutCaseEnding(word: string): string {
  const [, stem, end] = /^(.*?(?:\p{L}|\p{Lu}\.))['’](\p{L}*)$/su.exec(word) ?? [];
  if (stem === undefined || end === undefined) return word;
  const inside =
    /^\p{L}$/u.test(stem) || /^\p{Lu}/u.test(end) || (end !== '' && !TURKISH_SUFFIX.test(end));
  return inside ? word : stem;
}

// A calling in its possessive, in small letters, before a capitalised name.
const TR_CALLING_AFTER =
  /^\s+(?:şair|yazar|ressam|besteci|düşünür|aydın|aydınlanmacı|bilgin|filozof|ozan|halk\s+ozan|destan\s+kahraman|kahraman|eğitimci|mimar|heykeltıraş|sanatçı|müzisyen|tarihçi|bilim\s+insan)s?[ıiuü]\s+\p{Lu}/u;

// A word of origin ("Velmorlu", "Porto Rikolu") that ends the run, then a calling in small letters.
const TR_ORIGIN_END = /(?<!\S)\p{Lu}\p{Ll}+l[ıiuü]$/u;
const TR_BARE_CALLING_AFTER =
  /^\s+(?:iş\s+(?:insanı|adamı|kadını)|işadamı|işkadını|yatırımcı|girişimci|sanayici|tüccar|armatör|hayırsever|yazar|şair|gazeteci|akademisyen|sanatçı|ressam|müzisyen|mimar)(?!\p{L})/u;

// A region's noun in the genitive after its adjective, a small adjective between them or none.
const REGION_NOUN_AFTER =
  /^\s+(?:автономн(?:ого|ой)\s+)?(?:края|округа|области|района|губернии)(?![\p{L}])/u;

/**
 * Whether a capitalised adjective in the genitive, the last of a run, opens a body's name that
 * small words of the same case go on with, so that the capitalised words before it are the body's
 * head and no name: "директором Управления Рижского свободного порта A B", "Комиссии Рижской
 * городской думы", "главой Озёрского Северо-Ненецкого муниципального района A B". A verb after
 * a genitive name is none of these: "по приглашению A Лапицкого состоится …", "… Лапицкого
 * прошла встреча". A name after «с» is in the instrumental, and a
 * woman's in "-ой" is followed by no adjectives of its case and a noun in the genitive.
 */
export function opensBodyName(word: string, following: string): boolean {
  // A region's adjective, of one word or joined by a hyphen, before «края», «округа», «области»
  // names the region: "народов Севера Озёрского края", "Думы Северо-Озёрского автономного округа".
  if (
    /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?:ого|ой|его)$/u.test(word) &&
    REGION_NOUN_AFTER.test(following)
  )
    return true;
  if (/^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?:ого|его)$/u.test(word))
    return /^\s+[а-яё]{3,}(?:ого|его|(?<![лс])[аы])(?![\p{L}])/u.test(following);
  return (
    /^[А-ЯЁ][а-яё]+[сц]кой$/u.test(word) &&
    /^(?:\s+[а-яё]{3,}(?:ой|ей)){1,3}\s+[а-яё]{3,}[ыи](?![\p{L}])/u.test(following)
  );
}

/**
 * The names in a phrase, each the words after the last vocabulary word of a capitalised run.
 * `named`: the names the release gives in full, which a surname alone after a title names again.
 */
// The words that tell a name in brackets as its spelling in another language: "(Yunanca resmi
// yazımıyla A B)", "(spelt A B in Greek)", «(в греческом написании A B)»; or as the form papers
// give: "(resmî belgelerde A B)", "(resmi kayıtlarda A B)", "(pasaportunda A B)".
const SPELT_AS = String.raw`[^()]{0,40}?(?:yazımıyla|yazılışıyla|okunuşuyla|belgelerde|kayıtlarda|pasaportunda|spelt|spelled|transliterated|написании)\s*:?\s+`;
const NAMED_BEFORE_BRACKET = new RegExp(
  String.raw`(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+)\s*\((?:[^()\p{Lu}]*[–—:-]\s*|${SPELT_AS})?$`,
  'u',
);

/**
 * A name in Latin letters in brackets right after a name in Cyrillic is the same person's, spelt
 * in the own language: "Анна Петровна Ларина (по-вепсски – Anna Larina)". So is one in Cyrillic
 * letters Russian does not use, Belarusian, Ukrainian or Kazakh: "Алесь Иванович A (Алесь
 * Іванавіч A)"; and one in Cyrillic after a name in Latin letters, as a Macedonian's or a
 * Serb's is written at home: "Belediye Başkanı A B (А Б)"; or in Greek letters, a Greek's:
 * "Belediye Başkanı A B (Α Β)"; or in the own language's Latin spelling: "A B (Yunanca resmi
 * yazımıyla A C)".
 */
export function ownSpelling(run: string, before: string, after: string): boolean {
  const named = NAMED_BEFORE_BRACKET.exec(before);
  const latin = (words: string) => /^[\p{Script=Latin}\s'’.-]+$/u.test(words);
  const written = /^[\p{Script=Cyrillic}\p{Script=Greek}\s'’.-]+$/u;
  return (
    (latin(run) ||
      /[^\P{Script=Cyrillic}а-яёА-ЯЁ]/u.test(run) ||
      (written.test(run) && latin(named?.[1] ?? ''))) &&
    named !== null &&
    /^\s*\)/u.test(after)
  );
}

// The fields of a Turkish title after its first, each a single word, the last after "ve" and
// before the title's head: ", Çocuk, Gençlik ve Entegrasyon Bakanı".
const TR_TITLE_FIELDS_AFTER =
  /^((?:,\s+\p{Lu}[\p{L}-]*)+)\s+ve\s+\p{Lu}[\p{L}-]*\s+(?:\p{Lu}[\p{L}-]*\s+)?(\p{Lu}\p{Ll}+)(?![\p{L}.])/u;

/**
 * Whether the words after capitalised words go on with a title's fields, none of them a given
 * name, so that those words (`run`), with no given name the lists know and their last no name
 * they know, are the title's first field: "Eyaleti Aile, Spor ve Entegrasyon
 * Bakanı A B".
 */
export function trTitleFieldsAfter(rest: string, run: string): boolean {
  const words = run.split(/\s+/u).map(withoutCaseEnding);
  const kind = nameKind(words.at(-1) ?? '');
  if (kind.given || kind.family || words.some((w) => nameKind(w).given)) return false;
  const fields = TR_TITLE_FIELDS_AFTER.exec(rest);
  if (!fields?.[1] || !fields[2]) return false;
  const head = fields[2];
  return (
    isVocabulary(head) &&
    !HONORIFIC.test(head) &&
    countryCode(head) === null &&
    cityCountry(head) === null &&
    fields[1]
      .split(/,\s+/u)
      .filter(Boolean)
      .every((w) => !nameKind(w).given)
  );
}

// A Turkish noun in the accusative, no apostrophe before its ending: "Protokolü", "Belgeyi".
const TR_ACCUSATIVE_NOUN = /^\p{Lu}\p{Ll}+(?:[^\P{L}aeıioöuü]|[aeıioöuü]y)[ıiuü]$/u;

/**
 * Whether the first of two words opening a sentence is a Turkish noun in the accusative, the
 * second the surname of one `named` in full under another given name: "Belgeyi Kaya" after
 * "Ayşe Kaya".
 */
function trOpeningObject(words: readonly string[], named: readonly string[]): boolean {
  const [first = '', second = ''] = words;
  const surname = withoutCaseEnding(second);
  return (
    TR_ACCUSATIVE_NOUN.test(first) &&
    !nameKind(first).given &&
    named.some((n) => n.endsWith(` ${surname}`) && !n.startsWith(`${first} `))
  );
}

export function foreignNames(phrase: string, named: readonly string[] = []): NameMention[] {
  const out: NameMention[] = [];
  let last = 0;
  let groupBody: string | undefined;
  let groupTitle: string | undefined;
  // Which of the names after a title in the plural this one is, counting from naught.
  let groupAt = 0;
  const runs = joinedByDe(
    [...phrase.matchAll(RUN)]
      .flatMap(casedParts)
      .flatMap(cyrillicTail)
      .flatMap((m) => regionTail(m, phrase)),
    phrase,
    named,
  );
  for (const [i, m] of runs.entries()) {
    // A body or place named after a person ("Университет имени Сакена Сейфуллина", "мечеть
    // Хазрет Султан") names no one met; after "имени" the genitive name is left out, and a name
    // in the instrumental after it is still read ("… имени Льва Гумилёва Ерболом Тулеповым").
    const before = phrase.slice(0, m.index);
    if (namesPlace(before, m[0])) continue;
    if (TR_HOME_BEFORE.test(before)) continue;
    // So is a building or a centre named by its capitalised noun and a name in the genitive ("от
    // Центра Ивана Петрова", "в зале Дома Писателей").
    if (namedBuilding(m[0], before)) continue;
    // One named as dead is no one met: "merhum Kral A B", «покойного короля A B».
    if (LATE.test(before)) continue;
    // So is one of a past century, named after it: «дом вождя XIX века A B».
    if (PAST_CENTURY.test(before) || FOUNDED_THEN.test(before)) continue;
    // A pen name or a nickname is the name just read, told again: «(литературный псевдоним – A
    // B)», «по прозвищу A».
    if (PEN_NAME_BEFORE.test(before)) continue;
    // One spoken of, in the prepositional after «о», «об», is no one met: "вспоминали о старшем
    // матросе Юрии Редькине", "рассказал об академике Иване Петрове".
    if (spokenOf(before, m[0].split(/\s+/u))) continue;
    // A body in the genitive before its office and the office holder's name is the office's
    // owner, no one met: "Tav-Ken Samruk'un Genel Müdürü A B".
    // So is one before an office in small letters: "Aziz X Kilisesi'nin rahibi Peder A B", "Y
    // Camii'nin imamı C D", though its first words may read as a given name.
    if (
      /['’]n?[ıiuü]n$/u.test(m[0]) &&
      (OFFICE_AFTER_OWNER.test(phrase.slice(m.index + m[0].length)) ||
        SMALL_OFFICE_AND_NAME_AFTER.test(phrase.slice(m.index + m[0].length)))
    )
      continue;
    // Capitalised words before a company's legal form are its name: "Kıyı Gemi Taşıma AŞ",
    // "Андская Руда ООО".
    if (LEGAL_FORM.test(phrase.slice(m.index + m[0].length))) continue;
    // A region's name may go on after a dash: "Республики Северная Осетия – Алания", "автономного
    // округа – Югры". The capitalised words before the dash are the region's, no one's name.
    if (
      REGION_BEFORE_DASH.test(`${before}${m[0]}`) &&
      /^\s*[–—]\s*\p{Lu}/u.test(phrase.slice(m.index + m[0].length))
    )
      continue;
    // So are those before a short name in brackets: "Kuzey Kereste Ofisi (KKO) Genel Müdürü A",
    // one with a digit or small letters among its capitals too: "(H2A)", "(AdlC)", "(CoR)".
    if (
      /^\s*\(\p{Lu}(?=[\p{L}\d-]*[\p{Lu}\d])[\p{L}\d-]+\)/u.test(
        phrase.slice(m.index + m[0].length),
      )
    )
      continue;
    // Capitalised words before a calling in small letters and a name are that person's people
    // or land, no name: "Kırım Tatar şairi A B", "Gagavuz Türk yazarı A B".
    if (TR_CALLING_AFTER.test(phrase.slice(m.index + m[0].length))) continue;
    // So are those before the noun of a building in small letters, in the possessive and the
    // locative: "tarihi A B sarayında kabul edildi" names a palace, "C D köşkünde" a mansion. A
    // name with a case ending of its own is someone's, the building his: "A B'yi sarayında".
    if (!/['’]\p{Ll}+$/u.test(m[0]) && TR_BUILDING_AFTER.test(phrase.slice(m.index + m[0].length)))
      continue;
    // So are those whose last word tells where one is from, a calling in small letters after it:
    // "Velmorlu iş insanı A B", "Porto Rikolu yazar A B" name a land, not a person.
    if (TR_ORIGIN_END.test(m[0]) && TR_BARE_CALLING_AFTER.test(phrase.slice(m.index + m[0].length)))
      continue;
    // Those whose last is in the plural, "among" after them, are a people's name: "Sarı Uygurlar
    // arasında"; never one of two people between whom something stands: "A ile B arasında".
    if (
      /l[ae]r$/u.test(m[0]) &&
      /^\s+arasında(?:ki)?(?!\p{L})/u.test(phrase.slice(m.index + m[0].length)) &&
      !/(?:^|\s)(?:ile|ve|и|and)\s+$|,\s*$/u.test(before)
    )
      continue;
    // So are those joined by "&": "Andes Mining & Oil".
    if (/^\s*&\s*\p{Lu}/u.test(phrase.slice(m.index + m[0].length))) continue;
    // A name wholly in quotation marks is a ship's, a company's or a work's: "судно «A B»".
    if (/[«"“„]$/u.test(before) && /^[»"”]/u.test(phrase.slice(m.index + m[0].length))) continue;
    if (ownSpelling(m[0], before, phrase.slice(m.index + m[0].length))) continue;
    // Capitalised words in parentheses after a body's name are that body's name in its own
    // language: "Merkez Bankası (Danmarks Nationalbank)", "банка Дании (Данмаркс Националбанк)",
    // small words of that language among them: "Совета Малайзии (Деван Бахаса дан Пустака)".
    const opened = /(\S+)\s*\(\s*$/u.exec(before);
    if (
      opened?.[1] &&
      (isVocabulary(opened[1]) || GENITIVE_RU.test(opened[1])) &&
      /^(?:\s+\p{L}[\p{L}'’-]*)*\s*\)/u.test(phrase.slice(m.index + m[0].length))
    )
      continue;
    // So are those wholly in brackets after a place's or a building's name with its case ending,
    // not a title's holder ("Bakan Yardımcısı'nı (A B)"):
    // "Edebiyat Tapınağı'nı (Văn Miếu) gezdi", "Parfüm Pagodası'nı (Chùa Hương) ziyaret etti".
    if (
      BUILDING_BEFORE_BRACKETS.test(before) &&
      /^\s*\)/u.test(phrase.slice(m.index + m[0].length))
    )
      continue;
    // So are those in brackets that a title's word follows: "Danıştayı (Conseil d'État) Başkan
    // Yardımcısı A".
    const closed = /^\s*\)\s+(\p{Lu}[\p{L}-]*)/u.exec(phrase.slice(m.index + m[0].length));
    if (opened && closed?.[1] && isVocabulary(closed[1]) && countryCode(closed[1]) === null)
      continue;
    // Capitalised words that commas and "ve" join to the last part of a title or a body's name
    // are its first parts, when small words follow that last part: "Meclisi Dış İlişkiler, Savunma
    // ve Güvenlik Komisyonu Başkanı ile"; not "A B, C Bakanı D E ve F ve G Bakanı H".
    // Or when the body's short name in brackets and its head's title follow that last part, in a
    // run that opens with the body's country: "Polonya Tıbbi Ürünler, Tıbbi Cihazlar ve Biyosidal
    // Ürünler Tescil Dairesi (URPL) Başkanı A".
    const parts =
      /^(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)+\s+ve\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?=\s+(?!ve\s)\p{Ll}|\s*$|\s+\(\p{Lu}[^()]*\)\s+\p{Lu})/u.exec(
        phrase.slice(m.index + m[0].length),
      );
    const partsEnd = parts?.[0].split(/\s+/).at(-1) ?? '';
    const bracketed = /^\s+\(/u.test(
      phrase.slice(m.index + m[0].length + (parts?.[0].length ?? 0)),
    );
    if (
      parts &&
      isVocabulary(partsEnd) &&
      countryCode(partsEnd) === null &&
      !m[0].split(/\s+/).some((w) => nameKind(w).given) &&
      (!bracketed || countryCode(m[0].split(/\s+/)[0] ?? '') !== null)
    )
      continue;
    // So are those before fields of one word each that end in a title's head before a name: "Eyaleti
    // Aile, Spor ve Entegrasyon Bakanı Dr. A B ile".
    if (trTitleFieldsAfter(phrase.slice(m.index + m[0].length), m[0])) continue;
    if (opensBodyName(m[0].split(/\s+/).at(-1) ?? '', phrase.slice(m.index + m[0].length)))
      continue;
    let words = m[0].split(/\s+/);
    // A saint's name in a body's name is no one met ("Университета Святых Кирилла и Мефодия",
    // "храма Святого Николая"): the name, if any, opens after the saint's.
    const saint = words.findIndex((w) => SAINT.test(w));
    if (saint >= 0) {
      words = words.slice(saint + 2);
      if (words.length === 0) continue;
    }
    // A Turkish noun with its possessive takes "n" before a case ending ("Kompleksi'ni",
    // "Fabrikası'na"); a name that ends in a vowel takes "y" ("Sisi'yi"): the run is a body.
    if (/[aeıioöuü]['’]n[ıiuüae]$/u.test(words.at(-1) ?? '')) continue;
    // Capitalised words in the prepositional after "на", "в" are a place: "на Южном Кавказе".
    if (IN_PLACE.test(before) && PREPOSITIONAL.test(words.at(-1) ?? '')) continue;
    // So are a place's or a body's adjectives alone before its noun in small letters: "в
    // Озёрско-Печерском Свято-Никольском монастыре".
    if (
      IN_PLACE.test(before) &&
      words.every((w) => /^(?:\p{Lu}\p{Ll}+-)*\p{Lu}\p{Ll}+[сц]ком$/u.test(w)) &&
      /^\s+\p{Ll}/u.test(phrase.slice(m.index + m[0].length))
    )
      continue;
    // A place after them opens the run before a name: "ректором Университета Коменского в
    // Братиславе Зузаной Гаяковой"; the place stays in the role.
    if (words.length > 2 && placeAfterIn(before, words[0] ?? '')) words = words.slice(1);
    // So does the second part of a region named by two words joined by «и», in the nominative
    // before a name in the instrumental: "главным министром территории A и B C-ом D-ом E"; and a
    // village's or a community's name after its noun: "главой сельской общины A B-ой C". A word
    // before a patronymic is a given name: "пресвитером общины села Яковом Петровичем C".
    if (
      words.length > 2 &&
      (/(?<![\p{L}])\p{Lu}\p{Ll}+\s+и\s+$/u.test(before) || SETTLEMENT_BEFORE.test(before)) &&
      /^\p{Lu}\p{Ll}+[бвгдзклмнпрстфхцчшщ]$/u.test(words[0] ?? '') &&
      INSTRUMENTAL.test(words[1] ?? '') &&
      !RU_PATRONYMIC.test(words[1] ?? '')
    )
      words = words.slice(1);
    // A village's name after its noun is no given name, before a name that does not decline too:
    // "директором школы села Ыдж Нани Кавтари". A word before a particle is a given name: "общины
    // Хуан де Диос Мендоса".
    else if (
      words.length > 2 &&
      SETTLEMENT_BEFORE.test(before) &&
      /^\p{Lu}\p{Ll}+[бвгджзклмнпрстфхцчшщ]$/u.test(words[0] ?? '') &&
      !nameKind(words[0] ?? '').given &&
      !RU_PATRONYMIC.test(words[1] ?? '') &&
      !nameParticle(words[1] ?? '')
    )
      words = words.slice(1);
    // So is one before a full name with its patronymic ("староста деревни Озерки Пётр Семёнович
    // Самойлов"), and one not known as a given name before a given name and a surname of the
    // Russian shape in the nominative ("председатель муниципалитета села Кавта Алирус Мамедов").
    else if (
      words.length > 2 &&
      SETTLEMENT_BEFORE.test(before) &&
      !nameKind(words[0] ?? '').given &&
      ((words.length === 4 && RU_PATRONYMIC.test(words[2] ?? '')) ||
        (words.length === 3 &&
          !RU_PATRONYMIC.test(words[1] ?? '') &&
          /\p{Ll}(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына)$/u.test(words[2] ?? '')))
    )
      words = words.slice(1);
    // So is one before a given name and the particle after it, which open a name: "палабреро
    // общины Сарапуре Хосе де Хесус Мендоса".
    else if (
      words.length > 3 &&
      SETTLEMENT_BEFORE.test(before) &&
      !nameKind(words[0] ?? '').given &&
      !nameParticle(words[1] ?? '') &&
      /^(?:де|да|дос|дас|дель|ди)$/u.test(words[2] ?? '')
    )
      words = words.slice(1);
    // So does a place after the preposition opening the sentence, capitalised there: "В Певеке
    // Олега Воронова принял …" names the place, then the one received; alone the two words name
    // the place and no one ("В Певеке её принял …"). So does a place named by its adjective in
    // the prepositional, which no name takes after these words: "На Рогожском", "В Озёрском".
    if (
      words.length >= 2 &&
      /^(?:В|Во|На)$/u.test(words[0] ?? '') &&
      before.trim() === '' &&
      (placeAfterIn(' в ', words[1] ?? '') ||
        /^\p{Lu}[\p{Ll}-]*\p{Ll}(?:ом|ем|ой|ей)$/u.test(words[1] ?? ''))
    ) {
      words = words.slice(2);
      if (words.length === 0) continue;
    }
    // An adverb of place or time opening the sentence is no name's word: "Там Олега Воронова
    // принял …", "Здесь делегацию встретил …".
    if (words.length >= 2 && before.trim() === '' && OPENING_ADVERB.test(words[0] ?? ''))
      words = words.slice(1);
    // So is a Turkish common noun in the accusative, capitalised as it opens the sentence, before
    // the surname of one the release names in full: Turkish writes a name's case ending after an
    // apostrophe, a noun's with none ("Anlaşmayı Kaya ile birlikte imzalayan …" after "Ayşe
    // Kaya"). A given name the lists know, or the one of that person, stays the name's.
    if (words.length === 2 && before.trim() === '' && trOpeningObject(words, named))
      words = words.slice(1);
    // The one word after "города", "провинции" is the place's name, not the person's: "Председателем
    // Народного комитета города Хошимин Нгуен Ван Дыоком".
    // A patronymic word counts for none: "области Канатом Жумабек уулу" is a name of two.
    // Not after a place named by its capitalised adjective: "Губернатор Северной провинции A B C".
    // An initial is no place's name: "министром штата Д. М. Шиваннаппой".
    // A city named by an adjective and a noun, both in the genitive, is two words: "мэр Великих
    // Озёр A B", "мэра Нижнего Озёрска C D".
    const placeWords =
      PLACE_NOUN_BEFORE.test(before) && words.length > 3 && CITY_ADJECTIVE.test(words[0] ?? '')
        ? 2
        : 1;
    // A city's head named by the surname alone has the city's word before it, which the case
    // tells apart: after an office in the instrumental the surname takes it and the city's word
    // in the genitive does not ("с мэром Озёрска Петровым", "бургомистром Озёрска Вуйциком");
    // after one in the nominative the city's word ends as a genitive, the man's surname as no
    // genitive does ("мэр Озёрска Петров"). A given name the lists know stays the name's.
    const cityHead = words.length === 2 && cityOfHead(before, words);
    if (
      (PLACE_NOUN_BEFORE.test(before) &&
        !/^(?:\p{Lu}\.)+$/u.test(words[0] ?? '') &&
        !NAMED_BY_ADJECTIVE.test(before) &&
        words.filter((w) => !PATRONYMIC.test(w)).length > 2 &&
        !(RU_PATRONYMIC.test(words[1] ?? '') && words.length === 3)) ||
      cityHead
    )
      words = words.slice(placeWords);
    // So is the one word after «префектом», «префекту» that does not take the case the name
    // after it takes: "префектом Кулиноро Сейдой Сидибе". A name whose words keep their form
    // ("префектом Мамаду Сори Сидибе") may have no prefecture's word before it.
    const prefect = /(?:^|\s)префект(ом|у)\s+$/iu.exec(before);
    const declined = prefect?.[1] === 'у' ? DATIVE : INSTRUMENTAL;
    if (
      prefect &&
      words.length > 2 &&
      !declined.test(words[0] ?? '') &&
      words.slice(1).some((w) => declined.test(w))
    )
      words = words.slice(1);
    // So is the one word after a university or institute named by its town ("ректором
    // Национального университета Чолла Ли Мин Хо"), unless it is a given or family name or an
    // initial ("вице-канцлером университета Т. Д. Маллаппой"), or a given name before one middle
    // initial and the surname: no town's name is followed by an initial ("деканом института
    // Джеймсом Т. Кэллаханом").
    if (
      BODY_NOUN_BEFORE.test(before) &&
      words.length > 2 &&
      !givenAt(words, 0) &&
      !/^(?:\p{Lu}\.)+$/u.test(words[0] ?? '') &&
      !(words.length === 3 && /^\p{Lu}\.$/u.test(words[1] ?? ''))
    )
      words = words.slice(1);
    if (
      REPUBLIC_NAMED_AFTER.test(before) &&
      words.filter((w) => !PATRONYMIC.test(w)).length > 2 &&
      republicWord(words, 0)
    )
      words = words.slice(1);
    // So is one in the dative after a visit paid: "визит ректору Университета имени A B C D".
    if (/(?:имени|им\.)\s*$/u.test(before)) {
      const declined = words.findIndex(
        (w, k) => k > 0 && (INSTRUMENTAL.test(w) || DATIVE.test(w)) && !/ого$|его$/u.test(w),
      );
      // The one who does something is named in the nominative after the namesake, who bears
      // initials and a surname or a given name and a surname at least: "… имени В. М. Васильева
      // Ольга Кузнецова представила …", "… имени Кузебая Герда Вера Багышева".
      const initials = words.findIndex((w) => !/^(?:\p{Lu}\.)+$/u.test(w));
      const subject =
        declined < 0 && initials >= 0
          ? words.findIndex(
              (w, k) =>
                k >= (initials > 0 ? initials + 1 : 2) &&
                k + 1 < words.length &&
                nameKind(w).given &&
                !genitiveGiven(w),
            )
          : -1;
      const first = declined < 0 ? subject : declined;
      if (first < 0) continue;
      // A woman's given name that does not decline stands before her patronymic: "… имени Льва
      // Толстого Ляйсан Рустемовной Закирзяновой".
      words = words.slice(first > 1 && RU_PATRONYMIC.test(words[first] ?? '') ? first - 1 : first);
    }
    // A month after a day's number, and the weekday after it, are a date's words: "17 Mart Salı
    // günü", «17 марта Вторник».
    if (/\d\s*$/u.test(before) && DATE_MONTH.test(words[0] ?? '')) {
      words = words.slice(WEEKDAY_NAME.test(words[1] ?? '') ? 2 : 1);
      if (words.length === 0) continue;
    }
    // A weekday before "günü" is a date's word, and so is the subject in the genitive before it:
    // "Heyetin Çarşamba günü … kabul edilmesi", "Bakanın Salı günü".
    if (
      WEEKDAY_NAME.test(words.at(-1) ?? '') &&
      /^\s+(?:günü|gününe|sabahı|akşamı|öğleden)(?!\p{L})/u.test(
        phrase.slice(m.index + m[0].length),
      )
    )
      continue;
    let cut = words.length;
    while (
      cut > 0 &&
      ((!isVocabulary(words[cut - 1] ?? '') &&
        !(words[cut - 1] === 'Sri' && MALAY_STYLE.test(words[cut - 2] ?? ''))) ||
        titleLikeSurname(words, cut - 1) ||
        citySurname(words, cut - 1) ||
        sheikhOfBengaliName(words, cut - 1) ||
        (MALAY_STYLE.test(words[cut - 1] ?? '') && nameParticle(words[cut - 2] ?? '')))
    )
      cut -= 1;
    // A country's name right after a Turkish office, before two words of a name or more, is a
    // given name: "Odası Başkanı Montserrat A i B" (a country never follows its office).
    const officeBefore = (words[cut - 2] ?? '').toLocaleLowerCase('tr');
    if (
      cut >= 2 &&
      countryNamed(words[cut - 1] ?? '') &&
      OFFICE.test(officeBefore) &&
      POSSESSIVE.test(officeBefore) &&
      words.slice(cut).filter((w) => !nameParticle(w)).length >= 2
    )
      cut -= 1;
    cut = Math.max(cut, turkishTitleEnd(words));
    // An Arabic compound joined by "'l-" is a title before the name: "Reisü'l-Uleması A B",
    // "Şeyhü'l-İslam A".
    const compound = words.findLastIndex(
      (w, k) => k < words.length - 1 && /^\p{Lu}\p{Ll}*['’]l-\p{Lu}/u.test(w),
    );
    if (compound >= cut) cut = compound + 1;
    // A country's name of two words ends the title: "Королевства Саудовская Аравия A B".
    if (words.length - cut >= 4 && countryCode(`${words[cut]} ${words[cut + 1]}`) !== null)
      cut += 2;
    // A place's adjective after the title's last word ends the place's name, not opens the
    // person's: "Председателем Правительства Республики Горской A B", "министром Автономии
    // Северской A B"; not a country's first word ("Саудовская Аравия").
    const placeAdjective =
      cut > 0 &&
      words.length - cut > 2 &&
      /^\p{Lu}\p{Ll}+[сц]к(?:ой|ого|ая|ий|ом|им)$/u.test(words[cut] ?? '') &&
      !namePart(words[cut] ?? '') &&
      countryCode(`${words[cut]} ${words[cut + 1]}`) === null;
    if (placeAdjective) cut += 1;
    // A Russian name with its patronymic is three words: those before it in the run are the
    // place's or the body's it heads ("общины Верхней Слободы Олег Викторович Дронов").
    if (
      words.length - cut > 3 &&
      RU_PATRONYMIC.test(words.at(-2) ?? '') &&
      givenAt(words, words.length - 3)
    )
      cut = words.length - 3;
    // A monarch or a church's head named by one word after the style and the place's adjective:
    // "принят Патриархом Горским Савватием", "Королём Северским Аскольдом".
    // The style may stand before the run, written small or before a first see joined by «и»:
    // "митрополитом Горским Савватием", "Митрополитом Северским и Горским Савватием".
    const styled =
      /^\p{Lu}\p{Ll}+[сц]к(?:им|ий|ого|ому)$/u.test(words.at(-2) ?? '') &&
      ((words.length >= 3 && STYLE_BEFORE_ONE_NAME.test(words.at(-3) ?? '')) ||
        (words.length === 2 && RU_STYLE_BEFORE_SEE.test(before)));
    if (styled) cut = words.length - 1;
    // The head of a city is followed by the city's one word: "Градоначальник Ниша A B".
    if (cut > 0 && HEAD_OF_PLACE.test(words[cut - 1] ?? '') && words.length - cut > 2) cut += 1;
    // So is a university or institute capitalised in the run by the town's one word, which is no
    // given name: "Университета Амбалавау A B" (a town's name that does not decline, so no
    // genitive in «-а»/«-я» as of a namesake: «Института Николая Рериха A B»).
    if (
      cut > 0 &&
      BODY_NOUN_BEFORE.test(` ${words[cut - 1] ?? ''} `) &&
      words.length - cut > 2 &&
      !givenAt(words, cut) &&
      /[уюоеёиэы]$/u.test(words[cut] ?? '')
    )
      cut += 1;
    // So is the republic's word after "Республики" in the run: "Глава Республики Северия A B".
    if (
      cut > 0 &&
      REPUBLIC_NAMED_AFTER.test(` ${words.slice(0, cut).join(' ')} `) &&
      words.slice(cut).filter((w) => !PATRONYMIC.test(w)).length > 2 &&
      republicWord(words, cut)
    )
      cut += 1;
    // A Burmese honorific opens the name's run but is no part of the name: «У» for a man, «До»
    // for a woman ("министром … У Тин Маунг Ньюнтом", "До Тхин Тхин Эй"), before two words at
    // least; it does not decline.
    // «До» before a Vietnamese middle name is a family name: "До Ван Хунг".
    const honorific =
      BURMESE_HONORIFIC.test(words[cut] ?? '') &&
      words.length - cut >= 3 &&
      !VIETNAMESE_MIDDLE_RU.test(words[cut + 1] ?? '');
    if (honorific) cut += 1;
    // A cleric's or a notable's style opens the run but is no part of the name, before two words
    // at least: "Mevlevi A B", "Mevlana A B", "Hacı A B", "Alhaji A B", the Baloch "Mir A Han B".
    // Inside the run it is the name's own word: "A Hacı B C". Styles may follow one another
    // ("Seyfo Alhagie A B"), and one may be of two words ("El Hadj A B C").
    const trStyle = (): number => {
      if (TR_STYLE_BEFORE_NAME.test(`${words[cut]} ${words[cut + 1]}`)) return 2;
      return TR_STYLE_BEFORE_NAME.test(words[cut] ?? '') ? 1 : 0;
    };
    const trStyled = trStyle() > 0 && words.length - cut - trStyle() >= 2;
    while (trStyle() > 0 && words.length - cut - trStyle() >= 2) cut += trStyle();
    // So does a courtesy style of the other languages, "Samdech A B", "Teuku C D" (not the
    // "Sheikh" of a Bengali name), and one that is a given name too before three words or more:
    // "Bai A B C".
    if (
      !trStyled &&
      ((LATIN_STYLE_BEFORE_NAME.test(words[cut] ?? '') &&
        words.length - cut >= 3 &&
        !sheikhOfBengaliName(words, cut)) ||
        (LATIN_STYLE_BEFORE_LONG_NAME.test(words[cut] ?? '') && words.length - cut >= 4))
    )
      cut += 1;
    // The Malay styles as Russian writes them open the run but are no part of the name, before two
    // words at least: "Датук A B", "Дато Сри A бин B", "Тан Шри A B", "Тун A B".
    const malayStyled = malayStyleWordsRu(words.slice(cut));
    cut += malayStyled;
    // Words after a title word are a name; after a country or nothing they may open a title.
    const titled = cut > 0 && countryCode(words[cut - 1] ?? '') === null;
    if (!titled && joinsTitle(phrase, m, runs.slice(i + 1))) continue;
    const nameWords = words
      .slice(cut)
      // A case ending after an apostrophe is cut; a "d'" before a surname is none ("D'Ornano'yu"),
      // nor is the "N'" or "M'" that opens a West African name ("N'Diaye'yi").
      .map((w) =>
        /^[dDдДNM]['’]\p{Lu}/u.test(w)
          ? w.slice(0, 2) + withoutCaseEnding(w.slice(2))
          : withoutCaseEnding(w),
      )
      .flatMap((w) => {
        const glued = GLUED.exec(w);
        return glued?.[1] && glued[2] ? [glued[1], glued[2]] : [w];
      });
    // A country of two words is no name but stays in the next one's title: "послом Королевства
    // Саудовская Аравия в Республике A B C".
    if (nameWords.length === 2 && countryCode(nameWords.join(' ')) !== null) continue;
    // A one-letter last word before a full stop ends the sentence: "… Ван И." is "Ван И".
    // Nothing stands before initials in a name: "Также С.Лебедев" is "С. Лебедев". Indonesia
    // writes given names before them, in Latin letters, right after a title: "Bakanı A B.C. D",
    // "Müdürü E F. G'yle".
    const initial = nameWords.findIndex((w) => /^(?:\p{Lu}\.)+$/u.test(w));
    const givenBefore =
      titled && nameWords.slice(0, initial).every((w) => /^\p{Lu}[a-z]+$/u.test(w));
    // An American name writes one middle initial between the given name and the surname: "Джеймс
    // Т. Кэллахан", "Маргарет Л. Оделл-Санчес". A word in small letters before that one initial,
    // after a title or a small word (no adverb opening the sentence), is the given name.
    const middleInitial =
      initial === 1 &&
      nameWords.length === 3 &&
      /^\p{Lu}\.$/u.test(nameWords[1] ?? '') &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(nameWords[0] ?? '') &&
      !isVocabulary(nameWords[0] ?? '') &&
      countryCode(nameWords[0] ?? '') === null &&
      (titled || /\p{Ll}\s+$/u.test(before));
    if (initial > 0 && initial < nameWords.length - 1 && !givenBefore && !middleInitial)
      nameWords.splice(0, initial);
    // Indonesia writes "H." for "Haji" right after the title, before a name of three words: the
    // pilgrim's style, no initial of the name ("Müdürü H. A B C"; "Müdürü H. D E" keeps it).
    if (
      titled &&
      nameWords[0] === 'H.' &&
      nameWords.length === 4 &&
      nameWords.slice(1).every((w) => /^\p{Lu}[a-z]+$/u.test(w))
    )
      nameWords.shift();
    // Turkish writes a style of respect or a chief's after the whole name, no part of it: "A B
    // Ağa", "C D Bey", "E F Hanım", "G H Efendi"; after a given name alone it may be the surname.
    if (nameWords.length >= 3 && TR_STYLE_AFTER_NAME.test(nameWords.at(-1) ?? '')) nameWords.pop();
    // One's nationality, a country's name with "-lı", opens the run before two words at least and
    // is no part of the name nor of the title: "Kenyalı A B", "Kanadalı C D"; a city's is a
    // surname too ("A Konyalı").
    const origin = TR_ORIGIN.exec(nameWords[0] ?? '');
    if (origin?.[1] && countryCode(origin[1]) !== null && nameWords.length >= 3) nameWords.shift();
    const lastWord = nameWords.at(-1) ?? '';
    if (/^\p{Lu}\.$/u.test(lastWord)) nameWords[nameWords.length - 1] = lastWord.slice(0, 1);
    // A name in the genitive that a name met follows in the same title, with no more than a place
    // between, is the name a body bears: "ректором Университета Константина Философа в Нитре A B";
    // the one met is the next.
    const next = runs[i + 1];
    if (
      next &&
      bodysNamesake(
        nameWords,
        phrase.slice(m.index + m[0].length, next.index),
        next[0].split(/\s+/),
      )
    )
      continue;
    // After "с" or a passive, a Russian name is in the instrumental: the words of a body's name
    // in the genitive before it ("Жогорку Кенеша Маратом Иманкуловым") are not the name.
    // A name that does not decline ("Чан Куок Вынгом") keeps its first word: only a genitive
    // before the instrumental words marks a body's name.
    // A body's name ends at a country's: after "Индии" the name begins ("Индии Рави Кумаром …").
    // So does a name after its honorific: "У Хла Мьо Тханом" is all the name, and after a Malay
    // style: "Тан Сри Закри Абдул Хамидом".
    const afterCountry =
      placeAdjective ||
      honorific ||
      malayStyled > 0 ||
      (cut > 0 && (countryNamed(words[cut - 1] ?? '') || russianCountry(words[cut - 1] ?? '')));
    const firstInstrumental = afterCountry ? 0 : nameWords.findIndex((w) => INSTRUMENTAL.test(w));
    // A short syllable after another word is of a Vietnamese or Chinese name ("Чан Ши Тханем"),
    // no genitive; first, it may end a body's name ("Маджлиси Оли Махмадтоиром …").
    // Nor is a word before a patronymic: a woman's given name that does not decline stands there
    // ("Нарспи Таймаровной Сатаевой", "Айгуль Рашидовной …").
    const lastGenitive = nameWords.slice(0, Math.max(0, firstInstrumental)).findLastIndex(
      (w, k) =>
        (k === 0 || w.length > 3) &&
        GENITIVE_RU.test(w) &&
        !INSTRUMENTAL.test(w) &&
        !RU_PATRONYMIC.test(nameWords[k + 1] ?? '') &&
        // Nor is a patronymic: "Светлана Игоревна Чой" is a name in the nominative.
        !RU_PATRONYMIC.test(w) &&
        // Nor is a double given name whose first part is in the instrumental: "Жаком-Анри".
        !/^\p{Lu}\p{Ll}+[^аеёиоуыэюя](?:ом|ем)-\p{Lu}/u.test(w) &&
        // Nor is «оглы», «кызы» or the two words before it, the given name and the father's, which
        // need not decline: "Айнур Расим кызы Алиевой", "Ниязи Расим оглы Алиевым".
        ![w, nameWords[k + 1], nameWords[k + 2]].some((x) => /^(?:оглы|кызы)$/u.test(x ?? '')),
    );
    // The words a body's name in the genitive leaves before the name belong to the role.
    const beforeGenitives = nameWords.length;
    // The body's name ends at its last genitive word: "города Хошимина Нгуен Ван Дыком".
    // A word before "бин", "бинт", "ибн" is a given name: "Фатима бинт Салим Аль Харти".
    for (let k = 0; k <= lastGenitive; k += 1) {
      if (
        nameWords.length <= 2 ||
        /^(?:бин|бинт|бен|ибн)$/u.test(nameWords[1] ?? '') ||
        !/[а-яё]$/.test(nameWords[0] ?? '') ||
        undeclinedGivenFirst(nameWords) ||
        undeclinedForeignWomanFirst(nameWords) ||
        INSTRUMENTAL.test(nameWords[0] ?? '') ||
        !nameWords.slice(1).some((w) => INSTRUMENTAL.test(w))
      )
        break;
      nameWords.shift();
    }
    // A name in the nominative after a body's short name in the genitive ("заместитель
    // руководителя Росстата Анна Белова"): the first word no given name, the second one.
    if (
      nameWords.length === 3 &&
      /^[А-ЯЁ][а-яё]+[аяы]$/u.test(nameWords[0] ?? '') &&
      !nameKind(nameWords[0] ?? '').given &&
      !PERSIAN_STYLE.test(nameWords[0] ?? '') &&
      nameKind(nameWords[1] ?? '').given &&
      !INSTRUMENTAL.test(nameWords[2] ?? '')
    )
      nameWords.shift();
    // So does a place's or a body's name in the genitive before a name of three words in the
    // nominative, its given name one the list knows as written: "… союза садоводов Северина A B C".
    if (
      nameWords.length === 4 &&
      /^[А-ЯЁ][а-яё]{3,}[аяы]$/u.test(nameWords[0] ?? '') &&
      !nameKind(nameWords[0] ?? '').given &&
      !PERSIAN_STYLE.test(nameWords[0] ?? '') &&
      givenNameAsSpelled(nameWords[1] ?? '') &&
      nameWords.slice(1).every((w) => !INSTRUMENTAL.test(w)) &&
      // An Azerbaijani name of four holds its father's name before «оглы» or «кызы»: "Севиль
      // Рамиз кызы Алиева".
      !/^(?:оглы|кызы)$/u.test(nameWords[2] ?? '')
    )
      nameWords.shift();
    // A body named after a man, his name in the genitive with no «имени» ("директор Института
    // Адама Мицкевича Агнешка Пшибыльская"), stands before a name in the nominative: the name
    // opens at its given name, which is no genitive.
    let namesakeBody = 0;
    if (
      nameWords.length === 4 &&
      genitiveGiven(nameWords[0] ?? '') &&
      // An adjective surname in the nominative ends it: "Агнешка Пшибыльская", "Збигнев
      // Ковальский".
      /(?:[сц]кая|[сц]кий)$/u.test(nameWords[3] ?? '') &&
      !genitiveGiven(nameWords[2] ?? '') &&
      !INSTRUMENTAL.test(nameWords[3] ?? '')
    )
      namesakeBody = nameWords.splice(0, 2).length;
    // Words of a body's or region's name in the genitive stand before a given name in the genitive
    // ("директора Корпорации развития Севера и Арктики Виктора Соболева"): the name opens at the
    // given name.
    while (
      nameWords.length >= 3 &&
      /^[А-ЯЁ][а-яё]{4,}[аяыи]$/u.test(nameWords[0] ?? '') &&
      !nameKind(nameWords[0] ?? '').given &&
      !PERSIAN_STYLE.test(nameWords[0] ?? '') &&
      genitiveGiven(nameWords[1] ?? '')
    )
      nameWords.shift();
    // A first word in "-ого"/"-его" is an adjective: "Восточного Средиземноморья" is a region.
    // With its noun in the genitive it may end a body's name before a name of two words or more:
    // "… общества Красного Полумесяца A B-C".
    let adjectiveBody = 0;
    if (/^[А-ЯЁ][а-яё]+(?:ого|его)$/u.test(nameWords[0] ?? '')) {
      const noun = nameWords.findIndex((w) => !/^[А-ЯЁ][а-яё]+(?:ого|его)$/u.test(w));
      if (
        noun < 0 ||
        nameWords.length - noun - 1 < 2 ||
        !/^[А-ЯЁ][а-яё]+[аяыи]$/u.test(nameWords[noun] ?? '') ||
        nameWords.slice(noun + 1).some((w) => /(?:ого|его)$/u.test(w))
      )
        continue;
      adjectiveBody = noun + 1;
      nameWords.splice(0, adjectiveBody);
    }
    // The Balinese mark and caste's title do not count: "И Густи Нгурах A B C" has three words.
    const size = nameWords.filter((w) => !nameParticle(w)).length - balinesePrefix(nameWords);
    // A surname alone after a title names again someone given in full before: "Cumhurbaşkanı
    // es-Sisi" after "Cumhurbaşkanı Abdulfettah es-Sisi'nin …".
    const surname = size === 1 && titled ? nominativeName(nameWords) : '';
    const again = surname
      ? named.find((k) => k.split(/\s+/).length >= 2 && k.endsWith(` ${surname}`))
      : undefined;
    if (again) {
      const end = m.index + m[0].length;
      out.push({
        name: again,
        role: turkishTitle(phrase.slice(last, phrase.lastIndexOf(words[cut] ?? '', end)).trim()),
        index: phrase.lastIndexOf(words[cut] ?? '', end),
        end,
      });
      last = end;
      continue;
    }
    // One name alone, as many Indonesians bear, after the country of the title and ending the
    // sentence, in Russian: "… Республики Индонезия Сугионо.". A word in the instrumental is a
    // surname alone; in Turkish a word after the country opens a title ("Senegal Yükseköğretim,
    // Araştırma ve İnovasyon Bakanı").
    // In Turkish the one name stands after the title's head, last before «ile»: "Genel Müdür A
    // ile görüştü"; a surname of someone named in full is not one.
    // One name after a style alone, or after the style and the place's adjective, in the
    // instrumental: "президентом фестиваля принцессой Аделаидой", "Патриархом Горским Савватием".
    const styledOne =
      size === 1 &&
      nameWords.length === 1 &&
      (styled ||
        (cut === 0 &&
          STYLE_BEFORE_ONE_NAME.test(/(\S+)\s+$/u.exec(phrase.slice(0, m.index))?.[1] ?? ''))) &&
      // After the see's adjective in the nominative the name is in the nominative too, in any
      // ending: "примет митрополит Северский и Горский Савватий".
      (styled && /[сц]кий$/u.test(words.at(-2) ?? '')
        ? /^[А-ЯЁ][а-яё]{2,}$/u
        : /^[А-ЯЁ][а-яё]{2,}(?:ом|ем|ой|ей)$/u
      ).test(nameWords[0] ?? '') &&
      /^\s*(?:[.,;]|$)/u.test(phrase.slice(m.index + m[0].length));
    // A given name made with "Allah" ("Хабибуллах", "Рахматуллах"), as many Afghans bear alone,
    // in the instrumental after a title in the same case: "с заместителем министра A".
    const allahOne =
      size === 1 &&
      nameWords.length === 1 &&
      /^[А-ЯЁ][а-яё]{2,}улл?ахом$/u.test(nameWords[0] ?? '') &&
      RU_TITLE_BEFORE_ONE.test(phrase.slice(last, m.index)) &&
      /^\s*(?:[.,;]|и\s|$)/u.test(phrase.slice(m.index + m[0].length));
    const single =
      size === 1 &&
      nameWords.length === 1 &&
      (allahOne ||
        (afterCountry &&
          /^[А-ЯЁ][а-яё]{3,}$/u.test(nameWords[0] ?? '') &&
          !INSTRUMENTAL.test(nameWords[0] ?? '') &&
          /^\s*(?:[.,;]|$)/u.test(phrase.slice(m.index + m[0].length))) ||
        // A monarch named by one word after the title and the country, in the instrumental
        // ("принят Королём Иордании Талалом").
        (afterCountry &&
          cut >= 2 &&
          /^(?:Корол|Эмир|Султан|Принц|Кронпринц)\p{Ll}*(?:ом|ем|ём)$/iu.test(
            words[cut - 2] ?? '',
          ) &&
          /^[А-ЯЁ][а-яё]{2,}(?:ом|ем)$/u.test(nameWords[0] ?? '') &&
          /^\s*(?:[.,;]|$)/u.test(phrase.slice(m.index + m[0].length))) ||
        styledOne ||
        // A city's head named by the surname alone after the city: "мэр Озёрска Петров".
        cityHead ||
        // A monk named by his one name in religion after his rank, his name in the world in
        // brackets after it at most: "наместник обители архимандрит Тихон (Петров)".
        (cut === 0 &&
          MONASTIC_RANK.test(/(\S+)\s+$/u.exec(phrase.slice(0, m.index))?.[1] ?? '') &&
          /^[А-ЯЁ][а-яё]{2,}$/u.test(nameWords[0] ?? '') &&
          /^\s*(?:\(\p{Lu}\p{Ll}+\)\s*)?(?:[.,;]|$)/u.test(phrase.slice(m.index + m[0].length))) ||
        (turkishHeadBefore(words, cut) &&
          words.length === cut + 1 &&
          /^\p{Lu}[a-zçğıöşü]{4,}$/u.test(nameWords[0] ?? '') &&
          TR_ONE_NAME_ENDS.test(phrase.slice(m.index + m[0].length)) &&
          !named.some((n) => n.endsWith(` ${nameWords[0] ?? ''}`))) ||
        // So does one named last in a list after others named in full: "A B, C D ve E ile".
        (cut === 0 &&
          words.length === 1 &&
          (out.at(-1)?.name.split(' ').length ?? 0) >= 2 &&
          /^\s*(?:,|ve)\s*$/u.test(phrase.slice(last, m.index)) &&
          /^\p{Lu}[a-zçğıöşü]{4,}$/u.test(nameWords[0] ?? '') &&
          phrase.slice(m.index + m[0].length).trim() === '' &&
          cityCountry(nameWords[0] ?? '') === null &&
          countryCode(nameWords[0] ?? '') === null &&
          !named.some((n) => n.endsWith(` ${nameWords[0] ?? ''}`))));
    // Particles or articles make a name of five words: "Фахадом Насером Субахом Аль-Ахмедом Ас-Сабахом".
    const joined = size < nameWords.length || nameWords.some((w) => ARTICLED.test(w));
    if (!single && (size < 2 || size > (joined ? 5 : 4))) continue;
    const end = m.index + m[0].length;
    // The name's own words, found whole: a word that comes back in the name ("Muhammed bin Ali bin
    // Muhammed …") does not cut it.
    // A body's short name of one word in the genitive stays in the role: "руководителем
    // Росархива A B" is "руководитель" of "Росархив". A parliament's name of two words
    // ("Председателем Милли Меджлиса A B") is left to the title's own reading.
    // So do the adjective and its noun that end a body's name: "… общества Красного Креста".
    const dropped =
      (/^[А-ЯЁ]/u.test(words[cut] ?? '') && beforeGenitives - adjectiveBody - nameWords.length === 1
        ? 1
        : 0) +
      adjectiveBody +
      namesakeBody;
    const whole = phrase.lastIndexOf(words.slice(cut + dropped).join(' '), end);
    const start = whole >= 0 ? whole : phrase.lastIndexOf(words[cut] ?? '', end);
    const role = phrase.slice(last, start);
    // Officials of a body named before the list hold no title of their own: "Ulema Meclisi (MUI)
    // yetkilileri A, B ve C".
    const group = TR_OFFICIALS_OF.exec(role);
    const joiner = /^\s*(?:,|ve)\s*$/u.test(role);
    if (group?.[1]) groupBody = group[1];
    else if (!joiner) groupBody = undefined;
    const title = TR_BARE_SUBJECT_BEFORE.test(role)
      ? ''
      : turkishTitle(
          role
            // The words that join a list (a comma or a semicolon, "и", "а также с", "а затем
            // с", "ve"), those of taking part ("также приняли участие") and a courtesy style
            // before the name ("г-жой", "г-ном", a rabbi's "равом") are no part of the title;
            // nor is what was attended, before a verb of taking part ("в круглом столе …, в
            // котором также участвовали A (…)"). Nor is the place of a meeting told with its
            // verb left out for a dash: "…, а в селе Озерки – с директором школы A".
            .replace(/^.*(?<![\p{L}])(?:участвовал[аи]?|присутствовал[аи]?)\s+/su, '')
            // Nor is an aside in brackets after the name before: "… A B (из рода C) и
            // председателем …".
            .replace(/^\s*\([^()]*\)(?=[\s,]*(?:а|и)\s)/u, '')
            // Nor is the town where one received the guests, named before his office: "принял в
            // Озёрске глава района A B".
            .replace(RU_TOWN_BEFORE_OFFICE, '')
            .replace(/^[\s,]*(?:а|и)\s+(?:в|во|на)\s+[^,;–—]*?\s[–—]\s+(?=со?\s)/u, '')
            // Nor is the word of what came next: "…, а затем – с председателем общества A", "…, а
            // затем директор завода A показал …".
            .replace(/^[\s,]*(?:а\s+)?(?:затем|потом|после этого)\s*(?:[–—]\s*)?(?=со?\s)/u, '')
            .replace(/^[\s,]*(?:(?:а|и)\s+)?(?:затем|потом|позже|позднее)\s+(?=\p{Ll})/u, '')
            .replace(
              /^[\s,;]*(?:(?:а\s+также|а|и|ve)(?=\s))?\s*(?:(?:затем|потом|позже|позднее|также)\s+(?=со?\s))?(?:со?\s+|(?:также\s+)?(?:принял[аи]?|приняли)\s+участие\s+)?/u,
              '',
            )
            // Nor is where a host received the guests, between the passive and his title in
            // the instrumental: "была принята в ратуше мэром Озёрска A", "в здании мэрии главой
            // города".
            .replace(RU_PLACE_BEFORE_TITLE, '')
            .replace(RU_COLLEAGUE_BEFORE_OFFICE, '')
            // Nor is one's nationality or origin set off by commas before the name: "с
            // директором бюро в Асуане, француженкой A B".
            .replace(RU_NATIONALITY_ASIDE, '')
            .replace(
              /(?:\s+(?:г-ж\p{L}*|г-н\p{L}*|госпож\p{L}*|господин\p{L}*|рав(?:а|у|ом|е)?))?[\s,]*$/u,
              '',
            )
            // Nor are the Malay styles, an academic title after them at most: "Bakan Yardımcısı
            // Dato' Sri Haji", "Rektörü Tan Sri Dr.", "Genel Müdürü Dato Paduka Haji".
            .replace(MALAY_STYLES_LAST, '$1'),
        );
    // A title in the plural before a list is each one's, in the singular: "Bakan Yardımcıları A
    // ve B" are each "Bakan Yardımcısı"; so is a Russian one, the list's last name joined by "и":
    // "с депутатами … A, B и C".
    const plural = singularTitle(title) ?? russianGroupOffice(role);
    if (plural) {
      groupTitle = plural;
      groupAt = 0;
    } else if (!joiner && !/^\s*и\s*$/u.test(role)) groupTitle = undefined;
    else groupAt += 1;
    // A married couple shares one surname, said once after both given names: "супруги Иван и
    // Мария Петровы" are "Иван Петров" and "Мария Петрова"; one that does not decline is said as
    // it is ("супруги Леван и Нино Гогия"). The word of the couple is no title.
    const couple = COUPLE_BEFORE.exec(before);
    if (couple?.[1] && nameWords.length === 2 && !groupTitle) {
      const surname = nameWords[1] ?? '';
      const own = (given: string) =>
        `${given} ${PLURAL_SURNAME.test(surname) ? surname.slice(0, -1) + (/[ая]$/u.test(given) ? 'а' : '') : surname}`;
      const husband = before.lastIndexOf(couple[1]);
      out.push({ name: own(couple[1]), role: '', index: husband, end: husband + couple[1].length });
      out.push({ name: own(nameWords[0] ?? ''), role: '', index: start, end });
      last = end;
      continue;
    }
    out.push({
      ...(groupBody ? { body: groupBody } : {}),
      // One name in "-ой"/"-ей" after a style is a woman's ("Аделаидой" → "Аделаида").
      name: turkicGenitive(
        styledOne && /(?:ой|ей)$/u.test(nameWords[0] ?? '')
          ? feminineNominative(nameWords[0] ?? '')
          : RU_NOMINATIVE_OFFICE_BEFORE.test(role)
            ? nameWords.map((w) => w.replace(HYPHENED_STYLE, '$1')).join(' ')
            : nominativeName(nameWords),
        role,
      ),
      role: groupTitle ? placeOwnTitle(groupTitle, groupAt) : title,
      index: start,
      end,
    });
    last = end;
  }
  return out;
}

// An office in the instrumental, the head of a title before a name.
const RU_TITLE_BEFORE_ONE =
  /(?<![\p{L}])(?:заместител|министр|директор|председател|руководител|губернатор|президент|начальник)\p{Ll}*(?:ом|ем)\s/u;
// One's nationality or origin in the instrumental, set off by a comma at the end of the words
// before a name: ", француженкой", ", уроженкой Лиона", ", итальянцем", ", англичанином".
const RU_NATIONALITY_ASIDE =
  /,\s+\p{Ll}+(?:(?:[нмдш]|ль)кой|[нмд]цем|(?:чан|ян)ином)(?:\s+\p{Lu}\p{Ll}+)?\s*$/u;
// One's colleague, his own or of his country, before the office that names him, a dash between
// at most: "со своим испанским коллегой — министром иностранных дел …", "с коллегой министром
// …". The office is the title, in its own case; the colleague is no office.
const RU_COLLEAGUE_BEFORE_OFFICE =
  /^(?:(?:сво(?:им|ей|его|ему|ем|ими|их)|\p{Ll}+[сц]к(?:им|ой|ого|ому|ими|их))\s+)*коллег(?:ой|ами|ам|ах|е|и|у|а)?(?:\s*[—–-])?\s+(?=\p{Ll}{3,})/u;
// A place told with «в» or «на» before a title in the instrumental: "в ратуше мэром …".
const RU_PLACE_BEFORE_TITLE = /^(?:в|во|на)\s+(?:[\p{L}-]+\s+){1,3}?(?=\p{Ll}+(?:ом|ем|ём)\s)/u;

// The styles of a monarch, a prince or a church's head, in the instrumental, which one name
// follows: "принцессой A", "Патриархом … A", "Митрополитом A"; a church's head's in the
// nominative too ("Патриарх Горский A").
const STYLE_BEFORE_ONE_NAME =
  /^(?:[Пп]атриарх|[Мм]итрополит|[Кк]атоликос|[Пп]атриархом|[Мм]итрополитом|[Кк]атоликосом|[Пп]ринцессой|[Кк]нягиней|[Кк]оролевой|[Кк]ронпринцем|[Пп]ринцем|[Кк]орол[её]м|[Ээ]миром|[Сс]ултаном)$/u;

// A monk's rank, in any case, before his one name in religion: "архимандрит", "игуменом".
const MONASTIC_RANK =
  /^(?:архимандрит|игумен|иеромонах|иеродиакон|схиигумен|схиархимандрит|епископ|архиепископ)(?:ом|а|у|е)?$/iu;

// A church's or a monarch's style in any case before the run of his see's adjective and his one
// name, after a first see joined by «и»: "митрополитом Северским и …", "Патриарха …".
const RU_STYLE_BEFORE_SEE =
  /(?<![\p{L}])(?:патриарх|митрополит|архиепископ|епископ|католикос|корол)\p{Ll}{0,2}\s+(?:\p{Lu}\p{Ll}+[сц]к(?:им|ий|ого|ому)\s+и\s+)?$/iu;

// The head of a Turkish title, which a name follows; a monarch or a church's head is often named
// by one word ("Ürdün Kralı Talal tarafından kabul edildi", "Horvat Patriği Bazil ile görüştü").
const TR_HEAD =
  /^(?:Müdür|Müdürü|Bakanı|Başkanı|Direktörü|Komutanı|Valisi|Rektörü|Başbakanı|Cumhurbaşkanı|Sekreteri|Kralı|Kraliçesi|Emiri|Sultanı|Prensi|Prensesi|Patriği)$/u;

// A military rank between the title's head and one name, of an air or a naval force or retired:
// "Lojistik Başkanı Tümgeneral A", "Başkanı Hava Tümgeneral A", "Komutanı Deniz Tuğamiral B".
const TR_FORCE_BEFORE_RANK = /^(?:Hava|Deniz|Kara|Emekli)$/u;

/** Whether a Turkish title's head stands right before the word at `at`, a rank at most between. */
function turkishHeadBefore(words: readonly string[], at: number): boolean {
  let k = at - 1;
  if (TURKISH_RANK_WORD.test(words[k] ?? '')) {
    k -= 1;
    if (TR_FORCE_BEFORE_RANK.test(words[k] ?? '')) k -= 1;
  }
  return TR_HEAD.test(words[k] ?? '');
}

// An office in the nominative right before a name, a place or a body in the genitive at most
// between: "примет губернатор провинции A B", "принял мэр Озёрска C D". A name set beside it is in
// the nominative too, its words as written: "губернатор A Караой" is no "Караа" in the
// instrumental, nor "Салем" in "мэр B Салем C" a "Саль".
const RU_NOMINATIVE_OFFICE_BEFORE =
  /(?<![\p{L}])(?:\p{Ll}+-)?(?:губернатор|мэр|президент|председатель|директор|министр|посол|ректор|руководитель|начальник|глава|аким|вали|префект|сенатор|депутат)(?:\s+(?:\p{Lu}[\p{L}-]*|\p{Ll}+(?:а|я|ы|и|ой|ей|ого|его|ых|их)))*\s+$/u;

// Deputies or senators met as a group, their body named once after the office in the plural
// instrumental: "с депутатами Народного собрания A и B" are each "депутат Народного собрания".
const RU_GROUP_OFFICE = /(?:^|\s)(?:со?\s+)?(депутат|сенатор)ами\s+(\p{Lu}[^,;:«»()–—]*?)\s*$/u;

/** The office of each of a group of deputies named before their list, in the singular, or null. */
function russianGroupOffice(role: string): string | null {
  const m = RU_GROUP_OFFICE.exec(role);
  return m?.[1] && m[2] ? `${m[1]} ${m[2]}` : null;
}

// A body's officials, members or representatives, in small letters before their names.
// The heads of Turkish titles in the plural possessive: "Yardımcıları", "Üyeleri", "Müdürleri".
const TR_PLURAL_HEAD =
  /^(?:Bakan|Başkan|Yardımcı|Üye|Müdür|Direktör|Rektör|Dekan|Sekreter|Temsilci|Büyükelçi|Vali|Müsteşar|Komiser|[Mm]illetvekil)(?:ları|leri)$/u;

/**
 * A Turkish title whose head is in the plural, given back in the singular: "İçişleri Bakan
 * Yardımcıları" → "İçişleri Bakan Yardımcısı", "Yönetim Kurulu Üyeleri" → "… Üyesi". Null when its
 * head is no plural.
 */
function singularTitle(title: string): string | null {
  const words = title.split(' ');
  const head = words.at(-1) ?? '';
  if (!TR_PLURAL_HEAD.test(head)) return null;
  const stem = head.replace(/(?:ları|leri)$/u, '');
  const vowel = /[aeıioöuü](?=[^aeıioöuü]*$)/u.exec(stem)?.[0] ?? 'a';
  const harmony: Record<string, string> = {
    a: 'ı',
    ı: 'ı',
    e: 'i',
    i: 'i',
    o: 'u',
    u: 'u',
    ö: 'ü',
    ü: 'ü',
  };
  const ending = `${/[aeıioöuü]$/u.test(stem) ? 's' : ''}${harmony[vowel] ?? 'ı'}`;
  return [...words.slice(0, -1), `${stem}${ending}`].join(' ');
}

// Two places joined by "ve" before the rest of a title: "Tebriz ve Erdebil Belediye Başkanı".
const TR_TWO_PLACES_TITLE = /^(\p{Lu}\p{Ll}+) ve (\p{Lu}\p{Ll}+) (\S.*)$/u;

/**
 * The title of the name at `at` in a list after a title in the plural that two places share: the
 * first name holds the first place's office and the second the second's, so "Kars ve Ardahan
 * Belediye Başkanları A ve B" are "Kars Belediye Başkanı" and "Ardahan Belediye Başkanı". A body
 * whose name is joined by "ve" ("Ticaret ve Sanayi Odası") is no two places and stays whole.
 */
function placeOwnTitle(title: string, at: number): string {
  const m = TR_TWO_PLACES_TITLE.exec(title);
  if (!m?.[1] || !m[2] || !m[3] || at > 1) return title;
  const known = (w: string): boolean => cityCountry(w) !== null || countryCode(w) !== null;
  if (!known(m[1]) && !known(m[2])) return title;
  return `${at === 0 ? m[1] : m[2]} ${m[3]}`;
}

const TR_OFFICIALS_OF =
  /(?<![\p{L}'’])((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)(?:\s+\([^()]+\))?\s+(?:yetkilileri|temsilcileri|üyeleri|uzmanları|yöneticileri)\s*$/u;

// What may follow one name alone after a Turkish title's head: nothing (the meeting word), or the
// invitation or hosting it is the genitive of ("Başkanı A'nın davetlisi olarak").
const TR_ONE_NAME_ENDS =
  /^\s*(?:$|(?:d[ae]\s+)?(?:davet|katıl(?:dığı|acağı)|ev\s+sahipliğinde|rehberliğinde))/u;

const TR_GENITIVE_END = /(?:\p{L}|\p{Lu}\.)['’]n?[ıiuü]n$/u;

/** A key for one person across cases and suffixes: initial and the surname's first five letters. */
function looseKey(name: string): string {
  const words = name.split(/[\s.]+/).filter(Boolean);
  return `${(words[0] ?? '').charAt(0)} ${(words.at(-1) ?? '').slice(0, 5)}`.toLowerCase();
}

// The visitor's own side among those who attended abroad: named by Türkiye, by his body's short
// name, as an envoy, or by an office with no body ("Genel Sekreter Yardımcısı A", his deputy).
// A body named again in the genitive by its office's noun is the one named before, the host's:
// "Bakanlığın Dış İlişkiler Dairesi Başkanı A", "Müdürlüğün Uzmanı B". The Turks of a place are
// its own people, the host's: "Kıbrıs Türk Dernekleri Konseyi Başkanı A". A short name in
// brackets after a body's full name spells that body, the host's: "X Eyaleti Acil Durum Ajansı
// (SEMA) Genel Müdürü A"; the visitor's own stands alone before an office.
export const TR_OWN_SIDE =
  /(?<!\p{Lu}[\p{L}'’-]*\s)Türk|T\.C\.|(?<![\p{L}(])\p{Lu}{2,}(?![\p{L})])|Büyükelçi|Elçi|Konsolos|Müsteşar|Ataşe|^(?:Genel|Bakan|Başkan|Sekreter|Müdür|Direktör|Danışman)(?!l[ıiuü][ğk][ıiuü]n\s)/u;
// The noun of a host's body that ends the title of someone who took part: "… министерства A".
const HOST_BODY_END =
  /(?:министерства|ведомства|агентства|службы|комитета|департамента|управления|компании|корпорации|института|университета|банка|фонда|совета|палаты)$/u;
// A title of small words ending with a ministry named in the genitive, not the visitor's own:
// "генеральный секретарь Министерства культуры и туризма".
const HOST_MINISTRY = new RegExp(
  String.raw`^\s+(?:\p{Ll}[\p{Ll}-]*\s+)+Министерства` +
    String.raw`(?:\s+(?:и\s+)?(?!росси|федерац)\p{Ll}[\p{Ll}-]*)+(?=\s+\p{Lu})`,
  'u',
);
// A minister's office or his deputy's, opening the words of one who took part.
const HOST_MINISTER = /^\s+(?:(?:первый\s+)?заместитель\s+)?министра?(?![\p{L}])/u;
// An envoy's or a mission's words: whoever holds them came with the visitor.
const OWN_OFFICE =
  /(?<![\p{L}])(?:посол|посл[аоеу]|посольств|представител|представительств|советник)/u;
// The host's side, named by its country's adjective, before a list of those who took part: "С
// эмиратской стороны", "с кубинской стороны"; never the visitor's own ("с российской стороны").
const HOST_SIDE = /(?<![\p{L}])[Сс]о?\s+(?!российск)\p{Ll}+(?:ой|ей)\s+стороны(?![\p{L}])/u;
// A name spelt in Latin letters in brackets, after the Russian one: "(Ilze Ozola)", "(Jiří Novák)".
const LATIN_SPELLING = /\s*\((?=[^()]*\p{Script=Latin})[^()\p{Script=Cyrillic}]*\)/gu;
// The one named after the first who took part as his companion, his title and name up to the
// list's next item: "… и сопровождавшая его государственный секретарь … B C".
const RU_COMPANION_OF_FIRST =
  /^\s*,?\s+(?:и|а\s+также)\s+(?:сопровождавш|сопровождающ)\p{Ll}*\s+(?:его|её|ее)\s+(\p{Ll}[^,;]*?)(?=\s*(?:[,;]|\s(?:и|а\s+также)\s|[.]?\s*$))/u;
// "принял участие", "участвовал": someone who took part.
const TOOK_PART = /(?:принял[аи]?|приняли)\s+участие|(?<![\p{L}])участвовал[аи]?(?![\p{L}])/u;
// Those who attended what the visitor held: "Görüşmeye A da katıldı", "Toplantıya NDK'den Kurul
// Üyesi A ve Daire Başkanı B katıldı"; or named first, their "da" before the meeting: "Daire
// Başkanı A ve Birlik Başkanı B de görüşmeye katıldı". A comma may follow the meeting: "Görüşmeye,
// ilçedeki okulun kurucusu A de katıldı". So may the meeting a host held, named first: "A'nın ev
// sahipliğinde düzenlenen toplantıya B de katıldı", "A'nın ev sahipliğindeki toplantıya B de
// katıldı"; the host may be named by an initial: "G. A'nın ev sahipliğinde düzenlenen toplantıya B
// katıldı". A meeting to come names those who will attend: "A'nın ev sahipliğinde yapılacak
// toplantıya B de katılacak".
const TR_MET_AT = '(?:toplantıya|toplantılara|görüşmeye|görüşmelere|kabule|buluşmaya)';
export const TR_ATTENDED = new RegExp(
  `^(?:(?:Toplantıya|Toplantılara|Görüşmeye|Görüşmelere|Kabule|Buluşmaya),?\\s+|(?:[^.;:]|(?<=(?<!\\p{L})\\p{Lu})\\.)*?\\s(?:düzenlen(?:en|ecek)|yapıl(?:an|acak)|gerçekleştiril(?:en|ecek)|\\p{Ll}+n?[dt][ae]ki)\\s+${TR_MET_AT},?\\s+|(?=[^.;:]+?\\s+d[ae]\\s+${TR_MET_AT}\\s+katıl))(.+?)(?:\\s+d[ae])?\\s+(?:${TR_MET_AT}\\s+)?katıl(?:dı|mıştır|dılar|acak(?:tır|lar)?)(?!\\p{L})`,
  'u',
);
// A paper in the dative, then those who sign it, and their verb: "Protokole A ve B imza attı"; a
// short title or an initial among them: "Prof. Dr. C".
const TR_SIGNERS =
  /^(?:Anlaşmaya|Anlaşmalara|Protokole|Protokollere|Mutabakat\s+zaptına|Muhtıraya|Belgeye|Sözleşmeye),?\s+((?:[^.;:]|(?<=(?<!\p{L})(?:Prof|Dr|Doç|\p{Lu}))\.)+?)\s+imza\s+at(?:tı|tılar|acak|acaklar|ıyor|ıyorlar|mıştır)(?!\p{L})/u;
// One who attended a meeting, named after it as the subject of the sentence, before a comma:
// "A'nın ev sahipliğinde düzenlenen toplantıya katılan Birlik Başkanı B C, … anlattı".
const TR_ATTENDING_SUBJECT = new RegExp(
  `(?:^|\\s)(?:${TR_MET_AT}|Toplantıya|Görüşmeye|Buluşmaya)\\s+katılan\\s+([^,;:]+?),\\s`,
  'u',
);
// Those who co-chaired a meeting, each named after the side he stood for: "Komisyonun eş
// başkanlıklarını Türkiye adına Bakan Yardımcısı A B, Gürcistan adına ise Bakan Yardımcısı C D
// yürüttü". Each side opens its part of the list, which the split keeps ("Türkiye adına A B").
const TR_CO_CHAIRED =
  /(?:^|\s)eş\s+başkanlı(?:ğını|klarını)\s+([^.;:]+?)\s+(?:yürüttü|yürütecek|yaptı|yapacak|üstlendi|üstlenecek)(?!\p{L})/u;
// Those who sign a paper, named in the accusative before them, each after the side he signs
// for: "Mutabakat zaptını X adına A B, Y adına ise Y Başkanı C D imzalayacak".
const TR_SIGNED_FOR_SIDES =
  /^(?:Anlaşmayı|Anlaşmaları|Protokolü|Protokolleri|Mutabakat\s+zaptını|Mutabakat\s+zabıtlarını|Muhtırayı|Belgeyi|Sözleşmeyi),?\s+((?:[^.;:]|(?<=(?<!\p{L})(?:Prof|Dr|Doç|\p{Lu}))\.)+?\s+adına\s(?:[^.;:]|(?<=(?<!\p{L})(?:Prof|Dr|Doç|\p{Lu}))\.)+?)\s+imzala(?:dı|dılar|yacak|yacaklar|mıştır)(?!\p{L})/u;
const TR_ON_BEHALF_OF = /(?:,\s+|\s+ve\s+)(?=(?:\p{Lu}[\p{L}-]*\s+){1,3}adına\s)/u;
// The side of the visitor's own country: "Türkiye adına", "Türk tarafı adına".
const TR_OWN_COUNTRY_SIDE = /^\s*(?:Türkiye|T\.C\.|Türk\s+\p{L}+)\s+adına\s/u;
// One who spoke or acted at the meeting just told, the subject of a sentence that opens with it,
// named by a title and a name before a comma: "Toplantıda Dernek Başkanı A B, arşivi … teklif
// etti". The visitor's own envoys are not met.
const TR_SPOKE_AT_MEETING =
  /^(?:Toplantıda|Toplantılarda|Görüşmede|Görüşmelerde|Buluşmada)\s+((?:\p{Lu}[\p{L}'’.-]*\s+)+\p{Lu}[\p{L}-]*),\s/u;
const TR_ENVOY = /Türkiye|T\.C\.|Büyükelçi|Elçi|Konsolos|Müsteşar|Ataşe/u;
// One who performed at an evening or a meal held for the guests, the subject named by his trade in
// small letters at most and his name before a comma: "Heyet için düzenlenen gecede ozan A B, …
// türküler seslendirdi".
const TR_PERFORMED_FOR_GUESTS =
  /^(?:Heyet|Konuklar|Misafirler)(?:imiz)?\s+(?:için|onuruna|şerefine)\s+(?:\p{Ll}+\s+){0,2}?düzenlenen\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+[dt][ae]\s+((?:\p{Ll}+\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}),\s+[^;:]*?\s(?:seslendir|söyle|çal|oku|sun)(?:di|dı|du|dü|ecek|acak|yecek|yacak)(?!\p{L})/u;
// A host named by his office in a body and his name, the subject set off by a comma, who tells or
// shows the guests something, they being named or not: "Burada X Şirketi Genel Müdürü A B, ovadaki
// köylerin tarihini anlatacak", "Dernek Başkanı A B, derneğin kayıtlarını tanıttı", "… görüşmede
// ise X köyünden gelen Y Topluluğu Başkanı A B, okulun ihtiyaçlarını anlattı"; so is one who
// invites the guests to an event of his: "Fakülte Dekanı A B, öğrencilerin dinletisine heyeti
// davet etti"; so is one who said something to them: "Kütüphane Direktörü A B, iş birliğine hazır
// olduklarını belirtti". The clause may follow another after a semicolon: "Son durak X oldu; …".
// So is one who proposed, made known or asked something: "Belediye Başkanı A B, ortak bir merkez
// kurulmasını önerdi", "… arazi ayrıldığını bildirdi", "… bursların artırılmasını istedi". An
// Arabic article in small letters may open a word of the name: "Dernek Başkanı A al-B". The
// office may be in small letters after its body in the genitive: "X Kulübü'nün başkanı A B, Başkan
// C'ye kulübün tarihini anlattı".
const TR_SAID =
  '(?:belirtti|belirtecek|söyledi|ifade\\s+etti|dile\\s+getirdi|vurguladı|önerdi|bildirdi|istedi)';
const TR_TOLD_SUBJECT = new RegExp(
  `(?:^|;\\s+)[^,;:]*?(?<![\\p{L}'’])((?:\\p{Lu}[\\p{L}'’-]*\\s+|["“][^"”]+["”]\\s+|(?:ve|ile)\\s+)*(?:Başkanı|Müdürü|Direktörü|Sekreteri|Koordinatörü|Temsilcisi|Rektörü|Dekanı|Valisi|Kurucusu|(?<=\\p{L}['’]n?[ıiuü]n\\s)(?:başkanı|müdürü|direktörü|sekreteri|koordinatörü|temsilcisi|kurucusu))\\s+(?:(?:Prof|Doç|Dr|Av)\\.\\s+)*\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:al|el|er|es|ed|en|et|ez|eş)-)?\\p{Lu}[\\p{L}'’-]*){1,3}),\\s+[^;:]*?\\s(?:${TR_TELLING}(?:lar)?|(?:heyeti|konukları|misafirleri)\\s+(?:\\p{Ll}+\\s+){0,2}?davet\\s+(?:etti|edecek)|${TR_SAID})(?!\\p{L})`,
  'u',
);
// The body those who attended come from, in the ablative before them: "Toplantıya KİK'ten A (Kurul
// Üyesi) …", "NDK'den Kurul Üyesi A …".
const TR_MEETING_DATIVE = /^(?:Toplantıya|Toplantılara|Görüşmeye|Görüşmelere|Kabule)\s+/u;
const TR_FROM_BODY = /^((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)['’]n?[dt][ae]n\s+/u;
// A title held in a body, its head in the possessive: "Kurul Üyesi", "Daire Başkanı".
const TR_OFFICE_HEAD =
  /(?:^|\s)(?:Üyesi|Başkanı|Müdürü|Yardımcısı|Sekreteri|Direktörü|Uzmanı|Danışmanı|Koordinatörü|Temsilcisi|Sözcüsü|Müşaviri|Komiseri|Müsteşarı|Dekanı|Rektörü)$/u;
// Two or more people named each with a body in brackets: "A (Министерство …), B (Университет …)".
const BRACKETED_LIST = /\p{Lu}[^()]*\([^()]+\)\s*(?:,|и|ve)\s+\p{Lu}[^()]*\([^()]+\)/u;
// The verb of those who took part, after such a list ("… ve C (Şirket) katılacak") or before it
// ("приняли участие A (…), B (…)"), or those who attend named as such before a colon that opens it
// ("Toplantıya katılacak isimler şunlar: A (Rektör), B (Dekan) ve C (…)").
const LIST_TOOK_PART =
  /(?<=\))\s+katıl(?:dı|acak|mış|ıyor)\p{L}*|(?<![\p{L}])katıl(?:acak|an|dı)\s+(?:isimler|kişiler|konuklar)(?:\s+şunlar(?:dır)?)?\s*:\s*|(?:принял[аи]?|приняли|прим[еу]т|принима(?:ет|ют))\s+участие\s|(?<![\p{L}])с\s+участием\s/u;

// A Russian name's genitive endings, each with its nominative: "Козаковой" → "Козакова",
// "Марины" → "Марина", "Ольги" → "Ольга", "Марии" → "Мария", "Виктора" → "Виктор", "Анатолия" →
// "Анатолий", "Игоря" → "Игорь".
const GENITIVE_ENDINGS: [RegExp, string][] = [
  // A fleeting vowel: "Стрельца" → "Стрелец", "Корнейца" → "Корнеец", "-айца" → "-аяц".
  [/ьца$/u, 'ец'],
  [/айца$/u, 'аяц'],
  [/([еоу])йца$/u, '$1ец'],
  [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'],
  [/([бвгдзлмнпрстфц])ы$/u, '$1а'],
  [/([гкхжчшщ])и$/u, '$1а'],
  [/([иь])и$/u, '$1я'],
  [/([бвгджзклмнпрстфхцчшщ])а$/u, '$1'],
  [/([аеёиоуыэюя])я$/u, '$1й'],
  // A man's name in a soft consonant: "Игоря" → "Игорь", "Рамиля" → "Рамиль".
  [/([бвдзлмнпрст])я$/u, '$1ь'],
];

/**
 * A Russian name in the genitive back to its nominative, word by word: "Марины Козаковой" →
 * "Марина Козакова", "Виктора Петрова" → "Виктор Петров", "Сунь Цзяньмина" → "Сунь Цзяньмин";
 * a word that does not decline ("Чжан Вэй", "Лю Мэйхуа") stays as it is.
 */
export function genitiveNominative(name: string): string {
  if (!/[а-яё]/u.test(name)) return name;
  const word = (w: string): string => {
    if (w.length < 4) return w;
    // The first ending that fits, one only.
    for (const [ending, nominative] of GENITIVE_ENDINGS) {
      if (ending.test(w))
        return fleetingSurnameVowel(fleetingGivenVowel(w.replace(ending, nominative)));
    }
    return w;
  };
  return name
    .split(' ')
    .map((w) => {
      // Each half of a double surname declines: "Тарасова-Ремезова" → "Тарасов-Ремезов".
      const halves = DOUBLE_SURNAME.exec(w);
      if (halves?.[1] && halves[2] && word(halves[1]) !== halves[1])
        return `${word(halves[1])}-${word(halves[2])}`;
      return word(w);
    })
    .join(' ');
}

/**
 * People listed each with a body in brackets as taking part in what the visitor held: "yuvarlak
 * masa toplantısına A (Bakanlık), B (Üniversite) ve C (Şirket) katılacak", "в круглом столе
 * приняли участие A (Министерство …), B (Университет …) и C (…)". Only the name that ends right
 * before each bracket is one of them; the body in the bracket is that person's.
 */
function bracketedPeople(sentence: string): NameMention[] {
  const verb = LIST_TOOK_PART.exec(sentence);
  if (!verb) return [];
  const list = verb[0].startsWith(' ')
    ? sentence.slice(0, verb.index)
    : sentence.slice(verb.index + verb[0].length);
  if (!BRACKETED_LIST.test(list)) return [];
  const people: NameMention[] = [];
  let from = 0;
  for (const bracket of list.matchAll(/\(([^()]+)\)/gu)) {
    const before = list.slice(from, bracket.index).trimEnd();
    // The other way round, each body named with its person in the bracket: "с участием
    // представителей Министерства A (Хасан аль-Амири), Университета B (Омар ас-Саид)".
    // A Russian body's name in the genitive may hold small words ("Совета по водным ресурсам");
    // a Turkish one is the capitalised words before the bracket ("Su Kaynakları Kurulu").
    const inside = foreignNames(bracket[1] ?? '');
    const body = /[а-яё]/iu.test(before)
      ? before.replace(/^[\s,]*(?:и\s+)?(?:\p{Ll}+\s+)*/u, '')
      : (/(?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*$/u.exec(before)?.[0] ?? '');
    if (
      inside.length === 1 &&
      inside[0]?.index === 0 &&
      inside[0].end === (bracket[1] ?? '').trimEnd().length &&
      /^\p{Lu}/u.test(body)
    ) {
      people.push({ ...inside[0], role: '', body: genitiveBody(body) });
      from = bracket.index + bracket[0].length;
      continue;
    }
    const last = foreignNames(before).at(-1);
    // After «с участием» each name is in the genitive: "… и Сунь Цзяньмина (Институт …)".
    const name = /участием/u.test(verb[0]) ? genitiveNominative(last?.name ?? '') : last?.name;
    // The meeting in the dative before the first name is no title: "Toplantıya A (…)".
    const role = /^\p{L}+(?:y[ae]|[ıiuü]n[ae])$/u.test(last?.role.trim() ?? '') ? '' : last?.role;
    // A title in the bracket is the person's, of the body the list comes from: "Toplantıya
    // KİK'ten A (Kurul Üyesi), B (Daire Başkanı) …"; so is a bare office: "A (Rektör)".
    const office = TR_OFFICE_HEAD.test(bracket[1] ?? '') || TR_BARE_HEAD.test(bracket[1] ?? '');
    const ablative = office ? TR_FROM_BODY.exec(list.replace(TR_MEETING_DATIVE, ''))?.[1] : null;
    if (last && name && last.end === before.length && office)
      people.push({
        ...last,
        name,
        role: bracket[1] ?? '',
        ...(ablative ? { body: ablative } : {}),
      });
    else if (last && name && last.end === before.length)
      people.push({ ...last, name, role: role ?? '', body: bracket[1] });
    from = bracket.index + bracket[0].length;
  }
  return people;
}

// A body's head noun in the genitive, each ending with its nominative: "Министерства" →
// "Министерство", "управления" → "управление", "комиссии" → "комиссия", "службы" → "служба",
// "Университета" → "Университет".
const BODY_ENDINGS: [RegExp, string][] = [
  [/ства$/u, 'ство'],
  [/ения$/u, 'ение'],
  // An assembly: «Собрания» → «Собрание».
  [/ания$/u, 'ание'],
  [/ии$/u, 'ия'],
  // A museum, a lyceum: «Музея» → «Музей».
  [/ея$/u, 'ей'],
  [/([бвдзлмнпрстфц])ы$/u, '$1а'],
  // After a hushing or velar consonant the genitive of "-а" is "-и": «Биржи» → «Биржа», «Библиотеки»
  // → «Библиотека».
  [/([жшчщкгх])и$/u, '$1а'],
  [/([бвдзлмнпрстфхкг])а$/u, '$1'],
  // An ensemble: «ансамбля» → «ансамбль».
  [/(?<=ансамб)ля$/u, 'ль'],
  // A bureau does not decline, its adjectives do: «Национального бюро» → «Национальное бюро».
  [/(?<=(?:^|-)бюр)о$/iu, 'о'],
];

/**
 * A Russian body's name in the genitive given back its nominative: its head noun and the
 * adjectives before it decline, the words after stay ("Генерального управления транспорта" →
 * "Генеральное управление транспорта", "Королевской комиссии по …" → "Королевская комиссия по
 * …"). A name whose head is not known so stays as written.
 */
// The stems of adjectives stressed on their ending, whose masculine ends in "-ой": "окружной",
// "областной", "краевой", "городской", "морской".
const STRESSED_END =
  /^(?:[Оо]кружн|[Оо]бластн|[Кк]раев|[Гг]ородск|[Мм]орск|[Зз]аводск|[Оо]сновн|[Мм]иров|[Дд]елов)$/u;

export function genitiveBody(body: string): string {
  if (!/[а-яё]/iu.test(body)) return body;
  const words = body.split(' ');
  // Adjectives may be joined by «и»: "Озёрского исторического и художественного музея".
  const head = words.findIndex(
    (w, i) => !/(?:ого|его|ой|ей)$/u.test(w) && !(w === 'и' && i > 0 && i + 1 < words.length),
  );
  const noun = words[head] ?? '';
  const ending = BODY_ENDINGS.find(([e]) => e.test(noun));
  if (head < 0 || !ending) return body;
  // A noun of two joined by a hyphen declines in both, and its first names the gender:
  // «школы-интерната» → «школа-интернат».
  const halves = /^(\p{L}+)-(\p{L}+)$/u.exec(noun);
  const firstEnding = BODY_ENDINGS.find(([e]) => e.test(halves?.[1] ?? ''));
  const first =
    halves?.[1] && firstEnding ? halves[1].replace(firstEnding[0], firstEnding[1]) : null;
  words[head] = first
    ? `${first}-${(halves?.[2] ?? '').replace(ending[0], ending[1])}`
    : noun.replace(ending[0], ending[1]);
  const named = first ?? words[head] ?? '';
  const gender = /[ое]$/u.test(named) ? 'n' : /[ая]$/u.test(named) ? 'f' : 'm';
  for (let i = 0; i < head; i += 1) {
    const w = words[i] ?? '';
    if (w === 'и') continue;
    const soft = /(?:его|ей)$/u.test(w);
    const stem = w.replace(/(?:ого|его|ой|ей)$/u, '');
    // A masculine adjective's stem in "к", "г", "х" takes "-ий" ("Технического" → "Технический"),
    // a feminine one's in "ж", "ч", "ш", "щ" takes "-ая" ("Высшей" → "Высшая").
    const velar = /[кгх]$/u.test(stem);
    const hushing = /[жчшщ]$/u.test(stem);
    const end = {
      n: soft ? 'ее' : 'ое',
      f: soft && !hushing ? 'яя' : 'ая',
      m: STRESSED_END.test(stem) ? 'ой' : soft || velar ? 'ий' : 'ый',
    }[gender];
    words[i] = `${stem}${end}`;
  }
  return words.join(' ');
}

/**
 * Whether a Russian given name stands in the genitive: a man's less its "-а"/"-я" ("Виктора",
 * "Анатолия") or a woman's in "-ы"/"-и" ("Марины", "Марии") is a known given name.
 */
/**
 * Whether a name in the genitive is the one a body bears, a name met following it in the same
 * title with no more than «в», «во» or «на» between: "ректором Университета Константина Философа
 * в Нитре A B", "директору Библиотеки Игоря Северянина A B".
 */
export function bodysNamesake(
  words: readonly string[],
  between: string,
  next: readonly string[],
): boolean {
  const met = (w: string) => INSTRUMENTAL.test(w) || DATIVE.test(w);
  return (
    genitiveGiven(words[0] ?? '') &&
    !words.some(met) &&
    /^\s+(?:(?:в|во|на)\s+)?$/u.test(between) &&
    next.some(met)
  );
}

function genitiveGiven(word: string): boolean {
  if (!/^[А-ЯЁ][а-яё]{2,}$/u.test(word)) return false;
  if (/[^аеёиоуыэюя][ыи]$/u.test(word))
    return nameKind(word.replace(/ы$/u, 'а').replace(/([гкхжчшщ])и$/u, '$1а')).given;
  if (/ии$/u.test(word)) return nameKind(word.replace(/и$/u, 'я')).given;
  return russianGenitiveName([word, 'Иванова']);
}

/**
 * Someone named after «с участием» or «при участии» is in the genitive: "Марины Козак",
 * "Виктора Соболева" are "Марина Козак", "Виктор Соболев".
 */
function tookPartNominative(clause: string, mention: NameMention): NameMention {
  if (!/(?<![\p{L}])(?:участием|участии)\s/u.test(clause.slice(0, mention.index))) return mention;
  // The title is in the genitive too, and the words of taking part are none of it: "с участием
  // первого заместителя министра A B" is "первый заместитель министра".
  const office = mention.role
    .replace(/^(?:[^]*?\s)?(?:участием|участии)\s+/u, '')
    .replace(/^(?:,|и|а\s+также)\s+/u, '')
    .trim();
  const role =
    office !== '' && RU_OFFICE_OPENS.exec(office)?.index === 0
      ? genitiveTitleHead(office)
      : mention.role;
  const [first, ...rest] = mention.name.split(' ');
  // A foreign given name in a vowel does not decline; the noun surname after it does, "-ы" for
  // "-а": "Паоло Бьянкины" is "Паоло Бьянкина".
  const surname = rest[0] ?? '';
  if (
    first &&
    rest.length === 1 &&
    /[оеиуюэ]$/u.test(first) &&
    nameKind(first).given &&
    /[бвдзлмнпрстфц]ы$|[гкх]и$/u.test(surname)
  )
    return { ...mention, name: `${first} ${genitiveNominative(surname)}`, role };
  if (!first || rest.length === 0 || !genitiveGiven(first)) return { ...mention, role };
  return { ...mention, name: genitiveNominative(mention.name), role };
}

/**
 * One introduced to the guests or to the visitor is named, after them in the dative, in the
 * accusative: "председателя общества Егора Семёнова" is "председатель общества Егор Семёнов",
 * "главу общины Ирину Петрову" is "глава общины Ирина Петрова".
 */
function introducedNominative(clause: string, mention: NameMention): NameMention {
  const to = RU_INTRODUCED_TO.exec(clause);
  if (!to || mention.index < to[0].length || !/[а-яё]/u.test(mention.name)) return mention;
  const office = mention.role.trim().slice(to[0].trim().length).trim();
  const role = /^\p{Ll}+у(?=\s|$)/u.test(office)
    ? office.replace(/^(\p{Ll}+)у/u, '$1а')
    : genitiveTitleHead(office);
  if (RU_OFFICE_OPENS.exec(role)?.index !== 0) return mention;
  const words = mention.name.split(' ');
  // A woman's words end in «-у» or «-ю» in the accusative: "Ирину Петрову".
  if (words.every((w) => /[^аеёиоуыэюя][ую]$/u.test(w)))
    return {
      ...mention,
      name: words.map((w) => w.replace(/у$/u, 'а').replace(/ю$/u, 'я')).join(' '),
      role,
    };
  const first = words[0] ?? '';
  return genitiveGiven(first)
    ? { ...mention, name: genitiveNominative(mention.name), role }
    : { ...mention, role };
}

/**
 * Whoever grants the visitor an audience is named in the genitive after «у»: "удостоен аудиенции
 * у короля Иордании Абдаллы II" met "Абдалла II", the "король Иордании".
 */
function audienceNominative(clause: string, mention: NameMention): NameMention {
  if (!/^у\s/u.test(clause.trimStart()) || !/[а-яё]/u.test(mention.name)) return mention;
  const role = mention.role.trim().replace(/^у\s+/u, '');
  return { ...mention, name: genitiveNominative(mention.name), role: genitiveTitleHead(role) };
}

// An office in the dative, to whom something is handed ("вручил медаль заместителю Председателя
// … A B"), with the adjectives before it ("первому", "генеральному").
const RU_DATIVE_OFFICE =
  /(?<![\p{L}])(?:(?:перв|генеральн|исполнительн|главн|государственн|старш)\p{Ll}*(?:ому|ему)\s+)*(?:(?:заместител|председател|руководител|секретар|представител)ю|(?:министр|президент|директор|ректор|начальник|советник|декан|посл|член)у|главе)(?=\s|$)/giu;

/**
 * A Russian word of a name in the dative back to its nominative, or null when a woman's word
 * cannot be read back. A man's word in "-у" after a consonant is one in the dative when it is his
 * surname (last, or before "де", "ла", "ибн") or a given name the list knows less the "-у": a
 * Japanese given name ends so in the nominative ("Минору"); a soft "-ю" ("Мигелю", "Андрею") is
 * always an ending.
 */
function dativeWord(words: readonly string[], i: number, woman: boolean): string | null {
  const word = words[i] ?? '';
  if (!/^\p{Lu}/u.test(word)) return word;
  // Words after an article ("аш-Шамси"), and those that end in another vowel, keep their form.
  if (woman) {
    if (/(?:ов|ев|ёв|ин|ын)ой$/u.test(word)) return word.replace(/ой$/u, 'а');
    if (/[сцз]кой$/u.test(word)) return word.replace(/ой$/u, 'ая');
    if (/ии$/u.test(word) && nameKind(word.replace(/и$/u, 'я')).given)
      return word.replace(/и$/u, 'я');
    // Her patronymic: "Аслановне" → "Аслановна".
    if (/\p{Ll}(?:вн|чн)е$/u.test(word)) return word.replace(/е$/u, 'а');
    if (/[^аеёиоуыэюя]е$/u.test(word)) {
      const a = word.replace(/е$/u, 'а');
      const ya = word.replace(/е$/u, 'я');
      if (nameKind(a).given) return a;
      if (nameKind(ya).given) return ya;
      // Beside her patronymic, any word in "-е" is in the dative: her given name, each half of
      // a double one ("Дарме-Сэлме" → "Дарма-Сэлма"), and her surname in "-а" ("Ветте" →
      // "Ветта").
      if (words.some((w) => /\p{Ll}(?:вн|чн)е$/u.test(w)))
        return word
          .split('-')
          .map((half) => half.replace(/ье$/u, 'ья').replace(/(?<=[^аеёиоуыэюя])е$/u, 'а'))
          .join('-');
      return null;
    }
    return word;
  }
  if (/[сцз]кому$/u.test(word)) return word.replace(/ому$/u, 'ий');
  if (/[бвгджзклмнпрстфхцчшщ]у$/u.test(word)) {
    // The surname in the dative ("Гонсалесу дель Рио") puts the given names before it there too.
    const surname = (k: number) =>
      /[бвгджзклмнпрстфхцчшщ]у$/u.test(words[k] ?? '') &&
      (words[k + 1] === undefined || /^\p{Ll}/u.test(words[k + 1] ?? ''));
    const declined = words.some((_, k) => k >= i && surname(k));
    return declined || nameKind(word.slice(0, -1)).given
      ? fleetingSurnameVowel(word.slice(0, -1))
      : word;
  }
  // The second half of a double given name declines alone: "Арслан-Гирею" → "Арслан-Гирей".
  if (/^(?:\p{L}+-)?\p{L}{3,}[аеиоуэя]ю$/u.test(word)) return `${word.slice(0, -1)}й`;
  if (/^(?:\p{L}+-)?\p{L}{2,}[лнр]ю$/u.test(word)) return `${word.slice(0, -1)}ь`;
  return word;
}

/**
 * Someone handed something after an office in the dative is named in the dative: "вручил медаль
 * заместителю министра Арману Саргсяну" names "Арман Саргсян", the "заместитель министра"; what
 * was handed is no part of the title. A man's words end in "-у"/"-ю", a woman's given name in
 * "-е"/"-и", her surname in "-ой"; a name whose words keep their form is left as it stands, and so
 * is a Japanese one (a family name in a vowel the list knows: "Минору Сато").
 */
function dativeNominative(mention: NameMention): NameMention {
  const offices = [...mention.role.matchAll(RU_DATIVE_OFFICE)];
  const office = offices.at(-1);
  if (!office || !/[а-яё]/u.test(mention.name)) return mention;
  // The office is the last before the name: no meeting "с" someone stands after it.
  const role = mention.role.slice(office.index).trim();
  if (/(?<![\p{L}])со?\s/u.test(role)) return mention;
  const all = mention.name.split(' ');
  // A body in the genitive before the name, in capitals, is the office's: "директору Музея Победы
  // A B" names "A B" in the dative, both his words so ended, and "Музея Победы" is his body's.
  const dative = (w: string) =>
    /(?:[бвгджзклмнпрстфхцчшщ]у|[аеиоуэя]ю|[лнр]ю|[^аеёиоуыэюя]е|ой)$/u.test(w);
  const from =
    all.length > 2 && all.slice(-2).every(dative) && !dative(all[all.length - 3] ?? '')
      ? all.length - 2
      : 0;
  const words = all.slice(from);
  if (from > 0) {
    const body = all.slice(0, from).join(' ');
    return dativeNominative({
      ...mention,
      name: words.join(' '),
      role: `${mention.role.trimEnd()} ${body}`,
      index: mention.index + body.length + 1,
    });
  }
  // A woman's given name the lists lack, in the dative before her surname read as "-ова",
  // "-ина", is one in "-а": "Гульнаре Кадуновой" is "Гульнара Кадунова".
  const given = words[0] ?? '';
  if (
    words.length === 2 &&
    /^\p{Lu}\p{Ll}+[^аеёиоуыэюяь]е$/u.test(given) &&
    /(?:ов|ев|ёв|ин|ын)а$/u.test(words[1] ?? '') &&
    !nameKind(given).given &&
    !nameKind(given.replace(/е$/u, 'я')).given
  )
    return {
      ...mention,
      name: `${given.replace(/е$/u, 'а')} ${words[1]}`,
      role: nominativeDativeOffice(role),
    };
  if (words.some((w) => /[аоиеэ]$/u.test(w) && nameKind(w).family))
    return { ...mention, role: nominativeDativeOffice(role) };
  const man = words.map((_, i) => dativeWord(words, i, false));
  const woman =
    man.every((w, i) => w === words[i]) &&
    words.some(
      (w) => /^\p{Lu}/u.test(w) && /(?:ов|ев|ёв|ин|ын)ой$|[^аеёиоуыэюя][еи]$|ии$/u.test(w),
    );
  const nominative = woman ? words.map((_, i) => dativeWord(words, i, true)) : man;
  if (nominative.some((w) => w === null)) return { ...mention, role: nominativeDativeOffice(role) };
  return { ...mention, name: nominative.join(' '), role: nominativeDativeOffice(role) };
}

/** An office in the dative back to its nominative: "первому заместителю министра" → "первый заместитель министра". */
function nominativeDativeOffice(role: string): string {
  const words = role.split(' ');
  let i = 0;
  while (i < words.length - 1 && /(?:ому|ему)$/u.test(words[i] ?? '')) {
    words[i] = (words[i] ?? '').replace(/ему$|(?<=[кгх])ому$/u, 'ий').replace(/ому$/u, 'ый');
    i += 1;
  }
  words[i] = (words[i] ?? '')
    .replace(/^(\p{L}+)ю$/u, '$1ь')
    .replace(/^([Пп])слу$/u, '$1осол')
    .replace(/^(\p{L}+[^аеёиоуыэюя])у$/u, '$1')
    .replace(/^([Гг]лав)е$/u, '$1а');
  return words.join(' ');
}

// A host who showed or told the guests something, named before the verb: "A B провёл для
// делегации демонстрацию …", "A B рассказала гостям о …", "A B ознакомил делегацию с …", "A B
// познакомила гостей с …"; the guests may be the visiting scholars: "A B показал учёным собрание
// …"; and one who handed or gave them, or the body they came from, something: "A B передала
// институту копии …", "A B подарил гостям …".
// Told as still to come too: "A B расскажет гостям о …"; the one who will tell of something, the
// guests unsaid: "Руководитель управления A B расскажет о …". A programme told as it goes on is
// in the present: "A B показывает гостям терминал", "A B знакомит делегацию с …".
export const RU_BRIEFED =
  /(?<![\p{L}])(?:(?:провел[аи]?|провёл|рассказал[аи]?|показал[аи]?|продемонстрировал[аи]?|представил[аи]?|(?:по|о)знакомил[аи]?|проведут|провед[её]т|расскаж(?:ет|ут)|покаж(?:ет|ут)|продемонстриру(?:ет|ют)|представ(?:ит|ят)|(?:по|о)знаком(?:ит|ят)|провод(?:ит|ят)|рассказыва(?:ет|ют)|показыва(?:ет|ют)|демонстриру(?:ет|ют)|представля(?:ет|ют)|знаком(?:ит|ят))\s+(?:\p{Ll}+\s+){0,2}?(?:для\s+(?:делегации|гостей|гостя|гостьи)|делегации|делегацию|гостям|гостей|гостю|гостье|уч[её]ным)|(?:передал[аи]?|переда(?:ст|дут)|подарил[аи]?|подар(?:ит|ят))\s+(?:\p{Ll}+\s+){0,2}?(?:делегации|гостям|институту|университету|музею|библиотеке|академии|архиву)|расскаж(?:ет|ут)\s+об?)(?![\p{L}])/iu;

// One met named first, by his title in the instrumental after «С», before the subject who
// discusses something with him: "С министром энергетики A B глава делегации обсудит …", or with
// the subject unsaid, the thing discussed told in the passive: "С ректором A B обсуждалась …". Not the
// side named so: "С российской стороны A B обсудил …". So in a clause on the place visited, the
// subject unsaid, one agreed with: "…, где с директором института A B договорились о …".
const RU_DISCUSSED_WITH =
  /(?:^С|^Со|(?<=,\s+где\s+)со?)\s+(?!\p{Ll}+\s+сторон)((?:\p{Ll}+(?:ым|им)\s+)*\p{Ll}+(?:ом|ем|ём|ой|ей)\s[^;]*?)\s+(?:обсуд(?:ил[аи]?|ит|ят)|обсуждал(?:[аи]|ся|ась|ось|ись)?|договорил(?:ся|ась|ись)|договор(?:ится|ятся))(?!\p{L})/u;

// A head named after his title that opens the sentence, who tells of something or presents it,
// the guests unsaid: "Директор музея A B представил программу …", "Руководитель центра A B
// рассказала о …", or tells what is done there: "… A B рассказала, что дети …". The verb follows the name at once, in the past or to come ("A B представит на
// нём проект …", "расскажет о …"). So is one who shows or tells the guests, named by «им»,
// something: "Директор музея A B покажет им фонды"; and one who gives them a tour: "A B провела
// для гостя экскурсию". The head of a place just visited, in a clause on it, who shows something:
// "…, где директор музея A B показала экспозицию", or opening the sentence: "Руководитель центра
// A B показала записи"; so is he who does anything else in such a clause, named in full with his
// patronymic: "…, где староста села A B C соберёт жителей". The name may be written in Latin
// letters too, in brackets: "A B (A B) показала"; or by initials and a surname: "Директор центра
// О. Н. B"; its patronymic may be of two words joined by a hyphen: "A Кара-оолович B рассказал",
// and a woman's surname may be her two joined so: "A B-C представит".
const RU_HEAD_TOLD =
  /(?<=(?:\p{Lu}\p{Ll}+(?:-\p{Ll}+)?\s+|\p{Lu}\.\s*)\p{Lu}[\p{Ll}-]+(?:-\p{Lu}\p{Ll}+)?(?:\s+\([\p{L}\s-]{3,60}\))?)\s+(?:(?:рассказал[аи]?|расскаж(?:ет|ут))(?:\s+об?|,\s+(?:что|как))|(?:показал[аи]?|покаж(?:ет|ут)|рассказал[аи]?|расскаж(?:ет|ут))\s+(?:им|ему|ей)|показал[аи]?|покаж(?:ет|ут)|(?<=,\s+где\s+[^,.;]+)(?<=\s\p{Lu}\p{Ll}+(?:вна|чна|ична|вич|ич)\s+\p{Lu}[\p{Ll}-]+\s)\p{Ll}{3,}(?:ёт|ит|ут|ют|ят|ал[аи]?|ил[аи]?)|представил[аи]?|представ(?:ит|ят)|презентовал[аи]?|презенту(?:ет|ют)|(?:провел[аи]?|провёл|провед(?:ёт|ет|ут))\s+(?:для\s+\p{Ll}+\s+)?экскурси(?:ю|и))(?![\p{L}])/u;

// Something discussed with the visitors, named as the Russian side or as guests.
const RU_DISCUSSED_WITH_US =
  /(?<![\p{L}])обсу(?:дил[аи]?|дят?|ждали)\s+со?\s+(?:российской\s+стороной|российскими\s+коллегами|(?:\p{Ll}+\s+)?гостями)(?![\p{L}])/u;

// The guests named as such after «с», the visitors as their host sees them: "провела переговоры с
// индийскими гостями".
const RU_WITH_GUESTS =
  /^[^.;]*?(?<![\p{L}])со?\s+(?:\p{Ll}+\s+){0,2}гост(?:ями|ем|ьей)(?![\p{L}])/u;

// A call by telephone is no meeting: "провёл телефонный разговор с A", "телефонные переговоры с
// A", "беседа по телефону с A".
const RU_TELEPHONE_AFTER = /^\s*(?:\p{Ll}+\s+)?(?:телефонн\p{L}*\s+\p{L}+|по\s+телефону)(?!\p{L})/u;
const RU_TELEPHONE_BEFORE = /телефонн\p{L}*\s+$/u;

/** Whether a Russian meeting word at `at` tells of a telephone call, which is no meeting. */
export function telephoneCall(sentence: string, at: number, word: string): boolean {
  return (
    RU_TELEPHONE_BEFORE.test(sentence.slice(0, at)) ||
    RU_TELEPHONE_AFTER.test(sentence.slice(at + word.trimEnd().length))
  );
}

// The head of a body, not of a state or a place, as the first word of a title.
// So in the dative, where he is handed something: "Директору музея A B ректор передаст …".
const BODY_HEAD_OPENS =
  /^(?:Директор(?:у)?|Руководител(?:ь|ю)|Ректор(?:у)?|Начальник(?:у)?|Заведующ\p{Ll}+|Декан(?:у)?)\s/u;
// The first word of an office in the nominative, with the adjectives before it: "генеральный
// директор", "первый заместитель", "художественный руководитель", "начальник". A community's
// or a church's own offices are such too: "настоятель храма", "имам мечети", "муфтий",
// "старейшина общины", "аксакал", a
// village's "староста", the Wayuu "палабреро" (the clans' mediator); a school's teacher; the
// Romanian or Moldovan mayor, the "примар"; a Buddhist head lama, his rank joined by a hyphen:
// "Камбы-лама Республики A".
const RU_OFFICE_OPENS =
  /(?<![\p{L}])(?:исполняющ\p{Ll}+\s+обязанности\s+)?(?:(?:перв|генеральн|исполнительн|главн|государственн|старш|художественн|научн)\p{Ll}*\s+)*(?:\p{L}+-лам(?:а|ы|е|у|ой)(?![\p{L}])|заместител|министр|председател|президент|директор|ректор|руководител|начальник|глав[аы](?![\p{L}])|управляющ|советник|секретар|декан|заведующ|член|эксперт|специалист|сотрудник|представител|губернатор|мэр(?![\p{L}])|примар(?:[аеу]|ом)?(?![\p{L}])|настоятел|имам|муфти|старейшин|старост|аксакал|палабреро|учител)/iu;
// A town named in the prepositional, one word, before an office: "в Озёрске глава района".
const RU_TOWN_BEFORE_OFFICE = new RegExp(
  String.raw`^\s*(?:в|во|на)\s+\p{Lu}[\p{Ll}-]+\s+(?=${RU_OFFICE_OPENS.source})`,
  'u',
);

// The visitor named by a pronoun and «и» before another who acts with him: "он и директор A B".
const RU_HE_AND = /(?:^|[\s,])(?:он|она)\s+и\s+(\p{Ll}[^,;]*)$/u;
// An office in the nominative right after a verb of receiving, with a word or two before it:
// "примет министр образования …", "приняла первый заместитель министра …", "провёл проректор …";
// the town where it was may stand before it: "принял в Озёрске глава района …".
const RU_HOST_AFTER_VERB =
  /^\s*(?:(?:в|во|на)\s+\p{Lu}[\p{Ll}-]+\s+)?(?:\p{Ll}+\s+){0,2}?(?:про|вице-)?(?:заместитель|министр|председатель|президент|директор|ректор|руководитель|начальник|глава|губернатор|мэр|посол|аким|хоким|декан|заведующ(?:ий|ая))\s/u;

// The chair of a society, a union, a fund or a centre, its adjectives in the genitive before its
// noun: "Председатель Ассоциации", "Председатель Озёрского культурного центра".
const RU_CHAIR_OF_SOCIETY =
  /^Председатель\s+(?:\p{L}[\p{L}-]*(?:ого|его|ой|ей)\s+)*(?:[Аа]ссоциации|[Оо]бщества|[Сс]оюза|[Фф]онда|[Кк]луба|[Цц]ентра)\s/u;

/**
 * An office that opens the sentence, its next word written small, has its capital from the
 * sentence alone: "Исполнительный директор Общества A" is "исполнительный директор" of the body.
 * So has the head of a body, never written large in his own right: "Директор Музея A"; and the
 * head of a district or a town ("Глава Северского муниципального района A"), not of a republic
 * ("Глава Республики Коми"); a town's mayor ("Мэр Озёрска A"); and the chair of a society, a
 * union, a fund or a centre, no state's body, with its adjectives before its noun or none
 * ("Председатель Ассоциации рыболовов A", "Председатель Озёрского культурного центра «Лад» B").
 */
export function sentenceCapital(office: string, at: number): string {
  return at === 0 &&
    (/^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(office) ||
      BODY_HEAD_OPENS.test(office) ||
      // A community's or a church's own office of one word before the name: "Имам A B".
      /^(?:Настоятел|Имам|Муфти|Старейшин|Старост|Аксакал)\p{Ll}*\s+\p{Lu}/u.test(office) ||
      /^Глава\s+(?!.*Республик)/u.test(office) ||
      /^(?:Мэр|Аким|Хоким|Примар)\s+\p{Lu}/u.test(office) ||
      RU_CHAIR_OF_SOCIETY.test(office))
    ? office.charAt(0).toLocaleLowerCase('ru') + office.slice(1)
    : office;
}

/** The words of a name as the clause writes them, or as read when it does not hold them. */
function writtenWords(clause: string, p: NameMention): string[] {
  const written = clause.slice(p.index, p.end).trim();
  return (written === '' ? p.name : written).split(/\s+/u);
}

// One who signs a document with the visitor, named by a bare office of the body just named, in
// the nominative: after the verb, for that body's side («Документ со стороны вуза подпишет ректор
// A B»), or first of those who signed («Его ректор A B и генеральный директор … подписали …»).
const RU_SIGNER_OFFICE =
  '(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?:ректор|директор|президент|председатель|глава|губернатор|' +
  'мэр|примар|министр|декан|начальник|руководитель)';
const RU_SIGNER_NAME = '\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2}';
const RU_SIGNED_AFTER = new RegExp(
  `(?<![\\p{L}])(?:со\\s+стороны\\s+\\p{Ll}+\\s+)?подпиш(?:ет|ут)\\s+` +
    `(${RU_SIGNER_OFFICE}\\s+${RU_SIGNER_NAME})\\s*[.;]?\\s*$`,
  'u',
);
const RU_SIGNED_FIRST = new RegExp(
  `^(?:(?:Его|Её|Ее|Их)\\s+)(${RU_SIGNER_OFFICE}\\s+${RU_SIGNER_NAME})\\s+и\\s+` +
    `[^.;]*?(?<![\\p{L}])подписа(?:ли|ют)(?![\\p{L}])`,
  'u',
);

// The host who signed something together with the visitor, named second after «и» by his office
// and what it is of, in the nominative: «A B и министр здравоохранения Республики X C D подписали
// соглашение».
const RU_SIGNED_WITH = new RegExp(
  `(?<=\\p{Lu}[\\p{Ll}-]+\\s)и\\s+(${RU_SIGNER_OFFICE}(?:\\s+[^\\s.;,()]+){0,6}?\\s+` +
    `${RU_SIGNER_NAME})\\s+подписали(?![\\p{L}])`,
  'u',
);

// The body just named, in the genitive after the office: «ректор университета», «директор
// института».
const RU_BODY_NOUN_OF =
  '(?:университета|института|академии|училища|колледжа|школы|центра|музея|театра|фонда|' +
  'компании|банка|ассоциации|общества|палаты|союза|агентства|клиники|больницы)';

// So is one named by a bare office opening the sentence, first of those who agreed on something
// or signed it with the visitor: «Ректор A B и посол договорились о …».
const RU_AGREED_FIRST = new RegExp(
  `^(${RU_SIGNER_OFFICE}(?:\\s+${RU_BODY_NOUN_OF})?\\s+${RU_SIGNER_NAME})\\s+и\\s+` +
    `[^.;]*?(?<![\\p{L}])` +
    `(?:договорились|подписали)(?![\\p{L}])`,
  'u',
);

// The head of a place the visitor went to, named in a clause on it, who presents or tells of
// something, or is busy with it as the visitor is there: "… побывал в институте, директор
// которого A B представил словарь", "… осмотрели больницу, главный врач которой A B рассказала
// о …", "… комбинат, директор которого A B (A B) добивается кредита". The name's own spelling in
// brackets may follow it.
const RU_HEAD_OF_WHICH = new RegExp(
  `,\\s+(${RU_SIGNER_OFFICE}|(?:главный\\s+)?врач|главврач)\\s+(?:которого|которой)\\s+` +
    `(${RU_SIGNER_NAME})(?:\\s+\\([^()]{1,60}\\))?` +
    `(?=\\s+(?:рассказал[аи]?\\s+об?|представил[аи]?|показал[аи]?|провёл|провела|` +
    `\\p{Ll}{2,}(?:[аяуеи]ет|ит|ёт)(?:ся)?)(?![\\p{L}]))`,
  'u',
);

// The «с» inside a department's title says with whom it works, not with whom one met: "директор
// департамента по работе с Азией", "по связям с общественностью".
const RU_TITLE_WITH = /(?<![\p{L}])по\s+(?:работе|связям|взаимодействию|сотрудничеству)\s+со?\s/gu;

// Another one who tells, after «а», the verb left out for a dash: "…, а директор школы A B – о …";
// or another host there, with a verb of his own in the past: "…, а директор музея A B пригласила
// гостей …".
const RU_TOLD_TOO =
  /^[^;.]*?,\s+а\s+([^,;.–—]+?\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+)\s+(?:[–—]\s+(?:об?|про)|\p{Ll}{3,}(?:ал|ил|ял|ел|ёл)[аи]?)\s/u;

// A clause on someone just named: ", который рассказал …", ", которая показала …".
const RU_ON_HIM = /,\s+котор(?:ый|ая|ые)\s/u;

// A clause on a place just named, whose subject is someone there: "… побывал в музее, где
// директор A B показал …".
const RU_WHERE_CLAUSE = /,\s+где\s+/gu;

// A possessive that names a place's head as its own: "его директор", "её ректор".
const RU_ITS = /^(?:его|её|ее|их)\s+/u;

/** Where the last clause on a place just named opens in `text`, or 0 when none does. */
function whereClauseStart(text: string): number {
  let at = 0;
  for (const m of text.matchAll(RU_WHERE_CLAUSE)) at = m.index + m[0].length;
  return at;
}

// A verb of handing something over in person: "вручил", "передаст", "подарили".
const RU_HANDED =
  /(?<![\p{L}])(?:вруч(?:ил[аи]?|ит|ат)|переда(?:л[аи]?|ст|дут)|подар(?:ил[аи]?|ит|ят))(?![\p{L}])/u;

// The words up to the last of the first run of capitalised ones: an office and a name.
const RU_HANDED_TO_NAME = /^[^]*?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/u;
// A message, a greeting or a letter handed on, someone else's.
const RU_MESSAGE_WORD = /(?<![\p{L}])(?=(?:послани|приветстви|письм|поздравлени|обращени)\p{L}*)/u;

/**
 * The words naming one handed something in person, from his office in the dative on: after the
 * verb, up to the clause's end ("вручит директору школы A B C комплект книг, …"), or opening the
 * clause, before the subject and the verb ("Директору музея A B C ректор передаст копии …",
 * "…: директору школы A B C гости вручили грамоту").
 */
function handedTo(sentence: string): string | null {
  const verb = RU_HANDED.exec(sentence);
  if (!verb) return null;
  const verbEnd = verb.index + verb[0].length;
  for (const office of sentence.matchAll(new RegExp(RU_DATIVE_OFFICE.source, 'giu'))) {
    if (office.index >= verbEnd && sentence.slice(verbEnd, office.index).trim() === '') {
      // The name ends the words: what was handed follows it, as may someone's message, named in
      // the genitive ("передал главе государства послание Президента A").
      const rest = sentence.slice(office.index);
      const words = rest.slice(0, rest.search(/[,;:.]|$/u));
      const upTo = words.split(RU_MESSAGE_WORD)[0] ?? '';
      return RU_HANDED_TO_NAME.exec(upTo)?.[0] ?? upTo;
    }
    if (
      office.index < verb.index &&
      /(?:^|[:;]\s*)$/u.test(sentence.slice(0, office.index)) &&
      !/[,;:]/u.test(sentence.slice(office.index, verb.index))
    )
      return sentenceCapital(sentence.slice(office.index, verb.index), office.index);
  }
  return null;
}

// An office in the nominative, the subject's, with a word or two before it.
const RU_OFFICE_NOMINATIVE =
  /^(?:\p{Ll}+\s+){0,2}?(?:заместитель|министр|председатель|президент|директор|ректор|руководитель|начальник|глава|губернатор|мэр|настоятель|заведующ(?:ий|ая)|учитель|декан|примар)\s/u;

/**
 * Where the subject before a verb of telling opens with its office, in the nominative, after a
 * time or a place that opens the sentence, or -1: "Во вторник руководитель центра A B
 * представила …", "В музее имени …, основанном …, директор музея A B представит …". The office
 * is the first after the last comma; one in another case there is someone else's ("В
 * присутствии министра A ректор представил …").
 */
function officeAfterOpening(before: string): number {
  const clause = Math.max(
    0,
    ...[...before.matchAll(/[,;:]\s*/gu)].map((m) => m.index + m[0].length),
  );
  const office = RU_OFFICE_OPENS.exec(before.slice(clause));
  return /^(?:В|Во|На)\s/u.test(before) &&
    office !== null &&
    RU_OFFICE_NOMINATIVE.test(before.slice(clause + office.index))
    ? clause + office.index
    : -1;
}

// The co-chairs of a joint body, one of each side, the release's own first: "Сопредседателями
// комиссии выступили академик A B и министр C D". The host's is the second.
const RU_CO_CHAIRS =
  /(?<![\p{L}])[Сс]опредседател(?:ями|и)\s+[^.;:]*?(?:выступили|были|стали)\s+[^;]*?\p{Lu}\p{Ll}+\s+и\s+(\p{Ll}[^;]*)$/u;

// A photograph's caption of the visitor and a host, an office before the host's name: "Фото:
// академик A B и директор института C D в архиве".
const RU_PHOTO_WITH = /^Фото\s*:\s+([^;]*?\p{Lu}\p{Ll}+\s+и\s+(\p{Ll}[^;]*))$/u;

// A meeting that was to be and did not take place, what follows «однако» or «но» telling why:
// «должен был встретиться с министром A B, однако министр находилась в командировке». Only the
// words after it may name someone met.
const MEETING_FELL_THROUGH =
  /(?<![\p{L}])(?:долж(?:ен|на|но|ны)\s+был[аои]?|собирал(?:ся|ась|ись))\s+встрет\p{L}*\s[^.;]*?,\s+(?:однако|но)\s/iu;

// So is a Turkish one, named before "ile görüşme" as the subject of a verb of failing: "A B ile
// görüşme, hava koşulları nedeniyle gerçekleştirilemedi"; "yapılamadı", "iptal edildi". The words
// up to the verb name no one met.
const TR_MEETING_FELL_THROUGH =
  /^[^;]*?(?:\sile|['’]y?l[ae])\s+(?:\p{Ll}+\s+)?(?:görüşme|toplantı|buluşma)(?:si|sı)?,?\s[^.;]*?\s(?:gerçekleştirilemedi|gerçekleşemedi|gerçekleşmedi|yapılamadı|iptal\s+edildi)(?!\p{L})/u;

const TR_FAILED_VERB =
  /(?:gerçekleştirilemedi|gerçekleşemedi|gerçekleşmedi|yapılamadı|iptal\s+edildi)/u;

// So is one that was planned, "but" telling why it was not to be: "A B ile görüşmesi
// planlanıyordu; ancak Bakan'ın yurt dışında olacağı bildirildi", "… öngörülüyordu, fakat …".
const TR_MEETING_PLANNED_BUT =
  /^[^.]*?(?:\sile|['’]y?l[ae])\s+(?:\p{Ll}+\s+)?(?:görüşme|toplantı|buluşma)(?:si|sı|leri|ları)?\s+(?:planlanıyordu|öngörülüyordu|bekleniyordu)[,;]?\s+(?:ancak|fakat|ama)(?!\p{L})/u;

/** The sentence without a meeting that did not take place, from its verb to «однако» or «но». */
export function withoutMeetingFellThrough(sentence: string): string {
  const fell =
    MEETING_FELL_THROUGH.exec(sentence) ??
    (TR_FAILED_VERB.test(sentence) ? TR_MEETING_FELL_THROUGH.exec(sentence) : null) ??
    TR_MEETING_PLANNED_BUT.exec(sentence);
  return fell ? sentence.slice(fell.index + fell[0].length) : sentence;
}

/** The text of each clause that names people met, or null when the sentence tells of no meeting. */
function meetingClauses(sentence: string, hosted = false): string[] | null {
  const russian = /[а-яё]/.test(sentence);
  const coChair = russian ? RU_CO_CHAIRS.exec(sentence)?.[1] : undefined;
  if (coChair) return [coChair];
  const photo = russian ? RU_PHOTO_WITH.exec(sentence) : null;
  if (photo?.[1] && RU_OFFICE_OPENS.exec(photo[2] ?? '')?.index === 0) return [photo[1]];
  const opening = sentence.charAt(0).toLocaleLowerCase('ru') + sentence.slice(1);
  const signer =
    russian && !new RegExp(RU_MEETING.source, 'iu').test(sentence)
      ? (RU_SIGNED_AFTER.exec(sentence) ??
          RU_SIGNED_FIRST.exec(sentence) ??
          RU_AGREED_FIRST.exec(opening) ??
          RU_SIGNED_WITH.exec(sentence))?.[1]
      : undefined;
  const headOfWhich = russian ? RU_HEAD_OF_WHICH.exec(sentence) : null;
  if (!signer && headOfWhich && !new RegExp(RU_MEETING.source, 'iu').test(sentence))
    return [`${headOfWhich[1]} ${headOfWhich[2]}`];
  if (signer && !OWN_OFFICE.test(signer)) return [signer];
  // The host named by his office that opens the sentence, who discussed something with the
  // visitors: "Министр торговли A B … обсудили с российской стороной поставки …".
  const withUs = russian ? RU_DISCUSSED_WITH_US.exec(sentence) : null;
  if (
    withUs &&
    RU_OFFICE_OPENS.exec(sentence)?.index === 0 &&
    !new RegExp(RU_MEETING.source, 'iu').test(sentence)
  )
    return [sentenceCapital(sentence.slice(0, withUs.index), 0)];
  const told = russian ? RU_HEAD_TOLD.exec(sentence) : null;
  // A clause on the place the visitor went to opens with «где»: its subject is the host there.
  const clauseAt = told ? whereClauseStart(sentence.slice(0, told.index)) : 0;
  // The place's head may be named as its own: "…, где его директор A B представит словарь".
  const own = clauseAt > 0 ? (RU_ITS.exec(sentence.slice(clauseAt))?.[0].length ?? 0) : 0;
  const briefed =
    (russian ? RU_BRIEFED.exec(sentence) : null) ??
    (told &&
    (RU_OFFICE_OPENS.exec(sentence.slice(clauseAt + own))?.index === 0 ||
      officeAfterOpening(sentence.slice(0, told.index)) >= 0)
      ? told
      : null);
  // The one who briefed is the subject before the verb, named from the office on, unless a
  // meeting word stands before it; one named with no office was met already.
  const before = briefed ? sentence.slice(0, briefed.index) : '';
  const subject = before.slice(Math.max(whereClauseStart(before), officeAfterOpening(before)));
  const office = RU_OFFICE_OPENS.exec(subject);
  // A second head who tells of something else, the verb left out after «а»: "…, а директор
  // школы A B – о преподавании языка".
  const also = briefed
    ? RU_TOLD_TOO.exec(sentence.slice(briefed.index + briefed[0].length))?.[1]
    : undefined;
  const briefer =
    office && !new RegExp(RU_MEETING.source, 'iu').test(subject)
      ? [
          sentenceCapital(subject.slice(office.index), office.index),
          ...(also && RU_OFFICE_OPENS.exec(also)?.index === 0 ? [also] : []),
        ]
      : [
          // One with whom the subject discusses something, named first after «С».
          ...((russian ? RU_DISCUSSED_WITH.exec(sentence) : null)?.slice(1, 2) ?? []),
        ];
  const handed =
    russian && !new RegExp(RU_MEETING.source, 'iu').test(sentence) ? handedTo(sentence) : null;
  if (handed) return [...briefer, handed];
  if (russian && new RegExp(RU_MEETING.source, 'iu').test(sentence)) {
    // "В переговорах принял участие Посол …": someone who took part, on either side, is not met
    // unless the sentence says with whom ("принял участие в переговорах с …"), or the release
    // tells of a visit to its own country, whose people took part as hosts.
    // Abroad, one named by a title of small words only ("принял участие секретарь по водным
    // ресурсам министерства A") is of the host's body just named: the visitor's own are named
    // with their country or body.
    const part = TOOK_PART.exec(sentence);
    if (part && !/\sсо?\s/u.test(sentence.replace(RU_TITLE_WITH, '')) && !hosted) {
      const after = sentence.slice(part.index + part[0].length);
      // The host's side said before the list ("С эмиратской стороны … приняли участие A, B и C"):
      // all it names were met.
      if (HOST_SIDE.test(sentence.slice(0, part.index))) return [after];
      // Only the first one: the list may go on with the visitor's own ("… A и Посол России B").
      // A ministry named by its name in the genitive is the title's end, its "и" no list's:
      // "генеральный секретарь Министерства культуры и туризма A".
      const ministry = HOST_MINISTRY.exec(after);
      const skip = ministry ? ministry[0].length : 0;
      const opens = after.slice(skip).search(/\p{Lu}/u);
      const end =
        opens < 0 ? null : /,|\s(?:и|а также)\s|[.;]\s*$/u.exec(after.slice(skip + opens));
      const first = after.slice(0, end && opens >= 0 ? skip + opens + end.index : after.length);
      const named = ministry
        ? /^(\s+)(\p{Lu}[^,.;]*)$/u.exec(first.slice(skip))
        : /^\s+((?:\p{Ll}[\p{Ll}-]*\s+)+)(\p{Lu}[^,.;]*)$/u.exec(first);
      // A minister of the host's government, or his deputy, whose surname has no Russian or
      // Central Asian shape, is the host's: "участвовала заместитель министра A да B C",
      // "участвовал министр сельского хозяйства Пенджаба A Сингх B".
      const minister = HOST_MINISTER.test(first) ? foreignNames(first).at(-1) : undefined;
      const surname = minister?.name.split(' ').at(-1) ?? '';
      // One named next as the companion of the first ("… A и сопровождавшая его государственный
      // секретарь B") is of his side, and met with him.
      const companion = RU_COMPANION_OF_FIRST.exec(after.slice(first.length))?.[1];
      const withCompanion = companion ? [first, companion] : [first];
      if (minister && !/Росси/u.test(first) && !surnameShape(surname) && !isVocabulary(surname))
        return withCompanion;
      const title = ministry ? 'министерства' : (named?.[1] ?? '');
      // The capitalised words after the small ones are the name, no title's or body's words; the
      // name as its bearer spells it in Latin letters, in brackets after it, is none of them:
      // "ректор университета Илзе Озола (Ilze Ozola)".
      const name = (named?.[2] ?? '').replace(LATIN_SPELLING, '').trim().split(/\s+/u);
      // The title ends with the body's noun, the host's just named ("… министерства A"): a bare
      // office ("заместитель министра A") may be either side's.
      if (!title || OWN_OFFICE.test(title) || !HOST_BODY_END.test(title.trimEnd())) return null;
      if (name.some((w) => !/^(?:\p{Lu}|[dд]['’]\p{Lu})/u.test(w) || isVocabulary(w))) return null;
      return withCompanion;
    }
    // Each meeting word opens a clause: "был принят Президентом A, а также провёл встречу с B".
    // A sentence may open with its meeting word: "Переговоры прошли также с …".
    const marks = [...sentence.matchAll(new RegExp(RU_MEETING.source, 'giu'))].filter(
      (m) => !telephoneCall(sentence, m.index, m[0]),
    );
    return [
      ...briefer,
      ...marks.flatMap((m, i) => {
        const clause = sentence.slice(
          m.index + m[0].length,
          marks[i + 1]?.index ?? sentence.length,
        );
        // After a passive ("был принят Министром A, с которым …") the person follows the verb; so
        // does one paid a visit, in the dative ("нанесли визит ректору A B и встретились с …"),
        // and the host who met the guests, named after the verb ("её встретит директор A B, а …
        // расскажет о работе с молодёжью"), and one who joined them ("к экспедиции присоединилась
        // директор A B, которая работала с гостями").
        const withWord =
          /^(?:принят|нан|встрет(?:ила?|или|ит|ят)\s|принима|присоединил|подпи)/iu.test(m[0])
            ? null
            : /(?:^|\s)со?\s/u.exec(clause);
        // The clause on the one so named after the verb tells of him, and the names in it
        // ("…, которая показала экспозицию о походе A B") are of no one met there.
        const after = withWord
          ? clause.slice(withWord.index + withWord[0].length)
          : (clause.split(RU_ON_HIM)[0] ?? clause);
        const previous = marks[i - 1];
        const before = sentence.slice(previous ? previous.index + previous[0].length : 0, m.index);
        // "A вместе с российским министром осмотрел …": the host goes about with the visitor, who
        // is named in small words after "с". Once the subject has done what the sentence tells
        // ("Делегация осмотрела терминалы вместе с директором порта A"), the one named after "с"
        // went about with it, and was met.
        // So did one named after "с" when the subject is named by an office alone, the
        // release's own head ("Генеральный директор вместе с директором библиотеки A B откроет …").
        // So did one named after «Вместе с» opening the sentence, the subject after him ("Вместе с
        // мастером A B гости осмотрели станок"): his words end with his name in the instrumental.
        if (/^вместе/iu.test(m[0]) && before.trim() === '') {
          const companion = RU_COMPANION.exec(after)?.[1];
          return companion ? [companion] : [];
        }
        if (/^вместе/iu.test(m[0]))
          return ACTED_BEFORE.test(before) || BARE_OFFICE.test(before) ? [after] : [before];
        // "A провела переговоры с гостями": the guests are named in small words after «с», and
        // the subject who met them, named from the office on, is their host.
        if (i === 0 && RU_WITH_GUESTS.test(sentence.slice(m.index))) {
          const office = RU_OFFICE_OPENS.exec(before);
          if (office) return [before.slice(office.index), after];
        }
        // "A дал ужин в честь делегации": the host is the subject, before the verb, and the one
        // honoured is named in small words after it; so in the present: "A даёт в честь гостей …".
        if (/^(?:дал|устроил|да[её]т|дают|устраива)/iu.test(m[0])) {
          const office = RU_OFFICE_OPENS.exec(before);
          return [office && office.index > 0 ? before.slice(office.index) : before];
        }
        // "провела для гостей экскурсию", "провёл урок": what one held with no one named after
        // «с» is no meeting with whoever the clause names, unless its host, in the nominative,
        // follows the verb ("Экскурсию проведёт мэр A").
        // One who held it together with the visitor, named by «он и», «она и» before the verb in
        // the plural, was met: "… он и председатель общества A B провели пресс-конференцию".
        const together = RU_HE_AND.exec(before);
        if (
          /^провели/iu.test(m[0]) &&
          !withWord &&
          together &&
          RU_OFFICE_OPENS.test(together[1] ?? '')
        )
          return [together[1] ?? ''];
        if (/^пров[её]?[лд]/iu.test(m[0]) && !withWord && !RU_HOST_AFTER_VERB.test(after))
          return [];
        // "A принял B", "A примет B": the host is the subject, before the verb; either may be the
        // visitor.
        if (!/^(?:принял|прим[еу]т)/iu.test(m[0])) return [after];
        // "В Казани Анну Миронову приняла заместитель министра A": an office in the nominative
        // right after the verb is its subject, the host; the one before it was received.
        if (RU_HOST_AFTER_VERB.test(after)) return [after];
        // The host's words start at his office: "Во вторник руководитель агентства A принял …".
        const office = RU_OFFICE_OPENS.exec(before);
        return [office && office.index > 0 ? before.slice(office.index) : before, after];
      }),
    ];
  }
  if (briefer.length > 0) return briefer;
  // Turkish names the people before each verb: "A tarafından kabul edilmiş, ayrıca B ile görüştü".
  const clauses: string[] = [];
  // In a visit told by the host, the host's people who attended were met: "Toplantıya Başkan
  // Yardımcıları A ve B de katıldı".
  // Abroad, so were the host's: "Görüşmeye Peru Su Dairesi Başkanı A da katıldı"; the visitor's
  // own side is named by Türkiye or by his body's short name ("TO Genel Müdür Yardımcısı A").
  const attended = TR_ATTENDED.exec(sentence);
  if (attended?.[1] && (hosted || !TR_OWN_SIDE.test(attended[1]))) clauses.push(attended[1]);
  // Co-chairs named each for his side were met, but not the one for the visitor's own country.
  const coChairs = TR_CO_CHAIRED.exec(sentence)?.[1];
  for (const side of coChairs?.split(TR_ON_BEHALF_OF) ?? [])
    if (side.trim() && !TR_OWN_COUNTRY_SIDE.test(side)) clauses.push(side);
  // So were those who signed a paper each for his side, but not the one for the visitor's own
  // country; the visitor himself is never met.
  const sides = TR_SIGNED_FOR_SIDES.exec(sentence)?.[1];
  for (const side of sides?.split(TR_ON_BEHALF_OF) ?? [])
    if (side.trim() && !TR_OWN_COUNTRY_SIDE.test(side)) clauses.push(side);
  // Those who sign a paper, named together after it, were met: "Anlaşmaya Başkan A, Vali B ve
  // Rektör C imza atacak".
  const signers = TR_SIGNERS.exec(sentence)?.[1];
  if (signers) clauses.push(signers);
  const attending = TR_ATTENDING_SUBJECT.exec(sentence);
  if (attending?.[1] && (hosted || !TR_OWN_SIDE.test(attending[1]))) clauses.push(attending[1]);
  const spoke = TR_SPOKE_AT_MEETING.exec(sentence);
  if (spoke?.[1] && !TR_ENVOY.test(spoke[1])) clauses.push(spoke[1]);
  const performer = TR_PERFORMED_FOR_GUESTS.exec(sentence);
  if (performer?.[1]) clauses.push(performer[1]);
  // Told of by no other meeting word of the sentence, which names him on its own.
  const toldBy = TR_MEETING.test(sentence) ? null : TR_TOLD_SUBJECT.exec(sentence);
  if (toldBy?.[1] && !spoke && (hosted || !TR_OWN_SIDE.test(toldBy[1]))) clauses.push(toldBy[1]);
  let from = 0;
  for (const m of sentence.matchAll(new RegExp(TR_MEETING.source, 'gu'))) {
    // The invitation, the hosting or the attending is kept after its genitive: the host is no
    // mere owner.
    const invitation =
      /^\s+(?:davet|d[ae]\s|katıl(?:dığı|acağı)|ev\s|rehberliğinde|verdiği|düzenlediği|sunumunu|brifingini|evinde|ders|yürüttüğü|yönettiği|kıldırdığı)/u.test(
        m[0],
      ) ||
      TR_PRESENTATION_AFTER.test(m[0]) ||
      TR_HOME_OR_LESSON_AFTER.test(m[0]) ||
      TR_GUESTS_THEN_OFFICE.test(m[0]);
    clauses.push(sentence.slice(from, invitation ? m.index + m[0].length : m.index));
    from = m.index + m[0].length;
  }
  return clauses.length > 0 ? clauses : null;
}

// The guests in the dative, then one named by his office who told or showed them something: "heyete
// X Enstitüsü Başkan Yardımcısı A B laboratuvarları tanıttı". His clause keeps those words.
const TR_GUESTS_THEN_OFFICE =
  /^\s(?:(?:konuk|misafir)\s+)?(?:konuklara|misafirlere|heyete|heyetine|ziyaretçilere)\s+(?:\p{Lu}[\p{L}-]*\s+){0,6}(?:Başkanı|Müdürü|Yardımcısı|Direktörü|Sekreteri|Rektörü|Dekanı|Sorumlusu|Uzmanı|Küratörü|Koordinatörü|Temsilcisi)\s+(?:(?:Prof|Doç|Dr)\.\s+)*\p{Lu}\p{Ll}/u;

/**
 * A Turkish name in the genitive is someone's: whose greetings are passed on, whose delegation it
 * is ("Cumhurbaşkanı A'nın selamlarını"). Only one who attended or hosted what the visitor attended
 * ("A'nın da katıldığı toplantı", "A'nın ev sahipliğinde verilen yemek"), or whose guest he is
 * ("A'nın davetlisi olarak"), was met there.
 */
function turkishOwner(clause: string, mention: NameMention): boolean {
  if (!TR_GENITIVE_END.test(clause.slice(mention.index, mention.end))) return false;
  return (
    !/^\s+(?:d[ae]\s+)?(?:katıl(?:dığı|acağı)|ev sahipliğinde|rehberliğinde|davet|verdiği|düzenlediği|sunumunu|brifingini|yürüttüğü|yönettiği|kıldırdığı)/u.test(
      clause.slice(mention.end),
    ) &&
    !TR_HOME_OR_LESSON_AFTER.test(clause.slice(mention.end)) &&
    !TR_PRESENTATION_AFTER.test(clause.slice(mention.end))
  );
}

// A monument, a tomb or an inscription of someone, in small letters after the name or after a
// list of names that ends in "ve": "A ve B C anıtlarını ziyaret etti", "A, B ve C anıtlarını", "A
// B türbesini", "A B heykeline çelenk". A name set off by a comma before a people's tombs is no
// list: "A B, Kuman mezarlarında bulunan eserleri tanıttı". So is one whose monument is shared
// with something named small ("A ve eşeğinin heykelini"), one a tomb was built for ("A için
// yapılan kümbeti") and one in whose memory something stands ("A anısına dikilen anıt"); so is a
// people whose soldiers a monument stands for ("A B askerleri için dikilen anıt").
export const TR_MONUMENT_AFTER =
  /^(?:['’]\p{L}+)?(?:(?:,\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)*\s+ve\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)?(?:\s+ve\s+\p{Ll}+[ıiuü]n)?(?:\s+\p{Ll}+(?:leri|ları))?(?:\s+için\s+(?:yapılan|yaptırılan|inşa\s+edilen|dikilen))?\s+(?:anıt|türbe|mezar|kabr|kabir|heykel|büst|yazıt|mozole|kümbet|anısına)\p{Ll}*(?!\p{L})/u;

// A person of history, named for his era or his legacy ("A B döneminde inşa edilen cami", "A B
// döneminden kalma kale", "A B mirası ile"), under the name he is known by ("adını A B olarak
// tanınan yazardan alan okul"), or in the quoted name of a body ("\"Sv. A B\" Üniversitesi"); so
// is a saint or a founder a place is attributed or dedicated to ("A B'ye atfedilen tekke", "A'ya
// adanmış müze"), and one whose name a place bears ("A B adını taşıyan tiyatro", "C'nin adını
// taşıyan müze").
export const TR_HISTORY_AFTER =
  /^(?:['’]\p{L}+)?(?:\s+adını\s+taşı\p{Ll}*|\s+(?:atfedil(?:en|ir|miş|mektedir)|adan(?:an|mış|ır)|ithaf\s+edil(?:en|miş))(?!\p{L})|\s+(?:dönem|devr|zaman|çağ|saltanat)[ıiuü]n(?:d[ae]n?|[ae])(?:\s+kalma)?|\s+miras[ıiuü](?:n[ıiuü]n?|n[ae]|yla)?|\s+olarak\s+(?:tanınan|bilinen)\s+\p{Ll}+|["”»]\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:Üniversite|Enstitü|Akademi|Lise|Okul|Kolej|Vakf|Derneğ|Kulüb|Müze|Kütüphane|Hastane|Tiyatro)\p{L}*)(?!\p{L})/u;

// The kind of place after its name, in small letters with the possessive and a case ending at
// most: "A B ilçesini ziyaret etti", "A kentinde", "A B eyaletinin", "A köyüne", or the suffix
// "-ki" after the locative: "A B yarımadasındaki". A name so followed is a district's, a town's,
// a region's, an island's, a peninsula's or a valley's, no one met; so is a museum's, named small
// after it: "Casa de A B müzesini ziyaret etti"; and a people's, its tribes or clans after it: "A B
// boylarından C'nin yaşlıları", "A aşiretinin".
const TR_PLACE_KIND_AFTER =
  /^\s+(?:(?:(?:ilçe|kasaba|mahalle|belde|bölge|ada|yarımada|vadi|müze)s|kent|şehr|eyalet|vilayet|semt|köy)[ıiuü]|(?:boy|kabile|aşiret)(?:u|si|i|ları|leri))(?:n[ıiuü]n|n?[dt][ae](?:n|ki)?|n[ıiuüae])?(?!\p{L})/u;

// A body's kind written bare before its own name, as no office is: "Ulusal Müze A B'yi ziyaret
// etti" names a museum, no one met; "Müze Müdürü A B" is an office.
const TR_BODY_KIND_BEFORE =
  /(?:^|\s)(?:Müze|Kütüphane|Galeri|Tiyatro|Opera|Üniversite|Enstitü|Akademi|Kolej|Hastane|Stadyum)\s+$/u;

// A body's name in another language that goes on past a small word of its own, up to the body's
// noun: "Te A a B Derneği'nin Başkanı" (Māori "a", of) names no one in "Te A".
const TR_BODY_NAME_GOES_ON =
  /^\s+(?!(?:ve|de|da|ya|ki)\s)\p{Ll}{1,2}\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*\s+(?:Derneği|Vakfı|Birliği|Federasyonu|Kulübü|Merkezi|Enstitüsü|Üniversitesi|Müzesi|Akademisi)(?!\p{L})/u;

/**
 * Whether the name that ends at `end` of `text` is a place's, its kind after it
 * (`TR_PLACE_KIND_AFTER`). A village after a name in the genitive is the person's own: "A B'nin
 * köyünü ziyaret etti".
 */
export function trPlaceKindAfter(text: string, end: number): boolean {
  const after = text.slice(end);
  return (
    TR_PLACE_KIND_AFTER.test(after) &&
    !(/['’]n?[ıiuü]n$/u.test(text.slice(0, end)) && /^\s+köy/u.test(after))
  );
}

/**
 * Whether the name that ends at `end` of `text`, in the dative, is where the visitors went: "A
 * B'ye geçecek heyet", "A'ya giden heyet" name a place, no one met.
 */
export function trMotionTo(text: string, end: number): boolean {
  return (
    /['’]y?[ae]$/u.test(text.slice(0, end)) &&
    /^\s+(?:geç|git|gid|ulaş|varan|varacak|vardı)\p{Ll}*(?!\p{L})/u.test(text.slice(end))
  );
}

/**
 * Turkey's own ambassador or consul, who attended or was present at what the visitor attended
 * ("Türkiye'nin Tahran Büyükelçisi A'nın da katıldığı görüşmeler", "… A de hazır bulundu") or met
 * him on arrival ("Türkiye'nin Karaçi Başkonsolosu A tarafından karşılanan heyet"), came with the
 * visitor. In a visit told by the host, a foreign country's envoy who attended the talks
 * ("Görüşmeye X'in Ankara Büyükelçisi A de katıldı") came with the guests from that country.
 */
function ownEnvoy(clause: string, mention: NameMention, guestsEnvoy = false): boolean {
  const before = clause.slice(0, mention.index);
  if (turkeysEnvoyBefore(before)) return true;
  if (!guestsEnvoy) return false;
  const owner = TR_ENVOY_OF.exec(before)?.[1];
  return !!owner && owner !== 'Türkiye' && countryCode(owner) !== null;
}
// A body's name in the locative, its noun in the possessive ("Adalet Bakanlığında", "Ankara
// Üniversitesinde"), and capitalised words after it.
const TR_BODY_LOCATIVE =
  /^(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}\p{Ll}+(?:l[ıiuü]ğ[ıiuü]|s[ıiuü])nd[ae]\s+(?=\p{Lu})/u;
/**
 * Whether the text ends with Turkey's envoy's title, his name to follow: "Türkiye'nin X
 * Başkonsolosu".
 */
export function turkeysEnvoyBefore(before: string): boolean {
  return TR_ENVOY_OF.exec(before)?.[1] === 'Türkiye';
}
// A country's envoy, named by the country in the genitive, the city of his post and his office,
// right before his name: "Türkiye'nin Tahran Büyükelçisi", "Almanya'nın Ankara Büyükelçisi",
// "Türkiye'nin Mezar-ı Şerif Başkonsolosu".
const TR_ENVOY_OF =
  /(?<![\p{L}])(\p{Lu}\p{Ll}+)['’]n?[ıiuü]n\s+(?:\p{Lu}[\p{L}'’-]*\s+)*(?:Büyükelçi|Başkonsolos|Konsolos)\p{L}*\s+$/u;

// The host who invited the visitor, named in the genitive after the title: "по приглашению
// министра транспорта Республики A B".
const RU_INVITED = /(?<![\p{L}])по\s+приглашению\s+(?=\p{Ll})/iu;
const RU_CAME_BEFORE =
  /(?<![\p{L}])(?:во\s+главе|делегаци\p{L}*|находил\p{L}*|прибыл\p{L}*|посети\p{L}*)/u;

/**
 * The one who invited the visitor, met as the host: "По приглашению министра финансов Республики
 * Чили Хосе Переса Иван Смирнов посетит Сантьяго" names "Хосе Перес". Only the first name after
 * the title, which opens in small letters; an envoy's invitation is of the visitor's own side, and
 * so is a Russian office's, unless the visit is to Russia: "по приглашению Председателя Верховного
 * Суда Российской Федерации A B в Москве находился …" names the host.
 */
function inviter(sentence: string, named: readonly string[], hosted = false): NameMention[] {
  const invited = RU_INVITED.exec(sentence);
  if (!invited) return [];
  const from = invited.index + invited[0].length;
  const after = sentence.slice(from);
  const first = foreignNames(after)[0];
  if (!first || OWN_OFFICE.test(first.role) || (!hosted && /Росси/u.test(first.role))) return [];
  // A body that invited, named by no one, and then the delegation that came and its head: "по
  // приглашению Союза ректоров находилась делегация … во главе с A B".
  if (RU_CAME_BEFORE.test(first.role)) return [];
  // The words as written, in the genitive, back to the nominative; a name the release gives
  // elsewhere in its nominative ("Лю Цзюнь" for "Лю Цзюня") is taken as given there.
  const written = after.slice(first.index, first.end).trim();
  const name = genitiveNominative(written);
  const given = named.find((n) => n !== written && n !== first.name && sameWords(n, name));
  return [
    {
      ...first,
      name: given ?? name,
      role: genitiveTitleHead(first.role),
      index: first.index + from,
      end: first.end + from,
    },
  ];
}

// What the visitors record from someone: «рассказы», «воспоминания», «песни», «сказки», «говор».
const RU_RECORDED =
  '(?:рассказ|воспоминани|песн|сказк|сказани|легенд|предани|былин|стих|напев|частушк|' +
  'причитани|истори|говор|речь)\\p{Ll}*';
// A name of two or three words in the genitive: «Анны Петровны Ивановой», «Петра Ильина».
const RU_GENITIVE_NAME = '\\p{Lu}\\p{Ll}+[аяыи](?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2}';
// One whose stories, memories or songs the visitors recorded, named in the genitive after them,
// his title before the name in the genitive too: «Учёные записали рассказы старейшины села A B
// C», «записали песни и сказки мастерицы A B», «записали рассказы одной из последних носительниц
// языка – A B C». Not one the memories are about («воспоминания о поэте A B»).
const RU_RECORDED_FROM = new RegExp(
  `(?<![\\p{L}])(?:записал[аи]?|запиш(?:ет|ут)|записывал[аи]?|записыва(?:ет|ют))\\s+` +
    `(?:\\p{Ll}+\\s+){0,2}?${RU_RECORDED}(?:,?\\s+(?:и|а\\s+также)\\s+${RU_RECORDED})*\\s+` +
    `(?!(?:о|об|обо|про|в|во|на|с|со)\\s)((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,8}?(?:[–—]\\s+)?)` +
    `(${RU_GENITIVE_NAME})(?=[\\s,.;:()]|$)`,
  'u',
);
// Those a performance is for, and the verbs of performing, past or to come.
const RU_AUDIENCE = '(?:гостей|гостя|гостьи|делегации|уч[её]ных)';
const RU_PERFORMED =
  '(?:исполнил[аи]?|исполн(?:ит|ят)|спел[аи]?|спо(?:ёт|ет|ют)|сыграл[аи]?|сыгра(?:ет|ют)|' +
  'прочитал[аи]?|прочт(?:ёт|ет|ут))';
// A group that performs for the visitors, and the one who leads it, named in the genitive after
// «под руководством»: «для гостей выступил фольклорный ансамбль «A» под руководством B C D». The
// group in the nominative, with its adjectives and its name, is that leader's body.
const RU_LED_GROUP = new RegExp(
  `((?:\\p{Ll}+(?:ый|ий|ой|ая|яя)\\s+)*)(ансамбл\\p{Ll}*|хор\\p{Ll}*|коллектив\\p{Ll}*|` +
    `оркестр\\p{Ll}*|капелл\\p{Ll}*|трупп\\p{Ll}*)((?:\\s+«[^«»]+»)?)\\s+под\\s+руководством\\s+` +
    `((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,4}?)(${RU_GENITIVE_NAME})(?=[\\s,.;:()]|$)`,
  'u',
);
// One who performed for the visitors, named in the nominative after what he performed, his
// calling last before the name: «для гостей исполнил отрывок эпоса сказитель A B», «спела для
// делегации народная певица C D».
const RU_PERFORMED_FOR_GUESTS = new RegExp(
  `(?<![\\p{L}])(?:для\\s+${RU_AUDIENCE}\\s+${RU_PERFORMED}|` +
    `${RU_PERFORMED}\\s+для\\s+${RU_AUDIENCE})` +
    `\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){1,6}?)(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{Ll}-]+){1,2})` +
    `(?=[\\s,.;:()]|$)`,
  'u',
);
// The same performer named first, his calling opening the sentence, before the verb: «Старейшина
// села A B исполнил для гостей старинные песни», «Народная певица C D E спела для делегации». His
// name is his given name and surname, his father's name between them or none.
const RU_PERFORMER_FIRST = new RegExp(
  `^(\\p{Lu}\\p{Ll}+(?:\\s+[\\p{L}-]+){0,4}?)\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+(?:вич|вна|чна|ьич))?\\s+\\p{Lu}[\\p{Ll}-]+)` +
    `\\s+(?:${RU_PERFORMED}\\s+для\\s+${RU_AUDIENCE}|для\\s+${RU_AUDIENCE}\\s+${RU_PERFORMED})(?![\\p{L}])`,
  'u',
);
// A performer's calling, its adjectives before it: «народная певица», «сказитель», «мастер».
const RU_PERFORMER_CALLING =
  /^(?:\p{L}+(?:ая|яя|ый|ий|ой)\s+)*(?:сказител|певиц|певец|музыкант|исполнител|мастер|поэт)/iu;
// A craftsman whose workshop the visitors go to, named in the genitive after it, his craft before
// the name: «посещение мастерской мастера-медника A B», «посетили гончарную мастерскую C D».
const RU_WORKSHOP_OF = new RegExp(
  `(?<![\\p{L}])(?:посещени[еяюи]|посетил[аи]?|посет(?:ит|ят)|` +
    `побывал[аи]?\\s+в|побыва(?:ет|ют)\\s+в)` +
    `\\s+(?:\\p{Ll}+(?:ую|ой)\\s+)?мастерск(?:ую|ой|ие|их)\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?)` +
    `(${RU_GENITIVE_NAME})(?=[\\s,.;:()]|$)`,
  'u',
);
// The keeper, the teacher or the head of a place the visitors came to, named by his role in a
// clause on it («, где учитель языка A B рассказал о …») or with «его», «её» after it («В музее
// его хранительница A B C показала книги»), who shows or tells them something.
const RU_KEEPER_TOLD =
  /(?:,\s+где|(?<![\p{L}])(?:его|её|ее|их))\s+((?:хранител|смотрител|учител|настоятел|сказител|мастер|старейшин|экскурсовод|библиотекар|краевед|заведующ)\p{Ll}*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}?)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}-]+){1,2})\s+(?:показал[аи]?|покаж(?:ет|ут)|(?:рассказал[аи]?|расскаж(?:ет|ут))\s+об?|провёл|провела|провед(?:ёт|ут)|продемонстрировал[аи]?|познакомил[аи]?)(?![\p{L}])/u;

// A place in the locative that opens the sentence, its adjectives before its noun and the words
// after it in the genitive: «В сельском народном музее кряшенской культуры».
const RU_PLACE_IN =
  /^(?:В|Во|На)\s+((?:\p{Ll}+(?:ом|ем|ой|ей)\s+)+\p{Ll}+[еи](?:\s+\p{Ll}+(?:ой|ей|ого|его|ы|и|а|я|ов|ей))*)\s*$/u;

/**
 * A place in the locative given back its nominative, its adjectives telling the noun's gender:
 * «сельском народном музее» → «сельский народный музей», «городской библиотеке» → «городская
 * библиотека». A noun whose nominative is not plain stays as written.
 */
function locativeBody(place: string): string {
  const words = place.split(' ');
  const noun = words.findIndex((w) => !/(?:ом|ем|ой|ей)$/u.test(w));
  const feminine = /(?:ой|ей)$/u.test(words[0] ?? '');
  const head = words[noun] ?? '';
  const nominative = feminine
    ? head
        .replace(/ее$/u, 'ея')
        .replace(/ии$/u, 'ия')
        .replace(/([^еи])е$/u, '$1а')
    : /(?:щ|и)е$/u.test(head)
      ? head
      : head.replace(/ее$/u, 'ей').replace(/([^еи])е$/u, '$1');
  if (nominative === head) return place;
  words[noun] = nominative;
  for (let i = 0; i < noun; i += 1) {
    const w = words[i] ?? '';
    const stem = w.slice(0, -2);
    const soft = /е[йм]$/u.test(w);
    words[i] = feminine
      ? `${stem}${soft && !/[жчшщ]$/u.test(stem) ? 'яя' : 'ая'}`
      : `${stem}${STRESSED_END.test(stem) ? 'ой' : soft || /[кгх]$/u.test(stem) ? 'ий' : 'ый'}`;
  }
  return words.join(' ');
}

/**
 * Those the sentence names taking part in what the visitors do, met though no word of meeting is
 * said: one whose stories they recorded, the leader of a group that performed for them, the
 * keeper of a place who showed them round. Names in the genitive are given back their nominative.
 */
function activityPeople(sentence: string): NameMention[] {
  const out: NameMention[] = [];
  const recorded = RU_RECORDED_FROM.exec(sentence);
  if (recorded?.[2] && !/(?:имени|памяти|честь)\s/u.test(recorded[1] ?? '')) {
    const role = recorded[1]?.trim() ?? '';
    const end = recorded.index + recorded[0].length;
    out.push({
      name: genitiveNominative(recorded[2]),
      role: /[–—]$/u.test(role) ? '' : genitiveTitleHead(role),
      index: end - recorded[2].length,
      end,
    });
  }
  const led = RU_LED_GROUP.exec(sentence);
  if (led?.[5]) {
    const end = led.index + led[0].length;
    // A group named in the nominative is the leader's body: «фольклорный ансамбль «A»».
    const nominative = /^(?:ансамбль|хор|коллектив|оркестр|капелла|труппа)$/u.test(led[2] ?? '');
    const body = `${led[1] ?? ''}${led[2] ?? ''}${led[3] ?? ''}`.trim();
    out.push({
      name: genitiveNominative(led[5]),
      role: 'руководитель',
      index: end - led[5].length,
      end,
      ...(nominative ? { body } : {}),
    });
  }
  // The performer's calling is the last word before his name, with the adjectives before it in
  // the nominative: «народная певица»; the words before it are what he performed.
  const performer = RU_PERFORMED_FOR_GUESTS.exec(sentence);
  if (performer?.[1] && performer[2]) {
    const words = performer[1].trim().split(/\s+/u);
    let from = words.length - 1;
    while (from > 0 && /(?:ый|ий|ой|ая|яя)$/u.test(words[from - 1] ?? '')) from -= 1;
    const end = performer.index + performer[0].length;
    out.push({
      name: performer[2],
      role: words.slice(from).join(' '),
      index: end - performer[2].length,
      end,
    });
  }
  // One named first, his office or his calling opening the sentence, has its capital from the
  // sentence alone: «Старейшина села A B исполнил для гостей …» is the village's «старейшина».
  const first = RU_PERFORMER_FIRST.exec(sentence);
  if (
    first?.[1] &&
    first[2] &&
    (RU_OFFICE_OPENS.exec(first[1])?.index === 0 || RU_PERFORMER_CALLING.test(first[1]))
  ) {
    const index = sentence.indexOf(first[2], first[1].length);
    out.push({
      name: first[2],
      role: sentenceCapital(first[1], 0),
      index,
      end: index + first[2].length,
    });
  }
  // A craft of two words joined by a hyphen declines in both: «мастера-медника» → «мастер-медник».
  const workshop = RU_WORKSHOP_OF.exec(sentence);
  if (workshop?.[2]) {
    const end = workshop.index + workshop[0].length;
    const craft = (workshop[1] ?? '').trim().split(/\s+/u);
    const head = craft.findIndex((w) => !/(?:ого|его)$/u.test(w));
    const role = genitiveTitleHead(craft.join(' ')).split(' ');
    role[head] = (role[head] ?? '').replace(/^\p{Ll}+(?=-)/u, genitiveTitleHead);
    const name = genitiveNominative(workshop[2]);
    out.push({ name, role: role.join(' '), index: end - workshop[2].length, end });
  }
  const keeper = RU_KEEPER_TOLD.exec(sentence);
  if (keeper?.[1] && keeper[2]) {
    const index = sentence.indexOf(keeper[2], keeper.index);
    // The place named by «его» opens the sentence in the locative: «В сельском музее его …».
    const place = keeper[0].startsWith(',')
      ? null
      : RU_PLACE_IN.exec(sentence.slice(0, keeper.index))?.[1];
    out.push({
      name: keeper[2],
      role: keeper[1],
      index,
      end: index + keeper[2].length,
      ...(place ? { body: locativeBody(place) } : {}),
    });
  }
  return out;
}

/**
 * A title in the genitive given back its nominative: its head noun and the adjectives before it
 * decline, the words after stay in the genitive ("первого заместителя министра финансов" →
 * "первый заместитель министра финансов", "главы администрации" → "глава администрации").
 */
export function genitiveTitleHead(role: string): string {
  const words = role.split(' ');
  let i = 0;
  while (i < words.length - 1 && /^\p{L}+(?:ого|его)$/u.test(words[i] ?? '')) {
    // "-его" is a soft adjective's ("общего" → "общий"), "-ого" after "к", "г", "х" ("технического"
    // → "технический") or any other a hard one's ("первого" → "первый").
    words[i] = (words[i] ?? '').replace(/его$|(?<=[кгх])ого$/u, 'ий').replace(/ого$/u, 'ый');
    i += 1;
  }
  const head = words[i] ?? '';
  if (/[^аеёиоуыэюяь]а$/u.test(head)) words[i] = head.slice(0, -1);
  else if (/[^аеёиоуыэюя]я$/u.test(head)) words[i] = `${head.slice(0, -1)}ь`;
  else if (/[^аеёиоуыэюя]ы$/u.test(head)) words[i] = `${head.slice(0, -1)}а`;
  else return role;
  return words.join(' ');
}

/** Whether two names differ only in their words' endings: "Лю Цзюнь" and "Лю Цзюня". */
function sameWords(a: string, b: string): boolean {
  const [as, bs] = [a.split(' '), b.split(' ')];
  return (
    as.length === bs.length &&
    as.every((w, i) => {
      const v = bs[i] ?? '';
      const stem = Math.max(1, Math.min(w.length, v.length) - 2);
      return w.slice(0, stem) === v.slice(0, stem);
    })
  );
}

// A group of people in the plural instrumental, a body's name in the genitive after it.
const GROUP_OF_BODY =
  /(?:^|\s)(?:представител|сотрудник|руководител|член|эксперт|специалист)(?:ями|ами)\s+(\p{Lu}[^,;:«»()]*)$/u;

/**
 * A group in the plural before a name is no title of that person's: "на встрече с руководителями
 * чилийских СМИ Хосе Перес, генеральный директор Чилийского агентства, …". The title set off by
 * commas after the name is his, or none.
 */
function groupNoTitle(clause: string, person: NameMention): NameMention {
  // The people of a body named after the group are of that body: "с представителями Ассоциации
  // экспортёров Грузии A, B и C".
  const ofBody = GROUP_OF_BODY.exec(person.role.trim());
  const body = ofBody?.[1] ? genitiveBody(ofBody[1]) : '';
  if (ofBody?.[1] && body !== ofBody[1] && !/^,\s+\p{Ll}/u.test(clause.slice(person.end)))
    return { ...person, role: '', body };
  const head = /^(?:(?:со?|и|а\s+также)\s+)?(\p{Ll}+)/u.exec(person.role.trim())?.[1] ?? '';
  if (!/[^аеёиоуыэюя](?:ями|ами)$/u.test(head)) return person;
  const after = /^,\s+(\p{Ll}[^,;.]*)(?=[,;.])/u.exec(clause.slice(person.end))?.[1] ?? '';
  const words = after.split(' ').slice(0, 2);
  return { ...person, role: words.some((w) => isVocabulary(w)) ? after : '' };
}

// A host who opens a sentence by name, the office set off by commas, and tells the guests
// something: "A B, председатель Комитета …, рассказала о …"; or shows or presents them something
// as RU_BRIEFED says: "A B, начальник управления …, представил российской делегации …", or holds
// something for the visitor's side: "A B, председатель палаты …, провёл для российской стороны
// встречу". A surname may be of two parts joined by a hyphen: "A Бен-Дор".
const RU_TOLD_OPENING = new RegExp(
  `^((?:\\p{Lu}\\p{Ll}+\\s+){1,2}\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?),\\s+(\\p{Ll}[^,;]*),\\s+(?:(?:рассказал[аи]?|проинформировал[аи]?|ознакомил[аи]?)\\s|(?:провел[аи]?|провёл|провед(?:ёт|ет|ут))\\s+для\\s+\\p{Ll}+ой\\s+стороны\\s|${RU_BRIEFED.source})`,
  'u',
);
// So is one whose office stands in brackets after the name, who tells of something or presents
// it, the guests unsaid, as one named after his office does (RU_HEAD_TOLD): "A B (председатель
// Ассоциации …) представит проект …", "A B-C (директор музея) рассказала о …".
const RU_TOLD_BRACKETED = new RegExp(
  `^((?:\\p{Lu}\\p{Ll}+\\s+){1,2}\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+\\((\\p{Ll}[^()]*)\\)\\s+(?:(?:рассказал[аи]?|расскаж(?:ет|ут))\\s+об?\\s|(?:представил[аи]?|представ(?:ит|ят)|показал[аи]?|покаж(?:ет|ут)|презентовал[аи]?|презенту(?:ет|ют))\\s|${RU_BRIEFED.source})`,
  'u',
);

// A Turkish title set off by commas after the name: "A B, Arıcılar Birliği (ABB) Başkanı, …"; or
// the office one acts in, after "olarak": "A B, Dil Merkezi Başkanı olarak heyete … tanıttı", "A B
// da Fen Fakültesi Dekanı olarak …".
const TR_TITLE_AFTER =
  /^['’]?\p{Ll}*(?:,|(?=\s+d[ae]\s+[^,;.]*\s+olarak(?!\p{L}))\s+d[ae])\s+(\p{Lu}[^,;.]*?\s(?:Başkanı|Müdürü|Bakanı|Rektörü|Sekreteri|Direktörü|Dekanı|Komiseri|Temsilcisi|Valisi|Yardımcısı|Üyesi))(?:\s*,|\s+olarak(?!\p{L}))/u;

/** One named with no title before the name takes the title set off by commas after it. */
function titleAfterName(clause: string, person: NameMention): NameMention {
  if (person.role.trim() !== '') return person;
  const after = TR_TITLE_AFTER.exec(clause.slice(person.end))?.[1];
  // The body's short name in brackets is no part of the title.
  return after ? { ...person, role: after.replace(/\s*\(\p{Lu}{2,}[\p{Lu}\d-]*\)/u, '') } : person;
}

// An office told in a clause on one just named, in the instrumental after «является» or
// «являющийся»: "…, которая является директором музея A", "…, являющийся руководителем театра
// имени Б. В". The office runs to the clause's end; an initial's full stop is no end.
const RU_OFFICE_HE_IS =
  /^\s*(?:\([^()]*\)\s*)?,\s+(?:котор(?:ый|ая)\s+является|являющ(?:ийся|аяся))\s+((?:\p{Ll}+(?:ым|им)\s+)*\p{Ll}+(?:ом|ем|ём|ой|ей)(?:(?<![\p{L}])\p{Lu}\.|[^,;.!?()])*?)\s*(?=[,;.!?]|$)/u;
// The words before a name that hold no office, of what came next: "а затем", "и также".
const RU_NO_OFFICE = /^[\s,]*(?:(?:а|и)\s+)?(?:затем|потом|также|после\s+этого)?[\s,]*$/u;

/**
 * One named with no office before his name takes the one told of him right after it: "… встретился
 * с A B, которая является директором музея C" is the museum's «директор».
 */
function officeHeIs(sentence: string, clause: string, person: NameMention): NameMention {
  if (!RU_NO_OFFICE.test(person.role)) return person;
  const at = sentence.indexOf(clause);
  const office = RU_OFFICE_HE_IS.exec(sentence.slice((at < 0 ? 0 : at) + person.end))?.[1];
  return office ? { ...person, role: office } : person;
}

// A Russian office set off by a comma after a name, in the nominative, up to the clause's end:
// "…, — заявил после встречи с гостем A B, генеральный директор компании C.".
const RU_OFFICE_SET_OFF_AFTER = /^\s*,\s+(\p{Ll}[^,;:.!?()«»]*?)\s*(?:[,;.!?]|$)/u;

/**
 * One named in the nominative after an office in the instrumental is not its holder but the
 * subject, the one met being that office («после встречи с министром A B, директор компании C,
 * сказал …»): his title is the office set off by a comma after his name, when there is one.
 */
function officeSetOffAfterName(clause: string, person: NameMention): NameMention {
  if (!/[а-яё]/iu.test(person.role) || !/(?:ом|ем|ём|ой|ей)$/u.test(person.role.trim()))
    return person;
  if (writtenWords(clause, person).join(' ') !== person.name) return person;
  const after = RU_OFFICE_SET_OFF_AFTER.exec(clause.slice(person.end))?.[1];
  // An office in the instrumental after the name is the one met's own: "…, заместителем A".
  const instrumental = (after ?? '')
    .split(' ')
    .slice(0, 2)
    .some((w) => /(?:ым|им|ом|ем|ём|ой|ей|ью)$/u.test(w));
  return after && !instrumental && RU_OFFICE_OPENS.exec(after)?.index === 0
    ? { ...person, role: after }
    : person;
}

// A place a Russian release goes to or stays in, capitalised after its preposition: "в Тиваване",
// "в Ористано", "из Тивавана", "в провинцию Северную".
const RU_PLACE_AFTER =
  /(?<![\p{L}])(?:в|во|на|из|до)\s+(?:\p{Ll}+\s+)?(\p{Lu}\p{Ll}{2,})(?![\p{L}-])/gu;

/** The capitalised words a Russian release names as places it goes to or stays in. */
export function russianPlaceWords(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const m of s.matchAll(RU_PLACE_AFTER)) if (m[1]) out.add(m[1]);
  return out;
}

// A place the visitors went to, named in the accusative before a clause on it: «посетила Эвенскую
// национальную школу-интернат, где …». Its name may end in whom it is named after, its number or
// the body it is part of: «Национальный музей имени A. B. C», «среднюю школу № 2», «Озёрское
// отделение Академии наук».
const RU_VISITED_WHERE =
  /(?<![\p{L}])посети\p{Ll}*\s+((?:\p{L}[\p{L}-]*(?:ую|юю|ый|ий|ой|ое|ее)\s+){1,3}(\p{Ll}+)(?:-\p{Ll}+)?)(\s+(?:имени(?:\s+\p{Lu}[\p{L}.-]*){1,4}|№\s*\d+|\p{Lu}\p{Ll}+[аяиы](?:\s+\p{Ll}+)?))?,\s+где\s/u;
// An office of a place's head, before the place's noun alone in the genitive: «директор школы»,
// «председатель отделения».
const RU_PLACE_HEAD =
  /^((?:директор|заведующ|руководител|хранител|ректор|начальник|председател)\p{Ll}*)\s+(\p{Ll}{4,})$/u;

/**
 * A place's head named in a clause on the place just visited, by his office and its noun alone
 * («посетила Лесную среднюю школу, где директор школы A B …»), heads that place: his title is the
 * office, his body the place in the nominative («Лесная средняя школа»).
 */
function visitedPlaceHead(sentence: string, person: NameMention): NameMention {
  const head = RU_PLACE_HEAD.exec(person.role.trim());
  const place = RU_VISITED_WHERE.exec(sentence);
  if (!head?.[1] || !head[2] || !place?.[1] || !place[2]) return person;
  if (sentence.indexOf(person.role.trim(), place.index + place[0].length) < 0) return person;
  if (!place[2].startsWith(head[2].slice(0, -1))) return person;
  const body = place[1]
    .split(' ')
    .map((w, i, all) =>
      i < all.length - 1
        ? w.replace(/ую$/u, 'ая').replace(/юю$/u, 'яя')
        : w.replace(/^(\p{L}+)у(?=-|$)/u, '$1а').replace(/^(\p{L}+)ю(?=-|$)/u, '$1я'),
    )
    .join(' ');
  return { ...person, role: head[1], body: body + (place[3] ?? '') };
}

// What stands before an office in the words before a name and is no part of it: a clause on a
// place the visitor goes to, its head the subject of the clause after «где» («… и посетит музей,
// где директор музея A B …»), the words of taking part, the office their subject («Во встрече
// с жителями приняла участие председатель общества A B»), or a particle («приветствовала также
// председатель общества A B»).
const RU_BEFORE_OFFICE =
  /^(?:[^]*,\s+где\s+|[^]*(?<![\p{L}])(?:принял[аи]?|прим(?:ет|ут))\s+участие\s+|(?:также|тоже|лично)\s+)/u;

// A body named in the genitive, then the office of its head in a clause on it: «посещение
// Озёрского краеведческого музея, директор которого A B расскажет …».
const RU_HEAD_OF_WHICH_ROLE =
  /(?<![\p{L}])((?:\p{L}[\p{L}-]*(?:ого|его|ой|ей)\s+){1,4}\p{Ll}[\p{Ll}-]*),\s+((?:директор|руководитель|ректор|заведующ(?:ий|ая)|председатель|начальник|хранитель)\s+(?:которого|которой))$/u;

/**
 * The head of a body named in a clause on it, after «которого» or «которой», holds the office
 * alone as his title, the body in the nominative as his organisation: «директор» of the
 * «Озёрский краеведческий музей».
 */
function headOfWhich(person: NameMention): NameMention {
  const of = RU_HEAD_OF_WHICH_ROLE.exec(person.role.trim());
  if (!of?.[1] || !of[2] || person.body) return person;
  const body = genitiveBody(of[1]);
  if (body === of[1]) return person;
  return { ...person, role: of[2].replace(/\s+котор\p{Ll}+$/u, ''), body };
}

/** The office before a name, without the clause or the particle that stands before it. */
function officeAlone(person: NameMention): NameMention {
  const role = person.role.trim();
  const cut = RU_BEFORE_OFFICE.exec(role);
  if (!cut) return person;
  const office = role.slice(cut[0].length);
  return RU_OFFICE_OPENS.exec(office)?.index === 0 ? { ...person, role: office } : person;
}

// The place a sentence opens in, in the prepositional, its adjectives before its noun and the
// words in the genitive of its name after it, set off: «В Озёрском краеведческом музее …», «В
// храме Святой Троицы, где …», «… в Лесной средней школе: …». A name that goes on («музее
// Китая на …», «школе имени A») is not read whole, and gives no place.
const RU_OPENS_IN =
  /(?:^|[:;]\s+|^[^,;:]*\s)[Вв]о?\s+((?:\p{L}[\p{L}-]*(?:ом|ем|ой|ей)\s+){0,3})(\p{Ll}{3,}е)((?:\s+[\p{L}-]+(?:ой|ей|ого|его|ы|и|а|я))+(?=\s*[,:]))?(?=[\s,:])(?!\s+(?:\p{Lu}|имени|№))/u;
// An office of a place's head, before the place's noun alone, in the genitive or, after an
// office that governs it, in the instrumental: «директор школы», «заведующая музеем»; a
// clergyman's rank after it is no part of it: «настоятель храма иерей A B».
const RU_HEAD_OF_NOUN =
  /^((?:директор|заведующ(?:ий|ая)|руководител\p{Ll}*|настоятел\p{Ll}*|хранител\p{Ll}*|начальник)\p{Ll}*)\s+(\p{Ll}{4,})(?:\s+(?:протоиерей|иерей|священник|игумен|архимандрит|имам))?$/u;
// The head of a district or a town named by its noun alone: «глава района», «глава города».
const RU_HEAD_OF_DISTRICT =
  /^(глав(?:а|ой|е|ы|у)|мэр\p{Ll}*|аким\p{Ll}*)\s+(района|округа|улуса|города)$/u;
// A noun in the genitive or the instrumental and its nominative's ending: "школы" → "школа",
// "храма" → "храм", "музея", "музеем" → "музей", "библиотекой" → "библиотека".
const NOUN_NOMINATIVE: ReadonlyArray<[RegExp, string]> = [
  [/(?<=[аеиоуя])ем$/u, 'й'],
  [/(?<=[аеиоуя])я$/u, 'й'],
  [/(?<=[^аеёиоуыэюя])ом$/u, ''],
  [/(?<=[^аеёиоуыэюя])а$/u, ''],
  [/(?<=[^аеёиоуыэюя])(?:ой|ы)$/u, 'а'],
  [/(?<=[кгхжчшщ])и$/u, 'а'],
];

/**
 * The head of the place the sentence opens in, named by his office and its noun alone («В
 * Озёрском музее гостя встретила заведующая музеем A B»), heads that place: his title is the
 * office, his body the place in the nominative («Озёрский музей»).
 */
function openingPlaceHead(sentence: string, person: NameMention): NameMention {
  const place = RU_OPENS_IN.exec(sentence);
  // The head of a district or a town named so keeps it in his title, its adjectives in the
  // genitive: «в Озёрском районе, где … с главой района A B» → «глава Озёрского района».
  const governs = RU_HEAD_OF_DISTRICT.exec(person.role.trim());
  if (governs?.[1] && governs[2] && place?.[1] && !place[3]) {
    if (!governs[2].startsWith(place[2]?.slice(0, -1) ?? '-')) return person;
    const adjectives = place[1]
      .trim()
      .replace(/(?<=\p{Ll})(?:ом|ем)(?=\s|$)/gu, (e) => (e === 'ом' ? 'ого' : 'его'));
    return { ...person, role: `${governs[1]} ${adjectives} ${governs[2]}` };
  }
  const head = RU_HEAD_OF_NOUN.exec(person.role.trim());
  if (!head?.[1] || !head[2] || !place?.[2] || person.body) return person;
  if (sentence.indexOf(` ${head[2]}`, place.index + place[0].length) < 0) return person;
  const ending = NOUN_NOMINATIVE.find(([e]) => e.test(head[2] ?? ''));
  if (!ending || !head[2].startsWith(place[2].slice(0, -1))) return person;
  const noun = head[2].replace(ending[0], ending[1]);
  const feminine = /[ая]$/u.test(noun);
  const adjectives = (place[1] ?? '')
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map((w) => {
      const stem = w.slice(0, -2);
      if (feminine) return `${stem}${/ей$/u.test(w) && !/[жчшщ]$/u.test(stem) ? 'яя' : 'ая'}`;
      return `${stem}${/ем$/u.test(w) || /[кгхжчшщ]$/u.test(stem) ? 'ий' : 'ый'}`;
    });
  const body = [...adjectives, noun].join(' ') + (place[3] ?? '');
  return { ...person, role: head[1], body };
}

// A body named by its capitalised noun in the prepositional, the words of its name in the
// genitive after it: «в Академии наук Северии», «в Институте почв».
const RU_IN_BODY =
  /(?:^|\s)[Вв]о?\s+(\p{Lu}\p{Ll}{4,}[еи])((?:\s+[\p{L}-]+(?:ой|ей|ого|его|ых|их|ов|ев|ы|и|а|я|к))*)(?=[\s,])/u;
// An office before the noun of that body written small in the genitive: «председатель 2-й секции
// академии».
const RU_OFFICE_OF_NOUN = /^(\p{Ll}[^,;]*?)\s+(\p{Ll}{5,})$/u;
// A body's noun from the genitive to the nominative: «академии» → «академия», «института» →
// «институт», «общества» → «общество».
const BODY_NOUN_NOMINATIVE: ReadonlyArray<[RegExp, string]> = [
  [/ии$/u, 'ия'],
  [/ства$/u, 'ство'],
  [/(?<=[бвгдзклмнпрстфхц])а$/u, ''],
];

/**
 * One whose office ends in the noun of a body the sentence names in the prepositional («в
 * Академии наук Северии делегацию принял председатель 2-й секции академии A B») holds the office
 * in that body: his title the office without the noun, his body the one named («Академия наук
 * Северии»).
 */
function bodyInPlaceHead(sentence: string, person: NameMention): NameMention {
  if (person.body) return person;
  const place = RU_IN_BODY.exec(sentence);
  const office = RU_OFFICE_OF_NOUN.exec(person.role.trim());
  if (!place?.[1] || !office?.[1] || !office[2] || !RU_OFFICE_OPENS.test(office[1])) return person;
  const noun = place[1].toLowerCase();
  if (noun.slice(0, -1) !== office[2].slice(0, -1)) return person;
  const ending = BODY_NOUN_NOMINATIVE.find(([e]) => e.test(office[2] ?? ''));
  if (!ending) return person;
  const nominative = office[2].replace(ending[0], ending[1]);
  const body = `${place[1].slice(0, 1)}${nominative.slice(1)}${place[2] ?? ''}`;
  return { ...person, role: office[1], body };
}

// A group met with its own head, named after «во главе со своим …»: «ансамбль «A» во главе со
// своим руководителем B C» names B C its «руководитель»; the group, in the nominative, is his body.
const GROUP_OWN_HEAD =
  /^((?:\p{Ll}+(?:ый|ий|ой|ая|яя|ое|ее)\s+)*(\p{Ll}+)(?:\s+«[^«»]+»)?)\s+во\s+главе\s+со?\s+(?:своим|своей)\s+(\p{Ll}+(?:ем|ом|ой|ей))$/u;

/** The head of a group named with it takes his office alone as his title, the group as his body. */
function groupOwnHead(person: NameMention): NameMention {
  const led = GROUP_OWN_HEAD.exec(person.role.trim());
  if (!led?.[1] || !led[3]) return person;
  const nominative = !/(?:ом|ем|ой|ей|ами|ями|ью)$/u.test(led[2] ?? '');
  return { ...person, role: led[3], ...(nominative ? { body: led[1] } : {}) };
}

/**
 * A place the release goes to, in the genitive after a body's noun, stands before a name in the
 * nominative that keeps its form: "председатель Торговой палаты Тивавана Мариэм Ндиай Сек" (the
 * release went "в Тиваване"), "директор музея Ористано Антонио Серра". The place stays in the
 * title; two words of the name at least are left.
 */
function placeBeforeName(person: NameMention, places: ReadonlySet<string>): NameMention {
  const words = person.name.split(' ');
  const first = words[0] ?? '';
  const forms = [first, first.replace(/[ая]$/u, 'е'), first.replace(/[ая]$/u, '')];
  // The title before ends in a body's noun written small: "палаты", "музея", "коммуны".
  const noun = person.role.trim().split(' ').at(-1) ?? '';
  if (words.length < 3 || !/^\p{Ll}{3,}$/u.test(noun)) return person;
  // A region's noun after "в" names the place, whatever it is: "губернатор в регионе A-B C D".
  const region = /(?<![\p{L}])в\s+(?:регионе|области|крае|провинции|штате|округе|районе)$/u.test(
    person.role.trim(),
  );
  if (!region && !forms.some((f) => f !== '' && places.has(f))) return person;
  // A given name before its patronymic is the name's own, whatever place shares it.
  if (RU_PATRONYMIC.test(words[1] ?? '')) return person;
  return {
    ...person,
    name: words.slice(1).join(' '),
    role: `${person.role.trimEnd()} ${first}`,
    index: person.index + first.length + 1,
  };
}

/**
 * Whether two capitalised words are a place named by its adjective in the genitive, which no
 * given name has: «святыни Восточного Саяна», «степи Южного Урала».
 */
export function placeByAdjective(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length === 2 &&
    /^\p{Lu}\p{Ll}+(?:ого|его)$/u.test(words[0] ?? '') &&
    !namePart(words[0] ?? '') &&
    /^\p{Lu}\p{Ll}+[аяы]$/u.test(words[1] ?? '')
  );
}

/** The people a Russian or Turkish sentence says were met, never the visitor, or null. */
export function foreignPeopleMet(
  sentence: string,
  visitor: string | null,
  named: readonly string[] = [],
  hosted = false,
  places: ReadonlySet<string> = new Set(),
): MeetingSentence | null {
  const listed = bracketedPeople(sentence).filter((p) => p.name !== visitor);
  if (listed.length > 0) return { people: listed, plural: false };
  // Never the visitor, nor one of his own side, named with his country or an envoy's office.
  const bracketed = RU_TOLD_BRACKETED.exec(sentence);
  const told = RU_TOLD_OPENING.exec(sentence) ?? bracketed;
  if (
    told?.[1] &&
    told[2] &&
    (!bracketed || RU_OFFICE_OPENS.exec(told[2])?.index === 0) &&
    // The first word is a given name, or an East Asian family name before the given one ("Ли
    // Цзюньхуа"); or a name the lists do not know stands before an office that opens the words
    // set off ("A B C, председатель палаты …").
    (nameKind(told[1].split(' ')[0] ?? '').given ||
      nameKind(told[1].split(' ')[0] ?? '').family ||
      RU_OFFICE_OPENS.exec(told[2])?.index === 0) &&
    (!visitor || looseKey(visitor) !== looseKey(told[1])) &&
    !OWN_OFFICE.test(told[2]) &&
    !/Росси/u.test(told[2])
  )
    return {
      people: [{ name: told[1], role: told[2], index: 0, end: told[1].length }],
      plural: false,
    };
  const invited = [
    ...inviter(sentence, named, hosted).filter((p) => p.name !== visitor),
    ...activityPeople(sentence).filter((p) => !visitor || looseKey(p.name) !== looseKey(visitor)),
  ];
  const clauses = meetingClauses(sentence, hosted);
  if (clauses === null) return invited.length > 0 ? { people: invited, plural: false } : null;
  const skip = visitor ? looseKey(visitor) : null;
  // A man's name in the genitive is someone's ("послание Владимира Путина"), not someone met.
  // Those who attended from a body named in the ablative hold their titles in it.
  const attendedFrom = TR_FROM_BODY.exec(TR_ATTENDED.exec(sentence)?.[1] ?? '')?.[1];
  const people = clauses
    .flatMap((c) =>
      foreignNames(c, named)
        .map((p) =>
          attendedFrom && c === TR_ATTENDED.exec(sentence)?.[1] && !p.body
            ? { ...p, body: attendedFrom }
            : p,
        )
        .filter(
          (p) =>
            !turkishOwner(c, p) &&
            !ownEnvoy(c, p, hosted && c === TR_ATTENDED.exec(sentence)?.[1]) &&
            !messageOf(c, p) &&
            !TR_MONUMENT_AFTER.test(c.slice(p.end)) &&
            !TR_HISTORY_AFTER.test(c.slice(p.end)) &&
            !trPlaceKindAfter(c, p.end) &&
            !TR_BODY_KIND_BEFORE.test(c.slice(0, p.index)) &&
            !TR_BODY_NAME_GOES_ON.test(c.slice(p.end)) &&
            !trMotionTo(c, p.end),
        )
        .map((p) =>
          titleAfterName(
            c,
            groupNoTitle(
              c,
              audienceNominative(
                c,
                tookPartNominative(
                  c,
                  introducedNominative(c, dativeNominative(officeAlone(headOfWhich(p)))),
                ),
              ),
            ),
          ),
        )
        .map((p) => listedFromBody(c, officeSetOffAfterName(c, p)))
        .map((p) =>
          placeBeforeName(
            bodyInPlaceHead(
              sentence,
              openingPlaceHead(sentence, visitedPlaceHead(sentence, groupOwnHead(p))),
            ),
            places,
          ),
        )
        .map((p) => officeHeIs(sentence, c, p))
        // Those who took part are its subjects, in the nominative: "приняли участие … Елена A".
        // A name read as a genitive is one only if so written: "Еленой Шуваловой", read "Елена
        // Шувалова", is none.
        .filter(
          (p) =>
            TOOK_PART.test(sentence) ||
            !russianGenitiveName(p.name.split(' ')) ||
            !russianGenitiveName(writtenWords(c, p)),
        )
        // Those listed after one of a group's body, with nothing of their own, are of it too.
        .map((p, k, all) => {
          const first = all[0];
          return k > 0 && first?.body && p.role.trim() === '' && !p.body
            ? { ...p, body: first.body }
            : p;
        })
        .map((p, k, all) => groupOfTwoOffices(c, p, all[k - 1], all[k + 1]))
        .map((p, k, all) => twoPlacesHeads(c, p, all[k - 1], all[k + 1], places)),
    )
    .filter(
      (p) =>
        looseKey(p.name) !== skip &&
        // The visitor named again by his surnames alone: "Sotomayor y Larrea'yı kabul etti".
        !(p.name.includes(' ') && visitor?.endsWith(` ${p.name}`)) &&
        // The visitor received in the accusative: "принял министра … Пак Чжи Хуна".
        looseKey(genitiveNominative(p.name)) !== skip &&
        !placeByAdjective(p.name),
    );
  // One the activity names in the genitive, read back in the nominative there, is that one.
  const read = people.filter(
    (q) => !invited.some((p) => looseKey(genitiveNominative(q.name)) === looseKey(p.name)),
  );
  for (const p of invited)
    if (!read.some((q) => looseKey(q.name) === looseKey(p.name))) read.unshift(p);
  return read.length > 0 ? { people: read, plural: false } : null;
}

// Two offices joined by "ve" and set off by a comma before two names joined by "ve", each the
// office of the name in its place: "X Cumhurbaşkanı ve Başbakanı, A B ve C D tarafından kabul
// edildi". The first office's words before its head are the second's too.
// A bare office that heads a body, the first of two joined by "ve": "Rektör ve Rektör Yardımcısı".
const TR_BARE_HEAD = /^(?:Rektör|Başkan|Bakan|Vali|Dekan|Direktör)$/u;
const TR_TWO_OFFICES = /^(?:.*,\s+)?((?:\S+\s+)*?)(\S+)\s+ve\s+(\p{Lu}[^,]*?)\s*$/u;

// Short titles alone before a name, which name no office: "Dr.", "Prof. Dr.".
const TR_HONORIFICS_ONLY = new RegExp(String.raw`^(?:${TR_SHORT_HONORIFIC}\s*)+$`, 'u');
const TR_HONORIFICS_LAST = new RegExp(String.raw`(?:${TR_SHORT_HONORIFIC}\s*)+$`, 'u');
// The capitalised words, "ve" among them, that end the words before a comma: the offices.
const TR_OFFICES_LAST = /(?:\p{Lu}[\p{L}'’.-]*\s+(?:ve\s+)?)*\p{Lu}[\p{L}'’.-]*$/u;
// An office with a field of its own before its head, which shares no words of the first:
// "Tarım ve Orman Bakanı", not "Vali Yardımcısı" nor "Başbakanı".
const TR_OFFICE_OF_FIELD =
  /^(?!(?:Vali|Başkan|Bakan|Müdür|Rektör|Dekan|Direktör|Genel|Sekreter)\s)\p{Lu}\S*\s+\S/u;

// An office in the plural before two places joined by «и» and two names joined so: "хякимы
// Озёрского велаята и города Озёрска A B и C D", "главы района и города A B и C D".
const RU_HEADS_OF_TWO =
  /^(хяким|аким|хоким|мэр|губернатор|ректор)ы\s+(\S.*?)\s+и\s+(\S.*)$|^(глав)ы\s+(\S.*?)\s+и\s+(\S.*)$/u;
// A place's noun that ends a title, the place's own name after it: "города", "села", "аула".
const RU_PLACE_NOUN_LAST = /(?:^|\s)(?:города|села|посёлка|поселка|аула|станицы)$/u;

/**
 * Each of two people named after an office in the plural that two places share holds it in his
 * place, the first in the first: "хякимы Озёрского велаята и города Озёрска A B и C D" are
 * "хяким Озёрского велаята" and "хяким города Озёрска". A place named after its noun («города
 * Мары») is the title's end, not the first word of a name of three after it: where the release
 * names it a place it goes to («в Мары»), or the second word is no patronymic ("… города A B
 * C" is the head of A, "B C").
 */
function twoPlacesHeads(
  clause: string,
  person: NameMention,
  before: NameMention | undefined,
  after: NameMention | undefined,
  places: ReadonlySet<string>,
): NameMention {
  const first = RU_HEADS_OF_TWO.test(person.role.trim()) ? person : before;
  const second = first === person ? after : person;
  if (!first || !second || second.role.trim() !== '' || first.body || second.body) return person;
  if (!/^\s+и\s+$/u.test(clause.slice(first.end, second.index))) return person;
  let role = first.role.trim();
  let name = first.name;
  const words = name.split(' ');
  if (
    words.length >= 3 &&
    RU_PLACE_NOUN_LAST.test(role) &&
    (places.has(words[0] ?? '') || !RU_PATRONYMIC.test(words[1] ?? ''))
  ) {
    role = `${role} ${words[0] ?? ''}`;
    name = words.slice(1).join(' ');
  }
  const m = RU_HEADS_OF_TWO.exec(role);
  const head = m?.[1] ?? (m?.[4] ? `${m[4]}а` : '');
  const [one, other] = m?.[1] ? [m[2], m[3]] : [m?.[5], m?.[6]];
  if (!m || !one || !other) return person;
  return person === first
    ? { ...person, name, role: `${head} ${one}` }
    : { ...person, role: `${head} ${other}` };
}

/**
 * Each of two people received together, named after two offices joined by "ve", takes the office
 * in his place: "Ruritanya Cumhurbaşkanı ve Başbakanı, A B ve C D" are "Ruritanya Cumhurbaşkanı"
 * and "Ruritanya Başbakanı"; the subject set off before the offices is neither's: "Başkan E,
 * Velmor Valisi ve Vali Yardımcısı, A B ve C D". A short title may stand before each name: "X
 * Kültür Bakanı ve Tarım Bakanı, Dr. A B ve Prof. Dr. C D"; a second office with a field of its
 * own is read as written: "Tarım Bakanı".
 */
function groupOfTwoOffices(
  clause: string,
  person: NameMention,
  before: NameMention | undefined,
  after: NameMention | undefined,
): NameMention {
  const honorific = (p: NameMention) => TR_HONORIFICS_ONLY.test(p.role.trim());
  const lead = (p: NameMention) => clause.slice(0, p.index).replace(TR_HONORIFICS_LAST, '');
  const opens = (p: NameMention) =>
    (p.role.trim() !== '' && !honorific(p)) || (honorific(p) && /,\s*$/u.test(lead(p)));
  const first = opens(person) ? person : before;
  const second = first === person ? after : person;
  if (!first || !second || (second.role.trim() !== '' && !honorific(second))) return person;
  if (first.body || second.body) return person;
  if (!/,\s*$/u.test(lead(first))) return person;
  const between = clause.slice(first.end, second.index).replace(TR_HONORIFICS_LAST, '');
  if (!/^\s+ve\s+$/u.test(between)) return person;
  // The offices are the first's title, its short titles after the comma taken off: "X Bakanı ve
  // Y Bakanı, Dr.", or, where his title holds those alone, the words before them.
  const own = first.role.replace(TR_HONORIFICS_LAST, '').replace(/,\s*$/u, '').trim();
  const written =
    own !== '' ? own : (TR_OFFICES_LAST.exec(lead(first).replace(/,\s*$/u, ''))?.[0] ?? '');
  const offices = TR_TWO_OFFICES.exec(written);
  if (!offices?.[2] || !offices[3] || !(TR_HEAD.test(offices[2]) || TR_BARE_HEAD.test(offices[2])))
    return person;
  const shared = offices[1] ?? '';
  if (person === first) return { ...person, role: `${shared}${offices[2]}` };
  return {
    ...person,
    role: TR_OFFICE_OF_FIELD.test(offices[3]) ? offices[3] : `${shared}${offices[3]}`,
  };
}

// A body in the ablative before a list of names met: "HEP'ten A, B ve C'le", "Fudan
// Üniversitesi'nden Prof. Dr. A, Doç. Dr. B ve Dr. C'yle". Between it and each name stand only
// names, academic titles, commas and «ve».
const TR_LIST_FROM_BODY = /((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)['’]n?[dt][ae]n\s+(?=\p{Lu})/gu;
const TR_LISTED_BETWEEN = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{L}'’-]*|${TR_SHORT_HONORIFIC}|ve|,)\s*)*$`,
  'u',
);
const TR_ACADEMIC = new RegExp(String.raw`^(?:${TR_SHORT_HONORIFIC}\s*)*$`, 'u');

/** A person of a list after a body in the ablative, with no title of his own, is of that body. */
function listedFromBody(clause: string, person: NameMention): NameMention {
  if (person.body || !TR_ACADEMIC.test(person.role.trim())) return person;
  for (const m of clause.matchAll(TR_LIST_FROM_BODY)) {
    const end = m.index + m[0].length;
    if (end <= person.index && TR_LISTED_BETWEEN.test(clause.slice(end, person.index)))
      return { ...person, role: '', body: m[1] };
  }
  return person;
}

// A greeting, a message or a letter of someone, the title after it in the genitive: "передано
// приветствие министра культуры Республики A B C", "зачитано послание президента …".
const MESSAGE_OF =
  /(?:приветстви|послани|письм|поздравлени|обращени)\p{L}*\s+\p{Ll}+(?:а|я|ы|и|ого|его)\s+[^.;:«»]{0,160}$/u;

// What a meeting is devoted to, someone's legacy, memory or work, names its subject, no one met:
// "встреча будет посвящена наследию поэта A (B)", "вечер, посвящённый памяти A".
const DEVOTED_TO =
  /посвящ\p{L}*\s+(?:наследи|памят|творчеств|жизн|юбиле)\p{L}*\s+[^.;:«»]{0,160}$/u;

// Works named by their author in the genitive right after them: "собрание трудов A B", "книги
// стихов C D", a series of prints or pictures by their artist ("листы из серии E F «…»",
// "выставка картин G H"); the author is no one met. A department or a house named by its works
// is a body, whose head's name follows: "заведующая отделом рукописей A B", "директор музея
// картин C D".
const WORKS_OF =
  /(?<![\p{L}])(?<!(?:отдел|сектор|кабинет|центр|институт|музей|галере)\p{Ll}*\s+)(?:трудов|сочинений|произведений|стихов|стихотворений|статей|рукописей|серии|серий|картин|картины|гравюр|гравюры|полотен|полотна|рисунков|эскизов)\s+$/u;

// The name someone is known by, told after his own: "A B (в селе его знают как C D)", "его
// зовут C", "по прозвищу C"; it is no second person.
const KNOWN_AS =
  /(?<![\p{L}])(?:(?:знают|зовут|называют|прозвали|величают)(?:\s+как)?|известн\p{Ll}*\s+как|по\s+прозвищу)\s+$/u;

/**
 * Whether one is named as the sender of a greeting or a message passed on, the author of works,
 * or by the name one met is known by: not someone met.
 */
function messageOf(clause: string, person: NameMention): boolean {
  const before = clause.slice(0, person.index);
  const written = clause.slice(person.index, person.end).trim();
  return (
    MESSAGE_OF.test(before) ||
    KNOWN_AS.test(before) ||
    DEVOTED_TO.test(before) ||
    (WORKS_OF.test(before) && /\p{Ll}[ая]$/u.test(written))
  );
}

// The head of a Turkish delegation named before "başkanlığında(ki)": "Rektörümüz Prof. Dr. A B
// başkanlığındaki heyet", "Bakan A B başkanlığında bir heyet".
const LEADS_DELEGATION = /^(?:['’]\p{L}+)?\s+başkanlığında(?:ki)?(?!\p{L})/u;

/**
 * The head of the visiting delegation in the opening sentences of a Turkish release, whoever the
 * first sentence names (a heading may name no one): the visitor, never one met.
 */
export function delegationHead(sentences: readonly string[]): string | null {
  for (const sentence of sentences.slice(0, 4)) {
    const head = foreignNames(sentence).find((n) => LEADS_DELEGATION.test(sentence.slice(n.end)));
    if (head) return head.name;
  }
  return null;
}

// A note of the release's own update before its story: "Обновлено 5 декабря: поездка продлена …",
// or what is left of it once its date is read, opening in a small letter ("по просьбе …"); its
// word may be written in capitals: "GÜNCELLEME – 5 Aralık 2026, 11.20: …".
export const UPDATE_NOTE =
  /^(?:\p{Ll}|(?:Обновлено|Дополнено|Updated|Güncellendi|Güncelleme|ОБНОВЛЕНО|UPDATED?|GÜNCELLEME|GÜNCELLENDİ)(?![\p{L}]))/u;

// The dash after a dateline's place.
const DASH_AFTER_PLACE = /^\s*[–—-]\s/u;

/**
 * The visitor: the first person the first sentence names before its meeting word. A Turkish
 * sentence names the one met just before "ile" (or its suffix, "'yle"), and the host or attendee
 * before "'ın ev sahipliğinde", "'ın da katıldığı", so a lone name there is not the visitor.
 */
export function firstPerson(sentences: readonly string[]): string | null {
  const first = sentences.find((s) => !UPDATE_NOTE.test(s)) ?? '';
  const ru = /[а-яё]/.test(first) ? RU_MEETING.exec(first) : null;
  const tr = ru ? null : TR_MEETING.exec(first);
  const cut = ru ?? tr;
  // A Russian host who invited him to Russia, named after "по приглашению", is not the visitor:
  // "по приглашению Председателя Верховного Суда Российской Федерации A B в Москве находился …".
  const invitedBy = inviter(first, [], true)[0];
  const host = invitedBy && /Росси/u.test(invitedBy.role) ? invitedBy : undefined;
  // A place before a dash opening the story is its dateline, no one: "Velmor – Rektörümüz A B'nin
  // ziyareti sona erdi".
  const names = foreignNames(cut ? first.slice(0, cut.index) : first).filter(
    (n) =>
      n.index !== host?.index &&
      !(isPlaceName(n.name) && DASH_AFTER_PLACE.test(first.slice(n.end))),
  );
  // "A принял министра … B": the one received, after the verb in the accusative, is the visitor;
  // the one who received him is his host.
  if (ru && /^(?:принял|прим[еу]т)/iu.test(ru[0])) {
    const after = first.slice(ru.index + ru[0].length);
    const received = foreignNames(after)[0];
    if (received && !/[,;]/u.test(after.slice(0, received.index)))
      return genitiveNominative(after.slice(received.index, received.end).trim());
  }
  // "A, … B'yi kabul etti": the one received, in the accusative before the verb, is the visitor;
  // the one who received him is his host.
  if (tr && /^\s(?:kabul\s+(?:etti|edecek|etmiş)|karşıla(?:dı|yacak))(?!\p{L})/u.test(tr[0])) {
    const received = names.findLast((n) => /['’]y?[ıiuü]$/u.test(first.slice(n.index, n.end)));
    if (received) return received.name;
  }
  if (
    tr &&
    /^(?:\s(?:ile|tarafından)|['’]y?l[ae]\s|\s+(?:d[ae]\s|katıl(?:dığı|acağı)|ev\s|rehberliğinde))/u.test(
      tr[0],
    ) &&
    names.length < 2
  )
    return null;
  return names[0]?.name ?? null;
}
