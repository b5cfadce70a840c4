/**
 * PEYMA scoring (span overlap): our money, percentages, dates and officials' name mentions against the
 * corpus's MON, PCT, DAT and PER spans.
 *
 * Example: `scorePeyma('…/peyma_dev_docs.jsonl').scores.get('percentages')!.f1` → 0.99.
 */
import { extract } from '../../src/pipeline/index.js';
import type { KhabarDocument } from '../../src/types.js';
import { addCounts, overlaps, readJsonl, scoreCounts, spanOverlapCounts, zeroCounts, type OverlapCounts, type OverlapScore, type Span } from './corpus-eval.js';

interface PeymaEntity extends Span {
  type: string;
  text: string;
}

export interface PeymaDoc {
  id: string;
  text: string;
  entities: PeymaEntity[];
}

/** Our mention lists scored against each PEYMA class. */
export const TYPES: { name: string; gold: string; neutral?: string; pred: (d: KhabarDocument) => Span[] }[] = [
  { name: 'money', gold: 'MON', pred: (d) => d.money },
  { name: 'percentages', gold: 'PCT', pred: (d) => d.percentages },
  { name: 'dates', gold: 'DAT', pred: (d) => d.dates },
  // PEYMA tags a day with a time of day (`صبح امروز`, `عصر دوشنبه`) as TIM, which SPEC counts as a date:
  // here a predicted date lying on a TIM span and no DAT span is neither rewarded nor punished.
  { name: 'dates (TIM-neutral)', gold: 'DAT', neutral: 'TIM', pred: (d) => d.dates },
  {
    name: 'officials(PER)',
    gold: 'PER',
    pred: (d) => d.officials.flatMap((o) => o.mentions.filter((m) => m.kind === 'name' || m.kind === 'surname')),
  },
];

export interface PeymaScores {
  documents: number;
  scores: Map<string, OverlapScore>;
}

/** Score every document of a PEYMA docs file; `onDocument` sees each with its gold and predictions. */
export function scorePeyma(path: string, onDocument?: (doc: PeymaDoc, type: string, gold: Span[], pred: Span[]) => void): PeymaScores {
  const docs = readJsonl<PeymaDoc>(path);
  const totals = new Map<string, OverlapCounts>(TYPES.map((t) => [t.name, zeroCounts()]));
  for (const doc of docs) {
    const out = extract(doc.text, { id: doc.id });
    for (const t of TYPES) {
      const gold = doc.entities.filter((e) => e.type === t.gold);
      const neutral = t.neutral ? doc.entities.filter((e) => e.type === t.neutral) : [];
      const pred = t.pred(out).filter((p) => !neutral.some((n) => overlaps(n, p)) || gold.some((g) => overlaps(g, p)));
      addCounts(totals.get(t.name)!, spanOverlapCounts(gold, pred));
      onDocument?.(doc, t.gold, gold, pred);
    }
  }
  return { documents: docs.length, scores: new Map(TYPES.map((t) => [t.name, scoreCounts(totals.get(t.name)!)])) };
}
