import { describe, expect, it } from 'vitest';
import { compileSimpleSelector } from '../../../src/core/dom/simple-selector';
import { QUESTION_FAMILIES } from '../../../src/core/extract/families';
import { extract, field, sourcesOf } from './helpers';

// One small page per family, in the markup each family renders (written for these tests).
const CASES: { family: string; body: string; key: string; label: string }[] = [
  {
    family: 'wjx',
    key: 'q1',
    label: '1. 您的姓名',
    body: '<div class="field ui-field-contain"><div class="field-label"><span class="req">*</span>1. 您的姓名</div><div class="ui-input-text"><input id="q1" name="q1"></div></div>',
  },
  {
    family: 'wjx (old)',
    key: 'q2',
    label: '2.今日体温',
    body: '<div class="div_question"><div class="div_title_question_all"><div class="div_title_question">2.今日体温</div></div><div class="div_table_radio_question"><input id="q2" name="q2"></div></div>',
  },
  {
    family: 'wjx topichtml',
    key: 'q3',
    label: '3.身份证号',
    body: '<div class="field"><div class="topichtml">3.身份证号</div><input name="q3"></div>',
  },
  {
    family: 'google-forms',
    key: 'entry.1',
    label: 'Employee ID',
    body: '<div role="list"><div role="listitem"><div><div role="heading" aria-level="3">Employee ID<span aria-label="Required question"> *</span></div></div><input type="text" name="entry.1"></div></div>',
  },
  {
    family: 'microsoft-forms',
    key: 'ms1',
    label: 'Date of birth',
    body: '<div data-automation-id="questionItem"><span data-automation-id="questionTitle">Date of birth</span><input name="ms1" data-automation-id="textInput"></div>',
  },
  {
    family: 'tencent-docs',
    key: 'tq',
    label: '联系电话',
    body: '<div class="form-question"><div class="question-title">联系电话</div><div class="question-body"><input name="tq"></div></div>',
  },
  {
    family: 'vant',
    key: 'v',
    label: '现居住地址',
    body: '<div class="van-cell van-field van-cell--required"><div class="van-cell__title van-field__label"><span>现居住地址</span></div><div class="van-cell__value"><div class="van-field__body"><input name="v" class="van-field__control" placeholder="请输入"></div></div></div>',
  },
  {
    family: 'element',
    key: 'el',
    label: '紧急联系人',
    body: '<div class="el-form-item is-required"><label class="el-form-item__label">紧急联系人</label><div class="el-form-item__content"><div class="el-input"><input name="el" class="el-input__inner"></div></div></div>',
  },
  {
    family: 'ant-design',
    key: 'ad',
    label: '银行卡号',
    body: '<div class="ant-row ant-form-item"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="银行卡号">银行卡号</label></div><div class="ant-col ant-form-item-control"><input name="ad" class="ant-input"></div></div>',
  },
  {
    family: 'layui',
    key: 'lu',
    label: '工号',
    body: '<div class="layui-form-item"><label class="layui-form-label">工号</label><div class="layui-input-block"><input name="lu" class="layui-input"></div></div>',
  },
  {
    family: 'bootstrap',
    key: 'bs',
    label: '邮箱',
    body: '<div class="form-group"><label class="control-label col-sm-2">邮箱</label><div class="col-sm-10"><input name="bs" class="form-control"><span class="help-block">用于接收通知</span></div></div>',
  },
  {
    family: 'feishu bitable',
    key: 'fld1',
    label: '收件人',
    body: '<div class="bitable-form-field"><div class="bitable-form-field-title"><span class="bitable-form-field-name">收件人</span><span class="required-mark">*</span></div><div class="bitable-form-field-content"><div class="b-input"><input name="fld1" placeholder="请输入"></div></div></div>',
  },
  {
    family: 'weui',
    key: 'wu',
    label: '体温',
    body: '<div class="weui-cell"><div class="weui-cell__hd"><label class="weui-label">体温</label></div><div class="weui-cell__bd"><input name="wu" class="weui-input"></div></div>',
  },
];

describe('question containers of OA / questionnaire / UI-kit families', () => {
  for (const c of CASES) {
    it(c.family, () => {
      const d = field(extract(c.body), c.key);
      expect(d.label).toBe(c.label);
      expect(d.texts[0]!.source === 'question-title' || d.texts.some((t) => t.source === 'question-title')).toBe(true);
    });
  }

  it('required markers of families: class on the container, star in the title', () => {
    const ds = extract(CASES.map((c) => c.body).join(''));
    expect(field(ds, 'q1').required).toBe(true);
    expect(field(ds, 'v').required).toBe(true);
    expect(field(ds, 'el').required).toBe(true);
    expect(field(ds, 'ad').required).toBe(true);
    expect(field(ds, 'lu').required).toBe(false);
  });

  it('a WJX type tip inside the title is help, not part of the question', () => {
    const d = field(
      extract(
        '<div class="field ui-field-contain"><div class="field-label"><div class="topicnumber">7.</div><div class="topichtml">本人目前是否有以下情况<span class="qtypetip">【多选题】</span></div></div><input type="checkbox" name="q7" value="1"><input type="checkbox" name="q7" value="2"></div>',
      ),
      'q7',
    );
    expect(d.label).toBe('7. 本人目前是否有以下情况');
    expect(sourcesOf(d)).toContain('help:【多选题】');
  });

  it('family help text is kept as help', () => {
    expect(sourcesOf(field(extract(CASES.find((c) => c.family === 'bootstrap')!.body), 'bs'))).toContain(
      'help:用于接收通知',
    );
  });

  it('a container holding several questions names only the first; the others use their own text', () => {
    const ds = extract(
      '<div class="form-group"><label>姓名</label><input name="a"> <span>电话</span><input name="b"></div>',
    );
    expect(field(ds, 'a').label).toBe('姓名');
    expect(field(ds, 'b').label).toBe('电话');
  });

  it('Google Forms checkbox options nested in their own list still get the question heading', () => {
    const ds = extract(
      '<div role="listitem"><div role="heading">接种情况</div><div role="list"><div role="listitem"><label><input type="checkbox" name="v" value="1">第一针</label></div><div role="listitem"><label><input type="checkbox" name="v" value="2">第二针</label></div></div></div>',
    );
    expect(ds).toHaveLength(1);
    expect(ds[0]!.label).toBe('接种情况');
    expect(sourcesOf(ds[0]!)).toEqual(expect.arrayContaining(['option:第一针', 'option:第二针']));
  });
});

describe('family selectors', () => {
  it('every one is a simple selector (they parse on first use, so a typo would fail only a page that meets it)', () => {
    for (const f of QUESTION_FAMILIES)
      for (const source of [f.containerSelector, f.titleSelector, f.helpSelector, f.requiredSelector])
        if (source) expect(() => compileSimpleSelector(source).classes, source).not.toThrow();
  });
});
