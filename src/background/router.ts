// The background's one door: every runtime message comes through `routeMessage`, which looks up
// the contract (src/messaging/contract.ts), works out who sent it from what the browser says about
// the sender (never from the message), and refuses a sender the route does not allow. Handlers get
// the request typed and the sender's tab and frame from the browser; a missing handler is a type
// error, not a silent `undefined`.
import {
  isMessageType,
  MESSAGES,
  type MessageType,
  type ReplyOf,
  type RequestOf,
  type SenderKind,
} from '../messaging/contract';

/** The parts of a runtime.MessageSender we rely on (Chrome and Firefox both fill them). */
export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  documentId?: string;
}

/** Who sent a message, as the browser tells it. */
export interface Sender {
  kind: SenderKind;
  /** The sender's tab: for a content script, the tab it runs in (always ≥ 0). */
  tabId: number | undefined;
  frameId: number;
  documentId: string | null;
  /** The sending document's URL, as the browser saw it (not as the page claims). */
  url: string;
}

export type Handlers = {
  [K in MessageType]: (request: RequestOf<K>, from: Sender) => Promise<ReplyOf<K>> | ReplyOf<K>;
};

export interface Self {
  /** runtime.id */
  id: string;
  /** runtime.getURL(''): chrome-extension://<id>/ or moz-extension://<uuid>/ */
  baseUrl: string;
}

/**
 * Extension pages are documents of our own origin; content scripts run in a tab whose document is
 * a web page. Anything else (another extension, a sender without a tab or URL) is nobody we serve.
 */
export function senderOf(raw: RawSender, self: Self): Sender | null {
  if (raw.id !== self.id) return null;
  const url = raw.url ?? '';
  const tabId = raw.tab?.id;
  const base = {
    tabId: tabId !== undefined && tabId >= 0 ? tabId : undefined,
    frameId: raw.frameId ?? 0,
    documentId: raw.documentId ?? null,
    url,
  };
  if (url.startsWith(self.baseUrl)) return { kind: 'extension-page', ...base };
  if (base.tabId !== undefined && url !== '') return { kind: 'content', ...base };
  return null;
}

class RefusedMessage extends Error {}

/**
 * Routes one runtime message. Returns undefined for a message that is not ours (other listeners may
 * answer it); a rejected promise for a refused sender, so the caller sees an error, not a reply.
 */
export function routeMessage(
  handlers: Handlers,
  raw: unknown,
  rawSender: RawSender,
  self: Self,
  warn: (m: string) => void = console.warn,
): Promise<unknown> | undefined {
  const type = (raw as { type?: unknown } | null)?.type;
  if (!isMessageType(type)) return undefined;
  const sender = senderOf(rawSender, self);
  const allowed = MESSAGES[type].senders as readonly SenderKind[];
  if (!sender || !allowed.includes(sender.kind)) {
    warn(`[FormWarden] refused "${type}" from ${sender?.kind ?? 'an unknown sender'} (${rawSender.url ?? 'no url'})`);
    return Promise.reject(new RefusedMessage(`"${type}" may not be sent from ${sender?.kind ?? 'this sender'}`));
  }
  const handler = handlers[type] as (request: unknown, from: Sender) => unknown;
  try {
    return Promise.resolve(handler(raw, sender));
  } catch (error) {
    return Promise.reject(error);
  }
}
