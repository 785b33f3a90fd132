// The tool version reported in every report: package.json's, imported at build time (the core
// runs in the browser too, so no fs). Only this one key is bundled.
import { version } from '../../../package.json';

export const TOOL_NAME = 'formwarden' as const;
export const TOOL_VERSION: string = version;
