/**
 * Where UTF-8 breaks in a file, said as a person finds it in a text editor: the line, and the
 * byte within that line. Also how much of the file is UTF-8 beyond ASCII, to tell a damaged
 * UTF-8 file (many good sequences, a few bad bytes) from a file in an older code page.
 */

export interface Utf8Check {
  /** The first byte of the first invalid sequence, or -1 when the bytes are all UTF-8. */
  firstInvalid: number;
  invalid: number;
  /** Well-formed sequences of two to four bytes. */
  multibyte: number;
}

/** The length of the well-formed sequence at `i` (RFC 3629, table 3-7), or 0. */
function sequenceAt(b: Uint8Array, i: number): number {
  const c = b[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf) =>
    i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

export function checkUtf8(bytes: Uint8Array): Utf8Check {
  let firstInvalid = -1;
  let invalid = 0;
  let multibyte = 0;
  for (let i = 0; i < bytes.length;) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = sequenceAt(bytes, i);
    if (n > 0) {
      multibyte++;
      i += n;
    } else {
      if (firstInvalid === -1) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { firstInvalid, invalid, multibyte };
}

/** The line (from 1) and the byte within it (from 1) of an offset; lines end in CRLF, LF or CR. */
export function lineAndByte(bytes: Uint8Array, offset: number): { line: number; byte: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = bytes[i];
    if (c === 0x0a || (c === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      start = i + 1;
    }
  }
  return { line, byte: offset - start + 1 };
}
