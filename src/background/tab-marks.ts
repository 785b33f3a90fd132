// What each frame of a tab is told to mark and guard (pure), and sending it.
import browser from 'webextension-polyfill';
import { LOCALES } from '../core/evaluate/words';
import { markNames } from '../core/report/verdict';
import type { Settings } from '../core/settings';
import type { Localized, Report } from '../core/types';
import type { MarksMessage } from '../messaging/contract';
import { IN_PAGE_STYLES } from '../content/in-page-styles';
import type { TabReading } from './read-tab';
import type { TabState } from './tab-state';

export interface FrameMarks {
  frameId: number;
  message: MarksMessage;
}

/**
 * Each frame gets the findings about its own fields; selectors that are no frame's field (a notice
 * link, a consent statement) go to every frame, which marks them where they resolve. Page-wide
 * findings (no selectors) go to every frame too, for the submit guard.
 */
export function marksFor(state: TabState, reading: TabReading, settings: Settings): FrameMarks[] {
  const { findings } = reading.report;
  const names = markNamesByLanguage(reading.report, reading.purposeLabel);
  const anyFrameField = new Set(
    Object.values(state.frames).flatMap((f) => f.scan?.fields.map((x) => x.selector) ?? []),
  );
  const nobodys = findings.flatMap((f) => f.fields).filter((s) => !anyFrameField.has(s));
  return Object.entries(state.frames).map(([id, frame]) => {
    const own = new Set([...(frame.scan?.fields.map((f) => f.selector) ?? []), ...nobodys]);
    const message: MarksMessage = {
      type: 'content/marks',
      onSubmit: reading.onSubmit,
      settings,
      personal: frame.scan?.fields.filter((f) => f.category !== null).map((f) => f.selector) ?? [],
      findings: findings
        .map((f) => ({
          rule: f.rule,
          check: f.check,
          severity: f.severity,
          message: f.message,
          fields: f.fields.filter((s) => own.has(s)),
        }))
        .filter((f, i) => f.fields.length > 0 || findings[i]!.fields.length === 0),
      names: Object.fromEntries(Object.entries(names).filter(([selector]) => own.has(selector))),
      styles: IN_PAGE_STYLES,
    };
    return { frameId: Number(id), message };
  });
}

/** Marks' names in every language: the content script reads its own UI language. */
function markNamesByLanguage(report: Report, purposeLabel: Partial<Localized> | undefined): Record<string, Localized> {
  const byLocale = LOCALES.map((locale) => [locale, markNames({ report, purposeLabel }, locale)] as const);
  const names: Record<string, Localized> = {};
  for (const selector of Object.keys(byLocale[0]![1]))
    names[selector] = Object.fromEntries(byLocale.map(([l, n]) => [l, n[selector]!])) as Localized;
  return names;
}

export async function sendMarks(tabId: number, marks: FrameMarks[]): Promise<void> {
  await Promise.all(
    marks.map(async ({ frameId, message }) => {
      try {
        await browser.tabs.sendMessage(tabId, message, { frameId });
      } catch {
        // The frame went away; its state is replaced on its next report.
      }
    }),
  );
}
