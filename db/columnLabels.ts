/**
 * The label each field goes by on screen and in exported files, and the columns each table shows
 * by default: one list that the renderer's tables and the CSV export both read, so that a file
 * exported from a table carries the headers the user saw.
 */
import type { TableName } from './api.js';

export const COLUMN_LABELS: Readonly<Record<string, string>> = {
  id: 'Id',
  title: 'Title',
  traveller: 'Traveller',
  traveller_id: 'Traveller id',
  city: 'City',
  country: 'Country',
  start_date: 'Start date',
  end_date: 'End date',
  purpose: 'Purpose',
  summary: 'Summary',
  status: 'Status',
  meeting_count: 'Meetings',
  created_at: 'Created',
  updated_at: 'Last changed',
  date: 'Date',
  visit: 'Visit',
  visit_id: 'Visit id',
  venue: 'Venue',
  format: 'Format',
  outcomes: 'Outcomes',
  atmosphere: 'Atmosphere',
  name: 'Name',
  honorific: 'Honorific',
  aliases: 'Other spellings',
  notes: 'Notes',
  acronym: 'Acronym',
  kind: 'Kind',
  parent: 'Part of',
  parent_id: 'Part of id',
  organiser: 'Organiser',
  organiser_id: 'Organiser id',
  person: 'Person',
  person_id: 'Person id',
  organisation: 'Organisation',
  organisation_id: 'Organisation id',
  description: 'Description',
  text: 'Text',
  position: 'Position',
  counterparts: 'Counterparts',
  topics: 'Topics',
};

/** A field's label; a field without one is named as the query language names it. */
export function columnLabel(field: string): string {
  return Object.hasOwn(COLUMN_LABELS, field) ? COLUMN_LABELS[field]! : field;
}

/** The columns a table shows when the user has not chosen others, in their on-screen order. */
export const DEFAULT_COLUMNS: Readonly<Record<TableName, readonly string[]>> = {
  visits: [
    'title',
    'traveller',
    'city',
    'country',
    'start_date',
    'end_date',
    'status',
    'meeting_count',
  ],
  meetings: ['date', 'visit', 'city', 'country', 'counterparts', 'topics'],
  people: ['name', 'honorific', 'position', 'country', 'meeting_count', 'aliases'],
  organisations: ['name', 'acronym', 'kind', 'country', 'parent'],
  positions: ['person', 'organisation', 'title', 'start_date', 'end_date'],
  events: ['title', 'start_date', 'end_date', 'city', 'country', 'organiser', 'status'],
  topics: ['name', 'description'],
  sources: ['title', 'date', 'kind'],
};
