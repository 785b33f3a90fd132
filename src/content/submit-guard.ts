// Submit guard per the policy's onSubmit. warn: nothing is stopped. confirm: before a form with
// high findings is sent — by its submit button, by page script (form.submit()/requestSubmit(),
// reported by the main-world watch through the private channel) or by the employee's click on a
// button-like <div role=button> — ask once in an in-page dialog and resubmit on "continue". block:
// stop it and say why. Each answer goes to the background for the consent ledger (the answer
// only, never a value). A form or a button's click sent before the background's first
// instructions is held until they come (see EARLY_WAIT_MS), then judged.
import type { MarksMessage, OnSubmit } from '../messaging/contract';
import type { Locale } from '../core/types';
import type { DialogText } from './dialog';
import type { FrameScanner } from './scanner';
import { listenFirst } from './first-listeners';
import { eventTarget, findField } from './selectors';

/** Words on a button that sends the form (WJX "提交", DingTalk "提交", Google Forms "Submit"…). */
const SUBMIT_WORDS = /提交|送出|交卷|报名|報名|確認送出|确认提交|完成填写|submit|send|sign up|register|apply/i;
const BUTTON_LIKE = '[role=button],button,input[type=button],input[type=submit],a';
/**
 * A form sent before the background's first instructions is held until this frame's scan has
 * reached the background and then this long for the answer, at most MAX_HOLD_MS in all; then
 * judged like any other, and with no answer by then it goes as it would have. A page cannot send a
 * form past the guard by sending it before its frame is scanned (a frame out of view waits for
 * that: index.ts), nor by keeping the main thread busy (see `instructions`).
 */
const EARLY_WAIT_MS = 1500;
const MAX_HOLD_MS = 10_000;
const TICK_MS = 250;

export interface GuardDeps {
  locale: Locale;
  ask: (text: DialogText) => Promise<boolean>;
  text: (kind: 'confirm' | 'block', reasons: string[]) => DialogText;
  /** Selectors of this frame's personal fields (category not null). */
  personalFields: () => string[];
  /**
   * This frame's scanner (scanner.ts): whether controls added inside a container are not scanned
   * yet, to scan what is queued now, and its count of the changes to the questions.
   */
  scanner: Pick<FrameScanner, 'pendingIn' | 'scanNow' | 'version' | 'wordsSeen' | 'wordsFollowed'>;
  decided: (decision: 'continue' | 'cancel' | 'blocked') => void;
  /**
   * A form holding personal fields was sent without the dialog (the consent ledger records the
   * submission; one sent after "continue" is recorded with the decision).
   */
  submitted: () => void;
}

function composedContains(container: Node, node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null)
    if (n === container) return true;
  return false;
}

export class SubmitGuard {
  #findings: MarksMessage['findings'] = [];
  /** The policy's onSubmit: unknown until `mode` or the instructions tell it (then "warn" if neither came in time). */
  #onSubmit: OnSubmit | undefined;
  #continued = new WeakSet<object>();
  #bypass = new WeakSet<object>();
  /** Submit-like buttons whose click is held (see `intercept`). */
  #heldClicks = new WeakSet<Element>();
  #asking = false;
  /** The background's instructions are in (or never came in time once: then nothing is held again). */
  #instructed = false;
  /** Holds in progress (`hold`): checked again when instructions or a scan come in. */
  #waiting = new Set<() => void>();
  /** This frame's first scan reached the background (or had nothing to send). */
  #scanDone = false;
  /**
   * Of the changes to this frame's questions (the scanner's version): the ones `reported` to
   * the background, and the ones the instructions in hand know (`judged`). A submission is judged
   * on instructions that know every change.
   */
  #reported = 0;
  #judged = 0;

  readonly #deps: GuardDeps;

  /**
   * Made at document_start: the submit and click listeners come before any of the page's, so no
   * page listener can stop them (first-listeners.ts). Script submits come through `scriptSubmit`.
   */
  constructor(deps: GuardDeps) {
    this.#deps = deps;
    listenFirst<SubmitEvent>(window, 'submit', (e) => this.#onSubmitEvent(e));
    listenFirst<MouseEvent>(window, 'click', (e) => this.#onClick(e));
  }

  /** The policy's onSubmit, asked at document_start: under "warn" no click waits for the instructions. */
  mode(onSubmit: OnSubmit): void {
    if (this.#instructed) return;
    this.#onSubmit = onSubmit;
  }

  update(message: MarksMessage): void {
    this.#findings = message.findings;
    this.#onSubmit = message.onSubmit;
    this.#instructed = true;
    this.#judged = this.#reported;
    this.#recheck();
  }

  /**
   * This frame's scan reached the background: its instructions follow. `silent`: the frame had
   * nothing to send (no question, no notice), and no instructions will come until it has — nothing
   * here to hold a submission for.
   */
  scanned(silent: boolean, upTo: number): void {
    this.#scanDone = true;
    this.#reported = Math.max(this.#reported, upTo);
    if (silent) {
      this.#judged = this.#reported;
      this.#instructed = true;
    }
    this.#recheck();
  }

  /**
   * A submission of `container` now would be judged on instructions that do not know all of its
   * questions yet: new ones, or ones whose words changed up to `words` (a count of word changes:
   * those made later, by a clock that keeps ticking, are not waited for; far labels count too).
   */
  #outdated(container: Node, words = this.#deps.scanner.wordsSeen()): boolean {
    const { scanner } = this.#deps;
    return (
      this.#onSubmit !== 'warn' &&
      (this.#judged < scanner.version() || scanner.pendingIn(container) || scanner.wordsFollowed() < words)
    );
  }

  /**
   * Resolves once the questions added inside `container` are scanned and the instructions that
   * follow are in (a page that adds a question and keeps mutating, so that its scan waits for a
   * quiet page, gains nothing by it), or when the hold is over (see `hold`).
   */
  #caughtUp(container: Node): Promise<void> {
    this.#deps.scanner.scanNow();
    const words = this.#deps.scanner.wordsSeen();
    return this.#hold(() => this.#outdated(container, words));
  }

  /**
   * Resolves when the first instructions are in, or when the wait for them is over: EARLY_WAIT_MS
   * after this frame's scan reached the background (see `hold`).
   */
  #instructions(): Promise<void> {
    let afterScan = -1;
    return this.#hold((counted) => {
      if (this.#scanDone && afterScan < 0) afterScan = counted;
      return !this.#instructed && (afterScan < 0 || counted - afterScan < EARLY_WAIT_MS);
    }).then(() => {
      this.#instructed = true;
      this.#onSubmit ??= 'warn';
    });
  }

  /**
   * Resolves once `waiting` is false — checked every TICK_MS and at each instructions or scan —
   * or after MAX_HOLD_MS in all. Only time the page let us run counts (at most TICK_MS + 50 ms per
   * tick): a page that blocks its thread for seconds, to let our timers find the hold over, gains
   * nothing.
   */
  #hold(waiting: (counted: number) => boolean): Promise<void> {
    return new Promise((resolve) => {
      let last = Date.now();
      let counted = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const check = () => {
        clearTimeout(timer);
        const now = Date.now();
        counted += Math.min(now - last, TICK_MS + 50);
        last = now;
        if (counted < MAX_HOLD_MS && waiting(counted)) {
          this.#waiting.add(check);
          timer = setTimeout(check, TICK_MS);
        } else {
          this.#waiting.delete(check);
          resolve();
        }
      };
      this.#waiting.add(check);
      timer = setTimeout(check, TICK_MS);
    });
  }

  /** Holds check again now (instructions or a scan came in). */
  #recheck(): void {
    for (const check of [...this.#waiting]) check();
  }

  /** Reasons (messages of high findings) that concern this form or container; empty = not flagged. */
  reasonsFor(container: Node): string[] {
    const reasons: string[] = [];
    const personalInside = () => this.#deps.personalFields().some((s) => composedContains(container, findField(s)));
    for (const f of this.#findings) {
      if (f.severity !== 'high') continue;
      const concerns = f.fields.length
        ? f.fields.some((s) => composedContains(container, findField(s)))
        : personalInside();
      if (concerns) reasons.push(f.message[this.#deps.locale] || f.message.en);
    }
    return [...new Set(reasons)];
  }

  #guarded(container: Node): string[] | null {
    if (this.#onSubmit === 'warn' || this.#continued.has(container)) return null;
    const reasons = this.reasonsFor(container);
    return reasons.length ? reasons : null;
  }

  /** Asks (or tells, for block); runs `resubmit` if the employee continues. */
  async #decide(container: Node, reasons: string[], resubmit: () => void): Promise<void> {
    if (this.#asking) return;
    this.#asking = true;
    try {
      if (this.#onSubmit === 'block') {
        await this.#deps.ask(this.#deps.text('block', reasons));
        this.#deps.decided('blocked');
        return;
      }
      const go = await this.#deps.ask(this.#deps.text('confirm', reasons));
      this.#deps.decided(go ? 'continue' : 'cancel');
      if (go) {
        this.#continued.add(container);
        resubmit();
      }
    } finally {
      this.#asking = false;
    }
  }

  #onSubmitEvent(e: SubmitEvent): void {
    // A submit event made by page script sends nothing; answering it would tell the page we are here.
    if (!e.isTrusted) return;
    const form = e.target as HTMLFormElement;
    if (this.#bypass.has(form)) {
      this.#bypass.delete(form);
      return;
    }
    const submitter = e.submitter && form.contains(e.submitter) ? e.submitter : null;
    const send = () => {
      this.#bypass.add(form);
      form.requestSubmit(submitter);
    };
    // Stop it before the page's own handlers (SPAs send from their submit handler).
    if (this.#intercept(form, send, () => this.#reportSubmission(form))) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }

  /**
   * Whether a submission (a form, or a submit-like button's click) must be stopped now. Too early to
   * know (no instructions yet, or none that know the questions just added): it is held until they
   * come, then judged — once more held, at most, for questions added meanwhile. Flagged: the
   * employee is asked. Either way `send` lets it go; `sent` is told of one that goes unasked.
   * `held`: the button whose click this is (a second click while the first is held is the same
   * request: one answer, one replay).
   */
  #intercept(container: Node, send: () => void, sent?: () => void, held?: Element, caughtUp = false): boolean {
    const early = !this.#instructed;
    const wait = early
      ? this.#instructions()
      : !caughtUp && this.#outdated(container)
        ? this.#caughtUp(container)
        : null;
    if (wait) {
      if (held) this.#heldClicks.add(held);
      void wait.then(() => {
        if (held) this.#heldClicks.delete(held);
        if (!this.#intercept(container, send, sent, held, !early)) send();
      });
      return true;
    }
    const reasons = this.#guarded(container);
    if (!reasons) {
      sent?.();
      return false;
    }
    void this.#decide(container, reasons, send);
    return true;
  }

  /**
   * Page script called `submit()` / `requestSubmit()` on `form` (reported by the MAIN-world watch
   * before the call goes on). True: held here — sent by this world's own, unwrapped methods if the
   * employee continues; false: the page's call goes on.
   */
  scriptSubmit(form: HTMLFormElement, method: 'submit' | 'requestSubmit'): boolean {
    const send = () => {
      if (method === 'submit') {
        HTMLFormElement.prototype.submit.call(form);
      } else {
        this.#bypass.add(form);
        form.requestSubmit();
      }
    };
    return this.#intercept(form, send, () => this.#reportSubmission(form));
  }

  #reportSubmission(form: HTMLFormElement): void {
    if (this.#deps.personalFields().some((s) => composedContains(form, findField(s)))) this.#deps.submitted();
  }

  /**
   * A click on a button-like element whose caption sends (提交, Submit…) outside a real form submit:
   * WJX, DingTalk and most SPAs send by script from such a click. Judged like a form's submit, and
   * held like one when it comes before the instructions (the default "warn" would let it go).
   * Clicks made by page script are left alone: a page can send its data without any click, and
   * stopping its own synthetic click would tell it we are here.
   */
  #onClick(e: MouseEvent): void {
    // First: our own replay (below) is untrusted too, so it needs no mark to pass, and a mark left
    // over when a replay never arrived (button removed, disabled or re-captioned meanwhile) cannot
    // let a later click of the employee's through unasked.
    if (!e.isTrusted) return;
    // Under "warn" nothing is stopped: a click is not held either (a held click is replayed
    // untrusted and late, which a page could notice).
    if (this.#onSubmit === 'warn') return;
    const target = eventTarget(e);
    const button = this.#submitLike(target);
    if (!button) return;
    // Replayed where the employee clicked, with the same keys and position.
    const resend = () => void (target ?? button).dispatchEvent(new MouseEvent('click', e));
    if (
      this.#heldClicks.has(button) ||
      this.#intercept(button.closest('form') ?? document, resend, undefined, button)
    ) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }

  /** The button-like element `target` is in, if its short caption says it sends (not a form's own submit button). */
  #submitLike(target: Element | null): Element | null {
    const button = target?.closest(BUTTON_LIKE) ?? target?.closest('div,span');
    if (!button) return null;
    // Real submit buttons inside a form are handled by the submit event.
    const tag = button.tagName;
    if (button.closest('form') && tag === 'BUTTON' && (button as HTMLButtonElement).type === 'submit') return null;
    if (tag === 'INPUT' && (button as HTMLInputElement).type === 'submit') return null;
    if (
      (tag === 'DIV' || tag === 'SPAN') &&
      !button.hasAttribute('onclick') &&
      button.getAttribute('tabindex') === null &&
      (button as HTMLElement).style.cursor !== 'pointer' &&
      !/btn|button|submit/i.test(button.className)
    )
      return null;
    const label = (
      (button as HTMLInputElement).value ||
      button.getAttribute('aria-label') ||
      button.textContent ||
      ''
    ).trim();
    // A container's text is not a button's caption: only short captions count.
    return label.length <= 24 && SUBMIT_WORDS.test(label) ? button : null;
  }
}
