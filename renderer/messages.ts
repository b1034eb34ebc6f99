/**
 * Every sentence and label a user reads, in one English catalog, so that another language is a
 * translation of this file. `{name}` marks a value filled in; a message with `one`/`other` forms
 * picks its form by `{count}`.
 */
type Plural = { one: string; other: string };

const en = {
  locale: 'en',
  'app.name': 'Secretariat Archive',
  'app.loading': 'Opening the archive…',

  'stats.label': 'Records in this archive',
  'stats.visits': { one: '{count} visit', other: '{count} visits' },
  'stats.meetings': { one: '{count} meeting', other: '{count} meetings' },
  'stats.people': { one: '{count} person', other: '{count} people' },
  'stats.organisations': { one: '{count} organisation', other: '{count} organisations' },
  'stats.events': { one: '{count} event', other: '{count} events' },

  'nav.label': 'Sections',
  'nav.visits': 'Visits',
  'nav.meetings': 'Meetings',
  'nav.people': 'People',
  'nav.organisations': 'Organisations',
  'nav.events': 'Events',
  'nav.timeline': 'Timeline',
  'nav.import': 'Import press release',
  'nav.backups': 'Backups',
  'backups.heading': 'Backups',
  'backups.intro':
    'The archive is backed up every day you use it, before an upgrade and before an import. A restore first backs up the archive as it is, so it can be undone.',
  'backups.backUpNow': 'Back up now',
  'backups.made': 'Backed up ({when}). The backup passed its integrity check.',
  'backups.restored':
    'Restored the backup of {when}: {visits} visits and {meetings} meetings. The archive as it was is kept as the backup of {before}.',
  'backups.none': 'There is no backup yet. Back up now to make the first one.',
  'backups.taken': 'Taken',
  'backups.kind': 'Why',
  'backups.size': 'Size',
  'backups.actions': 'Actions',
  'backups.kilobytes': '{size} KB',
  'backups.restore': 'Restore…',
  'backups.confirm': 'Replace the archive with this backup?',
  'backups.restoreConfirmed': 'Restore',
  'backups.cancel': 'Cancel',
  'backups.kind.daily': 'Daily',
  'backups.kind.manual': 'Backed up by hand',
  'backups.kind.pre-import': 'Before an import',
  'backups.kind.pre-empty-trash': 'Before emptying the trash',
  'backups.kind.pre-restore': 'Before a restore',
  'backups.kind.pre-migration': 'Before an upgrade',

  'pressRelease.heading': 'Import a press release',
  'pressRelease.intro':
    'Paste the text of a press release or open a .txt, .html or .docx file, then read it: the archive proposes the visit, its meetings and the people met. Check every field, correct what is wrong, and save.',
  'pressRelease.text': 'Press release text',
  'pressRelease.file': 'Or open a file',
  'pressRelease.read': 'Read the press release',
  'pressRelease.save': 'Save the visit and its meetings',
  'pressRelease.saved':
    'Saved: the visit, {meetings} meeting(s) and {people} new person(s). Undo takes it all back.',
  'pressRelease.warnings': 'What to check',
  'pressRelease.unsure': 'A guess: check it',
  'pressRelease.visit': 'Visit',
  'pressRelease.visitTitle': 'Visit title',
  'pressRelease.traveller': 'Traveller: {name}, {title}',
  'pressRelease.city': 'City',
  'pressRelease.country': 'Country (ISO code)',
  'pressRelease.startDate': 'Start date',
  'pressRelease.endDate': 'End date',
  'pressRelease.meeting': 'Meeting {n}',
  'pressRelease.name': 'Name',
  'pressRelease.title': 'Title',
  'pressRelease.organisation': 'Organisation',
  'pressRelease.department': 'Department',
  'pressRelease.linked': 'Already in the archive: this person will be linked, not added again.',
  'pressRelease.topics': 'Topics: {topics}',
  'pressRelease.events': 'Events announced',
  'pressRelease.unplaced': 'Sentences not used',

  'notBuilt.title': 'Not built yet',
  'notBuilt.body': 'The {section} section is not part of this version yet.',

  'welcome.title': 'Welcome to your archive',
  'welcome.body':
    'This archive is empty. You can explore the application with a set of invented demo records, or start recording your own visits and meetings right away.',
  'welcome.demo': 'Load demo records',
  'welcome.demoHint': 'Adds {count} invented visits with their meetings, people and organisations.',
  'welcome.demoBusy': 'Loading demo records…',
  'welcome.empty': 'Start with an empty archive',
  'welcome.emptyHint': 'Nothing is added; the welcome page will not be shown again in this window.',

  'table.pageInfo': '{first}–{last} of {total}',
  'table.pageInfoEmpty': '0 of {total}',
  'table.pageInfoCounting': '{first}–{last} of …',
  'table.noRows': 'No records to show.',
  'table.noMatch': 'No records match “{search}”. Check the spelling, or search for fewer words.',
  'table.previous': 'Previous',
  'table.next': 'Next',
  'table.pager': 'Pages',
  'table.loading': 'Loading records…',

  'export.button': 'Export CSV…',
  'export.title': 'Export to a CSV file',
  'export.rows': {
    one: 'The {count} record the table lists will be written, with the columns and order shown.',
    other: 'All {count} records the table lists will be written, with the columns and order shown.',
  },
  'export.rowsCounting':
    'Every record the table lists will be written, with the columns and order shown.',
  'export.delimiter': 'Separator',
  'export.comma': 'Comma',
  'export.semicolon': 'Semicolon (Excel in many European languages)',
  'export.tab': 'Tab',
  'export.dates': 'Dates',
  'export.datesIso': 'As stored: 2023-09-19',
  'export.datesShown': 'As shown: 19 Sep 2023',
  'export.bom': 'Mark the file as UTF-8, so that Excel reads every alphabet',
  'export.cancel': 'Cancel',
  'export.start': 'Export',
  'export.working': 'Exporting…',
  'export.saved': {
    one: 'Saved {count} record to {file}.',
    other: 'Saved {count} records to {file}.',
  },
  'table.sortHint':
    'Click a column header to sort; click again to reverse or clear. Shift-click adds a column to the sort.',
  'table.sortAsc': 'sorted ascending',
  'table.sortDesc': 'sorted descending',
  'table.sortOrder': 'sort {index}',

  'search.label': 'Search {table}',
  'search.placeholder': 'Words, names, places…',

  'panel.close': 'Close',
  'panel.loading': 'Loading the record…',
  'panel.details': 'Details',
  'panel.meetings': 'Meetings',
  'panel.noMeetings': 'No meetings are recorded for this visit.',
  'panel.participants': 'Participants',
  'panel.noneRelated': 'None recorded.',
  'panel.topics': 'Topics',
  'panel.empty': '—',

  'visits.title': 'Visits',
  'meetings.title': 'Meetings',
  'meetings.recordTitle': 'Meeting on {date} in {place}',
  'people.title': 'People',
  'people.positions': 'Positions held',
  'organisations.title': 'Organisations',
  'organisations.departments': 'Departments',
  'organisations.positions': 'People who held a position here',
  'events.title': 'Events',

  'timeline.loading': 'Drawing the timeline…',
  'timeline.empty': 'There are no dated visits to draw yet.',
  'timeline.lanes': 'Lanes',
  'timeline.lanes.one': 'One lane',
  'timeline.lanes.country': 'By country',
  'timeline.lanes.region': 'By region',
  'timeline.lanes.traveller': 'By traveller',
  'timeline.lane.all': 'All visits',
  'timeline.lane.noCountry': 'No country',
  'timeline.lane.noTraveller': 'No traveller',
  'timeline.region.central': 'Central Asia',
  'timeline.region.south': 'South Asia',
  'timeline.region.east': 'East Asia',
  'timeline.region.southEast': 'South-East Asia',
  'timeline.region.west': 'West Asia and Middle East',
  'timeline.region.eurasia': 'Eurasia',
  'timeline.region.other': 'Other places',
  'timeline.count': {
    one: '{count} visit on the timeline.',
    other: '{count} visits on the timeline.',
  },
  'timeline.undated': {
    one: '{count} visit without a start date is not shown.',
    other: '{count} visits without a start date are not shown.',
  },
  'timeline.truncated': 'Only the earliest visits are drawn: narrow the search to see the rest.',
  'timeline.canvasLabel': 'Timeline of {count} visits, {lanes}. {filter}',
  'timeline.zoomGroup': 'Zoom and move',
  'timeline.zoomIn': 'Zoom in',
  'timeline.zoomOut': 'Zoom out',
  'timeline.earlier': 'Earlier',
  'timeline.later': 'Later',
  'timeline.fit': 'Fit to results',
  'timeline.keys':
    'On the timeline: + and − zoom, ← and → move, Home fits. Drag to move, wheel to zoom.',
  'timeline.approximate': 'approximate',
  'timeline.cluster': {
    one: '{count} visit, {dates}',
    other: '{count} visits, {dates}: click to zoom in',
  },
  'timeline.inView': 'Visits in view',
  'timeline.inViewCount': {
    one: '{count} visit in view ({marks} marks drawn)',
    other: '{count} visits in view ({marks} marks drawn)',
  },
  'timeline.more': {
    one: 'and {count} more: zoom in to list it.',
    other: 'and {count} more: zoom in to list them.',
  },
  'timeline.legend': 'Legend',
  'timeline.legend.approximate': 'Approximate dates',
  'timeline.legend.cluster': 'Several visits (count)',
  'timeline.legend.eventHeld': 'Event held',
  'timeline.legend.eventPlanned': 'Event planned',
  'timeline.legend.today': 'Today',
  'timeline.export': 'Export the view',
  'timeline.exportPng': 'Export PNG',
  'timeline.exportSvg': 'Export SVG',
  'timeline.exportTitle': 'Secretariat visits: timeline',
  'timeline.exportLine': 'Lanes: {lanes}. Period shown: {period}.',
  'timeline.filter.all': 'All visits.',
  'timeline.filter.some': 'Visits where {conditions}.',
  'timeline.filter.search': 'the text matches “{search}”',
  'timeline.filter.condition': '{field} {op} {value}',
  'timeline.filter.and': ' and ',
  'timeline.filter.or': ' or ',
  'timeline.op.contains': 'contains',
  'timeline.op.equals': 'is',
  'timeline.op.in': 'is one of',
  'timeline.op.before': 'is before',
  'timeline.op.after': 'is after',
  'timeline.op.between': 'is between',
  'timeline.op.empty': 'is empty',
  'timeline.op.notEmpty': 'is not empty',

  'field.id': 'Id',
  'field.title': 'Title',
  'field.traveller': 'Traveller',
  'field.city': 'City',
  'field.country': 'Country',
  'field.start_date': 'Start date',
  'field.end_date': 'End date',
  'field.purpose': 'Purpose',
  'field.summary': 'Summary',
  'field.status': 'Status',
  'field.meeting_count': 'Meetings',
  'field.created_at': 'Created',
  'field.updated_at': 'Last changed',
  'field.date': 'Date',
  'field.place': 'Place',
  'field.visit': 'Visit',
  'field.venue': 'Venue',
  'field.format': 'Format',
  'field.outcomes': 'Outcomes',
  'field.atmosphere': 'Atmosphere',
  'field.name': 'Name',
  'field.honorific': 'Honorific',
  'field.aliases': 'Other spellings',
  'field.notes': 'Notes',
  'field.acronym': 'Acronym',
  'field.kind': 'Kind',
  'field.parent': 'Part of',
  'field.organiser': 'Organiser',

  'status.planned': 'Planned',
  'status.completed': 'Completed',
  'status.cancelled': 'Cancelled',
  'status.held': 'Held',

  'dates.monthsShort': 'Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec',
  'dates.day': '{day} {month} {year}',
  'dates.month': '{month} {year}',
  'dates.range': '{from} – {to}',

  'errors.unexpected':
    'Something went wrong that the archive did not explain. Try again; if it keeps happening, restart the application.',
  'errors.unreachable':
    'The archive did not answer. Check that the archive is still running (the window or command that opened this page), then reload.',
  'errors.tokenRefused':
    'The archive refused this page because its access key is missing or out of date. Open the address the archive printed when it started.',
  'errors.badAnswer':
    'The archive answered in a way this page does not understand (HTTP {status}). Reload the page; if it keeps happening, restart the archive.',
  // table tools
  'picker.placeholder': 'Type a name…',
  'picker.searching': 'Searching…',
  'picker.noMatch': 'No record matches. Check the spelling, or type fewer letters.',
  'picker.create': 'Create “{text}”…',
  'filter.button': 'Filter {label}',
  'filter.buttonActive': 'Filter {label} (a filter is set)',
  'filter.heading': 'Show records whose {label}…',
  'filter.condition': 'Condition',
  'filter.op.contains': 'contains',
  'filter.op.equals': 'is exactly',
  'filter.op.range': 'falls in a period',
  'filter.op.in': 'is one of',
  'filter.op.empty': 'is empty',
  'filter.op.notEmpty': 'is not empty',
  'filter.text': 'Text',
  'filter.number': 'Number',
  'filter.badNumber': 'Write a number, such as 3.',
  'filter.from': 'From',
  'filter.to': 'To',
  'filter.datePlaceholder': '2023-09',
  'filter.dateHint': 'A year, a month or a day: 2023, 2023-09 or 2023-09-19. Either end may stay empty.',
  'filter.badDate':
    'This is not a date the archive knows: write a year, a month or a day, such as 2023, 2023-09 or 2023-09-19. Nothing was filtered.',
  'filter.reversed': 'The period ends before it starts: correct From or To. Nothing was filtered.',
  'filter.findCountry': 'Find a country',
  'filter.values': 'Values',
  'filter.noChoice': 'Nothing matches what you typed.',
  'filter.find': 'Find {label}',
  'filter.picked': 'Chosen',
  'filter.removePicked': 'Remove {name}',
  'filter.unknownRecord': '(a record no longer in the archive)',
  'filter.clear': 'Clear this filter',
  'filter.done': 'Done',
  'filter.chip': '{label}: {value}',
  'filter.chips': 'Active filters',
  'filter.remove': 'Remove filter {chip}',
  'filter.clearAll': 'Clear all filters',
  'filter.isEmpty': 'empty',
  'filter.isNotEmpty': 'not empty',
  'filter.openEnd': '…',
  'filter.containsText': 'contains “{text}”',
  'filter.equalsText': 'is “{text}”',
  'filter.noMatch': 'No records match these filters. Remove a filter, or clear them all.',
  'table.sortMoveHint':
    'Click to sort; click again to reverse or clear; Shift-click adds the column to the sort. Drag the header, or press Alt+← or Alt+→, to move the column.',
  'columns.button': 'Columns',
  'columns.title': 'Columns',
  'columns.moveLeft': 'Move {label} left',
  'columns.moveRight': 'Move {label} right',
  'columns.hint':
    'Drag a column header to move it, or press Alt+← or Alt+→ on it. Drag the edge of a header, or focus it and press ← or →, to make the column narrower or wider.',
  'columns.reset': 'Default columns and widths',
  'columns.resize': 'Resize {label}',
  'columns.resizeHint': 'Drag to make the column narrower or wider; ← and → do the same.',
  'views.button': 'Views',
  'views.title': 'Saved views',
  'views.none': 'No view of this table is saved yet.',
  'views.saveAs': 'Save view as…',
  'views.name': 'Name of the new view',
  'views.nameMissing': 'Give the view a name.',
  'views.save': 'Save',
  'views.cancel': 'Cancel',
  'views.rename': 'Rename…',
  'views.renameNamed': 'Rename {name}',
  'views.renameTo': 'New name for “{name}”',
  'views.delete': 'Delete…',
  'views.deleteNamed': 'Delete {name}',
  'views.deleteConfirm': 'Delete the view “{name}”? The records it lists stay in the archive.',
  'views.deleteConfirmed': 'Delete view',
  'views.current': 'View: {name}',
  'views.currentModified': 'View: {name} (changed)',
  'views.update': 'Update view',
  // end table tools

  // grid
  // end grid

  // forms
  // end forms

  // trash history merge
  // end trash history merge

  // csv import
  // end csv import

  // timeline
  // end timeline

  // archive files
  // end archive files

  'errors.dismiss': 'Dismiss',
  'errors.retry': 'Try again',
} satisfies Record<string, string | Plural>;

export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number>;

const catalog: Record<MessageKey, string | Plural> = en;
const plurals = new Intl.PluralRules(en.locale);
const numbers = new Intl.NumberFormat(en.locale);

/** The language tag for formatting numbers, dates and country names. */
export const LOCALE = en.locale;

/** A number as this language writes it: `1,234`. */
export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** The message `key` with `{name}` placeholders filled in; numbers are formatted. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const entry = catalog[key];
  let text: string;
  if (typeof entry === 'string') {
    text = entry;
  } else {
    const count = Number(params.count ?? 0);
    text = plurals.select(count) === 'one' ? entry.one : entry.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** True when the catalog has a message for `key`, for labels looked up by a field's name. */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalog, key);
}
