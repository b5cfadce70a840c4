/**
 * ARMAN scoring (span overlap): the precision of our officials' name mentions against `pers` spans, and
 * the recall of our facility mentions on `fac` spans headed by a health facility type
 * (data/health-facility-heads.txt). ARMAN sentences are tokens joined by spaces; digits are 0.
 *
 * Example: `scoreArman('…/arman_fold2.jsonl').pers.precision` → 0.99; `.fac.recall` → 1.
 */
import { loadLines } from '../../src/data.js';
import { extract } from '../../src/pipeline/index.js';
import { addCounts, overlaps, readJsonl, scoreCounts, spanOverlapCounts, zeroCounts, type OverlapScore, type Span } from './corpus-eval.js';

interface ArmanEntity extends Span {
  type: string;
  text: string;
}

interface ArmanDoc {
  id: string;
  text: string;
  entities: ArmanEntity[];
}

const squash = (s: string) => s.replace(/[\s\u200c]+/g, '').replace(/ي/g, 'ی').replace(/ك/g, 'ک');
const HEADS = loadLines('health-facility-heads.txt').map(squash).sort((a, b) => b.length - a.length);

function isHealthFacility(e: ArmanEntity): boolean {
  const text = squash(e.text);
  return HEADS.some((h) => text.startsWith(h));
}

export interface ArmanScores {
  documents: number;
  pers: OverlapScore;
  fac: OverlapScore;
  /** Unmatched name mentions and missed facility spans, in context (for --show). */
  notes: string[];
}

export function scoreArman(path: string): ArmanScores {
  const docs = readJsonl<ArmanDoc>(path);
  const pers = zeroCounts();
  const fac = zeroCounts();
  const notes: string[] = [];
  for (const doc of docs) {
    const out = extract(doc.text, { id: doc.id });
    const names = out.officials.flatMap((o) => o.mentions.filter((m) => m.kind === 'name' || m.kind === 'surname'));
    const goldPers = doc.entities.filter((e) => e.type === 'pers');
    addCounts(pers, spanOverlapCounts(goldPers, names));
    const goldFac = doc.entities.filter((e) => e.type === 'fac' && isHealthFacility(e));
    const facMentions = out.facilities.flatMap((f) => f.mentions);
    addCounts(fac, spanOverlapCounts(goldFac, facMentions));
    const ctx = (s: Span) => `${doc.text.slice(Math.max(0, s.start - 40), s.start)}[${doc.text.slice(s.start, s.end)}]${doc.text.slice(s.end, s.end + 30)}`;
    for (const p of names) if (!goldPers.some((g) => overlaps(g, p))) notes.push(`EXTRA pers ${doc.id}: ${ctx(p)}`);
    for (const g of goldFac) if (!facMentions.some((p) => overlaps(g, p))) notes.push(`MISS fac ${doc.id}: ${ctx(g)}`);
  }
  return { documents: docs.length, pers: scoreCounts(pers), fac: scoreCounts(fac), notes };
}
