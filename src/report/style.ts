/**
 * report/style: the page's one stylesheet (inlined; no external assets). Mention colours come from
 * labels.ts; light and dark palettes follow `prefers-color-scheme`. A mention's value shows in a
 * CSS tooltip (`::after { content: attr(data-value) }`) on hover and on keyboard focus, so the page
 * needs no script at all.
 *
 * Example: the money type gives `.m-money { --c: #E69F00; --tint: rgb(230 159 0 / 0.26); --line: solid }`.
 */
import { MENTION_TYPES } from './labels.js';

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255}`;
}

const typeRules = (alpha: number) =>
  MENTION_TYPES.map(
    (t) => `.m-${t.type}, .swatch-${t.type} { --c: ${t.colour}; --tint: rgb(${rgb(t.colour)} / ${t.type === 'quote' ? alpha * 0.8 : alpha}); --line: ${t.line}; }`,
  ).join('\n');

export const CSS = `
:root {
  color-scheme: light dark;
  --bg: #fbfbfa; --fg: #1d1d1f; --muted: #5f6368; --panel: #ffffff; --border: #d9d9de;
  --head: #f1f1f4; --tip-bg: #1d1d1f; --tip-fg: #ffffff; --focus: #0072B2;
  --bar: #0072B2; --fact: #D55E00; --date: #009E73; --error: #b3261e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #141417; --fg: #e8e8ea; --muted: #a0a0a8; --panel: #1d1d22; --border: #3a3a42;
    --head: #26262c; --tip-bg: #f1f1f4; --tip-fg: #141417; --focus: #56B4E9;
    --bar: #56B4E9; --fact: #E69F00; --date: #009E73; --error: #f2b8b5;
  }
}
${typeRules(0.26)}
@media (prefers-color-scheme: dark) {
${typeRules(0.36)}
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body {
  margin: 0 auto; max-width: 1120px; padding: 24px 20px 64px;
  font-family: Vazirmatn, "Vazirmatn UI", Tahoma, "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", sans-serif;
  font-size: 16px; line-height: 1.8;
}
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 0 0 8px; line-height: 1.6; }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
h4 { font-size: 0.95rem; margin: 14px 0 4px; }
a { color: var(--focus); }
.muted { color: var(--muted); }
.ltr { direction: ltr; unicode-bidi: isolate; }
section.summary, section.article {
  background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: 16px 20px; margin: 0 0 20px;
}
.stats { display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: 8px 0; list-style: none; }
.stats li { border: 1px solid var(--border); border-radius: 6px; padding: 4px 12px; background: var(--bg); }
.stats b { font-size: 1.15rem; margin-inline-start: 6px; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 16px; padding: 0; margin: 8px 0; list-style: none; }
.swatch { background: var(--tint); border-bottom: 3px var(--line) var(--c); padding: 0 6px; border-radius: 2px; }
.charts { display: grid; grid-template-columns: 1fr; gap: 8px; }
figure { margin: 8px 0 16px; overflow-x: auto; }
figcaption { font-weight: bold; margin-bottom: 4px; }
svg.chart { max-width: 100%; height: auto; direction: ltr; font-family: inherit; }
svg.chart text { fill: var(--fg); font-size: 13px; }
svg.chart .chart-value, svg.chart .chart-tick, svg.chart .chart-empty { fill: var(--muted); }
svg.chart .bar { fill: var(--bar); }
svg.chart .axis, svg.chart .tick { stroke: var(--border); stroke-width: 1; }
svg.chart .event-fact { fill: var(--fact); }
svg.chart .event-date { fill: var(--date); }
svg.chart .bar-row:hover .bar, svg.chart .event-row:hover .event { opacity: 0.75; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; font-size: 0.92rem; }
th, td { border: 1px solid var(--border); padding: 4px 8px; text-align: start; vertical-align: top; }
th { background: var(--head); font-weight: bold; }
td.num { text-align: end; font-variant-numeric: tabular-nums; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; font-size: 0.92rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
ul.errors { color: var(--error); margin: 4px 0 8px; }
.counts { display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 8px 0; list-style: none; font-size: 0.9rem; }
.counts li { padding: 0 8px; border-radius: 4px; background: var(--tint); border-bottom: 2px var(--line) var(--c); }
.text {
  white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.3; font-size: 1.02rem;
  border: 1px solid var(--border); border-radius: 6px; padding: 12px 16px; background: var(--bg); margin: 8px 0;
}
mark.m {
  color: inherit; background: var(--tint); border-bottom: 2px var(--line) var(--c);
  border-radius: 2px; padding: 1px 0; position: relative; cursor: help;
}
mark.m-quote { border-bottom-width: 2px; }
mark.m mark.m { padding: 0 1px; }
mark.m:focus { outline: 2px solid var(--focus); outline-offset: 1px; }
mark.m::after {
  content: attr(data-value); display: none; position: absolute; bottom: calc(100% + 6px); inset-inline-start: 0;
  z-index: 20; width: max-content; max-width: 36em; white-space: pre-wrap; unicode-bidi: plaintext; text-align: start;
  background: var(--tip-bg); color: var(--tip-fg); font-size: 0.82rem; line-height: 1.6; font-weight: normal;
  padding: 4px 10px; border-radius: 6px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); pointer-events: none;
}
mark.m:hover:not(:has(mark.m:hover))::after, mark.m:focus::after { display: block; }
details.timeline { margin: 0 0 12px; }
details.timeline summary { cursor: pointer; color: var(--focus); }
ol { list-style-type: persian; }
ol.quotes li { margin-bottom: 6px; }
a.jump { font-size: 0.8rem; margin-inline-start: 4px; }
.cue { color: var(--muted); }
footer { color: var(--muted); font-size: 0.85rem; margin-top: 24px; }
`.trimStart();
