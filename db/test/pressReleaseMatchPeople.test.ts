import { describe, expect, test } from 'vitest';
import { extractDraft } from '../pressRelease/extractDraft.js';
import { matchDraft } from '../pressRelease/matchDraft.js';
import { matchOnePerson, matchPeople } from '../pressRelease/matchPeople.js';
import { saveDraft } from '../pressRelease/saveDraft.js';
import { create, refusal, snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';
import './warmReader.js';

const RU = `Москва, 14 марта 2025 года

Генеральный секретарь СВМДА Кайрат Сарыбай провёл переговоры с Министром иностранных дел Российской Федерации Сергеем Лавровым. Беседа прошла в дружественной и конструктивной атмосфере.`;

const EN =
  'The Secretary General of CICA Kairat Sarybay met with the Minister of Foreign Affairs of the Russian Federation Sergey Lavrov in Moscow on 14 March 2025.';

/** An archive that knows Sergey Lavrov (with another spelling), another Lavrov, and a Turk. */
function archive() {
  const { db } = tempArchive();
  const lavrov = create(db, 'people', {
    name: 'Sergey Lavrov',
    aliases: ['Sergei Viktorovich Lavrov'],
    country: 'RU',
  });
  const andrei = create(db, 'people', { name: 'Andrei Lavrov', country: 'RU' });
  const cavusoglu = create(db, 'people', { name: 'Mevlüt Çavuşoğlu', country: 'TR' });
  const sarybay = create(db, 'people', { name: 'Kairat Sarybay', country: 'KZ' });
  return { db, lavrov, andrei, cavusoglu, sarybay };
}

describe('people met are found across scripts and spellings, with the reason', () => {
  test('Sergey Lavrov is found from Cyrillic, initials and other romanisations', () => {
    const { db, lavrov } = archive();
    const cases: [string, string][] = [
      ['Сергей Лавров', 'spelling'],
      ['С. Лавров', 'spellingInitial'],
      ['Sergei Lavrov', 'spelling'],
      ['Sergey Lavrov', 'name'],
      ['S. Lavrov', 'initial'],
      ['Sergei Viktorovich Lavrov', 'alias'],
    ];
    for (const [name, reason] of cases) {
      expect(matchOnePerson(db, name), name).toMatchObject({ id: lavrov, reason });
    }
  });

  test('a surname alone shared by two people is a choice for the reviewer, not a match', () => {
    const { db, lavrov, andrei } = archive();
    expect(matchOnePerson(db, 'Лавров')).toBeNull();
    expect(matchPeople(db, 'Лавров').map((m) => m.id)).toEqual([lavrov, andrei]);
    expect(matchOnePerson(db, 'А. Лавров')).toMatchObject({ id: andrei });
  });

  test('a first name that disagrees is another person', () => {
    const { db } = archive();
    expect(matchPeople(db, 'Иван Лавров')).toEqual([]);
  });

  test('Turkish letters fold both plainly and as their sound', () => {
    const { db, cavusoglu } = archive();
    for (const name of ['Mevlut Cavusoglu', 'Мевлют Чавушоглу', 'Çavuşoğlu']) {
      expect(matchOnePerson(db, name), name).toMatchObject({ id: cavusoglu });
    }
  });

  test('a Russian release links the English-spelt person, says why, and saves no one twice', () => {
    const { db, lavrov, sarybay } = archive();
    const draft = matchDraft(db, extractDraft(RU));
    // The traveller, named in Cyrillic, is the archive's Kairat Sarybay, and the draft says why.
    expect(draft.visit.traveller).toMatchObject({
      name: 'Кайрат Сарыбай',
      person_id: sarybay,
      person_match: { id: sarybay, name: 'Kairat Sarybay', reason: 'spelling' },
    });
    const met = draft.meetings[0]?.participants[0];
    expect(met).toMatchObject({
      person_id: lavrov,
      person_match: { id: lavrov, name: 'Sergey Lavrov', reason: 'spelling' },
    });
    // The name is written in the instrumental in the text: its span covers those words.
    const [span] = draft.spans?.['meetings.0.participants.0.name'] ?? [];
    expect(span && RU.slice(...span)).toBe('Сергеем Лавровым');
    expect(draft.meetings[0]?.atmosphere).toBe('дружественной и конструктивной');
    const before = db.prepare('SELECT count(*) FROM people').pluck().get();
    saveDraft(db, draft);
    const linked = db.prepare('SELECT person_id FROM meeting_participants').pluck().all();
    expect(linked).toEqual([lavrov]);
    expect(db.prepare('SELECT traveller_id FROM visits').pluck().all()).toEqual([sarybay]);
    expect(db.prepare('SELECT atmosphere FROM meetings').pluck().all()).toEqual([
      'дружественной и конструктивной',
    ]);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(before);
  });

  test('a person the reviewer marks as new is created, whatever the name matches', () => {
    const { db, lavrov } = archive();
    const draft = matchDraft(db, extractDraft(EN));
    const [meeting] = draft.meetings;
    expect(meeting?.participants[0]?.person_id).toBe(lavrov);
    const p = meeting!.participants[0]!;
    const { person_id: _, ...unlinked } = p;
    const saved = saveDraft(db, {
      ...draft,
      meetings: [{ ...meeting!, participants: [{ ...unlinked, new_person: true }] }],
    });
    const linked = db.prepare('SELECT person_id FROM meeting_participants').pluck().get();
    expect(linked).not.toBe(lavrov);
    expect(saved.createdPeople).toContain(linked);
  });

  test('a traveller the reviewer marks as new is created, not linked to the one proposed', () => {
    const { db, sarybay } = archive();
    const draft = matchDraft(db, extractDraft(RU));
    const { traveller } = draft.visit;
    expect(traveller?.person_id).toBe(sarybay);
    const { person_id: _, person_match: __, ...unlinked } = traveller!;
    const saved = saveDraft(db, {
      ...draft,
      visit: { ...draft.visit, traveller: { ...unlinked, new_person: true } },
    });
    const travellerId = db.prepare('SELECT traveller_id FROM visits').pluck().get();
    expect(travellerId).not.toBe(sarybay);
    expect(saved.createdPeople).toContain(travellerId);
  });
});

describe('a visit is saved with a date, or with its date marked unknown', () => {
  const NO_DATE =
    'The Secretary General of CICA Kairat Sarybay visited Doha, where he met the Minister of State for Foreign Affairs of Qatar Sultan Al-Muraikhi.';

  test('a draft without a date is refused with a sentence, and nothing is written', () => {
    const { db } = tempArchive();
    const draft = matchDraft(db, extractDraft(NO_DATE));
    expect(draft.visit.start_date).toBeNull();
    const before = snapshot(db);
    const error = refusal(() => saveDraft(db, draft));
    expect(error.message).toMatch(/no date.*mark the date as unknown/);
    expect(snapshot(db)).toBe(before);
  });

  test('marked unknown, it is saved without a date', () => {
    const { db } = tempArchive();
    const draft = matchDraft(db, extractDraft(NO_DATE));
    const saved = saveDraft(db, { ...draft, visit: { ...draft.visit, date_unknown: true } });
    const visit = db.prepare('SELECT start_date FROM visits WHERE id = ?').get(saved.visitId);
    expect(visit).toEqual({ start_date: null });
  });
});
