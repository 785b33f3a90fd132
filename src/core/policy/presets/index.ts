import type { Policy } from '../../types';
import { CN_PIPL } from './cn-pipl';
import { EU_GDPR } from './eu-gdpr';

export type PresetId = 'cn-pipl' | 'eu-gdpr';
export const PRESETS: Record<PresetId, Policy> = { 'cn-pipl': CN_PIPL, 'eu-gdpr': EU_GDPR };
/** The policy in force when nothing else is: the PIPL preset. */
export const DEFAULT_POLICY: Policy = CN_PIPL;
export { CN_PIPL, EU_GDPR };
export { WORKPLACE_PURPOSES } from './workplace-purposes';
