/**
 * extract/officials: people named with a post, one record per person per article, with every mention
 * (full name, surname alone, post alone — also before the name is given —, `وی`), the post split into
 * title and organization, and honorifics kept apart from the name. The grammar is in `officials/`.
 *
 * Example: `مدیر درمان تامین اجتماعی کهگیلویه و بویراحمد گفت: … یونس محمودیان … وی گفت: … محمودیان گفت:`
 * → `[{ id: 'o1', name: 'یونس محمودیان', honorifics: [], title: 'مدیر درمان', organization:
 * 'تامین اجتماعی کهگیلویه و بویراحمد', roles: ['مدیر درمان تامین اجتماعی کهگیلویه و بویراحمد'],
 * mentions: [role, name, pronoun, surname …] }]`.
 */
import type { ExtractContext } from './context.js';
import type { Official } from '../types.js';
import { analyze, type Analysis, type Entity } from './officials/analyze.js';
import { officialOf } from './officials/record.js';
import { sortStableBy } from '../sort.js';

export interface OfficialsResult {
  analysis: Analysis;
  officials: Official[];
  /** The official id of an entity, where it is an official. */
  idOf: Map<Entity, string>;
}

/**
 * The last article's result: the pipeline asks for officials and then for quotes of one context. (A
 * WeakMap would keep every result alive until the next full GC, which made the young generation
 * promote them all.) Another context in between only costs a second analysis, with equal results.
 */
let cachedCtx: ExtractContext | null = null;
let cached: OfficialsResult | null = null;

/** The entities that speak before a cue (a loop: a Set made from the values' iterator is slow). */
function speakerSet(analysis: Analysis): Set<Entity | null> {
  const out = new Set<Entity | null>();
  analysis.speakers.forEach((e) => out.add(e));
  return out;
}

/** Does the post name a body, or is it a post of a place (`استاندار تهران`)? */
const placed = (r: Entity['roles'][number]): boolean => r.orgStart !== null || r.entry.complement === 'place';

/** The start of an entity's first mention (its mentions are in order). */
const firstMentionStart = (e: Entity): number => e.mentions[0].start;

/** The analysis and records of an article, computed once per context (quotes read the same analysis). */
export function officialsResult(ctx: ExtractContext): OfficialsResult {
  if (ctx === cachedCtx && cached) return cached;
  const analysis = analyze(ctx);
  // Posts without a name are kept when they name a body (`مدیرعامل سازمان تامین اجتماعی`), are a
  // head of state (`رئیس جمهور`), or speak; a bare `مسئول حادثه` is not a record.
  // The speakers are gathered only when a post without a name asks (most entities have a name).
  let speakers: Set<Entity | null> | null = null;
  const kept: Entity[] = [];
  for (const e of analysis.entities) {
    if (e.roles.length === 0 || e.mentions.length === 0) continue;
    if (e.names.length > 0 || (speakers ??= speakerSet(analysis)).has(e) || e.roles.some(placed)) kept.push(e);
  }
  sortStableBy(kept, firstMentionStart); // each entity's mentions are sorted already
  const idOf = new Map<Entity, string>();
  const officials: Official[] = [];
  for (let i = 0; i < kept.length; i++) {
    const id = `o${i + 1}`;
    idOf.set(kept[i], id);
    officials.push(officialOf(ctx, kept[i], id));
  }
  const result = { analysis, officials, idOf };
  cachedCtx = ctx;
  cached = result;
  return result;
}

export function extractOfficials(ctx: ExtractContext): Official[] {
  return officialsResult(ctx).officials;
}
