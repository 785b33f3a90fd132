// Typed requests to the background: the reply type comes from the contract, so call sites need no
// casts. The one cast is here, at the transport, where the browser hands back `unknown`.
import type { ContentMessage, ContentMessageType, MessageType, ReplyOf, RequestOf } from './contract';

export type Transport = (message: unknown) => Promise<unknown>;

/** For extension pages: any message. */
export function askerFor(transport: Transport) {
  return <K extends MessageType>(message: RequestOf<K>): Promise<ReplyOf<K>> =>
    transport(message) as Promise<ReplyOf<K>>;
}

/** For the content script: only the messages a content script may send. */
export function contentAskerFor(transport: Transport) {
  return <K extends ContentMessageType>(message: Extract<ContentMessage, { type: K }>): Promise<ReplyOf<K>> =>
    transport(message) as Promise<ReplyOf<K>>;
}
