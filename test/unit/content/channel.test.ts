// The private channel's message check (channel.ts) and the listeners kept first (first-listeners.ts).
import { describe, expect, it } from 'vitest';
import { parseFact } from '../../../src/content/channel';
import { listenFirst, relisten } from '../../../src/content/first-listeners';

describe('parseFact', () => {
  it('reads back each kind of fact the MAIN world sends', () => {
    const facts = [
      { kind: 'geolocation', at: 1 },
      { kind: 'camera', at: 2 },
      { kind: 'key-listener', scriptUrl: 'https://cdn.example/t.js', target: 'field', event: 'input' },
      { kind: 'request', origin: 'https://collect.example', via: 'beacon', at: 3 },
    ];
    for (const f of facts) expect(parseFact(JSON.stringify(f))).toEqual(f);
  });

  it('keeps only the known properties', () => {
    expect(parseFact(JSON.stringify({ kind: 'camera', at: 5, extra: 'x', __proto__: { at: 9 } }))).toEqual({
      kind: 'camera',
      at: 5,
    });
  });

  it('refuses anything else: unknown kinds, wrong types, oversized text, non-strings, bad JSON', () => {
    const refused: unknown[] = [
      JSON.stringify({ kind: 'ready' }),
      JSON.stringify({ kind: 'geolocation' }),
      JSON.stringify({ kind: 'geolocation', at: 'now' }),
      JSON.stringify({ kind: 'camera', at: null }),
      JSON.stringify({ kind: 'key-listener', scriptUrl: '', target: 'field', event: 'input' }),
      JSON.stringify({ kind: 'key-listener', scriptUrl: 'https://x/t.js', target: 'body', event: 'input' }),
      JSON.stringify({ kind: 'key-listener', scriptUrl: 'https://x/t.js', target: 'field', event: 'x'.repeat(33) }),
      JSON.stringify({ kind: 'request', origin: 'https://x', via: 'img', at: 1 }),
      JSON.stringify({ kind: 'request', origin: 'https://x', via: 'fetch', at: Infinity }),
      JSON.stringify({
        kind: 'key-listener',
        scriptUrl: `https://x/${'a'.repeat(4100)}`,
        target: 'field',
        event: 'input',
      }),
      JSON.stringify(null),
      JSON.stringify([]),
      '{',
      { kind: 'camera', at: 1 },
      undefined,
    ];
    for (const r of refused) expect(parseFact(r), String(r).slice(0, 80)).toBeNull();
  });
});

describe('listenFirst / relisten', () => {
  /** A target that keeps listeners as the DOM does: one per (type, listener, capture). */
  function domLikeTarget() {
    const listeners = new Set<string>();
    const fns = new Map<string, EventListener>();
    let ids = 0;
    const idOf = new WeakMap<object, number>();
    const key = (type: string, l: EventListener, capture: unknown) => {
      if (!idOf.has(l)) idOf.set(l, ++ids);
      return `${type} ${idOf.get(l)} ${capture === true}`;
    };
    return {
      addEventListener(type: string, l: EventListener, capture?: unknown) {
        const k = key(type, l, capture);
        listeners.add(k);
        fns.set(k, l);
      },
      removeAll() {
        listeners.clear();
      },
      fire(type: string) {
        for (const k of listeners) if (k.startsWith(`${type} `)) fns.get(k)!(new Event(type));
      },
      count: () => listeners.size,
      capturing: () => [...listeners].every((k) => k.endsWith(' true')),
    };
  }

  it('adds a capturing listener, and adds it again once erased (document.open), never twice', () => {
    const target = domLikeTarget();
    let calls = 0;
    listenFirst(target as unknown as Window, 'submit', () => {
      calls++;
    });
    expect(target.count()).toBe(1);
    expect(target.capturing()).toBe(true);
    relisten();
    expect(target.count()).toBe(1);
    target.removeAll();
    target.fire('submit');
    expect(calls).toBe(0);
    relisten();
    target.fire('submit');
    expect(calls).toBe(1);
    expect(target.capturing()).toBe(true);
  });
});
