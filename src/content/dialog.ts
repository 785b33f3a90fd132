// Accessible in-page dialog for the submit guard: role=dialog, aria-modal, labelled and described,
// focus moves in and is trapped, Esc cancels, focus returns where it was. Drawn in its own closed
// shadow root so the page's CSS neither styles it nor is styled by it. Colours meet 4.5:1; a
// transparent border becomes visible in forced-colours mode; at 200% zoom the dialog scrolls
// inside the window instead of running off it.
import { listenFirst } from './first-listeners';
import { isolatedHost, make } from './isolated-host';

const CSS = `
:host{all:initial}
.backdrop{position:fixed;inset:0;z-index:2147483647;background:rgba(32,33,36,.55);display:flex;align-items:center;justify-content:center;font:14px/1.5 system-ui,sans-serif}
.dialog{box-sizing:border-box;max-width:460px;max-height:calc(100vh - 32px);overflow:auto;margin:16px;padding:20px 22px;border:2px solid transparent;border-radius:10px;background:#fff;color:#202124;box-shadow:0 8px 28px rgba(0,0,0,.35)}
h2{margin:0 0 8px;font-size:17px;line-height:1.35;color:#a50e0e}
p{margin:0 0 10px}ul{margin:0 0 14px;padding-left:20px}
.actions{display:flex;gap:10px;justify-content:flex-end}
button{font:inherit;padding:7px 14px;border-radius:6px;border:1px solid #80868b;background:#fff;color:#1558b0;cursor:pointer}
button.primary{background:#1967d2;border-color:#1967d2;color:#fff}
button:focus-visible{outline:3px solid #174ea6;outline-offset:2px}
`;

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
    const { host, shadow } = isolatedHost(CSS, {});
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
