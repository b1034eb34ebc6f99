/** The press-release review: people matched, evidence in the text, and the confirmation. */
export const pressReleaseReview = {
  'pressRelease.noDate':
    'The visit has no date: enter when it took place, or tick “The release gives no date”.',
  'pressRelease.dateUnknown': 'The release gives no date: save the visit without one',
  'pressRelease.personInArchive': 'Person in the archive',
  'pressRelease.personNew': 'A new person',
  'pressRelease.personWhy': 'Why: {why}',
  'pressRelease.why.name': 'same name',
  'pressRelease.why.alias': 'also known as “{alias}”',
  'pressRelease.why.initial': 'same surname, first initial agrees',
  'pressRelease.why.spelling': 'same name in another script or spelling',
  'pressRelease.why.spellingInitial':
    'same surname in another script or spelling, first initial agrees',
  'pressRelease.why.surname': 'same surname (the release gives no first name)',
  'pressRelease.why.chosen': 'chosen by you',
  'pressRelease.anotherPerson': 'Another person in the archive',
  'pressRelease.why.choices':
    'several people in the archive may be meant: choose one, or a new person',
  'pressRelease.evidence': 'The release, with the words each field was read from',
  'pressRelease.kind.person': 'people',
  'pressRelease.kind.place': 'places',
  'pressRelease.kind.date': 'dates',
  'pressRelease.kind.topic': 'topics',
  'pressRelease.kind.other': 'other fields',
  'pressRelease.selection': 'Selected: “{text}”',
  'pressRelease.selectionHint': 'Select words in the text to use them in a field.',
  'pressRelease.useAsParticipant': 'Add as a person met in meeting {n}',
  'pressRelease.useAsPlace': 'Use as the city of place {n}',
  'pressRelease.useAsDate': 'Use as the visit’s date',
  'pressRelease.useAsTopic': 'Add as a topic of meeting {n}',
  'pressRelease.confirmTitle': 'Save this import?',
  'pressRelease.confirmIntro': 'Saving creates, in one step that one undo takes back:',
  'pressRelease.confirmSave': 'Save these records',
  'pressRelease.confirmBack': 'Back to the draft',
  'pressRelease.count.visits': '{count, plural, one {# visit} other {# visits}}',
  'pressRelease.count.meetings': '{count, plural, one {# meeting} other {# meetings}}',
  'pressRelease.count.people': '{count, plural, one {# new person} other {# new people}}',
  'pressRelease.count.linked':
    '{count, plural, one {# person already in the archive, linked} other {# people already in the archive, linked}}',
  'pressRelease.count.positions':
    '{count, plural, one {# title held (a position)} other {# titles held (positions)}}',
  'pressRelease.count.linkedPositions':
    '{count, plural, one {# title held by a person already in the archive (unless recorded already)} other {# titles held by people already in the archive (unless recorded already)}}',
  'pressRelease.traveller': 'The traveller in the archive',
  'pressRelease.count.organisations':
    '{count, plural, one {# new organisation (at most)} other {# new organisations (at most)}}',
  'pressRelease.count.events': '{count, plural, one {# event} other {# events}}',
  'pressRelease.count.topics': '{count, plural, one {# topic} other {# topics}}',
  'pressRelease.count.sources':
    '{count, plural, one {# source (the release’s text)} other {# sources}}',
} as const;
