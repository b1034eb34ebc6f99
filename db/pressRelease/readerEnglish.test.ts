import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met } from '../test/peopleMet.js';

describe('reading an English release', () => {
  it('finds a person named after a title and a comma: "the President of North Macedonia, Stevo Pendarovski,"', () => {
    expect(
      met(
        'NATO Deputy Secretary General Mircea Geoană travelled to Skopje on 11 March 2024. He met with the President of North Macedonia, Stevo Pendarovski, and with the Minister of Defence, Slavjanka Petrovska.',
      ),
    ).toEqual(['Stevo Pendarovski', 'Slavjanka Petrovska']);
  });

  it('finds every person of a list of appositions "met with A, B and C"', () => {
    expect(
      met(
        'The Secretary General of the Organization of Islamic Cooperation, Hissein Brahim Taha, was in Addis Ababa on 20-21 November 2023, where he met with the Chairperson of the African Union Commission, Moussa Faki Mahamat, the Prime Minister of Ethiopia, Abiy Ahmed Ali, and the Minister of Foreign Affairs, Taye Atske Selassie.',
      ),
    ).toEqual(['Moussa Faki Mahamat', 'Abiy Ahmed Ali', 'Taye Atske Selassie']);
  });

  it('keeps the particles and suffixes of a name: "bin", "Al-", "El-", "Jr."', () => {
    expect(
      met(
        'The Executive Director Kairat Sarybay visited Riyadh on 12 February 2024. He held talks with Minister of State for Foreign Affairs Adel bin Ahmed Al-Jubeir and with Deputy Minister Waleed bin Abdulkarim El-Khereiji.',
      ),
    ).toEqual(['Adel bin Ahmed Al-Jubeir', 'Waleed bin Abdulkarim El-Khereiji']);
    expect(
      met(
        'He met with Deputy Secretary of State Kurt M. Campbell and with Deputy Assistant Secretary Mark W. Lambert Jr. to review the partnership.',
      ),
    ).toEqual(['Kurt M. Campbell', 'Mark W. Lambert Jr.']);
  });

  it('never lists the visitor among the people he met, however he is named', () => {
    expect(
      met(
        'Secretary General of SAARC, Mr. Golam Sarwar, called on the Minister of Foreign Affairs of Sri Lanka, Ali Sabry, in Colombo on 3 September 2024. Later that day, Secretary General Golam Sarwar met with Foreign Secretary Aruni Wijewardane.',
      ),
    ).toEqual(['Ali Sabry', 'Aruni Wijewardane']);
  });

  it('takes the visited place, not the dateline city the release was issued in', () => {
    const draft = extractDraft(
      'Geneva, 20 June 2024 – The Executive Secretary of the Commission, Tatiana Molcean, will visit Tbilisi on 27-28 June 2024.\n\nShe is expected to meet Prime Minister of Georgia Irakli Kobakhidze.',
    );
    expect(draft.visit.places[0]?.country).toBe('GE');
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2024-06-27', '2024-06-28']);
    expect(met(draft.source)).toEqual(['Irakli Kobakhidze']);
  });

  it("takes the visit date, not the page's own publication date", () => {
    const draft = extractDraft(
      'NATO official visits North Macedonia\n\nPublished 14 March 2024\n\nOn 11 and 12 March 2024, NATO Deputy Secretary General Mircea Geoană travelled to Skopje.',
    );
    expect(draft.visit.places[0]?.country).toBe('MK');
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2024-03-11', '2024-03-12']);
  });

  it('reads a year left out from the dateline: "in Chișinău on 16 and 17 April"', () => {
    const draft = extractDraft(
      'Strasbourg, 18 April 2024 – The Secretary General of the Council of Europe, Marija Pejčinović Burić, was in Chișinău on 16 and 17 April, where she held talks with the President of the Republic of Moldova, Maia Sandu.',
    );
    expect(draft.visit.places[0]?.country).toBe('MD');
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2024-04-16', '2024-04-17']);
    expect(met(draft.source)).toEqual(['Maia Sandu']);
  });

  it('keeps topics short subjects, not whole clauses', () => {
    const draft = extractDraft(
      'Astana, 3 October 2023 – The Secretary General visited Astana on 3 October 2023 and met with Minister of Foreign Affairs Murat Nurtleu. They discussed the preparations for the summit of the Organization in Astana next year and the ways in which the Secretariat could help the chairmanship.',
    );
    const topics = draft.meetings.flatMap((m) => m.topics);
    expect(topics.length).toBeGreaterThan(0);
    for (const t of topics) expect(t.split(/\s+/).length).toBeLessThanOrEqual(5);
  });

  it('ends a trip of several stops with its last: "Manila from 15 to 17 May 2023 and to Hanoi from 18 to 19 May 2023"', () => {
    const draft = extractDraft(
      'Jakarta, 22 May 2023 – The Secretary-General of ASEAN Dr. Kao Kim Hourn paid official visits to Manila from 15 to 17 May 2023 and to Hanoi from 18 to 19 May 2023.',
    );
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2023-05-15', '2023-05-19']);
    expect(draft.visit.places.map((p) => p.country)).toEqual(['PH', 'VN']);
  });

  it('finds the host named after "was received today by the Prime Minister of Malaysia,"', () => {
    expect(
      met(
        'Kuala Lumpur, 9 January 2024 – The Secretary General of the Organisation of Islamic Cooperation (OIC), Hissein Brahim Taha, was received today by the Prime Minister of Malaysia, Anwar bin Ibrahim, at the Perdana Putra building.',
      ),
    ).toEqual(['Anwar bin Ibrahim']);
  });

  it('leaves courtesy titles out of a name and keeps its parts: "His Excellency Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani"', () => {
    expect(
      met(
        'DOHA (OIC) – 14 May 2024 – The Secretary-General of the Organisation of Islamic Cooperation, Hissein Brahim Taha, held talks today with His Excellency Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani, Prime Minister of the State of Qatar, and with Dr. Mohammed bin Abdulaziz Al-Khulaifi, Minister of State.',
      ),
    ).toEqual([
      'Mohammed bin Abdulrahman bin Jassim Al Thani',
      'Mohammed bin Abdulaziz Al-Khulaifi',
    ]);
  });

  it('reads a dateline that names the body in brackets: "DOHA (OIC) – 14 May 2024 –"', () => {
    const draft = extractDraft(
      'DOHA (OIC) – 14 May 2024 – The Secretary-General Hissein Brahim Taha held talks today with Prime Minister Mohammed Al Thani.',
    );
    expect(draft.source_date).toBe('2024-05-14');
    expect(draft.visit.places[0]?.country).toBe('QA');
  });

  it('finds the people of planned talks: "Talks are planned with … Dato Erywan Yusof and … Datin Johariah Abdul Wahab"', () => {
    expect(
      met(
        'The Executive Director will travel to Brunei Darussalam on 9-10 September 2024. Talks are planned with Second Minister of Foreign Affairs Dato Erywan Yusof and Permanent Secretary Datin Johariah Abdul Wahab.',
      ),
    ).toEqual(['Erywan Yusof', 'Johariah Abdul Wahab']);
  });

  it('finds the people of talks dated before "with": "held consultations on 2 July 2024 with the Minister …, Hasan Mahmud"', () => {
    expect(
      met(
        'The Under-Secretary-General Rosemary DiCarlo visited Bangladesh. She held consultations on 2 July 2024 with the Minister of Foreign Affairs, Hasan Mahmud, and with the Foreign Secretary, Masud Bin Momen.',
      ),
    ).toEqual(['Hasan Mahmud', 'Masud Bin Momen']);
  });

  it('reads a dateline that names its country: "GENEVA, Switzerland, 3 May 2024 –"', () => {
    const draft = extractDraft(
      'GENEVA, Switzerland, 3 May 2024 – The Director-General Amy Pope travelled to Amman on 29 April, where she met with Minister of Foreign Affairs Ayman Safadi.',
    );
    expect(draft.source_date).toBe('2024-05-03');
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2024-04-29', '2024-04-29']);
    expect(draft.visit.places[0]?.country).toBe('JO');
  });

  it('finds a person named before the title after "and with": "and with Hikmet Hajiyev, Assistant to the President"', () => {
    expect(
      met(
        'The Secretary General was in Baku on 10 June 2024. She met with Foreign Minister Jeyhun Bayramov and with Hikmet Hajiyev, Assistant to the President and Head of the Foreign Policy Affairs Department.',
      ),
    ).toEqual(['Jeyhun Bayramov', 'Hikmet Hajiyev']);
  });

  it('keeps a middle initial when a list runs names into a title: "Secretary of Trade and Industry Maria L. Santos"', () => {
    expect(
      met(
        'The Secretary-General visited Manila on 5 May 2024. He met with Secretary of Energy Rafael P. Lotilla, Secretary of Trade and Industry Maria L. Santos and Senate President Jose Ramon Cruz.',
      ),
    ).toEqual(['Rafael P. Lotilla', 'Maria L. Santos', 'Jose Ramon Cruz']);
  });

  it('keeps every part of a name joined to its article after a courtesy title: "Sheikh Nasser Ahmad Al-Jaber Al-Sabah"', () => {
    expect(
      met(
        'The Secretary General was in Kuwait on 3 June 2024. He was received by the Prime Minister of the State of Kuwait, Sheikh Nasser Ahmad Al-Jaber Al-Sabah, and met with the Minister of Finance, Sayyid Faisal bin Said Albusaidi.',
      ),
    ).toEqual(['Nasser Ahmad Al-Jaber Al-Sabah', 'Faisal bin Said Albusaidi']);
  });

  it('takes no title the vocabulary lacks for a name: "the Grand Mufti of the Republic, Sheikh Omar Hadi"', () => {
    expect(
      met(
        'The Secretary-General Hissein Brahim Taha was received on 4 May 2024 by the Grand Mufti of the Republic, Sheikh Omar Hadi, at the Dar al-Ifta.',
      ),
    ).toEqual(['Omar Hadi']);
  });

  it('finds the other side of talks told with both as the subject: "Secretary-General Taha and the Minister …, X, held talks"', () => {
    expect(
      met(
        'Secretary-General of the OIC Hissein Brahim Taha arrived in Amman on 6 May 2024. On the same day Secretary-General Taha and the Minister of Foreign Affairs of Jordan, Ayman Safadi, held talks on the regional situation.',
      ),
    ).toEqual(['Ayman Safadi']);
  });

  it('goes to the first stop of a trip when the dateline stands alone, away from its date', () => {
    const draft = extractDraft(
      'Secretary General visits Qatar and Bahrain\n\nRiyadh\n\nPublished: 20 May 2024\n\nThe Secretary General Jasem Mohamed Albudaiwi visited Qatar and Bahrain from 12 to 15 May 2024.\n\nIn Doha on 12 May he met with the Minister of State, Soltan bin Saad Al-Muraikhi. He then travelled to Manama, where on 15 May he met with the Minister of Foreign Affairs, Abdullatif bin Rashid Al-Zayani.',
    );
    expect(draft.visit.places.map((p) => p.city)).toEqual(['Doha', 'Manama']);
    expect(draft.visit.places[0]?.country).toBe('QA');
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2024-05-12', '2024-05-15']);
  });
});
