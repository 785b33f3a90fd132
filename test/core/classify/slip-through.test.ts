// The English and Chinese classes that slipped through (issue 15), each pinned by examples of our
// own: autocomplete field names used as name/id, a single box that cannot hold an identifier, a
// weak negative that must not overrule a strong label, the form's own counts and dates, housing-
// fund and social-insurance accounts, bare text-node labels, a box taking another cell's label,
// and notice elements written as "label：value".
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../src/core/classify';
import { noticeElementsIn } from '../../../src/core/notice/statements';
import { scanRoot } from '../../../src/core/scan';
import { dom } from '../notice/helpers';
import { field } from './field';

const category = (spec: Parameters<typeof field>[0]) => classifyField(field(spec)).category;

describe('autocomplete field names as name / id', () => {
  it.each([
    [{ name: 'cc-number' }, 'financial.account'],
    [{ name: 'ccNumber' }, 'financial.account'],
    [{ id: 'cc-name' }, 'identity.name'],
    [{ name: 'given_name' }, 'identity.name'],
    [{ name: 'billing[address_line1]' }, 'location.address'],
    [{ id: 'shipping-postal-code' }, 'location.address'],
    [{ name: 'postalCode' }, 'location.address'],
    [{ name: 'tel-national' }, 'identity.phone'],
    [{ name: 'bday-year' }, 'identity.birthdate'],
  ])('%o → %s', (spec, want) => expect(category({ label: '', ...spec })).toBe(want));

  it('a single word of the list stays a plain word (name="photo" is not a face)', () => {
    expect(category({ label: '', name: 'photo', type: 'file' })).toBeNull();
  });
});

describe('a single checkbox holds no identifier', () => {
  it.each([
    'Save this shipping address for future orders.',
    'Yes, sign me up for sale alerts by email.',
    'Make this my primary address',
  ])('"%s" is not personal', (label) => expect(category({ label, type: 'checkbox' })).toBeNull());

  it('but answers a yes/no health or travel question', () => {
    expect(category({ label: 'Fever', type: 'checkbox' })).toBe('health.symptoms');
    expect(category({ label: '14天内有境外旅居史', type: 'checkbox' })).toBe('location.travel');
  });

  it('a group of boxes may still list places', () => {
    expect(
      category({
        label: 'Countries visited',
        type: 'checkbox',
        groupSelectors: ['#a', '#b'],
        options: ['France', 'Japan'],
      }),
    ).toBe('location.travel');
  });
});

describe('a weak negative does not overrule a strong label', () => {
  it.each([
    ['Name', 'identity.name'],
    ['Street', 'location.address'],
  ])('debugging text in a title attribute beside the label "%s"', (label, want) => {
    const title =
      'overall type: NAME_FIRST\nserver type: NO_SERVER_DATA\nheuristic type: NAME_FIRST\nfield signature: 3911738425';
    expect(category({ label, texts: [['title', title]] })).toBe(want);
  });
  it('a placeholder example address beside type=email', () => {
    expect(category({ label: '', type: 'email', texts: [['placeholder', 'you@company-domain.com']] })).toBe(
      'identity.email',
    );
  });
  it('a negative in the label itself still wins (company e-mail hotline)', () => {
    expect(category({ label: 'Company name' })).toBeNull();
  });
});

describe("the form's own counts, dates and times", () => {
  it.each([
    'Number of visitors',
    'Upload time',
    'Measurement date',
    '来访人数',
    '上传时间',
    '体温测量时间',
    '测量日期',
  ])('"%s" is not personal', (label) => {
    expect(category({ label })).toBeNull();
  });
});

describe('housing-fund and social-insurance accounts are financial', () => {
  it.each(['公积金账号', '住房公积金账号', '社保账号', '医保账户'])('%s', (label) =>
    expect(category({ label })).toBe('financial.account'),
  );
  it('the social-security number that identifies a person stays an ID number', () =>
    expect(category({ label: '社保号' })).toBe('identity.id_number'));
});

describe('label recovery on real layouts', () => {
  it('a bare text node before a box in a card block is its label ("Name: <input>")', () => {
    const doc = dom(
      `<div class="card"><h4>Cardholder</h4>Name: <input name="a1"><br>Number: <input name="a2"><br><b>Street:</b> <input name="a3"></div>`,
    );
    const fields = scanRoot(doc, { pageUrl: 'https://shop.example.com/' }).fields;
    expect(fields.find((f) => f.name === 'a1')?.category).toBe('identity.name');
    expect(fields.find((f) => f.name === 'a3')?.category).toBe('location.address');
  });

  it('a symptom box in a table row does not take the label of the cell above', () => {
    const doc = dom(`<table><tr><td>姓名</td><td><input name="xm"></td></tr>
      <tr><td><input type="checkbox" name="fever">发热</td><td><input type="checkbox" name="cough">咳嗽</td></tr></table>`);
    const fields = scanRoot(doc, { pageUrl: 'https://oa.example.cn/' }).fields;
    expect(fields.find((f) => f.name === 'xm')?.category).toBe('identity.name');
    expect(fields.find((f) => f.name === 'fever')?.category).toBe('health.symptoms');
  });

  it('an answer word beside a box still answers the question above it', () => {
    const doc = dom(`<table><tr><td>遗传病史</td></tr><tr><td><input type="checkbox" name="ycb">无</td></tr></table>`);
    expect(scanRoot(doc, { pageUrl: 'https://oa.example.cn/' }).fields.find((f) => f.name === 'ycb')?.category).toBe(
      'health.medical_history',
    );
  });
});

describe('notice elements written as "label：value"', () => {
  it.each([
    '个人信息收集说明 目的：门禁管理 保存期限：离职后三个月',
    '個人資料蒐集告知 目的：門禁管理 保存期間：離職後三個月',
    'Privacy notice Purpose: building access Retention: 3 months',
  ])('%s states its purpose', (text) => expect(noticeElementsIn(text).purpose).toBe(true));
});
