import { describe, expect, it } from 'vitest';
import type { LiveFacts, ScanResult } from '../../../src/core/types';
import { mergeFrameScans, mergeLiveFacts } from '../../../src/background/aggregate';

function scan(selectors: string[], extra: Partial<ScanResult> = {}): ScanResult {
  return {
    fields: selectors.map((selector) => ({
      id: null,
      name: null,
      selector,
      tag: 'input',
      type: 'text',
      label: selector,
      category: selector.includes('id') ? 'identity.id_number' : null,
      sensitive: false,
      confidence: 1,
      evidence: [],
    })),
    descriptors: [],
    notice: {
      found: false,
      links: [],
      consentControls: [],
      elements: {
        purpose: false,
        retention: false,
        controller: false,
        rights: false,
        recipients: false,
        withdrawal: false,
        contact: false,
      },
      separateConsentFor: [],
    },
    transport: { action: null, secure: true, thirdParty: false },
    page: {
      title: 'top',
      headings: [],
      intro: [],
      noticeLinks: [],
      consentControls: [],
      noticeTextStyles: [],
      extraUses: [],
      fieldsWithPurposeStated: [],
      introStatesPurpose: false,
      forms: [],
      scripts: [],
      frames: [],
      staticEarlyCollection: [],
    },
    ...extra,
  } as ScanResult;
}

describe('mergeFrameScans', () => {
  it('joins the fields of every frame, takes the title from the top frame and the transport from the frame with personal fields', () => {
    const top = scan(['#q'], {
      notice: { ...scan([]).notice, found: true, elements: { ...scan([]).notice.elements, purpose: true } },
    });
    const inner = scan(['#idno'], {
      transport: { action: 'https://other.test/post', secure: true, thirdParty: true },
      page: { ...scan([]).page, title: 'inner' },
    });
    const merged = mergeFrameScans([
      { frameId: 7, frameUrl: 'f', scan: inner },
      { frameId: 0, frameUrl: 't', scan: top },
    ])!;
    expect(merged.fields.map((f) => f.selector)).toEqual(['#q', '#idno']);
    expect(merged.page.title).toBe('top');
    expect(merged.transport.action).toBe('https://other.test/post');
    expect(merged.notice.found).toBe(true);
    expect(merged.notice.elements.purpose).toBe(true);
  });

  it('is null without frames', () => {
    expect(mergeFrameScans([])).toBeNull();
  });
});

describe('mergeLiveFacts', () => {
  it('keeps the earliest interaction and sums requests per origin and kind', () => {
    const a: LiveFacts = {
      firstConsentInteractionAt: 200,
      sentWhileTyping: [{ origin: 'https://r.test', count: 2, kind: 'beacon' }],
      geolocation: [{ at: 100 }],
    };
    const b: LiveFacts = {
      firstConsentInteractionAt: 150,
      sentWhileTyping: [{ origin: 'https://r.test', count: 3, kind: 'beacon' }],
    };
    const merged = mergeLiveFacts([a, b]);
    expect(merged.firstConsentInteractionAt).toBe(150);
    expect(merged.firstFormInteractionAt).toBeNull();
    expect(merged.sentWhileTyping).toEqual([{ origin: 'https://r.test', count: 5, kind: 'beacon' }]);
    expect(merged.geolocation).toEqual([{ at: 100 }]);
  });
});
