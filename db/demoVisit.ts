/**
 * One demo visit and its meetings: the head of the secretariat (or the deputy) travels to a member
 * state, meets the counterparts who held a post there that year, and the secretariat writes down
 * the venue, topics, outcomes and atmosphere; now and then a press release is filed as a source.
 */
import {
  ATMOSPHERES,
  COUNTRIES,
  FORMATS,
  HEADQUARTERS,
  OUTCOMES,
  PURPOSES,
  SUMMARY_CLOSINGS,
  SUMMARY_OPENINGS,
  VENUES,
  VISIT_KINDS,
} from './demoData.js';
import { isoDay, partialDay, stamp, TODAY, yearOfDay } from './demoDays.js';
import type { Random } from './demoRandom.js';
import {
  counterpartsIn,
  titleAt,
  type Counterpart,
  type DemoWorld,
  type Traveller,
} from './demoWorld.js';
import { dateCells, type DemoWriter } from './demoWriter.js';

export interface VisitContext {
  rng: Random;
  out: DemoWriter;
  fold: (text: string | null) => string | null;
  world: DemoWorld;
  meetings: number;
}

// Central Asia, Russia and China are visited more often than the rest.
const FREQUENT = new Set(['KZ', 'RU', 'CN', 'UZ', 'KG', 'TJ', 'TR', 'AZ']);
const COUNTRY_DRAW = COUNTRIES.flatMap((c, i) => (FREQUENT.has(c.code) ? [i, i, i] : [i]));
const HQ_INDEX = COUNTRIES.findIndex((c) => c.code === HEADQUARTERS.code);

function join(fold: VisitContext['fold'], parts: readonly string[]): [string, string] {
  const text = parts.join(' ');
  return [text, parts.map((p) => fold(p)).join(' ')];
}

function pickCounterparts(
  c: VisitContext,
  country: number,
  year: number,
  n: number,
): Counterpart[] {
  for (let offset = 0; offset < 30; offset++) {
    const pool = counterpartsIn(c.world, country, year - offset);
    if (pool.length > 0) {
      const first = c.rng.int(pool.length);
      const count = Math.min(n, pool.length);
      return Array.from({ length: count }, (_, k) => pool[(first + k) % pool.length]!);
    }
  }
  return [];
}

function topicPhrase(names: string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

interface MeetingPlan {
  visitId: string | null;
  day: number;
  date: string;
  city: string;
  /** Where the meeting is held, and where the counterparts come from (as in COUNTRIES). */
  country: number;
  guests: number;
  traveller: Traveller;
  held: boolean;
}

/** Writes one meeting and its participants and topics; returns its id, summary and topics. */
function writeMeeting(c: VisitContext, m: MeetingPlan): [string, string, string, number[]] {
  const { rng, out, fold, world } = c;
  const id = rng.uuid(m.day);
  const who = pickCounterparts(c, m.guests, yearOfDay(m.day), rng.between(1, 3));
  const topicCount = rng.between(1, 3);
  const t0 = rng.int(world.topicIds.length);
  const topics = Array.from({ length: topicCount }, (_, k) => (t0 + k * 7) % world.topicIds.length);
  const lead = who[0];
  const venue = lead && rng.chance(0.6) ? lead.org.name : rng.pick(VENUES);
  const parts = lead ? [`Meeting with ${lead.title} ${lead.name}, ${lead.org.name}.`] : [];
  parts.push(rng.pick(SUMMARY_OPENINGS), topicPhrase(topics.map((t) => world.topicNames[t]!)));
  const closing = rng.pick(SUMMARY_CLOSINGS);
  if (closing) parts.push(closing);
  const [summary, summaryFold] = join(fold, parts);
  const outcome =
    m.held && rng.chance(0.6) ? `${rng.pick(OUTCOMES)} on ${world.topicNames[t0]}.` : null;
  const atmosphere = m.held && rng.chance(0.7) ? rng.pick(ATMOSPHERES) : null;
  const format = rng.pick(FORMATS);
  const country = COUNTRIES[m.country]!.code;
  const at = stamp(m.held ? m.day + rng.between(1, 3) : m.day - rng.between(5, 40), rng);
  out.write('meetings', [
    id,
    m.visitId,
    ...dateCells(m.date),
    m.city,
    fold(m.city),
    country,
    venue,
    fold(venue),
    format,
    fold(format),
    summary,
    summaryFold,
    outcome,
    fold(outcome),
    atmosphere,
    fold(atmosphere),
    at,
    at,
  ]);
  const title = titleAt(m.traveller, m.day);
  out.write('meeting_participants', [
    rng.uuid(m.day),
    id,
    m.traveller.personId,
    world.secretariat.id,
    title,
    'secretariat',
    0,
  ]);
  who.forEach((p, k) => {
    out.write('meeting_participants', [
      rng.uuid(m.day),
      id,
      p.personId,
      p.org.id,
      p.title,
      'counterpart',
      k + 1,
    ]);
  });
  for (const t of topics) out.write('meeting_topics', [id, world.topicIds[t]!]);
  return [id, summary, summaryFold, topics];
}

function travellerOn(world: DemoWorld, rng: Random, day: number): Traveller {
  if (day >= world.deputy.posts[0]!.from && rng.chance(0.15)) return world.deputy;
  return (
    world.heads.find((h) => day >= h.posts[0]!.from && day <= h.posts.at(-1)!.to) ??
    world.heads.at(-1)!
  );
}

/** Writes a visit starting on that day, with its meetings (none when it was cancelled). */
export function writeVisit(c: VisitContext, startDay: number): void {
  const { rng, out, fold, world } = c;
  const ci = rng.pick(COUNTRY_DRAW);
  const country = COUNTRIES[ci]!;
  const city = rng.chance(0.6) ? country.cities[0]! : rng.pick(country.cities);
  const early = yearOfDay(startDay) < 2010;
  const roll = rng.next();
  const precision =
    roll < (early ? 0.02 : 0.005) ? 'year' : roll < (early ? 0.07 : 0.025) ? 'month' : 'day';
  const future = startDay > TODAY;
  const status = rng.chance(future ? 0.05 : 0.02) ? 'cancelled' : future ? 'planned' : 'completed';
  const held = status === 'completed';
  const length = precision === 'day' ? rng.between(0, 4) : 0;
  const count = status === 'cancelled' ? 0 : future ? rng.between(1, 4) : rng.between(1, 8);
  const traveller = travellerOn(world, rng, startDay);
  const id = rng.uuid(startDay);
  const title = `${rng.pick(VISIT_KINDS)} ${city}`;
  const start = partialDay(startDay, precision);
  const end = precision === 'day' ? isoDay(startDay + length) : start;
  const purpose = rng.pick(PURPOSES);

  const meetingRows: [string, string, string, number[]][] = [];
  const plan = { visitId: id, city, country: ci, guests: ci, traveller, held };
  // The visit row goes first so that its meetings always point at an existing visit.
  const pending: (() => void)[] = [];
  for (let k = 0; k < count; k++) {
    const day = startDay + Math.floor((k * (length + 1)) / count);
    pending.push(() =>
      meetingRows.push(writeMeeting(c, { ...plan, day, date: partialDay(day, precision) })),
    );
  }
  const topics = new Set<number>();
  const visitTopics = rng.between(1, 3);
  for (let k = 0; topics.size < visitTopics; k++)
    topics.add((rng.int(world.topicIds.length) + k) % world.topicIds.length);
  const names = [...topics].map((t) => world.topicNames[t]!);
  const heldBy = `${titleAt(traveller, startDay)} ${traveller.name}`;
  const summaryParts =
    status === 'cancelled'
      ? ['The visit was cancelled.']
      : held
        ? [
            `${heldBy} held ${count} meeting${count === 1 ? '' : 's'} in ${city}.`,
            'The talks covered',
            `${topicPhrase(names)}.`,
          ]
        : [
            `${count} meeting${count === 1 ? ' is' : 's are'} planned for ${heldBy} in ${city}, on`,
            `${topicPhrase(names)}.`,
          ];
  const [summary, summaryFold] = join(fold, summaryParts);
  const at = stamp(
    held ? startDay + length + rng.between(1, 3) : Math.min(startDay, TODAY) - rng.between(10, 60),
    rng,
  );
  out.write('visits', [
    id,
    title,
    fold(title),
    traveller.personId,
    city,
    fold(city),
    country.code,
    ...dateCells(start),
    ...dateCells(end),
    purpose,
    fold(purpose),
    summary,
    summaryFold,
    status,
    count,
    at,
    at,
  ]);
  for (const t of topics) out.write('visit_topics', [id, world.topicIds[t]!]);
  for (const write of pending) write();
  c.meetings += count;

  if (held && rng.chance(0.04)) {
    const sourceId = rng.uuid(startDay);
    const sourceTitle = `Press release: ${title}`;
    const text = [summary, ...meetingRows.map((r) => r[1])].join('\n');
    const textFold = [summaryFold, ...meetingRows.map((r) => r[2])].join('\n');
    out.write('sources', [
      sourceId,
      sourceTitle,
      fold(sourceTitle),
      ...dateCells(end),
      'press release',
      'press release',
      text,
      textFold,
      at,
      at,
    ]);
    out.write('source_links', [sourceId, 'visits', id]);
    for (const r of meetingRows) out.write('source_links', [sourceId, 'meetings', r[0]]);
  }

  // Delegations also call on the secretariat at home: meetings without a visit.
  if (rng.chance(0.08)) {
    writeMeeting(c, {
      visitId: null,
      day: startDay,
      date: isoDay(startDay),
      city: HEADQUARTERS.city,
      country: HQ_INDEX,
      guests: rng.int(COUNTRIES.length),
      traveller: travellerOn(world, rng, startDay),
      held: !future,
    });
    c.meetings += 1;
  }
}
