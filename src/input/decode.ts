/**
 * Decoding of article bytes: BOM sniffing (UTF-8, UTF-16 LE/BE), strict UTF-8, Windows-1256 for old
 * Persian sites, and clear errors for empty and binary files.
 *
 * Example: the bytes `E3 CF ED D1` (Windows-1256) decode to `مدير` with a note, not to U+FFFD noise.
 */
import type { ArticleError } from '../types.js';

export interface Decoded {
  text: string;
  encoding: string;
  errors: ArticleError[];
}

const ARABIC_LETTER = /[\u0600-\u06ff]/g;

function arabicShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 ? 0 : (text.match(ARABIC_LETTER)?.length ?? 0) / letters;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { text: '', encoding: 'none', errors: [{ code: 'empty', message: 'the file is empty' }] };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeUtf8(bytes.subarray(3), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', errors: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', errors: [] };
  if (bytes.includes(0)) {
    return { text: '', encoding: 'binary', errors: [{ code: 'binary', message: 'the file holds NUL bytes: not text' }] };
  }
  return decodeUtf8(bytes, 'utf-8');
}

function decodeUtf8(bytes: Uint8Array, encoding: string): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding, errors: [] };
  } catch {
    // Not valid UTF-8. A few bad sequences in a mostly valid text: keep it, replace them, say so.
    // Almost every non-ASCII byte invalid: an old Windows-1256 page, if it then reads as Arabic script.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const bad = lossy.split('\ufffd').length - 1;
    let nonAscii = 0;
    for (const b of bytes) if (b >= 0x80) nonAscii++;
    if (bad > nonAscii * 0.05) {
      const cp1256 = new TextDecoder('windows-1256').decode(bytes);
      if (arabicShare(cp1256) > 0.5) return { text: cp1256, encoding: 'windows-1256', errors: [] };
    }
    return {
      text: lossy,
      encoding,
      errors: [{ code: 'decode', message: `${bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD` }],
    };
  }
}
