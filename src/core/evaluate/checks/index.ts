// Every check the evaluator runs, in policy.md's rule order. Each check is one file in this
// folder (see ../check.ts for its parts); adding a check is writing that file and listing it here.
// The string-keyed views (citations, checklist, fixes, the popup's words) are derived from this list.
import type { Check } from '../check';
import { askedAgain } from './asked-again';
import { askedAgainAfterRefusal } from './asked-again-after-refusal';
import { askedTwice } from './asked-twice';
import { bundledConsent } from './bundled-consent';
import { categoryNotAllowed } from './category-not-allowed';
import { categoryNotNeeded } from './category-not-needed';
import { collectedBeforeConsent } from './collected-before-consent';
import { consentForOtherPurpose } from './consent-for-other-purpose';
import { elementMissing } from './element-missing';
import { extraUses } from './extra-uses';
import { formTarget } from './form-target';
import { httpAction } from './http-action';
import { httpPage } from './http-page';
import { keystrokeListener } from './keystroke-listener';
import { noticeMissing } from './notice-missing';
import { noticeUnreachable } from './notice-unreachable';
import { preTickedConsent } from './pre-ticked-consent';
import { purposeUndeclared } from './purpose-undeclared';
import { refusalBlocksSubmit } from './refusal-blocks-submit';
import { sensitivePurposeNotStated } from './sensitive-purpose-not-stated';
import { sentWhileTyping } from './sent-while-typing';
import { sessionReplay } from './session-replay';
import { tooPrecise } from './too-precise';

export const CHECKS = [
  // purpose-limitation: a family outside the purpose's `allow`, uses beyond the purpose,
  // consent given for another purpose (issue 5)
  categoryNotAllowed,
  extraUses,
  consentForOtherPurpose,
  // minimal-necessity: an item or precision the purpose does not need, the same question twice,
  // asked again too soon (issue 5), an unneeded item required (issue 9)
  categoryNotNeeded,
  tooPrecise,
  askedTwice,
  askedAgain,
  refusalBlocksSubmit,
  // consent-notice: notice missing, incomplete or unreadable; no purpose; pre-ticked consent;
  // asked again after a refusal (issue 9)
  noticeMissing,
  elementMissing,
  purposeUndeclared,
  preTickedConsent,
  sensitivePurposeNotStated,
  noticeUnreachable,
  askedAgainAfterRefusal,
  // separate-consent: sensitive data without its own consent; data read before consent (issue 9)
  bundledConsent,
  collectedBeforeConsent,
  // insecure-transport: the page or its form over plain http
  httpPage,
  httpAction,
  // third-party-recipient: answers, recordings or keystrokes going to a third party the policy
  // does not name (issue 10)
  formTarget,
  sessionReplay,
  keystrokeListener,
  sentWhileTyping,
] as const satisfies readonly Check[];
