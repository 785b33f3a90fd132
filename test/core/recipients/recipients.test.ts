import { describe, expect, it } from 'vitest';
import { PROVIDERS, classifyRecipients, matchProvider, registrableDomain } from '../../../src/core/recipients';

const page = (scripts: string[], frames: string[] = []) => ({
  scripts: scripts.map((src) => ({ src, inline: false })),
  frames,
});

describe('matchProvider', () => {
  it.each([
    ['https://static.hotjar.com/c/hotjar-123.js?sv=6', 'hotjar'],
    ['https://www.clarity.ms/tag/abcd', 'clarity'],
    ['//edge.fullstory.com/s/fs.js', 'fullstory'],
    ['https://cdn.lr-ingest.io/LogRocket.min.js', 'logrocket'],
    ['https://mc.yandex.ru/metrika/tag.js', 'yandex-metrica'],
    ['https://hm.baidu.com/hm.js?0123', 'baidu-tongji'],
    ['https://static.sensorsdata.cn/sdk/1.25.0/sensorsdata.min.js', 'sensors-data'],
    ['https://assets.giocdn.com/2.1/gio.js', 'growingio'],
    ['https://s4.cnzz.com/z_stat.php?id=1', 'umeng-cnzz'],
    ['https://tajs.qq.com/stats?sId=1', 'tencent-mta'],
    ['https://pingjs.qq.com/h5/stats.js', 'tencent-mta'],
    ['https://sdk.zhugeio.com/zhuge.min.js', 'zhuge'],
    ['https://js.users.51.la/21.js', '51la'],
    ['https://www.googletagmanager.com/gtm.js?id=GTM-AB12', 'google-tag-manager'],
    ['https://www.googletagmanager.com/gtag/js?id=G-1', 'google-analytics'],
    ['https://www.google-analytics.com/analytics.js', 'google-analytics'],
    ['https://widget.intercom.io/widget/x', 'intercom'],
    ['https://static.zdassets.com/ekr/snippet.js', 'zendesk'],
    ['https://static.meiqia.com/widget/loader.js', 'meiqia'],
    ['https://cdn.optimizely.com/js/1.js', 'optimizely'],
    ['https://dev.visualwebsiteoptimizer.com/j.php', 'vwo'],
    ['cdn.mouseflow.com', 'mouseflow'],
    ['HTTPS://STATIC.HOTJAR.COM/c/x.js', 'hotjar'],
    ['hotjar.com', 'hotjar'],
  ])('%s → %s', (url, id) => expect(matchProvider(url)?.id).toBe(id));

  it.each([
    'https://hotjar.com.evil.cn/c/hotjar.js',
    'https://evilhotjar.com/x.js',
    'https://clarity.ms.example.org/tag',
    'https://notyandex.ru/mc.yandex.ru/tag.js',
    'https://map.qq.com/api/js',
    'https://www.baidu.com/s?wd=hm.baidu.com',
    'https://example.cn/js/app.js',
    '',
  ])('%s → no provider', (url) => expect(matchProvider(url)).toBeNull());

  it('a self-hosted Sensors SDK on a CDN is recognised by its file name', () => {
    expect(matchProvider('https://cdn.example-cdn.net/libs/sensorsdata.min.js')?.id).toBe('sensors-data');
  });
});

describe('registrableDomain (public-suffix list)', () => {
  it.each([
    ['a.b.example.com.cn', 'example.com.cn'],
    ['https://oa.corp.example.cn/x', 'example.cn'],
    ['https://static.hotjar.com/c.js', 'hotjar.com'],
    ['https://foo.github.io/x', 'foo.github.io'],
    ['https://www.example.co.uk', 'example.co.uk'],
    ['http://192.168.1.10:8080/a', '192.168.1.10'],
    ['http://localhost:3000/', 'localhost'],
  ])('%s → %s', (input, want) => expect(registrableDomain(input)).toBe(want));
});

describe('classifyRecipients', () => {
  it("groups third parties by registrable domain and provider, leaving out the page's own domain", () => {
    const groups = classifyRecipients(
      page(
        [
          'https://oa.example.com.cn/js/app.js',
          'https://cdn.example.com.cn/js/lib.js',
          'https://static.hotjar.com/c/hotjar-1.js',
          'https://script.hotjar.com/modules.js',
          'https://hm.baidu.com/hm.js?1',
          'https://cdn.jsdelivr.net/npm/vue.js',
          'https://map.qq.com/api/js',
          'https://tajs.qq.com/stats?sId=9',
        ],
        ['https://player.example.net/embed'],
      ),
      'https://hr.example.com.cn/onboarding',
    );
    expect(groups).toEqual([
      {
        domain: 'hotjar.com',
        provider: 'Hotjar',
        providerId: 'hotjar',
        kind: 'session-replay',
        recordsInput: false,
        scripts: ['https://static.hotjar.com/c/hotjar-1.js', 'https://script.hotjar.com/modules.js'],
      },
      {
        domain: 'baidu.com',
        provider: '百度统计 Baidu Tongji',
        providerId: 'baidu-tongji',
        kind: 'analytics',
        scripts: ['https://hm.baidu.com/hm.js?1'],
      },
      { domain: 'jsdelivr.net', scripts: ['https://cdn.jsdelivr.net/npm/vue.js'] },
      { domain: 'qq.com', scripts: ['https://map.qq.com/api/js'] },
      {
        domain: 'qq.com',
        provider: '腾讯移动分析 Tencent MTA',
        providerId: 'tencent-mta',
        kind: 'analytics',
        scripts: ['https://tajs.qq.com/stats?sId=9'],
      },
      { domain: 'example.net', scripts: ['https://player.example.net/embed'] },
    ]);
  });

  it('records-input defaults come from the data file', () => {
    const [lr] = classifyRecipients(page(['https://cdn.logrocket.io/LogRocket.min.js']), 'https://forms.acme.com/');
    expect(lr).toMatchObject({ provider: 'LogRocket', kind: 'session-replay', recordsInput: true });
  });

  it('inline scripts and non-web URLs are ignored; a file page has no own domain', () => {
    const groups = classifyRecipients(
      {
        scripts: [
          { src: '', inline: true },
          { src: 'file:///tmp/x.js', inline: false },
          { src: 'https://www.clarity.ms/tag/x', inline: false },
        ],
        frames: ['about:blank'],
      },
      'file:///tmp/form.html',
    );
    expect(groups.map((g) => g.domain)).toEqual(['clarity.ms']);
  });
});

describe('provider data file', () => {
  it('every entry has domains, a kind and an http(s) source, and ids are unique', () => {
    const ids = new Set<string>();
    for (const p of PROVIDERS) {
      expect(p.domains.length, p.id).toBeGreaterThan(0);
      expect(p.source, p.id).toMatch(/^https:\/\//);
      expect(['session-replay', 'analytics', 'chat', 'ab-testing', 'tag-manager']).toContain(p.kind);
      expect(ids.has(p.id), p.id).toBe(false);
      ids.add(p.id);
      for (const d of p.domains) expect(d, p.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    }
  });
  it('no two providers claim the same host', () => {
    const all = PROVIDERS.flatMap((p) => p.domains);
    expect(new Set(all).size).toBe(all.length);
  });
});
