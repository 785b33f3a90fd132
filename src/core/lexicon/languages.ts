// The question vocabularies of the languages beyond Chinese and English, one file each. The
// classifier compiles them all into the same automaton as zh-CN / zh-TW / en: a page's `lang`
// does not switch any off (a Munich form quotes English, a Shanghai form a German column).
// Conventions shared with en.ts / negative.ts: a fax number is an organisation's line (negative.ts),
// so no language lists Fax / Télécopie / ファックス as a phone; a card holder's name is a name.
import { DE } from './de';
import { ES } from './es';
import { FR } from './fr';
import { HI } from './hi';
import { ID } from './id';
import { IT } from './it';
import { JA } from './ja';
import { KO } from './ko';
import { NL } from './nl';
import { PL } from './pl';
import { PT } from './pt';
import { RU } from './ru';
import { TR } from './tr';
import type { LanguageLexicon } from './types';
import { VI } from './vi';

export const LANGUAGES: readonly LanguageLexicon[] = [DE, FR, ES, IT, PT, NL, PL, RU, TR, JA, KO, ID, VI, HI];
