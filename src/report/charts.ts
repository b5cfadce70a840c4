/**
 * report/charts: SVG drawn by the project (no charting library): a horizontal bar chart and a
 * timeline, both right-to-left (labels on the right, bars and later dates growing to the left).
 * Colours come from the page's CSS classes, so the charts follow light and dark mode.
 *
 * Example: `barChart([{ label: 'خوزستان', value: 67e9, valueLabel: '۶۷ میلیارد تومان' }], { title: … })` →
 * `<svg … role="img"><title>…</title><g class="bar-row"><title>خوزستان: ۶۷ میلیارد تومان</title><text …>خوزستان</text>
 * <rect class="bar" …/>…</svg>`.
 */
import { escapeAttr, escapeHtml } from './escape.js';
import { persianDigits } from './values.js';

export interface Bar {
  label: string;
  value: number;
  valueLabel: string;
}

const WIDTH = 760;
const ROW = 26;
const BAR = 16;
const PAD = 8;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 150;
const MAX_LABEL_CHARS = 34;

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/** A label cut to `max` characters (whole code points) with an ellipsis. */
export function clip(label: string, max = MAX_LABEL_CHARS): string {
  const chars = [...label];
  return chars.length <= max ? label : chars.slice(0, max - 1).join('') + '…';
}

/** Text anchored at its right edge (x), flowing right to left. */
function rtlText(x: number, y: number, text: string, cls: string): string {
  return `<text class="${cls}" x="${fmt(x)}" y="${fmt(y)}" direction="rtl" text-anchor="start" dominant-baseline="central">${escapeHtml(text)}</text>`;
}

/** Horizontal bars, largest value first as given; bars are scaled to the largest value. */
export function barChart(bars: Bar[], opts: { title: string }): string {
  const height = PAD * 2 + Math.max(bars.length, 1) * ROW;
  const plotRight = WIDTH - LABEL_WIDTH - PAD;
  const plotWidth = plotRight - VALUE_WIDTH - PAD;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const rows = bars.map((b, i) => {
    const y = PAD + i * ROW;
    const mid = y + ROW / 2;
    const len = max > 0 ? Math.max(1, (Math.max(0, b.value) / max) * plotWidth) : 0;
    return (
      `<g class="bar-row"><title>${escapeHtml(`${b.label}: ${b.valueLabel}`)}</title>` +
      rtlText(WIDTH - PAD, mid, clip(b.label), 'chart-label') +
      `<rect class="bar" x="${fmt(plotRight - len)}" y="${fmt(mid - BAR / 2)}" width="${fmt(len)}" height="${BAR}" rx="2"/>` +
      rtlText(plotRight - len - 6, mid, b.valueLabel, 'chart-value') +
      `</g>`
    );
  });
  if (bars.length === 0) rows.push(rtlText(WIDTH - PAD, PAD + ROW / 2, 'داده‌ای نیست', 'chart-empty'));
  return svg(height, opts.title, rows.join(''));
}

function svg(height: number, title: string, body: string): string {
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeAttr(title)}">` +
    `<title>${escapeHtml(title)}</title>${body}</svg>`
  );
}

export interface TimelineEvent {
  /** Day numbers (days since 1970-01-01, Gregorian) of the first and last day. */
  startDay: number;
  endDay: number;
  label: string;
  /** Full description for the tooltip. */
  title: string;
  kind: 'fact' | 'date';
}

export interface Tick {
  day: number;
  label: string;
  /** Major ticks (year starts) are always labelled; minor ones only where their label has room. */
  major: boolean;
}

const TICK_LABEL_GAP = 64;

/** The ticks whose labels fit: every major tick, then minor ones at least TICK_LABEL_GAP from any label. */
export function labelledTicks(ticks: Tick[], x: (day: number) => number): Set<Tick> {
  const shown = new Set<Tick>();
  const xs: number[] = [];
  for (const pass of [true, false]) {
    for (const t of ticks) {
      if (t.major !== pass) continue;
      const tx = x(t.day);
      if (xs.some((v) => Math.abs(v - tx) < TICK_LABEL_GAP)) continue;
      shown.add(t);
      xs.push(tx);
    }
  }
  return shown;
}

/**
 * One row per event: its label on the right, its range as a bar (a dot for one day) on a time axis
 * that runs from right (earliest) to left (latest), with `ticks` (Jalali year or month starts).
 */
export function timelineChart(events: TimelineEvent[], ticks: Tick[], opts: { title: string }): string {
  const AXIS = 26;
  if (events.length === 0) ticks = [];
  const height = PAD * 2 + AXIS + Math.max(events.length, 1) * ROW;
  const plotRight = WIDTH - LABEL_WIDTH - PAD;
  const plotLeft = PAD + 44; // room for the label of a tick at the left end
  const min = Math.min(...events.map((e) => e.startDay), ...ticks.map((t) => t.day));
  const max = Math.max(...events.map((e) => e.endDay + 1), ...ticks.map((t) => t.day));
  const span = Math.max(1, max - min);
  const x = (day: number) => plotRight - ((day - min) / span) * (plotRight - plotLeft);
  const parts: string[] = [];
  const axisY = PAD + AXIS - 6;
  parts.push(`<line class="axis" x1="${fmt(plotLeft)}" y1="${axisY}" x2="${fmt(plotRight)}" y2="${axisY}"/>`);
  const labelled = labelledTicks(ticks, x);
  for (const t of ticks) {
    const tx = x(t.day);
    parts.push(`<line class="tick${t.major ? ' major' : ''}" x1="${fmt(tx)}" y1="${axisY}" x2="${fmt(tx)}" y2="${fmt(height - PAD)}"/>`);
    if (labelled.has(t)) {
      parts.push(
        `<text class="chart-tick" x="${fmt(tx)}" y="${PAD + 6}" text-anchor="middle" dominant-baseline="central">${escapeHtml(persianDigits(t.label))}</text>`,
      );
    }
  }
  events.forEach((e, i) => {
    const mid = PAD + AXIS + i * ROW + ROW / 2;
    const x1 = x(e.endDay + 1);
    const x2 = x(e.startDay);
    const shape =
      x2 - x1 < 6
        ? `<circle class="event event-${e.kind}" cx="${fmt((x1 + x2) / 2)}" cy="${fmt(mid)}" r="5"/>`
        : `<rect class="event event-${e.kind}" x="${fmt(x1)}" y="${fmt(mid - BAR / 2)}" width="${fmt(x2 - x1)}" height="${BAR}" rx="3"/>`;
    parts.push(`<g class="event-row"><title>${escapeHtml(e.title)}</title>${rtlText(WIDTH - PAD, mid, clip(e.label), 'chart-label')}${shape}</g>`);
  });
  if (events.length === 0) parts.push(rtlText(WIDTH - PAD, PAD + AXIS + ROW / 2, 'رویداد تاریخ‌داری نیست', 'chart-empty'));
  return svg(height, opts.title, parts.join(''));
}
