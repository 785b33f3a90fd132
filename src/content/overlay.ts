// In-page marks, drawn in one isolated overlay: a single host element with a closed shadow root,
// `all: initial` so page CSS cannot reach in, fixed position and no size so nothing in the page
// moves, pointer-events only on the small badges (so the page stays clickable). Each flagged field
// gets an outline and a badge; the badge's tooltip says why, in the employee's language.
// Accessibility (issue 18): each badge is a button in the page's tab order (after the page's own
// controls, in the fields' document order) whose accessible name says which data and why
// ("FormWarden: body temperature — not needed for attendance", from the background); the tooltip
// is its description. A closed shadow root hides it from page scripts, not from the accessibility
// tree. Colours give white text 4.5:1; in forced-colours mode system colours draw the marks (the
// stylesheet, in-page-styles.ts, comes with the marks message).
import type { Locale, Severity } from '../core/types';
import type { MarksMessage } from '../messaging/contract';
import { fieldMarks, type FieldMark } from '../core/report/field-marks';
import { isolatedHost, make } from './isolated-host';
import { findField } from './selectors';
import { own } from './own-work';

const COLOURS: Record<Severity, string> = { high: '#c5221f', medium: '#a15700', low: '#7a6000' };
const MAX_MARKS = 300;

/** One mark per field (the core's fieldMarks), at most MAX_MARKS on hostile pages. */
export function marksFrom(findings: MarksMessage['findings'], locale: Locale): FieldMark[] {
  return fieldMarks(findings, locale).slice(0, MAX_MARKS);
}

export class MarksOverlay {
  /** Made on the first marks to draw: a frame with nothing to show pays nothing for it at start-up. */
  #parts: { host: HTMLElement; shadow: ShadowRoot; layer: HTMLElement } | null = null;
  #marks: {
    mark: FieldMark;
    box: HTMLElement;
    badge: HTMLElement;
    tip: HTMLElement;
    /** The field, found again at each marks message and when it has left the page (scrolling reuses it). */
    field: Element | null;
    /** Where the mark was last put ('' hidden, undefined never placed). */
    place?: string;
  }[] = [];
  #frame = 0;
  #enabled = true;
  /** What is drawn: an evaluation that changes nothing does not redraw (and does not take focus away). */
  #drawn = '';

  /** `label`: the marks' generic name, read when first needed (a message lookup costs each frame ~1 ms). */
  readonly #label: () => string;

  constructor(label: () => string) {
    this.#label = label;
  }

  #made(): { host: HTMLElement; shadow: ShadowRoot; layer: HTMLElement } {
    if (this.#parts) return this.#parts;
    const { host, shadow } = isolatedHost('marks', {
      position: 'fixed',
      top: '0',
      left: '0',
      width: '0',
      height: '0',
      'z-index': '2147483646',
    });
    const layer = make('div', 'layer');
    layer.style.display = this.#enabled ? '' : 'none';
    shadow.append(layer);
    const reposition = () => this.requestReposition();
    addEventListener('scroll', reposition, { capture: true, passive: true });
    addEventListener('resize', reposition, { passive: true });
    return (this.#parts = { host, shadow, layer });
  }

  /** `node` is this overlay's host. */
  isHost(node: Node): boolean {
    return node === this.#parts?.host;
  }

  setEnabled(enabled: boolean): void {
    this.#enabled = enabled;
    if (this.#parts) this.#parts.layer.style.display = enabled ? '' : 'none';
    if (enabled) this.#repositionNow();
  }

  /** `names`: each mark's accessible name by selector; without one, the generic label and reasons. */
  render(marks: FieldMark[], names: Record<string, string> = {}): void {
    const drawing = JSON.stringify([marks, names]);
    if (!marks.length && !this.#parts) {
      this.#drawn = drawing;
      return;
    }
    const { host, shadow, layer } = this.#made();
    if (drawing === this.#drawn) {
      // A page that removed the overlay gets it back.
      if (marks.length && !host.isConnected) document.documentElement.append(host);
      // Each message finds the fields again: a page may have moved a selector to another element.
      for (const m of this.#marks) m.field = null;
      return this.#repositionNow();
    }
    this.#drawn = drawing;
    // A keyboard user on a mark stays on it when the marks are redrawn.
    const focused = this.#marks.find((m) => m.badge === shadow.activeElement)?.mark.selector;
    layer.replaceChildren();
    // Tab order follows the page: marks in the fields' document order, not by severity.
    const placed = marks.map((mark) => ({ mark, el: findField(mark.selector) }));
    placed.sort((a, b) =>
      a.el && b.el && a.el !== b.el
        ? a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING
          ? -1
          : 1
        : 0,
    );
    this.#marks = placed.map(({ mark, el }, i) => {
      const box = make('div', 'box');
      const badge = make('button', 'badge', '!');
      badge.type = 'button';
      badge.setAttribute('aria-label', names[mark.selector] ?? `${this.#label()}: ${mark.reasons.join(' ')}`);
      badge.setAttribute('aria-describedby', `fw-tip-${i}`);
      const tip = make('div', 'tip');
      tip.id = `fw-tip-${i}`;
      tip.setAttribute('role', 'tooltip');
      tip.append(...mark.reasons.map((r) => make('p', '', r)));
      for (const el of [box, badge, tip]) el.style.setProperty('--c', COLOURS[mark.severity]);
      layer.append(box, badge, tip);
      return { mark, box, badge, tip, field: el };
    });
    if (marks.length && !host.isConnected) document.documentElement.append(host);
    this.#marks.find((m) => m.mark.selector === focused)?.badge.focus({ preventScroll: true });
    this.#repositionNow();
  }

  count(): number {
    return this.#marks.length;
  }

  isEnabled(): boolean {
    return this.#enabled;
  }

  flash(selector: string): void {
    const m = this.#marks.find((x) => x.mark.selector === selector);
    if (!m) return;
    m.box.classList.remove('flash');
    void m.box.offsetWidth;
    m.box.classList.add('flash');
  }

  /**
   * In the task that drew the marks (the frame's own message from the background), not at the next
   * animation frame: the browser runs the animation-frame callbacks of every same-origin frame in one
   * task, and thirty frames told their marks at about the same time added up there (measured: 16 ms
   * of ours in one task on the thirty-frame page, 1 ms or less in each message's own task now).
   * Scrolling and resizing still wait for the next frame.
   */
  #repositionNow(): void {
    if (!this.#enabled || !this.#parts) return;
    cancelAnimationFrame(this.#frame); // (0: none, a no-op)
    this.#frame = 0;
    this.#reposition();
  }

  requestReposition(): void {
    if (this.#frame || !this.#enabled || !this.#parts) return;
    this.#frame = requestAnimationFrame(
      own(() => {
        this.#frame = 0;
        this.#reposition();
      }),
    );
  }

  /**
   * Reads every field's box, then writes the marks' positions: writing between reads made each read
   * lay the page out again. In same-origin frames the browser runs every frame's animation-frame
   * callbacks in one task, so thirty frames of marks cost that task thirty repositions (measured
   * before: 1.6–2 ms each). Fields are looked up again only when they have left the page, and a mark
   * whose place did not change is not written.
   */
  #reposition(): void {
    const rects = this.#marks.map((m) => {
      if (!m.field?.isConnected) m.field = findField(m.mark.selector);
      return m.field?.getBoundingClientRect();
    });
    this.#marks.forEach((m, i) => {
      const rect = rects[i];
      const visible = !!rect && rect.width + rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
      const place = visible ? `${rect.left},${rect.top},${rect.width},${rect.height},${innerWidth}` : '';
      if (place === m.place) return;
      m.place = place;
      const { box, badge, tip } = m;
      for (const node of [box, badge]) node.style.visibility = visible ? 'visible' : 'hidden';
      if (!visible) {
        tip.style.visibility = 'hidden';
        return;
      }
      tip.style.visibility = '';
      Object.assign(box.style, {
        left: `${rect.left - 3}px`,
        top: `${rect.top - 3}px`,
        width: `${rect.width + 6}px`,
        height: `${rect.height + 6}px`,
      });
      const badgeLeft = Math.min(rect.right - 4, innerWidth - 20);
      const badgeTop = Math.max(rect.top - 12, 0);
      Object.assign(badge.style, { left: `${badgeLeft}px`, top: `${badgeTop}px` });
      Object.assign(tip.style, {
        left: `${Math.max(0, Math.min(badgeLeft - 150, innerWidth - 330))}px`,
        top: `${badgeTop + 22}px`,
      });
    });
  }
}
