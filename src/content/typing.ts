// "Sent while typing": a request to another origin counts when it leaves within a few seconds after
// the employee typed in a field — in any same-origin frame of the tab. A page can send from another
// frame's realm than the one typed in (a fresh iframe's fetch or sendBeacon), so each frame's
// content script shares where it saw typing last through a global of its own (isolated) world:
// this extension's scripts in same-origin frames can read it, the page's world cannot.
import { SENT_WHILE_TYPING_WINDOW_MS } from './channel';
import { listenFirst } from './first-listeners';

const SHARED = 'formwardenTyping';
/** Frames visited at most when looking for the last typing (hostile pages nest many). */
const MAX_FRAMES = 50;

export interface Typing {
  at: number;
  field: Element;
  /** Records a request against `field` in the frame the field is in. */
  record: (field: Element, request: { origin: string; via: string }) => void;
}
interface SharedTyping {
  last: () => Typing | null;
}

const isField = (el: EventTarget): el is Element =>
  el instanceof Element &&
  (el.tagName === 'INPUT' ||
    el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT' ||
    (el as HTMLElement).isContentEditable);

/**
 * This frame's own typing. Firefox gives a content script a global of its own, not the window's, so
 * there the other frames' typing is not reachable through the window and only this one counts.
 */
let own: SharedTyping = { last: () => null };

/** Watches this frame's typing (listeners first, trusted events only) and shares it. */
export function shareTyping(record: Typing['record']): void {
  let last: Typing | null = null;
  const onTyping = (e: Event) => {
    if (!e.isTrusted) return;
    const field = e.composedPath().find(isField);
    if (field) last = { at: Math.round(performance.timeOrigin + e.timeStamp), field, record };
  };
  listenFirst(window, 'keydown', onTyping);
  listenFirst(window, 'input', onTyping);
  own = { last: () => last } satisfies SharedTyping;
  (globalThis as Record<string, unknown>)[SHARED] = own;
}

/** The latest typing, in any same-origin frame of the tab, shortly before `at`; null if none. */
export function typingBefore(at: number): Typing | null {
  let best: Typing | null = null;
  let top: Window;
  try {
    top = window.top ?? window;
  } catch {
    top = window;
  }
  const pending: (Window | null)[] = [null, top];
  for (let visited = 0; pending.length && visited < MAX_FRAMES; visited++) {
    const w = pending.pop()!;
    let typed: Typing | null = null;
    if (w === null) {
      typed = own.last();
    } else {
      try {
        for (let i = 0; i < w.frames.length; i++) pending.push(w.frames[i] as Window);
      } catch {
        /* gone */
      }
      try {
        typed = (w as unknown as Record<string, SharedTyping | undefined>)[SHARED]?.last() ?? null;
      } catch {
        continue; // another origin
      }
    }
    // A little slack before: time stamps of two frames are taken on different clocks.
    if (
      typed &&
      typed.field.isConnected &&
      at - typed.at >= -50 &&
      at - typed.at <= SENT_WHILE_TYPING_WINDOW_MS &&
      (!best || typed.at > best.at)
    )
      best = typed;
  }
  return best;
}
