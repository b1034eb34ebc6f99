import { DELIMITERS, type DelimiterName } from './csvCell.js';

/**
 * The delimiter that splits the header line most, outside quotes: a header names every column,
 * so it holds one delimiter fewer than it has columns, and rarely any other.
 */
export function detectDelimiter(text: string): DelimiterName {
  const counts: Record<DelimiterName, number> = { comma: 0, semicolon: 0, tab: 0 };
  const names = Object.entries(DELIMITERS) as [DelimiterName, string][];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted) {
      for (const [name, d] of names) if (ch === d) counts[name]++;
    }
  }
  const best = names.map(([name]) => name).sort((a, b) => counts[b] - counts[a])[0];
  return best && counts[best] > 0 ? best : 'comma';
}
