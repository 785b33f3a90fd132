// Everyday questions from Chinese and English workplace / campus forms (written for these tests),
// one label each, with the category a reviewer would give. A broad net for regressions in the
// vocabulary: each line is one question as a person reads it.
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../src/core/classify';
import { labelled } from './field';

const CASES: [label: string, want: string][] = [
 ['学生姓名','identity.name'],['家长姓名','identity.name'],['联系人姓名','identity.name'],['您的称呼','identity.name'],['申请人姓名','identity.name'],['填报人','identity.name'],
 ['证件号码（身份证/护照）','identity.id_number'],['身份证后四位','identity.id_number'],['公民身份号码','identity.id_number'],['港澳通行证号码','identity.id_number'],
 ['手机','identity.phone'],['联系手机','identity.phone'],['家长联系电话','identity.phone'],['紧急联系人手机号','identity.phone'],['办公电话','identity.phone'],
 ['电子邮箱（用于接收通知）','identity.email'],['QQ邮箱','identity.email'],['Email','identity.email'],
 ['学工号','identity.employee_id'],['职工号','identity.employee_id'],['员工编号','identity.employee_id'],['学号/工号','identity.employee_id'],['考生号','identity.employee_id'],
 ['出生年月（如199001）','identity.birthdate'],['年龄（周岁）','identity.birthdate'],['生日','identity.birthdate'],
 ['家庭详细地址','location.address'],['现居住地址（精确到门牌号）','location.address'],['户籍所在地详细地址','location.address'],['隔离地点','location.address'],['居住小区','location.address'],['收货地址','location.address'],
 ['所在省份','location.city'],['当前所在城市','location.city'],['目前所在地（省市区）','location.city'],['现居住城市','location.city'],['您现在在哪个城市','location.city'],['假期所在地','location.city'],['生源地','location.city'],
 ['获取当前位置','location.precise'],['定位','location.precise'],['签到位置','location.precise'],['当前定位地址','location.precise'],
 ['14天内是否有中高风险地区旅居史','location.travel'],['近期是否离开过本市','location.travel'],['返程交通工具及车次','location.travel'],['行程卡是否带*','location.travel'],['假期去向','location.travel'],['是否途经湖北','location.travel'],['是否有境外旅居史','location.travel'],
 ['上午体温','health.temperature'],['晨检体温（℃）','health.temperature'],['测量体温','health.temperature'],['体温是否正常','health.temperature'],
 ['目前身体状况','health.symptoms'],['是否有咳嗽、乏力、发热等症状','health.symptoms'],['身体是否有不适','health.symptoms'],['今日是否发烧','health.symptoms'],
 ['核酸检测时间','health.diagnosis'],['是否为新冠肺炎确诊或疑似病例','health.diagnosis'],['是否处于隔离期','health.diagnosis'],['抗原检测结果','health.diagnosis'],['是否居家隔离','health.diagnosis'],
 ['新冠疫苗接种情况','health.vaccination'],['接种剂次','health.vaccination'],['是否已接种加强针','health.vaccination'],
 ['有无传染病史','health.medical_history'],['是否有基础疾病','health.medical_history'],['过敏史','health.medical_history'],['是否怀孕','health.medical_history'],['残疾类别','health.medical_history'],
 ['是否与确诊病例密切接触','health.contact'],['是否接触过来自中高风险地区人员','health.contact'],
 ['共同居住人员是否有发热','health.family'],['家庭成员健康状况','health.family'],['家属是否有异常','health.family'],
 ['健康码','health.code'],['粤康码截图','health.code'],['健康码颜色','health.code'],
 ['上传本人近照','biometric.face'],['人脸采集','biometric.face'],['刷脸认证','biometric.face'],
 ['银行卡号（工资卡）','financial.account'],['开户行及账号','financial.account'],['支付宝账号','financial.account'],
 // negatives / null
 ['所在部门','null'],['学院','null'],['班级','null'],['专业','null'],['请假事由','null'],['备注说明','null'],['其他','null'],['申请日期','null'],['填报日期','null'],['审批意见','null'],
 ['项目负责人','null'],['报销金额','null'],['会议主题','null'],['会议室名称','null'],['设备编号','null'],['资产编号','null'],['机房温度','null'],['车辆信息','null'],
 ['满意度','null'],['您对食堂的评价','null'],['服务器IP','null'],['网站地址','null'],['公司名称','null'],['单位地址','null'],['工作地点','null'],
 ['性别','null'],['民族','null'],['政治面貌','null'],['婚姻状况','null'],['学历','null'],
 // English
 ['Surname','identity.name'],['Preferred name','identity.name'],['Next of kin','identity.name'],['Employee number','identity.employee_id'],['Staff ID','identity.employee_id'],
 ['Mobile','identity.phone'],['Telephone number','identity.phone'],['Work email','identity.email'],['DOB','identity.birthdate'],['Age','identity.birthdate'],
 ['Street address','location.address'],['Address line 1','location.address'],['Post code','location.address'],['Town/City','location.city'],['Country','location.city'],['State','location.city'],
 ['Share my location','location.precise'],['Have you travelled abroad in the last 14 days?','location.travel'],['Flight number','location.travel'],
 ['Temperature','health.temperature'],['Do you have a fever, cough or shortness of breath?','health.symptoms'],['Have you tested positive for COVID-19?','health.diagnosis'],
 ['Vaccination status','health.vaccination'],['Do you have any allergies?','health.medical_history'],['Have you been in contact with anyone who tested positive?','health.contact'],
 ['Upload a photo of your face','biometric.face'],['Sort code','financial.account'],['IBAN','financial.account'],
 ['Department','null'],['Job title','null'],['Start date','null'],['Comments','null'],['How satisfied are you?','null'],['Company','null'],['Project code','null'],['Reason for visit','null'],['Meeting room','null'],['T-shirt size','null'],['Gender','null'],['Nationality','null'],
 ['患者姓名','identity.name'],['主诉','health.symptoms'],['现病史','health.medical_history'],['诊断结果','health.diagnosis'],['科室','null'],['床位号','null'],
 ['寄件人','identity.name'],['寄件地址','location.address'],['收件人电话','identity.phone'],['快递单号','null'],['物品名称','null'],
 ['Patient name','identity.name'],['Apt / Unit','location.address'],['Zip','location.address'],['Ticket number','null'],['Order ID','null'],['Invoice date','null'],
['What is your full name?','identity.name'],['Your email','identity.email'],['Best number to reach you','identity.phone'],['Which office are you based in?','null'],
 ['Have you had any of the following symptoms in the past 48 hours?','health.symptoms'],['Have you returned from international travel in the last 14 days?','location.travel'],
 ['Are you currently required to self-isolate?','health.diagnosis'],['Have you received a positive COVID-19 test result in the last 10 days?','health.diagnosis'],
 ['Has anyone you live with tested positive?','health.family'],['Have you had close contact with someone who has COVID-19?','health.contact'],
 ['Today\'s temperature reading','health.temperature'],['Please upload a selfie for identity verification','biometric.face'],['Date of visit','null'],['Purpose of visit','null'],
 ['Who are you here to see?','identity.name'],['Vehicle registration','null'],['Emergency contact name','identity.name'],['Emergency contact phone','identity.phone'],['Relationship to you','null'],
 ['National Insurance number','identity.id_number'],['Bank sort code','financial.account'],['Account holder name','identity.name'],['Home postcode','location.address'],
 ['Any medical conditions we should be aware of?','health.medical_history'],['Dietary requirements','null'],['T-shirt size','null'],['Preferred pronouns','null'],
 ['How did you hear about us?','null'],['Rate your overall experience','null'],['Any other comments?','null'],['Upload your CV','null'],['LinkedIn profile URL','null'],
 ['Country of residence','location.city'],['Nearest city','location.city'],['Are you fully vaccinated against COVID-19?','health.vaccination'],['Date of last dose','health.vaccination'],
 ['Do you have a disability?','health.medical_history'],['Employee ID / badge number','identity.employee_id'],['Manager\'s email','identity.email'],['Cost centre','null'],['Project code','null'],
['中文姓名','identity.name'],['英文姓名（同護照）','identity.name'],['身分證統一編號','identity.id_number'],['居留證號碼','identity.id_number'],['出生日期（民國）','identity.birthdate'],
 ['行動電話','identity.phone'],['市內電話','identity.phone'],['電子郵件','identity.email'],['戶籍地址','location.address'],['通訊地址','location.address'],['郵遞區號','location.address'],
 ['居住縣市','location.city'],['員工編號','identity.employee_id'],['緊急聯絡人','identity.name'],['緊急聯絡人電話','identity.phone'],['與緊急聯絡人關係','null'],
 ['薪資帳戶（銀行代碼＋帳號）','financial.account'],['今日體溫','health.temperature'],['是否有發燒、咳嗽、流鼻水等症狀','health.symptoms'],['快篩結果','health.diagnosis'],
 ['是否為居家隔離、居家檢疫或自主健康管理對象','health.diagnosis'],['14天內是否有國外旅遊史','location.travel'],['疫苗接種劑次','health.vaccination'],['同住家人是否有症狀','health.family'],
 ['部門','null'],['職稱','null'],['到職日','null'],['備註','null'],['公司統一編號','null'],['發票抬頭','null'],
 ['香港身份證號碼','identity.id_number'],['手提電話號碼','identity.phone'],['電郵地址','identity.email'],['住址','location.address'],['居住地區','location.city'],['過去14天曾否離港','location.travel'],
 ['有否出現病徵','health.symptoms'],['檢測結果','health.diagnosis'],['曾否與確診者有緊密接觸','health.contact'],['員工編號／職員編號','identity.employee_id'],
 ['资产名称','null'],['规格型号','null'],['采购数量','null'],['供应商名称','null'],['存放地点','null'],['课程评分','null'],['参会人数','null'],['故障描述','null'],['工单编号','null'],
 ['端口号','null'],['MAC地址','null'],['机柜编号','null'],['湿度','null'],['出差事由','null'],['发票金额','null'],['开户银行','null'],['合同编号','null'],['客户地址','null'],['项目地址','null'],
 ['Asset tag','null'],['Serial number','null'],['Unit price','null'],['Course rating','null'],['Ticket ID','null'],['Server IP','null'],['PO number','null'],['Site address','null'],
 ['Office location','null'],['Room temperature','null'],['Website','null'],['Username','null'],['Password','null'],['Search','null'],
];

describe('everyday labels', () => {
  it.each(CASES)('%s → %s', (label, want) => {
    expect(classifyField(labelled(label)).category).toBe(want === 'null' ? null : want);
  });
});
