// The MAIN-world watch and the ISOLATED content script share the page's DOM, not their JS objects.
// Facts cross as DOM CustomEvents whose detail is a JSON string (objects do not cross worlds).
// A page can forge these events, but only to change its own report; it cannot read anything.

export const EVT_FACT = '__formwarden_fact';
/** Dispatched by the content script once it listens, so the main world replays what it buffered. */
export const EVT_READY = '__formwarden_ready';
/** Cancelable, dispatched on a form before page script submits it by `submit()` / `requestSubmit()`. */
export const EVT_SCRIPT_SUBMIT = '__formwarden_script_submit';

export type MainWorldFact =
  | { kind: 'geolocation'; at: number }
  | { kind: 'camera'; at: number }
  | { kind: 'shadow-root' }
  /** Dispatched on the target (document, window → document, or the field itself). */
  | { kind: 'key-listener'; scriptUrl: string; target: 'document' | 'window' | 'field'; event: string }
  /** Dispatched on the field typed in last, when a request leaves within the window after typing. */
  | { kind: 'request'; origin: string; via: 'fetch' | 'xhr' | 'beacon' | 'websocket'; at: number };

export const SENT_WHILE_TYPING_WINDOW_MS = 3000;
