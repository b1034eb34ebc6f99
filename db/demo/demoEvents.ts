/**
 * Demo events: the Conference's summits, councils and forums across the years, held in the past
 * and planned after the demo's "today", a few of them cancelled; some planned ones known only by
 * their month.
 */
import { COUNTRIES, EVENT_KINDS } from './demoData.js';
import { dayOf, isoDay, partialDay, stamp, TODAY } from './demoDays.js';
import type { DemoSink } from './demoRecords.js';
import { FIRST_YEAR, LAST_YEAR, type DemoWorld } from './demoWorld.js';
import { dateCells } from './demoWriter.js';

export function writeEvents(s: DemoSink, world: DemoWorld, count: number): void {
  const { rng, out, fold } = s;
  const first = dayOf(FIRST_YEAR);
  const span = dayOf(LAST_YEAR + 1) - first;
  for (let i = 0; i < count; i++) {
    // The last one is always announced for the coming months, as a real archive's would be.
    const day =
      i === count - 1
        ? TODAY + rng.between(30, 300)
        : first + Math.floor(((i + rng.next()) * span) / count);
    const ci = rng.int(COUNTRIES.length);
    const country = COUNTRIES[ci]!;
    const city = country.cities[0]!;
    const kind = rng.pick(EVENT_KINDS);
    const title = `CICA ${kind}, ${city}`;
    const future = day > TODAY;
    const status = rng.chance(future ? 0.1 : 0.03) ? 'cancelled' : future ? 'planned' : 'held';
    const roughly = future && rng.chance(0.5);
    const start = roughly ? partialDay(day, 'month') : isoDay(day);
    const end = roughly ? null : isoDay(day + rng.between(0, 2));
    const host = world.orgsByCountry[ci]![0]!;
    const organiser = rng.chance(0.5) ? world.secretariat : host;
    const topic = rng.pick(world.topicNames);
    const summary =
      status === 'held'
        ? `Held in ${city} with delegations of the member states; the main theme was ${topic}.`
        : status === 'planned'
          ? `To be held in ${city}; the organisers propose ${topic} as the main theme.`
          : `Planned in ${city} on ${topic}, then cancelled.`;
    const at = stamp(future ? TODAY - rng.between(1, 90) : day - rng.between(20, 120), rng);
    out.write('events', [
      rng.uuid(day),
      title,
      fold(title),
      ...dateCells(start),
      ...dateCells(end),
      city,
      fold(city),
      country.code,
      organiser.id,
      status,
      summary,
      fold(summary),
      at,
      at,
    ]);
  }
}
