// The employee's own switches, kept in storage.local: written by the options page, read by the
// content script. Keys and defaults live here once so the two cannot disagree.
export const SETTINGS = {
  /** Outline flagged questions in the page. */
  showMarks: { key: 'showMarks', byDefault: true },
  /**
   * HEAD the page's same-origin privacy-notice links to see whether they answer (a 404 is an
   * unreachable notice). Off by default: otherwise FormWarden makes no request of its own.
   */
  checkNoticeLinks: { key: 'checkNoticeLinks', byDefault: false },
} as const;

export type SettingName = keyof typeof SETTINGS;

/** A setting's value from what storage.local returned (absent or malformed: the default). */
export function settingValue(name: SettingName, stored: Record<string, unknown>): boolean {
  const value = stored[SETTINGS[name].key];
  return typeof value === 'boolean' ? value : SETTINGS[name].byDefault;
}
