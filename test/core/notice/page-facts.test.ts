import { describe, expect, it } from 'vitest';
import { extractFields } from '../../../src/core/extract';
import { collectPageFacts, noticeAndPageFacts } from '../../../src/core/notice';
import { descriptor, dom, field } from './helpers';

const PAGE = 'https://oa.example.cn/forms/health';
const facts = (html: string, descriptors = [descriptor('#q1', '姓名')], fields = [field('#q1', 'identity.name')]) =>
  collectPageFacts(dom(html), PAGE, descriptors, fields);

describe('notice links: reachable', () => {
  it.each([
    ['#', false],
    ['', false],
    ['javascript:void(0)', false],
    ['javascript:void(0);', false],
    ['javascript:;', false],
    ['#missing-anchor', false],
    ['/privacy.html', true],
    ['https://example.cn/privacy', true],
    ['javascript:openPolicy()', true],
  ])('href="%s" → reachable %s', (href, reachable) => {
    const page = facts(`<a href="${href}">《隐私政策》</a><input id="q1">`);
    expect(page.noticeLinks).toHaveLength(1);
    expect(page.noticeLinks[0]!.reachable).toBe(reachable);
  });

  it('a dead href with a real handler or an in-page target is reachable', () => {
    expect(
      facts(`<a href="javascript:void(0)" onclick="showPolicy()">隐私政策</a><input id="q1">`).noticeLinks[0]!
        .reachable,
    ).toBe(true);
    expect(facts(`<a href="#" onclick="return false;">隐私政策</a><input id="q1">`).noticeLinks[0]!.reachable).toBe(
      false,
    );
    expect(
      facts(
        `<a href="#" data-toggle="modal" data-target="#pp">Privacy Policy</a><div id="pp" class="modal">…</div><input id="q1">`,
      ).noticeLinks[0]!.reachable,
    ).toBe(true);
    expect(
      facts(`<a href="#pp">個人資料蒐集告知</a><div id="pp">本公司蒐集…</div><input id="q1">`).noticeLinks[0]!
        .reachable,
    ).toBe(true);
  });

  it('keeps the raw href and the link text', () => {
    const [link] = facts(
      `<p>提交即表示同意<a href="javascript:void(0)" id="pl">《个人信息保护政策》</a></p><input id="q1">`,
    ).noticeLinks;
    expect(link).toMatchObject({
      text: '《个人信息保护政策》',
      href: 'javascript:void(0)',
      reachable: false,
      selector: '#pl',
    });
  });
});

describe('consent controls: pre-checked', () => {
  const one = (html: string) => {
    const page = facts(`${html}<input id="q1">`);
    expect(page.consentControls).toHaveLength(1);
    return page.consentControls[0]!;
  };
  it('checked attribute (zh-CN)', () => {
    expect(one(`<label><input type="checkbox" checked> 我已阅读并同意《隐私政策》</label>`).preChecked).toBe(true);
    expect(one(`<label><input type="checkbox"> 我已阅读并同意《隐私政策》</label>`).preChecked).toBe(false);
  });
  it('aria-checked on an ARIA checkbox (en)', () => {
    expect(
      one(`<div role="checkbox" aria-checked="true" aria-label="I agree to the processing of my personal data"></div>`)
        .preChecked,
    ).toBe(true);
    expect(
      one(`<div role="checkbox" aria-checked="false" aria-label="I agree to the processing of my personal data"></div>`)
        .preChecked,
    ).toBe(false);
  });
  it('UI-kit switches: Element, Ant Design, Vant', () => {
    expect(
      one(
        `<div class="row"><div class="el-switch is-checked" role="switch"><input type="checkbox" class="el-switch__input"></div><span>同意收集我的位置信息</span></div>`,
      ).preChecked,
    ).toBe(true);
    expect(
      one(
        `<div class="row"><div class="el-switch" role="switch"><input type="checkbox" class="el-switch__input"></div><span>同意收集我的位置信息</span></div>`,
      ).preChecked,
    ).toBe(false);
    expect(
      one(
        `<p><button class="ant-switch ant-switch-checked" role="switch" aria-label="我同意处理我的健康信息"></button></p>`,
      ).preChecked,
    ).toBe(true);
    expect(
      one(`<p><div class="van-switch van-switch--on"></div><span>本人同意授權蒐集個人資料</span></p>`).preChecked,
    ).toBe(true);
  });
  it('an "agree" radio preselected in a consent question', () => {
    const html = (checked: string) => `<div class="q"><p>您是否同意我们收集您的身份证号码用于办理门禁？</p>
      <label><input type="radio" name="c" value="1" ${checked}>同意</label><label><input type="radio" name="c" value="0">不同意</label></div>`;
    const on = one(html('checked'));
    expect(on.preChecked).toBe(true);
    expect(on.names).toEqual(['identity.id_number']);
    expect(one(html('')).preChecked).toBe(false);
  });
  it('the "disagree" radio is not the consent control, and unrelated radios are ignored', () => {
    const page = facts(
      `<p>是否发热？</p><label><input type="radio" name="f">是</label><label><input type="radio" name="f">否</label><input id="q1">`,
    );
    expect(page.consentControls).toEqual([]);
  });
  it('names a consent box as the extraction names its question: one selector maker, the same counts', () => {
    // An option's id makes "q1" ambiguous, a name is unique, one box has neither.
    const doc = dom(
      `<form><input id="q1"><select name="s"><option id="q1">a</option></select>` +
        `<p><input type="checkbox" name="agree"> I agree to the Privacy Policy</p>` +
        `<p><input type="checkbox"> 我已阅读并同意《隐私政策》</p></form>`,
    );
    const { descriptors } = extractFields(doc);
    const page = collectPageFacts(doc, PAGE, descriptors, []);
    const boxes = descriptors.filter((d) => d.type === 'checkbox').map((d) => d.selector);
    expect(boxes).toHaveLength(2);
    expect(page.consentControls.map((c) => c.selector)).toEqual(boxes);
  });
});

describe('notice text styles', () => {
  const style = (html: string) => {
    const page = facts(`${html}<form><input id="q1"></form>`);
    expect(page.noticeTextStyles.length).toBeGreaterThan(0);
    return page.noticeTextStyles[0]!;
  };
  it('unknown colours and sizes stay null on a static DOM', () => {
    expect(style(`<div><p>个人信息收集声明：本单位收集的信息仅用于疫情防控。</p></div>`)).toMatchObject({
      hidden: false,
      fontSizePx: null,
      contrastRatio: null,
    });
  });
  it('hidden by display:none, visibility:hidden or the hidden attribute', () => {
    expect(
      style(`<div style="display:none"><p>个人信息收集声明：本单位收集的信息仅用于疫情防控。</p></div>`).hidden,
    ).toBe(true);
    expect(
      style(`<p style="visibility: hidden">Privacy notice: we collect your name to register you.</p>`).hidden,
    ).toBe(true);
    expect(style(`<p hidden>隱私權政策：本公司蒐集之資料僅用於報名。</p>`).hidden).toBe(true);
  });
  it('font size in px from px, pt and em (compounded)', () => {
    expect(style(`<p style="font-size:9px">个人信息收集声明：本单位收集的信息仅用于疫情防控。</p>`).fontSizePx).toBe(9);
    expect(style(`<p style="font-size:6pt">个人信息收集声明：本单位收集的信息仅用于疫情防控。</p>`).fontSizePx).toBe(8);
    expect(
      style(
        `<div style="font-size:20px"><p style="font-size:0.5em">个人信息收集声明：本单位收集的信息仅用于疫情防控。</p></div>`,
      ).fontSizePx,
    ).toBe(10);
  });
  it('contrast from colour and the nearest background up the ancestors', () => {
    expect(
      style(
        `<div style="background:#fff"><p style="color:#777">个人信息收集声明：本单位收集的信息仅用于疫情防控。</p></div>`,
      ).contrastRatio,
    ).toBeCloseTo(4.48, 2);
    expect(
      style(
        `<div style="background-color:#000"><p style="color:#fff">Privacy notice: we collect your name to register you.</p></div>`,
      ).contrastRatio,
    ).toBeCloseTo(21, 1);
    expect(
      style(`<p style="color:#595959">個人資料蒐集告知：本公司蒐集之資料僅用於報名。</p>`).contrastRatio,
    ).toBeGreaterThanOrEqual(7);
  });
  it('a notice kept in a dialog opened by its link is not reported as hidden text', () => {
    const page = facts(
      `<a href="#" data-toggle="modal" data-target="#pp">隐私政策</a><div id="pp" class="modal" style="display:none"><p>隐私政策：我们收集的信息仅用于报名。</p></div><input id="q1">`,
    );
    expect(page.noticeTextStyles.every((s) => !s.hidden)).toBe(true);
  });
});

describe('purpose statements', () => {
  it('introStatesPurpose: a purpose sentence counts, a bare title does not', () => {
    expect(
      facts(`<h1>健康打卡</h1><div class="formdesc">为做好疫情防控，请如实填写以下信息。</div><input id="q1">`)
        .introStatesPurpose,
    ).toBe(true);
    expect(
      facts(`<h1>健康打卡</h1><div class="formdesc">请每天10点前填写。</div><input id="q1">`).introStatesPurpose,
    ).toBe(false);
    expect(facts(`<h1>健康打卡</h1><input id="q1">`).introStatesPurpose).toBe(false);
    expect(facts(`<h2>訪客登記</h2><p>為配合防疫需要，請填寫以下資料。</p><input id="q1">`).introStatesPurpose).toBe(
      true,
    );
    expect(
      facts(
        `<h1>New starter details</h1><p>Acme Ltd collects the details below to set up your employment contract.</p><input id="q1">`,
      ).introStatesPurpose,
    ).toBe(true);
    expect(
      facts(`<h1>New starter details</h1><p>Acme Ltd collects feedback every quarter.</p><input id="q1">`)
        .introStatesPurpose,
    ).toBe(false);
    expect(
      facts(
        `<h1>Visitor registration</h1><p>We ask for your name so that we can issue a visitor badge.</p><input id="q1">`,
      ).introStatesPurpose,
    ).toBe(true);
  });
  it('intro: WJX description and the paragraphs before the first control', () => {
    const page = facts(
      `<h1 class="htitle">返岗登记</h1><div class="formdesc">本问卷用于统计返岗人员。</div><p>填写说明见下方。请在周五前提交。</p><input id="q1"><p>页脚文字不属于介绍部分。</p>`,
    );
    expect(page.intro).toEqual(['本问卷用于统计返岗人员。', '填写说明见下方。请在周五前提交。']);
    expect(page.title).toBe('t');
    expect(page.headings).toEqual(['返岗登记']);
  });
  it('fieldsWithPurposeStated reads the question and its help text, not "来访目的"', () => {
    const descriptors = [
      descriptor('#id', '身份证号（用于办理门禁卡）'),
      descriptor('#addr', '家庭住址', { help: '仅用于寄送录取通知书' }),
      descriptor('#why', '来访目的'),
      descriptor('#tw', '身分證字號', { help: '為辦理保險之目的' }),
      descriptor('#en', 'Passport number (to book your flights)'),
      descriptor('#en2', 'Phone number'),
    ];
    expect(facts(`<input id="q1">`, descriptors, []).fieldsWithPurposeStated).toEqual(['#id', '#addr', '#tw', '#en']);
  });
});

describe('extra uses, forms, scripts, frames', () => {
  it('extraUses from the notice text', () => {
    expect(
      facts(`<p>隐私说明：您的信息将用于营销推广，并可能共享给合作伙伴。</p><input id="q1">`).extraUses.sort(),
    ).toEqual(['advertising', 'marketing', 'sharing with partners']);
    expect(facts(`<p>Privacy notice: we may use your data for other purposes.</p><input id="q1">`).extraUses).toEqual([
      'other purposes',
    ]);
    expect(facts(`<p>个人信息收集声明：仅用于疫情防控。</p><input id="q1">`).extraUses).toEqual([]);
  });
  it('forms, scripts and frames resolved against the page URL', () => {
    const page = facts(`<form action="/submit" method="POST"><input id="q1"></form><form></form>
      <script src="https://static.hotjar.com/c/hotjar-1.js"></script><script>var a = 1;</script><script src="/js/app.js"></script>
      <iframe src="//player.example.net/embed"></iframe>`);
    expect(page.forms).toEqual([
      { action: 'https://oa.example.cn/submit', method: 'post' },
      { action: null, method: 'get' },
    ]);
    expect(page.scripts).toEqual([
      { src: 'https://static.hotjar.com/c/hotjar-1.js', inline: false },
      { src: '', inline: true },
      { src: 'https://oa.example.cn/js/app.js', inline: false },
    ]);
    expect(page.frames).toEqual(['https://player.example.net/embed']);
  });
  it('noticeAndPageFacts gives the same results as the two calls', () => {
    const html = `<label><input type="checkbox" checked> 我已阅读并同意<a href="#">《隐私政策》</a></label><input id="q1">`;
    const both = noticeAndPageFacts(dom(html), PAGE, [], []);
    expect(both.page).toEqual(collectPageFacts(dom(html), PAGE, [], []));
    expect(both.notice.found).toBe(true);
  });
});

describe('purpose statements: more wording', () => {
  const intro = (text: string) => facts(`<h1>登记</h1><p>${text}</p><input id="q1">`).introStatesPurpose;
  it.each([
    ['为办理员工社会保险参保登记，请填写本人身份证号码。', true],
    ['為辦理勞工保險及全民健康保險加保，請填寫本人身分證字號。', true],
    ['We need your National Insurance number and bank account to run payroll and pay your salary.', true],
    ['请填写以下信息，带*为必填项。', false],
    ['联系人是否为本人，请确认后提交。', false],
    ['Please complete all fields below.', false],
  ])('%s → %s', (text, want) => expect(intro(text)).toBe(want));
});

describe('negations and non-data agreements', () => {
  it('a denied extra use is not an extra use', () => {
    expect(
      facts(`<p>收集目的：仅用于疫情防控，不用于考核或其他用途。</p><p>个人信息收集声明</p><input id="q1">`).extraUses,
    ).toEqual([]);
    expect(facts(`<p>Privacy notice: we will never use your data for marketing.</p><input id="q1">`).extraUses).toEqual(
      [],
    );
    expect(
      facts(`<p>Privacy notice: we will not sell your data. We use it for marketing.</p><input id="q1">`).extraUses,
    ).toEqual(['marketing']);
  });
  it('an agreement that is not about data is not a consent control', () => {
    expect(
      facts(
        `<label><input type="checkbox" required> I agree to the visitor confidentiality agreement</label><input id="q1">`,
      ).consentControls,
    ).toEqual([]);
    expect(
      facts(`<label><input type="checkbox"> 我同意遵守园区安全管理规定</label><input id="q1">`).consentControls,
    ).toEqual([]);
  });
  it('an acknowledgement without agreement is not consent, but the notice is found', () => {
    const page = facts(
      `<input id="q1"><input id="ack" type="checkbox"><label for="ack">I have read the Employee Privacy Notice.</label>`,
    );
    expect(page.consentControls).toEqual([]);
  });
});

describe('shadow DOM', () => {
  it('finds a consent control inside an open shadow root and names it with " >>> "', () => {
    const document = dom(`<div id="host"></div><input id="q1">`);
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<label><input type="checkbox" id="ok" checked> 我已阅读并同意《个人信息保护政策》</label>`;
    const page = collectPageFacts(document, PAGE, [], []);
    expect(page.consentControls).toEqual([
      { selector: '#host >>> #ok', text: '我已阅读并同意《个人信息保护政策》', preChecked: true, names: [] },
    ]);
  });
});

describe('notice text styles with a computed style (browser path)', () => {
  it('reads display, font size and colours from getComputedStyle when the window has one', () => {
    const document = dom(
      `<div id="wrap"><p id="n">个人信息收集声明：本单位收集的信息仅用于疫情防控。</p></div><form><input id="q1"></form>`,
    );
    const styles: Record<string, Partial<CSSStyleDeclaration>> = {
      n: {
        display: 'block',
        visibility: 'visible',
        fontSize: '9px',
        color: 'rgb(119, 119, 119)',
        backgroundColor: 'rgba(0, 0, 0, 0)',
      },
      wrap: {
        display: 'block',
        visibility: 'visible',
        fontSize: '16px',
        color: 'rgb(0, 0, 0)',
        backgroundColor: 'rgb(255, 255, 255)',
      },
    };
    const fallback = {
      display: 'block',
      visibility: 'visible',
      fontSize: '16px',
      color: 'rgb(0, 0, 0)',
      backgroundColor: 'rgba(0, 0, 0, 0)',
    };
    (
      document.defaultView as unknown as { getComputedStyle: (el: Element) => Partial<CSSStyleDeclaration> }
    ).getComputedStyle = (el) => styles[el.getAttribute('id') ?? ''] ?? fallback;
    const [style] = collectPageFacts(document, PAGE, [], []).noticeTextStyles;
    expect(style).toMatchObject({ hidden: false, fontSizePx: 9 });
    expect(style!.contrastRatio).toBeCloseTo(4.48, 2);
  });
});

describe('UI-kit consent checkboxes', () => {
  const only = (html: string) => {
    const page = facts(`${html}<input id="q1">`);
    expect(page.consentControls).toHaveLength(1);
    return page.consentControls[0]!;
  };
  it('Element UI checkbox (is-checked on the input wrapper)', () => {
    expect(
      only(
        `<label class="el-checkbox is-checked"><span class="el-checkbox__input is-checked"><span class="el-checkbox__inner"></span><input type="checkbox" class="el-checkbox__original"></span><span class="el-checkbox__label">我已阅读并同意《隐私政策》</span></label>`,
      ).preChecked,
    ).toBe(true);
  });
  it('Ant Design checkbox', () => {
    expect(
      only(
        `<label class="ant-checkbox-wrapper"><span class="ant-checkbox"><input type="checkbox" class="ant-checkbox-input"></span><span>I agree to the Privacy Policy</span></label>`,
      ).preChecked,
    ).toBe(false);
  });
  it('Vant checkbox: a div role=checkbox with its text inside', () => {
    const c = only(
      `<div role="checkbox" class="van-checkbox" aria-checked="true"><div class="van-checkbox__icon van-checkbox__icon--checked"></div><span class="van-checkbox__label">我已阅读并同意《个人信息保护政策》</span></div>`,
    );
    expect(c).toMatchObject({ preChecked: true, text: '我已阅读并同意《个人信息保护政策》' });
  });
  it('Layui checkbox: the text is in the title attribute', () => {
    const c = only(
      `<input type="checkbox" name="agree" lay-skin="primary" title="本人已閱讀並同意個人資料蒐集告知" checked><div class="layui-unselect layui-form-checkbox layui-form-checked"><span>本人已閱讀並同意個人資料蒐集告知</span><i></i></div>`,
    );
    expect(c.preChecked).toBe(true);
  });
});

describe('on-demand notices', () => {
  it('a hidden notice opened by a button is left out; one nobody opens is reported hidden', () => {
    const opened = facts(
      `<button data-target="#pn" data-toggle="collapse">查看</button><div id="pn" style="display:none"><p>个人信息收集声明：仅用于报名。</p></div><p id="other">说明文字</p><input id="q1">`,
    );
    expect(opened.noticeTextStyles).toEqual([]);
    const orphan = facts(
      `<div id="pn" style="display:none"><p>个人信息收集声明：仅用于报名。</p></div><a href="#elsewhere">x</a><input id="q1">`,
    );
    expect(orphan.noticeTextStyles.map((s) => s.hidden)).toEqual([true]);
  });
  it('a notice inside a target on view is not "on demand": a skip link to #main leaves its facts in', () => {
    const page = facts(
      `<a href="#main">跳到正文</a><main id="main"><p style="color:#cccccc">个人信息收集声明：仅用于报名。</p><input id="q1"></main>`,
    );
    expect(page.noticeTextStyles).toHaveLength(1);
    expect(page.noticeTextStyles[0]!.hidden).toBe(false);
  });
  it('a disclosure whose aria-controls names several panels opens each of them', () => {
    const opened = facts(
      `<button aria-expanded="false" aria-controls="intro pn">展开说明</button><div id="intro" hidden>说明</div><div id="pn" style="display:none"><p>个人信息收集声明：仅用于报名。</p></div><input id="q1">`,
    );
    expect(opened.noticeTextStyles).toEqual([]);
  });
});

describe('deep pages', () => {
  it('5,000 nested elements: linear, no stack overflow', () => {
    const depth = 5000;
    const html = `${'<div>'.repeat(depth)}<p>个人信息收集声明：本单位收集的信息仅用于疫情防控。</p><label>姓名<input name="deep"></label>${'</div>'.repeat(depth)}`;
    const started = performance.now();
    const page = facts(html);
    expect(page.noticeTextStyles).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
