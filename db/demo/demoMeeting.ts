/**
 * One demo meeting: the traveller and the counterparts who held a post there that year (with the
 * title held at the time), the venue, format, topics, and, once held, outcomes and atmosphere.
 */
import {
  ATMOSPHERES,
  COUNTRIES,
  FORMATS,
  OUTCOMES,
  SUMMARY_CLOSINGS,
  SUMMARY_OPENINGS,
  VENUES,
} from './demoData.js';
import { stamp, yearOfDay } from './demoDays.js';
import { titleAt, type Counterpart, type Traveller } from './demoCareers.js';
import type { DemoSink } from './demoRecords.js';
import { counterpartsIn, type DemoWorld } from './demoWorld.js';
import { dateCells } from './demoWriter.js';

export interface MeetingPlan {
  visitId: string | null;
  day: number;
  /** The day as recorded: a partial date when the visit is known only roughly. */
  date: string;
  city: string;
  /** Where the meeting is held, and where the counterparts come from (as in COUNTRIES). */
  country: number;
  guests: number;
  traveller: Traveller;
  held: boolean;
}

export interface WrittenMeeting {
  id: string;
  summary: string;
  summaryFold: string;
}

/** Text and its fold, folded part by part so that repeated phrases are folded once. */
export function joinFolded(s: DemoSink, parts: readonly string[]): [string, string] {
  return [parts.join(' '), parts.map((p) => s.fold(p)).join(' ')];
}

export function topicPhrase(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Up to n people in post there that year, or in the nearest earlier year with anyone. */
function pickCounterparts(
  s: DemoSink,
  world: DemoWorld,
  country: number,
  year: number,
  n: number,
): Counterpart[] {
  for (let back = 0; back < 30; back++) {
    const pool = counterpartsIn(world, country, year - back);
    if (pool.length > 0) {
      const first = s.rng.int(pool.length);
      return Array.from(
        { length: Math.min(n, pool.length) },
        (_, k) => pool[(first + k) % pool.length]!,
      );
    }
  }
  return [];
}

export function writeMeeting(s: DemoSink, world: DemoWorld, m: MeetingPlan): WrittenMeeting {
  const { rng, out, fold } = s;
  const id = rng.uuid(m.day);
  const who = pickCounterparts(s, world, m.guests, yearOfDay(m.day), rng.between(1, 3));
  const t0 = rng.int(world.topicIds.length);
  const topics = Array.from(
    { length: rng.between(1, 3) },
    (_, k) => (t0 + k * 7) % world.topicIds.length,
  );
  const lead = who[0];
  const venue = lead && rng.chance(0.6) ? lead.org.name : rng.pick(VENUES);
  const parts = lead ? [`Meeting with ${lead.title} ${lead.name}, ${lead.org.name}.`] : [];
  parts.push(rng.pick(SUMMARY_OPENINGS), topicPhrase(topics.map((t) => world.topicNames[t]!)));
  const closing = rng.pick(SUMMARY_CLOSINGS);
  if (closing) parts.push(closing);
  const [summary, summaryFold] = joinFolded(s, parts);
  const outcome =
    m.held && rng.chance(0.6) ? `${rng.pick(OUTCOMES)} on ${world.topicNames[t0]}.` : null;
  const atmosphere = m.held && rng.chance(0.7) ? rng.pick(ATMOSPHERES) : null;
  const format = rng.pick(FORMATS);
  const country = COUNTRIES[m.country]!.code;
  const at = stamp(m.held ? m.day + rng.between(1, 3) : m.day - rng.between(5, 40), rng);
  // prettier-ignore
  out.write('meetings', [
    id, m.visitId, ...dateCells(m.date), m.city, fold(m.city), country, venue, fold(venue),
    format, fold(format), summary, summaryFold, outcome, fold(outcome), atmosphere,
    fold(atmosphere), at, at,
  ]);
  const title = titleAt(m.traveller, m.day);
  const secretariat = world.secretariat.id;
  // prettier-ignore
  out.write('meeting_participants', [
    rng.uuid(m.day), id, m.traveller.personId, secretariat, title, 'secretariat', 0,
  ]);
  who.forEach((p, k) => {
    // prettier-ignore
    out.write('meeting_participants', [
      rng.uuid(m.day), id, p.personId, p.org.id, p.title, 'counterpart', k + 1,
    ]);
  });
  for (const t of topics) out.write('meeting_topics', [id, world.topicIds[t]!]);
  return { id, summary, summaryFold };
}
