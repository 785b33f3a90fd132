// Field names (name / id attributes) used by Chinese OA, campus and government systems: pinyin
// initials ("sfzh" = 身份证号) and full pinyin ("xingming"). Names are split into tokens first
// (camelCase, snake_case, digits: "jjlxr_dh2" → jjlxr, dh), so PINYIN_TOKENS match whole tokens
// only — two-letter initials are far too ambiguous to find inside other words.
// Weights are the meaning of the token alone; the classifier multiplies by the trust of a field
// name (lower than a visible label), so a weight below ~0.6 never decides on its own.
import type { NameTokenLexicon } from './types';

export const PINYIN_TOKENS: NameTokenLexicon = {
  'identity.name': [
    ['xm', 0.7], // 姓名 — but also 项目 in project systems: a label saying 项目名称 blocks it
    ['xingming', 0.95],
    ['xsxm', 0.9], // 学生姓名
    ['ygxm', 0.9], // 员工姓名
    ['zsxm', 0.9], // 真实姓名
    ['jzxm', 0.85], // 家长姓名
    ['lxr', 0.6], // 联系人
    ['jjlxr', 0.6], // 紧急联系人
    ['lxrxm', 0.9],
    ['jjlxrxm', 0.9],
    ['mingzi', 0.85],
    ['xingmin', 0.8],
    // Teaching-database column style: s = student, t = teacher, e = employee (sno, sname, sage…).
    ['sname', 0.8],
    ['tname', 0.7],
    ['stuname', 0.9],
    ['studentname', 0.9],
    ['empname', 0.9],
  ],
  'identity.id_number': [
    ['sfzh', 0.95],
    ['sfzhm', 0.95],
    ['sfz', 0.85],
    ['sfzjh', 0.95],
    ['sfzhao', 0.95],
    ['zjhm', 0.9], // 证件号码
    ['zjh', 0.8],
    ['hzhm', 0.85], // 护照号码
    ['shenfenzheng', 0.95],
    ['shenfenzhenghao', 0.95],
    ['zhengjianhao', 0.9],
    ['zhengjianhaoma', 0.9],
    ['zhengjian', 0.6],
    ['huzhao', 0.85],
    ['idcard', 0.95],
    ['idnumber', 0.9],
    ['idno', 0.8],
  ],
  'identity.phone': [
    ['sjh', 0.9],
    ['sjhm', 0.9],
    ['lxdh', 0.9],
    ['dh', 0.6], // 电话 (also 单号 in orders)
    ['lxfs', 0.75], // 联系方式
    ['yddh', 0.9], // 移动电话
    ['gddh', 0.8], // 固定电话
    ['jjlxrdh', 0.9],
    ['lxrdh', 0.9],
    ['shouji', 0.9],
    ['shoujihao', 0.95],
    ['shoujihaoma', 0.95],
    ['dianhua', 0.9],
    ['lianxidianhua', 0.95],
    ['lianxifangshi', 0.8],
    ['contact', 0.5], // name="contact" is 联系方式 (a number) in Chinese systems; "contact person" is a name
    ['stel', 0.6],
  ],
  'identity.email': [
    ['yx', 0.5], // 邮箱 — but 院系 on campus systems: never decides alone
    ['yxdz', 0.8], // 邮箱地址
    ['dzyx', 0.9], // 电子邮箱
    ['youxiang', 0.9],
    ['dianziyouxiang', 0.95],
    ['youjian', 0.7],
  ],
  'identity.employee_id': [
    ['gh', 0.65], // 工号
    ['xh', 0.55], // 学号 — but also 序号 / 型号
    ['xsxh', 0.85],
    ['yggh', 0.85],
    ['zgh', 0.75], // 职工号
    ['gonghao', 0.95],
    ['xuehao', 0.95],
    ['sno', 0.6], // student number in many campus systems
    ['stuno', 0.85],
    ['stuid', 0.85],
    ['empno', 0.85],
    ['empid', 0.85],
    ['jobnumber', 0.8],
    ['workno', 0.8],
  ],
  'identity.birthdate': [
    ['csrq', 0.9], // 出生日期
    ['csny', 0.9], // 出生年月
    ['nl', 0.6], // 年龄
    ['chusheng', 0.85],
    ['chushengriqi', 0.95],
    ['chushengnianyue', 0.95],
    ['shengri', 0.9],
    ['nianling', 0.9],
    ['birthday', 0.95],
    ['birth', 0.6], // birthPlace is a city: the phrase "birth place" must outweigh the token
    ['dob', 0.85],
    ['age', 0.6],
    ['sage', 0.6], // student age (sno, sname, ssex, sage)
  ],
  'location.address': [
    ['jtzz', 0.9], // 家庭住址
    ['jtdz', 0.9], // 家庭地址
    ['hjdz', 0.9], // 户籍地址
    ['xjzd', 0.7], // 现居住地
    ['xzz', 0.8], // 现住址
    ['xxdz', 0.85], // 详细地址
    ['jzdz', 0.85], // 居住地址
    ['txdz', 0.85], // 通讯地址
    ['dz', 0.55], // 地址
    ['zhuzhi', 0.9],
    ['dizhi', 0.85],
    ['jiatingdizhi', 0.95],
    ['hujidizhi', 0.95],
    ['xianzhuzhi', 0.9],
    ['yb', 0.5], // 邮编
    ['yzbm', 0.85], // 邮政编码
    ['youbian', 0.85],
    ['address', 0.85],
    ['addr', 0.8],
    ['postcode', 0.85],
    ['zipcode', 0.85],
  ],
  'location.city': [
    ['dqszd', 0.85], // 当前所在地
    ['szd', 0.75], // 所在地
    ['szcs', 0.85], // 所在城市
    ['szdq', 0.8], // 所在地区
    ['szs', 0.55], // 所在省/市
    ['jg', 0.55], // 籍贯 — also 结果 / 价格
    ['jiguan', 0.9],
    ['sflx', 0.6], // 是否离校
    ['sfzx', 0.45], // 是否在校 / 是否住校
    ['juzhudi', 0.75],
    ['suozaidi', 0.8],
    ['chengshi', 0.8],
    ['shengfen', 0.75],
    ['city', 0.8],
    ['province', 0.8],
    ['nativeplace', 0.85], // 籍贯
    ['hometown', 0.8],
  ],
  'location.precise': [
    ['lat', 0.9],
    ['lng', 0.9],
    ['lon', 0.7],
    ['latitude', 0.95],
    ['longitude', 0.95],
    ['jd', 0.5], // 经度 (also 进度 / 阶段)
    ['wd', 0.45], // 纬度 (also 温度)
    ['jwd', 0.9], // 经纬度
    ['geo', 0.85], // geo_api_info (WeChat / DingTalk location blobs)
    ['geolocation', 0.95],
    ['gps', 0.95],
    ['coords', 0.9],
    ['coordinate', 0.9],
    ['dkdz', 0.85], // 打卡地址
    ['dkdd', 0.85], // 打卡地点
    ['dingwei', 0.9],
    ['weizhi', 0.6],
    ['jingdu', 0.8],
    ['weidu', 0.75],
    ['location', 0.5], // visible "location" is often a city; hidden ones are GPS (classify/index.ts)
    ['position', 0.3],
  ],
  'location.travel': [
    ['xcm', 0.9], // 行程码
    ['xck', 0.9], // 行程卡
    ['xc', 0.45], // 行程
    ['ljs', 0.75], // 旅居史
    ['lxs', 0.6], // 旅行史
    ['hbh', 0.7], // 航班号
    ['xingcheng', 0.85],
    ['travel', 0.8],
    ['itinerary', 0.85],
    ['travelcard', 0.9],
    ['trip', 0.5],
    ['lvjushi', 0.9],
    ['lujushi', 0.9],
  ],
  'health.temperature': [
    ['tw', 0.75], // 体温
    ['jrtw', 0.9], // 今日体温
    ['twqk', 0.9], // 体温情况
    ['zwtw', 0.9], // 中午体温
    ['swtw', 0.9], // 上午体温
    ['xwtw', 0.9], // 下午体温
    ['tiwen', 0.95],
    ['temperature', 0.85],
    ['temp', 0.4], // also "temporary"
    ['bodytemp', 0.9],
  ],
  'health.symptoms': [
    ['zz', 0.5], // 症状 (also 住址 / 组长)
    ['yczk', 0.5], // 异常状况
    ['sffr', 0.85], // 是否发热
    ['fr', 0.45], // 发热
    ['zhengzhuang', 0.9],
    ['fare', 0.5], // 发热 (also an English ticket fare)
    ['fashao', 0.8],
    ['kesou', 0.8],
    ['jkzk', 0.5], // 健康状况
    ['jiankang', 0.4],
    ['symptom', 0.9],
    ['symptoms', 0.9],
    ['fever', 0.85],
    ['cough', 0.8],
  ],
  'health.diagnosis': [
    ['hsjcjg', 0.95], // 核酸检测结果
    ['hsjc', 0.9], // 核酸检测
    ['hesuan', 0.9],
    ['sfqz', 0.8], // 是否确诊
    ['sfys', 0.75], // 是否疑似
    ['sfgl', 0.7], // 是否隔离
    ['glqk', 0.7], // 隔离情况
    ['geli', 0.75],
    ['quezhen', 0.8],
    ['yisi', 0.6],
    ['nucleic', 0.9],
    ['quarantine', 0.85],
    ['diagnose', 0.8],
    ['diagnosis', 0.85],
  ],
  'health.vaccination': [
    ['ymjz', 0.9], // 疫苗接种
    ['jzqk', 0.7], // 接种情况
    ['jzym', 0.9],
    ['ymjzqk', 0.9],
    ['yimiao', 0.9],
    ['jiezhong', 0.85],
    ['vaccine', 0.9],
    ['vaccination', 0.9],
    ['vaccinated', 0.9],
    ['dose', 0.6],
  ],
  'health.medical_history': [
    ['jws', 0.7], // 既往史
    ['jwbs', 0.85], // 既往病史
    ['mxb', 0.75], // 慢性病
    ['jibing', 0.7],
    ['xuexing', 0.7], // 血型
    ['shili', 0.5], // 视力 (also 示例)
    ['tingli', 0.5], // 听力
    ['guomin', 0.7], // 过敏
    ['guominshi', 0.85],
    ['bingshi', 0.85],
    ['jiwangshi', 0.9],
    ['allergy', 0.75],
    ['allergies', 0.75],
  ],
  'health.contact': [
    ['jcs', 0.8], // 接触史
    ['jcqk', 0.55], // 接触情况
    ['mjjc', 0.85], // 密接接触
    ['jiechu', 0.75],
    ['jiechushi', 0.9],
    ['miqie', 0.75],
  ],
  'health.family': [
    ['jtcyjk', 0.85], // 家庭成员健康
    ['tzry', 0.6], // 同住人员
  ],
  'health.code': [
    ['jkm', 0.9], // 健康码
    ['jkmys', 0.9], // 健康码颜色
    ['jiankangma', 0.95],
    ['healthcode', 0.95],
  ],
  'biometric.face': [
    ['rlzp', 0.9], // 人脸照片
    ['renlian', 0.95],
    ['face', 0.8],
    ['selfie', 0.95],
    ['faceimg', 0.9],
    ['facephoto', 0.95],
    ['faceimage', 0.9],
  ],
  'financial.account': [
    ['yhkh', 0.95], // 银行卡号
    ['yhzh', 0.9], // 银行账号
    ['yhk', 0.85], // 银行卡
    ['kh', 0.45], // 卡号 (also 考号 / 客户)
    ['kahao', 0.5],
    ['zfb', 0.6], // 支付宝
    ['yinhangka', 0.95],
    ['bankcard', 0.95],
    ['bankno', 0.9],
    ['banknumber', 0.9],
    ['bankaccount', 0.95],
    ['iban', 0.95],
    ['alipay', 0.8],
  ],
};

/**
 * Long, unambiguous stems that may appear inside a longer identifier without separators
 * ("residentialaddress", "healthcodegreencode", "hujidizhi", "jtcy_xingming1").
 * Only stems of five letters or more, which no common English or pinyin word contains by chance.
 */
export const NAME_STEMS: NameTokenLexicon = {
  'identity.name': [
    ['xingming', 0.9],
    ['fullname', 0.9],
    ['firstname', 0.9],
    ['lastname', 0.9],
    ['truename', 0.9],
    ['realname', 0.9],
  ],
  'identity.id_number': [
    ['shenfenzheng', 0.95],
    ['idcard', 0.9],
    ['idnumber', 0.9],
    ['passport', 0.85],
    ['zhengjianhao', 0.9],
    ['huzhao', 0.8],
  ],
  'identity.phone': [
    ['shouji', 0.85],
    ['dianhua', 0.85],
    ['phone', 0.85],
    ['mobile', 0.8],
    ['telephone', 0.9],
  ],
  'identity.email': [
    ['email', 0.9],
    ['youxiang', 0.85],
  ],
  'identity.employee_id': [
    ['xuehao', 0.9],
    ['gonghao', 0.9],
    ['employeeid', 0.9],
    ['studentid', 0.9],
    ['staffid', 0.9],
  ],
  'identity.birthdate': [
    ['birthday', 0.95],
    ['birthdate', 0.95],
    ['birth', 0.8],
    ['chusheng', 0.85],
    ['shengri', 0.85],
    ['nianling', 0.85],
  ],
  'location.address': [
    ['address', 0.8],
    ['dizhi', 0.8],
    ['zhuzhi', 0.85],
    ['postcode', 0.85],
    ['zipcode', 0.85],
  ],
  'location.city': [
    ['birthplace', 0.8],
    ['jiguan', 0.85],
    ['juzhudi', 0.7],
    ['chengshi', 0.75],
    ['province', 0.75],
    ['nativeplace', 0.85],
    ['suozaidi', 0.75],
  ],
  'location.precise': [
    ['latitude', 0.95],
    ['longitude', 0.95],
    ['geolocation', 0.95],
    ['dingwei', 0.85],
  ],
  'location.travel': [
    ['travelcard', 0.9],
    ['xingcheng', 0.8],
    ['itinerary', 0.85],
    ['travelhistory', 0.9],
    ['lvjushi', 0.9],
  ],
  'health.temperature': [
    ['tiwen', 0.9],
    ['temperature', 0.8],
  ],
  'health.symptoms': [
    ['zhengzhuang', 0.9],
    ['symptom', 0.85],
    ['cough', 0.75],
    ['fashao', 0.8],
    ['kesou', 0.8],
  ],
  'health.diagnosis': [
    ['hesuan', 0.85],
    ['nucleic', 0.9],
    ['quarantine', 0.85],
    ['diagnos', 0.8],
    ['quezhen', 0.8],
  ],
  'health.vaccination': [
    ['vaccin', 0.9],
    ['yimiao', 0.9],
    ['jiezhong', 0.8],
  ],
  'health.medical_history': [
    ['jibing', 0.65],
    ['bingshi', 0.8],
    ['allerg', 0.7],
    ['xuexing', 0.65],
    ['guomin', 0.65],
  ],
  'health.contact': [
    ['jiechu', 0.7],
    ['closecontact', 0.9],
    ['miqie', 0.7],
  ],
  'health.code': [
    ['healthcode', 0.95],
    ['jiankangma', 0.95],
  ],
  // "face" inside a name (faceData, userFaceImg); interface / surface are name negatives.
  'biometric.face': [
    ['renlian', 0.9],
    ['selfie', 0.9],
    ['facephoto', 0.95],
    ['faceimg', 0.85],
    ['face', 0.75],
  ],
  'financial.account': [
    ['bankcard', 0.95],
    ['yinhangka', 0.95],
    ['bankaccount', 0.95],
    ['banknumber', 0.9],
    ['alipay', 0.8],
  ],
};

/**
 * Identifiers that name a category only when they are the whole field name: name="name" is a
 * person's name, but "postName", "fileName" are not.
 */
export const WHOLE_NAME_TOKENS: NameTokenLexicon = {
  'identity.name': [
    ['name', 0.8],
    ['truename', 0.9],
    ['realname', 0.9],
    ['username', 0.1],
  ],
};

/**
 * Stems of hidden-input names that carry a photo a script took (camera capture copied into a
 * hidden field before submit). Only read for type=hidden: a visible "photo" box is not a face.
 */
export const HIDDEN_NAME_STEMS: NameTokenLexicon = {
  'biometric.face': [
    ['picdata', 0.6],
    ['photodata', 0.6],
    ['imgdata', 0.55],
    ['imagedata', 0.55],
    ['photobase64', 0.6],
    ['imgbase64', 0.55],
    ['picbase64', 0.6],
    ['zhaopian', 0.55],
    ['snapshot', 0.55],
  ],
};

/**
 * Whole tokens that name a collector only in a hidden input's name (a script filled it): "long"
 * or "photo" in a visible field's name mean nothing of the sort.
 */
export const HIDDEN_NAME_TOKENS: NameTokenLexicon = {
  'location.precise': [
    ['long', 0.7],
    ['loc', 0.7],
    ['dwxx', 0.8],
    ['dkwz', 0.85],
    ['position', 0.6],
  ],
  'biometric.face': [
    ['zp', 0.55],
    ['photo', 0.55],
    ['selfie', 0.95],
  ],
};
