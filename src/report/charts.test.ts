/**
 * charts: SVG bars and timeline drawn by the project. Bars scale to the largest value and grow from
 * the right; labels are escaped and clipped; the timeline runs right (earliest) to left (latest).
 */
import { describe, expect, it } from 'vitest';
import { barChart, clip, labelledTicks, type Tick, timelineChart } from './charts.js';

const rects = (svg: string) =>
  [...svg.matchAll(/<rect class="bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), width: Number(m[2]) }));

describe('barChart', () => {
  const svg = barChart(
    [
      { label: 'خوزستان', value: 80e9, valueLabel: '۸۰ میلیارد تومان' },
      { label: 'کهگیلویه و بویراحمد', value: 40e9, valueLabel: '۴۰ میلیارد تومان' },
      { label: '<b>تهران</b>', value: 20e9, valueLabel: '۲۰ میلیارد تومان' },
    ],
    { title: 'جمع مبالغ' },
  );

  it('scales bars to the largest value, all ending at the same right edge', () => {
    const [a, b, c] = rects(svg);
    expect(b.width / a.width).toBeCloseTo(0.5, 2);
    expect(c.width / a.width).toBeCloseTo(0.25, 2);
    expect(a.x + a.width).toBeCloseTo(b.x + b.width, 5);
    expect(a.x + a.width).toBeCloseTo(c.x + c.width, 5);
  });

  it('labels each bar, right to left, with its value and a tooltip', () => {
    expect(svg).toContain('<title>خوزستان: ۸۰ میلیارد تومان</title>');
    expect(svg.match(/direction="rtl" text-anchor="start"/g)).toHaveLength(6);
    expect(svg).toContain('role="img" aria-label="جمع مبالغ"');
  });

  it('escapes labels', () => {
    expect(svg).toContain('&lt;b&gt;تهران&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
  });

  it('says so when there is nothing to draw', () => {
    expect(barChart([], { title: 'x' })).toContain('داده‌ای نیست');
  });
});

describe('clip', () => {
  const table: [string, number, string][] = [
    ['بیمارستان امام', 34, 'بیمارستان امام'],
    ['بیمارستان امام موسی کاظم(ع)، ماهشهر', 12, 'بیمارستان ا…'],
    ['😀😀😀😀', 3, '😀😀…'],
  ];
  for (const [label, max, expected] of table) it(`${label} / ${max}`, () => expect(clip(label, max)).toBe(expected));
});

describe('timelineChart', () => {
  const svg = timelineChart(
    [
      { startDay: 100, endDay: 130, label: 'اسفند ۱۴۰۱', title: 'a', kind: 'date' },
      { startDay: 200, endDay: 200, label: 'افتتاح', title: 'b', kind: 'fact' },
    ],
    [{ day: 90, label: '1401', major: true }],
    { title: 'خط زمانی' },
  );

  it('draws a range as a bar and a single day as a dot, later ones further left', () => {
    const bar = /<rect class="event event-date" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(svg)!;
    const dot = /<circle class="event event-fact" cx="([\d.]+)"/.exec(svg)!;
    expect(Number(dot[1])).toBeLessThan(Number(bar[1]));
    expect(svg).toContain('>۱۴۰۱</text>');
  });

  it('says so when there is no event', () => {
    expect(timelineChart([], [], { title: 'x' })).toContain('رویداد تاریخ‌داری نیست');
  });

  it('labels every major tick and only the minor ticks with room', () => {
    const ticks: Tick[] = [0, 10, 20, 30, 100, 200].map((day, i) => ({ day, label: String(day), major: i === 1 }));
    const shown = [...labelledTicks(ticks, (d) => d)].map((t) => t.day);
    expect(shown).toEqual([10, 100, 200]);
  });
});
