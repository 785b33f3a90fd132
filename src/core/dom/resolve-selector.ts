// Resolves a report selector back to its element. Report selectors pierce open shadow roots with
// " >>> " (shared/spec/report.md): "#host >>> input[name=x]" is `input[name=x]` inside #host's
// shadow root.
export const SHADOW_PIERCE = ' >>> ';

export function resolveSelector(root: Document | ShadowRoot, selector: string): Element | null {
  let scope: Document | ShadowRoot | null = root;
  let found: Element | null = null;
  for (const part of selector.split(SHADOW_PIERCE)) {
    if (!scope) return null;
    try {
      found = scope.querySelector(part);
    } catch {
      return null; // a malformed selector from a hostile page or an old report
    }
    scope = found?.shadowRoot ?? null;
  }
  return found;
}
