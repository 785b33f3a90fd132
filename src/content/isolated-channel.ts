// ISOLATED side of the private channel (see channel.ts): creates the port, hands it to the MAIN
// world at document_start and turns the port's events into calls. Must run at document_start,
// before any page script: the handover on `document` is only private while no page script exists.
import {
  HANDOVER_OFFER,
  parseFact,
  PORT_ELEMENT,
  PORT_FACT,
  PORT_REOPENED,
  PORT_SCRIPT_REQUEST_SUBMIT,
  PORT_SCRIPT_SUBMIT,
  PORT_SHADOW_HOST,
  PORT_SHADOW_TREE,
  type MainWorldFact,
} from './channel';

export interface ChannelHandlers {
  /** A fact from the MAIN world, with the element it concerns (null: the document). */
  fact: (fact: MainWorldFact, element: Element | null) => void;
  /**
   * Page script submits `form`. Return true to hold it (the caller then submits it itself, or not);
   * false lets the page's call go on.
   */
  scriptSubmit: (form: HTMLFormElement, method: 'submit' | 'requestSubmit') => boolean;
  /** document.open() erased every listener on window and document. */
  reopened: () => void;
  /** `host` has a new open shadow root; `tree`: more new open roots lie inside it, not announced. */
  shadowHost: (host: Element, tree: boolean) => void;
}

/** Opens the channel; returns whether the MAIN world took the port. */
export function openIsolatedChannel(on: ChannelHandlers): boolean {
  // A detached element: no page script can obtain a reference to it.
  const port = document.createElement('span');
  let element: Element | null = null;
  port.addEventListener(PORT_ELEMENT, (e) => {
    const el = (e as SubmitEvent).submitter;
    element = el instanceof Element ? el : null;
  });
  port.addEventListener(PORT_FACT, (e) => {
    const el = element;
    element = null;
    const fact = parseFact((e as CustomEvent).detail);
    if (fact) on.fact(fact, el);
  });
  const onScriptSubmit = (method: 'submit' | 'requestSubmit') => (e: Event) => {
    const form = (e as SubmitEvent).submitter;
    if (form instanceof HTMLFormElement && on.scriptSubmit(form, method)) e.preventDefault();
  };
  port.addEventListener(PORT_SCRIPT_SUBMIT, onScriptSubmit('submit'));
  port.addEventListener(PORT_SCRIPT_REQUEST_SUBMIT, onScriptSubmit('requestSubmit'));
  port.addEventListener(PORT_REOPENED, () => on.reopened());
  const onShadowHost = (tree: boolean) => (e: Event) => {
    const host = (e as SubmitEvent).submitter;
    if (host instanceof Element) on.shadowHost(host, tree);
  };
  port.addEventListener(PORT_SHADOW_HOST, onShadowHost(false));
  port.addEventListener(PORT_SHADOW_TREE, onShadowHost(true));

  // Never waits: a waiting ISOLATED world would hand the port to whoever asks later, and a page
  // holding the port could feed it facts. The MAIN world runs first (manifest order, verified in
  // test/browser/channel.test.ts) and is listening now; if it is not, this frame has no channel.
  return !document.dispatchEvent(new FocusEvent(HANDOVER_OFFER, { relatedTarget: port, cancelable: true }));
}
