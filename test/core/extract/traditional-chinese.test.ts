import { describe, expect, it } from 'vitest';
import { extract, field } from './helpers';

// Taiwan and Hong Kong forms: full-width colons and asterisks, 必填 markers, table layouts.
describe('Traditional Chinese pages', () => {
  const page = `<form><table class="form-table">
    <tr><th>中文姓名＊</th><td><input name="cname"></td><th>英文姓名</th><td><input name="ename"></td></tr>
    <tr><th>身分證字號（必填）</th><td><input name="tw_id"></td><th>出生日期</th><td><input type="date" name="dob"></td></tr>
    <tr><th>電郵地址</th><td><input type="email" name="mail"></td><th>聯絡電話</th><td><input type="tel" name="tel"></td></tr>
    </table>
    <fieldset><legend>最近十四天是否出現以下病徵？</legend><label><input type="checkbox" name="sym" value="fever">發燒</label><label><input type="checkbox" name="sym" value="cough">咳嗽</label></fieldset>
    <p>香港身份證號碼：<input name="hkid"></p>
    <div class="form-group"><label class="control-label">居住地區</label><select name="district"><option>請選擇</option><option>九龍城區</option></select></div></form>`;

  it('recovers every question label', () => {
    const ds = extract(page);
    expect(ds.map((d) => [d.name, d.label])).toEqual([
      ['cname', '中文姓名'],
      ['ename', '英文姓名'],
      ['tw_id', '身分證字號'],
      ['dob', '出生日期'],
      ['mail', '電郵地址'],
      ['tel', '聯絡電話'],
      ['sym', '最近十四天是否出現以下病徵？'],
      ['hkid', '香港身份證號碼'],
      ['district', '居住地區'],
    ]);
    expect(field(ds, 'cname').required).toBe(true);
    expect(field(ds, 'tw_id').required).toBe(true);
    expect(field(ds, 'ename').required).toBe(false);
  });
});
