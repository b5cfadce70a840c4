/**
 * report: the extraction as one self-contained HTML page — no script, no network, no external assets —
 * right-to-left Persian, readable in light and dark mode: the corpus summary on top (counts, errors,
 * money by province and by facility as SVG bar charts, a timeline of dated facts), then every article
 * with its mentions marked and its tables. The same documents always give the same bytes.
 *
 * Example: `renderReport([extract('یاسوج - ایرنا - … ۵۰ میلیارد تومان …')])` →
 * `<!doctype html><html lang="fa" dir="rtl">…<mark class="m m-money" … data-value="50,000,000,000 IRT = 500,000,000,000 IRR" …>۵۰ میلیارد تومان</mark>…`.
 */
import { createHash } from 'node:crypto';
import type { KhabarDocument } from '../types.js';
import { articleAnchor, docTitle, renderArticle, spanAnchor } from './article.js';
import { barChart, type Tick, timelineChart } from './charts.js';
import { escapeAttr, escapeHtml } from './escape.js';
import { MENTION_TYPES } from './labels.js';
import { CSS } from './style.js';
import { corpusCounts, datedFacts, moneyTotals, type DatedFact, type MoneyTotal } from './summary.js';
import { countMentions } from './spans.js';
import { gregorianDayNumber, jalaliToGregorian, parseYMD } from '../calendar.js';
import { humanToman, jalaliLabel, jalaliMonthName, persianDigits, rangeLabel } from './values.js';

export { countMentions, documentSpans } from './spans.js';
export { markText } from './markup.js';

export interface ReportOptions {
  /** Page title (default `گزارش استخراج خبر`). */
  title?: string;
}

const e = escapeHtml;
const MAX_BARS = 15;
const MAX_TIMELINE_ROWS = 40;
const MAX_TIMELINE_TABLE = 500;

function moneyChart(title: string, totals: MoneyTotal[]): string {
  const shown = totals.slice(0, MAX_BARS);
  const more = totals.length - shown.length;
  const svg = barChart(
    shown.map((t) => ({ label: t.label, value: t.toman, valueLabel: humanToman(t.toman) })),
    { title },
  );
  const note = more > 0 ? `<p class="muted">و ${persianDigits(String(more))} مورد دیگر.</p>` : '';
  return `<figure><figcaption>${e(title)}</figcaption>${svg}${note}</figure>`;
}

/** Ticks at the start of each Jalali year the events cover, or of each month when they cover little. */
function timelineTicks(facts: DatedFact[]): Tick[] {
  if (facts.length === 0) return [];
  const first = parseYMD(facts[0].range.jalaliStart)!;
  const last = facts.reduce((a, f) => (f.range.jalaliEnd > a ? f.range.jalaliEnd : a), facts[0].range.jalaliEnd);
  const end = parseYMD(last)!;
  const ticks: Tick[] = [];
  const dayOf = (year: number, month: number) => gregorianDayNumber(jalaliToGregorian({ year, month, day: 1 }));
  if (end.year - first.year >= 2) {
    for (let y = first.year; y <= end.year + 1; y++) ticks.push({ day: dayOf(y, 1), label: String(y), major: true });
  } else {
    // every month start from the first event's month to the month after the last one
    for (let n = first.year * 12 + first.month - 1; n <= end.year * 12 + end.month; n++) {
      const y = Math.floor(n / 12);
      const m = (n % 12) + 1;
      ticks.push({ day: dayOf(y, m), label: m === 1 ? `${jalaliMonthName(m)} ${y}` : jalaliMonthName(m), major: m === 1 });
    }
  }
  return ticks;
}

function timeline(docs: KhabarDocument[]): string {
  const facts = datedFacts(docs, (d, i) => spanAnchor(d, `date-${i}`));
  const rows = facts.slice(0, MAX_TIMELINE_ROWS);
  const chartFacts = rows.length > 0 ? rows : [];
  const svg = timelineChart(
    chartFacts.map((f) => ({
      startDay: f.startDay,
      endDay: f.endDay,
      kind: f.kind,
      label: `${rangeLabel(f.range)} — ${f.kind === 'fact' ? f.what : `«${f.text}»`}`,
      title: `${rangeLabel(f.range)}: ${f.kind === 'fact' ? `${f.what} («${f.text}»)` : `«${f.text}»`} — ${docs[f.docIndex].meta.title ?? docs[f.docIndex].id}`,
    })),
    timelineTicks(chartFacts),
    { title: 'خط زمانی واقعیت‌های تاریخ‌دار' },
  );
  const more = facts.length - rows.length;
  const note = more > 0 ? `<p class="muted">نمودار ${persianDigits(String(rows.length))} رویداد نخست را نشان می‌دهد؛ همه در جدول زیر.</p>` : '';
  const tableRows = facts.slice(0, MAX_TIMELINE_TABLE).map((f) => {
    const doc = docs[f.docIndex];
    const text = f.anchor ? `<a href="#${escapeAttr(f.anchor)}">${e(f.text)}</a>` : e(f.text);
    return (
      `<tr class="timeline-${f.kind}"><td>${e(rangeLabel(f.range))}</td><td class="muted"><span class="ltr">${e(f.range.gregorianStart)}` +
      `${f.range.gregorianEnd !== f.range.gregorianStart ? ` … ${e(f.range.gregorianEnd)}` : ''}</span></td>` +
      `<td>${f.kind === 'fact' ? e(f.what) : 'تاریخ'}</td><td>${text}</td>` +
      `<td><a href="#${articleAnchor(f.docIndex)}">${docTitle(doc)}</a></td></tr>`
    );
  });
  const table =
    facts.length > 0
      ? `<details class="timeline"><summary>جدول ${persianDigits(String(facts.length))} واقعیت تاریخ‌دار</summary><table class="timeline"><thead><tr><th>زمان</th><th>میلادی</th><th>چه</th><th>در متن</th><th>خبر</th></tr></thead><tbody>${tableRows.join('')}</tbody></table></details>`
      : '';
  return `<figure><figcaption>خط زمانی واقعیت‌های تاریخ‌دار</figcaption>${svg}${note}</figure>${table}`;
}

function articlesIndex(docs: KhabarDocument[]): string {
  const head = MENTION_TYPES.map((t) => `<th>${t.label}</th>`).join('');
  const rows = docs.map((doc, i) => {
    const c = countMentions(doc);
    const published = doc.meta.published ? e(jalaliLabel(doc.meta.published.jalali)) : '';
    return (
      `<tr><td class="num">${persianDigits(String(i + 1))}</td><td><a href="#${articleAnchor(i)}">${docTitle(doc)}</a></td>` +
      `<td>${e(doc.meta.outlet ?? '')}</td><td>${published}</td>` +
      MENTION_TYPES.map((t) => `<td class="num">${persianDigits(String(c[t.type]))}</td>`).join('') +
      `<td class="num">${doc.errors.length > 0 ? `<span class="errors">${persianDigits(String(doc.errors.length))}</span>` : '۰'}</td></tr>`
    );
  });
  return (
    `<h3>خبرها</h3><table class="index"><thead><tr><th>#</th><th>خبر</th><th>رسانه</th><th>انتشار</th>${head}<th>خطا</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function errorsTable(docs: KhabarDocument[]): string {
  const rows = docs.flatMap((doc, i) =>
    doc.errors.map(
      (er) => `<tr><td><a href="#${articleAnchor(i)}"><span class="ltr">${e(doc.id)}</span></a></td><td><code>${e(er.code)}</code></td><td>${e(er.message)}</td></tr>`,
    ),
  );
  if (rows.length === 0) return '';
  return `<h3>خطاها</h3><table class="errors"><thead><tr><th>خبر</th><th>کد</th><th>شرح</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function summary(docs: KhabarDocument[], title: string): string {
  const c = corpusCounts(docs);
  const { byProvince, byFacility } = moneyTotals(docs);
  const stats =
    `<ul class="stats"><li>خبر<b data-stat="articles">${persianDigits(String(c.articles))}</b></li>` +
    MENTION_TYPES.map((t) => `<li>${t.label}<b data-stat="${t.type}">${persianDigits(String(c.mentions[t.type]))}</b></li>`).join('') +
    `<li>خبرِ دارای خطا<b data-stat="errors">${persianDigits(String(c.withErrors))}</b></li></ul>`;
  const legend = `<ul class="legend" aria-label="راهنمای رنگ‌ها">${MENTION_TYPES.map(
    (t) => `<li><span class="swatch swatch-${t.type}">${t.label}</span></li>`,
  ).join('')}</ul>`;
  return (
    `<section class="summary" id="summary"><h1>${e(title)}</h1>${stats}` +
    `<p class="muted">راهنما: نشانگر را روی هر اشاره ببرید یا با کلید Tab روی آن بروید تا مقدارش دیده شود.</p>${legend}` +
    `${errorsTable(docs)}<div class="charts">` +
    moneyChart('جمع مبالغ به تفکیک استان (اعتبار و هزینهٔ مراکز)', byProvince) +
    moneyChart('جمع مبالغ به تفکیک مرکز', byFacility) +
    `</div>${timeline(docs)}${articlesIndex(docs)}</section>`
  );
}

/** The whole page. Deterministic: no clock, no randomness; documents in the order given. */
export function renderReport(docs: KhabarDocument[], opts: ReportOptions = {}): string {
  const title = opts.title ?? 'گزارش استخراج خبر';
  const styleHash = createHash('sha256').update(CSS, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return (
    `<!doctype html>\n<html lang="fa" dir="rtl">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n` +
    `<meta name="generator" content="khabar">\n<title>${e(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n` +
    `${summary(docs, title)}\n` +
    docs.map((doc, i) => renderArticle(doc, i)).join('\n') +
    `\n<footer>ساختهٔ khabar — این صفحه اسکریپت و منبع بیرونی ندارد.</footer>\n</body>\n</html>\n`
  );
}
