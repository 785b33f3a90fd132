// MAIN-world watch, injected at document_start before any page script. It wraps the page's own
// APIs to see what the page does without a form field: geolocation and camera reads (with time
// stamps, for "collected before consent"), third-party scripts attaching key listeners to fields,
// requests to other origins right after typing, shadow roots, and forms submitted by script.
// It reads no values: only which API was called, when, by which script URL, to which origin.
import { EVT_FACT, EVT_READY, EVT_SCRIPT_SUBMIT, SENT_WHILE_TYPING_WINDOW_MS, type MainWorldFact } from './channel';

(() => {
  const w = window as Window & { __formwardenWatch?: boolean };
  if (w.__formwardenWatch) return;
  w.__formwardenWatch = true;

  const originalAdd = EventTarget.prototype.addEventListener;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const now = () => Math.round(performance.timeOrigin + performance.now());

  // Facts are buffered until the content script (document_idle) says it listens, then replayed.
  let ready = false;
  const buffered: { target: EventTarget; fact: MainWorldFact }[] = [];
  function emit(target: EventTarget, fact: MainWorldFact): void {
    if (!ready) {
      if (buffered.length < 2000) buffered.push({ target, fact });
      return;
    }
    const t = target === window ? document : target;
    dispatch.call(t, new CustomEvent(EVT_FACT, { detail: JSON.stringify(fact), bubbles: true, composed: true }));
  }
  originalAdd.call(document, EVT_READY, () => {
    if (ready) return;
    ready = true;
    for (const b of buffered.splice(0)) emit(b.target, b.fact);
  });

  const wrap = <T extends object, K extends keyof T>(obj: T | undefined, key: K, make: (orig: T[K]) => T[K]) => {
    if (!obj) return;
    const orig = obj[key];
    if (typeof orig !== 'function') return;
    try {
      Object.defineProperty(obj, key, { value: make(orig), configurable: true, writable: true });
    } catch {
      // Frozen by the page: leave it alone.
    }
  };

  // ── geolocation and camera ──
  const onGeo = (orig: unknown) => function (this: Geolocation, ...args: unknown[]) {
    emit(document, { kind: 'geolocation', at: now() });
    return (orig as (...a: unknown[]) => unknown).apply(this, args);
  };
  wrap(globalThis.Geolocation?.prototype, 'getCurrentPosition', onGeo as never);
  wrap(globalThis.Geolocation?.prototype, 'watchPosition', onGeo as never);
  wrap(globalThis.MediaDevices?.prototype, 'getUserMedia', ((orig: (c?: MediaStreamConstraints) => Promise<MediaStream>) =>
    function (this: MediaDevices, constraints?: MediaStreamConstraints) {
      if (constraints?.video) emit(document, { kind: 'camera', at: now() });
      return orig.call(this, constraints);
    }) as never);

  // ── shadow roots: announce each new open one so the content script can watch it ──
  wrap(Element.prototype, 'attachShadow', ((orig: (init: ShadowRootInit) => ShadowRoot) =>
    function (this: Element, init: ShadowRootInit) {
      const root = orig.call(this, init);
      if (init?.mode === 'open') emit(this, { kind: 'shadow-root' });
      return root;
    }) as never);

  // ── key listeners, attributed to the calling script by its URL in the stack ──
  const KEY_EVENTS = new Set(['input', 'keydown', 'keyup', 'keypress', 'change', 'beforeinput']);
  const isField = (t: unknown): t is Element => {
    const el = t as Element;
    if (!el || el.nodeType !== 1) return false;
    const tag = el.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable === true;
  };
  const reported = new Set<string>();
  const fieldReported = new WeakMap<Element, Set<string>>();
  function callerScriptUrl(): string | null {
    const stack = new Error().stack ?? '';
    const urls = stack.match(/https?:\/\/[^\s)]+?(?=:\d+:\d+)/g) ?? [];
    // The innermost page frame is the script that called addEventListener (our own frames are
    // chrome-extension: URLs and never match).
    return urls[0] ?? null;
  }
  wrap(EventTarget.prototype, 'addEventListener', ((orig: EventTarget['addEventListener']) =>
    function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (KEY_EVENTS.has(type)) {
        const target = this === window ? 'window' : this === document ? 'document' : isField(this) ? 'field' : null;
        if (target) {
          const scriptUrl = callerScriptUrl();
          if (scriptUrl && !scriptUrl.startsWith(`${location.origin}/`)) {
            const key = `${target} ${type} ${scriptUrl}`;
            if (target === 'field') {
              const seen = fieldReported.get(this as Element) ?? new Set<string>();
              if (!seen.has(key)) {
                seen.add(key);
                fieldReported.set(this as Element, seen);
                emit(this, { kind: 'key-listener', scriptUrl, target, event: type });
              }
            } else if (!reported.has(key)) {
              reported.add(key);
              emit(document, { kind: 'key-listener', scriptUrl, target, event: type });
            }
          }
        }
      }
      return orig.call(this, type, listener, options);
    }) as never);

  // ── requests to other origins within a few seconds after typing in a field ──
  let lastTyped: { at: number; field: Element } | null = null;
  const onTyping = (e: Event) => {
    const path = e.composedPath();
    const field = path.find(isField) as Element | undefined;
    if (field) lastTyped = { at: now(), field };
  };
  originalAdd.call(window, 'keydown', onTyping, true);
  originalAdd.call(window, 'input', onTyping, true);
  function request(url: unknown, via: 'fetch' | 'xhr' | 'beacon' | 'websocket'): void {
    if (!lastTyped || now() - lastTyped.at > SENT_WHILE_TYPING_WINDOW_MS) return;
    let origin: string;
    try {
      origin = new URL(String(url instanceof Request ? url.url : url), location.href).origin;
    } catch {
      return;
    }
    if (origin === location.origin || origin === 'null') return;
    const target = lastTyped.field.isConnected ? lastTyped.field : document;
    emit(target, { kind: 'request', origin, via, at: now() });
  }
  wrap(window, 'fetch', ((orig: typeof fetch) => function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    request(input, 'fetch');
    return orig.call(this ?? window, input, init);
  }) as never);
  const xhrUrls = new WeakMap<XMLHttpRequest, unknown>();
  wrap(XMLHttpRequest.prototype, 'open', ((orig: (...a: unknown[]) => void) => function (this: XMLHttpRequest, ...args: unknown[]) {
    xhrUrls.set(this, args[1]);
    return orig.apply(this, args);
  }) as never);
  wrap(XMLHttpRequest.prototype, 'send', ((orig: (...a: unknown[]) => void) => function (this: XMLHttpRequest, ...args: unknown[]) {
    request(xhrUrls.get(this), 'xhr');
    return orig.apply(this, args);
  }) as never);
  wrap(Navigator.prototype, 'sendBeacon', ((orig: (...a: unknown[]) => boolean) => function (this: Navigator, ...args: unknown[]) {
    request(args[0], 'beacon');
    return orig.apply(this, args);
  }) as never);
  const socketUrls = new WeakMap<WebSocket, string>();
  const NativeSocket = window.WebSocket;
  if (NativeSocket) {
    const Watched = new Proxy(NativeSocket, {
      construct(target, args: [string | URL, (string | string[])?]) {
        const socket = Reflect.construct(target, args) as WebSocket;
        socketUrls.set(socket, String(args[0]));
        return socket;
      },
    });
    try {
      Object.defineProperty(window, 'WebSocket', { value: Watched, configurable: true, writable: true });
    } catch { /* frozen */ }
    wrap(NativeSocket.prototype, 'send', ((orig: (d: unknown) => void) => function (this: WebSocket, data: unknown) {
      request(socketUrls.get(this) ?? this.url, 'websocket');
      return orig.call(this, data);
    }) as never);
  }

  // ── forms submitted by script: give the content script a chance to ask first ──
  const guardScriptSubmit = (method: 'submit' | 'requestSubmit') => ((orig: (...a: unknown[]) => void) =>
    function (this: HTMLFormElement, ...args: unknown[]) {
      const event = new CustomEvent(EVT_SCRIPT_SUBMIT, { detail: method, cancelable: true, bubbles: true, composed: true });
      // false = the content script holds this submit and will resubmit if the employee continues.
      if (!dispatch.call(this, event)) return undefined;
      return orig.apply(this, args);
    }) as never;
  wrap(HTMLFormElement.prototype, 'submit', guardScriptSubmit('submit'));
  wrap(HTMLFormElement.prototype, 'requestSubmit', guardScriptSubmit('requestSubmit'));
})();
