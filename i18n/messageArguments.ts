import type { IntlMessageFormat } from 'intl-messageformat';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

// The parser's element types (TYPE in @formatjs/icu-messageformat-parser) that name a value.
const PLURAL = 6;
const SELECT = 5;
const LITERAL = 0;
const POUND = 7;

/** The values a parsed message fills in, by name, and whether each picks a plural form. */
export function messageArguments(ast: readonly Element[]): Map<string, 'plural' | 'value'> {
  const found = new Map<string, 'plural' | 'value'>();
  const walk = (elements: readonly Element[]) => {
    for (const element of elements) {
      if (element.type === LITERAL || element.type === POUND) continue;
      if (element.type === PLURAL) found.set(element.value, 'plural');
      else if (!found.has(element.value)) found.set(element.value, 'value');
      if (element.type === PLURAL || element.type === SELECT) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(ast);
  return found;
}
