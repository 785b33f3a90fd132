// The employee's own switches, kept in storage.local: written by the options page, read by the
// background, which sends them to the content script with its marks (a content script has no
// access to storage.local: see background/storage-access.ts). Keys and defaults live here once.
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

export type Settings = Record<SettingName, boolean>;

/** Every setting's value from what storage.local returned. */
export function settingsFrom(stored: Record<string, unknown>): Settings {
  return { showMarks: settingValue('showMarks', stored), checkNoticeLinks: settingValue('checkNoticeLinks', stored) };
}

/** A setting's value from what storage.local returned (absent or malformed: the default). */
export function settingValue(name: SettingName, stored: Record<string, unknown>): boolean {
  const value = stored[SETTINGS[name].key];
  return typeof value === 'boolean' ? value : SETTINGS[name].byDefault;
}
