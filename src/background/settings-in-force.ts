// The employee's switches as the background sends them with every frame's marks: read from
// storage.local once, then kept until they change, instead of once per evaluation (every scan and
// every popup or preview poll evaluates). A suspended worker or event page simply reads them again.
import browser from 'webextension-polyfill';
import { SETTINGS, settingsFrom, type Settings } from '../core/settings';

const KEYS = new Set<string>(Object.values(SETTINGS).map((s) => s.key));
let cached: Promise<Settings> | null = null;

/** Whether a storage change touches a setting. */
export function touchesSettings(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && Object.keys(changes).some((k) => KEYS.has(k));
}

browser.storage.onChanged.addListener((changes, area) => {
  if (touchesSettings(changes, area)) cached = null;
});

/** A setting that cannot be read is its default: the marks and the guard must still go out. */
export function settingsInForce(): Promise<Settings> {
  cached ??= browser.storage.local.get([...KEYS]).then(settingsFrom, () => {
    cached = null;
    return settingsFrom({});
  });
  return cached;
}
