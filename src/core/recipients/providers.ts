// Third parties that commonly sit on form pages and can see what the employee types (issue 10).
// Curated data: each entry names the hosts it serves from, what kind of service it is, whether it
// records what is typed into form fields by default, and the public source for that claim.
//
// `recordsInputByDefault`:
//   true  — the vendor's own documentation (or a published measurement) says typed input is recorded
//           unless the site masks it;
//   false — the documentation says input is masked / not collected by default;
//   null  — we found no source we trust for the default; the evaluator treats it as "can read".
// Defaults change: the 2017 Princeton study found FullStory, Hotjar, Smartlook and Yandex recording
// keystrokes, and Hotjar and Clarity mask them today. Re-check the sources when updating.
//
// Domains are host suffixes: "clarity.ms" matches "www.clarity.ms" but not "clarity.ms.evil.cn".
// Where a registrable domain hosts much else (qq.com, yandex.ru, baidu.com) only the service's own
// hosts are listed.

export type ProviderKind = 'session-replay' | 'analytics' | 'chat' | 'ab-testing' | 'tag-manager';

export interface Provider {
  readonly id: string;
  readonly name: string;
  readonly domains: readonly string[];
  readonly kind: ProviderKind;
  readonly recordsInputByDefault: boolean | null;
  /** URLs that belong to this provider although their host is shared (gtag.js on googletagmanager.com). */
  readonly urlPatterns?: readonly RegExp[];
  readonly source: string;
  readonly note?: string;
}

const PRINCETON_2017 =
  'https://freedom-to-tinker.com/2017/11/15/no-boundaries-exfiltration-of-personal-data-by-session-replay-scripts/';

export const PROVIDERS: readonly Provider[] = [
  // ── session replay ──
  {
    id: 'hotjar',
    name: 'Hotjar',
    domains: ['hotjar.com', 'hotjar.io'],
    kind: 'session-replay',
    recordsInputByDefault: false,
    source:
      'https://help.hotjar.com/hc/en-us/articles/36820034730641-How-to-Show-Elements-and-Keystrokes-in-Data-Collection',
    note: 'Keystrokes suppressed by default (shown as ***); sites can allow fields with data-hj-allow. Recorded keystrokes in 2017 (Englehardt et al.).',
  },
  {
    id: 'fullstory',
    name: 'FullStory',
    domains: ['fullstory.com'],
    kind: 'session-replay',
    recordsInputByDefault: null,
    source: PRINCETON_2017,
    note: 'Recorded typed input in 2017; newer accounts are "private by default" — the default depends on the account.',
  },
  {
    id: 'clarity',
    name: 'Microsoft Clarity',
    domains: ['clarity.ms'],
    kind: 'session-replay',
    recordsInputByDefault: false,
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-masking',
    note: 'Input box content is masked in every masking mode; page text is recorded in the Balanced / Relaxed modes.',
  },
  {
    id: 'logrocket',
    name: 'LogRocket',
    domains: ['logrocket.com', 'logrocket.io', 'lr-ingest.io', 'lr-ingest.com', 'lr-in.com', 'lr-in-prod.com'],
    kind: 'session-replay',
    recordsInputByDefault: true,
    source: 'https://docs.logrocket.com/reference/configure-privacy',
    note: 'Only type="password" inputs are excluded by default; everything else is captured unless data-private or inputSanitizer is set.',
  },
  {
    id: 'mouseflow',
    name: 'Mouseflow',
    domains: ['mouseflow.com'],
    kind: 'session-replay',
    recordsInputByDefault: null,
    source: 'https://mouseflow.com/',
  },
  {
    id: 'smartlook',
    name: 'Smartlook',
    domains: ['smartlook.com', 'smartlook.cloud'],
    kind: 'session-replay',
    recordsInputByDefault: null,
    source: PRINCETON_2017,
    note: 'Recorded typed input in 2017; current default not confirmed.',
  },
  {
    id: 'yandex-metrica',
    name: 'Yandex Metrica (Session Replay / Webvisor)',
    domains: [
      'mc.yandex.ru',
      'mc.yandex.com',
      'mc.yandex.by',
      'mc.yandex.kz',
      'mc.yandex.com.tr',
      'webvisor.org',
      'webvisor.com',
      'metrika.yandex.ru',
    ],
    kind: 'session-replay',
    recordsInputByDefault: true,
    source: 'https://yandex.com/support/metrica/en/webvisor/settings.html',
    note: 'Records field filling; fields it identifies as confidential are masked; "Record all fields" must be switched off to stop it.',
  },
  {
    id: 'inspectlet',
    name: 'Inspectlet',
    domains: ['inspectlet.com'],
    kind: 'session-replay',
    recordsInputByDefault: null,
    source: 'https://docs.inspectlet.com/',
  },
  {
    id: 'lucky-orange',
    name: 'Lucky Orange',
    domains: ['luckyorange.com', 'luckyorange.net'],
    kind: 'session-replay',
    recordsInputByDefault: null,
    source: 'https://help.luckyorange.com/',
  },
  {
    id: 'quantum-metric',
    name: 'Quantum Metric',
    domains: ['quantummetric.com'],
    kind: 'session-replay',
    recordsInputByDefault: null,
    source: 'https://www.quantummetric.com/',
  },
  {
    id: 'contentsquare',
    name: 'Contentsquare (incl. ClickTale)',
    domains: ['contentsquare.net', 'contentsquare.com', 'clicktale.net', 'clicktale.com'],
    kind: 'session-replay',
    recordsInputByDefault: null,
    source: PRINCETON_2017,
    note: 'ClickTale (now Contentsquare) was among the replay services measured in 2017.',
  },
  {
    id: 'sessioncam',
    name: 'SessionCam',
    domains: ['sessioncam.com'],
    kind: 'session-replay',
    recordsInputByDefault: false,
    source: PRINCETON_2017,
    note: 'Blocked recording of user input by default in 2017.',
  },
  {
    id: 'userreplay',
    name: 'UserReplay',
    domains: ['userreplay.net', 'userreplay.com'],
    kind: 'session-replay',
    recordsInputByDefault: false,
    source: PRINCETON_2017,
    note: 'Blocked recording of user input by default in 2017.',
  },
  {
    id: 'posthog',
    name: 'PostHog',
    domains: ['posthog.com'],
    kind: 'session-replay',
    recordsInputByDefault: false,
    source: 'https://posthog.com/docs/session-replay/privacy',
    note: 'Inputs masked by default (maskAllInputs).',
  },
  // ── A/B testing ──
  {
    id: 'optimizely',
    name: 'Optimizely',
    domains: ['optimizely.com'],
    kind: 'ab-testing',
    recordsInputByDefault: false,
    source: 'https://docs.developers.optimizely.com/',
  },
  {
    id: 'vwo',
    name: 'VWO',
    domains: ['visualwebsiteoptimizer.com', 'vwo.com', 'wingify.com'],
    kind: 'session-replay',
    recordsInputByDefault: null,
    source: 'https://help.vwo.com/',
    note: 'A/B testing that also records sessions (VWO Insights); listed as session replay for that reason.',
  },
  // ── analytics ──
  {
    id: 'google-analytics',
    name: 'Google Analytics',
    domains: ['google-analytics.com', 'analytics.google.com'],
    kind: 'analytics',
    recordsInputByDefault: false,
    urlPatterns: [/^(https?:)?\/\/(www\.)?googletagmanager\.com\/gtag\/js\?id=G-/i],
    source: 'https://support.google.com/analytics/answer/9216061',
    note: 'Enhanced measurement reports form_start / form_submit events, not what is typed.',
  },
  {
    id: 'google-tag-manager',
    name: 'Google Tag Manager',
    domains: ['googletagmanager.com'],
    kind: 'tag-manager',
    recordsInputByDefault: null,
    source: 'https://support.google.com/tagmanager/answer/6102821',
    note: 'Loads whatever tags the site configures, including replay scripts.',
  },
  {
    id: 'baidu-tongji',
    name: '百度统计 Baidu Tongji',
    domains: ['hm.baidu.com', 'tongji.baidu.com'],
    kind: 'analytics',
    recordsInputByDefault: null,
    source: 'https://tongji.baidu.com/',
  },
  {
    id: 'sensors-data',
    name: '神策数据 Sensors Data',
    domains: ['sensorsdata.cn', 'sensorsdata.com'],
    kind: 'analytics',
    recordsInputByDefault: null,
    source: 'https://manual.sensorsdata.cn/',
    note: "Often self-hosted on the customer's own domain: then only the script name (sensorsdata*.js) tells.",
  },
  {
    id: 'growingio',
    name: 'GrowingIO',
    domains: ['growingio.com', 'giocdn.com'],
    kind: 'analytics',
    recordsInputByDefault: null,
    source: 'https://docs.growingio.com/',
  },
  {
    id: 'umeng-cnzz',
    name: '友盟+ / CNZZ',
    domains: ['cnzz.com', 'umeng.com', 'umeng.cn', 'umengcloud.com'],
    kind: 'analytics',
    recordsInputByDefault: null,
    source: 'https://www.umeng.com/',
  },
  {
    id: 'tencent-mta',
    name: '腾讯移动分析 Tencent MTA',
    domains: ['tajs.qq.com', 'mta.qq.com', 'pingjs.qq.com'],
    kind: 'analytics',
    recordsInputByDefault: null,
    source: 'https://mta.qq.com/',
  },
  {
    id: 'zhuge',
    name: '诸葛io Zhuge',
    domains: ['zhugeio.com', 'zhugeapi.com'],
    kind: 'analytics',
    recordsInputByDefault: null,
    source: 'https://docs.zhugeio.com/',
  },
  {
    id: '51la',
    name: '51.LA',
    domains: ['51.la'],
    kind: 'analytics',
    recordsInputByDefault: null,
    source: 'https://www.51.la/',
  },
  // ── chat / support ──
  {
    id: 'intercom',
    name: 'Intercom',
    domains: ['intercom.io', 'intercomcdn.com', 'intercom.com'],
    kind: 'chat',
    recordsInputByDefault: false,
    source: 'https://www.intercom.com/help/',
  },
  {
    id: 'zendesk',
    name: 'Zendesk',
    domains: ['zdassets.com', 'zendesk.com', 'zopim.com'],
    kind: 'chat',
    recordsInputByDefault: false,
    source: 'https://support.zendesk.com/',
  },
  {
    id: 'meiqia',
    name: '美洽 Meiqia',
    domains: ['meiqia.com', 'meiqia.cn'],
    kind: 'chat',
    recordsInputByDefault: null,
    source: 'https://meiqia.com/',
    note: 'Chat widget; what it sees outside its own chat box is not documented.',
  },
];

/** Script file names of providers that are often self-hosted on the customer's own domain. */
export const SELF_HOSTED_SCRIPT_NAMES: readonly { readonly pattern: RegExp; readonly providerId: string }[] = [
  { pattern: /\/sensorsdata(\.min)?(\.\d[\w.]*)?\.js(\?|$)/i, providerId: 'sensors-data' },
  { pattern: /\/gio(\.min)?\.js(\?|$)|\/growingio[\w.-]*\.js(\?|$)/i, providerId: 'growingio' },
];
