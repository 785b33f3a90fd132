// What HR should change (issue 6): each check carries its own fix (src/core/evaluate/checks/);
// this module adds the paste-ready collection notice some findings carry.
import { CHECKS } from '../evaluate/checks';
import type { RuleId } from '../types';

export { noticeTemplate } from './notice-template';

/** Whether a check has a fix (every check does: its type requires one). */
export function hasFix(rule: RuleId, check: string): boolean {
  return CHECKS.some((c) => c.rule === rule && c.id === check);
}
