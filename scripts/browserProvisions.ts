/** A way to provide the end-to-end tests' browser where none is installed. */
export type Provision = 'apt' | 'download';

export interface Machine {
  /** The user id, or undefined where there is none (Windows). */
  uid: number | undefined;
  /** Debian or a system built on it (Ubuntu): /etc/debian_version exists. */
  debian: boolean;
  /** apt-get is on PATH. */
  aptGet: boolean;
}

/**
 * The ways tried, in order, when no browser was found. As root on Debian or Ubuntu, the
 * system's own `chromium` package: it installs with its libraries and needs no access beyond
 * the package mirror (Playwright's download site is often out of reach where this is built).
 * Everywhere, then, Playwright's own Chromium, which needs its download site.
 */
export function browserProvisions(machine: Machine): Provision[] {
  const apt = machine.uid === 0 && machine.debian && machine.aptGet;
  return apt ? ['apt', 'download'] : ['download'];
}
