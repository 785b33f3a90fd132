// Stand-in for `tldts` in the content-script bundle only (vite.config.ts aliases it there): the
// public-suffix list is ~110 KB gzip, nearly four times the content script's whole budget. Without
// it the content script compares exact hosts; the background, which has the real list, corrects
// `transport.thirdParty` before evaluating (src/background/transport.ts).
export function getDomain(_url: string): string | null {
  return null;
}
