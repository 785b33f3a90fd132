import { describe, expect, it } from 'vitest';
import { extract, field, labelOf, sourcesOf } from './helpers';

describe('label sources, in order of trust', () => {
  it('<label for> wins over everything else', () => {
    const d = field(
      extract('<label for="a">姓名</label><input id="a" name="a" aria-label="名字" placeholder="请输入" title="t">'),
      'a',
    );
    expect(d.label).toBe('姓名');
    expect(sourcesOf(d).slice(0, 4)).toEqual(['label:姓名', 'aria-label:名字', 'title:t', 'placeholder:请输入']);
  });

  it('a wrapping label, without the texts of controls inside it', () => {
    const d = field(
      extract('<label>所在城市 <select name="city"><option>北京</option><option>上海</option></select></label>'),
      'city',
    );
    expect(d.label).toBe('所在城市');
    expect(sourcesOf(d)).toContain('option:上海');
  });

  it('aria-labelledby (several ids, in order)', () => {
    expect(
      labelOf('<span id="l1">紧急联系人</span><span id="l2">电话</span><input name="p" aria-labelledby="l1 l2">', 'p'),
    ).toBe('紧急联系人电话');
    expect(
      labelOf(
        '<span id="l1">Emergency contact</span><span id="l2">phone</span><input name="p" aria-labelledby="l1 l2">',
        'p',
      ),
    ).toBe('Emergency contact phone');
  });

  it('aria-label, then title, then placeholder', () => {
    expect(labelOf('<input name="a" aria-label="Body temperature" title="x" placeholder="y">', 'a')).toBe(
      'Body temperature',
    );
    expect(labelOf('<input name="a" title="Employee number" placeholder="y">', 'a')).toBe('Employee number');
    expect(labelOf('<input name="a" placeholder="请输入手机号">', 'a')).toBe('请输入手机号');
  });

  it('<legend> of the enclosing fieldset', () => {
    const d = field(extract('<fieldset><legend>Home address</legend><input name="street"></fieldset>'), 'street');
    expect(d.label).toBe('Home address');
    expect(d.texts[0]!.source).toBe('legend');
  });

  it('table: the cell to the left (Weaver OA layout)', () => {
    const ds = extract(
      '<table><tr><td class="fieldName">身份证号</td><td><input name="sfzh"></td><td>性别</td><td><select name="xb"><option>男</option></select></td></tr></table>',
    );
    expect(field(ds, 'sfzh')).toMatchObject({ label: '身份证号' });
    expect(field(ds, 'sfzh').texts[0]!.source).toBe('table-cell');
    expect(field(ds, 'xb').label).toBe('性别');
  });

  it('table: the label in the row above', () => {
    const ds = extract(
      '<table><tr><td>姓名</td><td>联系电话</td></tr><tr><td><input name="n"></td><td><input name="p"></td></tr></table>',
    );
    expect(field(ds, 'n').label).toBe('姓名');
    expect(field(ds, 'p').label).toBe('联系电话');
  });

  it('table: column headers of a repeating grid (family members)', () => {
    const ds = extract(`<table><thead><tr><th>姓名</th><th>关系</th><th>健康状况</th></tr></thead><tbody>
      <tr><td><input name="m1"></td><td><input name="r1"></td><td><input name="h1"></td></tr>
      <tr><td><input name="m2"></td><td><input name="r2"></td><td><input name="h2"></td></tr></tbody></table>`);
    expect(field(ds, 'm2').label).toBe('姓名');
    expect(field(ds, 'h2').label).toBe('健康状况');
    expect(field(ds, 'h2').texts[0]!.source).toBe('table-header');
  });

  it('table: colspan and rowspan keep columns aligned', () => {
    const ds = extract(`<table><tr><td rowspan="2">照片</td><td>姓名</td><td><input name="n"></td></tr>
      <tr><td>电话</td><td><input name="p"></td></tr><tr><td colspan="2">家庭住址</td><td><input name="addr"></td></tr></table>`);
    expect(field(ds, 'p').label).toBe('电话');
    expect(field(ds, 'addr').label).toBe('家庭住址');
  });

  it('table: a nested layout table takes the label of the outer row', () => {
    const ds = extract(
      '<table><tr><td>现住址</td><td><table><tr><td><input name="addr"></td><td><span>请填写详细地址</span></td></tr></table></td></tr></table>',
    );
    expect(field(ds, 'addr').label).toBe('现住址');
  });

  it('the nearest preceding text, bounded, not crossing another control', () => {
    const ds = extract(
      '<div>请如实填写。姓名：<input name="xm"> 手机号：<input name="sjh"></div><p>本人体温<span>（℃）</span></p><div><input name="tw"></div>',
    );
    expect(field(ds, 'xm').label).toBe('请如实填写。姓名');
    expect(field(ds, 'sjh').label).toBe('手机号');
    expect(field(ds, 'tw').label).toBe('（℃）');
    expect(sourcesOf(field(ds, 'tw'))).toContain('preceding-text:本人体温 （℃）');
  });

  it('text after a radio belongs to that radio, not to the next question', () => {
    const ds = extract(
      '<table><tr><td><input type="radio" name="sex" value="1">男 <input type="radio" name="sex" value="2">女</td></tr><tr><td><span><i></i></span><input type="file" name="pic"></td></tr></table>',
    );
    expect(field(ds, 'pic').label).toBe('');
  });

  it('help texts: aria-describedby, .help-block, <small>', () => {
    const d = field(
      extract(
        '<input name="e" aria-label="Email" aria-describedby="h"><small>We reply here</small><p id="h">Work address only</p>',
      ),
      'e',
    );
    expect(sourcesOf(d)).toEqual(expect.arrayContaining(['help:Work address only', 'help:We reply here']));
  });

  it('whitespace is collapsed (letter-spacing between Chinese characters removed), required markers removed but recorded', () => {
    const d = field(
      extract('<label for="a">  姓\u00a0\u00a0名  <span class="star">*</span>：</label><input id="a" name="a">'),
      'a',
    );
    expect(d.label).toBe('姓名');
    expect(labelOf('<div>姓&nbsp;&nbsp;&nbsp;&nbsp;名：&nbsp;&nbsp;<input name="n"></div>', 'n')).toBe('姓名');
    expect(labelOf('<label for="e">E mail address</label><input id="e">', 'e')).toBe('E mail address');
    expect(d.required).toBe(true);
    expect(field(extract('<label for="b">联系电话（必填）</label><input id="b" name="b">'), 'b')).toMatchObject({
      label: '联系电话',
      required: true,
    });
    expect(field(extract('<input name="c" required aria-label="x">'), 'c').required).toBe(true);
    expect(field(extract('<label for="d">备注</label><input id="d" name="d">'), 'd').required).toBe(false);
  });

  it('a lone checkbox is labelled by the sentence after it, a short answer word is an option', () => {
    const ds = extract(
      '<p><input type="checkbox" name="agree">我已阅读并同意《个人信息保护声明》</p><p>遗传病史：<input type="checkbox" name="ycb" value="无">无</p>',
    );
    expect(field(ds, 'agree').label).toBe('我已阅读并同意《个人信息保护声明》');
    expect(field(ds, 'ycb').label).toBe('遗传病史');
    expect(sourcesOf(field(ds, 'ycb'))).toContain('option:无');
    // In a table cell the walk stops at the cell: the sentence after the box is its label.
    expect(
      labelOf(
        '<table><tr><td>告知：本系统收集人脸。</td></tr><tr><td><input type="checkbox" name="ok">我已阅读以上告示</td></tr></table>',
        'ok',
      ),
    ).toBe('我已阅读以上告示');
  });

  it('a radio group that nothing names is labelled by its options', () => {
    expect(
      labelOf(
        '<table><tr><td><input type="radio" name="sex" value="m"> 男 <input type="radio" name="sex" value="f">女</td></tr></table>',
        'sex',
      ),
    ).toBe('男 / 女');
  });

  it('a label wrapping two controls names each by its own text', () => {
    const ds = extract(
      '<label><span>院系:</span><select name="academy"><option>电气学院</option></select><span>年级</span><select name="grade"><option>2020</option></select></label>',
    );
    expect(field(ds, 'academy').label).toBe('院系');
    expect(field(ds, 'grade').label).toBe('年级');
  });

  it('with a placeholder, far text (a page header) is not taken as the label', () => {
    const ds = extract(
      '<header><h2>资料审核</h2></header><div class="row"><div class="icon"><img src="x.png"></div><div class="box"><input name="truename" placeholder="请输入真实姓名"></div></div>',
    );
    expect(field(ds, 'truename').label).toBe('请输入真实姓名');
  });

  it('the walk stays in its table cell (no caption, no other rows)', () => {
    expect(
      labelOf(
        '<table><caption>添加人脸</caption><tr><td><div><span><i></i></span><input name="n" placeholder="姓名"></div></td></tr></table>',
        'n',
      ),
    ).toBe('姓名');
  });

  it('select options and datalist options are option texts', () => {
    const ds = extract(
      '<label for="s">疫苗接种</label><select id="s" name="s"><optgroup label="g"><option>未接种</option><option>已完成</option></optgroup></select><input name="c" list="cities" aria-label="城市"><datalist id="cities"><option value="深圳"></option></datalist>',
    );
    expect(sourcesOf(field(ds, 's'))).toEqual(['label:疫苗接种', 'option:未接种', 'option:已完成']);
    expect(sourcesOf(field(ds, 'c'))).toContain('option:深圳');
  });

  it('never keeps a value: only hasValue', () => {
    const d = field(extract('<input name="id" aria-label="身份证号" value="110101199003077777">'), 'id');
    expect(d.hasValue).toBe(true);
    expect(JSON.stringify(d)).not.toContain('110101199003077777');
  });
});
