import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';

function met(text: string): string[] {
  return extractDraft(text).meetings.flatMap((m) => m.participants.map((p) => p.name));
}

describe('a list of people met that goes on after a topic', () => {
  it('finds the person after ", and with" when the first one had a topic of his own', () => {
    expect(
      met(
        'The Director of the Agency Pavel Norden visited Bishkek on 3 June 2026. The Director then met with the Minister of Health, Aibek Osmonov, on rural clinics, and with the Minister of Higher and Vocational Education, Dinara Sultanbekova, on exams under the new program.',
      ),
    ).toEqual(['Aibek Osmonov', 'Dinara Sultanbekova']);
  });
});
