// The private channel between the MAIN-world watch and the ISOLATED content script.
//
// The two worlds share the DOM, not their JS objects, and everything shared with the page can be
// stopped, read or forged by it: events on window/document (a capturing listener added first calls
// stopImmediatePropagation; any listener reads them; anyone can dispatch them), attributes,
// globals. FormWarden's source is public, so fixed names are no secret. What the page cannot reach
// is a node that is in no document: the ISOLATED script creates a detached element (the "port")
// and hands it to the MAIN world once, at document_start, before any page script exists. From then
// on every message is an event dispatched on the port: no page script holds a reference to it, so
// none can listen to it, stop its events, dispatch on it, or (it is in no tree) have
// document.open() erase its listeners.
//
// The handover. Both content scripts run at document_start, before the page's first script
// (verified in Chromium 120+: the page's first inline <head> script already sees both worlds'
// effects, and the order between the two is manifest order, MAIN first; test/browser/channel.test.ts).
// The MAIN world runs first and waits for OFFER; the ISOLATED world offers the port (as the
// event's relatedTarget) and the MAIN world cancels the event to say "taken". The ISOLATED world
// never waits: a waiting holder of the port would hand it to whoever asks later, and a page holding
// the port could feed it facts. The MAIN world waits only until the ISOLATED script runs right
// after it; if it never did, its listener would stay and take a page's "port" — through which the
// page would learn only what it does itself.
//
// The element of a fact (a field, a form, a shadow host) crosses as a SubmitEvent's `submitter`:
// an HTMLElement reference that the other world receives as its own wrapper, not retargeted (a
// MouseEvent's relatedTarget would be retargeted to the shadow host). The fact itself crosses as a
// CustomEvent's detail, a JSON string (objects are cloned between worlds, strings are not).

/** Handover, on `document`: ISOLATED offers the port (FocusEvent relatedTarget); MAIN cancels it to say "taken". */
export const HANDOVER_OFFER = 'fw-port-offer';

/** On the port: the element the next FACT concerns (SubmitEvent, submitter = element). */
export const PORT_ELEMENT = 'element';
/** On the port: a MainWorldFact as JSON (CustomEvent detail). */
export const PORT_FACT = 'fact';
/**
 * On the port, cancelable: page script called `submit()` / `requestSubmit()` on the form in
 * `submitter`. Cancelled = the ISOLATED world holds it and submits it itself if the employee continues.
 */
export const PORT_SCRIPT_SUBMIT = 'submit';
export const PORT_SCRIPT_REQUEST_SUBMIT = 'request-submit';
/** On the port: the page called document.open() (or write() that opened): its listeners were erased. */
export const PORT_REOPENED = 'reopened';
/**
 * On the port (SubmitEvent, submitter = host): new open shadow roots. SHADOW_HOST: this host has a
 * new open root. SHADOW_TREE: the same, and roots attached inside it in the same batch were not
 * announced one by one; the ISOLATED world finds them by walking the host's tree. A page attaches
 * hundreds of roots in one task (web components do): they are announced after that task, in
 * slices, one event per outermost host, not two per root inside the page's own task.
 */
export const PORT_SHADOW_HOST = 'shadow-host';
export const PORT_SHADOW_TREE = 'shadow-tree';

export type MainWorldFact =
  | { kind: 'geolocation'; at: number }
  | { kind: 'camera'; at: number }
  /** Element: the field, when the target is one. */
  | { kind: 'key-listener'; scriptUrl: string; target: 'document' | 'window' | 'field'; event: string }
  /** Element: the field typed in last (none when it left the document). */
  | { kind: 'request'; origin: string; via: 'fetch' | 'xhr' | 'beacon' | 'websocket'; at: number };

export const SENT_WHILE_TYPING_WINDOW_MS = 3000;

const VIA = new Set(['fetch', 'xhr', 'beacon', 'websocket']);
const TARGETS = new Set(['document', 'window', 'field']);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/**
 * A fact read back from JSON, or null when it is not one. Only the MAIN world can send on the
 * port, but its messages are checked like any input: exact kinds, types and sizes.
 */
export function parseFact(json: unknown): MainWorldFact | null {
  if (typeof json !== 'string' || json.length > 4096) return null;
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object') return null;
  switch (v.kind) {
    case 'geolocation':
    case 'camera':
      return isTime(v.at) ? { kind: v.kind, at: v.at } : null;
    case 'key-listener':
      return isText(v.scriptUrl, 2048) && TARGETS.has(v.target as string) && isText(v.event, 32)
        ? {
            kind: 'key-listener',
            scriptUrl: v.scriptUrl,
            target: v.target as 'document' | 'window' | 'field',
            event: v.event,
          }
        : null;
    case 'request':
      return isText(v.origin, 512) && VIA.has(v.via as string) && isTime(v.at)
        ? { kind: 'request', origin: v.origin, via: v.via as 'fetch' | 'xhr' | 'beacon' | 'websocket', at: v.at }
        : null;
    default:
      return null;
  }
}
