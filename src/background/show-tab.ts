// The side-effect half of a tab's evaluation: store the report (the ledger and the submit guard act
// on it), draw the badge, send each frame its marks. It remembers what each tab last showed, so a
// read that finds nothing new (the popup or the HR preview polling) shows nothing again.
import { showBadge } from './badge';
import { failureOf } from './evaluation-failure';
import type { TabReading } from './read-tab';
import { settingsInForce } from './settings-in-force';
import { marksFor, sendMarks, type FrameMarks } from './tab-marks';
import { setReport, type TabState } from './tab-state';

/** Per tab, a digest of what it last showed in full. */
const lastShown = new Map<number, string>();

/** Shows the reading: the tab's facts, the policy, the ledger or the employee's switches changed. */
export async function showTab(tabId: number, state: TabState, reading: TabReading): Promise<void> {
  const marks = marksFor(state, reading, await settingsInForce());
  await show(tabId, reading, marks, await digestOf(reading, marks));
}

/**
 * Shows the reading only if the tab last showed something else, or nothing, or a failure ("!"):
 * a change whose own evaluation has not run yet, a restarted service worker, a failure now over.
 */
export async function showIfChanged(tabId: number, state: TabState, reading: TabReading): Promise<void> {
  const marks = marksFor(state, reading, await settingsInForce());
  const digest = await digestOf(reading, marks);
  if (lastShown.get(tabId) === digest && !failureOf(tabId)) return;
  await show(tabId, reading, marks, digest);
}

export function forgetShown(tabId: number): void {
  lastShown.delete(tabId);
}

async function show(tabId: number, reading: TabReading, marks: FrameMarks[], digest: string): Promise<void> {
  lastShown.delete(tabId); // until all of it is shown
  await setReport(tabId, reading.report, reading.formFingerprint);
  await showBadge(tabId, reading.report.findings);
  await sendMarks(tabId, marks);
  lastShown.set(tabId, digest);
}

async function digestOf(reading: TabReading, marks: FrameMarks[]): Promise<string> {
  const text = JSON.stringify([reading, marks]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
