/**
 * One demo visit: the head of the secretariat (now and then the deputy) travels to a member state
 * and holds meetings there; some visits are known only by month or year, planned ones lie after
 * the demo's "today", a few were cancelled; now and then a press release is filed as a source.
 * Delegations also call at headquarters: meetings without a visit.
 */
import { COUNTRIES, HEADQUARTERS, PURPOSES, VISIT_KINDS } from './demoData.js';
import { isoDay, partialDay, stamp, TODAY, yearOfDay } from './demoDays.js';
import { titleAt, type Traveller } from './demoCareers.js';
import { joinFolded, topicPhrase, writeMeeting, type WrittenMeeting } from './demoMeeting.js';
import type { DemoSink } from './demoRecords.js';
import type { Random } from './demoRandom.js';
import type { DemoWorld } from './demoWorld.js';
import { dateCells } from './demoWriter.js';

// Central Asia, Russia, China and their neighbours are visited more often than the rest.
const FREQUENT = new Set(['KZ', 'RU', 'CN', 'UZ', 'KG', 'TJ', 'TR', 'AZ']);
const COUNTRY_DRAW = COUNTRIES.flatMap((c, i) => (FREQUENT.has(c.code) ? [i, i, i] : [i]));
const HQ = COUNTRIES.findIndex((c) => c.code === HEADQUARTERS.code);

function travellerOn(world: DemoWorld, rng: Random, day: number): Traveller {
  if (day >= world.deputy.posts[0]!.from && rng.chance(0.15)) return world.deputy;
  const head = world.heads.find((h) => day >= h.posts[0]!.from && day <= h.posts.at(-1)!.to);
  return head ?? world.heads.at(-1)!;
}

interface SourceOf {
  visitId: string;
  title: string;
  day: number;
  date: string;
  at: string;
}

/** A press release on the visit, made of the visit's and its meetings' summaries. */
function writeSource(s: DemoSink, v: SourceOf, texts: readonly WrittenMeeting[]): void {
  const id = s.rng.uuid(v.day);
  const title = `Press release: ${v.title}`;
  const text = texts.map((t) => t.summary).join('\n');
  const textFold = texts.map((t) => t.summaryFold).join('\n');
  // prettier-ignore
  s.out.write('sources', [
    id, title, s.fold(title), ...dateCells(v.date), 'press release', 'press release', text,
    textFold, v.at, v.at,
  ]);
  s.out.write('source_links', [id, 'visits', v.visitId]);
  for (const t of texts.slice(1)) s.out.write('source_links', [id, 'meetings', t.id]);
}

/** Writes a visit starting on that day with its meetings; returns how many meetings it wrote. */
export function writeVisit(s: DemoSink, world: DemoWorld, startDay: number): number {
  const { rng, out, fold } = s;
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
  const topics = new Set<number>();
  const topicCount = rng.between(1, 3);
  while (topics.size < topicCount) topics.add(rng.int(world.topicIds.length));
  const covered = topicPhrase([...topics].map((t) => world.topicNames[t]!));
  const by = `${titleAt(traveller, startDay)} ${traveller.name}`;
  const [summary, summaryFold] = joinFolded(
    s,
    status === 'cancelled'
      ? ['The visit was cancelled.']
      : held
        ? [
            `${by} held ${count} meeting${count === 1 ? '' : 's'} in ${city}.`,
            'The talks covered',
            `${covered}.`,
          ]
        : [
            `${count} meeting${count === 1 ? ' is' : 's are'} planned for ${by} in ${city}, on`,
            `${covered}.`,
          ],
  );
  const atDay = held
    ? startDay + length + rng.between(1, 3)
    : Math.min(startDay, TODAY) - rng.between(10, 60);
  const at = stamp(atDay, rng);
  // prettier-ignore
  out.write('visits', [
    id, title, fold(title), traveller.personId, city, fold(city), country.code,
    ...dateCells(start), ...dateCells(end), purpose, fold(purpose), summary, summaryFold, status,
    count, at, at,
  ]);
  for (const t of topics) out.write('visit_topics', [id, world.topicIds[t]!]);

  const written: WrittenMeeting[] = [{ id, summary, summaryFold }];
  const plan = { visitId: id, city, country: ci, guests: ci, traveller, held };
  for (let k = 0; k < count; k++) {
    const day = startDay + Math.floor((k * (length + 1)) / count);
    written.push(writeMeeting(s, world, { ...plan, day, date: partialDay(day, precision) }));
  }
  if (held && rng.chance(0.04)) {
    writeSource(s, { visitId: id, title, day: startDay, date: end, at }, written);
  }

  if (!rng.chance(0.08)) return count;
  const guest = travellerOn(world, rng, startDay);
  const hq = {
    visitId: null,
    city: HEADQUARTERS.city,
    country: HQ,
    traveller: guest,
    held: !future,
  };
  writeMeeting(s, world, {
    ...hq,
    day: startDay,
    date: isoDay(startDay),
    guests: rng.int(COUNTRIES.length),
  });
  return count + 1;
}
