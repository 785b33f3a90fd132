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
import type { LanguageLexicon, NegativeRule } from './types';
import { VI } from './vi';

export const LANGUAGES: readonly LanguageLexicon[] = [DE, FR, ES, IT, PT, NL, PL, RU, TR, JA, KO, ID, VI, HI];

/**
 * Consent and truthfulness boxes in these languages are not data questions (the notice module
 * reads them), as negative.ts says for Chinese and English: "Ich willige in die Verarbeitung
 * meiner Impfdaten ein" asks for consent, not for the vaccination status.
 */
export const CONSENT_BOXES: NegativeRule = {
  why: 'consent and declaration boxes in the languages of issue 15 are not data questions',
  blocks: 'all',
  weight: 1,
  terms: [
    'ich willige',
    'willige ich',
    'ich stimme zu',
    'ich bin einverstanden',
    'ich versichere',
    'ich bestätige',
    "j'accepte",
    'je consens',
    "j'autorise",
    'je certifie',
    'acepto',
    'doy mi consentimiento',
    'autorizo',
    'declaro',
    'acconsento',
    'do il consenso',
    'dichiaro',
    'concordo',
    'li e aceito',
    'ik geef toestemming',
    'ik ga akkoord',
    'ik verklaar',
    'wyrażam zgodę',
    'oświadczam',
    'даю согласие',
    'я согласен',
    'подтверждаю',
    'kabul ediyorum',
    'onaylıyorum',
    'beyan ederim',
    '同意します',
    '相違ありません',
    '동의합니다',
    '확인합니다',
    'saya setuju',
    'saya menyatakan',
    'tôi đồng ý',
    'tôi cam đoan',
    'सहमति देता',
    'सहमति देती',
    'घोषणा करता',
    'घोषणा करती',
  ],
};
