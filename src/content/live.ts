// Live facts for this frame: what the main-world watch reports (geolocation/camera time stamps, key
// listeners, requests after typing), when the employee first touched a consent control or the form,
// and which same-origin notice links answer 404. Counts, origins, selectors and times only.
import type { LiveFacts, PageFacts } from '../core/types';
import type { MainWorldFact } from './channel';
import { listenFirst } from './first-listeners';
import { eventTarget, findField } from './selectors';
import { shareTyping, typingBefore } from './typing';

const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const MAX_LINK_CHECKS = 5;

export interface LiveDeps {
  /** The frame's questions: each one's first control, with its report selector. */
  fieldElements: () => ReadonlyMap<Element, string>;
  /** Classified as personal by the background. */
  isPersonal: (selector: string) => boolean;
  consentSelectors: () => string[];
  /** Something changed; the caller takes a snapshot when it sends (snapshots are not free). */
  onChange: () => void;
}

interface SeenListener {
  scriptUrl: string;
  target: 'document' | 'window' | 'field';
  elements: Set<Element>;
}
interface SeenRequest {
  origin: string;
  via: string;
  element: Element | null;
}

export class LiveWatch {
  #facts: Pick<
    Required<LiveFacts>,
    'geolocation' | 'camera' | 'firstConsentInteractionAt' | 'firstFormInteractionAt' | 'brokenNoticeLinks'
  > = {
    geolocation: [],
    camera: [],
    firstConsentInteractionAt: null,
    firstFormInteractionAt: null,
    brokenNoticeLinks: [],
  };
  // Elements are kept and mapped to report selectors only when a snapshot is taken: the main-world
  // watch reports listeners from document_start, long before the first scan knows the fields.
  #listeners = new Map<string, SeenListener>();
  #requests: SeenRequest[] = [];
  #checkedLinks = new Set<string>();

  /** Made at document_start: the interaction listeners come before the page's. */
  readonly #deps: LiveDeps;

  constructor(deps: LiveDeps) {
    this.#deps = deps;
    for (const type of ['pointerdown', 'keydown', 'change']) listenFirst(window, type, (e) => this.#onInteraction(e));
    shareTyping((field, request) => this.#recordRequest(field, request));
  }

  /** A request left right after typing in `field`, a field of this frame (it may come from another frame's realm). */
  #recordRequest(field: Element, request: { origin: string; via: string }): void {
    if (this.#requests.length >= 1000) return;
    this.#requests.push({ origin: request.origin, via: request.via, element: field });
    this.#changed();
  }

  snapshot(): LiveFacts {
    const fieldOf = this.#deps.fieldElements();
    const keyListeners = [...this.#listeners.values()].map((l) => ({
      scriptUrl: l.scriptUrl,
      target: l.target,
      fields: [...l.elements].flatMap((el) => (fieldOf.has(el) ? [fieldOf.get(el)!] : [])),
    }));
    // Only requests right after typing in a personal field count.
    const sent = new Map<string, { origin: string; count: number; kind: string }>();
    for (const r of this.#requests) {
      const selector = r.element ? fieldOf.get(r.element) : undefined;
      if (!selector || !this.#deps.isPersonal(selector)) continue;
      const key = `${r.origin} ${r.via}`;
      const prev = sent.get(key);
      sent.set(key, { origin: r.origin, kind: r.via, count: (prev?.count ?? 0) + 1 });
    }
    return { ...structuredClone(this.#facts), keyListeners, sentWhileTyping: [...sent.values()] };
  }

  #changed(): void {
    this.#deps.onChange();
  }

  /** A fact from the MAIN-world watch (through the private channel), with its element (null: the document). */
  onFact(fact: MainWorldFact, target: Element | null): void {
    switch (fact.kind) {
      case 'geolocation':
      case 'camera':
        if (this.#facts[fact.kind].length < 20) this.#facts[fact.kind].push({ at: fact.at });
        break;
      case 'key-listener': {
        const key = `${fact.target} ${fact.scriptUrl}`;
        const seen = this.#listeners.get(key) ?? {
          scriptUrl: fact.scriptUrl,
          target: fact.target,
          elements: new Set<Element>(),
        };
        if (fact.target === 'field' && target && seen.elements.size < 200) seen.elements.add(target);
        if (this.#listeners.size < 50 || this.#listeners.has(key)) this.#listeners.set(key, seen);
        break;
      }
      case 'request': {
        // Every request to another origin comes here; it counts if the employee typed shortly
        // before, in this frame or another same-origin one (that frame records it).
        const typed = typingBefore(fact.at);
        typed?.record(typed.field, { origin: fact.origin, via: fact.via });
        return;
      }
      default:
        return;
    }
    this.#changed();
  }

  #onInteraction(e: Event): void {
    if (this.#facts.firstConsentInteractionAt !== null && this.#facts.firstFormInteractionAt !== null) return;
    const target = eventTarget(e);
    if (!target) return;
    const at = Math.round(performance.timeOrigin + e.timeStamp);
    let changed = false;
    if (this.#facts.firstConsentInteractionAt === null && this.#isConsentTarget(target)) {
      this.#facts.firstConsentInteractionAt = at;
      changed = true;
    }
    if (
      this.#facts.firstFormInteractionAt === null &&
      (FIELD_TAGS.has(target.tagName) ||
        (target as HTMLElement).isContentEditable ||
        target.closest('label,[role=radio],[role=checkbox],[role=switch],[role=textbox],[role=combobox]'))
    ) {
      this.#facts.firstFormInteractionAt = at;
      changed = true;
    }
    if (changed) this.#changed();
  }

  #isConsentTarget(target: Element): boolean {
    const labelled = target.closest<'label'>('label')?.control ?? null;
    for (const s of this.#deps.consentSelectors()) {
      const control = findField(s);
      if (!control) continue;
      if (control === target || control === labelled || control.contains(target) || target.contains(control))
        return true;
    }
    return false;
  }

  /** HEAD the page's same-origin notice links once; a 4xx/5xx answer makes the link broken. */
  checkNoticeLinks(page: Pick<PageFacts, 'noticeLinks'>): void {
    for (const link of page.noticeLinks) {
      if (!link.reachable || !link.href || this.#checkedLinks.size >= MAX_LINK_CHECKS) continue;
      let url: URL;
      try {
        url = new URL(link.href, location.href);
      } catch {
        continue;
      }
      if (url.origin !== location.origin || this.#checkedLinks.has(url.href)) continue;
      this.#checkedLinks.add(url.href);
      void fetch(url.href, { method: 'HEAD', credentials: 'same-origin', redirect: 'follow' })
        .then((r) => (r.status === 405 ? fetch(url.href, { credentials: 'same-origin' }) : r))
        .then((r) => {
          if (r.status >= 400 && !this.#facts.brokenNoticeLinks.includes(link.href!)) {
            this.#facts.brokenNoticeLinks.push(link.href!);
            this.#changed();
          }
        })
        .catch(() => undefined); // offline or blocked: not evidence of a broken link
    }
  }
}
