// Combines hits into one score per category.
//  1. A negative block removes every hit of a category it covers whose strength is not above
//     the block's (same text: the negative's weight decides; a negative in the label beats a
//     field-name token; "备注" in a help text does not beat a label).
//  2. Hits from the same place are not independent: per group (label, placeholder, name…) the
//     strongest counts, and a word repeated in several places (城市 in the label and again in
//     the placeholder) counts once; options are independent of each other and add up, up to
//     OPTIONS_CAP.
//  3. Groups combine as independent evidence (noisy-or): 1 − Π(1 − s).
import { CATEGORY_IDS } from '../taxonomy';
import type { CategoryId } from '../taxonomy';
import type { Block, Evidence, CategoryHit } from './evidence';
import { OPTIONS_CAP } from './trust';

export interface CategoryScore {
  readonly category: CategoryId;
  readonly score: number;
  /** Surviving hits for the category, strongest first. */
  readonly hits: readonly CategoryHit[];
}

export interface Ranking {
  readonly ranked: readonly CategoryScore[];
  /** Blocks that removed at least one hit. */
  readonly fired: readonly Block[];
}

const ORDER: ReadonlyMap<CategoryId, number> = new Map(CATEGORY_IDS.map((id, i) => [id, i]));

function covers(block: Block, category: CategoryId): boolean {
  return block.blocks === 'all' || block.blocks.has(category);
}

/** A negative word reaches hits of its own text and of less trusted places (see Block.trust). */
function reaches(block: Block, hit: CategoryHit): boolean {
  if (block.trust === undefined || hit.trust === undefined) return true;
  return block.group === hit.group || hit.trust < block.trust;
}

export function rank(evidence: Evidence): Ranking {
  const fired = new Set<Block>();
  const byCategory = new Map<CategoryId, CategoryHit[]>();
  for (const hit of evidence.hits) {
    const blocker = evidence.blocks.find(
      (b) => covers(b, hit.category) && b.strength >= hit.strength && reaches(b, hit),
    );
    if (blocker) {
      fired.add(blocker);
      continue;
    }
    const list = byCategory.get(hit.category);
    if (list) list.push(hit);
    else byCategory.set(hit.category, [hit]);
  }

  const ranked: CategoryScore[] = [];
  for (const [category, hits] of byCategory) {
    const groups = new Map<string, number>();
    const counted = new Set<string>();
    let optionMiss = 1;
    hits.sort((a, b) => b.strength - a.strength);
    for (const hit of hits) {
      if (hit.group === 'option') optionMiss *= 1 - hit.strength;
      else if (!counted.has(hit.term)) {
        counted.add(hit.term);
        groups.set(hit.group, Math.max(groups.get(hit.group) ?? 0, hit.strength));
      }
    }
    let miss = 1 - Math.min(OPTIONS_CAP, 1 - optionMiss);
    for (const strength of groups.values()) miss *= 1 - strength;
    ranked.push({ category, score: 1 - miss, hits });
  }
  ranked.sort((a, b) => b.score - a.score || ORDER.get(a.category)! - ORDER.get(b.category)!);
  return { ranked, fired: [...fired] };
}
