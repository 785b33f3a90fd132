// The change queue's walks for shadow roots nobody announced (change-queue.ts), on linkedom: after
// a flood of roots, inserted subtrees are walked too, each once, and an insertion inside a watched
// root walks only what was inserted (a page appending 4,000 text nodes to a root must not buy
// 4,000 walks of its host's tree).
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChangeQueue } from '../../../src/content/change-queue';
import { runToEnd } from '../../../src/core/steps';

const globals = globalThis as unknown as { document?: Document; NodeFilter?: unknown };
let doc: Document;

beforeEach(() => {
  doc = parseHTML('<!doctype html><html><body><div id="slot"></div></body></html>').document;
  globals.document = doc;
  globals.NodeFilter = { SHOW_ELEMENT: 1 };
});
afterEach(() => {
  delete globals.document;
  delete globals.NodeFilter;
});

/** Runs a walk; returns the roots it found and how many steps (pauses) it took. */
function walk(queue: ReturnType<typeof createChangeQueue>): { found: ShadowRoot[]; steps: number } {
  const found: ShadowRoot[] = [];
  const steps = queue.watchRootsInTrees((root) => found.push(root));
  let n = 0;
  while (!steps.next().done) n++;
  return { found, steps: n };
}

const added = (target: Node, ...nodes: Node[]) =>
  ({ type: 'childList', target, addedNodes: nodes, removedNodes: [] }) as unknown as MutationRecord;
/** Words changed: a text node's data, or an attribute a question is read from. */
const reworded = (target: Node, type: 'characterData' | 'attributes' = 'characterData') =>
  ({ type, target, addedNodes: [], removedNodes: [] }) as unknown as MutationRecord;

/** A host with `count` elements in its shadow root. */
function bigHost(count: number): { host: Element; root: ShadowRoot } {
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  for (let i = 0; i < count; i++) root.appendChild(doc.createElement('span'));
  return { host, root };
}

/** A queue after the MAIN world's flood signal (the document walked), then a host of `count` elements inserted. */
function insertedAfterFlood(count: number) {
  const queue = createChangeQueue(
    () => false,
    () => undefined,
  );
  queue.watchTree(doc.documentElement);
  walk(queue);
  const { host, root } = bigHost(count);
  doc.getElementById('slot')!.appendChild(host);
  queue.record([added(doc.getElementById('slot')!, host)]);
  return { queue, host, root };
}

describe('change queue after a flood of shadow roots', () => {
  it('walks an inserted subtree for roots, and queues it to be scanned', () => {
    const { queue, root } = insertedAfterFlood(3);
    expect(walk(queue).found).toEqual([root]);
  });

  it('an insertion inside a watched root walks only what was inserted, and each tree once', () => {
    const { queue, root } = insertedAfterFlood(5_000);
    walk(queue);
    const records = Array.from({ length: 4_000 }, () => {
      const text = doc.createTextNode('x');
      root.appendChild(text);
      return added(root, text);
    });
    const card = doc.createElement('section');
    root.appendChild(card);
    queue.record([...records, added(root, card), added(root, card)]);
    // Old behaviour: 4,002 walks of the host's 5,000 elements, ~310,000 pauses.
    expect(walk(queue).steps).toBeLessThan(5);
  });

  it('an element inserted inside a watched root is walked first, and its host scanned after', () => {
    const { queue, host, root } = insertedAfterFlood(1);
    walk(queue);
    runToEnd(queue.takeRelevant());
    const card = doc.createElement('div');
    const inner = card.attachShadow({ mode: 'open' });
    root.appendChild(card);
    queue.record([added(root, card)]);
    // Nothing is scanned before the walk has watched the card's root.
    expect(queue.pending()).toBe(true);
    expect(runToEnd(queue.takeRelevant())).toEqual([]);
    expect(walk(queue).found).toEqual([inner]);
    expect(runToEnd(queue.takeRelevant())).toEqual([host]);
  });
});

describe('change queue: controls the submit guard waits for', () => {
  const fresh = () =>
    createChangeQueue(
      () => false,
      () => undefined,
    );

  it('a control added inside the form is pending until the pass that takes it is over', () => {
    doc.body.innerHTML = '<form id="f"><p id="p"></p></form><div id="elsewhere"></div>';
    const queue = fresh();
    const input = doc.createElement('input');
    doc.getElementById('p')!.appendChild(input);
    const other = doc.createElement('span');
    doc.getElementById('elsewhere')!.appendChild(other);
    queue.record([added(doc.getElementById('elsewhere')!, other)]);
    expect(queue.pendingIn(doc.getElementById('f')!)).toBe(false);
    queue.record([added(doc.getElementById('p')!, input)]);
    expect(queue.pendingIn(doc.getElementById('f')!)).toBe(true);
    runToEnd(queue.takeRelevant());
    expect(queue.pendingIn(doc.getElementById('f')!)).toBe(true);
    queue.passDone();
    expect(queue.pendingIn(doc.getElementById('f')!)).toBe(false);
  });

  it('a form inserted inside a new subtree is pending with it (the subtree is scanned, the form with it)', () => {
    const queue = fresh();
    const step = doc.createElement('div');
    step.innerHTML = '<form id="new"><label>身份证号<input name="sfz"></label><button>提交</button></form>';
    doc.getElementById('slot')!.appendChild(step);
    queue.record([added(doc.getElementById('slot')!, step)]);
    expect(queue.pendingIn(doc.getElementById('new')!)).toBe(true);
  });
});

describe('change queue: words that change after the scan', () => {
  const fresh = () =>
    createChangeQueue(
      () => false,
      () => undefined,
    );
  /** What the next pass scans: the queued subtrees it takes, once the changed words are followed. */
  const nextPass = (queue: ReturnType<typeof createChangeQueue>): string[] => {
    runToEnd(queue.findReworded());
    return runToEnd(queue.takeRelevant()).map((el) => el.id || el.tagName.toLowerCase());
  };

  it('text changed in a label reads again the question container around it, and counts as a word change to follow', () => {
    doc.body.innerHTML =
      '<form id="f"><div id="row"><label id="l">Loading…</label><input id="x"></div></form><p id="clock">12:00</p>';
    const queue = fresh();
    queue.record([reworded(doc.getElementById('l')!.firstChild!)]);
    expect(queue.pending()).toBe(true);
    expect(queue.wordsFollowed()).toBeLessThan(queue.wordsSeen());
    expect(nextPass(queue)).toEqual(['row']);
  });

  it('text replaced whole (textContent), or an attribute set on the control, is followed too', () => {
    doc.body.innerHTML = '<div id="a"><span id="t">…</span><input id="x"></div><div id="b"><input id="y"></div>';
    const queue = fresh();
    queue.record([added(doc.getElementById('t')!, doc.createTextNode('Passport number'))]);
    queue.record([reworded(doc.getElementById('y')!, 'attributes')]);
    expect(nextPass(queue).sort()).toEqual(['a', 'y']);
  });

  it('a far element named by aria-labelledby reads again the controls that name it', () => {
    doc.body.innerHTML =
      '<h2 id="far">Loading…</h2><div><div><div><div><div><input id="x" aria-labelledby="far"></div></div></div></div></div>';
    const queue = fresh();
    queue.record([reworded(doc.getElementById('far')!.firstChild!)]);
    expect(nextPass(queue)).toEqual(['x']);
  });

  it('a label or a div naming its control by `for` from afar reads that control again (an ARIA textbox too)', () => {
    doc.body.innerHTML =
      '<table><tr><td><span><label id="l" for="x">…</label></span></td></tr></table><form><div><div><div><div><div><input id="x"></div></div></div></div></div>' +
      '<div class="q"><div id="t" for="y">…</div></div><section><div><div><div><div><div id="y" role="textbox"></div></div></div></div></div></section>';
    const queue = fresh();
    queue.record([reworded(doc.getElementById('l')!.firstChild!), reworded(doc.getElementById('t')!.firstChild!)]);
    expect(nextPass(queue).sort()).toEqual(['x', 'y']);
  });

  it('text far from any control, or in a style sheet, queues nothing', () => {
    doc.body.innerHTML =
      '<style id="s">.a{}</style><form id="f"><input id="x"></form><div><div><div><div><p id="clock">12:00</p></div></div></div></div>';
    const queue = fresh();
    queue.record([reworded(doc.getElementById('s')!.firstChild!), reworded(doc.getElementById('clock')!.firstChild!)]);
    expect(queue.pendingIn(doc.getElementById('f')!)).toBe(false);
    expect(nextPass(queue)).toEqual([]);
    expect(queue.pending()).toBe(false);
  });

  it('word changes are followed once a pass that took them ends; a clock ticking meanwhile waits for the next', () => {
    doc.body.innerHTML = '<form id="f"><p><span id="clock">12:00</span> <label>Name <input id="x"></label></p></form>';
    const queue = fresh();
    const tick = () => queue.record([reworded(doc.getElementById('clock')!.firstChild!)]);
    tick();
    const atSubmit = queue.wordsSeen();
    expect(queue.wordsFollowed()).toBeLessThan(atSubmit);
    const pass = queue.findReworded();
    pass.next();
    tick(); // during the pass's pause: not in this pass, and not visited again by it
    runToEnd(pass);
    runToEnd(queue.takeRelevant());
    queue.passDone();
    expect(queue.wordsFollowed()).toBeGreaterThanOrEqual(atSubmit);
    expect(queue.wordsFollowed()).toBeLessThan(queue.wordsSeen());
    expect(queue.pending()).toBe(true);
  });

  it('an inserted element that holds no control is words: the question around it is read again', () => {
    doc.body.innerHTML = '<div id="row"><label id="l">…</label><input id="x"></div>';
    const queue = fresh();
    const span = doc.createElement('span');
    span.textContent = 'ID card number';
    doc.getElementById('l')!.replaceChildren(span);
    queue.record([added(doc.getElementById('l')!, span)]);
    expect(nextPass(queue)).toEqual([]);
    expect(nextPass(queue)).toEqual(['row']);
  });
});
