// Contexts in which a personal-data keyword does NOT ask for personal data. These must win:
// the taxonomy lists server-room temperature, project / meeting-room / company names, company
// or server address, ratings, passwords, captchas, search boxes, remarks, cost centres and
// invoice numbers as not personal. A rule blocks its categories for keyword hits in the same
// text and for hits in less trusted texts (field names, options) — see classify/scoring.ts.
// Where a negative phrase contains the positive word (服务器地址 ⊃ 地址), the longer match also
// hides the shorter one outright.
import type { NegativeRule } from './types';

const LOCATION = ['location.address', 'location.city', 'location.precise'] as const;

export const NEGATIVE: readonly NegativeRule[] = [
  {
    why: 'temperature of rooms, equipment or goods, not of a body (体温 vs 室温)',
    blocks: ['health.temperature'],
    weight: 1,
    terms: [
      '室温', '室内温度', '环境温度', '冷库', '冷藏', '冷冻', '冷链', '水温', '油温', '设备温度',
      '仓库', '温湿度', '湿度', '空调', '冰箱', '储存温度', '存储温度', '运输温度', '库温', '炉温',
      'room temperature', 'ambient', 'storage temperature', 'fridge',
      'freezer', 'water temperature', 'oven', 'humidity', 'warehouse', 'equipment',
    ],
  },
  {
    why: 'server rooms and racks: their temperature, location and contacts are facility data',
    blocks: 'all',
    weight: 1,
    terms: ['机房', '机柜', '数据中心', 'idc', 'server room', 'data center', 'data centre', 'rack'],
  },
  {
    why: 'names of things, not of people (项目名称, meeting-room name)',
    blocks: 'all',
    weight: 1,
    terms: [
      '项目名称', '项目编号', '公司名称', '单位名称', '企业名称', '机构名称', '组织名称', '会议室', '会议名称',
      '活动名称', '课程名称', '产品名称', '商品名称', '文件名', '文件名称', '店铺名称', '学校名称', '部门名称',
      '用户名', '昵称', '账户名称', '品牌', '型号', '客户名称', '供应商',
      'company name', 'business name', 'project name', 'project', 'event name', 'room name',
      'meeting room', 'product name', 'file name', 'filename', 'username', 'user name', 'nickname',
      'screen name', 'team name', 'organization name', 'organisation name', 'school name',
      'course name', 'store name', 'brand name', 'domain name', 'hostname',
      'server name', 'bank name', 'author', 'supplier',
      'name of company', 'name of the company', 'name of your company', 'name of organisation',
      'name of organization', 'name of the event', 'name of event', 'name of school', 'name of project',
      'name of the project', 'name of business', 'name of your business', 'name of team', 'department name', 'dept name', 'post name', 'item name',
    ],
  },
  {
    why: 'the relationship to a contact is not the contact (与紧急联系人关系); below 姓名 so 联系人姓名及关系 stays a name',
    blocks: ['identity.name'],
    weight: 0.9,
    terms: ['关系', '与本人关系', 'relationship', 'relation to'],
  },
  {
    why: 'a bare "project" (项目 is also 体检项目, so below the strong terms): name="xm" under 项目 is not 姓名',
    blocks: 'all',
    weight: 0.9,
    terms: ['项目'],
  },
  {
    why: 'a bare organisation word; below 1 so "Company email" (0.95) still names an e-mail',
    blocks: 'all',
    weight: 0.85,
    // Not bare 公司: "公司不会将地址用于其他用途" is a purpose note under a home-address box.
    terms: ['company', 'employer', 'organization', 'organisation', '单位名称', '工作单位', '学习单位', '就读学校', '毕业学校', '毕业院校', '所在单位'],
  },
  {
    why: 'addresses and places of organisations, servers and events, not where a person lives',
    blocks: [...LOCATION, 'identity.phone', 'identity.email'],
    weight: 1,
    terms: [
      '公司地址', '单位地址', '企业地址', '办公地址', '注册地址', '经营地址', '公司所在地', '单位所在地',
      '企业所在地', '项目所在地', '项目地址', '学校地址', '楼宇', '楼宇地址', '园区地址', '门店地址', '客户地址', '工地地址', '现场地址', '会议地点', '会议地址', '活动地点', '活动地址',
      '公司电话', '单位电话', '企业电话', '客服电话', '服务热线', '热线', '传真', 
      'company address', 'office address', 'business address', 'work address', 'venue address',
      'event address', 'event location', 'meeting location', 'venue', 'office location',
      'work location', 'company phone', 'hotline', 'fax', 'site address', 'store address', 'branch address',
    ],
  },
  {
    why: 'network and web addresses',
    blocks: 'all',
    weight: 1,
    terms: [
      '服务器', 'ip地址', 'ip', 'mac地址', '网址', '网站', '网页', '域名', '网关', '端口',
      'server address', 'server', 'ip address', 'mac address', 'url', 'website', 'web address',
      'web site', 'domain', 'wallet address',
    ],
  },
  {
    why: 'ratings, scores and satisfaction questions',
    blocks: 'all',
    weight: 0.9,
    terms: ['评分', '打分', '满意度', '满意', '评价', '星级', '推荐度', 'rating', 'rate', 'score', 'satisfaction', 'satisfied', 'how likely', 'stars'],
  },
  {
    why: 'secrets and one-time codes',
    blocks: 'all',
    weight: 1,
    terms: ['密码', '口令', '验证码', '校验码', '动态码', '短信码', 'password', 'passcode', 'captcha', 'verification code', 'security code', 'one-time', 'otp', 'pin code'],
  },
  {
    why: 'search and filter boxes',
    blocks: 'all',
    weight: 1,
    terms: ['搜索', '查询', '检索', '关键字', '关键词', '筛选', 'search', 'keyword', 'keywords', 'filter', 'query'],
  },
  {
    why: 'free-text remarks. Weak (0.7): a question often points to the remarks box ("是否发热？（如有，请在备注中说明）") and must keep its own category; a bare 备注 has nothing to block anyway',
    blocks: 'all',
    weight: 0.7,
    terms: ['备注', '邮件主题', '邮件内容', '其他说明', '补充说明', '意见', '建议', '留言', '反馈', 'remark', 'remarks', 'comment', 'comments', 'notes', 'additional information', 'feedback', 'anything else'],
  },
  {
    why: 'accounting and purchasing references',
    blocks: 'all',
    weight: 1,
    terms: [
      '成本中心', '发票号', '发票', '税号', '纳税人识别号', '统一社会信用代码', '统一编号', '订单号', '单号', '金额',
      '数量', '单价', '价格', '预算', '报销',
      'cost center', 'cost centre', 'invoice', 'purchase order', 'po number', 'order number', 'reference number',
      'amount', 'quantity', 'price', 'budget', 'vat number', 'coupon', 'promo code',
    ],
  },
  {
    why: 'organisation structure and job, not identity (部门, 职位); below 姓名 (0.95) so 部门负责人姓名 is still a name',
    blocks: 'all',
    weight: 0.9,
    terms: ['部门', '职位', '职务', '岗位', '职称', '科室', '应聘', 'department', 'dept', 'job title', 'position', 'role', 'occupation'],
  },
  {
    why: 'consent and declaration boxes are not data questions (the notice module reads them)',
    blocks: 'all',
    weight: 1,
    terms: ['terms and conditions', '单独同意', '同意处理', '同意收集', '同意公司', '我授权', '本人授权', 'i authorise', 'i authorize', 'i give consent', 'consent to', '我已阅读', '已阅读并同意', '我同意', '本人承诺', '承诺', '本人声明', '以上所填', '均属实', '属实', 'i agree', 'i have read', 'i consent', 'i accept', 'i confirm', 'i certify', 'i declare', 'i understand'],
  },
  {
    why: 'a privacy notice or collection statement names data without asking for it (a notice paragraph taken as a label)',
    blocks: 'all',
    weight: 0.95,
    terms: [
      '告知：', '告知:', '严格保密', '隐私政策', '隐私声明', '个人信息保护', '个人信息收集', '個人資料蒐集', '收集的数据',
      'privacy policy', 'privacy notice', 'data protection notice', 'we collect', 'will be kept confidential',
    ],
  },
  {
    why: 'access cards and licence plates are not bank cards',
    blocks: ['financial.account'],
    weight: 1,
    terms: [
      '门禁卡', '车牌', '会员卡', '加油卡', '饭卡', '餐卡', '食堂', '停车', '开户行', '开户银行', '开户网点',
      'membership', 'member number', 'library card', 'loyalty', 'gift card',
    ],
  },
  {
    why: 'vehicles are not people (车牌号, licence plate)',
    blocks: 'all',
    weight: 0.9,
    terms: ['车牌号', '车牌号码', '车辆', 'license plate', 'licence plate', 'vehicle', 'number plate'],
  },
  {
    why: 'asking which kind of document, not its number (证件类型: 身份证 / 护照 are options)',
    blocks: ['identity.id_number'],
    weight: 1,
    terms: ['证件类型', '证件种类', 'id type', 'document type', 'type of id', 'type of document'],
  },
  {
    why: 'IT faults and tickets (故障现象 is not a symptom, CPU 温度 not a body temperature)',
    blocks: 'all',
    weight: 1,
    terms: [
      '故障', '告警', '报修', '工单', '宕机', '设备', '机器', 'cpu', 'gpu', '硬盘', '主板', '芯片',
      'incident', 'ticket', 'outage', 'device', 'virus', 'malware',
    ],
  },
  {
    why: '"please state your reason" is not a state of residence',
    blocks: ['location.city'],
    weight: 1,
    terms: ['please state', 'state of', 'state the', 'state your', 'state why', 'state reason'],
  },
  {
    why: 'where a thing is kept or installed, not where a person is',
    blocks: ['location.precise', 'location.city'],
    weight: 1,
    terms: ['存放位置', '摆放位置', '安装位置', '存放地点', '座位', '车位', 'seat', 'parking'],
  },
  {
    why: 'product / water quality tests are not medical tests',
    blocks: 'all',
    weight: 0.9,
    terms: ['质量', '质检', '水质', '产品检测', 'quality'],
  },
  {
    why: 'an English "face" that is not a face image',
    blocks: ['biometric.face'],
    weight: 1,
    terms: ['face-to-face', 'face to face', 'interface', 'face mask', 'face covering', 'surface'],
  },
  {
    why: 'counts, dates and times of the form or visit itself (visitors, upload time, measurement date), not of a person',
    blocks: 'all',
    weight: 1,
    terms: [
      '访客人数', '来访人数', '随行人数', '参会人数', '人数', '上传时间', '上传日期', '测量时间', '测量日期', '填报时间', '填报日期',
      '填表时间', '填表日期', '提交时间', '提交日期', '登记时间', '登记日期',
      'number of visitors', 'visitor count', 'number of guests', 'number of people', 'headcount', 'upload time', 'upload date',
      'measurement date', 'measurement time', 'date of measurement', 'time of measurement', 'submission date', 'submission time',
      'date submitted', 'time submitted', 'report date', 'date of report',
    ],
  },
  {
    why: 'security questions ("name of your first school") recover an account; they are not the person\'s data in the taxonomy',
    blocks: 'all',
    weight: 1,
    terms: ['security question', 'secret question', 'hint question', 'first school', 'favourite', 'favorite'],
  },
];

/**
 * Identifier stems that mean "not personal" inside a field name ("companyAddress", "ipAddr",
 * "xmmc"). Matched as substrings of the joined name tokens; they block every category drawn
 * from that name alone (a visible label still decides on its own).
 */
export const NAME_NEGATIVE_STEMS: readonly string[] = [
  'company', 'gongsi', 'danwei', 'server', 'ipaddr', 'macaddr', 'hostname', 'password', 'passwd',
  'captcha', 'verifycode', 'vcode', 'yzm', 'search', 'keyword', 'remark', 'beizhu', 'comment',
  'rating', 'score', 'project', 'xiangmu', 'xmmc', 'invoice', 'fapiao', 'dept', 'bumen', 'costcenter',
  'username', 'nickname', 'filename', 'url', 'website', 'zhiwu', 'zhiwei', 'gangwei', 'cpu', 'gpu',
  'customer', 'kehu', 'supplier', 'author', 'guzhang', 'ticket', 'interface', 'surface', 'typeface',
];
