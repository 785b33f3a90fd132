import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_PATH, renderChecklist } from '../../../scripts/gen-checklist';
import { CHECKLIST_ITEMS } from '../../../src/core/policy/checklist';
import { checklistAnchor } from '../../../src/core/report';

describe('docs/checklist.md', () => {
  it('matches the generator output (run `npx tsx scripts/gen-checklist.ts` when this fails)', () => {
    expect(readFileSync(CHECKLIST_PATH, 'utf8')).toBe(renderChecklist());
  });

  it('has one anchored row for each of the 31 items', () => {
    const text = renderChecklist();
    expect(CHECKLIST_ITEMS).toHaveLength(31);
    for (const item of CHECKLIST_ITEMS) expect(text).toContain(`<a id="${checklistAnchor(item.id)}"></a>${item.id} `);
  });
});
