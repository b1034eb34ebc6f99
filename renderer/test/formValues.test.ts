import { describe, expect, test } from 'vitest';
import { readDateInput } from '../forms/dateInput.js';
import { FORM_FIELDS } from '../forms/formFields.js';
import { changedValues, initialValues, saveValues } from '../forms/formValues.js';
import { problemField, problemsByField } from '../forms/problemField.js';

describe('readDateInput', () => {
  test('keeps a year, a month or a day as the archive stores them', () => {
    expect(readDateInput('2023')).toEqual({ value: '2023', complete: true });
    expect(readDateInput(' 2023-09 ')).toEqual({ value: '2023-09', complete: true });
    expect(readDateInput('2023-09-19')).toEqual({ value: '2023-09-19', complete: true });
  });

  test('pads one-digit months and days and accepts slashes and dots', () => {
    expect(readDateInput('2023-9').value).toBe('2023-09');
    expect(readDateInput('2023/9/5').value).toBe('2023-09-05');
    expect(readDateInput('2023.12.01').value).toBe('2023-12-01');
  });

  test('an empty field is no date', () => {
    expect(readDateInput('  ')).toEqual({ value: null, complete: true });
  });

  test('text that is not a date yet is kept as typed, for the archive to explain', () => {
    expect(readDateInput('202')).toEqual({ value: '202', complete: false });
    expect(readDateInput('2023-13')).toEqual({ value: '2023-13', complete: false });
    expect(readDateInput('next May')).toEqual({ value: 'next May', complete: false });
  });

  test('a day missing from the calendar is left to the archive to refuse', () => {
    expect(readDateInput('2023-02-30')).toEqual({ value: '2023-02-30', complete: true });
  });
});

describe('problemField', () => {
  const fields = ['title', 'start_date', 'participants', 'topic_ids'];

  test('a value path names its field', () => {
    expect(problemField('values.start_date', fields)).toBe('start_date');
    expect(problemField('values.title', fields)).toBe('title');
  });

  test('a participant problem names its row and the field in it', () => {
    expect(problemField('values.participants.2.person_id', fields)).toBe(
      'participants.2.person_id',
    );
    expect(problemField('values.participants.0', fields)).toBe('participants.0');
    expect(problemField('values.participants', fields)).toBe('participants');
  });

  test('a problem about one topic is shown at the topics', () => {
    expect(problemField('values.topic_ids.3', fields)).toBe('topic_ids');
  });

  test('a problem about no field of the form belongs to the form as a whole', () => {
    expect(problemField('values.colour', fields)).toBe('');
    expect(problemField('', fields)).toBe('');
    expect(problemField('expectedVersion', fields)).toBe('');
  });

  test('problems are grouped by field, without repeats', () => {
    const grouped = problemsByField(
      [
        { path: 'values.start_date', message: 'Not a date.' },
        { path: 'values.start_date', message: 'Not a date.' },
        { path: 'values.end_date', message: 'Before the start.' },
      ],
      ['start_date'],
    );
    expect(grouped.get('start_date')).toEqual(['Not a date.']);
    expect(grouped.get('')).toEqual(['Before the start.']);
  });
});

describe('form values', () => {
  const meeting = FORM_FIELDS.meetings;

  test('a record opens with its links, topics and participants', () => {
    const values = initialValues(
      meeting,
      { id: 'm1', visit_id: 'v1', visit: 'Visit to Astana', date: '2023-09', city: null },
      {
        topics: [{ id: 't1', name: 'Connectivity' }],
        participants: [
          {
            id: 'p1',
            person_id: 'a',
            person: 'Aleksandr Pankin',
            organisation_id: null,
            organisation: null,
            title: 'Deputy Minister',
            side: 'counterpart',
          },
        ],
      },
    );
    expect(values.visit_id).toEqual({ id: 'v1', label: 'Visit to Astana' });
    expect(values.date).toBe('2023-09');
    expect(values.city).toBe('');
    expect(values.topic_ids).toEqual([{ id: 't1', label: 'Connectivity' }]);
    expect(saveValues(meeting, values).participants).toEqual([
      {
        id: 'p1',
        person_id: 'a',
        organisation_id: null,
        title: 'Deputy Minister',
        side: 'counterpart',
      },
    ]);
  });

  test('empty text is saved as no value, dates as the archive stores them', () => {
    const saved = saveValues(FORM_FIELDS.visits, {
      title: 'Visit',
      city: '  ',
      start_date: '2023-9',
      traveller_id: null,
    });
    expect(saved).toMatchObject({ title: 'Visit', city: null, start_date: '2023-09' });
    expect(saved.traveller_id).toBeNull();
  });

  test('an update sends only the fields that changed', () => {
    const people = FORM_FIELDS.people;
    const initial = initialValues(people, {
      id: 'p',
      name: 'Aleksandr Pankin',
      aliases: '["A. Pankin"]',
    });
    expect(initial.aliases).toEqual(['A. Pankin']);
    expect(changedValues(people, initial, initial)).toEqual({});
    const edited = { ...initial, aliases: ['A. Pankin', 'Alexander Pankin', ' '] };
    expect(changedValues(people, initial, edited)).toEqual({
      aliases: ['A. Pankin', 'Alexander Pankin'],
    });
  });

  test('a preset fills a field of a new record', () => {
    const values = initialValues(FORM_FIELDS.meetings, null, {}, { city: 'Astana' });
    expect(values.city).toBe('Astana');
    expect(values.participants).toEqual([]);
  });
});

describe('a status', () => {
  test('a new record starts with the first choice, as the archive would', () => {
    expect(initialValues(FORM_FIELDS.visits, null).status).toBe('planned');
    expect(initialValues(FORM_FIELDS.events, null).status).toBe('planned');
  });
});
