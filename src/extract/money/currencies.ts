/**
 * extract/money/currencies: the currency words of `data/currencies.json` as one compiled pattern.
 *
 * Example: `currencyAt('۲۰ میلیون دلاری', 11)` → { code: 'USD', end: 15 } (the adjective `ی` is
 * not in the span); `ریال عربستان` is SAR, not IRR.
 */
import { loadJson } from '../../data.js';
import { StartGate } from '../../segment/gate.js';

export interface Currency {
  code: string;
  factor: number;
  subunit: boolean;
  /** Counts alone only after digits (`۲۲ سنت`; `یک سنت` is 'a tradition'). */
  aloneNeedsDigits: boolean;
}

interface CurrencyFile {
  adjectiveSuffixes: string[];
  currencies: { code: string; names: string[]; factor?: number; subunit?: boolean; aloneNeedsDigits?: boolean }[];
  rialPerUnit: Record<string, number>;
}

const FILE = loadJson<CurrencyFile>('currencies.json');

/** Each name, spaces also matching a ZWNJ or nothing (`هنگ کنگ`, `هنگ‌کنگ`). */
const BY_NAME = new Map<string, Currency>();
for (const c of FILE.currencies) {
  for (const name of c.names) BY_NAME.set(name.replace(/[ \u200c]/g, ''), {
      code: c.code,
      factor: c.factor ?? 1,
      subunit: c.subunit ?? false,
      aloneNeedsDigits: c.aloneNeedsDigits ?? false,
    });
}
export const RIAL_PER_UNIT = new Map(Object.entries(FILE.rialPerUnit));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namePattern = (name: string) => name.split(/[ \u200c]/).map(escape).join('[ \\u200c]?');
const NAMES = FILE.currencies
  .flatMap((c) => c.names)
  .sort((a, b) => b.length - a.length)
  .map(namePattern)
  .join('|');
const SUFFIX = FILE.adjectiveSuffixes.map(escape).join('|');

/** A currency word and its adjective suffix, ending a word: `تومان`, `تومانی`, `دلار آمریکا`. */
export const CURRENCY = new RegExp(`(${NAMES})(?:${SUFFIX})?(?![\\p{L}\\p{M}\\u200c])`, 'gu');
/** CURRENCY tried at one position, where the gate of the names' first words allows. */
const CURRENCY_AT = new RegExp(CURRENCY.source, 'uy');
const CURRENCY_GATE = new StartGate().words(FILE.currencies.flatMap((c) => c.names).map((n) => n.split(/[ \u200c]/)[0]));

/** The matches of CURRENCY in `text`, as `text.matchAll(CURRENCY)` gives them, found faster. */
export function currencyMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m, p = 0; (m = CURRENCY_GATE.find(CURRENCY_AT, text, p)) !== null; p = m.index + m[0].length) out.push(m);
  return out;
}
const WHOLE = new RegExp(`^(${NAMES})(?:${SUFFIX})?$`, 'u');
/** Names of 3+ letters may be glued to a number word (`هزارتومان`); `ین` may not. */
const MIN_GLUED = 3;

export function currencyOf(name: string): Currency | undefined {
  return BY_NAME.get(name.replace(/[ \u200c]/g, ''));
}

/** May currency name `name` (as matched, spaces kept) be glued to a number word before it? */
export function mayGlue(name: string): boolean {
  return name.length >= MIN_GLUED;
}

/** Is `rest` (what follows a number word in one word) a currency word? */
export function isGluedCurrency(rest: string): boolean {
  const m = WHOLE.exec(rest);
  return m !== null && m[1].length >= MIN_GLUED;
}

/** Before these currency names a `/` between digits is a decimal: `۴/۵ دلار`. */
export function isCurrencyWord(word: string): boolean {
  return WHOLE.test(word);
}
