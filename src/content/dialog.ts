// Accessible in-page dialog for the submit guard: role=dialog, aria-modal, labelled and described,
// focus moves in and is trapped, Esc cancels, focus returns where it was. Drawn in its own closed
// shadow root so the page's CSS neither styles it nor is styled by it. Colours meet 4.5:1; a
// transparent border becomes visible in forced-colours mode; at 200% zoom the dialog scrolls
// inside the window instead of running off it (the stylesheet, in-page-styles.ts, comes with the
// marks message, as do the instructions that open the dialog).
import { listenFirst } from './first-listeners';
import { isolatedHost, make } from './isolated-host';

/** The open dialog's key handler. */
let onDialogKey: ((e: KeyboardEvent) => void) | null = null;

/**
 * Called at document_start: the dialog's keys are read by a listener that comes before the page's
 * (a page's capturing keydown listener could otherwise swallow Esc, Tab and Enter).
 */
export function listenForDialogKeys(): void {
  listenFirst<KeyboardEvent>(window, 'keydown', (e) => onDialogKey?.(e));
}

export interface DialogText {
  title: string;
  body: string;
  reasonsHeading: string;
  reasons: string[];
  confirm?: string;
  cancel: string;
}

/** Resolves true when the employee chooses to continue, false on cancel / Esc / close. */
export function askInPage(text: DialogText): Promise<boolean> {
  return new Promise((resolve) => {
    const previouslyFocused = document.activeElement as HTMLElement | null;
    const { host, shadow } = isolatedHost('dialog', {});
    const backdrop = make('div', 'backdrop');
    const dialog = make('div', 'dialog');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'fw-title');
    dialog.setAttribute('aria-describedby', 'fw-body');
    const h2 = make('h2', '', text.title);
    h2.id = 'fw-title';
    const body = make('p', '', text.body);
    body.id = 'fw-body';
    dialog.append(h2, body);
    if (text.reasons.length) {
      const list = make('ul');
      list.append(...text.reasons.slice(0, 6).map((r) => make('li', '', r)));
      dialog.append(make('p', '', text.reasonsHeading), list);
    }
    const actions = make('div', 'actions');
    const cancel = make('button', text.confirm ? '' : 'primary', text.cancel);
    cancel.type = 'button';
    actions.append(cancel);
    let confirm: HTMLButtonElement | null = null;
    if (text.confirm) {
      confirm = make('button', 'primary', text.confirm);
      confirm.type = 'button';
      actions.append(confirm);
    }
    dialog.append(actions);
    backdrop.append(dialog);
    shadow.append(backdrop);

    const buttons = [cancel, ...(confirm ? [confirm] : [])];
    const finish = (answer: boolean) => {
      onDialogKey = null;
      host.remove();
      previouslyFocused?.focus?.({ preventScroll: true });
      resolve(answer);
    };
    const onKey = (e: KeyboardEvent) => {
      // While the dialog is open, keys belong to it, not to the page. Only the employee's: a key
      // event made by page script (Tab, then Enter) must not answer "continue".
      e.stopPropagation();
      if (!e.isTrusted) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        finish(false);
      } else if (e.key === 'Tab') {
        e.preventDefault();
        const i = buttons.indexOf(shadow.activeElement as HTMLButtonElement);
        const next = buttons[(i + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length]!;
        next.focus();
      } else if (e.key === 'Enter' || e.key === ' ') {
        const active = shadow.activeElement as HTMLButtonElement | null;
        if (active && buttons.includes(active)) {
          e.preventDefault();
          finish(active === confirm);
        }
      }
    };
    cancel.addEventListener('click', (e) => e.isTrusted && finish(false));
    confirm?.addEventListener('click', (e) => e.isTrusted && finish(true));
    onDialogKey = onKey;
    document.documentElement.append(host);
    // In a frame scrolled out of view (a form sent by script) focus alone does not scroll the
    // page holding the frame: bring the dialog into the employee's view.
    document.documentElement.scrollIntoView({ block: 'nearest' });
    // Safer choice first: focus lands on "go back".
    cancel.focus();
  });
}
