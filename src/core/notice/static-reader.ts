// The static readers together (facts.ts StaticReader): what the CLI, the preview and the notice
// index pass to the DOM half of notice analysis. Not imported by the content script.
import { scriptEvidence } from './early-collection';
import type { StaticReader } from './facts';
import { STATIC_STYLES } from './static-style';

export const STATIC_READER: StaticReader = { scripts: scriptEvidence, styles: STATIC_STYLES };
