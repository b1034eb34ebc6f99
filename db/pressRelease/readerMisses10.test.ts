import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';

describe('the dates of a visit', () => {
  it('dates a planned visit by its future dates, not by the release’s own date at the end', () => {
    const draft = extractDraft(
      'PRESS RELEASE\n\nOFFICIAL VISIT OF THE MINISTER OF TRADE TO GHANA\n\nThe Minister of Trade of the Union, Pavel Norden, will undertake an official visit to Ghana from 20 to 22 September 2026, at the invitation of his counterpart.\n\n2. During the visit, the Minister will call on the President of Ghana.\n\nMINISTRY OF TRADE\nUNION CITY\n15 September 2026\n',
    );
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2026-09-20', '2026-09-22']);
  });

  it('takes the range the dateline’s first sentence gives, not a later day, after a visit', () => {
    const draft = extractDraft(
      'ACCRA, Ghana (May 12, 2026) — The President of the Fund, Pavel Norden, has concluded his first visit to Ghana, which took place from May 4 to 7, 2026.\n\nOn May 5, Mr. Norden met the President of Ghana, Kofi Mensah.\n\nOn May 6, he travelled to Kumasi.',
    );
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2026-05-04', '2026-05-07']);
  });
});
