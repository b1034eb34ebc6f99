import { COURTESY, findNames, personKey, type NameMention } from './people.js';
import {
  COURTESY_STYLE,
  HONORIFIC,
  HONORIFIC_TEXT,
  PARTICLE_TEXT,
  PATRONYMIC_TEXT,
  SHORT_STYLE,
  TIME_ADVERB_TEXT,
} from './nameWords.js';
import { type ReleaseLanguage } from './draftTitle.js';
import { countryCode } from './gazetteer.js';
import { FIELD_WORD, ORG_WORD, parseRole, TITLE_WORD } from './roles.js';

/**
 * Words that open the list of people met, a meal with them among them ("held a working lunch with
 * …"). Whoever chairs or hosts what the visitor attends ("a round table chaired by the Minister, A
 * B", "a forum co-hosted by …", "hosted in X by …", "hosted there by …"), welcomes, guides or
 * briefs him, or visits a place together with him (not "together with his deputy", his own), or at
 * whose invitation he comes, is met there; so is
 * whoever attends what he chairs, hosts or opens ("will chair a round table …, attended by A (Body)
 * and …", "opened a seminar on X attended by A (Body), …"), and whoever attends a round table,
 * seminar or workshop told in the passive ("a round table on X was attended by A (Body), …"), or
 * that he takes part in ("will take part in a round table on X at Y, attended by A (Body), …"),
 * and whoever also attended the meeting besides those met ("The meeting was also attended by the
 * Vice Governor, A B"; one who only attended it may be the visitor's own),
 * whoever shows him a place, named by his title with "with" after a visit ("toured the port with
 * the Director of X, A B", "went on board the patrol boat with the Director of Y, C D") or a
 * journey ("travelled to X with the Governor of Y, E F", "flew to Z with the Minister", "went out
 * into X Sound with the Harbour Master of Y, G H") or a walk ("walked the foreshore with
 * Councillor for X Cr A B"), but not one spoken with by telephone or video after the word of a
 * visit ("before the visit she spoke by telephone with the Minister of X, A B"), a local head by
 * his own word too ("visited the
 * clinic with the Indvuna of X, A B", "with the Bupati of Y, C"), the body before the title in the
 * possessive at most ("with the X Government's Director of Lands, A B"), or the head of the place
 * toured,
 * named by "its" ("a guided tour of the X Museum with its director, A B"), or the head of a body
 * the visitors walk a place with ("will walk the terraces with A B, Chairperson of X"), or named
 * before that title, a particle of the name inside it at most ("visited the reserve with A bint B
 * C, Executive Director of Y"), and
 * whoever co-chairs something with him ("will co-chair the Joint Commission with the Minister of X,
 * A"), and whoever leads or guides a visit or tour of a place ("The site visit will be led by
 * the Mayor of X, A B"), or opens something the visitor attends ("a seminar, opened by the Rector,
 * A B"); whoever is named as the visitor's host there ("Her host there will be A B"), takes the
 * visitors round a place ("They were taken round by A B") or joins the host at the meeting ("He
 * was joined at the meeting by the Commissioner, A B").
 * The invitation names the host after the visit, set off by a comma or not ("… visited X, at the
 * invitation of the Minister, A B", "… from 3 to 5 May at the invitation of …"); before the visit
 * it is a courtesy named, often a government's, and the name after it may be the visitor's. A place
 * may stand between "received" and "by" ("was received there by …", "at State House by …", "at
 * the Office of the President by …", a body's name that lists its fields: "at the Foreign,
 * Commonwealth and Development Office by …", set off by commas: "at the University of X, Y, by
 * …"), and a city between "meeting" and "with" ("held a
 * meeting in Nairobi with …"), or a city and a day ("a meeting in Kisumu on Monday with …"), or
 * the building and its city ("held talks at the Secretariat in Dorvan with …"), and
 * the place a visitor is welcomed to between "welcomed" and "by" ("was welcomed to the
 * Institute's campus by …"), or the town with its province ("was welcomed in X, Y Province by
 * …"), or the place described after a comma ("was welcomed at X, the Institute's home, by
 * …"), or the rite of welcome ("were welcomed with a foot-washing ceremony by …", its name
 * opened by a glottal stop too: "with an 'ava ceremony by …"). A word ends
 * where a letter of any script does not follow: "met" is no meeting inside the Turkish
 * "Hükümet". A round table and a video conference with someone are meetings too, a venue or
 * the city it is held from between at most ("held a round table at the X
 * Hall with …", "will hold a video conference from X with …"); when the people at it are named
 * after "attended by", they are the ones met ("a round table with investors, attended by A B …"). A
 * meeting "also attended by" a body's holders of one rank, counted, met them too: "The meeting was
 * also attended by the two Deputy Speakers, A B and C D". A list of those met may follow a colon:
 * "held meetings with: …"; so may those present, told at the opening of the sentence after the
 * meeting: "Present were: A B (President of X), C D (Director of X) and …", "Present at the
 * meeting were A B, Chairman of Y, and …". One the visitor sat or will sit down with is met too,
 * or sat with, named with the body he heads ("sat with A B, head of the X group");
 * so is one talks or a meal are planned (there) with, or talks followed with: "A working lunch is
 * planned with …",
 * "A meeting was thereafter held with …".
 * One to be met after a planned visit is met too: "will visit the X Centre and meet A B"; so is
 * one to be met after a journey there: "will travel to X and meet A B", "will fly to Y and meet
 * C D"; so is
 * one to be met after a lecture or a talk the visitor will give: "will give a lecture at the X
 * Academy and meet its rector, A B"; so is
 * one who joins a meeting and briefs the visitors, or chairs a meeting: "She was joined by A B,
 * …, who briefed the visitors on …", "They were joined by C D, who chaired a meeting of X". A
 * programme's line of a reception tells its host: "Reception at the town hall by Mayor of X A
 * B"; so does one of a welcome: "Ceremonial welcome (kato'aga) by the chief, A B". One whom the
 * visitor pays respects to is met too: "will pay her respects to the chief, A B". So is one who
 * gives the visitor a welcome: "a customary welcome by Chief A B"; and one who organises a
 * workshop or a seminar the visitor attends: "The day ended with an
 * edit-a-thon at the school, organized by A B, Coordinator of X".
 * The one the host stands in for may stand between "received" and "by" too: "was received on
 * behalf of the Emir by …"; so may the land of a people the visitor is welcomed to: "was welcomed
 * to the territory of the X First Nation by Chief A B"; so may a venue named in the own language,
 * glossed in brackets: "was received at the baileo (customary meeting house) by …"; so may a hall
 * named with its owner's name, and a second place after it: "was received at the X Assembly's
 * guests' hall and then at the Office of Y by …".
 * One a matter was or will be discussed with is met: "Security will be discussed with Police
 * Major General A B C, head of X".
 * One who stands in for a host called away is met: "was received instead by State Secretary A
 * B". So is one the visitor walks a place with, the title in brackets after the name: "walked
 * the fen with Ms C D (Chief Ranger, X Park)". So is one a photograph's caption shows the visitor
 * with, the name set off by a comma: "Photo: President A with E F, chief executive of Y, in Z".
 */
export const MEETING_TRIGGER =
  /(?<!\p{L})(?:(?:talks|meetings?|consultations|discussions|(?:working )?(?:lunch|luncheon|dinner|breakfast)) (?:(?:are|is|were|was) (?:(?:also|then|later|thereafter|subsequently) )?(?:planned|scheduled|expected|held)(?: there)?|followed) with|met with:?|(?<=^\s*)present (?:at (?:the|this|that) (?:meeting|talks|discussions?) )?were:?|met|(?:to|will|shall)(?: also| then| further| later)? meet(?: with)?|meet with|(?<=\b(?:(?:will|shall|to) (?:also |then )?(?:visit|tour|attend|open|inspect|travel|fly|drive|go|proceed)|(?:will|shall) (?:also |then )?(?:give|deliver|hold|address|speak|lecture)|to (?:give|deliver) (?:a|an|the) (?:[\p{Ll}-]+ )?(?:lecture|speech|talk|address))\b[^.;]*)and (?:also |then )?meet(?: with)?|(?:meetings?|talks|conversation|interlocution|discussions?|consultations|dialogue|exchanges?(?: of views)?|(?:working )?sessions?|(?:working |official )?(?:lunch|luncheon|dinner|breakfast)) (?:(?:today|yesterday|also|later|in [A-Z][\p{L}-]+|at (?:the )?[A-Z][\p{L}-]+(?: (?:of (?:the )?)?[A-Z][\p{L}-]+){0,4}|on \d{1,2} [A-Z][a-z]+(?: \d{4})?|on [A-Z][a-z]+ \d{1,2}(?:, \d{4})?|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) ){0,2}with:?|(?:round[- ]?tables?|video[- ]?conferences?|video calls?) (?:(?:also|later|at (?:the )?[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+){0,5}|from [A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+){0,2}) )?with(?![^.;]*\sattended by)|(?:was |were )?(?:granted|given) an audience by|(?:was|were|will be) (?:signed|discussed) with|(?:was |were )?received (?:(?:today|yesterday|also|instead|there|in audience|on behalf of (?:the |his |her |its |their )?[A-Z][\p{L}-]+(?: (?:of (?:the )?)?[A-Z][\p{L}-]+){0,4}|(?:and (?:then |later |also )?)?(?:in|at) (?:the )?[A-Z][\p{L}-]+(?:(?:,| and|, and)? (?:of (?:the )?)?[A-Z][\p{L}-]+){0,6}(?: \([A-Z][\p{L}\d&-]*\))?|(?:in|at) (?:the )?(?:[A-Z][\p{L}-]+ ){0,3}[A-Z][\p{L}-]+['’]s (?:\p{Ll}[\p{L}-]*['’]? ){0,2}\p{Ll}[\p{L}-]*|(?:in|at) the \p{Ll}[\p{L}-]+ \([^()]*\)|on \d{1,2} [A-Z][a-z]+(?: \d{4})?|on [A-Z][a-z]+ \d{1,2}(?:, \d{4})?|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening))?),? )*by|(?<![\p{L}-])reception (?:(?:at|in) (?:the )?(?:[\p{L}'’-]+ ){1,4})?by|(?<![\p{L}-])(?:(?:customary|traditional|ceremonial|official|formal) )?welcome (?:\([^()]*\) )?by|(?:co-?)?organi[sz]ed by(?<=\b(?:workshops?|seminars?|edit-a-thons?|hackathons?|round[- ]?tables?|forums?|conferences?|trainings?|festivals?)\b[^.;]*\s(?:co-?)?organi[sz]ed by)|(?:side|party),? (?:(?:was|were|is|will be) )?represented by|call(?:ed|s)? on|courtesy (?:call|visit) (?:on|to)|pa(?:y|ys|id|ying) (?:(?:his|her|their|its) )?respects to|(?:present(?:s|ed)?|offer(?:s|ed)?) (?:a|the) (?:customary )?(?:coutume|sevusevu) to|audience with|(?:was|were|will be|as) (?:(?:later|also|then) )?(?:the )?guests? of|(?:sat|sits?) down with|(?:sat|sits?) with(?=\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4},\s+(?:the\s+)?(?:Chair|Chairperson|Chairman|Chairwoman|President|Head|Director|Leader|Coordinator|Manager|Secretary|Founder)\s+of\s)|introduced (?:him|her|them|the (?:visiting )?(?:delegation|visitors?|guests?|\p{Lu}[\p{L}-]*)) to(?=\s+(?:the\s+)?\p{Lu})|(?:co-?)?(?:chaired|hosted|opened) (?:(?:there|in [A-Z][\p{L}-]+) )?by|(?:his|her|their) hosts? (?:there |in [A-Z][\p{L}-]+ )?(?:will be|is|was|are|were)|(?:visit|tour)s? (?:(?:was|were|is|will be) )?(?:led|guided) by|co-?chair(?:s|ed|ing)?\s(?:[^.;]*?\s)?with|(?:was |were |will be )(?:guided (?:round |around )?|(?:taken|shown) (?:round|around) )by|(?:was|were|will be) joined (?:at|in|for) the (?:meeting|talks|discussions) by|(?:was|were|will be) joined by(?=[^;]*,\s+who\s+(?:also\s+)?(?:(?:briefed|welcomed|showed|told|received|will\s+(?:brief|welcome|show|tell|receive))\s+(?:him|her|them|the\s+(?:visitors?|delegation|guests?))|(?:chaired|hosted)\s+(?:a|the)\s+(?:[\p{Ll}-]+\s+)?meeting\b))|(?:welcomed|briefed|greeted) (?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening))? |with (?:a|an) (?:['’ʻ]?[\p{L}-]+ ){0,3}(?:ceremony|dance|songs?|garlands?|feast) |(?:in|at) (?:the )?[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+){0,3}(?:, [A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+){0,2})?(?:, (?:the|a|an|once|now|formerly|its|his|her|their) [^,;.]{1,100},)? |(?:to|at|in) (?:the |its |his |her )?(?:[A-Z][\p{L}'’-]+ ){0,4}(?:campus|headquarters|premises|offices?|site|seat|residence|buildings?|facilities|laboratories) |to (?:the )?(?:(?:traditional|ancestral|unceded) )?(?:territory|territories|lands?) of (?:the )?[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,4} )?by|together with(?!\s+(?:his|her|their|its)\b)|(?<=\b(?:[Ss]he|[Hh]e|[Tt]hey)\s+(?:(?:then|also|later)\s+)?)(?:joined|will\s+(?:also\s+|then\s+)?join)(?=\s+(?:the\s+)?\p{Lu})|with(?<=^\s*(?:Photo|Photograph|Picture|Pictured)\s*:\s[^.;:]*\swith)(?=\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,4},\s)|with(?<=\b(?:walk(?:ed|s)?|hik(?:ed|es|e))\b[^.;]*\swith)(?=\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+(?:who\s+is\s+(?:(?:both|also)\s+)?)?(?:the\s+)?(?:Chair|Chairperson|Chairman|Chairwoman|President|Head|Director|Leader|Coordinator|Manager)\b)|with(?<=\b(?:visit(?:ed|s)?|tour(?:ed|s)?|inspect(?:ed|s)?|boarded|went|sailed|travell?(?:ed|s)|flew|drove|walked)\b(?:(?!(?:tele)?phone\b|video\s)[^.;])*\swith)(?=\s+(?:the\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+)*(?:Minister|Director|Director-General|Governor|Mayor|Chairman|Chairperson|Chair|President|Head|Commissioner|Secretary|Rector|Commander|Master|Manager|Regent|Bupati|Camat|Lurah|Wali\s+(?:Kota|Nagari)|Indvuna)\b|(?:Councillor|Mayor|Governor)\s+(?:of|for)\s+\p{Lu}|its\s+(?:director|head|curator|manager|chairman|chairperson|president|rector|principal)\b|\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:bin|bint|binti|ibn|ole|van|von|de|da|del|di|du)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){1,4}(?:,\s+(?:the\s+)?(?:(?:Deputy|Vice|Acting|Assistant|Executive)\s+)?(?:Minister|Director|Director-General|Governor|Mayor|Chairman|Chairperson|Chair|President|Head|Commissioner|Rector|Manager)\b|\s+\((?:(?:Deputy|Vice|Acting|Assistant|Executive|Chief|Senior)\s+)?(?:Minister|Director|Director-General|Governor|Mayor|Chairman|Chairperson|Chair|President|Head|Commissioner|Rector|Manager|Ranger|Warden|Curator)\b[^()]*\))))|attended by(?<=\b(?:chair\w*|host\w*|hold|holds|held|convene\w*|organi[sz]e\w*|open(?:s|ed|ing)?)\b[^.;]*\sattended by|\b(?:round[- ]?tables?|seminars?|workshops?)\b[^.;]*(?:\s(?:was|were)|,) attended by|\b(?:meetings?|talks)\b[^.;]*\s(?:was|were) also attended by(?=\s+(?:the\s+)?(?:two|three|four|both)\s+\p{Lu})|\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:meeting|talks|discussions?) (?:was|were) also attended by)|(?:at|upon|on) the invitation of(?<=\b(?:visit\w*|trip|tour|travell?ed|mission)\b[^.;]*\s(?:at|upon|on) the invitation of)(?: (?:his|her|their) counterparts?,)?)\s+/iu;

// Where the list of people met ends and the rest of the clause begins. The visitor's own people
// who come with him follow: "…, accompanied by the Fund's Deputy Director, A B"; so does a call by
// telephone, no meeting: "…, and spoke by telephone with C D". A clause of who the one met is
// or what body he heads goes on with his title: "met A B, who is Director of X, to …", "who
// serves as Y".
export const LIST_END =
  /,?\s+and\s+(?:also\s+|later\s+|then\s+)?(?:spoke|talked)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\b|\s(?:to (?:discuss|deliberate|review|exchange|consider|explore|talk|brief)|discussed|focused|exchanged|covered|during|where|on the same day|the next day|on the following day|accompanied by|joined by|together with (?:his|her|their|its))\b|, (?:the sides|during|where|to|who(?!\s+(?:is|heads|serves\s+as)\s+(?:(?:both|also)\s+)?(?:the\s+)?[^a-z\s])|on)\b|\s(?:at|in) the (?:[A-Z][\w-]* )*(?:headquarters|premises|building|office)\b/;

// After a topic the list may go on with another person met: "met A, on trade, and with B, on …",
// or with another meeting word: "to hold talks with A, on trade, and to call on B", "…, and will
// also meet B", "held talks with A, on market access, and met Vice Minister B on …", "meet A, on
// trade, and will hold talks with B"; or with a
// name alone, its title set off after it: "meet A B, Minister of X, on trade, and C D E, Secretary
// for Y"; or with a title after "the", the name set off after it: "meet the Governor of X, A B, on
// roads, and the Rector of Y, C D, on …"; or in a clause about the place the visitor goes on to:
// "…, and will then fly to X, where she is scheduled to meet the Governor, A B", "…, where he will
// call on C D".
const LIST_AGAIN = new RegExp(
  `,?\\s+and (?:also |then )?with\\s+(?=(?:the\\s+)?\\p{Lu})|,\\s+where\\s+(?:he|she|they|the\\s+(?:delegation|visitors?|guests?|\\p{Lu}[\\p{L}-]*))\\s+(?:(?:will|is|are|was|were)\\s+)?(?:(?:also|then|later)\\s+)?(?:(?:scheduled|expected|due|set)\\s+)?(?:to\\s+)?(?:meet|met|meets|call(?:ed|s)?\\s+on)(?:\\s+with)?\\s+(?=(?:the\\s+)?\\p{Lu})|,\\s+and (?:(?:to|will) )?(?:also |then )?(?:call(?:ed)? on|meet(?: with)?|met(?: with)?|(?:hold|held|have|had) (?:(?:official|bilateral|separate|further) )?talks with)\\s+(?=(?:the\\s+)?\\p{Lu})|,\\s+and\\s+(?=(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:${PARTICLE_TEXT}\\s+)?\\p{Lu}[\\p{L}'’.-]*){1,5},\\s+(?:the\\s+)?${TITLE_WORD.source})|,\\s+and\\s+(?=the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?${TITLE_WORD.source}[^,;.()]*,\\s+\\p{Lu})`,
  'u',
);

// A day, its part or its date, set off by commas: ", on Thursday,", ", on 3 December,".
const DAY_SET_OFF =
  /^,\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening))?|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2}),\s+/u;

/**
 * Where the people met stand in the words after a meeting phrase: up to where the list ends, and
 * again after each ", and with" that resumes it past a topic ("met with the Minister of Health,
 * A B, on clinics, and with the Minister of Culture, C D, on …"). Offsets into `after`.
 */
export function listSpans(after: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // A day set off by commas straight after the meeting word is no topic that ends the list: "Her
  // last meeting, on Thursday, was with A B".
  let from = DAY_SET_OFF.exec(after)?.[0].length ?? 0;
  for (;;) {
    const end = LIST_END.exec(after.slice(from));
    if (!end) {
      spans.push([from, after.length]);
      return spans;
    }
    spans.push([from, from + end.index]);
    const rest = after.slice(from + end.index);
    const again = LIST_AGAIN.exec(rest);
    if (!again) return spans;
    from = from + end.index + again.index + again[0].length;
  }
}

/**
 * A host who shows, receives, accompanies or tells the visitor something, in a clause of the place
 * he went to: "travelled to Hai Phong, where the Chairman of the City Committee, A B, showed him
 * the port", "travelled to Kassala, where the Governor, A B, accompanied her", "will travel to
 * Beira, where the Mayor, A B, will join him"; "visited the Agency, where its President, A B,
 * presented its projects", "where Her Highness A B, Chairperson of …, presented …" (the head's
 * title in small letters too: "where Dr. A B, director of its Institute of X, presented …"),
 * "where the Chief of X, A B, will introduce the farmers", two named so ("where the Chief of X,
 * A B, and the village head, C D, will show the houses"); or opening the
 * next sentence: "Its Chairperson, A B, briefed him on …", "The Director of X, A B, briefed the
 * visiting Minister on …", "will brief the visitors" (not "accompanied him": the visitor's own
 * staff do too); or co-chairs with the visitor what the visit holds: "The Managing Director of X,
 * A B, will co-chair the session"; or joins them to present something ("The Director of X, A B,
 * joined them to present the plan"); or receives the visitor named by his title ("The Governor of
 * X, A B, received the President of Y, C D": the one received is the visitor); or joins the talks
 * ("The Minister of X, A B, joined the meeting") or presents what his body does ("The Chief
 * Executive Officer of X, A B, presented the town's plans", "… outlined its programme", "… will
 * present the concerns of local firms"); or accepts what is handed over for his body ("The
 * Registrar of X, A B, accepted the equipment on behalf of the Rector") or hands the visitor
 * something ("The Attorney General, A B, presented to her the draft law") or leads their walk, his
 * body's tie to the visitor's named between ("The Director of X, Y's national Partner, A B, led the
 * walk into the forest"); or comes from elsewhere to show the visitors round: "The
 * Director of X, A B, flew in from Y to take the Dutch team round the works".
 */
// A host in that clause may hold an event the visitor takes part in: "travel to Cusco, where the
// Governor, A B, will host a dialogue with farmers"; or open the sentence, the honours after the
// name left out: "On Friday the Chair of X, A B, G.O.S.K., will host a round table with …". The
// title of one who opens the sentence may list its fields with commas ("The Minister for X, Y and
// Z, A B, will join the talks") and follow a mayor's "His Worship"; the place may open it ("There
// the Mayor, A B, briefed the visitors", "In X the Governor, C D, welcomed them"), the town's own
// name in brackets after it at most, and an aside between dashes may follow the name ("the mayor,
// A B – C to her neighbours – guided the delegation") or what the host is ("The Mayor of X, A B,
// a veteran of the resistance, welcomed the visitors"); "whose" may stand for "where its": "the
// University of X, whose Rector, A B, presented …". A head's title
// may stand before the name with no commas: "where Vice-Chancellor Prof. A B C will present …". A
// chief's style may stand before the name, with an honorific in brackets after it: "where Chief
// (Mrs) A B, Curator of X, presented …". The name may join its words with a small particle:
// "where Professor A ferch B, Vice-Chancellor of X, showed …". So may an Italian graduate's, lawyer's
// or architect's style written short: "where Dott.ssa A Di B, director of X, will present …".
// One who signs something there hosts the visitor too: "visited X University, where the Rector,
// A B, signed …".
// So does one who opens the sentence and takes the visitors to a place: "There the Director of X,
// A B, took them to the test site".
// So does a couple at home there, "Mr and Mrs X" named each between dashes, who show or tell the
// visitor something: "visited a croft, where Mr and Mrs B – A B and his wife, C D – explained …".
// So does one who shows the visitor, named by the title, round the place: "where the Director of
// X Dr A B will guide the President underground", "where C D showed the Minister around"; or
// the visitor named by a style and surname: "where Chief Officer of X A B briefed Dr. C"; or who
// receives the visitor named by the title alone: "where Mayor A B will receive the Director at …".
const HOST_ACTING =
  /\b(?:where|when|there|whose)\s+(?:((?:the\s+)?[^;]*?)\s+(?:(?:showed|guided|received|welcomed|hosted|briefed|told|took|accompanied|escorted|joined|will\s+(?:show|guide|receive|welcome|host|brief|take|accompany|escort|join))\s+(?:him|her|them|the (?:delegation|visitors?|guests?)|(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+\p{Lu}[\p{L}'’-]+)|(?:showed|guided|escorted|will\s+(?:show|guide|escort))\s+the\s+(?:visiting\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:round|around|through|underground|into|to)\s|(?:received|welcomed|will\s+(?:receive|welcome))\s+the\s+(?:visiting\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?=\s+(?:at|in|on|with)\s|[,.]))\b|((?:the\s+)?[^;]*?)\s+(?:hosted|(?:will|is to)\s+host)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:dialogue|meeting|round[- ]?table|dinner|lunch|luncheon|breakfast|reception|consultation|forum)s?\b|((?:(?:its|the|His|Her)\s+|(?<=whose\s+)|(?<=where\s+)(?=(?:(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Dott\.(?:ssa)?|Avv\.|Arch\.|(?:Chief|Otunba|Alhaji|Alhaja)(?:\s+\((?:Mrs|Mr|Ms|Dr)\.?\))?)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:ap|ab|ferch|verch|bin|binti|ibn|ole|van|von|de|da|del|di|do|dos|das|du)\s+)?\p{Lu}[\p{L}'’-]*){1,3},\s+(?:the\s+)?(?:\p{Lu}|(?:(?:deputy|vice|executive|general|managing)[\s-])?(?:director|president|head|chair|chairman|chairwoman|chairperson|dean|rector|principal|manager|curator|coordinator)\s+of\s)))[^,;]+,\s+[^,;]+(?:,\s+and\s+(?:the\s+)?[^,;]+,\s+[^,;]+)?(?=,)|(?<=where\s+)(?:(?:Vice|Deputy|Pro)[- ])?(?:Chancellor|Vice-Chancellor|Rector|President|Director|Mayor|Governor|Dean|Chairman|Chairperson|Chair|Head|Principal)(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){2,8})(?:,\s+and\s+(?:his|her|their)\s+(?:\p{Ll}+\s+)?(?:team|staff|colleagues|students|researchers))?,?\s+(?:presented|explained|outlined|introduced|showed|signed|described|will\s+(?:also\s+)?(?:present|explain|outline|introduce|show|sign|describe)|(?:led|will\s+(?:also\s+)?lead)\s+(?:him|her|them|the\s+(?:group|delegation|visitors?|guests?))\s+(?:through|round|around|down|into|along|to))\b)|(?:^|,\s+and\s+(?=the\s))(?:(?:On|That)\s+\p{Lu}\p{Ll}+(?:\s+(?:morning|afternoon|evening))?,?\s+|(?:There|Here),?\s+|(?:In|At)\s+\p{Lu}[\p{L}-]+(?:\s+\(\p{Lu}[^()]*\))?,?\s+)?(?:(?:His|Her)\s+Worship\s+)?((?:Its|The|its|the)\s+[^,;]+(?:,\s+\p{Lu}[\p{L}-]*)*(?:,?\s+and\s+[^,;]+)?(?:,\s+\p{Lu}[\p{L}-]*['’]s\s+[^,;]+)?,\s+[^,;–—]+?)(?:,\s+(?:a|an)\s+\p{Ll}[^,;–—]*?)?(?:,|\s+[–—]\s+[^,;–—]+\s+[–—])\s+(?:(?:then|also|later)\s+)?(?:(?:led|guided|will\s+(?:also\s+)?(?:lead|guide))\s+(?:the|a)\s+(?:[\p{Ll}-]+\s+)?(?:walk|tour|visit|hike|patrol|excursion)\b|(?:flew|came|drove|travell?ed)\s+in\s+from\s+\p{Lu}[\p{L}-]*\s+to\s+(?:take|show)\s+(?:him|her|them|the\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:delegation|team|visitors?|guests?))\s+(?:round|around|through)\s|(?:took|will\s+(?:also\s+)?take)\s+(?:him|her|them|the\s+(?:delegation|visitors?|guests?))\s+(?:to|round|around|through|into)\s|(?:showed|guided|received|welcomed|briefed|told|will\s+(?:also\s+)?(?:show|guide|receive|welcome|brief|tell))\s+(?:him|her|them|the (?:delegation|visitors?|guests?)|the visiting \p{L}+)|(?:received|welcomed|will\s+(?:also\s+)?(?:receive|welcome))\s+the\s+(?=\p{Lu})|(?:co-?chaired|co-?hosted|will\s+(?:also\s+)?co-?(?:chair|host))\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:session|meeting|dialogue|round[- ]?table|forum|talks|consultations?)|(?:joined|will\s+(?:also\s+)?join)\s+(?:the\s+(?:talks|meeting|discussions)|them\s+to\s+(?:present|brief|explain|outline)\b)|(?:accepted|will\s+(?:also\s+)?accept)\s+(?:the|a|an)\s+[^.;]*?\bon\s+behalf\s+of\b|(?:presented|handed|will\s+(?:also\s+)?(?:present|hand))\s+(?:to\s+)?(?:him|her|them)\s|(?:presented|outlined|explained|will\s+(?:also\s+)?(?:present|outline|explain))\s+(?:its|their|the\s+\p{L}+['’]s|the\s+(?:\p{Ll}+\s+)?(?:concerns|needs|plans|priorities|projects|views)\s+of)\s)\b|^(?:(?:On|That)\s+\p{Lu}\p{Ll}+(?:\s+(?:morning|afternoon|evening))?,?\s+)?((?:[Ii]ts|[Tt]he)\s+[^,;]+,\s+[^,;]+)(?:,\s+(?:\p{Lu}\.){2,})*,\s+(?:hosted|(?:will|is\s+to)\s+(?:also\s+)?host)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:dialogue|meeting|round[- ]?table|consultation|forum)s?\b|\bwhere\s+Mr\.?\s+and\s+Mrs\.?\s+\p{Lu}[\p{L}'’-]*\s+[–—-]\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}\s+and\s+(?:his|her)\s+(?:wife|husband),\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})\s+[–—-]\s+(?:(?:then|also)\s+)?(?:explained|showed|told|described|presented|welcomed|received|hosted|guided|will\s+(?:also\s+)?(?:explain|show|tell|describe|present|welcome|receive|host|guide))\b/u;

// Another host after "and", the title, the name set off by commas and a verb of what he does:
// ", and the Director of the X Museum, C D, will guide it through …".
const SECOND_HOST_AFTER =
  /^[^;]*?,\s+and\s+(the\s+\p{Lu}[^,;]*,\s+\p{Lu}[^,;]*?),\s+(?:will\s+(?:also\s+)?\p{Ll}+|\p{Ll}+ed)\s/u;
// A host named after the title and set off by commas, ending the words before another: ", the
// President of X, Mr. A B" before ", and the president of Y, Mrs. C D, showed …".
const FIRST_HOST_BEFORE = /,\s+(the\s+\p{Lu}[^,;]*,\s+\p{Lu}[^,;]*)$/u;

/**
 * Two sides as the subject of the talks: "Secretary-General Taha and the Minister …, X, held
 * talks", "The Minister of X, A B, and the Director then chaired a meeting", "…, and his
 * counterpart held official talks"; or of a signing: "Ms A and C D, Director-General of X, signed
 * a loan", in a visit planned "A and the Rector of X, C D, will sign an agreement".
 */
const JOINT =
  /^(.+?\band\b.+?)\s(?:(?:then|also|later|jointly)\s)?(?:(?:held|had|conducted|(?:co-?)?chaired)\s(?:(?:official|bilateral|formal|separate|private|extensive|substantive)\s)?(?:talks|consultations|a meeting|a conversation|discussions|a (?:working )?session|a\s(?:joint\s)?(?:press|news)\s(?:conference|briefing))\b|(?:signed|initialled|(?:will|are\sto)\s(?:also\s)?(?:sign|initial))\s(?:an?|the)\s)/;

/**
 * Whether every "and" of a subject stands inside a body's name, after "of" and before capitalised
 * words that end as a body: "The Director of the Relief and Works Agency, A B, held talks …" has
 * one party, not two.
 */
function onlyBodyAnd(subject: string): boolean {
  return [...subject.matchAll(/\sand\s/g)].every(
    (m) =>
      /\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*\s$/u.test(
        subject.slice(0, m.index + 1),
      ) &&
      ORG_WORD.test(
        /^(?:\p{Lu}[\p{L}-]*\s*)+/u.exec(subject.slice(m.index + m[0].length))?.[0] ?? '',
      ),
  );
}

/**
 * Someone named first, with the title after the name, who joined the talks the sentence before
 * told of: "A B C, Minister of Finance, who joined the talks, said …". Those who accompanied the
 * visitor and took part are the visitor's own people: "She was accompanied by A B, who took part".
 */
const JOINED_TALKS =
  /^((?:(?!\b(?:accompanied|escorted)\s+by\b)[^;])+?),\s+who\s+(?:also\s+|had\s+)?(?:joined|attended|took part in|sat in on|was present at|participated in)\s+(?:the|these)\s+(?:talks|meetings?|discussions|consultations)\b/u;

/**
 * A host named first, who gives a meal or a reception for the visitor: "Chairman of the Board, A B,
 * who is also …, hosted a dinner in his honour", "A B, Mayor of X, gave a lunch for the delegation",
 * "A B, Minister of Y, hosted a luncheon in honour of the Director", "On Monday evening, the
 * Minister of Z, C D, hosted a dinner for the Kenyan delegation": the words of time before are no
 * host's. A working meal is one the visitor sits at, for whomever it is said to be: "The Chair of
 * X, E F, will host a working lunch on …".
 */
const HOSTED_MEAL = new RegExp(
  `^(?:(?:${TIME_ADVERB_TEXT}|In\\s+the\\s+(?:morning|afternoon|evening)|(?:On|That)\\s+\\p{Lu}\\p{Ll}+(?:\\s+(?:morning|afternoon|evening|night))?|On\\s+\\d{1,2}\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?),\\s+)?([^;]+?),\\s+(?:who\\s+[^,;]*,\\s+)?(?:who\\s+(?:also\\s+)?)?(?:hosted|gave|offered|(?:will|is\\s+to)\\s+(?:also\\s+)?(?:host|give|offer))\\s+(?:a|an)\\s+(?:working\\s+(?:dinner|lunch|luncheon|breakfast)(?!\\p{L})|(?:[\\p{Ll}-]+\\s+)?(?:dinner|lunch|luncheon|breakfast|reception)\\s+(?:in\\s+(?:his|her|their)\\s+honou?r|in\\s+honou?r\\s+of\\s+(?:him|her|them|the\\s+(?:visiting\\s+)?\\p{Lu}[\\p{L}-]*)|for\\s+(?:him|her|them|the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:delegation|visitors?|guests?))))(?!\\p{L})`,
  'u',
);

/**
 * A host named first, with the title after the name, who speaks, holds the talks, briefs the
 * visitor, joins the talks or signs with him: "A B C, Minister of Finance, said that …", "Later,
 * Mr. A B, Minister of Foreign Affairs, held bilateral talks with his counterpart", "A B-C, Chief
 * Executive Officer of X, briefed him on …", "A B de la C D, Undersecretary of Y, joined the
 * talks", "A B uly, Chairman of Z, signed with the Director a loan agreement", "A B, President
 * of X, received the Director", "A B, Chair of Y, hosted the Minister at Z", "A B, Chief Executive
 * Officer of X, then presented the platform", "A B, Rector of Y, will host a round table on …",
 * "C D, President of Z, hosted a lunch with exporters", "A B, Director-General of X, proposed joint
 * missions", "A B, Provost of Y, offered the college's facilities", in a visit planned "K. A,
 * Chairman of X, will brief the visitors", "A B, Director, Y Park, will present …", "A B, General
 * Manager of X, took the delegation to the new plant", "A B, Mayor of X, will then take Ms C
 * through the new market" (the visitor named by her style), "A B, President of X, chaired a
 * business session", "C D, general manager of Y, showed the Director the works"; or a list of
 * such hosts: "A B C, Secretary of X, and D E, Director of Y, briefed the delegation",
 * "A B, Director of X, C D, Head of Y, and E F, Chair of Z, briefed the delegation"; or one who
 * "took part in the talks and briefed the Director on …". Words of time and place may open
 * the sentence ("In the afternoon", "On the fourth of May, in Lomé, …", "From the
 * North-East, …"), an adverb of time or the part of the day without a comma ("Afterwards A B, …",
 * "In the afternoon A B, …"); particles may stand
 * inside the name and a patronymic end it; an apostrophe may open a word of it, as in Sesotho:
 * "A 'B C, Clerk to the Senate, presented …".
 */
// The parts of a title joined by commas and a last "and": "Minister of Blue Economy, Marine
// Resources and Shipping".
const TITLE_PARTS =
  '(?:(?:,\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)+,?\\s+and\\s+\\p{Lu}[^,;]*)?';
// The same after a title's "of" or "for" before the name, its last part of capitalised words alone:
// "The Minister of Agriculture, Fisheries and Forestry, A B, …".
const FIELDS_OF_TITLE =
  '(?<=\\s(?:of|for)\\s[^,;]*)(?:(?:,\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)+,?\\s+and\\s+' +
  '\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)?';
// The body a title is held in, set off after it: "Joint Director, Tamil Nadu Spices Park",
// "Director of Horticulture, Government of Kerala".
const BODY_AFTER_TITLE =
  "(?:,\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*)*)?";
const NAME_WORDS = `(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+|W/r[ot]\\s+)?['’]?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:${PARTICLE_TEXT}\\s+)?['’]?\\p{Lu}[\\p{L}'’.-]*){1,4}(?:\\s+${PATRONYMIC_TEXT})?`;
// What the body is may follow: "A B, Chief Executive of X, the national electricity company, …".
const BODY_DESCRIBED =
  "(?:,\\s+(?:the|a|an)\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,4}(?:\\s+(?:that|which)\\s+[^,;]+)?)?";
// A title of a chair or head may be written in small letters: "A B, chair of the X Union", with
// the words of its rank or its council before it: "general manager of X", "village council
// president of Y"; so may a traditional office or a priest's: "the traditional prime minister of
// X", "parish priest of the Church of Y".
const SMALL_TITLE =
  '(?:(?:general|managing|executive|deputy|vice|village|council|district|community|traditional|' +
  'paramount)\\s+){0,2}' +
  '(?:chair|chairman|chairwoman|chairperson|president|head|director|leader|manager|' +
  'prime\\s+minister|chief|(?:parish\\s+)?(?:priest|pastor|vicar))\\s';
// A place after "At", "In" or "On" opening the sentence is no name: "At X, W/ro A B, Chair …".
const NAME_THEN_TITLE = `(?!(?:At|In|On)\\s)${NAME_WORDS},\\s+(?:the\\s+)?(?:\\p{Lu}|${SMALL_TITLE})[^,;]*${TITLE_PARTS}${BODY_AFTER_TITLE}${BODY_DESCRIBED}`;
// The first of a list may be named after the title: "the Parliamentary Secretary (Agriculture),
// Government of X, A B, and C D, Commissioner of Y, will present …".
const TITLE_THEN_NAME = `the\\s+\\p{Lu}[^,;]*${BODY_AFTER_TITLE},\\s+${NAME_WORDS}`;
// One named after the title that opens the sentence: "The Secretary of State for X, A B, will …".
// An envoy so named is the visitor's own, who goes with him: "The Ambassador of X to Y, A B,
// accompanied the Minister", "The Consul General of X in Z, C D, …". The title's fields may be
// listed with commas: "The Minister of X, Y and Z, A B, hosted …". After an adverb of time the
// title opens in small letters: "Later that day the Director of X, A B, hosted …".
const TITLE_OPENING_NAME = `(?:The|(?<=\\s)the)\\s+(?![^,;]*\\b(?:Ambassador|Consul|Envoy|Representative|Chargé)\\b)(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}${TITLE_WORD.source}[^,;]*${FIELDS_OF_TITLE}${BODY_AFTER_TITLE},\\s+${NAME_WORDS}`;
const OPENING_TITLED = new RegExp(`^${TITLE_OPENING_NAME},`, 'u');

/** The words up to the name of one named after the title that opens the sentence, else null. */
export function openingTitled(sentence: string): string | null {
  return OPENING_TITLED.exec(sentence)?.[0] ?? null;
}

// The name's other form in brackets may follow it: "The Director of X, A B (A C), will present …".
// The last of them may be named after an office in small letters, its word in the community's
// language in brackets at most, and no comma: ", and the customary elder (x) A B explained …".
const SMALL_TITLED_LAST = `,\\s+and\\s+the\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}(?:\\(\\p{Ll}[\\p{L}-]*\\)\\s+)?${NAME_WORDS}`;
const NAMED_FIRST_SPEAKING = new RegExp(
  `^(?:(?:${TIME_ADVERB_TEXT}|In\\s+the\\s+(?:morning|afternoon|evening)|There)\\s+|(?:${TIME_ADVERB_TEXT}|(?:[Ii]n|At)\\s+\\p{Lu}[\\p{L}-]+|In\\s+the\\s+(?:morning|afternoon|evening)|On\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\d{1,2}\\s+\\p{Lu}\\p{Ll}+)?|On\\s+(?:the\\s+)?[\\p{Ll}\\d]+(?:\\s+of)?\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?|From\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+|At\\s+the\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}-]*){0,5}(?:\\s+\\([^()]*\\))?),\\s+){0,2}((?:${NAME_THEN_TITLE}|${TITLE_THEN_NAME}(?=,\\s+and\\s)|${TITLE_OPENING_NAME})(?:,\\s+(?:and\\s+)?${NAME_THEN_TITLE}){0,3})(?:\\s+\\([^()]*\\))?(?:,\\s+|(${SMALL_TITLED_LAST})\\s+)(?:(?:then|also|later)\\s+)?(?:(?:took\\s+part\\s+in|joined)\\s+the\\s+(?:talks|meetings?|discussions)\\s+and\\s+(?=briefed))?(?:said|stated|noted|stressed|told|underlined|emphasi[sz]ed|presented|showed|demonstrated|proposed|suggested|offered|outlined|explained|held\\s+(?:bilateral\\s+)?talks\\s+with\\s+(?:his|her)\\s+counterpart|(?:briefed|received|welcomed|hosted|accompanied|guided|escorted)\\s+(?:him|her|them|the\\s+(?:visiting\\s+)?\\p{L}+)|(?:led|will\\s+(?:also\\s+|then\\s+)?lead)\\s+(?:him|her|them|the\\s+(?:visitors?|guests?|group|delegation))\\s+(?:down|through|round|around|into|along|up)|(?:hosted|will\\s+(?:also\\s+)?host)\\s+(?:it|(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+)?(?:dialogue|meeting|round[- ]?table|dinner|lunch|luncheon|breakfast|reception|consultation|forum|session|workshop)s?(?!\\p{L}))|(?:took|will\\s+(?:also\\s+|then\\s+)?take)\\s+(?:him|her|them|the\\s+(?:delegation|visitors?|guests?)|(?:Mr|Mrs|Ms|Dr)\\.?\\s+\\p{Lu}[\\p{L}'’-]+)\\s+(?:to|around|through)|(?:joined|will\\s+(?:also\\s+)?join)\\s+the\\s+(?:talks|meetings?|discussions|dialogue)|signed\\s+with|(?:chaired|will\\s+(?:also\\s+|then\\s+)?chair)\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:session|meeting|round[- ]?table|forum|dialogue)|will\\s+(?:also\\s+|then\\s+|jointly\\s+)?(?:present|show|demonstrate|outline|explain|(?:brief|receive|welcome|host|accompany|guide|escort)\\s+(?:him|her|them|the\\s+(?:visiting\\s+)?\\p{L}+)))(?!\\p{L})`,
  'u',
);

/**
 * The head of a body the last sentence went to, opening the next with "Its" and the title, who
 * presents, signs or briefs: "Its Director, A B, will present a new dictionary", "Its President,
 * C D, will sign a memorandum", "Its Chief Executive, E F, presented the Commission's work", "Its
 * Chief Executive Officer, G H, will brief the Minister on …".
 */
const ITS_HEAD_ACTING =
  /^(?:(?:On|That)\s+\p{Lu}\p{Ll}+(?:\s+(?:morning|afternoon|evening))?,?\s+)?(Its\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*,\s+[^,;]+),\s+(?:(?:then|also|later)\s+)?(?:presented|signed|briefed|introduced|demonstrated|will\s+(?:also\s+|then\s+)?(?:present|sign|brief|introduce|demonstrate))\s+(?:the|a|an|its|their|him|her|them)\s/u;

/**
 * The head of the place the clause before names, after "its" and an office in small letters with
 * no comma, who presents, shows or explains what is done there: "At the school named after X, its
 * director A B presented the curriculum", "…, its curator C D showed them the collection".
 */
const ITS_OFFICE_ACTING = new RegExp(
  `(?:^|,\\s+)(its\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(?:director|head|headteacher|curator|principal|` +
    `manager|chairman|chairwoman|chairperson|chair|president|rector|dean|abbot|abbess|keeper|warden)` +
    `\\s+${NAME_WORDS})\\s+(?:(?:then|also|later)\\s+)?(?:presented|showed|explained|` +
    `introduced|demonstrated|guided|will\\s+(?:also\\s+|then\\s+)?(?:present|show|explain|introduce|` +
    `demonstrate|guide))\\s+(?:the|a|an|its|their|him|her|them|how|what)(?!\\p{L})`,
  'u',
);

/**
 * The head of a body named after his office, a style before his name at most, who discusses
 * something with others of his people, after the day and the place at most: "On Wednesday in X
 * the head of the X Traditional Authority, Kaptein A B, and community members discussed …".
 */
const HEAD_DISCUSSING = new RegExp(
  `^(?:On\\s+\\p{Lu}\\p{Ll}+(?:\\s+(?:morning|afternoon|evening))?,?\\s+)?` +
    `(?:(?:in|at)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\([^()]*\\))?,?\\s+)?` +
    `([Tt]he\\s+(?:[Hh]ead|[Cc]hief|[Cc]hair|[Cc]hairperson|[Ll]eader)\\s+of\\s+(?:the\\s+)?\\p{Lu}[^,;]*,\\s+` +
    `(?:(?:${COURTESY_STYLE})\\s+)?${NAME_WORDS}),\\s+and\\s+(?:the\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}` +
    `(?:discussed|talked|spoke)(?!\\p{L})`,
  'u',
);

/**
 * A host named after his title with no comma, who receives, welcomes or briefs the visitors,
 * after the place or the time at most: "At X village Paramount Chief A B C III of Y Chiefdom
 * welcomed the visitors", "On Monday Governor A B received the delegation". The title's word in
 * the local language may follow it in brackets, and the elders with him the name: "Captain
 * (kapitein) A B of X and the village elders welcomed the visitors"; or who hosts a meeting for
 * them: "Senior Induna A B C of the X Kuta hosted a meeting with village headmen".
 */
const TITLED_HOST_ACTING = new RegExp(
  `^(?:(?:On|In|At)\\s+[^,;]{1,40}?,?\\s+|(?:${TIME_ADVERB_TEXT}|There|Here),?\\s+)?((?:\\p{Lu}[\\p{L}-]*\\s+){0,3}${TITLE_WORD.source}(?:\\s+\\(\\p{Ll}[\\p{L}-]*\\))?(?:\\s+\\p{Lu}[\\p{L}'’.-]*){2,5}(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})?)(?:\\s+and\\s+(?:the|his|her)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}\\p{Ll}[\\p{L}-]*)?\\s+(?:(?:then|also|later|warmly)\\s+)?(?:(?:welcomed|received|greeted|briefed)\\s+(?:him|her|them|the\\s+(?:visiting\\s+)?(?:delegation|visitors?|guests?|team))|hosted\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+)?(?:meeting|dialogue|round[- ]?table|consultation|forum)s?)(?!\\p{L})`,
  'u',
);

// A body the visitor goes to, before the clause of what happened there: "visited the University
// of X, where …", "a visit to the University of Y, where …".
// Its short name may stand in parentheses after it: "visited the X Agency (XA), where …"; its
// offices may be named before it: "visit the offices of the X Society, whose Director, A B, …".
// Or the body the day ends at, whose head acts: "ended at the University of X, whose Rector, A B,
// presented …", "will end at X University, where A and its Rector, C D, will sign …". The town
// or quarter it stands in may follow it: "visit the X Museum in Old Y, where Director A B …".
const VISITED_BODY =
  /\b(?:visit(?:s|ed|ing)?|(?:ended|ends|will\s+end)\s+at)\s+(?:to\s+)?(?:the\s+)?(?:(?:offices|headquarters|premises|seat)\s+of\s+(?:the\s+)?)?((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*\p{Lu}[\p{L}'’-]*)(?:\s+\(\p{Lu}[\p{L}\d-]*\))?(?:\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?,\s+(?:where|whose)\b/u;

// A meal or a reception given for the visitor: "hosted a lunch in her honour", "gave a dinner for
// the delegation".
const MEAL_FOR_VISITOR =
  '(?:hosted|gave|offered|will\\s+(?:also\\s+)?(?:host|give|offer))\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+)?' +
  '(?:dinner|lunch|luncheon|breakfast|reception)\\s+(?:in\\s+(?:his|her|their)\\s+honou?r|for\\s+' +
  '(?:him|her|them|the\\s+(?:delegation|visitors?|guests?)))';

/**
 * A host who opens the sentence with the title straight before the name, a style between at
 * most, his body after it at most, and shows, guides, welcomes, briefs or hosts the visitor,
 * gives a meal in her honour, or presents, demonstrates, explains or speaks about what is done
 * there: "Senior Ranger A B of the X Unit presented the monitoring", "Anganwadi Sevika C D
 * demonstrated songs",
 * "Town Mayor of X Cllr A B will show her the statue", "In X, Mayor C D guided them through the
 * old town", "X's Pulenuku (village mayor) A B showed the visitors the lagoon", "X wihta A B
 * explained how …" (a community's office in its own language), "The Deputy Commissioner of X E F
 * G will brief the delegation on erosion", "X Association Tribal President A B C will host the
 * delegation", "Deputy Commissioner A B hosted a lunch in her honour"; the place or the time
 * before the title is not the title's ("On Monday Governor A B received the delegation"), nor is
 * the time with the town ("The following day in X, X Mayor A B will show the delegation …").
 */
/**
 * A speaker quoted, named after "said" with the title after the name, who then guides the visit,
 * shows the visitor round, hosts him or signs something with him: "“…,” said A B, Director of X,
 * who guided the visit", "“…,” said C D, head of the Y Federation, who will sign the agreement
 * with Mr E on Sunday".
 */
const QUOTED_HOST = new RegExp(
  `[,.!?]["”]\\s+said\\s+(${NAME_THEN_TITLE}),\\s+who\\s+(?:also\\s+|then\\s+|later\\s+)?` +
    '(?:(?:guided|led|will\\s+(?:also\\s+)?(?:guide|lead))\\s+' +
    '(?:him|her|them|the\\s+(?:visit|tour|delegation|visitors?|guests?))(?!\\p{L})|' +
    '(?:showed|received|welcomed|briefed|accompanied|escorted|hosted|' +
    'will\\s+(?:also\\s+)?(?:show|receive|welcome|brief|accompany|escort|host))\\s+' +
    '(?:him|her|them|the\\s+(?:delegation|visitors?|guests?))(?!\\p{L})|' +
    '(?:signed|will\\s+(?:also\\s+)?sign)\\s+[^,;.]*?\\bwith\\s+' +
    "(?:him|her|them|(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+\\p{Lu}[\\p{L}'’-]+)(?!\\p{L}))",
  'u',
);

// A community's name and its office in its own language in small letters: "X wihta", "Y síndica".
// The office may be of two words after the town that opens the sentence: "In X capo cumünal A B
// spoke about …".
const SMALL_WORD =
  '(?!(?:the|a|an|of|by|with|which|who|whom|said|says|to|for|in|on|at|as|' +
  'from|his|her|their|its|and|or|nor|but|than)\\s)\\p{Ll}[\\p{L}-]+(?<!ed|ing)';
const COMMUNITY_OFFICE = `\\p{Lu}[\\p{L}'’-]*\\s+${SMALL_WORD}(?:(?<=^(?:In|At)\\s+\\S+\\s+\\S+)\\s+${SMALL_WORD})?`;
const TITLED_HOST_OPENING = new RegExp(
  `^(?:(?:On|In|At)\\s+[^,;]{1,80}?,?\\s+|(?:In|At)\\s+(?=\\p{Lu}\\S*\\s+\\p{Ll})|(?:${TIME_ADVERB_TEXT}|There|Here)(?:\\s+(?:in|at)\\s+\\p{Lu}[\\p{L}'’-]*)?,?\\s+)?((?:The\\s+)?(?:\\p{Lu}[\\p{L}-]*['’]s\\s+)?(?:(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}Council\\s+member|(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}${TITLE_WORD.source}(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}'’-]*){0,5})?|${COMMUNITY_OFFICE})(?:\\s+\\(\\p{Ll}[\\p{Ll}\\s-]*\\))?\\s+(?:(?:${SHORT_STYLE})\\s+)?${NAME_WORDS}(?:\\s+of\\s+the\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}'’-]*){0,6})?)\\s+(?:(?:also|then)\\s+)?(?:(?:showed|guided|welcomed|received|escorted|briefed|hosted|will\\s+(?:also\\s+|then\\s+)?(?:show|guide|welcome|receive|escort|brief|host))\\s+(?:him|her|them|the\\s+(?:delegation|visitors?|guests?))(?!\\p{L})|${MEAL_FOR_VISITOR}(?!\\p{L})|(?:presented|demonstrated|explained|spoke\\s+(?:about|of|on)|described|will\\s+(?:also\\s+|then\\s+)?(?:present|demonstrate|explain|speak\\s+(?:about|of|on)|describe))\\s+(?=\\p{Ll}))`,
  'u',
);

// A host named after his title who receives someone named after his: "The Governor of X, A B,
// received the President of Y, C D, at …".
// Or hosted him, his title's fields listed with commas at most: "The Minister of X, Y and Z, A B,
// hosted the President of W, C D, on a working visit".
const RECEIVES_TITLED = new RegExp(
  `^(?:(?:On|That)\\s+\\p{Lu}\\p{Ll}+(?:\\s+(?:morning|afternoon|evening))?,?\\s+)?(?:Its|The)\\s+[^,;]+${FIELDS_OF_TITLE},\\s+[^,;]+,\\s+(?:received|welcomed|hosted|will\\s+(?:also\\s+)?(?:receive|welcome|host))\\s+(?=the\\s+\\p{Lu})`,
  'u',
);

/**
 * The visitor of a release its host tells, received in its first sentences by a host named after
 * his title: "The Governor of X, A B, received the President of Y, C D": C D.
 */
export function receivedVisitor(sentences: readonly string[]): string | null {
  for (const sentence of sentences.slice(0, 2)) {
    const m = RECEIVES_TITLED.exec(sentence);
    if (m) return findNames(sentence.slice(m[0].length))[0]?.name ?? null;
  }
  return null;
}

/** A place and time after the names: "at the EEC headquarters". */
export function venueIn(text: string): string | null {
  const m =
    /\bat (?:the )?((?:[A-Z][\w-]*\s)*(?:headquarters|premises|building|office|Palace|House|Hall|Centre|Museum)[^,.;]*)/.exec(
      text,
    );
  return m?.[1]?.trim() ?? null;
}

// Someone whose greetings or message the visitor conveys is not met: "… and conveyed the greetings
// of President A B".
const CONVEYED =
  /\b(?:greetings|message|letter|regards|wishes|condolences|invitation)\s+(?:from|of)(?:\s+the)?(?:\s+\p{Lu}[\p{L}.-]*)*\s*$/u;
// One a place or a work commemorates is no one met: "the park dedicated to King A II", "a statue
// of B", "the hall named after C D", "the shrine of the saint E F".
export const COMMEMORATED =
  /\b(?:dedicated\s+to|named\s+(?:after|for)|in\s+(?:memory|honou?r)\s+of|memorial\s+to|(?:statue|bust|mausoleum|tomb|grave|shrine|dargah)\s+of)(?:\s+the)?(?:\s+late)?(?:\s+\p{Lu}[\p{L}.-]*)*\s*$/u;

// An honorific in brackets after a style, before the name: "Chief (Mrs) A B".
const BRACKETED_HONORIFIC = new RegExp(`^\\((?:${SHORT_STYLE})\\)$`, 'u');

// A style written in small letters last before the name is no word of the role: "the Secretary of
// X, dr. A B".
const SMALL_STYLE_LAST = new RegExp(`(?<=\\s)(?=\\p{Ll})(?:${SHORT_STYLE})\\s*$`, 'u');

// An office whose capitalised words are followed by its charge in small letters.
const OFFICE_AND_CHARGE =
  /(\p{Lu}[\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*)*)\s+(?:responsible\s+for|in\s+charge\s+of)\s+(?:the\s+)?\p{Ll}[\p{Ll}-]*(?:(?:,\s+|\s+and\s+)\p{Ll}[\p{Ll}-]*)*$/u;

/** Whether what stands before a name can be its title: empty, or ending on a title or a body. */
function plausibleRole(role: string, before = ''): boolean {
  // A title set off by a comma stands before the name too: "the President of X, Stevo P."; so
  // does one before the name in parentheses: "the Minister of Y (A B)"; so does the visitor's
  // counterpart, whose title follows the name: "with her counterpart, A B, Minister of X".
  const bareOf = (words: string) =>
    words
      .replace(/^(?:,|\s|and\b|with\b|the\b)+/, '')
      .replace(/^(?:his|her|their)\s+counterparts?\s*,?$/, '')
      .replace(/[,(\s]+$/, '')
      .trim();
  const bare = bareOf(role.replace(SMALL_STYLE_LAST, ''));
  // A courtesy style alone before the name is no title either: "with Dato' A B". The body's last
  // word may be hyphenated: "the Chairman of the X Co-op, A B"; a style written short, slashed:
  // "the Mayor of X, W/ro A B". A member of a council is written so in the United States:
  // "X County Council member A B". A body's name may end with its number: "the Grand Council
  // Treaty #3", "Union Local 1199", "School No. 5".
  return (
    bare === '' ||
    /(?:[A-Z][\p{L}.]*(?:[-/][\p{L}.]+)*|\))$/u.test(bare) ||
    /\p{Lu}[\p{L}.-]*\s+(?:#\s?|No\.\s?)?\d{1,5}$/u.test(bare) ||
    /\p{Lu}[\p{L}-]*\s+Council\s+member$/u.test(bare) ||
    bareOf(withoutStyles(`${role} `)) === '' ||
    smallTitleInList(before, bare) ||
    smallTitleOfPlace(bare) ||
    PLACE_IN_SMALL_LETTERS.test(bare) ||
    smallTitleOfIts(before, bare) ||
    communityOffice(bare) ||
    // An office may end with its charge in small letters: "the Deputy Mayor of X responsible for
    // culture, A B", "the Vice-Rector in charge of research, C D".
    TITLE_WORD.test(OFFICE_AND_CHARGE.exec(bare)?.[1] ?? '') ||
    // A title of the place just named, by its common noun: "where the Director of the reserve,
    // A B, explained …".
    TITLE_WORD.test(/^(\p{Lu}[\p{L}-]*)\s+of\s+the\s+\p{Ll}[\p{Ll}-]+$/u.exec(bare)?.[1] ?? '')
  );
}

/**
 * A community's name and its office in the community's own language in small letters, of one
 * word or two, alone before the name: "Kisalaya síndica A B", "Bilwaskarma wihta C D", "X capo
 * cumünal E F".
 */
function communityOffice(bare: string): boolean {
  const office = /^\p{Lu}[\p{L}'’-]*\s+(\p{Ll}[\p{L}-]+(?:\s+\p{Ll}[\p{L}-]+)?)$/u.exec(bare)?.[1];
  return (
    office !== undefined &&
    office
      .split(/\s+/u)
      .every((w) => !CLAUSE_WORD.test(w) && !/^(?:and|or|nor|but|than)$|(?:ed|ing)$/u.test(w))
  );
}

// A title may end with a named place's kind in small letters: "the Grand Chief of the X district",
// "the head of the Y community", "the chief of Z village".
const PLACE_IN_SMALL_LETTERS =
  /\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:district|community|village|chiefdom|clan|county|municipality|province|region|island|valley|settlement|town|parish|ward|commune)$/u;

// An office in small letters of a place or a people named in small letters, set off by a comma
// before the name, its word repeated before the name as a style or not: "the chief of the
// village, A B", "the lonko of the community, lonko C D".
const SMALL_TITLE_OF =
  /^([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+of\s+(?:the|this|that|its)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:,\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?))?$/u;

function smallTitleOfPlace(bare: string): boolean {
  const office = SMALL_TITLE_OF.exec(bare);
  if (!office?.[1] || office[1].split(/\s+/u).some((w) => CLAUSE_WORD.test(w))) return false;
  if (office[2] !== undefined) return office[2] === office[1];
  const head = office[1].split(/\s+/u).at(-1) ?? '';
  return new RegExp(`^(?:${TITLE_WORD.source})$`, 'u').test(
    `${head.charAt(0).toUpperCase()}${head.slice(1)}`,
  );
}

/**
 * So is one after "its" that opens the list or an item of it, the body's named before: "…, where
 * she will meet its chair A B".
 */
function smallTitleOfIts(before: string, bare: string): boolean {
  const own = /^its\s+(.+)$/u.exec(bare)?.[1];
  return own !== undefined && smallTitleInList(before, own, '(?:^|,|\\band|\\bwith)\\s*its');
}

// The words that make words in small letters a clause, not a title: "which the", "said to".
const CLAUSE_WORD =
  /^(?:the|a|an|of|by|with|which|who|whom|said|says|to|for|in|on|at|as|from|his|her|their|its)$/u;

/**
 * A title in small letters of up to three words, its head an office's, after the comma or the
 * "and" of a list or opening it: "…, and ranger coordinator A B", "and village head C D", "whose
 * manager E F guided them"; or after "the", opening the list and set off by a comma: "the mayor,
 * A B".
 */
function smallTitleInList(before: string, bare: string, lead = '(?:,|\\band)'): boolean {
  const words = bare.split(/\s+/u);
  const head = words.at(-1) ?? '';
  return (
    words.length <= 3 &&
    words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !CLAUSE_WORD.test(w)) &&
    new RegExp(
      `(?:(?:${lead}\\s+|^)${words.join('\\s+')}\\s+|^(?:with\\s+)?the\\s+${words.join('\\s+')},\\s+)$`,
      'u',
    ).test(before) &&
    new RegExp(`^(?:${TITLE_WORD.source})$`, 'u').test(
      `${head.charAt(0).toUpperCase()}${head.slice(1)}`,
    )
  );
}

/**
 * "Sarun Charoensuwan, Permanent Secretary of the Ministry ...": the title after the name. A second
 * office joined by "and" and a small word ("… of Sierra Leone and current Chairman of …") is left
 * out: the first is the title.
 */
function withApposition(
  mention: NameMention,
  list: string,
  names: readonly NameMention[] = [],
): NameMention {
  // The next names of a list are no title: "A B, C D and E F of the X Group" (its body, when the
  // list's body is not read for all, is the first one's too).
  const next = /^,\s+(?:the\s+)?/u.exec(list.slice(mention.end));
  if (next && names.some((n) => n.index === mention.end + next[0].length)) {
    const apposed = apposition(mention, list);
    const body = apposed.role ? parseRole(apposed.role).organisation : null;
    return body ? { ...mention, role: '', body } : mention;
  }
  return apposition(mention, list);
}

// A title held in a body named by one capitalised word after its "of": "Director of Vatnastofa".
const OWN_WORD_BODY = /^(\p{Lu}[^,;]*?)\s+of\s+(\p{Lu}[\p{L}\p{M}'’-]+)$/u;

// A body's name set off by commas, up to the clause's end or the next comma.
const BODY_SET_OFF =
  /^\s*(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*)(?=\s*(?:[,;.]|$))/u;

// The mark of an Indian civil service a member writes after the name, before the title: "Shri A
// B, IAS, Principal Secretary, …", "C D, IFS, Chief Conservator of Forests".
const CIVIL_SERVICE_AFTER = /^,\s+(?:IAS|IFS|IPS|IRS|IFoS|IRTS|IES)(?=,\s)/u;

// The letters of a religious order a member writes after the name, before the title: "Sr. A B,
// RVM, President of X", "Fr. C D, SJ, Rector of Y".
const RELIGIOUS_ORDER_AFTER =
  /^,\s+(?:RVM|SJ|OSB|OP|OFM|OFMCap|OFM Cap|SVD|CSsR|FMM|SSpS|MM|CM|OCD|OSA|SDB|FMA|FSC|CMF|RSCJ|OSU|SND|CICM|OMI|MSC|SSND|RGS|SPC|DC)(?=,\s)/u;

// Another spelling or form of the name, in brackets in small letters before the title: "A B (also
// spelled C), President of X", "D E (née F), Director of Y".
const OTHER_FORM_AFTER = /^\s*\((?:also|or|née|known|formerly|spelled|spelt)\b[^()]*\)(?=,\s)/u;

// The words that name one the visitor was due to meet but who was called away or kept elsewhere:
// "was due to meet the Minister of X, A B, who was called away to Y", "had been due to meet C D,
// but she was kept in Z". A meeting that took place is told as one, not as one that was due.
const DUE_BUT_ABSENT =
  /\b(?:was|were|had\s+been)\s+(?:due|scheduled|supposed|expected|set)\s+to\s+meet(?:\s+with)?\s+([^.;]*?)(?:,\s+who\s+(?:was|were|had\s+been)\s|,?\s+but\s)/u;

// So do the words of a meeting planned or set with someone, which did not take place or was
// cancelled: "a meeting planned for Friday with the Governor, A B, did not take place", "the
// meeting scheduled with C D was called off".
const MEETING_FELL_THROUGH =
  /\b(?:meeting|talks|audience)\s+(?:planned|scheduled|set|arranged|foreseen|due)\s([^.;]*?)\s(?:did\s+not\s+take\s+place|could\s+not\s+take\s+place|(?:was|were|had\s+to\s+be)\s+(?:cancelled|canceled|called\s+off))\b/iu;

/** Whether a sentence says the visitor was due to meet this person, who was not there. */
function dueButAbsent(sentence: string, name: string): boolean {
  return (
    (DUE_BUT_ABSENT.exec(sentence)?.[1]?.includes(name) ?? false) ||
    (MEETING_FELL_THROUGH.exec(sentence)?.[1]?.includes(name) ?? false)
  );
}

// A Russian meeting that the sentence says did not take place, was called off or put off:
// "встреча с губернатором A B не состоялась", "переговоры с C D были отменены". Whoever it names
// after «с» was not met there; a meeting that took place is told with no such words.
const RU_CALLED_OFF =
  /(?:[Вв]стреч|[Пп]ереговор|[Бб]есед)\p{L}*\s+со?\s+([^.;]*?)\s+(?:не\s+состо(?:ял\p{L}*|ится|ятся)|(?:был[аио]?\s+|будет\s+|будут\s+)?(?:отмен[её]н\p{L}*|перенес[её]н\p{L}*))(?!\p{L})/u;

/**
 * Whether a Russian sentence says the meeting with this person did not take place. The name is
 * told there in the instrumental: each of its words is found by its stem ("Олегом Седых" for
 * "Олег Седых").
 */
function meetingCalledOff(sentence: string, name: string): boolean {
  const named = RU_CALLED_OFF.exec(sentence)?.[1];
  if (!named) return false;
  return name.split(' ').every((w) => named.includes(w.slice(0, Math.max(3, w.length - 2))));
}

/**
 * Whether a sentence says the meeting with this person did not take place: an English one the
 * visitor was due to meet who was kept away, a Russian one called off. A Turkish sentence's failed
 * meeting is cut from the sentence before anyone is read from it (`withoutMeetingFellThrough`).
 */
export function meetingNotHeld(sentence: string, name: string, language: ReleaseLanguage): boolean {
  if (language === 'en') return dueButAbsent(sentence, name);
  if (language === 'ru') return meetingCalledOff(sentence, name);
  return false;
}

// A title of capitalised words and a body after it, in parentheses after a name: "(Rector, X
// University)".
const TITLE_AND_BODY_AFTER =
  /^\s*\((\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}),\s+(\p{Lu}[^()]*?[\p{L}.])\)/u;

/**
 * The title and the body in parentheses at the opening of what follows a name, set off by a
 * comma: "(Rector, X University)" → "Rector" held in "X University". A country is no body.
 */
export function titleAndBodyAfter(rest: string): { role: string; body: string } | null {
  const m = TITLE_AND_BODY_AFTER.exec(rest);
  if (!m?.[1] || !m[2] || !TITLE_WORD.test(m[1]) || ORG_WORD.test(m[1])) return null;
  return countryCode(m[2]) === null ? { role: m[1], body: m[2] } : null;
}

// A relative clause set off after the name tells the title as an apposition does: "A B, who is
// Director of X at the Y Office", "C D, who heads the Z Department" (its head), "E F, who serves
// as Resident Coordinator in Y". The one's nationality may stand before it: "G H, a Dutch
// national who serves as …", "I J, the Norwegian who heads …"; a title there is no nationality.
// Two offices held at once are one title: "K L, who is both Director General and Chief X of Y".
const RELATIVE_OFFICE =
  /^,\s+(?:(?:an?|the)\s+(\p{Lu}\p{Ll}+)(?:\s+(?:national|citizen))?\s+)?who\s+(?:is|serves\s+as|(heads))\s+(?:(?:both|also)\s+)?(?=(?:the\s+)?\p{Lu})/u;

function apposition(mention: NameMention, list: string): NameMention {
  const relative = RELATIVE_OFFICE.exec(list.slice(mention.end));
  if (relative && !(relative[1] && TITLE_WORD.test(relative[1]))) {
    const office = relative[2] ? 'head of ' : '';
    const tail = list.slice(mention.end + relative[0].length);
    const read = apposition(mention, `${list.slice(0, mention.end)}, ${office}${tail}`);
    return { ...read, end: mention.end };
  }
  const form = OTHER_FORM_AFTER.exec(list.slice(mention.end));
  if (form) {
    const read = apposition({ ...mention, end: mention.end + form[0].length }, list);
    return { ...read, end: mention.end };
  }
  const service =
    CIVIL_SERVICE_AFTER.exec(list.slice(mention.end)) ??
    RELIGIOUS_ORDER_AFTER.exec(list.slice(mention.end));
  if (service) {
    const read = apposition({ ...mention, end: mention.end + service[0].length }, list);
    return { ...read, end: mention.end };
  }
  // A title whose parts are a list keeps them all: "A B, Minister of Trade, Industry and Tourism".
  // A semicolon ends it, as it ends an item of a list: "A B, Minister of X; C D, Governor of Y".
  // The full stop of an initial among initials does not: "A B, Director of the C. D. E Institute";
  // nor that of a style inside the body's name: "A B, Director of the Dr. C D Institute".
  // A head's office written in small letters before the body's name is a title too: "A B,
  // president of the X Association", "C D, chairman of the Y Council", "E F, chief of the Z
  // Trust", "I J, chief executive of V", "I J, director general of V"; so is a member's: "G H,
  // member of the W Executive responsible for culture"; and a keeper's or a minister's of
  // religion: "K L, curator of the U Museum", "M N, pastor of the T Church", and the chief
  // incumbent (the head monk) of a Buddhist temple: "K L, chief incumbent of the U Hermitage"; and
  // a place's ruler or head: "O P, the traditional ruler of S", "Q R, the mayor of S", "S T, chief
  // minister of S Region". An office held for a time keeps its "acting" or "interim" in small
  // letters: "A B, acting Mayor of X". The body's name may open with a word in quotation marks:
  // "C D, director of the “Y” Trust".
  const after =
    /^,\s+(?:the\s+)?((?:(?:acting|interim)\s+(?=[A-Z]))?(?:[A-Z]|(?:an?\s+)?(?:(?:general|managing|executive|deputy|vice|village|council|district|community|founding|senior|traditional|paramount)\s+){0,2}(?:president|chairman|chairwoman|chairperson|chair|director(?:[\s-]general)?|head|chief\s+executive(?:\s+officer)?|chief\s+(?:minister|incumbent)|chief|secretary|rector|principal|registrar|member|commissioner|founder|co-founder|manager|leader|coordinator|curator|pastor|ruler|mayor|headman)(?=\s+of\s+(?:(?:the|an?)\s+["“]?\p{L}|["“]?\p{Lu})))[^,;]*?(?:(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)+,?\s+and\s+(?!\p{Lu}\.)\p{Lu}[^,.;]*)?)(?:,\s*and\b|,|;|(?<!(?<!\p{L})\p{Lu}\.\s+\p{Lu}|(?<!\p{L})\p{Lu}(?=\.\s+\p{Lu}\.)|(?<!\p{L})(?:Dr|Prof|Mr|Mrs|Ms|St|Rev|Fr)(?=\.\s+\p{Lu}))\.|\s+and\s+(?=\p{Ll})|$)/u.exec(
      list.slice(mention.end),
    );
  // It keeps the comma that sets it off from the name, as a title before the name does. A body
  // set off after a title that names none is the title's: "A B, Joint Director, Kerala Coir
  // Institute", "C D, Director of Horticulture, Government of Tamil Nadu".
  if (after?.[1]) {
    const set = /,$/u.test(after[0])
      ? BODY_SET_OFF.exec(list.slice(mention.end + after[0].length))
      : null;
    const read = set?.[1] && ORG_WORD.test(set[1]) ? parseRole(after[1]) : null;
    // A body named by one word in its own language after the title's "of", its name in English
    // set off after it with "the", is the body the title is held in; the English name only glosses
    // it: "A B, Deputy Director of Vatnastofa, the National Water Authority".
    const own = read ? OWN_WORD_BODY.exec(after[1]) : null;
    if (
      own?.[1] &&
      own[2] &&
      /^\s*the\s/u.test(list.slice(mention.end + after[0].length)) &&
      !ORG_WORD.test(own[2]) &&
      !FIELD_WORD.test(own[2]) &&
      countryCode(own[2]) === null
    )
      return { ...mention, role: `${own[1]},`, body: own[2] };
    return read?.title && !read.organisation && !read.country
      ? { ...mention, role: `${after[1]},`, body: set?.[1] }
      : { ...mention, role: `${after[1]},` };
  }
  // Or a title and the body it is held in, set off by a comma inside the parentheses: "A B
  // (Rector, X University of Applied Sciences)", "C D (Vice-Chancellor, University of Y, Z)".
  const titled = titleAndBodyAfter(list.slice(mention.end));
  if (titled) return { ...mention, ...titled };
  // Or the body in parentheses after the name: "A B (National Bank of Ruritania)"; or one word
  // that is no country, often the body's short name: "A B (Keizai)", "C D (RDB)".
  const body = /^\s*\((\p{Lu}[\p{L}'’-]*(?:\s+[^\s()]+)*)\)/u.exec(list.slice(mention.end));
  // A rank in parentheses is the title, not a body: "A B (Chair), C D (Vice-Chair) and E F
  // (Member)"; so is an office of something, its head a rank: "A B (Deputy Minister of X)",
  // "C D (Governor of the Bank of Y)".
  const head = body?.[1]?.split(/\sof\s/u)[0] ?? '';
  if (body?.[1] && TITLE_WORD.test(head) && !ORG_WORD.test(head))
    return { ...mention, role: body[1] };
  const word = body?.[1] && !/\s/.test(body[1]);
  if (word && (countryCode(body[1] ?? '') !== null || HONORIFIC.test(body[1] ?? '')))
    return mention;
  return body?.[1] ? { ...mention, body: body[1] } : mention;
}

// The words of a rank in the police or the forces, written short too, marked retired at most:
// "Maj. (Rtd)", "Lt. Col.", and Thailand's police ranks: "Pol. Lt. Gen.".
const RANK =
  /^(?:Police|General|Lieutenant|Major|Colonel|Brigadier|Admiral|Marshal|Air|Chief|Vice|Rear|Commodore|Field|Captain|Pol\.|Gen\.|Lt\.|Maj\.|Col\.|Brig\.|Capt\.|Adm\.|\((?:Rtd|Retd|Ret)\.?\))$/;

// The words of an academic rank and a doctor's style before a name: "Associate Professor Dr".
const ACADEMIC_RANK = /^(?:Associate|Assistant|Adjunct|Visiting|Professor|Prof\.?|Dr\.?)$/u;

// A courtesy style with only capitalised words after it, up to the name.
// One capitalised word alone after "the" and set off by commas before a name, no word of a title
// nor of a body: "the Lomwar, ".
const UNKNOWN_TITLE_ALONE = new RegExp(
  `^(?:.*\\s)?the\\s+(?!(?:${TITLE_WORD.source}|${ORG_WORD.source})[,\\s])\\p{Lu}\\p{Ll}+,\\s*$`,
  'u',
);

const STYLED_BEFORE =
  /(?:His|Her|Their)\s+(?:Royal\s+)?(?:Majesty|Highness|Excellency|Eminence|Beatitude|Holiness)(?:\s+\p{Lu}[\p{L}-]*)*\s*$/u;

// What joins the names of a list: a comma, or a last "and"; a courtesy style may stand before the
// next name ("U A B, Daw C D and U E F", "Dato' A B and Datin C D").
const LIST_JOIN = /^(?:,\s+|,?\s+and\s+)$/u;
const listJoin = (between: string) => LIST_JOIN.test(withoutStyles(between));

/** Words with the courtesy styles among them left out: "and Daw " → "and ", ", Mrs. " → ", ". */
function withoutStyles(words: string): string {
  return words
    .replace(HONORIFIC_TEXT, '')
    .replace(/(?<=^|\s)\p{Lu}[\p{L}'’]*\s+/gu, (w) => (COURTESY.test(w.trim()) ? '' : w));
}
// The body a list of names belongs to, named after its last name: " of the X Association", " of
// Inuit Y Z", up to the clause's end, its short name in parentheses after it at most: " of the X
// Chamber of Commerce (XCC), who …". Two countries' names joined by a dash are one word of it:
// " of the X–Y Friendship Group". Its words may be joined by other small words: "Group for
// Relations with the Countries of Y", "Delegation to the Assembly at the Council of Z".
const BODY_AFTER_LIST =
  /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’–-]*(?:\s+(?:(?:of|for|and|on|in|with|to|at)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’–-]*)*)(?:\s*\(\p{Lu}[\p{L}\d&-]*\))?(?=\s*(?:[,.;]|$)|\s+(?:on|about|regarding)\s+(?:the\s+)?\p{Ll})/u;

/**
 * People named bare in a list and then the one body they all belong to: "met with A B, C D and E
 * F of the X Association" met three people of that body, none with a title; the names are no
 * title of the first, and the body's words no one's name. The list is read in place.
 */
function sharedBody(people: NameMention[], list: string, bare: ReadonlySet<number>): void {
  for (let last = people.length - 1; last > 0; last -= 1) {
    const end = people[last];
    const of = end ? BODY_AFTER_LIST.exec(list.slice(end.end)) : null;
    if (!end || !of?.[1] || !bare.has(end.index)) continue;
    let first = last;
    while (first > 0) {
      const before = people[first - 1];
      const here = people[first];
      if (!before || !here || !bare.has(before.index)) break;
      if (!listJoin(list.slice(before.end, here.index))) break;
      first -= 1;
    }
    if (first === last) continue;
    const bodyEnd = end.end + of[0].length;
    for (let k = first; k <= last; k += 1) {
      const p = people[k];
      if (p) people[k] = { ...p, role: '', body: of[1] };
    }
    // The body's own words read as a name are dropped: "Tapiriit Kanatami" of "Inuit Tapiriit
    // Kanatami".
    for (let k = people.length - 1; k > last; k -= 1) {
      const p = people[k];
      if (p && p.index < bodyEnd) people.splice(k, 1);
    }
    last = first;
  }
}

/**
 * A body named after someone whose title stands before the name and names none: "with Governor
 * A B of the Central Bank of X" met the governor of that bank. A country is no body ("President
 * A B of X"). The list is read in place.
 */
function bodyAfterTitled(people: NameMention[], list: string): void {
  for (let k = people.length - 1; k >= 0; k -= 1) {
    const p = people[k];
    if (!p || p.body || !p.role) continue;
    const of = BODY_AFTER_LIST.exec(list.slice(p.end));
    if (!of?.[1] || !ORG_WORD.test(of[1])) continue;
    const read = parseRole(p.role);
    if (!read.title || read.organisation || read.country) continue;
    people[k] = { ...p, body: of[1] };
    // The body's own words read as a name are dropped.
    const bodyEnd = p.end + of[0].length;
    for (let j = people.length - 1; j > k; j -= 1) {
      const q = people[j];
      if (q && q.index < bodyEnd) people.splice(j, 1);
    }
  }
}

// A title in the plural before a list of names: "Senators A B and C D", "Deputy Ministers A B, C D
// and E F".
// An office in the plural of two places joined by "and": "mayors of Zwolle and Kampen".
const TWO_PLACES_OFFICE =
  /^(\p{L}[\p{L}-]*?)(ies|s)\s+of\s+(\p{Lu}\p{L}+)\s+and\s+(\p{Lu}\p{L}+)$/u;
const PLURAL_TITLE = /^((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*?)(ies|s)$/u;
// A member of a parliament named by the letters of the title, in the plural, with the place each
// sits for: "the MPs for Tessel, A B and C D" are each MP for Tessel; so are "MEPs", "MLAs".
const MEMBERS_FOR_PLACE =
  /^(M\p{Lu}{1,3})s(\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$/u;

/**
 * A title in the plural before the first of a list of names is each one's, in the singular:
 * "met Senators A B and C D" met Senator A B and Senator C D.
 */
function sharedPluralTitle(people: NameMention[], list: string, bare: ReadonlySet<number>): void {
  for (let k = 0; k < people.length; k += 1) {
    const p = people[k];
    // Their number and a comma may stand around it: "the two Deputy Speakers, A B and C D".
    const role = p?.role
      .replace(/^(?:with\s+)?(?:the\s+)?(?:(?:two|three|four|both)\s+)?/u, '')
      .replace(/,$/u, '');
    // An office in the plural of two places, one name for each: "the mayors of Zwolle and Kampen,
    // A B and C D" are the Mayor of Zwolle and the Mayor of Kampen.
    const two = role ? TWO_PLACES_OFFICE.exec(role) : null;
    const next = people[k + 1];
    if (p && two?.[1] && two[3] && two[4] && next && bare.has(next.index)) {
      // The office is written as the release writes it: "mayor of Zwolle".
      const head = `${two[1]}${two[2] === 'ies' ? 'y' : ''}`;
      if (TITLE_WORD.test(titleCase(head)) && listJoin(list.slice(p.end, next.index))) {
        people[k] = { ...p, role: `${head} of ${two[3]}` };
        people[k + 1] = { ...next, role: `${head} of ${two[4]}` };
        k += 1;
        continue;
      }
    }
    const members = role ? MEMBERS_FOR_PLACE.exec(role) : null;
    const plural = role ? PLURAL_TITLE.exec(role) : null;
    if (!p || (!plural?.[1] && !members?.[1])) continue;
    const title = members?.[1]
      ? `${members[1]}${members[2]}`
      : `${plural?.[1]}${plural?.[2] === 'ies' ? 'y' : ''}`;
    if (!members && !TITLE_WORD.test(title.split(/\s+/).at(-1) ?? '')) continue;
    people[k] = { ...p, role: title };
    for (let n = k + 1; n < people.length; n += 1) {
      const here = people[n];
      const before = people[n - 1];
      if (!here || !before || !bare.has(here.index)) break;
      if (!listJoin(list.slice(before.end, here.index))) break;
      people[n] = { ...here, role: title };
    }
  }
}

export interface MeetingSentence {
  people: NameMention[];
  /** "The meetings with A and B": one meeting for each person. */
  plural: boolean;
}

// A clause about the one met between the title and the name that ends the sentence: "the
// Minister of X, who also chairs the Y, H.E. A B.". It is left out, so that the name follows its
// title. A clause after the name, before the purpose, is no such clause: "met A B, who is
// Director of X, to compare …".
const RELATIVE_BEFORE_NAME = /,\s+who\s+[^,;]*,\s+(?=\p{Lu}[^,;]*$)/u;

// The body whose seat the visitor was received at, its short name after it at most: "received at
// the headquarters of the X Organization (XO) by …".
const BODY_SEAT =
  /\b(?:headquarters|premises|offices?|seat)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*)(?:\s+\([^)]*\))?\s+by\s+$/u;
// Or the body itself the visitor was received at: "received at the X Parliament by its President".
const BODY_AT =
  /\bat\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*)(?:\s+\([^)]*\))?\s+by\s+$/u;

// Or the body whose place the visitor tours with its head: "a tour of the X Museum with its
// director, A B" met the Director of the X Museum; or visits and then meets its head there: "will
// visit the X Company and meet its managing director, A B".
const BODY_TOURED =
  /\b(?:tour(?:ed|s)?|visit(?:ed|s)?)\s+(?:of\s+|to\s+)?the\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*)\s+(?:with|and\s+(?:(?:also|then)\s+)?(?:meet|met)(?:\s+with)?)\s+$/u;

// An office in small letters after a common noun in the possessive, set off before the name: "the
// park's director, A B", "the museum's curator, C D". The noun stands for the body the sentence
// named before it, its name ending with that noun: "At the X National Park the delegation was
// welcomed by the park's director, A B" met the Director of the X National Park. The office's
// field may follow it after "for" or "of": "the city's alderman for housing, A B" met the
// Alderman for Housing.
const NOUN_OFFICE_SET_OFF =
  /^the\s+(\p{Ll}[\p{Ll}-]*)['’]s\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)((?:\s+(?:for|of)\s+\p{Ll}[\p{Ll}-]*(?:\s+and\s+\p{Ll}[\p{Ll}-]*)?)?),\s+(?=\p{Lu})/u;
const BODY_NAMED_BEFORE =
  /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’-]*)*/gu;

// Another meeting word that goes on with the list after its "and": "met A, Minister of X, and held
// a working lunch with B, C and D", "…, and had talks with B", "…, and held meetings with B"; or
// after another host: "received by the Governor, A B, and will then meet C D", "welcomed by the
// Mayor, A B, and will walk the terraces with C D, Chair of X": read as "…, and with B".
const MEETING_AGAIN =
  /,\s+and (?:(?:also |then |later )?(?:held|had|hosted) (?:(?:a|an) )?(?:(?:working|official|private|separate|bilateral) )?(?:lunch|luncheon|dinner|breakfast|meetings?|talks|discussions|consultations|conversation)(?: (?:also|later|there))? with|(?:will |shall )?(?:also |then |later )?(?:meet|met)(?: with)?|(?:will |shall )?(?:also |then |later )?walk(?:ed)? [^,;.]{1,60}? with(?=\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+(?:the\s+)?(?:Chair|Chairperson|Chairman|Chairwoman|President|Head|Director|Leader|Coordinator|Manager)\b))\s+(?=(?:the\s+)?\p{Lu})/gu;

// Another host who receives the visitor at a place the sentence goes on to: "held talks with A B,
// and will visit the X Centre, where she will be received by the Director of Y, C D": read as
// "…, and with the Director of Y, C D".
const RECEIVED_WHERE =
  /,\s+(?:and\s+(?:will\s+|is\s+to\s+)?(?:also\s+|then\s+|later\s+)?(?:visit(?:ed|s)?|tour(?:ed|s)?)\s+[^,;.]{1,80}?,\s+)?where\s+(?:he|she|they)\s+(?:was|were|will\s+be)\s+(?:also\s+)?(?:received|welcomed|greeted)\s+by\s+(?=(?:the\s+)?\p{Lu})/gu;

// Another host after a first one a passive names: "received by the Chief of X, A B, and by the
// Elder of Y, C D": read as "…, and with the Elder of Y, C D".
const AND_BY = /,\s+and\s+(?:also\s+)?by\s+(?=(?:the\s+)?\p{Lu})/gu;

// Another host met with the one named first: "received by its President, A B, together with C D,
// Chair of X": read as "…, and with C D". Not the visitor's own: "together with his deputy".
const TOGETHER_WITH = /,\s+together with\s+(?!(?:his|her|their|its)\b)(?=(?:the\s+)?\p{Lu})/gu;

// A religious sister's short style, right before the name where no name stands before it, is no
// title: "met Sr. A B, President of X" is the President of X.
const SISTER_BEFORE = /(?<!\p{Lu}[\p{L}'’-]*\s|[\p{L}.])Sr\.\s*$/u;

// The side met, named by those who represent it: "met the host side, represented by A and B".
const SIDE_BY = /^(?:the\s+)?(?:[\p{L}-]+\s+)?(?:side|party),?\s+represented\s+by\s*$/u;

const WITH_HONORIFIC_ONLY =
  /^.*\bwith\s+(?=(?:(?:H\.\s?E\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Atty\.|Ir\.|Drs\.|Dra\.|Hj\.|Hon\.|Fr\.|Rev\.|Sen\.|Rep\.|Cong\.|Gov\.|Tmt\.|Tvl\.|Shri|Shrimati|Smt\.?|Sushri|Kum\.)\s*)*$)/u;

// A body's name after "the", just before a parenthesis that opens on the name, with a style at most
// between: "the Ruritania Development Bank (Sheikh A B)"; not the end of a title ("the Minister in
// charge of Special Projects (A B)").
const BODY_BEFORE_PARENTHESIS =
  /(?:^|\bthe\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)*)\s*\(\s*(?:\p{Lu}[\p{L}'’.]*\s+){0,2}$/u;

/**
 * A name alone in parentheses after a body that holds no title is one of that body, and takes no
 * title from the words around: "with the participation of the X Bank (A B) and the Y Chamber (C
 * D)".
 */
function inParenthesesAfterBody(mention: NameMention, list: string): NameMention {
  if (!/^\s*\)/u.test(list.slice(mention.end))) return mention;
  const body = BODY_BEFORE_PARENTHESIS.exec(list.slice(0, mention.index))?.[1];
  if (!body || TITLE_WORD.test(body)) return mention;
  return { ...mention, role: '', body };
}

// A body met, led by its head named after a title in small letters: "members of the X Committee,
// led by its chair, A B", "a delegation of the Y Union, headed by its president, C D". The head
// holds that title in that body; with no body's name before, the title alone.
const LED_BY =
  /(?:(?:(?:the|a)\s+)?(?:members|delegation|representatives)\s+of\s+)?(?:(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*),\s+)?(?:led|headed|chaired)\s+by\s+(?:its|their|the)\s+((?:(?:vice|deputy|acting|executive|first)[\s-])?(?:chair|chairman|chairwoman|chairperson|president|head|director|speaker|leader|secretary|governor|mayor|rector|dean|commissioner|minister)),\s+(?=\p{Lu})/u;

// A body met, chaired by one named with no title: "a meeting with the X Council, chaired by A B".
// He is the chair of that body.
const CHAIRED_BY_NAME =
  /(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*),\s+chaired\s+by\s+(?=\p{Lu})/u;

// A body met with its head, named after "and its" and a title in small letters: "met the women of
// the X Committee and its president, A B". She is the head of that body.
const AND_ITS_HEAD =
  /(?:the\s+(?:\p{Ll}+\s+){1,2}of\s+)?(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*(?:\s+\([^()]*\))?)\s+and\s+its\s+(chair|chairman|chairwoman|chairperson|president|head|director|leader|secretary|coordinator),\s+(?=\p{Lu})/u;

// A visit to a body with its head, later in the list: "…, and a visit to X School with its
// Principal, A B". The head is that body's.
const VISIT_WITH_ITS_HEAD =
  /\b(?:a\s+)?(?:visit|tour)\s+(?:of|to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*)\s+with\s+its\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?),\s+(?=\p{Lu})/gu;

// A title of what an "and" may join: "Minister of Trade and the Economy".
const FIELD_BEFORE_AND = /\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+)*\p{Lu}[\p{L}-]*$/u;

/**
 * The title of the host in a subject of two sides starts after the "and" that joins them: "where
 * A and the Rector of X, C D, will sign …" gives "the Rector of X".
 */
function otherSideRole(role: string): string {
  const join = [...role.matchAll(/\sand\s+(?=the\s+\p{Lu})/gu)]
    .filter((m) => !FIELD_BEFORE_AND.test(role.slice(0, m.index)))
    .at(-1);
  return join ? role.slice(join.index + join[0].length) : role;
}

const titleCase = (words: string): string =>
  words.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase());

/** The people a sentence says were met, or null when it tells of no meeting. */
export function peopleMet(
  sentence: string,
  traveller: string | null,
  known: readonly string[],
  named: readonly string[] = [],
): MeetingSentence | null {
  const trigger = MEETING_TRIGGER.exec(sentence);
  const jointly = trigger ? null : JOINT.exec(sentence);
  // An "and" inside a quotation joins no two sides: "“… our halls and hotels are ready,” said A B,
  // head of X, who will sign the agreement with Mr C" is the quoted host's signing alone.
  const joint =
    jointly?.[1] && !onlyBodyAnd(jointly[1]) && !QUOTED_HOST.test(sentence) ? jointly : null;
  // A host acting in the clause of the place may come before a meeting word of its own: "where
  // the Mayor, A B, will join him at a meeting with the teachers"; or the meeting word may be the
  // event the host holds: "where the Governor, A B, will host a dialogue with farmers".
  const acting = joint?.[1] ? null : HOST_ACTING.exec(sentence);
  const actingEnd = acting ? acting.index + acting[0].length : 0;
  const host =
    acting &&
    (!trigger ||
      actingEnd <= trigger.index ||
      ((acting[2] !== undefined || acting[5] !== undefined) &&
        actingEnd <= trigger.index + trigger[0].length) ||
      // Or in a clause of the place after those met: "He will be welcomed by A B, and will visit
      // the fields, where the chief, C D, will introduce the farmers", "… and visited the village
      // of X, where Ms C D, president of Y, showed the delegation the sawmill"; so may one who
      // hosts a meal there: "…, and visited the X, where E F hosted a lunch for Y".
      ((acting[1] !== undefined ||
        acting[3] !== undefined ||
        acting[6] !== undefined ||
        (acting[2] !== undefined && /^where\s/u.test(acting[0]))) &&
        acting.index >= trigger.index + trigger[0].length))
      ? acting
      : null;
  // A host opening the sentence may be followed by another in the clause of a place the visitor
  // goes on to: "The Mayor of X, A B, will welcome the delegation before a visit to the Y
  // Reserve, whose director, C D, will accompany the visitors".
  if (host && !trigger && host.index === 0) {
    const rest = sentence.slice(actingEnd);
    const next = HOST_ACTING.exec(rest);
    if (next && /^(?:where|whose)\s/u.test(next[0])) {
      const first = peopleMet(sentence.slice(0, actingEnd), traveller, known, named);
      const second = peopleMet(rest, traveller, known, named);
      if (first && second) return { people: [...first.people, ...second.people], plural: false };
    }
  }
  // A host in the clause of the place may be followed by another, named after the title and
  // set off by commas, whatever he then does: "where the priest, A B, will show the delegation
  // the church, and the Director of the X Museum, C D, will guide it through the museum".
  const also =
    host && /^(?:where|whose)\s/u.test(host[0])
      ? SECOND_HOST_AFTER.exec(sentence.slice(actingEnd))
      : null;
  if (also?.[1]) {
    const first = peopleMet(sentence.slice(0, actingEnd), traveller, known, named);
    const second = findNames(also[1], known, named).filter(
      (p) => TITLE_WORD.test(p.role) && plausibleRole(p.role),
    );
    if (first && second.length === 1)
      return { people: [...first.people, ...second], plural: false };
  }
  // A host who acts after "and" may share the deed with one named before him the same way: "the
  // President of X, Mr. A B, and the president of Y, Mrs. C D, showed the delegation …".
  const together =
    host && host.index > 0 && /^,\s+and\s+the\s/u.test(host[0])
      ? FIRST_HOST_BEFORE.exec(sentence.slice(0, host.index))
      : null;
  if (together?.[1]) {
    const first = findNames(together[1], known, named).filter(
      (p) => TITLE_WORD.test(p.role) && plausibleRole(p.role),
    );
    const second = peopleMet(sentence.slice(host!.index), traveller, known, named);
    if (second && first.length === 1)
      return { people: [...first, ...second.people], plural: false };
  }
  const joined =
    trigger || joint?.[1] || host
      ? null
      : (JOINED_TALKS.exec(sentence) ??
        HOSTED_MEAL.exec(sentence) ??
        TITLED_HOST_OPENING.exec(sentence) ??
        ITS_HEAD_ACTING.exec(sentence) ??
        HEAD_DISCUSSING.exec(sentence) ??
        ITS_OFFICE_ACTING.exec(sentence) ??
        QUOTED_HOST.exec(sentence));
  // "held talks with his counterpart" is a meeting word too: the host named first is met.
  // The words after the name must hold a title.
  const first = joint?.[1] || host || joined ? null : NAMED_FIRST_SPEAKING.exec(sentence);
  const spoken = first?.[1] && `${first[1]}${first[2] ?? ''}`;
  // A priest's office in small letters is a title too: "A B, parish priest of the Church of X".
  const speaking =
    spoken &&
    (/^[Tt]he\s/u.test(spoken) ||
      TITLE_WORD.test(titleCase(spoken.slice(spoken.indexOf(',')))) ||
      /^,\s+(?:parish\s+)?(?:priest|pastor|vicar)\s/u.test(spoken.slice(spoken.indexOf(','))))
      ? spoken
      : null;
  // Before a meeting word of its own: "Mayor of X A B welcomed the visitors, and they met C D".
  const titledHost =
    joint?.[1] || host || joined || speaking
      ? null
      : (TITLED_HOST_ACTING.exec(sentence) ?? TITLED_HOST_OPENING.exec(sentence));
  // The meeting the host hosts may be the sentence's meeting word: "… hosted a meeting with X".
  const hostEnd = titledHost?.[1] ? titledHost[0].indexOf(titledHost[1]) + titledHost[1].length : 0;
  const titled =
    titledHost &&
    (!trigger ||
      titledHost[0].length <= trigger.index ||
      (/\shosted\s+an?\s[^,;]*$/u.test(titledHost[0]) && trigger.index >= hostEnd))
      ? titledHost[1]
      : undefined;
  // A host acting in a clause after "and" may follow one who opens the sentence: "In X capo cumünal
  // A B spoke about …, and the curator of Y, C D, guided the visitors".
  const opener =
    host?.[4] !== undefined && host.index > 0
      ? TITLED_HOST_OPENING.exec(sentence.slice(0, host.index))?.[1]
      : undefined;
  const hostFound =
    (opener && host?.[4] ? `${opener}, and with ${host[4]}` : undefined) ??
    host?.[1] ??
    host?.[2] ??
    host?.[3] ??
    host?.[4] ??
    host?.[5] ??
    host?.[6]?.replace(/\s+and\s+(?:his|her)\s+(?:wife|husband),\s+/u, ', and with ') ??
    joined?.[1] ??
    speaking ??
    titled;
  // An office in small letters after "whose", set off before the name, is the body's title: "the
  // X Reserve, whose director, A B, will accompany the visitors" is its Director.
  const hostList =
    host && /^whose\s/u.test(host[0]) && hostFound
      ? hostFound.replace(
          /^(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?),\s+(?=\p{Lu})/u,
          (small: string, title: string) =>
            title.split(/\s+/u).some((w) => CLAUSE_WORD.test(w))
              ? small
              : `the ${title.split(/\s+/u).map(titleCase).join(' ')}, `,
        )
      : hostFound;
  if (!trigger && !joint?.[1] && !hostList) return null;
  let list = joint?.[1] ?? hostList ?? '';
  if (trigger) {
    // Received at a body's seat "by its Secretary General, A B": the head is that body's.
    const at = BODY_AT.exec(trigger[0])?.[1];
    const seat = BODY_SEAT.exec(trigger[0])?.[1] ?? (at && ORG_WORD.test(at) ? at : undefined);
    const toured = BODY_TOURED.exec(sentence.slice(0, trigger.index + trigger[0].length))?.[1];
    // A host acting in a clause after those met is told after them, and once.
    const later = host !== null && host.index >= trigger.index + trigger[0].length;
    const after = sentence
      .slice(trigger.index + trigger[0].length, later ? host.index : undefined)
      .replace(/^its\s+(?=\p{Lu}[^,]*,)([^,]+)/u, (_, title: string) =>
        seat ? `${title} of the ${seat}` : `its ${title}`,
      )
      .replace(
        /^its\s+((?:(?:managing|executive|general|artistic|medical)\s+)?(?:director|head|curator|manager|chairman|chairperson|president|rector|principal)),/u,
        (its: string, title: string) =>
          toured ? `the ${titleCase(title)} of the ${toured},` : its,
      )
      .replace(NOUN_OFFICE_SET_OFF, (whole: string, noun: string, title: string, field: string) => {
        if (title.split(/\s+/u).some((w) => CLAUSE_WORD.test(w))) return whole;
        const office = [
          ...title.split(/\s+/u).map(titleCase),
          ...field
            .trim()
            .split(/\s+/u)
            .filter((w) => w !== '')
            .map((w) => (/^(?:for|of|and)$/u.test(w) ? w : titleCase(w))),
        ].join(' ');
        const body = [...sentence.slice(0, trigger.index).matchAll(BODY_NAMED_BEFORE)]
          .map((m) => m[0])
          .filter((name) => name.split(/\s+/u).at(-1)?.toLowerCase() === noun)
          .at(-1);
        return body ? `the ${office} of the ${body}, ` : `the ${office}, `;
      })
      // Any other office of the place after "its", in small letters and set off before the name,
      // is a title: "as the guest of its custodian, A B".
      .replace(
        /^its\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?),\s+(?=\p{Lu})/u,
        (its: string, title: string) =>
          title.split(/\s+/u).some((w) => CLAUSE_WORD.test(w))
            ? its
            : `the ${title.split(/\s+/u).map(titleCase).join(' ')}, `,
      )
      .replace(RELATIVE_BEFORE_NAME, ', ')
      .replace(MEETING_AGAIN, ', and with ')
      .replace(RECEIVED_WHERE, ', and with ')
      .replace(TOGETHER_WITH, ', and with ')
      .replace(/\sby\s*$/u.test(trigger[0]) ? AND_BY : /(?!)/u, ', and with ')
      .replace(LED_BY, (_, body: string | undefined, title: string) =>
        body ? `the ${titleCase(title)} of the ${body}, ` : `led by the ${titleCase(title)}, `,
      )
      .replace(CHAIRED_BY_NAME, (_, body: string) => `the Chair of the ${body}, `)
      .replace(
        VISIT_WITH_ITS_HEAD,
        (_, body: string, title: string) => `the ${title} of the ${body}, `,
      )
      .replace(
        AND_ITS_HEAD,
        (_, body: string, title: string) => `the ${titleCase(title)} of the ${body}, `,
      );
    const met = listSpans(after).map(([from, to]) => after.slice(from, to));
    list = (hostList ? (later ? [...met, hostList] : [hostList, ...met]) : met).join(', and with ');
  }
  const travellerKey = traveller ? personKey(traveller) : null;
  const found = findNames(list, known, named);
  // Where the names stand with nothing before them but the list's joins.
  const bare = new Set(
    found
      .filter((p) => /^(?:,|\s|and\b|with\b)*$/u.test(withoutStyles(`${p.role} `)))
      .map((p) => p.index),
  );
  const people = found
    // Only honorifics after the "with" of a meeting word are no title: "held the X Ministers'
    // Meeting with H.E. A B, Minister of Y" takes the title after the name.
    .map((p) => ({
      ...p,
      role: p.role.replace(WITH_HONORIFIC_ONLY, '').replace(SIDE_BY, '').replace(SISTER_BEFORE, ''),
    }))
    .map((p) => (joint?.[1] ? { ...p, role: otherSideRole(p.role) } : p))
    .map((p) => inParenthesesAfterBody(p, list))
    .filter(
      // Both surnames alone of someone the release names in full are a repeat, often the
      // visitor's: "Minister B C" after "A B C" ("… and Minister B C signed …").
      (p) =>
        plausibleRole(p.role, list.slice(0, p.index)) &&
        !CONVEYED.test(p.role) &&
        !COMMEMORATED.test(p.role) &&
        personKey(p.name) !== travellerKey &&
        !(p.name.includes(' ') && named.some((n) => n.endsWith(` ${p.name}`))),
    )
    // A title in small letters after "the" is written as a title: "the mayor, A B" → "Mayor".
    .map((p) => {
      const small = /^(?:with\s+)?the\s+(\p{Ll}[\p{Ll}\s-]*),$/u.exec(p.role)?.[1];
      const head = titleCase(small?.split(/\s+/u).at(-1) ?? '');
      return small && TITLE_WORD.test(head) ? { ...p, role: `the ${titleCase(small)},` } : p;
    })
    .map((p) => {
      if (parseRole(p.role).title === null) return withApposition(p, list, found);
      // A style alone before the name ("Dasho A B, Minister of Finance") gives way to the title
      // after the name.
      // So does a chief's style with an honorific in brackets after it ("Chief (Mrs) A B, Curator
      // of X").
      // So does a rank of the police or the forces alone ("Police General A B, Commissioner-General
      // of X", "Air Chief Marshal C D, Chief of Y").
      // So does an academic rank ("Associate Professor Dr A B, Dean of X"). A rank gives way to
      // an office of a body too, its word no title's: "Lieutenant General A B, Commander of X".
      if (
        p.role
          .split(/\s+/)
          .every(
            (w) =>
              COURTESY.test(w) ||
              RANK.test(w) ||
              ACADEMIC_RANK.test(w) ||
              BRACKETED_HONORIFIC.test(w),
          )
      ) {
        const apposed = withApposition(p, list, found);
        if (TITLE_WORD.test(apposed.role) || parseRole(apposed.role).organisation) return apposed;
      }
      // After a courtesy style, the rank or royal word before the name ("His Highness Major
      // General Sheikh A, Minister of Interior") gives way to the title after it.
      // So does a chief's title in his own language alone before the name, a word no title
      // holds, when the title after it names his seat: "the Lomwar, A B, Paramount Chief of X".
      if (UNKNOWN_TITLE_ALONE.test(p.role)) {
        const apposed = withApposition(p, list, found);
        if (/\s(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(apposed.role)) return apposed;
      }
      if (!STYLED_BEFORE.test(p.role)) return p;
      const apposed = withApposition(p, list, found);
      return TITLE_WORD.test(apposed.role) ? apposed : p;
    })
    // A title split around the name by the place it is of: "Connétable A B of St Ouen received
    // him" is the Connétable of St Ouen.
    .map((p) => {
      const place =
        !trigger && !joint?.[1] && titled !== undefined && hostList === titled
          ? /^\s+((?:of|for)\s+(?:the\s+)?\p{Lu}[^,;()]*)$/u.exec(list.slice(p.end))?.[1]
          : undefined;
      return place && SHORT_TITLE_ROLE.test(p.role) && TITLE_WORD.test(p.role)
        ? { ...p, role: `${p.role.trim()} ${place}` }
        : p;
    })
    // A title after its place in the possessive, its meaning in brackets after it, is the
    // place's: "X's Pulenuku (village mayor) A B" is the Pulenuku of X; so is an office in small
    // letters: "X's mayor A B" is the Mayor of X.
    .map((p) => {
      const owned = /^\s*(\p{Lu}[\p{L}-]*)['’]s\s+(\p{L}[\p{L}-]*)(?:\s+\([^()]*\))?\s*$/u.exec(
        p.role,
      );
      if (!owned?.[2] || (/^\p{Ll}/u.test(owned[2]) && !TITLE_WORD.test(titleCase(owned[2]))))
        return p;
      return { ...p, role: `${titleCase(owned[2])} of ${owned[1]}` };
    });
  sharedBody(people, list, bare);
  bodyAfterTitled(people, list);
  sharedPluralTitle(people, list, bare);
  // A meeting word that names no one ("a hub hosted by the agency") may be followed by one that
  // does ("where he was welcomed by the Director-General, A B").
  if (people.length === 0) {
    if (!trigger) return null;
    // Or the host of a meal those after it attend: "the Minister of X, A B, hosted a dinner in
    // honour of the Director, attended by representatives of local firms".
    const meal = HOSTED_MEAL.exec(sentence);
    if (meal && meal[0].length <= trigger.index) {
      const hosted = peopleMet(sentence.slice(0, meal[0].length), traveller, known, named);
      if (hosted) return hosted;
    }
    // Or the two sides before it may: "The Minister of X, A B, and the Director then chaired a
    // meeting with the partners".
    const sides = JOINT.exec(sentence);
    if (sides && sides[0].length < trigger.index + trigger[0].length) {
      const joint = peopleMet(sentence.slice(0, sides[0].length), traveller, known, named);
      if (joint) return joint;
    }
    return peopleMet(sentence.slice(trigger.index + trigger[0].length), traveller, known, named);
  }
  // A bare title met where the visitor went is that body's: "will visit the National University
  // of X, where he will be welcomed by the Vice-Chancellor, A B"; so is one who acts there:
  // "visited the X Agency (XA), where its President, A B, presented …".
  // Or visited after the meeting word, where the host acts later, whose head that host alone is:
  // "will call on A B and visit the offices of the X Society, whose Director, C D, will brief her".
  const visited = VISITED_BODY.exec(sentence);
  const hostAfter =
    trigger && host && hostList && host.index >= trigger.index + trigger[0].length
      ? list.length - hostList.length
      : null;
  const visitedAfter =
    hostAfter !== null && visited !== null && visited.index >= trigger!.index + trigger![0].length;
  const body =
    visited?.[1] &&
    (trigger
      ? visited.index < trigger.index || visitedAfter
      : host !== null || joint?.[1] !== undefined) &&
    ORG_WORD.test(visited[1])
      ? visited[1]
      : undefined;
  const placed = body
    ? people.map((p) => {
        const read = parseRole(p.role);
        return read.title &&
          !read.organisation &&
          !p.body &&
          (!visitedAfter || p.index >= (hostAfter ?? 0))
          ? { ...p, body }
          : p;
      })
    : people;
  return { people: placed, plural: trigger ? /meetings with/.test(trigger[0]) : false };
}

// A title of up to three capitalised words, alone before a name.
const SHORT_TITLE_ROLE = /^\s*(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*\s*$/u;

// Someone met who is joined by others of his side, in a sentence of its own: "The Executive
// Secretary was joined by the Deputy Executive Secretary, A B, and by C D, Director of X".
const JOINED_BY =
  /^(?:(?:Later|Then|There|At the meeting|During the meeting|In the talks),\s+)?(?:[Tt]he\s+)?(.+?)\s+(?:was|were|is|will\s+be)\s+(?:also\s+)?joined\s+by\s+(?=(?:the\s+)?\p{Lu})/u;

/**
 * The people who join someone already met, named in a sentence of their own, are met too: "The
 * Executive Secretary was joined by the Director of X, A B, and by C D, Head of Y". The one joined
 * is named by a host's title or name, not the visitor's: those who join the visitor are his own.
 * A host may be named by the style the release writes before his name: "The Granman was joined
 * by …" after "an audience with Granman A B".
 */
export function joinedHost(
  sentence: string,
  hosts: ReadonlyArray<{ name: string; title: string | null; organisation: string | null }>,
  traveller: { name: string; title: string | null } | null,
  known: readonly string[],
  named: readonly string[] = [],
  text = '',
): MeetingSentence | null {
  const joined = JOINED_BY.exec(sentence);
  const subject = joined?.[1]?.replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/u, '').toLowerCase();
  if (!joined || !subject) return null;
  const isTitle = (title: string | null | undefined) => title?.toLowerCase() === subject;
  // A title named by its head alone: "The Minister" for the "Minister of Finance".
  const isHead = (title: string | null | undefined) =>
    [' of ', ' for '].some((w) => !!title?.toLowerCase().startsWith(`${subject}${w}`));
  const isName = (name: string | null | undefined) =>
    !!name && (name.toLowerCase() === subject || name.toLowerCase().endsWith(` ${subject}`));
  if (isTitle(traveller?.title) || isHead(traveller?.title) || isName(traveller?.name)) return null;
  const headed = hosts.filter((h) => isHead(h.title));
  const escaped = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const styled = (name: string) =>
    /^\p{L}+$/u.test(subject) &&
    new RegExp(`(?<![\\p{L}])${subject}\\s+${escaped(name)}(?![\\p{L}])`, 'iu').test(text);
  const host =
    hosts.find((h) => isTitle(h.title) || isName(h.name)) ??
    (headed.length === 1 ? headed[0] : undefined) ??
    hosts.find((h) => styled(h.name));
  if (!host) return null;
  const rest = sentence.slice(joined[0].length).replace(/,?\s+and\s+by\s+/gu, ', and with ');
  const met = peopleMet(`met ${rest}`, traveller?.name ?? null, known, named);
  if (!met || !host.organisation) return met;
  // Those whose title names no body are of the host's: "the Director of Trade, A B" of his body.
  const body = host.organisation;
  return {
    ...met,
    people: met.people.map((p) => {
      const read = parseRole(p.role);
      return read.title && !read.organisation && !read.country && !p.body ? { ...p, body } : p;
    }),
  };
}

// A body's name straight after a meeting word, up to the clause's end: "held a meeting with the
// Standing Committee on Budget.".
const BODY_MET =
  /^(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*)(?=\s*(?:[,.;]|$))/u;

/**
 * The body a sentence says was met, with no one named: "The guests then held a meeting with the
 * Standing Committee on Budget." Those the next sentence names with a rank alone ("The host side
 * was represented by A (Chair) and B (Member)") are of it.
 */
export function bodyMetUnnamed(sentence: string): string | null {
  const trigger = MEETING_TRIGGER.exec(sentence);
  if (!trigger) return null;
  const body = BODY_MET.exec(sentence.slice(trigger.index + trigger[0].length))?.[1];
  if (!body || !ORG_WORD.test(body) || TITLE_WORD.test(body) || findNames(body).length > 0)
    return null;
  return body;
}

/** Whether a sentence reports something reached: an agreement, a signature, a decision. */
export function isOutcome(sentence: string): boolean {
  return /\b(?:agreements? (?:was|were) reached|reached an? agreement|agreed (?:to|on|that|upon)|(?:signed|concluded) (?:an?|the) |were identified|it was decided|decided to)\b/i.test(
    sentence,
  );
}
