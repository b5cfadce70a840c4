/**
 * extract/money: amounts with a currency word, valued exactly by the number grammar; lists and ranges
 * share the currency; a qualifier before sets `approximate`.
 *
 * Example: `نزدیک به یک میلیارد تومان` → { text: 'یک میلیارد تومان', amount: 1e9, currency: 'IRT',
 * amountRial: 1e10, approximate: true, qualifier: 'نزدیک به' }; `بین ۱۰ تا ۱۲ میلیارد تومان` → `۱۰`
 * (1e10) and `۱۲ میلیارد تومان` (1.2e10).
 */
import { clean } from '../numbers/index.js';
import { findQuantities, type Quantity, type UnitMatch } from '../numbers/quantity.js';
import type { MoneyMention } from '../types.js';
import { isExcluded, rawEndOf, rawStartOf, rawText, type ExtractContext } from './context.js';
import { RIAL_PER_UNIT, anchorMatches, currencyOf, isCurrencyWord, isGluedCurrency, type Currency } from './money/currencies.js';

const AND_BETWEEN = /^ و $/;
/** Between a quoted unit and its price: a space, or one word (`یک هزار وون کره جنوبی ۲۷ هزار ریال`). */
const QUOTE_BETWEEN = /^ (?:[\p{L}\u200c]+ )?$/u;
/** The amounts an exchange rate is quoted for: `یکصد روپیه پاکستان ۳۰ هزار ریال`. */
const QUOTE_UNITS = new Set([1, 10, 100, 1000]);

function currencies(text: string): UnitMatch<Currency>[] {
  const out: UnitMatch<Currency>[] = [];
  for (const m of anchorMatches(text)) {
    const currency = currencyOf(m[1]);
    if (currency) out.push({ start: m.index, end: m.index + m[1].length, unit: currency });
  }
  return out;
}

/** `چهار دلار و ۲۲ سنت`: a subunit amount joins the amount before it. */
function joinSubunits(qs: Quantity<Currency>[], text: string): Quantity<Currency>[] {
  const out: Quantity<Currency>[] = [];
  for (const q of qs) {
    const prev = out[out.length - 1];
    if (q.unit.subunit && prev && !prev.unit.subunit && prev.unit.code === q.unit.code && AND_BETWEEN.test(text.slice(prev.end, q.start))) {
      out[out.length - 1] = { ...prev, end: q.end, value: clean(prev.value * prev.unit.factor + q.value * q.unit.factor), unit: { ...prev.unit, factor: 1 } };
    } else if (!q.unit.aloneNeedsDigits || /^\d/.test(q.number.text)) out.push(q);
  }
  return out;
}

/**
 * A rate quote's unit is not an amount: in `یکصد روپیه پاکستان ۳۰ هزار و ۶۲۵ ریال` the amount is the
 * price; `یکصد روپیه` (1, 10, 100 or 1000 of another currency, right before it) is what is priced.
 */
function dropQuoteUnits(qs: Quantity<Currency>[], text: string): Quantity<Currency>[] {
  return qs.filter((q, k) => {
    const next = qs[k + 1];
    return !(
      next &&
      next.unit.code !== q.unit.code &&
      QUOTE_UNITS.has(q.value * q.unit.factor) &&
      QUOTE_BETWEEN.test(text.slice(q.end, next.start))
    );
  });
}

export function extractMoney(ctx: ExtractContext): MoneyMention[] {
  const text = ctx.text;
  const found = findQuantities(text, currencies(text), { gluedUnit: isGluedCurrency, slashBefore: isCurrencyWord });
  const out: MoneyMention[] = [];
  for (const q of dropQuoteUnits(joinSubunits(found, text), text)) {
    if (isExcluded(ctx, q)) continue;
    const amount = clean(q.value * q.unit.factor);
    const rial = RIAL_PER_UNIT.get(q.unit.code);
    // toMention's fields written into the mention: no mention object to copy from.
    const start = rawStartOf(ctx, q.start);
    const end = rawEndOf(ctx, q.start, q.end, start);
    out.push({
      text: ctx.raw.slice(start, end),
      start,
      end,
      amount,
      currency: q.unit.code,
      amountRial: rial === undefined ? null : clean(amount * rial),
      approximate: q.qualifier !== null,
      qualifier: q.qualifier ? rawText(ctx, q.qualifier.start, q.qualifier.end) : null,
    });
  }
  return out;
}
