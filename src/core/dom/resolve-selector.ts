// Resolves a report selector back to its element. Report selectors pierce open shadow roots with
// " >>> " (shared/spec/report.md): "#host >>> input[name=x]" is `input[name=x]` inside #host's
// shadow root.
export const SHADOW_PIERCE = ' >>> ';

export function resolveSelector(root: Document | ShadowRoot, selector: string): Element | null {
  return shadowResolver(root)(selector);
}

/**
 * resolveSelector for many selectors of one page: the shadow root each " >>> " prefix leads to is
 * found once, so the controls of 800 nested roots cost one query each, not one per level.
 */
export function shadowResolver(root: Document | ShadowRoot): (selector: string) => Element | null {
  const scopes = new Map<string, Document | ShadowRoot | null>([['', root]]);
  const resolve = (selector: string): Element | null => {
    const cut = selector.lastIndexOf(SHADOW_PIERCE);
    const prefix = cut < 0 ? '' : selector.slice(0, cut);
    let scope = scopes.get(prefix);
    if (scope === undefined) scopes.set(prefix, (scope = resolve(prefix)?.shadowRoot ?? null));
    return scope ? query(scope, cut < 0 ? selector : selector.slice(cut + SHADOW_PIERCE.length)) : null;
  };
  return resolve;
}

function query(scope: Document | ShadowRoot, selector: string): Element | null {
  try {
    return scope.querySelector(selector);
  } catch {
    return null; // a malformed selector from a hostile page or an old report
  }
}
