import { describe, expect, it } from 'vitest';
import { detectNotice } from '../../../src/core/notice';
import { dom, field } from './helpers';

const notice = (html: string, fields = [field('#q1', 'identity.name')]) => detectNotice(dom(html), fields, []);

describe('detectNotice: notices found', () => {
  it('zh-CN: consent checkbox with a linked privacy policy', () => {
    const r = notice(
      `<form><input id="q1" name="xm"><label><input type="checkbox" id="agree"> 我已阅读并同意<a href="/privacy.html">《隐私政策》</a></label></form>`,
    );
    expect(r.found).toBe(true);
    expect(r.links).toEqual(['/privacy.html']);
    expect(r.consentControls).toEqual(['#agree']);
    expect(r.separateConsentFor).toEqual([]);
  });

  it('zh-CN: 个人信息收集声明 block on the page states its elements', () => {
    const r = notice(`
      <div class="statement"><h3>个人信息收集声明</h3>
        <p>本单位收集您的姓名和体温，仅用于疫情防控。信息保存期限为28天，到期后删除。</p>
        <p>我们不会向第三方提供您的信息。您有权查阅、复制、更正或删除您的个人信息，也可随时撤回同意。</p>
        <p>如有疑问请联系我们：privacy@example.cn</p></div>
      <form><input id="q1"></form>`);
    expect(r.found).toBe(true);
    expect(r.elements).toEqual({
      purpose: true,
      retention: true,
      controller: true,
      rights: true,
      recipients: true,
      withdrawal: true,
      contact: true,
    });
  });

  it('zh-TW: 個人資料蒐集告知 with 本人已閱讀並同意', () => {
    const r = notice(`
      <section><h4>個人資料蒐集告知事項</h4><p>本公司蒐集您的個人資料之特定目的為人事管理，保存期間為離職後一年。</p></section>
      <form><input id="q1"><input type="checkbox" id="ok"><span>本人已閱讀並同意上述告知事項</span></form>`);
    expect(r.found).toBe(true);
    expect(r.consentControls).toEqual(['#ok']);
    expect(r.elements.purpose).toBe(true);
    expect(r.elements.retention).toBe(true);
    expect(r.elements.controller).toBe(true);
    expect(r.elements.withdrawal).toBe(false);
  });

  it('zh-TW / HK: 隱私權政策 and 私隱政策 links', () => {
    expect(notice(`<a href="https://x.tw/privacy">隱私權政策</a><input id="q1">`).links).toEqual([
      'https://x.tw/privacy',
    ]);
    expect(notice(`<a href="/pics">私隱政策聲明</a><input id="q1">`).found).toBe(true);
    expect(notice(`<p>收集個人資料聲明：本會收集的資料只作處理申請之用。</p><input id="q1">`).found).toBe(true);
  });

  it('en: privacy notice link and "I have read and agree"', () => {
    const r = notice(
      `<form><input id="q1"><input type="checkbox" id="c"><label for="c">I have read and agree to the <a href="https://acme.com/privacy">Privacy Notice</a></label></form>`,
    );
    expect(r.found).toBe(true);
    expect(r.links).toEqual(['https://acme.com/privacy']);
    expect(r.consentControls).toEqual(['#c']);
  });

  it('en: a collection statement with no link or control', () => {
    const r = notice(
      `<p>We collect your name and email to register you for the event and keep them for 30 days. Contact us at dpo@acme.com.</p><form><input id="q1"></form>`,
    );
    expect(r.found).toBe(true);
    expect(r.elements.purpose).toBe(true);
    expect(r.elements.retention).toBe(true);
    expect(r.elements.contact).toBe(true);
    expect(r.elements.rights).toBe(false);
  });

  it('a generic link text whose URL names the privacy policy', () => {
    expect(notice(`<a href="/legal/privacy-policy">点击查看</a><input id="q1">`).found).toBe(true);
  });
});

describe('detectNotice: not notices', () => {
  it('a truthfulness pledge is not a notice (zh-CN)', () => {
    const r = notice(
      `<form><input id="q1"><label><input type="checkbox" id="p"> 本人承诺以上信息真实准确，如有瞒报愿承担责任</label></form>`,
    );
    expect(r.found).toBe(false);
    expect(r.consentControls).toEqual([]);
  });

  it('"我已阅读并同意以上承诺" is still a pledge', () => {
    expect(
      notice(
        `<input id="q1"><p>承诺：以上所填信息真实。</p><label><input type="checkbox"> 我已阅读并同意以上承诺</label>`,
      ).found,
    ).toBe(false);
  });

  it('a pledge in zh-TW and en', () => {
    expect(notice(`<input id="q1"><label><input type="checkbox"> 本人保證以上所填資料均屬實</label>`).found).toBe(
      false,
    );
    expect(
      notice(
        `<input id="q1"><label><input type="checkbox"> I certify that the above information is true and complete.</label>`,
      ).found,
    ).toBe(false);
  });

  it('"如实填写" instructions are not a notice', () => {
    expect(notice(`<p class="formdesc">说明：请如实填写，每日10点前提交。</p><input id="q1">`).found).toBe(false);
  });

  it('a navigation link "个人信息" (my profile) is not a notice', () => {
    expect(notice(`<ul><li><a href="Sinfo.jsp">个人信息</a></li></ul><input id="q1">`).found).toBe(false);
  });

  it('a plain form has no notice and every element false', () => {
    const r = notice(`<h1>健康打卡</h1><form><input id="q1"><select><option>同意</option></select></form>`);
    expect(r).toEqual({
      found: false,
      links: [],
      consentControls: [],
      separateConsentFor: [],
      elements: {
        purpose: false,
        retention: false,
        controller: false,
        rights: false,
        recipients: false,
        withdrawal: false,
        contact: false,
      },
    });
  });

  it('a footer "隐私政策 | 联系我们" is a link, and states no element itself', () => {
    const r = notice(`<input id="q1"><footer><a href="/p">隐私政策</a> | <a href="/c">联系我们</a></footer>`);
    expect(r.found).toBe(true);
    expect(r.elements.contact).toBe(false);
  });
});

describe('detectNotice: separate consent', () => {
  const healthFields = [
    field('#t', 'health.temperature'),
    field('#s', 'health.symptoms'),
    field('#n', 'identity.name'),
  ];

  it('zh-CN: a statement naming health data (体温、症状)', () => {
    const r = notice(
      `<label><input type="checkbox" id="h"> 我同意为疫情防控目的处理我的健康信息（体温、症状）</label>`,
      healthFields,
    );
    expect(r.separateConsentFor.sort()).toEqual(['health.symptoms', 'health.temperature']);
  });

  it('en: "health data" stands for the form\'s health fields', () => {
    const r = notice(
      `<label><input type="checkbox" id="h"> I consent to the processing of my health data for the purpose of workplace safety.</label>`,
      healthFields,
    );
    expect(r.separateConsentFor.sort()).toEqual(['health.symptoms', 'health.temperature']);
  });

  it('face, ID number, whereabouts and location', () => {
    const r = notice(
      `
      <label><input type="checkbox"> 我同意采集我的人脸信息用于门禁</label>
      <label><input type="checkbox"> 我同意提供身份证号码用于实名登记</label>
      <label><input type="checkbox"> 本人同意提供14天行程信息</label>
      <label><input type="checkbox"> 我授权获取我的位置信息用于考勤</label>`,
      [],
    );
    expect(r.separateConsentFor.sort()).toEqual([
      'biometric.face',
      'identity.id_number',
      'location.precise',
      'location.travel',
    ]);
  });

  it('zh-TW: 本人同意提供健康資料（體溫）', () => {
    const r = notice(`<label><input type="checkbox"> 本人同意提供健康資料（體溫）供防疫使用</label>`, healthFields);
    expect(r.separateConsentFor).toContain('health.temperature');
  });

  it('a general privacy-policy checkbox names nothing (bundled consent)', () => {
    expect(
      notice(`<label><input type="checkbox"> 我已阅读并同意《隐私政策》</label>`, healthFields).separateConsentFor,
    ).toEqual([]);
  });

  it('non-sensitive categories are never "separate consent"', () => {
    expect(
      notice(`<label><input type="checkbox"> 我同意提供我的姓名和电话</label>`, healthFields).separateConsentFor,
    ).toEqual([]);
  });
});

describe('detectNotice: link URLs', () => {
  it('an account "privacy settings" page is not a notice', () => {
    expect(notice(`<a href="/account/privacy-settings">设置</a><input id="q1">`).found).toBe(false);
    expect(notice(`<a href="/me/privacy/preferences">Preferences</a><input id="q1">`).found).toBe(false);
  });
  it('a privacy page URL with a generic text is', () => {
    expect(notice(`<a href="/yinsi.html">点击查看</a><input id="q1">`).found).toBe(true);
    expect(notice(`<a href="https://acme.com/privacy">here</a><input id="q1">`).found).toBe(true);
  });
});

describe('detectNotice: the controller named as an organisation', () => {
  const controller = (text: string) =>
    notice(`<section><h2>个人信息处理告知</h2><p>${text}</p></section><input id="q1">`).elements.controller;
  it.each([
    ['杭州恒远科技有限公司（行政部）负责处理您在本页填写的个人信息。', true],
    ['某某大学作为个人信息处理者，收集您的学号。', true],
    ['恆遠科技股份有限公司負責蒐集您的個人資料。', true],
    ['收集主体：上海启衡信息技术有限公司（人力资源部），联系邮箱 privacy@qiheng.example.cn。', true],
    ['蒐集主體：恆遠科技股份有限公司。', true],
    ['Privacy notice: Brightwater Logistics Ltd collects your name to issue a badge.', true],
    ['您的信息仅用于安排接待。', false],
  ])('%s → %s', (text, want) => expect(controller(text)).toBe(want));
});
