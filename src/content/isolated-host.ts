// One host element with a closed shadow root for in-page UI. Styles are applied through the CSSOM
// (a constructed style sheet, style properties), not <style> text or style attributes, so a
// page's Content-Security-Policy (style-src without 'unsafe-inline') cannot switch them off, and
// `all: initial` on the host keeps the page's CSS out.
export function isolatedHost(tag: string, css: string, hostStyle: Record<string, string>): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(tag);
  host.style.setProperty('all', 'initial', 'important');
  for (const [property, value] of Object.entries(hostStyle)) host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  return { host, shadow };
}
