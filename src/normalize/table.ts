/**
 * The character table of the normalizer: one entry per UTF-16 code unit, built once.
 *
 * Example: `ي` (U+064A) → `ی`, `۵` → `5`, `ـ` (kashida) → deleted, NBSP → ' ', soft hyphen → ZWNJ.
 */

export const ZWNJ = 0x200c;
/** Table value for a code unit that is dropped from the normalized text. */
export const DROP = -1;
/** Table value for a code unit that is a space of any kind. */
export const SPACE = -2;
/** Table value for a code unit that is a non-joiner of any kind. */
export const JOINER = -3;
/** Table value for a carriage return (handled by context: CRLF drops it, a lone CR is a line end). */
export const CR = -4;

function buildTable(): Int32Array {
  const table = new Int32Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = c;
  const map = (from: string | number, to: number) => {
    table[typeof from === 'number' ? from : from.charCodeAt(0)] = to;
  };
  const range = (lo: number, hi: number, to: number) => {
    for (let c = lo; c <= hi; c++) table[c] = to;
  };
  // Arabic letter forms → Persian.
  for (const c of 'يىۍې') map(c, 'ی'.charCodeAt(0)); // ئ stays: مسئول
  for (const c of 'كڪ') map(c, 'ک'.charCodeAt(0));
  for (const c of 'ةۀەۃ') map(c, 'ه'.charCodeAt(0));
  for (const c of 'أإٱٲٳ') map(c, 'ا'.charCodeAt(0));
  map('ؤ', 'و'.charCodeAt(0));
  // Every digit script → ASCII.
  for (let d = 0; d < 10; d++) {
    map(0x06f0 + d, 0x30 + d); // Persian
    map(0x0660 + d, 0x30 + d); // Arabic-Indic
  }
  map(0x066b, '.'.charCodeAt(0)); // ٫ Arabic decimal separator
  map(0x066c, ','.charCodeAt(0)); // ٬ Arabic thousands separator
  map(0x066a, '%'.charCodeAt(0)); // ٪ Arabic percent sign
  // Diacritics, Quranic marks and kashida are dropped.
  range(0x064b, 0x065f, DROP);
  map(0x0670, DROP);
  range(0x0610, 0x061a, DROP);
  range(0x06d6, 0x06dc, DROP);
  range(0x06df, 0x06e8, DROP);
  range(0x06ea, 0x06ed, DROP);
  map(0x0640, DROP);
  // Spaces of every kind.
  for (const c of [0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) map(c, SPACE);
  range(0x2000, 0x200a, SPACE);
  // Joiners: ZWNJ, soft hyphen and zero-width space join; a ZWJ between Persian letters is stray.
  for (const c of [0x200c, 0x00ad, 0x200b]) map(c, JOINER);
  // Invisible marks that carry nothing for extraction.
  for (const c of [0x200d, 0x200e, 0x200f, 0xfeff, 0x2066, 0x2067, 0x2068, 0x2069]) map(c, DROP);
  range(0x202a, 0x202e, DROP);
  map(0x0d, CR);
  map(0x2028, 0x0a);
  map(0x2029, 0x0a);
  return table;
}

export const CHAR_TABLE: Int32Array = buildTable();

/** `KIND` of a code unit the main loop keeps as `MAPPED` says: a letter, digit, mark, line end … */
export const PLAIN = 0;
/** `KIND` of a space of any kind (`MAPPED` to U+0020). */
export const SPACE_KIND = 1;
/** `KIND` of a code unit that is dropped, a joiner or a carriage return: read one at a time. */
export const SPECIAL = 2;

/** The kind of each code unit, for the main loop's fast path. */
export const KIND: Uint8Array = Uint8Array.from(CHAR_TABLE, (to, c) => (c === 0x20 || to === SPACE ? SPACE_KIND : to < 0 ? SPECIAL : PLAIN));
/** The code a PLAIN or SPACE_KIND code unit becomes. */
export const MAPPED: Uint16Array = Uint16Array.from(CHAR_TABLE, (to) => (to === SPACE ? 0x20 : to < 0 ? 0 : to));
