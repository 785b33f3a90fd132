// One tab = many frames (a questionnaire in an iframe, a notice in the top page). The evaluator
// judges the page as the employee sees it, so frame scans are merged into one ScanResult and live
// facts into one LiveFacts before evaluation.
import type { LiveFacts, NoticeElement, NoticeReport, PageFacts, ScanResult } from '../core/types';

export interface FrameScan {
  frameId: number;
  frameUrl: string;
  scan: ScanResult;
}

function unique<T>(items: T[], key: (t: T) => string = (t) => JSON.stringify(t)): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function mergeNotice(notices: NoticeReport[]): NoticeReport {
  const elements = {} as Record<NoticeElement, boolean>;
  for (const n of notices)
    for (const [k, v] of Object.entries(n.elements))
      elements[k as NoticeElement] = Boolean(elements[k as NoticeElement]) || v;
  return {
    found: notices.some((n) => n.found),
    links: unique(
      notices.flatMap((n) => n.links),
      String,
    ),
    consentControls: unique(
      notices.flatMap((n) => n.consentControls),
      String,
    ),
    elements,
    separateConsentFor: unique(
      notices.flatMap((n) => n.separateConsentFor),
      String,
    ),
  };
}

function mergePage(top: PageFacts, all: PageFacts[]): PageFacts {
  const cat = <K extends keyof PageFacts>(k: K) => unique(all.flatMap((p) => p[k] as unknown[])) as PageFacts[K];
  return {
    ...top,
    headings: cat('headings'),
    intro: cat('intro'),
    noticeLinks: cat('noticeLinks'),
    consentControls: cat('consentControls'),
    noticeTextStyles: cat('noticeTextStyles'),
    extraUses: cat('extraUses'),
    fieldsWithPurposeStated: cat('fieldsWithPurposeStated'),
    introStatesPurpose: all.some((p) => p.introStatesPurpose),
    forms: cat('forms'),
    scripts: cat('scripts'),
    frames: cat('frames'),
    staticEarlyCollection: cat('staticEarlyCollection'),
  };
}

/** Frames ordered top first; the top frame gives the title and, unless it has no fields, the transport. */
export function mergeFrameScans(frames: FrameScan[]): ScanResult | null {
  if (frames.length === 0) return null;
  const ordered = [...frames].sort((a, b) => a.frameId - b.frameId);
  const scans = ordered.map((f) => f.scan);
  const top = scans[0]!;
  const withPersonal = scans.find((s) => s.fields.some((f) => f.category !== null)) ?? top;
  return {
    fields: unique(
      scans.flatMap((s) => s.fields),
      (f) => f.selector,
    ),
    descriptors: unique(
      scans.flatMap((s) => s.descriptors),
      (d) => d.selector,
    ),
    notice: mergeNotice(scans.map((s) => s.notice)),
    transport: withPersonal.transport,
    page: mergePage(
      top.page,
      scans.map((s) => s.page),
    ),
  };
}

function earliest(values: (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === 'number');
  return present.length ? Math.min(...present) : null;
}

export function mergeLiveFacts(lives: LiveFacts[]): LiveFacts {
  const sent = new Map<string, { origin: string; count: number; kind: string }>();
  for (const l of lives)
    for (const s of l.sentWhileTyping ?? []) {
      const k = `${s.origin} ${s.kind}`;
      const prev = sent.get(k);
      sent.set(k, { ...s, count: (prev?.count ?? 0) + s.count });
    }
  return {
    geolocation: lives.flatMap((l) => l.geolocation ?? []),
    camera: lives.flatMap((l) => l.camera ?? []),
    firstConsentInteractionAt: earliest(lives.map((l) => l.firstConsentInteractionAt)),
    firstFormInteractionAt: earliest(lives.map((l) => l.firstFormInteractionAt)),
    keyListeners: unique(lives.flatMap((l) => l.keyListeners ?? [])),
    sentWhileTyping: [...sent.values()],
    brokenNoticeLinks: unique(
      lives.flatMap((l) => l.brokenNoticeLinks ?? []),
      String,
    ),
  };
}
