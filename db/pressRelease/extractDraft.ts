import { atmosphereOf } from './atmosphere.js';
import { asSpelled, readableCapitals, readableVietnamese } from './capitalSurnames.js';
import { readableClicks, withClicks } from './clickLetters.js';
import { draftTitle, releaseLanguage, type ReleaseLanguage } from './draftTitle.js';
import { nameCandidates, opensMeetingList } from './nameCandidates.js';
import {
  htmlToText,
  isHeading,
  listItems,
  paragraphs,
  sentences,
  RU_SIDE_OPENING,
  SIDE_OPENING,
  withoutPostNominals,
  withSideLists,
} from './cleanText.js';
import { readDateline, takeDateline } from './dateline.js';
import {
  calledTitle,
  releaseStyleAfter,
  releaseStyleWords,
  surnameLikeStyle,
} from './releaseStyles.js';
import { countryCode, isPlaceName } from './gazetteer.js';
import { closingDate, takePublished, takeUpdateNotes } from './published.js';
import {
  warning,
  type Draft,
  type DraftMeeting,
  type DraftParticipant,
  type DraftWarning,
  type KnownEntities,
} from './draft.js';
import { announcedEvents } from './events.js';
import {
  bodyMetUnnamed,
  isOutcome,
  joinedHost,
  meetingNotHeld,
  openingTitled,
  peopleMet,
  receivedVisitor,
  venueIn,
} from './meetingSentences.js';
import { titledCounterparts } from './titledCounterparts.js';
import { topicsOf } from './topics.js';
import {
  englishPlaceWords,
  findNames,
  isVocabulary,
  personKey,
  placeBeforeEnglishName,
} from './people.js';
import { nameKind } from './names/nameKey.js';
import { withCorrectedNames, withoutTheLate } from './nameNotes.js';
import { FATHER_LINK, STYLE_BEFORE_THREE_NAMES, TURKISH_STYLE_AFTER_NAME } from './nameWords.js';
import {
  delegationHead,
  firstPerson,
  UPDATE_NOTE,
  foreignNames,
  foreignPeopleMet,
  meetingForPronoun,
  russianPlaceWords,
  withoutOwnNameForms,
  withoutMeetingFellThrough,
} from './foreignPeople.js';
import { yearWithin } from './dateRange.js';
import { findDates, isPastMention, isoOf, withMonthsOfDays } from './pressDates.js';
import { MONTH, monthNumber } from './monthNames.js';
import {
  bodyNamedBefore,
  bodyNamedInFullByHead,
  bodyOfKindNamedBefore,
  bodyVisitedNamed,
  officesBeforeNamesRu,
  bodyWhereOfficeHeld,
  departmentOfBodyBefore,
  deputyOfBodyBefore,
  FIELD_WORD,
  ORG_WORD,
  parseRole,
  TITLE_WORD,
} from './roles.js';
import {
  delegationBody,
  ofDelegationBody,
  ofVisitorsBody,
  onOwnSide,
  ownSideWords,
  russianEnvoy,
} from './ownSide.js';
import {
  namedAfterTitle,
  unnamedTitleLast,
  unnamedTitleMet,
  type UnnamedTitle,
} from './titleNamedLater.js';
import {
  daysBetween,
  findPlaces,
  findTraveller,
  firstStopFirst,
  findVisitDates,
  FIRST_THEN,
  headingCountry,
  hostCountry,
  talksPlaces,
  VISIT_WORD,
  TAKES_PART,
  withDateline,
  withoutEarlierLeg,
  hostPlace,
  issuedFrom,
  otherDigestItems,
  bodysName,
  stampOnly,
  addDays,
  atSettlement,
  settlementNamesake,
  settlementNames,
  smallTownPlace,
} from './visitFacts.js';

// The opening of the lines about the issuing body at the end of a release: "About the Trust",
// "About X:", "Notes to editors", «Hakkında», «Справка».
const ABOUT_BODY =
  /^(?:About(?:\s+\p{Lu}|\s+the\s+\p{Lu}|:)|Notes\s+to\s+editors|Hakkında|Справка)/u;

const INTERNATIONAL =
  /^(?:Eurasian|United Nations|UN |Asian|Shanghai|Commonwealth|Collective|Organi[sz]ation|International|Conference)/;

// The issuing office after a closing dateline's date: "Erzurum, 20 Kasım 2026 – KUDAKA Basın
// Birimi", "Москва, 5 июня 2026 г. – Пресс-служба Росавиации". A few words with no full stop.
const ISSUING_OFFICE = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}$/u;

// The words that open a list of those met, one meeting per item: "meetings with:", "met:", and
// "met, in Vardan and the Olvar Province:" with the places of the meetings set off before the
// colon.
const MET_BEFORE_LIST = /\b(?:with|met)(?:,?\s+(?:in|at)\s+[^,:;.]+)?:$/u;

// The town a sentence opens with, its name in the own language in brackets at most: "In Velkovo
// (Velcuf), the mayor, A B, …", "In Santa Rosa del Monte, Mayor C D …".
const OPENING_TOWN =
  /^In\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:del|della|di|de|la|le|sur|am|an|upon)\s+)?\p{Lu}[\p{L}'’-]*){0,3})(?:\s+\([^()]*\))?,\s/u;

// The town the visitors went to before "whose Mayor", its region after it at most: "flew to
// Velkovo in the Westfjords, whose Mayor, A B, …".
const TOWN_WHOSE_MAYOR =
  /\b(?:to|in|at|visited|reached)\s+(\p{Lu}[\p{L}'’-]*)(?:\s+in\s+the\s+\p{Lu}[\p{L}'’-]*)?,\s+whose\s+Mayor\b/u;

// A Turkish given name alone with a style of respect after it: "Selma Hanım", "Arslan Bey".
const TR_GIVEN_NAME_STYLED = new RegExp(
  `^(\\p{Lu}\\p{Ll}+)\\s+(?:${TURKISH_STYLE_AFTER_NAME})$`,
  'u',
);

// The Wolof style of a marabout, "Serigne", before a name of three words: "Serigne A B C". It is
// as often a given name, and is a style only where the office named with the person is a
// religious one: "the religious guide of X, Serigne A B C", "the Khalife of Y, Serigne D E F",
// but "the Director General of Z, Serigne G H I".
const MARABOUT_STYLED = /^Serigne\s+(\p{Lu}\S*(?:\s+\p{Lu}\S*){2,})$/u;
const RELIGIOUS_OFFICE =
  /\b(?:(?:religious|spiritual)\s+(?:guide|leader|head)|marabout|[Kk]halife?|[Cc]aliph|[Ii]mam)\b/u;

// The visitor's next trip, told with the month it is to be in: "will next travel to X in January
// 2027, where she is expected to meet …". Those to be met on it are not met on this visit.
const LATER_TRIP = new RegExp(
  `\\b(?:will|is\\s+to|plans\\s+to|is\\s+(?:due|expected)\\s+to)\\s+(?:next|later)\\s+` +
    `(?:travel|go|fly|head|return)\\s+to\\s+\\p{Lu}[^.;]*?\\bin\\s+${MONTH}(?:\\s+(\\d{4}))?`,
  'u',
);

// A release tells mostly of what is past, and of what is planned for the coming weeks: a date
// read without a year is put in the year that brings it within this window of the day of reading.
const DAYS_AHEAD = 45;
const DAYS_BEHIND = 365 - DAYS_AHEAD;

/** The note that a date had no year, saying where the year taken came from: the day it was read. */
function yearNearReadDay(note: DraftWarning, readOn: string): DraftWarning {
  if (note.key !== 'pressRelease.warning.yearTaken') return note;
  return warning('pressRelease.warning.yearNearReadDay', { ...note.params, readOn });
}

/** Reads a press release and proposes a visit, its meetings and the events it announces. */
export function extractDraft(text: string, known: KnownEntities = {}): Draft {
  // A Turkish family name written in capitals ("Selami TUNÇBİLEK") is read as a name is written,
  // and given back in its capitals; so is a Nigerian or Ghanaian one in English ("Sani Bala
  // DANLADI"), and a Vietnamese one written first in capitals ("NGUYỄN Văn An") in any language.
  // The letters of an honour after a name ("A B OBE, MP") are left out first: they are no name.
  const language = releaseLanguage(text);
  const { text: readable, spelled } =
    language === 'ru'
      ? (() => {
          const found = new Map<string, string>();
          return { text: readableVietnamese(text, found), spelled: found };
        })()
      : readableCapitals(withoutPostNominals(text), language);
  // A click letter before a word's capital is read as no letter, and given back after.
  const clicks = new Map<string, string>();
  const clear = readableClicks(spelled.size === 0 ? text : readable, clicks);
  if (spelled.size === 0 && clicks.size === 0) return readDraft(text, known);
  const draft = readDraft(clear, known);
  for (const m of draft.meetings)
    m.participants = m.participants.map((p) => ({
      ...p,
      name: withClicks(asSpelled(p.name, spelled), clicks),
      title: withClicks(p.title, clicks),
      organisation: withClicks(p.organisation, clicks),
    }));
  return { ...draft, source: text };
}

/**
 * A sentence opening a list of those met, with the list's items on the lines straight after it,
 * is two paragraphs: the sentence and its list ("In the afternoon the delegation met: - A B,
 * Minister of X; - C D, President of Y.").
 */
function listAfterColon(paragraph: string): string[] {
  const colon = /^(.+?:)\s+(?=[-•*–—]\s+\p{Lu})/u.exec(paragraph);
  if (!colon?.[1] || !opensMeetingList(colon[1])) return [paragraph];
  // A Russian list may mark its items with the long dash, each item after the colon or after the
  // last one's semicolon or full stop ("Собеседники директора: — A B, министр …; — C D, мэр …").
  const list = paragraph.slice(colon[0].length).replace(DASH_ITEM, '$1• ');
  return (listItems(list)?.length ?? 0) >= 2 ? [colon[1], list] : [paragraph];
}

// A long dash that opens a list's item: at the list's start or after the last item's end.
const DASH_ITEM = /(^|[;.]\s+)—\s+(?=\p{Lu})/gu;

function readDraft(text: string, known: KnownEntities): Draft {
  // Pasted or opened HTML is read as the page's text.
  const published = takePublished(
    paragraphs(withSideLists(/^\s*</.test(text) && /<\/\w+>/.test(text) ? htmlToText(text) : text)),
  );
  // A note of the release updated tells of the visit only when it extends the stay.
  const updated = takeUpdateNotes(published.paras);
  const { paras, dateline } = takeDateline(updated.paras);
  // A text cut off mid-sentence ends on running words with no full stop: its last paragraph,
  // mostly of small words, is text and not a heading nor a closing line of the issuing office.
  const cutOff = (p: string, i: number) => {
    const words = p.split(/\s+/);
    const small = words.filter((w) => /^\p{Ll}/u.test(w)).length;
    return i > 0 && i === paras.length - 1 && words.length >= 8 && small * 2 > words.length;
  };
  const heading = (p: string, i: number) => isHeading(p) && !cutOff(p, i);
  const headings = paras.filter(heading);
  // The lines after the last paragraph of text (the issuing office, its town, a date) close the
  // release: their date is when it was put out, never the visit's.
  // The lines about the issuing body after the story ("About X", «Hakkında», «Справка») tell no
  // visit: the lines before them still close the release.
  const firstText = paras.findIndex((p, i) => !heading(p, i));
  const about = paras.findIndex((p, i) => firstText >= 0 && i > firstText && ABOUT_BODY.test(p));
  const lastText = paras.findLastIndex((p, i) => !heading(p, i) && (about < 0 || i < about));
  const opening = paras.filter((p, i) => heading(p, i) && (lastText < 0 || i < lastText));
  // A list after "meetings with:" or "met:" names one meeting per item.
  // The items of a list that a meeting sentence opens name people met, in any language.
  const listed = new Set<string>();
  // The lists of one side's participants ("Ruritanian side:"): the visitor's own side was not met.
  const sides = new Set<string[]>();
  const body = paras
    .filter((p, i) => !heading(p, i))
    .flatMap(listAfterColon)
    .map((p, i, all) => {
      const items = listItems(p);
      const previous = all[i - 1] ?? '';
      // A numbered paragraph of text ("2. During the visit, …"), which no list opens, is read
      // sentence by sentence like any paragraph.
      const numbered =
        items?.length === 1 &&
        /^\d+[.)]\s/.test(p) &&
        !/\bwith:$/.test(previous) &&
        !opensMeetingList(previous);
      if (numbered && items[0]) return sentences(items[0]);
      if (items && MET_BEFORE_LIST.test(all[i - 1] ?? ''))
        return items.map((item) => `Meetings with ${item}.`);
      // A Russian side's list names those met, one an item; the visitor's own, «С российской
      // стороны:», names those who came with him.
      if (items && RU_SIDE_OPENING.test(previous)) {
        if (/российской/u.test(previous)) return [];
        items.forEach((item) => listed.add(item));
        return items;
      }
      if (items && SIDE_OPENING.test(all[i - 1] ?? '')) {
        const side = items.map((item) => `Meetings with ${item}.`);
        sides.add(side);
        return side;
      }
      if (items && opensMeetingList(all[i - 1] ?? '')) items.forEach((item) => listed.add(item));
      return items ?? sentences(p);
    });
  const all = body.flat();
  const shortStyled = releaseLanguage(text) === 'en' ? styledShortNames(all) : [];
  const styled = releaseLanguage(text) === 'en' ? styledByLocalTitle(all) : [];
  const knownNames = [
    ...(known.people ?? []).flatMap((p) => [p.name, ...(p.aliases ?? [])]),
    ...styled,
    ...shortStyled,
  ];
  // Everyone the release names in full: a surname alone after a title ("talks with Foreign
  // Minister Temirbek") is one of them. A name after a local title is named without it. A style
  // before two names is none of the name.
  const namedInFull = all
    .flatMap((s) => findNames(s, styled).map((n) => n.name))
    .filter(
      (n) => !shortStyled.some((short) => n.endsWith(` ${short}`) && n.split(' ').length === 3),
    );
  // The same in Russian and Turkish: "Cumhurbaşkanı es-Sisi" after "… Abdulfettah es-Sisi'nin".
  const namedAbroad = /[а-яёçğışöü]/iu.test(all.join(' '))
    ? all.flatMap((s) => foreignNames(s).map((n) => n.name))
    : [];
  const traveller = findTraveller(all);
  // A note of the release's own update above its story, a paragraph of its own, names no visitor.
  const story = body.filter((p) => !UPDATE_NOTE.test(p[0] ?? '')).flat();
  // A host who tells the visit names the visitor as the one received: "The Governor of X, A B,
  // received the President of Y, C D". With no one named first (a heading's line), the head of
  // the delegation named after is the visitor.
  const visitor =
    traveller?.name ?? receivedVisitor(all) ?? firstPerson(story) ?? delegationHead(all);
  // Whoever the first sentence of the visit names before its word of visiting is the visitor,
  // whatever his title: "The Minister of Trade, A B, visited …".
  const visitSentence = all.find((s) => VISIT_WORD.test(s));
  const visitWord = visitSentence ? VISIT_WORD.exec(visitSentence) : null;
  // In a visit its host tells, the visitor is the one received: "The Minister of X, A B, hosted the
  // President of Y, C D, on a working visit" names C D.
  const subject =
    visitSentence && visitWord
      ? (receivedVisitor([visitSentence]) ??
        findNames(visitSentence.slice(0, visitWord.index))[0]?.name ??
        null)
      : null;
  // Such a visitor, set off by commas straight before "paid a visit", is never met: "The Foreign
  // Minister of X, A B, paid an official visit …; Minister C and Minister B held talks".
  const paying =
    subject && visitSentence && visitWord
      ? new RegExp(
          `,\\s+${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},\\s+(?:has\\s+|will\\s+)?` +
            '(?:paid|pays|pay|made|makes|make|undertook|undertakes|undertake)\\s+(?:an?|his|her)\\s+' +
            '(?:[\\p{Ll}-]+\\s+){0,2}$',
          'u',
        ).test(visitSentence.slice(0, visitWord.index))
      : false;
  const subjectKey = subject && paying ? personKey(subject) : null;
  // The lines closing the release may be its dateline ("ABU DHABI, 24 February 2026") or the day
  // it was put out ("27.05.2026 15:20").
  const closing = paras.filter((p, i) => heading(p, i) && lastText >= 0 && i > lastText);
  const closingLine = closing
    .map((p) => readDateline(p, true))
    .find((d) => d?.date && (d.rest.trim() === '' || ISSUING_OFFICE.test(d.rest.trim())));
  // So may the date ending the issuing office's closing lines ("Press Unit / Ministry of Trade /
  // 14 October 2026"): a weekday alone is told from it too.
  const closed = closingLine?.date ?? closingDate(closing);
  // A date alone on its line among the opening ones is the day the release was put out.
  const stamped = opening.find(stampOnly);
  const stampedDate = stamped ? findDates(stamped).map((d) => d.start)[0] : undefined;
  const stampedDay = stampedDate?.year && stampedDate.day ? isoOf(stampedDate) : null;
  // So is the page's own stamp ("Дата публикации: 4 декабря 2026 г."), the last resort.
  const sourceDate = known.sourceDate ?? dateline?.date ?? published.date ?? closed;
  const yearFrom = sourceDate ?? stampedDay;
  const readOn = yearFrom === null && known.readOn ? known.readOn : null;
  // A news agency's dateline of no year ("BISHKEK, Dec. 4 (Tovar) —") was put out in the year the
  // release is read, or in the one before when that day is still to come.
  const agencyDay = (() => {
    if (!readOn || !dateline?.monthDay) return null;
    const day = `${readOn.slice(0, 4)}-${dateline.monthDay}`;
    return daysBetween(readOn, day) > DAYS_AHEAD
      ? `${Number(readOn.slice(0, 4)) - 1}-${dateline.monthDay}`
      : day;
  })();
  const issued = dateline?.date ?? closed ?? stampedDay ?? published.date ?? agencyDay;
  let sourceYear = yearFrom
    ? Number(yearFrom.slice(0, 4))
    : readOn
      ? Number(readOn.slice(0, 4))
      : null;
  let dates = findVisitDates(opening, all, sourceYear, issued, updated.notes);
  if (readOn && sourceYear !== null && dates.start?.length === 10) {
    // Read in January, "from 28 November" was last year; read in December, "5 January" is next.
    const away = daysBetween(readOn, dates.start);
    const year =
      away > DAYS_AHEAD ? sourceYear - 1 : away < -DAYS_BEHIND ? sourceYear + 1 : sourceYear;
    if (year !== sourceYear) {
      sourceYear = year;
      dates = findVisitDates(opening, all, sourceYear, issued, updated.notes);
    }
  }
  if (readOn) dates = { ...dates, warnings: dates.warnings.map((w) => yearNearReadDay(w, readOn)) };
  const language = releaseLanguage(paras.join('\n'));
  const writtenWithYo = language === 'ru' ? yoSpeller(text) : (name: string) => name;
  // The places a Russian release goes to: their names in the genitive are no one's given name.
  const placeWords = language === 'ru' ? russianPlaceWords(all) : new Set<string>();
  // The districts and towns an English release writes alone: no given name of a name after them.
  const alonePlaces = language === 'en' ? englishPlaceWords(all) : new Set<string>();
  // A Russian release of a visit to Russia, a Turkish one of a visit to Türkiye, is told by the
  // host: whoever took part in the talks was on the host's side.
  // A town the release names as a Russian village ("село Париж") is that village, wherever named.
  const settlements = language === 'ru' ? settlementNames([...opening, ...all]) : [];
  // The headings that may tell a place of the visit: not the issuing office's address and day, nor
  // the issuing body's name.
  const placeHeadings = opening.filter((h) => !issuedFrom(h) && !bodysName(h));
  const visitCountry = withDateline(
    findPlaces([
      ...placeHeadings,
      ...all.filter((s) => VISIT_WORD.test(s) || TAKES_PART.test(s)),
    ]).filter((p) => !settlementNamesake(p.city, settlements)),
    dateline,
  )[0]?.country;
  const hosted =
    (language === 'ru' && visitCountry === 'RU') || (language === 'tr' && visitCountry === 'TR');
  // The body a Russian delegation abroad comes from: whoever holds an office of it came with it.
  const ownBody = language === 'ru' && !hosted ? delegationBody(all) : null;
  const meetingSentences: string[] = [];
  const used = new Set<string>();
  const meetings: DraftMeeting[] = [];
  const byPerson = new Map<string, DraftMeeting>();
  const byGiven = new Map<string, DraftMeeting>();
  // A surname of two words or more is said again alone: "Alireza Farahani Moghaddam ile
  // görüşecek. Farahani Moghaddam'la yapılacak görüşmede …" names one man.
  const bySurnames = new Map<string, DraftMeeting>();
  // The meetings told under another item of a digest than the visit's keep the visit's days.
  const otherItems = otherDigestItems(all, dates.start, dates.end, sourceYear);
  const elsewhere = new Set<DraftMeeting>();
  const unsure: string[] = dates.unsure ? ['visit.start_date', 'visit.end_date'] : [];
  const warnings = [...dates.warnings];
  const events: Draft['events'] = [];

  const attach = (meeting: DraftMeeting, sentence: string) => {
    used.add(sentence);
    meeting.atmosphere ??= atmosphereOf(sentence);
    if (isOutcome(sentence)) meeting.outcomes.push(sentence);
    else {
      for (const topic of topicsOf(sentence))
        if (!meeting.topics.includes(topic)) meeting.topics.push(topic);
    }
  };

  const own = (name: string) =>
    [traveller?.name, visitor, subject].some((v) => v && personKey(v) === personKey(name));
  // The visitor's title and body, as the sentence of the visit gives them before its word of
  // visiting; in a visit its host tells, after the host's word of receiving.
  const visitorRole =
    visitSentence && visitWord
      ? visitSentence
          .slice(0, visitWord.index)
          .replace(/^.*\b(?:received|hosted|welcomed|receives|hosts|welcomes)\s+/su, '')
      : null;
  let previous = '';
  for (const para of body) {
    if (sides.has(para) && para.some((item) => findNames(item).some((n) => own(n.name)))) continue;
    let current: DraftMeeting | null = null;
    // A title met with no name ("called on the Prime Minister of X") whose name the next sentence
    // may give after the title ("Prime Minister A B noted …"); in English and Russian, after one
    // sentence at most that names no one ("The meeting reviewed X. Hon. A B C assured …",
    // "Стороны обсудили X. Как отметила A B, …"): `carried`.
    type Unnamed = { title: UnnamedTitle; sentence: string; carried?: boolean };
    let unnamed: Unnamed | null = null;
    // A body met with no one named ("held a meeting with the Standing Committee on X"), whose
    // people the next sentence may name by rank alone.
    let bodyMet: string | null = null;
    for (const sentence of para) {
      const titled = unnamed as Unnamed | null;
      unnamed = null;
      const ofBody = bodyMet;
      bodyMet = null;
      if (language === 'en' && ofLaterTrip(sentence, dates.start, dates.end)) {
        previous = sentence;
        continue;
      }
      const later = titled
        ? namedAfterTitle(sentence, titled.title, [traveller?.name ?? null, visitor, subject])
        : null;
      const announced = announcedEvents(sentence);
      if (announced.length > 0) {
        events.push(...announced);
        used.add(sentence);
      }
      // A Russian name's form in its own language, in brackets, names no one else. One who was
      // to be met and was not is no one met: only the words after «однако» or «но» are read.
      // A sentence of taking part that opens with a pronoun tells of the meeting named before.
      const reading = withoutMeetingFellThrough(
        language === 'ru' ? meetingForPronoun(withoutOwnNameForms(sentence), previous) : sentence,
      );
      const ruled =
        peopleMet(reading, traveller?.name ?? null, knownNames, namedInFull) ??
        (language === 'en'
          ? joinedHost(
              sentence,
              meetings.flatMap((m) => m.participants),
              traveller,
              knownNames,
              namedInFull,
              text,
            )
          : null) ??
        foreignPeopleMet(reading, visitor, namedAbroad, hosted, placeWords);
      // People the rules did not reach, found by what their names are.
      const byName = nameCandidates(reading, {
        language,
        visitors: [traveller?.name ?? null, visitor],
        found: [...(ruled?.people.map((p) => p.name) ?? []), ...byPerson.keys()],
        listItem: listed.has(sentence),
      }).filter(
        (p) =>
          !byPerson.has(meetKey(p.name)) &&
          !ruled?.people.some((r) => personKey(r.name) === personKey(p.name)),
      );
      // In a release of a visit, people its programme names by a title next to the name.
      const byTitle =
        language === 'en' &&
        visitSentence &&
        sentence !== visitSentence &&
        all.indexOf(sentence) > 0
          ? titledCounterparts(sentence, previous, {
              visitors: [traveller?.name ?? null, visitor, subject],
              ownRole: visitorRole,
            }).filter(
              (p) =>
                !byPerson.has(meetKey(p.name)) &&
                // One met before, named again with a style the names do not know before the name.
                ![...meetings.flatMap((m) => m.participants.map((r) => r.name)), ...namedInFull]
                  .filter((n) => n.includes(' '))
                  .some((n) => p.name.endsWith(` ${n}`)) &&
                ![...(ruled?.people ?? []), ...byName].some(
                  (r) =>
                    personKey(r.name) === personKey(p.name) ||
                    r.name.includes(p.name) ||
                    p.name.includes(r.name),
                ),
            )
          : [];
      previous = sentence;
      byName.push(...byTitle);
      const gathered =
        byName.length === 0
          ? ruled
          : { people: [...(ruled?.people ?? []), ...byName], plural: ruled?.plural ?? false };
      const byRules =
        gathered && language === 'en'
          ? {
              ...gathered,
              people: gathered.people.map((p) => placeBeforeEnglishName(p, alonePlaces)),
            }
          : gathered;
      const laterKey = later && !byPerson.has(meetKey(later.name)) ? meetKey(later.name) : null;
      const told =
        later && laterKey
          ? {
              people: [
                ...(byRules?.people.filter((p) => meetKey(p.name) !== laterKey) ?? []),
                later,
              ],
              plural: byRules?.plural ?? false,
            }
          : byRules;
      // The traveller's own side, listed in a sentence of taking part, was not met.
      const own = ownSideWords(sentence, [traveller?.name ?? null, visitor]);
      // A city or country of the gazetteers, in any of its spellings, is never a person.
      // Russia's envoy in the host country, taking part, is of the visitor's side.
      // So is one who holds an office of the visitor's own body: "SANParks' Regional Manager".
      // Nor is the visitor named after the title that opens a sentence of what he did there.
      // Nor is one the visitor was due to meet but who was called away, nor one whose meeting
      // did not take place.
      const opener = language === 'en' ? openingTitled(sentence) : null;
      const kept = told?.people.filter(
        (p) =>
          !isPlaceName(p.name) &&
          personKey(p.name) !== subjectKey &&
          !visitorsTail(p.name, [traveller?.name, visitor]) &&
          !(
            opener?.includes(p.name) &&
            [visitor, subject].some((v) => v && personKey(v) === personKey(p.name))
          ) &&
          !(own && onOwnSide(p.name, own)) &&
          !meetingNotHeld(sentence, p.name, language) &&
          !(language === 'ru' && russianEnvoy(p.role, sentence)) &&
          !ofDelegationBody(p.role, ownBody) &&
          !(language === 'en' && ofVisitorsBody(p.role, visitorRole)) &&
          !(language === 'tr' && !p.role && headedBody(p.name, text)),
      );
      const met = told && kept && kept.length > 0 ? { ...told, people: kept } : null;
      if (!met && language === 'en') bodyMet = bodyMetUnnamed(sentence);
      // Only a rank given in parentheses after the name is a rank in that body: "A (Chair)".
      if (met && ofBody) {
        met.people = met.people.map((p) => {
          const read = parseRole(p.role);
          const ranked = sentence.includes(`${p.name} (${p.role})`);
          return ranked && read.title && !read.organisation && !p.body ? { ...p, body: ofBody } : p;
        });
      }
      // In Russian and Turkish a title met with no name may follow someone met by name: "A ile
      // görüşen B, Tarım Bakanı'nı da ziyaret etti".
      if (
        !met &&
        !later &&
        titled &&
        !titled.carried &&
        ((language === 'en' && findNames(sentence).length === 0) ||
          (language === 'ru' && foreignNames(sentence).length === 0))
      )
        unnamed = { ...titled, carried: true };
      if (!met || language !== 'en') {
        const title = unnamedTitleMet(sentence);
        if (title) unnamed = { title, sentence };
      } else {
        // An English sentence that met someone may end with a title met with no name: "… to meet
        // A B, Chairman of X, and will then call on the Director General of Y."
        const title = unnamedTitleLast(sentence);
        if (title) unnamed = { title, sentence };
      }
      if (met) {
        meetingSentences.push(sentence);
        // A Malay or Arab name is said again by its given names alone, before "bin": "Ahmad Rizal
        // bin Osman'ın davetlisi olarak … Ahmad Rizal ile görüştü" names one man.
        // A Turkish release calls one met before by the given name and a style of respect:
        // "Tarvo Derneği Başkanı Selma Orvani … Selma Hanım'ın daveti üzerine" names one woman.
        const styledGiven = (name: string) => {
          const given = language === 'tr' ? TR_GIVEN_NAME_STYLED.exec(name)?.[1] : undefined;
          return (
            given !== undefined &&
            meetings.some((m) => m.participants.some((q) => q.name.startsWith(`${given} `)))
          );
        };
        const again = (name: string) =>
          byGiven.get(name) ??
          bySurnames.get(name) ??
          (met.people.some((q) => q.name !== name && linkedGiven(q.name) === name) ||
            styledGiven(name));
        // One named in two clauses of the sentence is one person met once: "к экспедиции
        // присоединилась директор A B, которая работала вместе с гостями". Two of one family
        // with the same initial are two people: "the Minister, Sione Lotoala, and the Mayor,
        // Sela Lotoala".
        const fresh = met.people.filter(
          (p, i) =>
            !byPerson.has(meetKey(p.name)) &&
            !again(p.name) &&
            met.people.findIndex((q) => q.name === p.name) === i,
        );
        const seen = met.people
          .map(
            (p) => byPerson.get(meetKey(p.name)) ?? byGiven.get(p.name) ?? bySurnames.get(p.name),
          )
          .find(Boolean);
        // The meeting whose person is named a sentence later took place when that sentence says.
        const date =
          meetingDate(sentence, meetings, dates, sourceYear, issued) ??
          (later && titled
            ? meetingDate(titled.sentence, meetings, dates, sourceYear, issued)
            : null);
        const venue = venueIn(sentence);
        const groups = met.plural ? fresh.map((p) => [p]) : fresh.length > 0 ? [fresh] : [];
        for (const group of groups) {
          const meeting: DraftMeeting = { date, venue, participants: [], topics: [], outcomes: [] };
          for (const mention of group) {
            const read = participant(writtenWithYo(mention.name), mention.role, mention.body);
            // A mayor named with no place in a sentence that opens with a town is that town's; so
            // is one after "whose" that follows the town.
            const town =
              language === 'en'
                ? (OPENING_TOWN.exec(sentence)?.[1] ?? TOWN_WHOSE_MAYOR.exec(sentence)?.[1])
                : undefined;
            if (town && read.title === 'Mayor' && !read.organisation && !countryCode(town))
              read.title = `Mayor of ${town}`;
            meeting.participants.push(read);
            byPerson.set(meetKey(mention.name), meeting);
            const given = linkedGiven(mention.name);
            if (given) byGiven.set(given, meeting);
            const words = mention.name.split(/\s+/);
            for (let k = 1; k < words.length - 1; k++)
              bySurnames.set(words.slice(k).join(' '), meeting);
          }
          meetings.push(meeting);
          if (otherItems.has(sentence)) elsewhere.add(meeting);
          attach(meeting, sentence);
          current = meeting;
        }
        if (groups.length === 0 && seen) {
          attach(seen, sentence);
          current = seen;
        }
        used.add(sentence);
        continue;
      }
      const named = namedMeeting(sentence, byPerson, traveller?.name ?? null);
      if (named) current = named;
      const target = current;
      if (target && !used.has(sentence)) attach(target, sentence);
      else if (target && isOutcome(sentence)) target.outcomes.push(sentence);
    }
  }

  const days = meetings
    .filter((m) => !elsewhere.has(m))
    .map((m) => m.date)
    .filter((d): d is string => d?.length === 10);
  const [firstDay, lastDay] = [days.sort()[0], days.at(-1)];
  if (lastDay && dates.end && lastDay > dates.end) dates.end = lastDay;
  if (firstDay && dates.start && firstDay < dates.start) dates.start = firstDay;
  // In the order the text tells them: the first stop of a trip is the visit's country. The closing
  // lines name the issuing office's town, not a place of the visit. A sentence telling the
  // countries in the order gone through («сначала в A, затем в B») is of the trip too.
  const placeSentences = [
    ...placeHeadings,
    ...all.filter(
      (s) =>
        VISIT_WORD.test(s) ||
        TAKES_PART.test(s) ||
        FIRST_THEN.test(s) ||
        meetingSentences.includes(s),
    ),
  ];
  // A leg of the tour in another country, told as gone through before the visit's days, is no
  // stop of it: "a visit to B from 7 to 9 December … The tour had begun last week in A".
  const found = withoutEarlierLeg(
    firstStopFirst(
      findPlaces(placeSentences).filter((p) => !settlementNamesake(p.city, settlements)),
      placeSentences,
      dates.start,
      sourceYear,
    ),
    placeSentences,
    dates.start,
    sourceYear,
    issued,
  );
  // With none found, talks told as held in a country name it: "held talks in Curaçao (…)".
  if (found.length === 0) found.push(...talksPlaces(all));
  // With none still, a visit spent in towns the gazetteers lack went to the heading's country.
  if (found.length === 0 && language === 'ru')
    found.push(...headingCountry(opening, all, dateline?.country ?? null));
  // A release its host tells takes place where the host is, whatever countries its visitors
  // come from: "Laxenburg, Austria – IIASA will host a delegation from Poland".
  const atHost = hostPlace([...opening, ...all.slice(0, 2)], dateline, found, language);
  const places = withDateline(
    atHost ? [atHost, ...found.filter((p) => p.country === atHost.country)] : found,
    dateline,
  );
  // A Russian release naming no country whose visit goes to a village or a district is at home.
  const host =
    places.length === 0
      ? (hostCountry([...opening, ...meetingSentences], language) ??
        (language === 'ru' &&
        atSettlement([...opening, ...all.filter((s) => VISIT_WORD.test(s)), ...meetingSentences])
          ? 'RU'
          : null))
      : null;
  if (host) places.push({ city: null, country: host });
  // Else a small town of the visit in the one country of its name that the release names.
  const town =
    places.length === 0
      ? smallTownPlace(
          [...opening, ...all.filter((s) => VISIT_WORD.test(s) || meetingSentences.includes(s))],
          all,
        )
      : null;
  if (town) places.push(town);
  const country = places[0]?.country ?? null;
  for (const meeting of meetings) {
    for (const p of meeting.participants) {
      if (p.country === null && country && !(p.organisation && INTERNATIONAL.test(p.organisation)))
        p.country = country;
      // A noble named by one name is known as "Lord A", but a Tongan noble whose title is "Lord
      // Speaker" is named by the one name after it: "the Lord Speaker, Lord A" is A.
      if (
        /^Lord \S+$/.test(p.name) &&
        (p.country ?? country) !== 'GB' &&
        /^Lord\b/.test(p.title ?? '')
      )
        p.name = p.name.slice(5);
      const marabout = MARABOUT_STYLED.exec(p.name);
      if (marabout?.[1] && RELIGIOUS_OFFICE.test(p.title ?? '')) p.name = marabout[1];
    }
  }
  withoutReleaseStyles(meetings, paras.join('\n'), language);
  withCorrectedNames(meetings, text);
  withoutTheLate(meetings, text);
  if (language === 'en') officesBeforeNames(meetings, text);
  if (language === 'ru')
    officesBeforeNamesRu(
      meetings.flatMap((m) => m.participants),
      text,
    );
  if (language === 'tr') withPlaceOpeningTitle(meetings, paras.join('\n'));
  namedBodiesInFull(
    meetings.flatMap((m) => m.participants),
    text,
    language,
  );
  if (language === 'ru') {
    bodyNamedBefore(
      meetings.flatMap((m) => m.participants),
      text,
    );
    bodyVisitedNamed(
      meetings.flatMap((m) => m.participants),
      text,
    );
  }
  // An English office of a body named again by its kind ("the university's Rector"): its English
  // words are found in an English text alone, even one with a few Turkish letters in its names.
  bodyOfKindNamedBefore(
    meetings.flatMap((m) => m.participants),
    text,
  );
  if (language === 'en') {
    bodyWhereOfficeHeld(
      meetings.flatMap((m) => m.participants),
      text,
    );
    deputyOfBodyBefore(
      meetings.flatMap((m) => m.participants),
      text,
    );
  }
  if (language === 'tr')
    departmentOfBodyBefore(
      meetings.flatMap((m) => m.participants),
      text,
    );
  meetings.forEach((m, i) =>
    m.participants.forEach((p, j) => {
      if (p.title === null) unsure.push(`meetings.${i}.participants.${j}.title`);
      if (p.organisation === null) unsure.push(`meetings.${i}.participants.${j}.organisation`);
    }),
  );
  if (meetings.length === 0) warnings.push(warning('pressRelease.warning.noMeetings'));
  if (places.length === 0) {
    warnings.push(warning('pressRelease.warning.noPlaces'));
    unsure.push('visit.places');
  }
  if (!traveller) unsure.push('visit.traveller');
  const cities = places.map((p) => p.city).filter((c): c is string => Boolean(c));
  const headingTitle = headings.find((h) => !/^press release$/i.test(h) && h === paras[0]);
  return {
    visit: {
      title: headingTitle ?? draftTitle(language, cities),
      traveller,
      places,
      start_date: dates.start,
      end_date: dates.end,
    },
    meetings,
    events,
    unplaced: all.filter(
      (s) => !used.has(s) && !/\bwith:$/.test(s) && !(s === all[0] && traveller),
    ),
    warnings,
    unsure,
    source: text,
    source_date: sourceDate,
  };
}

/**
 * The names a local title the release also uses alone with "the" stands before: "There Ngambela
 * A B C, the traditional prime minister of X, received the visitors. The Ngambela recalled …"
 * names A B C. A word of the vocabulary, a place's name or a given name is no such title, nor is a
 * family's name the release writes for its dynasty or house: "the Trịnh lords" before
 * "Professor Trịnh A B" leaves the family name in the name.
 */
function styledByLocalTitle(sentences: readonly string[]): string[] {
  const text = sentences.join(' ');
  const titles = new Set(
    [...text.matchAll(/(?<![\p{L}])[Tt]he\s+(\p{Lu}\p{Ll}+)(?=['’]s\s|\s+\p{Ll})/gu)]
      .map((m) => m[1] ?? '')
      .filter(
        (w) =>
          !isVocabulary(w) &&
          !isPlaceName(w) &&
          !nameKind(w).given &&
          !nameKind(w).family &&
          !ORG_WORD.test(w),
      ),
  );
  const names: string[] = [];
  for (const title of titles) {
    const styled = new RegExp(
      `(?<![\\p{L}])(?<!\\b[Tt]he\\s)${title}\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]*)(?![\\p{L}'’-])`,
      'gu',
    );
    for (const m of text.matchAll(styled)) {
      const words = (m[1] ?? '').split(/\s+/);
      if (words.filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)).length < 2) continue;
      if (words.some((w) => isVocabulary(w))) continue;
      names.push(m[1] ?? '');
    }
  }
  return names;
}

/**
 * The names of two words after a style that is a given name too before fewer than three ("Ato A
 * B C" but "Ato B", a Fante given name), in a release that writes it before a name of three words
 * elsewhere: there it is a style before two as well. "Ato A B C, Head of X … General Manager Ato
 * D E described …" names D E.
 */
function styledShortNames(sentences: readonly string[]): string[] {
  const text = sentences.join(' ');
  const word = "\\p{Lu}[\\p{L}'’-]*";
  const styles = [
    ...text.matchAll(
      new RegExp(
        `(?<![\\p{L}])(${STYLE_BEFORE_THREE_NAMES})\\s+${word}\\s+${word}\\s+${word}(?![\\p{L}'’-])`,
        'gu',
      ),
    ),
  ].map((m) => m[1] ?? '');
  return [...new Set(styles)].flatMap((style) =>
    [
      ...text.matchAll(
        new RegExp(
          `(?<![\\p{L}])${style}\\s+(${word}\\s+${word})(?![\\p{L}'’-])(?!\\s+\\p{Lu})`,
          'gu',
        ),
      ),
    ]
      .map((m) => m[1] ?? '')
      .filter((name) => !name.split(/\s+/u).some((w) => isVocabulary(w) || isPlaceName(w))),
  );
}

/**
 * Takes off the style or office the release shows to stand before a name, or in Turkish after it
 * ("Tavana A B … Tavana B" is A B), and leaves out whoever it read again by the style and the
 * surname alone: "Tavana B" is A B.
 */
function withoutReleaseStyles(
  meetings: DraftMeeting[],
  text: string,
  language: ReleaseLanguage,
): void {
  const again = new Set<string>();
  for (const p of meetings.flatMap((m) => m.participants)) {
    // A surname that looks like a style after the name is the name's own: "A B Ağa … Ağa ailesi".
    const surname = surnameLikeStyle(p.name, text, language);
    if (surname) p.name = `${p.name} ${surname}`;
    const words = p.name.split(/\s+/);
    const before = releaseStyleWords(words, text, language);
    const after = before === 0 && releaseStyleAfter(words, text, language) ? 1 : 0;
    if (before === 0 && after === 0) continue;
    const own = words.slice(before, words.length - after);
    const style = [...words.slice(0, before), ...words.slice(words.length - after)].join(' ');
    p.name = own.join(' ');
    // A word the release calls his title is his title, where none was read: "unvanını taşıyan X".
    if (!p.title && calledTitle(style, text, language)) p.title = style;
    again.add(before > 0 ? `${style} ${own.at(-1)}` : `${own.at(-1)} ${style}`);
  }
  if (again.size === 0) return;
  for (const m of meetings) m.participants = m.participants.filter((p) => !again.has(p.name));
  for (let i = meetings.length - 1; i >= 0; i--)
    if (meetings[i]?.participants.length === 0) meetings.splice(i, 1);
}

/**
 * Gives back to a Turkish title the place that opens it, where the place's name ends like a
 * common noun in the locative (a town "Arata" read as "in Ara" before "Belediye Başkanı"): the
 * release writes the word elsewhere as a proper name, an apostrophe before its case ending
 * ("Arata'ya geçen heyet").
 */
function withPlaceOpeningTitle(meetings: DraftMeeting[], text: string): void {
  const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const p of meetings.flatMap((m) => m.participants)) {
    if (!p.title || p.organisation) continue;
    const first = p.name.split(/\s+/u)[0] ?? '';
    const before = new RegExp(
      `(?<![\\p{L}'’])(\\p{Lu}\\p{Ll}+(?:[dt][ae]|n[dt][ae]n))\\s+${escaped(p.title)}\\s+(?:[\\p{L}.]+\\s+){0,3}?${escaped(first)}(?![\\p{L}])`,
      'u',
    ).exec(text)?.[1];
    if (before && new RegExp(`(?<![\\p{L}])${escaped(before)}['’]\\p{Ll}`, 'u').test(text))
      p.title = `${before} ${p.title}`;
  }
}

// The office of a body's head, in the possessive after the body's name: "A B Başkanı".
const TR_HEAD_OFFICE =
  '(?:Genel\\s+|Yönetim\\s+Kurulu\\s+)?(?:Başkanı|Müdürü|Sekreteri|Direktörü|Rektörü)';

/**
 * Whether a name read with no title is a body's in a Turkish release: its head is named elsewhere
 * by it and an office after it ("Lia B'yı ziyaret etti … Lia B Başkanı olarak").
 */
function headedBody(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}\\s+${TR_HEAD_OFFICE}(?![\\p{L}])`, 'u').test(text);
}

/**
 * The name with «ё» where its nominative holds it and its other cases do not: «Петром» is read
 * back as «Петр», which a release that writes «ё» spells «Пётр». One that writes «Петр» itself, or
 * no «ё» at all, keeps «Петр».
 */
function yoSpeller(text: string): (name: string) => string {
  const yo = /ё/u.test(text) && !/(?<![\p{L}])Петр(?![\p{L}])/u.test(text);
  return (name) => (yo ? name.replace(/(?<![\p{L}])Петр(?![\p{L}])/gu, 'Пётр') : name);
}

function participant(name: string, role: string, body?: string): DraftParticipant {
  const parsed = parseRole(role);
  return {
    name,
    title: parsed.title,
    organisation: parsed.organisation ?? body ?? null,
    department: parsed.department,
    country: parsed.country,
  };
}

// The words that open two offices met, joined by "and", each after "the", before the names of
// those who hold them: "received by the Minister and the Permanent Secretary of X, A and B".
const OFFICES_LEAD = /(?:^|\s)(?:by|met|meet|meets|meeting|with|on)\s+the\s+/gu;
const OFFICES_JOIN = /\s+and\s+the\s+/gu;
// An office's field: "of X", "for Y".
const OFFICE_FIELD = /\s(?:of|for)\s/u;
// The same office in another language in brackets at its end: "the First Minister of X (Y Z)".
const OTHER_LANGUAGE_END = /\s*\(([^()]*)\)$/u;

// Whether the words before an office's field hold a title's word: "Permanent Secretary", "Cabinet
// Secretary" but not "Welsh Language".
function opensOffice(words: string): boolean {
  return TITLE_WORD.test(words.split(/\s+(?:of|for)\s+|\s*\(/u)[0] ?? '');
}

/**
 * Two offices joined by "and", each after "the", then as many names joined by "and": "received
 * by the Minister and the Permanent Secretary of X, A B and C D". Each name holds the office in
 * its place; an office with no field of its own shares the one the second names ("Minister of
 * X"). The offices part where "and the" opens an office, not inside a field ("Cabinet Secretary
 * for Education and the Arts"). The same office in another language in brackets after one is no
 * part of it, nor anyone met: "the First Minister of X (Y Z) and the …, A B and C D".
 */
function officesBeforeNames(meetings: DraftMeeting[], text: string): void {
  const people = meetings.flatMap((m) => m.participants);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const dropped = new Set<string>();
  for (let i = 0; i + 1 < people.length; i++) {
    const [a, b] = [people[i], people[i + 1]];
    if (!a || !b || b.title) continue;
    const pair = new RegExp(
      `,\\s+(?:\\p{Lu}[\\p{L}.'’]*\\s+){0,3}?${escape(a.name)}\\s+and\\s+(?:\\p{Lu}[\\p{L}.'’]*\\s+){0,3}?${escape(b.name)}(?![\\p{L}])`,
      'u',
    ).exec(text);
    if (!pair) continue;
    const clause = text
      .slice(Math.max(0, pair.index - 300), pair.index)
      .split(/[.;:!?\n]\s/u)
      .at(-1);
    const lead = [...(clause ?? '').matchAll(OFFICES_LEAD)].at(-1);
    if (!clause || !lead) continue;
    const phrase = clause.slice(lead.index + lead[0].length);
    const join = [...phrase.matchAll(OFFICES_JOIN)].find(
      (j) =>
        opensOffice(phrase.slice(0, j.index)) && opensOffice(phrase.slice(j.index + j[0].length)),
    );
    if (!join) continue;
    let first = phrase.slice(0, join.index);
    const second = phrase.slice(join.index + join[0].length);
    const field = OFFICE_FIELD.exec(second);
    if (!OFFICE_FIELD.test(first) && field) first += second.slice(field.index);
    const offices = [first, second].map((office) => {
      const other = OTHER_LANGUAGE_END.exec(office);
      if (!other?.[1] || ORG_WORD.test(other[1]) || TITLE_WORD.test(other[1])) return office;
      if (other[1].split(/\s+/u).some((w) => FIELD_WORD.test(w))) return office;
      dropped.add(other[1]);
      return office.slice(0, other.index);
    });
    [a, b].forEach((p, k) => {
      const read = parseRole(offices[k] ?? '');
      if (!read.title) return;
      p.title = read.title;
      p.organisation = read.organisation;
      p.department = read.department;
    });
  }
  if (dropped.size === 0) return;
  for (const m of meetings) m.participants = m.participants.filter((p) => !dropped.has(p.name));
  for (let i = meetings.length - 1; i >= 0; i--)
    if (meetings[i]?.participants.length === 0) meetings.splice(i, 1);
}

// A body's name in full: words in capitals, joined by small words ("the X Agency of Y").
const BODY_IN_FULL =
  /(?<![\p{L}.'’])(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)+)/gu;

/**
 * Where the text names someone's office with the noun of the body in the possessive before it
 * ("The Agency's Director-General, A B"): the place of that possessive, or null.
 */
function possessiveOfBody(
  p: { name: string; title: string | null },
  noun: string,
  text: string,
): number | null {
  if (!p.title) return null;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const given = escape(p.name.split(' ')[0] ?? '');
  const at = new RegExp(
    `(?<![\\p{L}])[Tt]he ${noun}['’]s ${escape(p.title)},?\\s+(?:\\S+\\s+){0,3}?${given}(?![\\p{L}])`,
    'u',
  ).exec(text);
  return at ? at.index : null;
}

/**
 * A body named again by its noun alone ("the Secretary-General of the Commission") after someone
 * else's body named it in full in the text ("Chairperson of the National Commission for Youth"):
 * the full name, when one body alone holds that noun. A body the reader only derives ("Ministry of
 * X" from "Minister of X") is not named in full. A body named again by its noun in the possessive
 * before the office ("The Agency's Director-General, A B") is the last one holding that noun the
 * text names in full before it: "a session with the X Agency of Y. The Agency's Director-General".
 */
function namedBodiesInFull(
  people: Array<{ name: string; title: string | null; organisation: string | null }>,
  text: string,
  language: ReleaseLanguage,
): void {
  for (const p of people) {
    const noun = p.organisation;
    // A body named by its short name, which the text gives in full before it in parentheses:
    // "Director-General of TICA" after "the Thailand International Cooperation Agency (TICA)".
    const short = noun && /^\p{Lu}{2,}[\p{Lu}\d]*$/u.test(noun) ? noun : null;
    const spelled = short
      ? new RegExp(
          `(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*)+)\\s+\\(${short}\\)`,
          'u',
        ).exec(text)
      : null;
    // A board named for its field is a body too: "the X Dairy Development Board (XDDB)".
    if (spelled?.[1] && (ORG_WORD.test(spelled[1]) || /\sBoard$/u.test(spelled[1]))) {
      p.organisation = spelled[1];
      continue;
    }
    if (!noun || !/^\p{Lu}\p{Ll}+$/u.test(noun)) continue;
    const word = new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, 'u');
    const again = possessiveOfBody(p, noun, text);
    if (again !== null) {
      const named = [...text.slice(0, again).matchAll(BODY_IN_FULL)]
        .map((m) => (m[1] ?? '').replace(/^The\s+/u, ''))
        .filter((o) => o !== noun && word.test(o))
        .at(-1);
      if (named) {
        p.organisation = named;
        continue;
      }
    }
    const full = new Set(
      people
        .map((q) => q.organisation)
        .filter(
          (o): o is string =>
            Boolean(o) && o !== noun && word.test(o ?? '') && text.includes(o ?? ''),
        ),
    );
    if (full.size === 1) {
      p.organisation = [...full][0] ?? noun;
      continue;
    }
    // Else the one body an English text names in full with that noun as its head: "of the
    // Academy" after "the Y Academy of Letters". A Turkish text writes the noun with its
    // possessive in the full name ("X Ticaret Odası"), and any word opening a sentence with a
    // capital: "Görüşmeye Oda …" names no body.
    if (full.size === 0 && language === 'en')
      p.organisation = bodyNamedInFullByHead(noun, text) ?? noun;
  }
}

/**
 * Whether a sentence tells of the visitor's next trip in a month after the visit: "will next
 * travel to X in January 2027" after a visit in December 2026. A month of the visit's own, or
 * one with no year in a visit with no dates, leaves it a stop of this visit.
 */
function ofLaterTrip(sentence: string, start: string | null, end: string | null): boolean {
  const trip = LATER_TRIP.exec(sentence);
  if (!trip?.[1] || !end || end.length < 7) return false;
  const month = monthNumber(trip[1]);
  const endMonth = Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7));
  if (trip[2]) return Number(trip[2]) * 12 + month > endMonth;
  const startMonth = Number((start ?? end).slice(5, 7));
  return month !== startMonth && month !== Number(end.slice(5, 7));
}

// "Today" set against a time long past is the present of the country, not the meeting's day:
// "has grown from a few hundred in the 1950s to many thousands today", "forty years ago … today".
const TODAY_AS_NOW =
  /\b(?:\d{3}0s|(?:years|decades|centuries|generations|a\s+century|a\s+decade)\s+ago)\b[^.;]*\btoday\b/iu;

function meetingDate(
  sentence: string,
  meetings: readonly DraftMeeting[],
  visit: { start: string | null; end: string | null },
  sourceYear: number | null,
  issued: string | null,
): string | null {
  if (/\btoday\b/i.test(sentence) && !TODAY_AS_NOW.test(sentence) && issued?.length === 10)
    return issued;
  const previous = meetings[meetings.length - 1]?.date ?? null;
  if (/\bon the same day\b/i.test(sentence)) return previous;
  if (/\b(?:the next day|the following day)\b/i.test(sentence) && previous?.length === 10)
    return addDays(previous, 1);
  // A day written without its month ("On the 8th, …") takes the one the day of issue gives.
  const dated = withMonthsOfDays(sentence, issued);
  const date = findDates(dated).find(
    (d) => !isPastMention(dated, d) && d.start.day !== null && d.end === null,
  );
  // A day with no year falls inside the visit, whose period may cross a year end.
  return date
    ? isoOf(date.start, yearWithin(date.start, visit.start, visit.end) ?? sourceYear)
    : null;
}

// The words that link a given name to the father's: "Saud bin Nasser Al Thani".
const LINKED = new RegExp(`^(?:${FATHER_LINK}|бин|бинт|бинти|ибн|бен)$`, 'u');

/**
 * The key of someone met: initial and surname, so that "A. Lukin" is "Alexander Lukin". A name
 * linked to the father's by "bin" ends on a family's name many bear ("… bin Nasser Al Thani",
 * "… бин Мухаммед аль-Касими"): its whole given name is in the key.
 */
function meetKey(name: string): string {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  if (words.length < 3 || first.endsWith('.') || !words.some((w) => LINKED.test(w)))
    return personKey(name);
  return `${first.toLowerCase()} ${personKey(name).split(' ').slice(1).join(' ')}`;
}

/** The given names before "bin" of a name that has two or more of them, else null. */
function linkedGiven(name: string): string | null {
  const words = name.split(/\s+/);
  const at = words.findIndex((w) => LINKED.test(w));
  return at >= 2 ? words.slice(0, at).join(' ') : null;
}

/**
 * Whether a name of two words or more is the last words of the visitor's longer name: a woman
 * named by her own surname and her husband's, "Rektör B C" after "Rektörü Prof. Dr. A B C", is the
 * visitor herself.
 */
function visitorsTail(name: string, visitors: readonly (string | null | undefined)[]): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  return visitors.some((v) => {
    const own = v?.split(/\s+/) ?? [];
    return own.length > words.length && own.slice(-words.length).join(' ') === words.join(' ');
  });
}

/** The meeting a sentence speaks of by naming someone met there ("A. Lukin shared ..."). */
function namedMeeting(
  sentence: string,
  byPerson: ReadonlyMap<string, DraftMeeting>,
  traveller: string | null,
): DraftMeeting | null {
  for (const mention of findNames(sentence)) {
    if (traveller && personKey(mention.name) === personKey(traveller)) continue;
    const meeting = byPerson.get(meetKey(mention.name));
    if (meeting) return meeting;
  }
  for (const [key, meeting] of byPerson) {
    const surname = key.split(' ')[1] ?? '';
    if (surname.length > 2 && new RegExp(`\\b${surname}\\b`, 'i').test(sentence)) return meeting;
  }
  return null;
}
