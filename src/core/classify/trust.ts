// How much each kind of evidence is believed (0..1). A keyword's strength is its lexicon weight
// times the trust of where it was found. The order follows issue 2: what a person sees as the
// question beats what the markup says about it, which beats the choices offered.
import type { TextSource } from '../types';

export const TEXT_TRUST: Readonly<Record<TextSource, number>> = {
  label: 1,
  'aria-labelledby': 1,
  'aria-label': 0.95,
  'question-title': 0.9,
  placeholder: 0.85,
  legend: 0.85,
  'table-cell': 0.85,
  'table-header': 0.8,
  title: 0.8,
  'preceding-text': 0.65,
  help: 0.45,
  option: 0.4,
};

export const SIGNAL_TRUST = {
  /** name / id attribute tokens of a visible control. */
  name: 0.6,
  /** name / id of a hidden input: the name is all there is, and it is deliberate. */
  hiddenName: 0.8,
  autocomplete: 0.9,
  /** type=email / type=tel. */
  inputType: 0.85,
  /** A pre-filled value passing a checksum validator. */
  validator: 1,
  /** file input capture="user" (front camera). */
  capture: 0.6,
} as const;

/** Options alone (a province list without a question) never reach more than this. */
export const OPTIONS_CAP = 0.6;

/** Below this combined score a field is not classified (null). */
export const DECISION_THRESHOLD = 0.35;

/** Options beyond this many add nothing (a 3,000-city list says what its first 100 say). */
export const MAX_OPTIONS = 100;

/** Field names / ids / autocomplete values longer than this are cut (a real identifier is short). */
export const MAX_NAME_LENGTH = 120;

/** Texts longer than this are cut before scanning (paragraphs around a control add noise). */
export const MAX_TEXT_LENGTH = 300;

/** Parts of long or assembled question texts read per field, and their length (FieldDescriptor.parts). */
export const MAX_PARTS = 16;
export const MAX_PART_LENGTH = 64;
