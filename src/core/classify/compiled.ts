// The lexicons compiled once, at module load, into two keyword automata (visible texts; field
// name stems) and one token map (whole name tokens). Classifying a field then only scans.
import {
  CONSENT_BOXES,
  EN,
  FAMILY_CONTEXT_TERMS,
  LANGUAGES,
  ZH_CN_WHOLE_LABEL,
  HIDDEN_NAME_STEMS,
  HIDDEN_NAME_TOKENS,
  SELF_AND_FAMILY_TERMS,
  FAMILY_CONTEXT_TOKENS,
  NAME_NEGATIVE_STEMS,
  NAME_STEMS,
  NEGATIVE,
  OPTION_ONLY,
  PINYIN_TOKENS,
  WHOLE_NAME_TOKENS,
  ZH_CN,
  ZH_TW,
} from '../lexicon';
import type { CategoryLexicon } from '../lexicon';
import type { CategoryId } from '../taxonomy';
import { fold } from './normalize';
import { KeywordScanner } from './keyword-scanner';

type TermBase = {
  /** As written in the lexicon ('vaccin*'). */
  readonly term: string;
  /** For evidence strings: without the prefix star ('vaccin'). */
  readonly shown: string;
  /** Folded, for "the same word found twice" (computed once here, not per hit). */
  readonly key: string;
};

export type TermInfo = TermBase &
  (
    | {
        readonly kind: 'positive';
        readonly category: CategoryId;
        readonly weight: number;
        readonly optionOnly: boolean;
      }
    | { readonly kind: 'negative'; readonly blocks: 'all' | ReadonlySet<CategoryId>; readonly weight: number }
    | { readonly kind: 'family' }
    | { readonly kind: 'self-and-family' }
  );

function base(term: string): TermBase {
  const shown = term.replace(/^\*(?=.)|\*$/g, '');
  return { term, shown, key: fold(shown) };
}

export interface CompiledScanner {
  readonly scanner: KeywordScanner;
  readonly info: readonly TermInfo[];
}

function positives(lexicon: CategoryLexicon, optionOnly: boolean): TermInfo[] {
  const out: TermInfo[] = [];
  for (const [category, terms] of Object.entries(lexicon) as [CategoryId, readonly (readonly [string, number])[]][]) {
    for (const [term, weight] of terms) out.push({ ...base(term), kind: 'positive', category, weight, optionOnly });
  }
  return out;
}

function negatives(): TermInfo[] {
  return [...NEGATIVE, CONSENT_BOXES, ...LANGUAGES.flatMap((l) => l.negative ?? [])].flatMap((rule) => {
    const blocks = rule.blocks === 'all' ? 'all' : new Set(rule.blocks);
    return rule.terms.map((term): TermInfo => ({ ...base(term), kind: 'negative', blocks, weight: rule.weight }));
  });
}

function compile(info: TermInfo[], anywhere = false): CompiledScanner {
  return { scanner: new KeywordScanner(info.map((i) => ({ source: i.term, anywhere }))), info };
}

/** Visible texts (labels, questions, placeholders, options, help) and split field names. */
export const TEXT_SCANNER: CompiledScanner = compile([
  ...positives(ZH_CN, false),
  ...positives(ZH_TW, false),
  ...positives(EN, false),
  ...LANGUAGES.flatMap((l) => positives(l.terms, false)),
  ...positives(OPTION_ONLY, true),
  ...negatives(),
  ...FAMILY_CONTEXT_TERMS.map((term): TermInfo => ({ ...base(term), kind: 'family' })),
  ...SELF_AND_FAMILY_TERMS.map((term): TermInfo => ({ ...base(term), kind: 'self-and-family' })),
]);

/** Stems found anywhere inside a joined, lower-cased field name ("residentialaddress"). */
export const NAME_STEM_SCANNER: CompiledScanner = compile(
  [
    ...positives(NAME_STEMS, false),
    ...NAME_NEGATIVE_STEMS.map((term): TermInfo => ({ ...base(term), kind: 'negative', blocks: 'all', weight: 1 })),
  ],
  true,
);

/** Extra stems read only in the names of type=hidden inputs. */
export const HIDDEN_STEM_SCANNER: CompiledScanner = compile(positives(HIDDEN_NAME_STEMS, false), true);

export interface TokenEntry {
  readonly term: string;
  readonly category: CategoryId;
  readonly weight: number;
}

type WeightedTermList = readonly (readonly [string, number])[];

function tokenMap(
  lexicon: CategoryLexicon,
  keyOf: (term: string) => string = fold,
): ReadonlyMap<string, readonly TokenEntry[]> {
  const map = new Map<string, TokenEntry[]>();
  for (const [category, terms] of Object.entries(lexicon) as [CategoryId, WeightedTermList][]) {
    for (const [term, weight] of terms) {
      const key = keyOf(term);
      const list = map.get(key) ?? [];
      list.push({ term, category, weight });
      map.set(key, list);
    }
  }
  return map;
}

/**
 * Folds a label for the whole-label lookup: surrounding punctuation, required/optional marks,
 * digits ("주소 2") and a bracketed aside ("Nombre(s)", "姓（必須）") removed.
 */
export function wholeLabelKey(text: string): string {
  let key = fold(text).replace(/[([（【][^)\]）】]{0,16}[)\]）】]/g, ' ');
  key = key.replace(/^[\s*:：.。,，、·・#№\-–—_|/\\\d]+|[\s*:：.。,，、·・#№?？!！\-–—_|/\\\d]+$/g, '');
  return key.replace(/\s+/g, ' ');
}

/** Short words that are a question only as the entire label (lexicon `wholeLabel`, ZH_CN_WHOLE_LABEL). */
export const WHOLE_LABELS: ReadonlyMap<string, readonly TokenEntry[]> = tokenMap(
  [ZH_CN_WHOLE_LABEL, ...LANGUAGES.map((l) => l.wholeLabel ?? {})].reduce<Record<string, WeightedTermList>>(
    (all, lexicon) => {
      for (const [category, terms] of Object.entries(lexicon)) all[category] = [...(all[category] ?? []), ...terms];
      return all;
    },
    {},
  ),
  wholeLabelKey,
);

/** Whole field-name tokens: pinyin initials and identifier words. */
export const NAME_TOKENS: ReadonlyMap<string, readonly TokenEntry[]> = tokenMap(PINYIN_TOKENS);

/** Identifiers that count only as the entire field name ("name"). */
export const WHOLE_NAMES: ReadonlyMap<string, readonly TokenEntry[]> = tokenMap(WHOLE_NAME_TOKENS);

/** Whole tokens read only in the names of type=hidden inputs. */
export const HIDDEN_TOKENS: ReadonlyMap<string, readonly TokenEntry[]> = tokenMap(HIDDEN_NAME_TOKENS);

export const FAMILY_TOKENS: ReadonlySet<string> = new Set(FAMILY_CONTEXT_TOKENS);
