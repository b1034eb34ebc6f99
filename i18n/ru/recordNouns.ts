/**
 * The archive names a record or a table by its English word (`visit`, `visits`) and the interface
 * by its Russian one (`визит`); Russian declines them, so a sentence picks the case it needs with an
 * ICU select on either spelling. An unknown word is shown as it came.
 */
type Case = 'nom' | 'gen' | 'acc' | 'prep' | 'ins';

// nominative, genitive, accusative, prepositional, instrumental (singular)
const NOUNS: Record<string, readonly [string, string, string, string, string]> = {
  visit: ['визит', 'визита', 'визит', 'визите', 'визитом'],
  meeting: ['встреча', 'встречи', 'встречу', 'встрече', 'встречей'],
  person: ['персона', 'персоны', 'персону', 'персоне', 'персоной'],
  organisation: ['организация', 'организации', 'организацию', 'организации', 'организацией'],
  position: ['должность', 'должности', 'должность', 'должности', 'должностью'],
  event: ['мероприятие', 'мероприятия', 'мероприятие', 'мероприятии', 'мероприятием'],
  topic: ['тема', 'темы', 'тему', 'теме', 'темой'],
  source: ['источник', 'источника', 'источник', 'источнике', 'источником'],
};

// nominative and genitive plural, as a table's records are named
const TABLES: Record<string, readonly [string, string]> = {
  visits: ['визиты', 'визитов'],
  meetings: ['встречи', 'встреч'],
  people: ['персоны', 'персон'],
  organisations: ['организации', 'организаций'],
  positions: ['должности', 'должностей'],
  events: ['мероприятия', 'мероприятий'],
  topics: ['темы', 'тем'],
  sources: ['источники', 'источников'],
};

const CASES: Record<Case, number> = { nom: 0, gen: 1, acc: 2, prep: 3, ins: 4 };

/** `{arg}`, a record's noun, in the case `form`: `{noun, select, visit {визита} … other {{noun}}}`. */
export function noun(arg: string, form: Case): string {
  const options = Object.entries(NOUNS).flatMap(([english, forms]) => [
    `${english} {${forms[CASES[form]]}}`,
    `${forms[0]} {${forms[CASES[form]]}}`,
  ]);
  return `{${arg}, select, ${options.join(' ')} other {{${arg}}}}`;
}

/** `{arg}`, a table's name, as its records in the plural: nominative or genitive. */
export function tableName(arg: string, form: 'nom' | 'gen'): string {
  const options = Object.entries(TABLES).flatMap(([english, forms]) => {
    const word = forms[form === 'nom' ? 0 : 1];
    const capital = forms[0].charAt(0).toUpperCase() + forms[0].slice(1);
    return [`${english} {${word}}`, `${forms[0]} {${word}}`, `${capital} {${word}}`];
  });
  return `{${arg}, select, ${options.join(' ')} other {{${arg}}}}`;
}
