// Shapes of the vocabulary data. Lexicons are plain data: the classifier compiles them once at
// module load (src/core/classify/compiled.ts); nothing here runs per field.
import type { CategoryId } from '../taxonomy';

/**
 * A term and how strongly it points to its category (0..1).
 * Matching is on normalised text (lower case, full-width → ASCII, Traditional → Simplified
 * characters), so one Simplified entry also covers the Traditional spelling of the same word.
 * ASCII terms match whole words; a trailing `*` makes a prefix ("vaccin*" → vaccinated).
 */
export type WeightedTerm = readonly [term: string, weight: number];

/** Terms grouped by the category they point to. */
export type CategoryLexicon = { readonly [C in CategoryId]?: readonly WeightedTerm[] };

/**
 * Context that says a field is NOT the personal data a keyword suggests (机房温度, 公司地址).
 * A negative term blocks the listed categories for every hit in the same text and for hits in
 * less trusted texts whose strength is not above the negative's (see classify/scoring.ts).
 */
export interface NegativeRule {
  readonly terms: readonly string[];
  readonly blocks: 'all' | readonly CategoryId[];
  readonly weight: number;
  /** Why the context is not personal data (for the reader of the data, not used at run time). */
  readonly why: string;
}

/** Field-name tokens (pinyin abbreviations, English identifiers): exact, whole-token matches. */
export type NameTokenLexicon = CategoryLexicon;

/**
 * One language's vocabulary (lexicon/<lang>.ts). Every language's words count on every page:
 * a Munich office's form quotes English, a Shanghai form has a German colleague's column.
 */
export interface LanguageLexicon {
  /** BCP 47 primary tag ("de", "pt", "ja"). */
  readonly lang: string;
  /** English name, for the README's language table and test names. */
  readonly name: string;
  /** Question words: matched like the other text lexicons (ASCII-script words whole, `*` = any ending or beginning). */
  readonly terms: CategoryLexicon;
  /**
   * Short words that name a category only when they are the whole label ("Nom", "姓", "성",
   * "İl"): inside longer text they are something else (航空会社名, "il numero", 시도 = attempt).
   * Compared after folding, with surrounding punctuation, digits and a bracketed aside removed.
   */
  readonly wholeLabel?: CategoryLexicon;
  /** Contexts in this language that are not personal data (company name, username…). */
  readonly negative?: readonly NegativeRule[];
}
