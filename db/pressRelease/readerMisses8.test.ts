import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

describe('someone met who holds a title like the visitor’s', () => {
  it('keeps a Secretary-General met as a counterpart, never as the visitor', () => {
    expect(
      met(
        "The Director-General of the Labour Office, Anna Berg, visited Kenya from 3 to 5 May 2026. On 4 May she met the Secretary-General of the Kenya Workers' Federation, Peter Otieno, and the Chair of the Employers' Council, Grace Wanjiru, and opened a training centre.",
      ),
    ).toEqual(['Peter Otieno', 'Grace Wanjiru']);
  });
});
