// Turns everything known about one control into scored keyword hits, negative blocks and
// family-context marks. Nothing here decides; scoring.ts does.
import { AUTOCOMPLETE, AUTOCOMPLETE_QUALIFIERS } from '../lexicon';
import type { CategoryId } from '../taxonomy';
import type { ControlText, FieldDescriptor, TextSource } from '../types';
import {
  FAMILY_TOKENS,
  HIDDEN_STEM_SCANNER,
  HIDDEN_TOKENS,
  NAME_STEM_SCANNER,
  NAME_TOKENS,
  TEXT_SCANNER,
  WHOLE_LABELS,
  WHOLE_NAMES,
  wholeLabelKey,
} from './compiled';
import type { CompiledScanner } from './compiled';
import type { KeywordMatch } from './keyword-scanner';
import { splitName } from './name-tokens';
import { FOLD, isWordCode } from './normalize';
import {
  MAX_NAME_LENGTH,
  MAX_OPTIONS,
  MAX_PART_LENGTH,
  MAX_PARTS,
  MAX_TEXT_LENGTH,
  SIGNAL_TRUST,
  TEXT_TRUST,
} from './trust';
import { validateValue, VALIDATORS, type ValueValidator } from './validators';

/** One piece of support for a category. `group` collects hits that are not independent. */
export interface CategoryHit {
  readonly category: CategoryId;
  readonly strength: number;
  readonly evidence: string;
  readonly group: string;
  /** The matched term, folded: the same word found in two places is one piece of evidence. */
  readonly term: string;
  /** How much the place it was found in is believed (trust.ts): a weaker place's negative cannot block it. */
  readonly trust?: number;
}

export interface Block {
  readonly blocks: 'all' | ReadonlySet<CategoryId>;
  readonly strength: number;
  readonly evidence: string;
  /**
   * For a negative word: the trust of the text it was found in and that text's group. It blocks
   * hits of the same text and of less trusted places only: debugging text in a `title`
   * ("server type: NAME_FIRST") or a placeholder ("you@domain.com") does not overrule a label
   * ("First Name") or type=email. Structural blocks (type, autocomplete, search area) have none.
   */
  readonly trust?: number;
  readonly group?: string;
}

export interface Evidence {
  readonly hits: CategoryHit[];
  readonly blocks: Block[];
  /** Evidence strings of family / household context ("context:家人"). */
  readonly family: string[];
}

/** Types that never hold personal data whatever their label says. */
const NON_PERSONAL_TYPES: ReadonlySet<string> = new Set(['password', 'search', 'url', 'range', 'color']);
const DATE_TYPES: ReadonlySet<string> = new Set(['date', 'month', 'datetime-local', 'datetime']);

/** Drops matches lying inside a longer match (服务器地址 hides 地址, 出生地 hides 出生). */
function outermost(matches: KeywordMatch[]): KeywordMatch[] {
  if (matches.length < 2) return matches;
  return matches.filter(
    (m) => !matches.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

/** Where the English word continuing at `from` ends ("vaccin*" matched in "vaccinated"). */
function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isWordCode(FOLD[text.charCodeAt(end)]!)) end++;
  return end;
}

function isHealthHit(info: CompiledScanner['info'][number]): boolean {
  return info.kind === 'positive' && info.category.startsWith('health.');
}

/** Spaces between two CJK characters are layout ("姓　名", "手 机 号"), not word breaks. */
const SPACED_CJK = /(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g;

function scan(
  compiled: CompiledScanner,
  rawText: string,
  trust: number,
  prefix: string,
  group: string,
  isOption: boolean,
  out: Evidence,
): void {
  const text = /\s/.test(rawText) ? rawText.replace(SPACED_CJK, '') : rawText;
  const matches = compiled.scanner.scan(text).filter((m) => {
    const info = compiled.info[m.term]!;
    return !(info.kind === 'positive' && info.optionOnly && !isOption);
  });
  // Family context counts even inside a longer term ("anyone in your household"), unless the
  // same text also asks about the person ("本人或同住人员").
  // Not from options or help. From nearby text only when that text is itself a health question
  // ("家人身体状况" written before the box): a family table just above a personal health section
  // must not turn the person's own health into their family's.
  const familyApplies =
    !isOption &&
    prefix !== 'help' &&
    (prefix !== 'preceding-text' || matches.some((m) => isHealthHit(compiled.info[m.term]!))) &&
    !matches.some((m) => compiled.info[m.term]!.kind === 'self-and-family');
  if (familyApplies) {
    for (const match of matches) {
      const info = compiled.info[match.term]!;
      if (info.kind === 'family') out.family.push(`context:${info.shown}`);
    }
  }
  for (const match of outermost(matches)) {
    const info = compiled.info[match.term]!;
    // Evidence quotes the page's own words (疫苗接种 on a Simplified page, 疫苗接種 on a Traditional one).
    const seen = text.slice(match.start, info.term.endsWith('*') ? wordEnd(text, match.end) : match.end);
    if (info.kind === 'positive')
      out.hits.push({
        category: info.category,
        strength: info.weight * trust,
        evidence: `${prefix}:${seen}`,
        group,
        term: info.key,
        trust,
      });
    else if (info.kind === 'negative')
      out.blocks.push({
        blocks: info.blocks,
        strength: info.weight * trust,
        evidence: `negative:${seen}`,
        ...(group === 'name' ? {} : { trust, group }),
      });
  }
}

/** The descriptor's texts, most trusted first, without repeats; the label first if missing. */
function distinctTexts(descriptor: FieldDescriptor): ControlText[] {
  const seen = new Set<string>();
  const out: ControlText[] = [];
  let options = 0;
  const add = (source: TextSource, raw: string): void => {
    const text = raw.trim();
    if (!text || (source === 'option' && ++options > MAX_OPTIONS)) return;
    const key = `${source === 'option' ? 'o' : 't'}:${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    // Nearby paragraphs: the end is nearest the control; other texts: the start is the question.
    const cut =
      text.length <= MAX_TEXT_LENGTH
        ? text
        : source === 'preceding-text'
          ? text.slice(-MAX_TEXT_LENGTH)
          : text.slice(0, MAX_TEXT_LENGTH);
    out.push({ source, text: cut });
  };
  if (descriptor.label && !descriptor.texts.some((t) => t.text.trim() === descriptor.label.trim()))
    add('label', descriptor.label);
  for (const t of descriptor.texts) add(t.source, t.text);
  return out;
}

/** Parts as sent (bounded here too: a descriptor is data from a page's frame). */
function partsOf(descriptor: FieldDescriptor): ControlText[] {
  return (descriptor.parts ?? [])
    .slice(0, MAX_PARTS)
    .filter((p) => p.source !== 'option' && p.source !== 'help')
    .map((p) => ({ source: p.source, text: p.text.trim().slice(0, MAX_PART_LENGTH) }));
}

/** A whole-label word is short; longer texts are never one ("姓", "Nom", "성", "İl"). */
const MAX_WHOLE_LABEL = 24;

function wholeLabelEvidence(text: string, source: TextSource, trust: number, out: Evidence): void {
  const key = wholeLabelKey(text);
  for (const entry of WHOLE_LABELS.get(key) ?? []) {
    out.hits.push({
      category: entry.category,
      strength: entry.weight * trust,
      evidence: `${source}:${text.trim()}`,
      group: source,
      term: key,
      trust,
    });
  }
}

function nameEvidence(raw: string, prefix: 'name' | 'id', trust: number, hiddenInput: boolean, out: Evidence): void {
  const { tokens, nonAscii } = splitName(raw.slice(0, MAX_NAME_LENGTH));
  for (const token of tokens) {
    const entries = hiddenInput
      ? [...(NAME_TOKENS.get(token) ?? []), ...(HIDDEN_TOKENS.get(token) ?? [])]
      : (NAME_TOKENS.get(token) ?? []);
    for (const entry of entries) {
      out.hits.push({
        category: entry.category,
        strength: entry.weight * trust,
        evidence: `${prefix}:${token}`,
        group: 'name',
        term: token,
      });
    }
    if (FAMILY_TOKENS.has(token)) out.family.push(`context:${prefix}:${token}`);
  }
  if (tokens.length > 1) {
    const joined = tokens.join('');
    for (const entry of NAME_TOKENS.get(joined) ?? []) {
      out.hits.push({
        category: entry.category,
        strength: entry.weight * trust,
        evidence: `${prefix}:${joined}`,
        group: 'name',
        term: joined,
      });
    }
    scan(TEXT_SCANNER, tokens.join(' '), trust, prefix, 'name', false, out);
  } else if (tokens.length === 1) {
    for (const entry of WHOLE_NAMES.get(tokens[0]!) ?? []) {
      out.hits.push({
        category: entry.category,
        strength: entry.weight * trust,
        evidence: `${prefix}:${tokens[0]}`,
        group: 'name',
        term: tokens[0]!,
      });
    }
    scan(TEXT_SCANNER, tokens[0]!, trust, prefix, 'name', false, out);
  }
  if (tokens.length) scan(NAME_STEM_SCANNER, tokens.join(''), trust, prefix, 'name', false, out);
  if (tokens.length && hiddenInput) scan(HIDDEN_STEM_SCANNER, tokens.join(''), trust, prefix, 'name', false, out);
  if (nonAscii) scan(TEXT_SCANNER, nonAscii, trust, prefix, 'name', false, out);
  if (!hiddenInput) autocompleteNameEvidence(raw, prefix, trust, out);
}

/**
 * A name or id that is an HTML autocomplete field name ("cc-number", "postalCode",
 * "billing[address_line1]", "bday-year"): the author used the standard's word for what the field
 * holds. Only the hyphenated tokens count: single words of the list ("name", "photo", "country")
 * are too common as names and are read as words already.
 */
function autocompleteNameEvidence(raw: string, prefix: 'name' | 'id', trust: number, out: Evidence): void {
  const last =
    raw
      .slice(0, MAX_NAME_LENGTH)
      .split(/[[\].:/]+/)
      .filter(Boolean)
      .pop() ?? '';
  const words = last
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[_\s]+/g, '-')
    .replace(/-(\d)/g, '$1');
  const parts = words.split('-');
  const keys = [words, AUTOCOMPLETE_QUALIFIERS.has(parts[0]!) ? parts.slice(1).join('-') : ''];
  for (const key of keys) {
    if (!key.includes('-') || !Object.hasOwn(AUTOCOMPLETE, key)) continue;
    const category = AUTOCOMPLETE[key];
    if (category)
      out.hits.push({
        category,
        strength: 0.95 * trust,
        evidence: `${prefix}:${last}`,
        group: 'name',
        term: `autocomplete:${key}`,
      });
    return;
  }
}

function autocompleteEvidence(autocomplete: string, out: Evidence): void {
  const tokens = autocomplete
    .slice(0, MAX_NAME_LENGTH)
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t && !t.startsWith('section-') && !AUTOCOMPLETE_QUALIFIERS.has(t));
  for (const token of tokens) {
    if (!Object.hasOwn(AUTOCOMPLETE, token)) continue; // not `in`: "__proto__" is a page's to write
    const category = AUTOCOMPLETE[token];
    const strength = 0.95 * SIGNAL_TRUST.autocomplete;
    if (category)
      out.hits.push({
        category,
        strength,
        evidence: `autocomplete:${token}`,
        group: 'autocomplete',
        term: `autocomplete:${token}`,
        trust: SIGNAL_TRUST.autocomplete,
      });
    else out.blocks.push({ blocks: 'all', strength, evidence: `autocomplete:${token}` });
    return;
  }
}

export function collectEvidence(descriptor: FieldDescriptor, value?: string): Evidence {
  const out: Evidence = { hits: [], blocks: [], family: [] };
  const type = (descriptor.type ?? '').toLowerCase();
  const hiddenInput = type === 'hidden';

  // A hidden input has no question of its own: text near it belongs to its neighbours.
  for (const { source, text } of hiddenInput ? [] : distinctTexts(descriptor)) {
    const isOption = source === 'option';
    const trust = Object.hasOwn(TEXT_TRUST, source) ? TEXT_TRUST[source] : 0.5;
    scan(TEXT_SCANNER, text, trust, source, isOption ? 'option' : source, isOption, out);
    if (!isOption && source !== 'help' && text.length <= MAX_WHOLE_LABEL) wholeLabelEvidence(text, source, trust, out);
  }
  // Parts of a long or assembled question text (the own label among a hundred referenced texts,
  // the end of a label behind a page of boilerplate) count as that text: same place, same trust,
  // so a negative word of the whole still reaches them, and the evidence quotes the part.
  for (const { source, text } of hiddenInput ? [] : partsOf(descriptor)) {
    const trust = Object.hasOwn(TEXT_TRUST, source) ? TEXT_TRUST[source] : 0.5;
    scan(TEXT_SCANNER, text, trust, source, source, false, out);
    if (text.length <= MAX_WHOLE_LABEL) wholeLabelEvidence(text, source, trust, out);
  }

  const nameTrust = hiddenInput ? SIGNAL_TRUST.hiddenName : SIGNAL_TRUST.name;
  if (descriptor.name) nameEvidence(descriptor.name, 'name', nameTrust, hiddenInput, out);
  if (descriptor.id && descriptor.id !== descriptor.name)
    nameEvidence(descriptor.id, 'id', nameTrust, hiddenInput, out);

  if (descriptor.autocomplete) autocompleteEvidence(descriptor.autocomplete, out);

  if (type === 'email')
    out.hits.push({
      category: 'identity.email',
      strength: 0.95 * SIGNAL_TRUST.inputType,
      evidence: 'type:email',
      group: 'type',
      term: 'type:email',
      trust: SIGNAL_TRUST.inputType,
    });
  else if (type === 'tel')
    out.hits.push({
      category: 'identity.phone',
      strength: 0.85 * SIGNAL_TRUST.inputType,
      evidence: 'type:tel',
      group: 'type',
      term: 'type:tel',
      trust: SIGNAL_TRUST.inputType,
    });
  else if (NON_PERSONAL_TYPES.has(type)) out.blocks.push({ blocks: 'all', strength: 1, evidence: `type:${type}` });
  else if (DATE_TYPES.has(type) && out.hits.some((h) => h.category === 'identity.birthdate')) {
    out.hits.push({
      category: 'identity.birthdate',
      strength: 0.5,
      evidence: `type:${type}`,
      group: 'type',
      term: `type:${type}`,
    });
  } else if (type === 'file' && (descriptor.capture ?? '').toLowerCase() === 'user') {
    out.hits.push({
      category: 'biometric.face',
      strength: 0.8 * SIGNAL_TRUST.capture,
      evidence: 'capture:user',
      group: 'capture',
      term: 'capture:user',
    });
  }

  // A lookup box in a search / filter bar ("请输入姓名" to find a record) asks for nothing.
  // Just below 1 so a label that names an identifier outright still counts when a page wraps a
  // whole form in a "search" container.
  if (descriptor.inSearchArea) out.blocks.push({ blocks: 'all', strength: 0.95, evidence: 'context:search-area' });

  // The value is checked here in memory, or was checked where the DOM is and only the
  // validator's name travelled (descriptor.valueValidator).
  const validator = value !== undefined ? validateValue(value) : validatorNamed(descriptor.valueValidator);
  if (validator)
    out.hits.push({
      category: validator.category,
      strength: 0.95 * SIGNAL_TRUST.validator,
      evidence: `validator:${validator.name}`,
      group: 'validator',
      term: `validator:${validator.name}`,
      trust: SIGNAL_TRUST.validator,
    });
  return out;
}

function validatorNamed(name: string | null | undefined): ValueValidator | null {
  return name ? (VALIDATORS.find((v) => v.name === name) ?? null) : null;
}
