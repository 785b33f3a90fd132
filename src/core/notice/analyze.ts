// One pass over the page for everything notice-related; detectNotice and collectPageFacts both read it.
import { findNoticeBlocksSteps, type NoticeBlock } from './blocks';
import { findConsentControlsSteps, type FoundConsentControl } from './consent';
import { insideAny, type Root } from './dom';
import { type PageSurvey, surveyPageSteps } from './survey';
import { Pacer, type Meter, type Steps } from '../steps';
import { findNoticeLinksSteps, type FoundNoticeLink } from './links';

export interface NoticeAnalysis {
  /** The page walked once, shared by the finders. */
  survey: PageSurvey;
  links: FoundNoticeLink[];
  consentControls: FoundConsentControl[];
  blocks: NoticeBlock[];
  /** Everything the page itself says in its notice: blocks and consent statements. */
  noticeText: string;
  found: boolean;
  /** Candidates in other languages, for resolveNotice to confirm (not counted in `found`). */
  pending: {
    links: FoundNoticeLink[];
    consentControls: FoundConsentControl[];
    blocks: NoticeBlock[];
  };
}

/** The notice analysis as a pass that pauses (see steps.ts): the page walk and the block search are the long parts. */
export function* analyzeNoticeSteps(root: Root, maxElements = Infinity): Steps<NoticeAnalysis> {
  // One meter for the pass: what the finders read of an item ends the step with it (steps.ts).
  const meter: Meter = { units: 0 };
  const pacer = new Pacer(undefined, meter);
  const survey = yield* surveyPageSteps(root, maxElements, pacer);
  // The survey's selectors are the extraction's (one SelectorBuilder, the same counts): a consent
  // box is named as its question is.
  const allLinks = yield* findNoticeLinksSteps(root, survey, pacer, meter);
  const allControls = yield* findConsentControlsSteps(root, survey, pacer, meter);
  const allBlocks = yield* findNoticeBlocksSteps(survey.elements, pacer);
  const links = allLinks.filter((l) => !l.pending);
  const consentControls = allControls.filter((c) => !c.pending);
  const blocks = allBlocks.filter((b) => !b.pending);
  const pending = {
    links: allLinks.filter((l) => l.pending),
    consentControls: allControls.filter((c) => c.pending),
    blocks: allBlocks.filter((b) => b.pending),
  };
  const blockElements = new Set(blocks.map((b) => b.element));
  const statements = consentControls.filter((c) => !insideAny(c.statementElement, blockElements)).map((c) => c.text);
  const noticeText = [...blocks.map((b) => b.text), ...statements].join('\n');
  const found = links.length > 0 || consentControls.length > 0 || blocks.length > 0;
  return { survey, links, consentControls, blocks, noticeText, found, pending };
}
