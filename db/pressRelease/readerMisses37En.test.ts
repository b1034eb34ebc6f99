import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const visit = (country: string) =>
  `The Director of the Fund, Pavel Norden, visited ${country} on 3 May 2026.`;

describe('the Bruneian styles before and inside a name', () => {
  it('keeps "Pengiran" and "Haji" after "bin" inside the name, and leaves them off before it', () => {
    expect(
      roles(
        `${visit('Brunei Darussalam')} He called on Pengiran Dato Paduka Haji Rahman Hakim bin Pengiran Haji Yusof, Permanent Secretary at the Ministry of Health.`,
      ),
    ).toEqual([
      ['Rahman Hakim bin Pengiran Haji Yusof', 'Permanent Secretary', 'Ministry of Health'],
    ]);
  });

  it('reads "Dayang" and "Awang" as styles before a name of two words or more', () => {
    expect(
      roles(
        `${visit('Brunei Darussalam')} He met Dayang Hajah Nur Aisyah binti Haji Kamal, Director of the Marine Department, and Awang Rosli Hamid, Director of Fisheries.`,
      ),
    ).toEqual([
      ['Nur Aisyah binti Haji Kamal', 'Director', 'Marine Department'],
      ['Rosli Hamid', 'Director of Fisheries', null],
    ]);
  });
});

describe('the Indonesian styles before a name and the degrees after it', () => {
  it('leaves "H.", "Ir.", "Drs." and "Hj." off the name, and the degrees after it out', () => {
    expect(
      roles(
        `${visit('Indonesia')} He was received by the Governor of East Sulawesi, Dr. H. Arief Mappanyompa Rauf, S.H., M.H. Ir. Markus Lenjau Ding, M.T., Head of the Regional Planning Agency, briefed him on roads. He also held talks with Drs. Simon Alo Ngau, M.Si., Head of the Nunukan Border Agency, and with Hj. Sitti Rahmah Pawellangi, S.E., M.Ak., Head of the Finance Office.`,
      ),
    ).toEqual([
      ['Arief Mappanyompa Rauf', 'Governor of East Sulawesi', null],
      ['Markus Lenjau Ding', 'Head', 'Regional Planning Agency'],
      ['Simon Alo Ngau', 'Head', 'Nunukan Border Agency'],
      ['Sitti Rahmah Pawellangi', 'Head', 'Finance Office'],
    ]);
  });

  it('keeps "Ph.D." after a name out of it', () => {
    expect(
      met(
        `${visit('Indonesia')} He met Rina Kartika Sari, Ph.D., Director of the Forestry Institute, on peatlands.`,
      ),
    ).toEqual(['Rina Kartika Sari']);
  });
});

describe('the Yoruba styles of a king and his wife, and "Alhaji" inside a name', () => {
  it('leaves "Oba" and "Olori" off the names', () => {
    expect(
      met(
        `${visit('Nigeria')} He was received in his palace by Oba Adeyemi Oluwaseun Akinola II, the Olu of Ilaro, and his wife, Olori Titilayo Akinola, Chairperson of the Ilaro Market Women's Association.`,
      ),
    ).toEqual(['Adeyemi Oluwaseun Akinola II', 'Titilayo Akinola']);
  });

  it('keeps "Alhaji" inside a name and leaves it off before one', () => {
    expect(
      met(
        `${visit('Sierra Leone')} He met the Executive Director of the Public Health Agency, Dr. Abubakar Alhaji Sesay, on the laboratory. He also met Alhaji Musa Kamara, Minister of Trade.`,
      ),
    ).toEqual(['Abubakar Alhaji Sesay', 'Musa Kamara']);
  });
});

describe('the Setswana courtesy styles', () => {
  it('leaves "Rra" and "Mma" off the names', () => {
    expect(
      met(
        `${visit('Botswana')} He paid a courtesy call on the Minister of Lands of the Republic of Botswana, Rra Kagiso Mothibi Ramotswa. He then met the Permanent Secretary of the Ministry of Lands, Mma Naledi Sebego, on water.`,
      ),
    ).toEqual(['Kagiso Mothibi Ramotswa', 'Naledi Sebego']);
  });
});

describe('a body named as a board', () => {
  it('reads "Chairman of the X Board" as a chairman of that body', () => {
    expect(
      roles(
        `${visit('Brunei Darussalam')} He called on Rahim Hakim Mahmud, Chairman of the Tutong Rice Development Board, on farming.`,
      ),
    ).toEqual([['Rahim Hakim Mahmud', 'Chairman', 'Tutong Rice Development Board']]);
  });
});
