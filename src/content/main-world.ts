// MAIN-world watch, injected at document_start before any page script. It wraps the page's own
// APIs to see what the page does without a form field: geolocation and camera reads (with time
// stamps, for "collected before consent"), third-party scripts attaching key listeners to fields,
// requests to other origins right after typing, shadow roots, and forms submitted by script.
// It reads no values: only which API was called, when, by which script URL, to which origin.
//
// This world is the page's: after document_start the page can replace any global, prototype
// method or getter, and a tracker that has read this source will. So everything called after
// document_start is captured here first (`intrinsics` below), objects handed to native code have
// no prototype (a getter on Object.prototype would otherwise see them), no array is iterated with
// the page's iterator, and facts leave only through the private port (channel.ts). It leaves no
// global, attribute or event name the page can see.
//
// What a determined page can still tell, unavoidably for any wrapper of its own APIs: that these
// methods are not native (Function.prototype.toString shows their source, not "[native code]"),
// an extra `<anonymous>` frame in stacks taken inside them (the build sets that sourceURL so the
// frame does not name chrome-extension://<id>), and their cost in a timing loop. None of that names
// FormWarden; hiding it (patching toString) would itself be visible.
import {
  HANDOVER_OFFER,
  PORT_ELEMENT,
  PORT_FACT,
  PORT_REOPENED,
  PORT_SCRIPT_REQUEST_SUBMIT,
  PORT_SCRIPT_SUBMIT,
  PORT_SHADOW_HOST,
  PORT_SHADOW_TREE,
  type MainWorldFact,
} from './channel';

(() => {
  // ── the page's globals, as they are before any page script ──
  const { apply, construct, defineProperty, deleteProperty, getOwnPropertyDescriptor } = Reflect;
  const { create, assign } = Object;
  const stringify = JSON.stringify;
  const uncurry =
    <A extends unknown[], R>(fn: (...a: A) => R) =>
    (self: unknown, ...args: A): R =>
      apply(fn, self, args);
  const getter = (proto: object | undefined, key: string) => {
    const get = proto ? getOwnPropertyDescriptor(proto, key)?.get : undefined;
    return get ? uncurry(get as () => unknown) : () => undefined;
  };
  const addListener = uncurry(EventTarget.prototype.addEventListener);
  const removeListener = uncurry(EventTarget.prototype.removeEventListener);
  const dispatch = uncurry(EventTarget.prototype.dispatchEvent) as (target: EventTarget, event: Event) => boolean;
  const NativeCustomEvent = CustomEvent;
  const NativeSubmitEvent = SubmitEvent;
  const relatedTargetOf = getter(FocusEvent.prototype, 'relatedTarget') as (e: Event) => EventTarget | null;
  const preventDefault = uncurry(Event.prototype.preventDefault);
  const nodeTypeOf = getter(Node.prototype, 'nodeType') as (n: unknown) => number | undefined;
  const tagNameOf = getter(Element.prototype, 'tagName') as (n: unknown) => string | undefined;
  const isContentEditable = getter(HTMLElement.prototype, 'isContentEditable') as (n: unknown) => boolean | undefined;
  const NativeWeakMap = WeakMap;
  const weakGet = uncurry(WeakMap.prototype.get) as (m: WeakMap<object, unknown>, k: object) => unknown;
  const weakSet = uncurry(WeakMap.prototype.set) as (m: WeakMap<object, unknown>, k: object, v: unknown) => void;
  const exec = uncurry(RegExp.prototype.exec) as (re: RegExp, s: string) => RegExpExecArray | null;
  const startsWith = uncurry(String.prototype.startsWith) as (s: string, prefix: string) => boolean;
  const NativeURL = URL;
  const urlOrigin = getter(URL.prototype, 'origin') as (u: URL) => string;
  const requestUrl = getter(globalThis.Request?.prototype, 'url') as (r: unknown) => string | undefined;
  const socketUrl = getter(globalThis.WebSocket?.prototype, 'url') as (s: unknown) => string | undefined;
  const NativeError = Error;
  const stackGetter = getOwnPropertyDescriptor(NativeError.prototype, 'stack')?.get;
  const modeOf = getter(globalThis.ShadowRoot?.prototype, 'mode') as (r: unknown) => string | undefined;
  const ownerDocumentOf = getter(Node.prototype, 'ownerDocument') as (n: unknown) => Document | null;
  const defaultViewOf = getter(Document.prototype, 'defaultView') as (d: unknown) => Window | null;
  const round = Math.round;
  const perf = performance;
  const perfNow = uncurry(Performance.prototype.now) as (p: Performance) => number;
  const timeOrigin = performance.timeOrigin;
  // `location` and `document` are [LegacyUnforgeable]: the page cannot replace them.
  const pageOrigin = location.origin;
  const doc = document;

  const now = () => round(timeOrigin + perfNow(perf));
  /** A copy without prototype: native code reading it meets no getter the page put on Object.prototype. */
  const bare = <T extends object>(o: T): T => assign(create(null) as T, o);

  // ── the port (channel.ts): the ISOLATED world offers it right after this script runs ──
  let port: EventTarget | null = null;
  const onOffer = (e: Event) => {
    if (port) return;
    try {
      port = relatedTargetOf(e);
    } catch {
      return; // not a FocusEvent
    }
    if (!port) return;
    preventDefault(e);
    removeListener(doc, HANDOVER_OFFER, onOffer, true);
  };
  addListener(doc, HANDOVER_OFFER, onOffer, true);

  function emit(fact: MainWorldFact, element: Element | null): void {
    if (!port) return;
    try {
      if (element)
        dispatch(port, construct(NativeSubmitEvent, [PORT_ELEMENT, bare({ submitter: element as HTMLElement })]));
    } catch {
      // Not an HTMLElement (SubmitEvent refuses it): the fact goes without its element.
    }
    try {
      dispatch(port, construct(NativeCustomEvent, [PORT_FACT, bare({ detail: stringify(bare(fact)) })]));
    } catch {
      /* the fact is lost, the page's call is not */
    }
  }

  const wrap = <T extends object, K extends keyof T>(obj: T | undefined, key: K, make: (orig: T[K]) => T[K]) => {
    if (!obj) return;
    const orig = obj[key];
    if (typeof orig !== 'function') return;
    try {
      defineProperty(obj, key, bare({ value: make(orig), configurable: true, writable: true }));
    } catch {
      // Frozen: leave it alone.
    }
  };
  type Fn = (...a: unknown[]) => unknown;

  /**
   * The window a target belongs to when that is another same-origin frame's (its node, its
   * document, or its window): a page can call this frame's methods on another frame's objects, and
   * the other way round (a script in a fresh iframe calling the iframe's methods on this page's
   * form). Such calls go to that frame's own method — its watch reports them, to its own port.
   */
  function foreignWindow(target: unknown): Window | null {
    if (target === window || target === doc) return null;
    let view: Window | null = null;
    try {
      const type = nodeTypeOf(target);
      view = defaultViewOf(type === 9 ? target : ownerDocumentOf(target));
    } catch {
      // Not a node: perhaps another frame's window (its `document` is unforgeable).
      try {
        const get = getOwnPropertyDescriptor(target as object, 'document')?.get;
        const d = get ? apply(get, target, []) : null;
        const v = d ? defaultViewOf(d) : null;
        view = v === target ? v : null;
      } catch {
        view = null;
      }
    }
    return view && view !== window ? view : null;
  }
  /**
   * `ctor.prototype[key]` of another frame. Read from that frame's globals, which its page can
   * change: at worst it is another frame's wrapper again, or this one (then the call recurses
   * until it throws and nothing is done); the unwrapped original is in no frame a page can reach.
   */
  function methodOf(view: Window, ctor: string, key: string): Fn | null {
    try {
      const m = methodHolder(view, ctor)?.[key];
      return typeof m === 'function' ? (m as Fn) : null;
    } catch {
      return null;
    }
  }
  function methodHolder(view: Window, ctor: string): Record<string, unknown> | null {
    try {
      return ctor === 'Window'
        ? (view as unknown as Record<string, unknown>)
        : (view as unknown as Record<string, { prototype: Record<string, unknown> }>)[ctor]!.prototype;
    } catch {
      return null;
    }
  }

  // ── geolocation and camera ──
  const onGeo = (orig: Fn) =>
    function (this: unknown, ...args: unknown[]) {
      emit({ kind: 'geolocation', at: now() }, null);
      return apply(orig, this, args);
    };
  wrap(globalThis.Geolocation?.prototype, 'getCurrentPosition', onGeo as never);
  wrap(globalThis.Geolocation?.prototype, 'watchPosition', onGeo as never);
  const onUserMedia = (orig: Fn) =>
    function (this: unknown, ...args: unknown[]) {
      if (args[0] && typeof args[0] === 'object') {
        // Read once, and the native call gets that copy: a getter cannot say "no video" to us and
        // "video" to the browser.
        const constraints = bare({ ...(args[0] as MediaStreamConstraints) });
        args[0] = constraints;
        if (constraints.video) emit({ kind: 'camera', at: now() }, null);
      }
      return apply(orig, this, args);
    };
  wrap(globalThis.MediaDevices?.prototype, 'getUserMedia', onUserMedia as never);
  // The older callback forms, where the browser still has them.
  wrap(Navigator.prototype as Navigator & { webkitGetUserMedia?: Fn }, 'webkitGetUserMedia', onUserMedia as never);
  wrap(Navigator.prototype as Navigator & { getUserMedia?: Fn }, 'getUserMedia', onUserMedia as never);

  // ── shadow roots: announced after the page's task, one event per outermost new host ──
  // Announcing each root inside attachShadow cost the page ~0.17 ms per call (events across
  // worlds): 300 roots built in one task lengthened it by 50 ms. Now a call only notes the host;
  // a task of our own announces the batch in slices of ANNOUNCE_SLICE_MS, and a host whose root
  // lies inside another new host's tree is not announced: that host goes as SHADOW_TREE, and the
  // ISOLATED world walks its tree for the roots in it (channel.ts).
  const rootNodeOf = uncurry(Node.prototype.getRootNode) as (n: Node) => Node;
  const hostOf = getter(globalThis.ShadowRoot?.prototype, 'host') as (r: unknown) => Element | undefined;
  const documentElementOf = getter(Document.prototype, 'documentElement') as (d: unknown) => Element | null;
  const later = setTimeout;
  const MAX_NEW_HOSTS = 10_000;
  const ANNOUNCE_SLICE_MS = 4;
  /** Hosts noted since the last announcement began (a list without prototype: no setter of the page's on it). */
  let noted = create(null) as Record<number, Element>;
  let notedCount = 0;
  /** More roots than MAX_NEW_HOSTS in one batch: the whole document is walked instead. */
  let notedOverflow = false;
  let announcing = false;

  function signal(type: string, element: Element): void {
    if (!port) return;
    try {
      dispatch(port, construct(NativeSubmitEvent, [type, bare({ submitter: element as HTMLElement })]));
    } catch {
      /* not an HTMLElement: its root is found by the next walk of an enclosing tree, or not at all */
    }
  }

  function noteShadowHost(host: Element): void {
    if (notedCount < MAX_NEW_HOSTS) noted[notedCount++] = host;
    else notedOverflow = true;
    if (!announcing) {
      announcing = true;
      apply(later, window, [announceBatch, 0]);
    }
  }

  /** Takes the hosts noted so far and announces the outermost ones, in slices. */
  function announceBatch(): void {
    const batch = noted;
    const count = notedCount;
    const overflow = notedOverflow;
    noted = create(null) as Record<number, Element>;
    notedCount = 0;
    notedOverflow = false;
    // 0: announce alone; 1: announce as a tree (a host of this batch lies inside it); 2: covered.
    const role = construct(NativeWeakMap, []) as WeakMap<Element, number>;
    for (let i = 0; i < count; i++) weakSet(role, batch[i]!, 0);
    for (let i = 0; i < count; i++) {
      const host = batch[i]!;
      let outer: Element | undefined;
      try {
        const root = rootNodeOf(host);
        outer = nodeTypeOf(root) === 11 ? hostOf(root) : undefined;
      } catch {
        outer = undefined;
      }
      if (outer === undefined || weakGet(role, outer) === undefined) continue;
      weakSet(role, host, 2);
      if (weakGet(role, outer) === 0) weakSet(role, outer, 1);
    }
    if (overflow) {
      const top = documentElementOf(doc);
      if (top) signal(PORT_SHADOW_TREE, top);
    }
    let next = 0;
    const slice = (): void => {
      const start = perfNow(perf);
      for (; next < count && perfNow(perf) - start < ANNOUNCE_SLICE_MS; next++) {
        const host = batch[next]!;
        const r = weakGet(role, host);
        if (r !== 2) signal(r === 1 ? PORT_SHADOW_TREE : PORT_SHADOW_HOST, host);
      }
      if (next < count) apply(later, window, [slice, 0]);
      else if (notedCount || notedOverflow) announceBatch();
      else announcing = false;
    };
    slice();
  }

  wrap(
    Element.prototype,
    'attachShadow',
    ((orig: Fn) =>
      function (this: Element, ...args: unknown[]) {
        const root = apply(orig, this, args) as ShadowRoot;
        // The root's own mode, not the init object's: a getter could tell us "closed".
        if (modeOf(root) === 'open') noteShadowHost(this);
        return root;
      }) as never,
  );

  // ── key listeners, attributed to the calling script by its URL in the stack ──
  const KEY_EVENTS: Record<string, true> = bare({
    input: true,
    keydown: true,
    keyup: true,
    keypress: true,
    change: true,
    beforeinput: true,
  });
  const isField = (t: unknown): t is Element => {
    try {
      if (nodeTypeOf(t) !== 1) return false;
      const tag = tagNameOf(t);
      return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || isContentEditable(t) === true;
    } catch {
      return false;
    }
  };
  const reported: Record<string, true> = create(null);
  const fieldReported = new WeakMap<Element, Record<string, true>>();
  const PAGE_URL = /https?:\/\/[^\s)]+?(?=:\d+:\d+)/g;
  /**
   * The innermost http(s) frame of the stack that is not the page's own origin: the third-party
   * script that called the API, directly or through a first-party helper (our own frames have no
   * http(s) URL). Null: only the page's own scripts. Read with V8's defaults: a page can set Error.prepareStackTrace or
   * Error.stackTraceLimit to hide its frames, so both are set aside for the read and put back.
   */
  function callerScriptUrl(): string | null {
    const saved = [
      getOwnPropertyDescriptor(NativeError, 'prepareStackTrace'),
      getOwnPropertyDescriptor(NativeError, 'stackTraceLimit'),
    ] as const;
    const set = (key: string, value: unknown) =>
      defineProperty(NativeError, key, bare({ value, configurable: true, writable: true })) ||
      defineProperty(NativeError, key, bare({ value }));
    const restore = (key: string, desc: PropertyDescriptor | undefined) =>
      desc ? defineProperty(NativeError, key, bare(desc)) : deleteProperty(NativeError, key);
    let stack: unknown;
    try {
      // An own `undefined` also hides one the page put on Function.prototype. A page that made
      // them unchangeable gets no attribution: the stack would be its own text.
      if (!set('prepareStackTrace', undefined) || !set('stackTraceLimit', 20)) return null;
      const error = construct<[], Error>(NativeError, []);
      const own = getOwnPropertyDescriptor(error, 'stack');
      stack = own
        ? own.get
          ? apply(own.get, error, [])
          : own.value
        : stackGetter
          ? apply(stackGetter, error, [])
          : undefined;
    } catch {
      return null;
    } finally {
      try {
        restore('prepareStackTrace', saved[0]);
        restore('stackTraceLimit', saved[1]);
      } catch {
        /* left as it is */
      }
    }
    if (typeof stack !== 'string') return null;
    PAGE_URL.lastIndex = 0;
    for (let m = exec(PAGE_URL, stack); m; m = exec(PAGE_URL, stack)) {
      if (!startsWith(m[0], `${pageOrigin}/`)) return m[0];
    }
    return null;
  }
  /** Reports a key listener (`type` a key event) that `self` gets, if a third-party script adds it. */
  function keyListener(self: unknown, type: string): void {
    // No `this`: the global's own method called bare (`addEventListener(…)` in strict code).
    const target =
      self === window || self === undefined || self === null
        ? 'window'
        : self === doc
          ? 'document'
          : isField(self)
            ? 'field'
            : null;
    if (!target) return;
    const scriptUrl = callerScriptUrl();
    if (!scriptUrl) return;
    const key = `${target} ${type} ${scriptUrl}`;
    if (target === 'field') {
      const seen =
        (weakGet(fieldReported, self as object) as Record<string, true> | undefined) ??
        (create(null) as Record<string, true>);
      if (seen[key] === true) return;
      seen[key] = true;
      weakSet(fieldReported, self as object, seen);
      emit({ kind: 'key-listener', scriptUrl, target, event: type }, self as Element);
    } else if (reported[key] !== true) {
      reported[key] = true;
      emit({ kind: 'key-listener', scriptUrl, target, event: type }, null);
    }
  }
  wrap(
    EventTarget.prototype,
    'addEventListener',
    ((orig: Fn) =>
      function addEventListener(this: EventTarget, ...args: unknown[]): unknown {
        const view = foreignWindow(this);
        if (view) {
          const own = methodOf(view, 'EventTarget', 'addEventListener');
          if (own) return apply(own, this, args);
        }
        // Converted once, and the native call gets the string: an object whose toString says
        // "keydown" to the browser cannot say something else to us.
        const type = args.length ? `${args[0] as string}` : '';
        if (args.length) args[0] = type;
        if (KEY_EVENTS[type] === true) keyListener(this, type);
        return apply(orig, this, args);
      }) as never,
  );
  // The same listeners as handler properties (`document.onkeydown = …`, `field.oninput = …`).
  const wrapHandler = (owner: object | undefined, ctor: string, type: string) => {
    const desc = owner ? getOwnPropertyDescriptor(owner, `on${type}`) : undefined;
    const set = desc?.set;
    if (!owner || !desc || !set) return;
    defineProperty(
      owner,
      `on${type}`,
      bare({
        get: desc.get,
        set(this: unknown, value: unknown) {
          const view = foreignWindow(this);
          const own = view ? getOwnPropertyDescriptor(methodHolder(view, ctor) ?? {}, `on${type}`)?.set : undefined;
          if (own) return void apply(own, this, [value]);
          if (typeof value === 'function') keyListener(this, type);
          apply(set, this, [value]);
        },
        configurable: desc.configurable,
        enumerable: desc.enumerable,
      }),
    );
  };
  for (const type of ['input', 'keydown', 'keyup', 'keypress', 'change', 'beforeinput']) {
    wrapHandler(HTMLElement.prototype, 'HTMLElement', type);
    wrapHandler(Document.prototype, 'Document', type);
    // On the window itself ([Global]: its handler properties are its own), else on its prototype.
    wrapHandler(getOwnPropertyDescriptor(window, `on${type}`) ? window : Window.prototype, 'Window', type);
  }

  // ── requests to other origins: the content script keeps those right after typing (typing.ts:
  // the typing may be in another same-origin frame than the realm that sends) ──
  function request(url: string, via: 'fetch' | 'xhr' | 'beacon' | 'websocket'): void {
    if (!port) return;
    let origin: string;
    try {
      origin = urlOrigin(construct<[string, string], URL>(NativeURL, [url, location.href]));
    } catch {
      return;
    }
    if (origin === pageOrigin || origin === 'null') return;
    emit({ kind: 'request', origin, via, at: now() }, null);
  }
  /**
   * The URL a request goes to, converted once: the converted string is what we check and what the
   * native call gets (an object whose toString answers differently each time cannot split the two).
   */
  const urlArgument = (args: unknown[], i: number): string => {
    const s = `${args[i] as string}`;
    args[i] = s;
    return s;
  };
  wrap(
    window,
    'fetch',
    ((orig: Fn) =>
      function (this: unknown, ...args: unknown[]) {
        let url: string | undefined;
        try {
          url = requestUrl(args[0]); // a Request: its URL
        } catch {
          url = undefined;
        }
        try {
          request(url ?? urlArgument(args, 0), 'fetch');
        } catch {
          /* as the native call would: it throws below */
        }
        return apply(orig, this ?? window, args);
      }) as never,
  );
  const xhrUrls = new WeakMap<object, string>();
  wrap(
    XMLHttpRequest.prototype,
    'open',
    ((orig: Fn) =>
      function (this: XMLHttpRequest, ...args: unknown[]) {
        if (args.length > 1) weakSet(xhrUrls, this, urlArgument(args, 1));
        return apply(orig, this, args);
      }) as never,
  );
  wrap(
    XMLHttpRequest.prototype,
    'send',
    ((orig: Fn) =>
      function (this: XMLHttpRequest, ...args: unknown[]) {
        const url = weakGet(xhrUrls, this) as string | undefined;
        if (url !== undefined) request(url, 'xhr');
        return apply(orig, this, args);
      }) as never,
  );
  wrap(
    Navigator.prototype,
    'sendBeacon',
    ((orig: Fn) =>
      function (this: Navigator, ...args: unknown[]) {
        if (args.length) request(urlArgument(args, 0), 'beacon');
        return apply(orig, this, args);
      }) as never,
  );
  const socketUrls = new WeakMap<object, string>();
  const NativeSocket = window.WebSocket;
  if (NativeSocket) {
    const Watched = new Proxy(
      NativeSocket,
      bare({
        construct(target: typeof WebSocket, args: unknown[], newTarget: Function) {
          const url = args.length ? urlArgument(args, 0) : '';
          const socket = construct(target as Function, args, newTarget) as WebSocket;
          weakSet(socketUrls, socket, url);
          return socket;
        },
      }),
    );
    try {
      defineProperty(window, 'WebSocket', bare({ value: Watched, configurable: true, writable: true }));
    } catch {
      /* frozen */
    }
    wrap(
      NativeSocket.prototype,
      'send',
      ((orig: Fn) =>
        function (this: WebSocket, ...args: unknown[]) {
          const url = (weakGet(socketUrls, this) as string | undefined) ?? socketUrl(this);
          if (url) request(url, 'websocket');
          return apply(orig, this, args);
        }) as never,
    );
  }

  // ── forms submitted by script: the content script decides, through the port ──
  const guardScriptSubmit = (type: string, key: string) =>
    ((orig: Fn) =>
      function (this: HTMLFormElement, ...args: unknown[]): unknown {
        const view = foreignWindow(this);
        if (view) {
          const own = methodOf(view, 'HTMLFormElement', key);
          if (own) return apply(own, this, args);
        }
        if (port) {
          let held = false;
          try {
            // Cancelled = the content script holds this submit and submits the form itself if the employee continues.
            held = !dispatch(port, construct(NativeSubmitEvent, [type, bare({ submitter: this, cancelable: true })]));
          } catch {
            /* not a form: the native call throws as it should */
          }
          if (held) return undefined;
        }
        return apply(orig, this, args);
      }) as never;
  wrap(HTMLFormElement.prototype, 'submit', guardScriptSubmit(PORT_SCRIPT_SUBMIT, 'submit'));
  wrap(HTMLFormElement.prototype, 'requestSubmit', guardScriptSubmit(PORT_SCRIPT_REQUEST_SUBMIT, 'requestSubmit'));

  // ── document.open() erases every listener on window and document, the content script's too:
  // they are added again before the page's next statement, so they stay first ──
  const afterOpen = (key: string) => (orig: Fn) =>
    function (this: Document, ...args: unknown[]): unknown {
      const view = foreignWindow(this);
      if (view) {
        const own = methodOf(view, 'Document', key);
        if (own) return apply(own, this, args); // that frame's watch tells its own content script
      }
      const result = apply(orig, this, args);
      if (this === doc && port) {
        try {
          dispatch(port, construct(NativeCustomEvent, [PORT_REOPENED, bare({})]));
        } catch {
          /* port gone */
        }
      }
      return result;
    };
  wrap(Document.prototype, 'open', afterOpen('open') as never);
  wrap(Document.prototype, 'write', afterOpen('write') as never);
  wrap(Document.prototype, 'writeln', afterOpen('writeln') as never);
})();
