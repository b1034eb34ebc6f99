import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

describe('an honorific between a title and the name after it', () => {
  it('leaves "Dr" with no full stop out of the title "Minister for Finance Dr A B"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Ghana on Tuesday and Wednesday at the invitation of Minister for Finance Dr Kwesi Amponsah. He also called on President Efua Mensah.\n\nFund Secretariat\nGeneva\n16 October 2026',
      ),
    ).toEqual([
      ['Kwesi Amponsah', 'Minister for Finance', null],
      ['Efua Mensah', 'President', null],
    ]);
  });

  it('leaves "Eng." after ", and" out of the title, which follows the name', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Ghana from 3 to 5 May 2026. He met with Dr. Ama Boateng, Minister of Health, and Eng. Kojo Asare, Minister of Roads and Highways.',
      ),
    ).toEqual([
      ['Ama Boateng', 'Minister of Health', 'Ministry of Health'],
      ['Kojo Asare', 'Minister of Roads and Highways', 'Ministry of Roads and Highways'],
    ]);
  });
});
