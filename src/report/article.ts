/**
 * report/article: one article's section — its meta (title, outlet, dateline, publication date in Jalali
 * and Gregorian), counts, errors, the text with every mention marked, and the tables of officials,
 * facilities with their facts, and quotes by speaker.
 *
 * Example: the document of `یاسوج - ایرنا - مدیر درمان …` → `<section class="article" id="a0" …><h2>…</h2>
 * <dl class="meta">…<dd>یاسوج</dd>…</dl>…<div class="text" …>یاسوج - ایرنا - <mark …>مدیر درمان …</mark>…</div>…`.
 */
import type { Facility, FacilityFact, KhabarDocument } from '../types.js';
import { escapeAttr, escapeHtml, safeHref } from './escape.js';
import { FACT_LABELS, facilityTypeLabel, MENTION_TYPES, UNKNOWN_SPEAKER } from './labels.js';
import { markText } from './markup.js';
import { countMentions, documentSpans, officialName, officialPost } from './spans.js';
import { groupDigits, humanToman, jalaliLabel, persianDigits, rangeLabel, toToman } from './values.js';
import { rangeFromValue } from './summary.js';

const e = escapeHtml;

/** Anchor of article `index` and of a span in it. */
export const articleAnchor = (index: number) => `a${index}`;
export const spanAnchor = (index: number, key: string) => `${articleAnchor(index)}-${key}`;

/** The article's title, or its id (kept left-to-right) when it has none. */
export function docTitle(doc: KhabarDocument): string {
  return doc.meta.title ? e(doc.meta.title) : `<span class="ltr">${e(doc.id)}</span>`;
}

function link(anchor: string, html: string): string {
  return `<a href="#${escapeAttr(anchor)}">${html}</a>`;
}

/** A fact's value as a reader says it: `۶۷ میلیارد تومان`, `۵۲٪`, `۱۰٬۲۰۰ متر مربع`, `اسفند ۱۴۰۱`. */
export function factValue(fact: FacilityFact): string {
  const v = fact.value;
  if (v === null) return '';
  if (typeof v === 'string') {
    if (fact.kind === 'opened' || fact.kind === 'completion') {
      const range = rangeFromValue(v);
      return range ? rangeLabel(range) : v;
    }
    return v;
  }
  switch (fact.kind) {
    case 'budget':
    case 'cost': {
      const toman = toToman(v, fact.unit);
      return toman !== null ? humanToman(toman) : `${groupDigits(v)} ${fact.unit ?? ''}`.trim();
    }
    case 'progress':
      return `${persianDigits(groupDigits(v))}٪`;
    case 'area':
      return `${persianDigits(groupDigits(v))} متر مربع`;
    case 'beds':
      return `${persianDigits(groupDigits(v))} تخت`;
    default:
      return `${persianDigits(groupDigits(v))}${fact.unit ? ` ${fact.unit}` : ''}`;
  }
}

function metaList(doc: KhabarDocument): string {
  const rows: [string, string][] = [['شناسه', `<span class="ltr">${e(doc.id)}</span>`]];
  const m = doc.meta;
  if (m.outlet) rows.push(['رسانه', e(m.outlet)]);
  if (m.agency) rows.push(['خبرگزاری', e(m.agency)]);
  if (m.dateline) rows.push(['محل خبر', e(m.dateline)]);
  if (m.published) {
    const time = m.published.time ? ` — ساعت ${e(persianDigits(m.published.time))}` : '';
    rows.push([
      'تاریخ انتشار',
      `${e(jalaliLabel(m.published.jalali))}${time} <span class="muted">(<span class="ltr">${e(m.published.jalali)}</span> · <span class="ltr">${e(m.published.gregorian)}</span>)</span>`,
    ]);
  } else {
    rows.push(['تاریخ انتشار', '<span class="muted">نامعلوم</span>']);
  }
  if (doc.referenceDate && doc.referenceDate.from === 'option') {
    rows.push([
      'تاریخ مبنا',
      `${e(jalaliLabel(doc.referenceDate.jalali))} <span class="muted">(<span class="ltr">${e(doc.referenceDate.gregorian)}</span>، از گزینهٔ خط فرمان)</span>`,
    ]);
  }
  if (m.newsCode) rows.push(['کد خبر', `<span class="ltr">${e(m.newsCode)}</span>`]);
  if (m.url) {
    const href = safeHref(m.url);
    const shown = `<span class="ltr">${e(m.url)}</span>`;
    rows.push(['نشانی', href ? `<a href="${href}" rel="noopener noreferrer">${shown}</a>` : shown]);
  }
  if (doc.source) rows.push(['پرونده', `<span class="ltr">${e(doc.source)}</span>`]);
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function countsList(doc: KhabarDocument): string {
  const c = countMentions(doc);
  return `<ul class="counts">${MENTION_TYPES.map(
    (t) => `<li class="swatch-${t.type}" data-type="${t.type}" data-count="${c[t.type]}">${t.label}: ${persianDigits(String(c[t.type]))}</li>`,
  ).join('')}</ul>`;
}

function officialsTable(doc: KhabarDocument, index: number): string {
  if (doc.officials.length === 0) return '';
  const quotes = new Map<string, number>();
  for (const q of doc.quotes) if (q.speaker !== null) quotes.set(q.speaker, (quotes.get(q.speaker) ?? 0) + 1);
  const rows = doc.officials.map((o, i) => {
    const name = e(officialName(o));
    const first = o.mentions.length > 0 ? link(spanAnchor(index, `official-${i}-0`), name) : name;
    return (
      `<tr><td>${first}</td><td>${e(o.title ?? '')}</td><td>${e(o.organization ?? '')}</td><td>${e(o.roles.join('؛ '))}</td>` +
      `<td class="num">${persianDigits(String(o.mentions.length))}</td><td class="num">${persianDigits(String(quotes.get(o.id) ?? 0))}</td></tr>`
    );
  });
  return (
    `<h3>مقام‌ها</h3><table class="officials"><thead><tr><th>نام</th><th>سمت</th><th>سازمان</th><th>نقش‌های نوشته‌شده</th>` +
    `<th>اشاره‌ها</th><th>نقل قول‌ها</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function factsCell(f: Facility): string {
  if (f.facts.length === 0) return '<span class="muted">—</span>';
  return `<ul>${f.facts
    .map((fact) => {
      const value = factValue(fact);
      const written = value && value !== fact.text ? ` <span class="muted">(${e(fact.text)})</span>` : '';
      return `<li>${e(FACT_LABELS[fact.kind] ?? fact.kind)}: ${e(value || fact.text)}${written}</li>`;
    })
    .join('')}</ul>`;
}

function facilitiesTable(doc: KhabarDocument, index: number): string {
  if (doc.facilities.length === 0) return '';
  const rows = doc.facilities.map((f, i) => {
    const type = e(facilityTypeLabel(f.type));
    const head = f.mentions.length > 0 ? link(spanAnchor(index, `facility-${i}-0`), type) : type;
    return (
      `<tr><td>${head}</td><td>${e(f.name ?? '')}</td><td>${e(f.city ?? '')}</td><td>${e(f.province ?? '')}</td>` +
      `<td>${factsCell(f)}</td></tr>`
    );
  });
  return (
    `<h3>مراکز و واقعیت‌های آن‌ها</h3><table class="facilities"><thead><tr><th>نوع</th><th>نام</th><th>شهر</th><th>استان</th>` +
    `<th>واقعیت‌ها</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function quotesBySpeaker(doc: KhabarDocument, index: number): string {
  if (doc.quotes.length === 0) return '';
  const groups = new Map<string | null, number[]>();
  for (const o of doc.officials) groups.set(o.id, []);
  doc.quotes.forEach((q, i) => {
    const key = q.speaker !== null && groups.has(q.speaker) ? q.speaker : null;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(i);
  });
  const officials = new Map(doc.officials.map((o) => [o.id, o]));
  const parts: string[] = [];
  for (const [speaker, indices] of groups) {
    if (indices.length === 0) continue;
    const o = speaker !== null ? officials.get(speaker) : undefined;
    const who = o ? `${e(officialName(o))}${officialPost(o) ? ` <span class="muted">— ${e(officialPost(o))}</span>` : ''}` : e(UNKNOWN_SPEAKER);
    const items = indices.map((i) => {
      const q = doc.quotes[i];
      return `<li><span class="cue">${e(q.cue)}:</span> ${e(q.text)} <a class="jump" href="#${escapeAttr(spanAnchor(index, `quote-${i}`))}">در متن</a></li>`;
    });
    parts.push(`<h4>${who} <span class="muted">(${persianDigits(String(indices.length))})</span></h4><ol class="quotes">${items.join('')}</ol>`);
  }
  return `<h3>نقل قول‌ها به تفکیک گوینده</h3><div class="quotes-by-speaker">${parts.join('')}</div>`;
}

/** The section of article `index`. */
export function renderArticle(doc: KhabarDocument, index: number): string {
  const anchor = articleAnchor(index);
  const { html, unplaced } = markText(doc.text, documentSpans(doc), anchor);
  const errors =
    doc.errors.length > 0
      ? `<ul class="errors">${doc.errors.map((er) => `<li><code>${e(er.code)}</code> ${e(er.message)}</li>`).join('')}</ul>`
      : '';
  const unplacedNote =
    unplaced.length > 0
      ? `<p class="errors">${persianDigits(String(unplaced.length))} اشاره با جایگاه نادرست در متن علامت نخورد: ${unplaced
          .map((s) => `<span class="ltr">${e(s.key)} [${s.start}, ${s.end})</span>`)
          .join('، ')}</p>`
      : '';
  const text = doc.text.length > 0 ? `<div class="text" lang="fa" dir="rtl">${html}</div>` : '<p class="muted">متنی نیست.</p>';
  return (
    `<section class="article" id="${anchor}" data-id="${escapeAttr(doc.id)}">` +
    `<h2>${docTitle(doc)}</h2>${metaList(doc)}${countsList(doc)}${errors}${unplacedNote}${text}` +
    `${officialsTable(doc, index)}${facilitiesTable(doc, index)}${quotesBySpeaker(doc, index)}</section>`
  );
}
