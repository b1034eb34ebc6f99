import { t, type MessageKey } from '../../i18n/messages.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for a counted message whatever its count, in each of the language's plural forms
 * ("1 problem", "2 problems"; "1 проблема", "3 проблемы", "5 проблем").
 */
export function anyCount(key: MessageKey, params: Record<string, string> = {}): RegExp {
  const forms = [1, 2, 5, 21].map((count) =>
    escape(t(key, { ...params, count })).replace(String(count), '\\d+'),
  );
  return new RegExp(`^(${[...new Set(forms)].join('|')})$`);
}
