import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../src/core/classify';
import type { CategoryId } from '../../../src/core/taxonomy';
import { field, labelled } from './field';
import type { FieldSpec } from './field';

const categoryOf = (spec: FieldSpec, value?: string): CategoryId | null => classifyField(field(spec), value).category;

describe('Simplified Chinese labels', () => {
  it.each<[string, CategoryId]>([
    ['姓名', 'identity.name'],
    ['紧急联系人姓名', 'identity.name'],
    ['公司联系人姓名', 'identity.name'],
    ['身份证号码', 'identity.id_number'],
    ['身份证照片', 'identity.id_number'],
    ['手机号码', 'identity.phone'],
    ['紧急联系人电话', 'identity.phone'],
    ['邮箱地址', 'identity.email'],
    ['工号', 'identity.employee_id'],
    ['学号', 'identity.employee_id'],
    ['出生日期', 'identity.birthdate'],
    ['年龄', 'identity.birthdate'],
    ['家庭住址', 'location.address'],
    ['户籍地址', 'location.address'],
    ['详细地址', 'location.address'],
    ['邮政编码', 'location.address'],
    ['所在省市', 'location.city'],
    ['现居城市', 'location.city'],
    ['籍贯', 'location.city'],
    ['出生地', 'location.city'],
    ['是否离校', 'location.city'],
    ['打卡地点', 'location.precise'],
    ['经纬度', 'location.precise'],
    ['14天内是否去过中高风险地区', 'location.travel'],
    ['旅居史', 'location.travel'],
    ['乘坐车次/航班号', 'location.travel'],
    ['行程码截图', 'location.travel'],
    ['今日体温', 'health.temperature'],
    ['是否发热', 'health.symptoms'],
    ['有无咳嗽、乏力等症状', 'health.symptoms'],
    ['核酸检测结果', 'health.diagnosis'],
    ['是否为确诊病例', 'health.diagnosis'],
    ['新冠疫苗接种情况', 'health.vaccination'],
    ['既往病史', 'health.medical_history'],
    ['是否患有慢性病', 'health.medical_history'],
    ['是否有接触史', 'health.contact'],
    ['同住人员健康状况', 'health.family'],
    ['家属是否有发热症状', 'health.family'],
    ['健康码颜色', 'health.code'],
    ['人脸照片', 'biometric.face'],
    ['拍照打卡', 'biometric.face'],
    ['银行卡号', 'financial.account'],
  ])('%s → %s', (label, want) => expect(categoryOf({ label })).toBe(want));
});

describe('text normalisation', () => {
  it('reads CJK words spread out with spaces', () => {
    expect(categoryOf({ label: '姓　名' })).toBe('identity.name');
    expect(categoryOf({ label: '手 机 号' })).toBe('identity.phone');
  });
  it('folds full-width Latin letters and case', () => {
    expect(categoryOf({ label: 'ＥＭＡＩＬ' })).toBe('identity.email');
  });
  it('English terms match whole words only', () => {
    expect(categoryOf({ label: 'Language' })).toBeNull(); // not "age"
    expect(categoryOf({ label: 'Hotel' })).toBeNull(); // not "tel"
  });
});

describe('Traditional Chinese (Taiwan, Hong Kong)', () => {
  it.each<[string, CategoryId]>([
    ['身分證字號', 'identity.id_number'],
    ['香港身份證號碼', 'identity.id_number'],
    ['護照號碼', 'identity.id_number'],
    ['電郵地址', 'identity.email'],
    ['手提電話', 'identity.phone'],
    ['聯絡電話', 'identity.phone'],
    ['員工編號', 'identity.employee_id'],
    ['出生年月日', 'identity.birthdate'],
    ['通訊地址', 'location.address'],
    ['郵遞區號', 'location.address'],
    ['居住地區', 'location.city'],
    ['體溫', 'health.temperature'],
    ['是否有病徵', 'health.symptoms'],
    ['接觸史', 'health.contact'],
    ['旅遊史', 'location.travel'],
    ['14天內足跡', 'location.travel'],
    ['疫苗接種紀錄', 'health.vaccination'],
    ['銀行帳號', 'financial.account'],
  ])('%s → %s', (label, want) => expect(categoryOf({ label })).toBe(want));
});

describe('English labels', () => {
  it.each<[string, CategoryId]>([
    ['Full name', 'identity.name'],
    ['Name', 'identity.name'],
    ['Emergency contact', 'identity.name'],
    ['Passport number', 'identity.id_number'],
    ['Mobile phone', 'identity.phone'],
    ['E-mail address', 'identity.email'],
    ['Employee ID', 'identity.employee_id'],
    ['Date of birth', 'identity.birthdate'],
    ['Home address', 'location.address'],
    ['Postal code', 'location.address'],
    ['City of residence', 'location.city'],
    ['Use my current location', 'location.precise'],
    ['Countries visited in the last 14 days', 'location.travel'],
    ['Body temperature (°C)', 'health.temperature'],
    ['Do you have any symptoms?', 'health.symptoms'],
    ['COVID test result', 'health.diagnosis'],
    ['Are you vaccinated?', 'health.vaccination'],
    ['Pre-existing medical conditions', 'health.medical_history'],
    ['Have you been in close contact with a confirmed case?', 'health.contact'],
    ['Does anyone in your household have a fever?', 'health.family'],
    ['Upload a selfie', 'biometric.face'],
    ['Bank account number', 'financial.account'],
  ])('%s → %s', (label, want) => expect(categoryOf({ label })).toBe(want));
});

describe('negative context wins', () => {
  it.each([
    '机房温度',
    '环境温度',
    '冷库温度',
    '项目名称',
    '公司名称',
    '单位名称',
    '会议室',
    '公司地址',
    '单位地址',
    '服务器地址',
    'IP地址',
    '网址',
    '满意度评分',
    '登录密码',
    '验证码',
    '搜索',
    '备注',
    '成本中心',
    '发票号',
    '部门',
    '应聘职位',
    'Meeting room name',
    'Company name',
    'Project name',
    'Server room temperature',
    'Rating',
    'Password',
    'Search',
    'Remarks',
    'Invoice number',
    'Office address',
    '我已阅读并同意《个人信息保护声明》',
    '我单独同意公司处理我的体温、症状等健康信息',
    '机房位置',
    'CPU 温度',
    '故障现象',
    '设备异常情况',
    '存放位置',
    '证件类型',
    '工资卡开户行',
    '楼宇地址',
    '客户名称',
    '质量检测结果',
    'Please state your reason',
    'Membership card number',
    'Number of household members',
    'Author name',
    'Face covering required?',
  ])('%s → null', (label) => expect(categoryOf({ label })).toBeNull());

  it('reports the negative context as evidence', () => {
    const result = classifyField(labelled('机房温度'));
    expect(result.evidence).toContain('negative:机房');
  });

  it('a negative label beats a personal-looking field name', () => {
    expect(categoryOf({ label: '公司地址', name: 'address' })).toBeNull();
    expect(categoryOf({ label: '职务名称', name: 'postName' })).toBeNull();
    expect(categoryOf({ label: '项目名称', name: 'xm' })).toBeNull();
  });

  it('a weak remark in help text does not beat the label', () => {
    expect(categoryOf({ label: '家庭住址', texts: [['help', '备注：请写到门牌号']] })).toBe('location.address');
  });

  it('a question that points to the remarks box keeps its category', () => {
    expect(
      categoryOf({
        label: '',
        texts: [['question-title', '5. 14天内是否有发热、咳嗽等症状？（如有，请在备注中说明）']],
      }),
    ).toBe('health.symptoms');
    expect(categoryOf({ label: 'Any symptoms? (add details in the comments box)' })).toBe('health.symptoms');
  });

  it('a remarks label beats a personal-looking field name', () => {
    expect(categoryOf({ label: '备注', name: 'phone' })).toBeNull();
  });

  it('company contact person data is still personal', () => {
    expect(categoryOf({ label: 'Company email' })).toBe('identity.email');
    expect(categoryOf({ label: '公司联系人电话' })).toBe('identity.phone');
  });
});

describe('label sources in order of trust', () => {
  it('the label beats the field name', () => {
    expect(categoryOf({ label: '联系电话', name: 'email' })).toBe('identity.phone');
  });
  it('placeholder alone', () => {
    expect(categoryOf({ label: '', texts: [['placeholder', '请输入手机号']] })).toBe('identity.phone');
  });
  it('question title and table cell', () => {
    expect(categoryOf({ label: '', texts: [['question-title', '3. 您今天的体温是？']] })).toBe('health.temperature');
    expect(categoryOf({ label: '', texts: [['table-cell', '身份证号：']] })).toBe('identity.id_number');
  });
  it('aria-label', () => {
    expect(categoryOf({ label: '', texts: [['aria-label', 'Date of birth']] })).toBe('identity.birthdate');
  });
  it('confidence is lower for a name token than for a label', () => {
    const byLabel = classifyField(labelled('身份证号')).confidence;
    const byName = classifyField(field({ name: 'sfzh' })).confidence;
    expect(byLabel).toBeGreaterThan(byName);
    expect(byName).toBeGreaterThan(0);
  });
});

describe('field-name tokens (pinyin and English identifiers)', () => {
  it.each<[string, CategoryId]>([
    ['xm', 'identity.name'],
    ['xingming', 'identity.name'],
    ['jjlxr_xingming', 'identity.name'],
    ['sfzh', 'identity.id_number'],
    ['sfzhm', 'identity.id_number'],
    ['zjhm', 'identity.id_number'],
    ['sjh', 'identity.phone'],
    ['sjhm', 'identity.phone'],
    ['lxdh', 'identity.phone'],
    ['shoujihaoma', 'identity.phone'],
    ['dzyx', 'identity.email'],
    ['gh', 'identity.employee_id'],
    ['csrq', 'identity.birthdate'],
    ['jtzz', 'location.address'],
    ['hjdz', 'location.address'],
    ['hujidizhi', 'location.address'],
    ['dqszd', 'location.city'],
    ['szcs', 'location.city'],
    ['jwd', 'location.precise'],
    ['xcm', 'location.travel'],
    ['tw', 'health.temperature'],
    ['jrtw', 'health.temperature'],
    ['twqk', 'health.temperature'],
    ['sffr', 'health.symptoms'],
    ['hsjcjg', 'health.diagnosis'],
    ['hsjc', 'health.diagnosis'],
    ['ymjz', 'health.vaccination'],
    ['jcs', 'health.contact'],
    ['jkm', 'health.code'],
    ['yhkh', 'financial.account'],
    ['emergencyContactPhone', 'identity.phone'],
    ['user_email', 'identity.email'],
    ['residentialaddress', 'location.address'],
    ['healthcodegreencode', 'health.code'],
    ['dateOfBirth', 'identity.birthdate'],
    ['name', 'identity.name'],
  ])('name=%s → %s', (name, want) => expect(categoryOf({ name, label: '' })).toBe(want));

  it.each([
    'q1',
    'field_3',
    'long',
    'photo',
    'postName',
    'fileName',
    'companyAddress',
    'serverIp',
    'searchKey',
    'yx',
    'jg',
  ])('name=%s alone → null', (name) => expect(categoryOf({ name, label: '' })).toBeNull());

  it('reads the id when there is no name', () => {
    expect(classifyField(field({ id: 'stu_sfzh', label: '' })).evidence).toContain('id:sfzh');
  });
});

describe('autocomplete and input type', () => {
  it.each<[string, CategoryId]>([
    ['given-name', 'identity.name'],
    ['shipping street-address', 'location.address'],
    ['section-a billing postal-code', 'location.address'],
    ['work tel', 'identity.phone'],
    ['bday', 'identity.birthdate'],
    ['address-level2', 'location.city'],
    ['cc-number', 'financial.account'],
  ])('autocomplete=%s → %s', (autocomplete, want) => expect(categoryOf({ autocomplete, label: '' })).toBe(want));

  it('autocomplete evidence is reported', () => {
    expect(classifyField(field({ autocomplete: 'tel', label: '' })).evidence).toContain('autocomplete:tel');
  });
  it('declared non-personal autocomplete blocks a weak keyword', () => {
    expect(categoryOf({ autocomplete: 'username', label: 'Name' })).toBeNull();
  });
  it('type=email and type=tel', () => {
    expect(categoryOf({ type: 'email', label: '' })).toBe('identity.email');
    expect(categoryOf({ type: 'tel', label: '' })).toBe('identity.phone');
  });
  it('type=date adds to a birth context and means nothing alone', () => {
    expect(classifyField(field({ type: 'date', label: '出生日期' })).evidence).toContain('type:date');
    expect(categoryOf({ type: 'date', label: '请假开始日期' })).toBeNull();
  });
  it('type=password / search never collect personal data', () => {
    expect(categoryOf({ type: 'password', label: '身份证号后六位' })).toBeNull();
    expect(categoryOf({ type: 'search', label: '请输入姓名' })).toBeNull();
  });
});

describe('file inputs', () => {
  it.each<[FieldSpec, CategoryId | null]>([
    [{ label: '请上传人脸照片', accept: 'image/*' }, 'biometric.face'],
    [{ label: '自拍', capture: 'user', accept: 'image/*' }, 'biometric.face'],
    [{ label: '照片', capture: 'user', accept: 'image/*' }, 'biometric.face'],
    [{ label: '身份证正面', accept: 'image/*' }, 'identity.id_number'],
    [{ label: '证件照上传' }, 'identity.id_number'],
    [{ label: '请上传健康码截图', accept: 'image/*' }, 'health.code'],
    [{ label: '行程码', accept: 'image/*' }, 'location.travel'],
    [{ label: '核酸检测阴性证明' }, 'health.diagnosis'],
    [{ label: '导师审批凭证' }, null],
    [{ label: '附件', accept: 'image/*' }, null],
    [{ label: '姓名' }, null],
  ])('%j → %s', (spec, want) => expect(categoryOf({ ...spec, type: 'file' })).toBe(want));
});

describe('hidden inputs', () => {
  it.each<[string, CategoryId | null]>([
    ['geo_api_info', 'location.precise'],
    ['lat', 'location.precise'],
    ['lng', 'location.precise'],
    ['location', 'location.precise'],
    ['address', 'location.precise'],
    ['sfzh', 'identity.id_number'],
    ['token', null],
    ['long', 'location.precise'],
    ['userPhoto', 'biometric.face'],
    ['dwxx', 'location.precise'],
    ['tw', null],
  ])('hidden name=%s → %s', (name, want) =>
    expect(categoryOf({ type: 'hidden', hidden: true, name, label: '' })).toBe(want),
  );
  it('text near a hidden input belongs to its neighbours', () => {
    expect(
      categoryOf({
        type: 'hidden',
        hidden: true,
        name: 'geo_api_info',
        label: '姓名',
        texts: [['preceding-text', '姓名']],
      }),
    ).toBe('location.precise');
    expect(categoryOf({ type: 'hidden', hidden: true, name: 'token', label: '身份证号' })).toBeNull();
  });
});

describe('options of a select / radio group', () => {
  it('yes/no options add nothing', () => {
    expect(classifyField(field({ label: '是否发热', options: ['是', '否'] })).evidence).toEqual(['label:发热']);
  });
  it('symptom options make a vague question symptoms', () => {
    expect(categoryOf({ label: '今日身体状况', options: ['正常', '发热', '咳嗽', '乏力'] })).toBe('health.symptoms');
  });
  it('negative/positive options make it a diagnosis', () => {
    expect(categoryOf({ label: '本人身体状况', options: ['正常', '确诊', '疑似', '居家隔离'] })).toBe(
      'health.diagnosis',
    );
    expect(categoryOf({ label: '结果', options: ['阴性', '阳性'] })).toBe('health.diagnosis');
  });
  it('a province list makes an unlabelled select a city question', () => {
    expect(
      categoryOf({ label: '', tag: 'select', type: 'select-one', options: ['北京市', '上海市', '广东省', '湖北省'] }),
    ).toBe('location.city');
  });
  it('a travel question with province options stays travel', () => {
    expect(categoryOf({ label: '近14天去过以下哪些地区', options: ['北京市', '上海市', '广东省', '湖北省'] })).toBe(
      'location.travel',
    );
  });
  it('health-code colours', () => {
    expect(categoryOf({ label: '请选择', options: ['绿码', '黄码', '红码'] })).toBe('health.code');
  });
});

describe('family context', () => {
  it.each<[string, CategoryId]>([
    ['家人身体状况', 'health.family'],
    ['家人接触传染源', 'health.family'],
    ['家庭成员姓名', 'identity.name'],
    ['家庭成员居住地', 'location.city'],
  ])('%s → %s', (label, want) => expect(categoryOf({ label })).toBe(want));
  it('a question about the person and the household together keeps its own category', () => {
    expect(categoryOf({ label: '本人或同住人员是否被判定为密切接触者' })).toBe('health.contact');
  });
  it('nearby text counts as family context only when it is itself the health question', () => {
    expect(categoryOf({ label: '', texts: [['preceding-text', '家人身体状况']], options: ['正常', '发热'] })).toBe(
      'health.family',
    );
    expect(categoryOf({ label: '是否有发热', texts: [['preceding-text', '家庭成员信息']] })).toBe('health.symptoms');
  });
  it('a family table header moves a health cell to health.family', () => {
    expect(categoryOf({ label: '健康状况', texts: [['table-header', '家庭成员']] })).toBe('health.family');
  });
});

describe('search areas', () => {
  it('a lookup box in a search bar is not a question', () => {
    const result = classifyField(field({ label: '', texts: [['placeholder', '请输入姓名']], inSearchArea: true }));
    expect(result.category).toBeNull();
    expect(result.evidence).toContain('context:search-area');
  });
  it('an explicit identifier label still counts inside a mislabelled search container', () => {
    expect(categoryOf({ label: '身份证号码', inSearchArea: true })).toBe('identity.id_number');
  });
});

describe('pre-filled values', () => {
  it('a valid PRC ID in an unlabelled field is an ID number, and the value is not echoed', () => {
    const value = '11010519491231002X';
    const result = classifyField(field({ label: '', name: 'f1' }), value);
    expect(result.category).toBe('identity.id_number');
    expect(result.evidence).toContain('validator:cn-id');
    expect(JSON.stringify(result)).not.toContain(value);
  });
  it.each<[string, string, CategoryId]>([
    ['A123456(3)', 'validator:hkid', 'identity.id_number'],
    ['A123456789', 'validator:tw-id', 'identity.id_number'],
    ['13800138000', 'validator:cn-mobile', 'identity.phone'],
  ])('%s → %s', (value, evidence, want) => {
    const result = classifyField(field({ label: '' }), value);
    expect(result.category).toBe(want);
    expect(result.evidence).toContain(evidence);
  });
  it('an invalid value adds nothing', () => {
    expect(classifyField(field({ label: '' }), '110105194912310021').category).toBeNull();
  });
});

describe('result shape', () => {
  it('confidence stays within 0..1 and evidence is non-empty for a category', () => {
    const result = classifyField(
      field({ label: '姓名', name: 'xm', autocomplete: 'name', texts: [['placeholder', '请输入真实姓名']] }),
    );
    expect(result.category).toBe('identity.name');
    expect(result.confidence).toBeGreaterThan(0.9);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.evidence.length).toBeGreaterThan(0);
  });
  it('an empty descriptor is null with confidence 0', () => {
    expect(classifyField(field({ label: '' }))).toEqual({ category: null, confidence: 0, evidence: [] });
  });
});

describe('file inputs pick the strongest category a file can be', () => {
  it('a label naming a phone and an ID copy is the ID copy', () => {
    expect(categoryOf({ type: 'file', label: '联系电话及身份证复印件' })).toBe('identity.id_number');
  });
  it('says why a file asking only for a name is null', () => {
    expect(classifyField(field({ type: 'file', label: '姓名' })).evidence).toContain('type:file');
  });
});

describe('evidence quotes the page', () => {
  it('in the script the page uses', () => {
    expect(classifyField(labelled('疫苗接種')).evidence).toContain('label:疫苗接種');
    expect(classifyField(labelled('疫苗接种')).evidence).toContain('label:疫苗接种');
  });
  it('whole English words for prefix terms', () => {
    expect(classifyField(labelled('Are you vaccinated?')).evidence).toContain('label:vaccinated');
  });
});
