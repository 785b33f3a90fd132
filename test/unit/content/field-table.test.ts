// The field table's version (field-table.ts): the submit guard waits for instructions that know the
// latest, so a rescan that reads the same questions must not count as a change — under a mutation
// storm, full scans follow one another and the guard would hold the form for its whole limit.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createFieldTable } from '../../../src/content/field-table';
import { collectFieldsAndElementsSteps } from '../../../src/core/collect';
import { runToEnd } from '../../../src/core/steps';

const page = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
const scan = (doc: Document) => {
  const { fields, elements } = runToEnd(collectFieldsAndElementsSteps(doc, { pageUrl: 'https://oa.example.cn/' }));
  return { scan: { ...fields, notice: {} as never }, elements };
};

describe('field table version', () => {
  it('a full scan that reads the same questions again is no change; a new question, a new word or a removal is', () => {
    const doc = page('<form><label>会议室<input id="room"></label><p id="p"></p></form>');
    const table = createFieldTable();
    const first = scan(doc);
    table.replace(first.scan, first.elements);
    const v1 = table.version();
    const again = scan(doc);
    table.replace(again.scan, again.elements);
    expect(table.version()).toBe(v1);

    doc.getElementById('p')!.innerHTML = '<label>身份证号<input id="sfz"></label>';
    const added = scan(doc);
    table.replace(added.scan, added.elements);
    const v2 = table.version();
    expect(v2).toBeGreaterThan(v1);

    doc.querySelector('label')!.firstChild!.textContent = '手机号';
    const relabelled = scan(doc);
    table.replace(relabelled.scan, relabelled.elements);
    const v3 = table.version();
    expect(v3).toBeGreaterThan(v2);

    doc.getElementById('p')!.remove();
    const removed = scan(doc);
    table.replace(removed.scan, removed.elements);
    expect(table.version()).toBeGreaterThan(v3);
  });

  it('a partial pass over a question already read changes nothing; prune of a removed one does', () => {
    const doc = page('<form><label>姓名<input id="n"></label></form>');
    const table = createFieldTable();
    const first = scan(doc);
    table.replace(first.scan, first.elements);
    const v1 = table.version();
    const partial = scan(doc);
    expect(table.merge(partial.scan, partial.elements)).toBe(false);
    expect(table.version()).toBe(v1);
    doc.querySelector('form')!.remove();
    expect(table.prune()).toBe(true);
    expect(table.version()).toBeGreaterThan(v1);
  });
});
