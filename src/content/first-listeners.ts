// Listeners on window and document that must run before the page's own. Added at document_start,
// before any page script, they come first in their phase: a page listener added later cannot stop
// them (stopImmediatePropagation only stops listeners after the caller). document.open() erases
// every listener on window and document; the MAIN-world watch reports it through the private
// channel before the page's next statement, and `relisten` adds them again, first again.
type Registration = [target: Window | Document, type: string, listener: EventListener];

const registrations: Registration[] = [];

/** Adds a capturing listener (capture: on window, the page's capturing listeners run before bubbling ones). */
export function listenFirst<E extends Event>(target: Window | Document, type: string, listener: (e: E) => void): void {
  registrations.push([target, type, listener as EventListener]);
  target.addEventListener(type, listener as EventListener, true);
}

/** Adds every listener again (no-op for those still registered: same type, listener and phase). */
export function relisten(): void {
  for (const [target, type, listener] of registrations) target.addEventListener(type, listener, true);
}
