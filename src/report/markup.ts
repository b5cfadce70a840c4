/**
 * report/markup: the article text with every span wrapped in a `<mark>`, built from the sorted list of
 * span boundaries (never by replacing strings), so that nested and overlapping spans give well-formed
 * markup. A span that crosses the end of an enclosing one is closed there and reopened as a
 * continuation (`data-cont`), so each span has exactly one head element.
 *
 * Example: text `وی گفت: ۵۰ میلیارد تومان اعتبار` with a quote [8, 31) and money [8, 24) →
 * `وی گفت: <mark … data-type="quote" …><mark … data-type="money" …>۵۰ میلیارد تومان</mark> اعتبار</mark>`.
 */
import { escapeAttr, escapeHtml } from './escape.js';
import { TYPE_INFO } from './labels.js';
import { isPlaceable, type Span } from './spans.js';

export interface Marked {
  html: string;
  /** Spans whose offsets do not fit the text (not highlighted; the page lists them). */
  unplaced: Span[];
}

/** Outer before inner: earlier start, then later end, then type rank (a quote wraps a money mention). */
function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || TYPE_INFO.get(a.type)!.rank - TYPE_INFO.get(b.type)!.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function openTag(span: Span, anchorPrefix: string, continuation: boolean): string {
  const common = `class="m m-${span.type}" data-type="${span.type}" data-key="${escapeAttr(span.key)}" data-value="${escapeAttr(span.value)}"`;
  return continuation ? `<mark ${common} data-cont="">` : `<mark ${common} id="${escapeAttr(`${anchorPrefix}-${span.key}`)}" tabindex="0">`;
}

/** The escaped text of `text` with `spans` marked; anchors are `${anchorPrefix}-${span.key}`. */
export function markText(text: string, spans: Span[], anchorPrefix: string): Marked {
  const placed = spans.filter((s) => isPlaceable(s, text.length)).sort(compareSpans);
  const unplaced = spans.filter((s) => !isPlaceable(s, text.length));
  const bounds = [...new Set([0, text.length, ...placed.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);

  let html = '';
  let open: Span[] = []; // outer → inner, in compareSpans order
  let next = 0; // index into `placed` of the next span to start
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    let active = open.filter((s) => s.end > from);
    const starting: Span[] = [];
    while (next < placed.length && placed[next].start === from) starting.push(placed[next++]);
    if (starting.length > 0) active = [...active, ...starting].sort(compareSpans);
    let same = 0;
    while (same < open.length && same < active.length && open[same] === active[same]) same++;
    html += '</mark>'.repeat(open.length - same);
    for (const s of active.slice(same)) html += openTag(s, anchorPrefix, s.start < from);
    open = active;
    html += escapeHtml(text.slice(from, to));
  }
  html += '</mark>'.repeat(open.length);
  return { html, unplaced };
}
