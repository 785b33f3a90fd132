// The router refuses every message its sender may not send (issue 13). One case per route and
// sender kind, and the list of what a content script may say pinned here: widening it is a
// decision a reviewer must see, not a side effect.
import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageType } from '../../../src/messaging/contract';
import { routeMessage, senderOf, type Handlers, type RawSender } from '../../../src/background/router';

const SELF = {
  id: 'phnilmnbiigildmhhcljikoljcgjboin',
  baseUrl: 'chrome-extension://phnilmnbiigildmhhcljikoljcgjboin/',
};
const SENDERS: Record<string, RawSender> = {
  'content script in a tab': {
    id: SELF.id,
    url: 'https://oa.example.cn/health',
    tab: { id: 12 },
    frameId: 0,
    documentId: 'D1',
  },
  'content script in a sub-frame': { id: SELF.id, url: 'https://forms.example.net/embed', tab: { id: 12 }, frameId: 3 },
  popup: { id: SELF.id, url: `${SELF.baseUrl}src/ui/popup/popup.html?tab=12` },
  'options page in a tab': { id: SELF.id, url: `${SELF.baseUrl}src/ui/options/options.html`, tab: { id: 4 } },
  'another extension': {
    id: 'aaaabbbbccccddddeeeeffffgggghhhh',
    url: 'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/x.html',
  },
  'a page that names our origin in a query': {
    id: SELF.id,
    url: `https://evil.example/?${SELF.baseUrl}`,
    tab: { id: 12 },
  },
  'no url': { id: SELF.id, tab: { id: 12 } },
};
const KIND: Record<string, 'content' | 'extension-page' | null> = {
  'content script in a tab': 'content',
  'content script in a sub-frame': 'content',
  popup: 'extension-page',
  'options page in a tab': 'extension-page',
  'another extension': null,
  'a page that names our origin in a query': 'content',
  'no url': null,
};
const CONTENT_MAY_SEND: MessageType[] = ['scan/frame', 'scan/live', 'guard/decision', 'guard/submitted', 'guard/mode'];
const TYPES = Object.keys(MESSAGES) as MessageType[];

function recordingHandlers(calls: string[]): Handlers {
  return Object.fromEntries(
    TYPES.map((type) => [
      type,
      () => {
        calls.push(type);
        return { handled: type };
      },
    ]),
  ) as unknown as Handlers;
}

describe("senderOf: who sent a message, from the browser's sender only", () => {
  it.each(Object.keys(SENDERS))('%s', (name) => {
    expect(senderOf(SENDERS[name]!, SELF)?.kind ?? null).toBe(KIND[name]);
  });
  it("a content script's tab, frame and url come from the sender", () => {
    expect(senderOf(SENDERS['content script in a sub-frame']!, SELF)).toEqual({
      kind: 'content',
      tabId: 12,
      frameId: 3,
      documentId: null,
      url: 'https://forms.example.net/embed',
    });
  });
});

describe('what a content script may send', () => {
  it("is exactly its own frame's scan and live facts and the guard's answer on its own tab", () => {
    expect(TYPES.filter((t) => (MESSAGES[t].senders as readonly string[]).includes('content')).sort()).toEqual(
      [...CONTENT_MAY_SEND].sort(),
    );
  });
  it('every other route is for extension pages', () => {
    for (const t of TYPES) if (!CONTENT_MAY_SEND.includes(t)) expect(MESSAGES[t].senders).toEqual(['extension-page']);
  });
});

describe('routeMessage refuses a sender the route does not allow', () => {
  const cases = TYPES.flatMap((type) => Object.keys(SENDERS).map((sender) => [type, sender] as const));
  it.each(cases)('%s from %s', async (type, sender) => {
    const calls: string[] = [];
    const kind = KIND[sender] ?? null;
    const allowed = kind !== null && (MESSAGES[type].senders as readonly string[]).includes(kind);
    const reply = routeMessage(recordingHandlers(calls), { type }, SENDERS[sender]!, SELF, () => {});
    if (allowed) {
      await expect(reply).resolves.toEqual({ handled: type });
      expect(calls).toEqual([type]);
    } else {
      await expect(reply).rejects.toThrow(/may not be sent/);
      expect(calls).toEqual([]);
    }
  });

  it('a message that is not ours is left for other listeners', () => {
    expect(routeMessage(recordingHandlers([]), { type: 'toString' }, SENDERS['popup']!, SELF)).toBeUndefined();
    expect(routeMessage(recordingHandlers([]), { type: 'ledger/decision' }, SENDERS['popup']!, SELF)).toBeUndefined();
    expect(routeMessage(recordingHandlers([]), null, SENDERS['popup']!, SELF)).toBeUndefined();
  });

  it('a handler that throws becomes a rejected reply, not an uncaught error', async () => {
    const handlers = {
      ...recordingHandlers([]),
      'ledger/status': () => {
        throw new Error('boom');
      },
    } as unknown as Handlers;
    await expect(routeMessage(handlers, { type: 'ledger/status' }, SENDERS['popup']!, SELF)).rejects.toThrow('boom');
  });
});
