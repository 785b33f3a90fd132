// Taiwan and Hong Kong wording that differs from Mainland usage. Written in Traditional
// characters as forms show them; the classifier folds both text and terms to Simplified
// (lexicon/hant-to-hans.ts), so words spelled the same way as in zh-CN.ts (體溫, 姓名, 地址)
// need no entry here.
import type { CategoryLexicon } from './types';

export const ZH_TW: CategoryLexicon = {
  'identity.name': [
    ['中文姓名', 1],
    ['英文姓名', 1],
    ['聯絡人', 0.6],
    ['緊急聯絡人', 0.7],
  ],
  'identity.id_number': [
    ['身分證', 0.95], // Taiwan writes 身分, Hong Kong 身份
    ['身分證字號', 1],
    ['身分證號碼', 1],
    ['身份證明文件', 0.9],
    ['香港身份證', 1],
    ['身份證號碼', 1],
    ['統一證號', 0.9], // resident certificate number (foreign residents)
    ['身分證統一編號', 1], // the ID number's full name; hides 統一編號 (a company's tax number)
    ['居留證', 0.9],
    ['護照號碼', 1],
    ['證件編號', 0.95],
  ],
  'identity.phone': [
    ['手提電話', 0.95],
    ['流動電話', 0.95],
    ['行動電話', 0.95],
    ['手機號碼', 0.95],
    ['聯絡電話', 0.95],
    ['聯絡方式', 0.8],
    ['住宅電話', 0.9],
  ],
  'identity.email': [
    ['電郵', 0.95],
    ['電郵地址', 1],
    ['電子郵件信箱', 1],
    ['信箱', 0.7],
  ],
  'identity.employee_id': [
    ['員工編號', 0.95],
    ['職員編號', 0.95],
    ['員工號碼', 0.95],
    ['學生編號', 0.9],
  ],
  'identity.birthdate': [['出生年月日', 1]],
  'location.address': [
    ['郵遞區號', 0.9], // postal code → address (convention)
    ['通訊地址', 0.9],
    ['戶籍地址', 1],
    ['住宅地址', 1],
    ['居住地址', 0.95],
  ],
  'location.city': [
    ['居住地區', 0.95],
    ['居住縣市', 0.95],
    ['縣市', 0.85],
    ['地區', 0.45], // generic: "地區" in Hong Kong forms is the district of residence
  ],
  'location.precise': [['定位服務', 0.9]],
  'location.travel': [
    ['足跡', 0.9],
    ['旅遊國家', 0.9],
    ['旅遊史', 0.9],
    ['旅遊紀錄', 0.9],
    ['出國', 0.7],
    ['外遊', 0.8],
    ['安心出行', 0.85], // Hong Kong venue check-in app record
    ['離港', 0.85],
    ['離開香港', 0.85],
    ['曾否離開', 0.7],
    ['航班編號', 0.9],
  ],
  'health.temperature': [['量體溫', 1]],
  'health.symptoms': [
    ['病徵', 0.9],
    ['症狀', 0.9],
    ['身體不適', 0.8],
    ['流鼻水', 0.6],
    ['喉嚨痛', 0.7],
  ],
  'health.diagnosis': [
    ['快篩', 0.85],
    ['檢測結果', 0.6],
    ['居家檢疫', 0.9],
    ['居家隔離', 0.9],
    ['檢疫', 0.8],
    ['自主健康管理', 0.7],
  ],
  'health.vaccination': [['疫苗接種', 1]],
  'health.medical_history': [['慢性疾病', 0.9]],
  'health.contact': [
    ['接觸史', 0.95],
    ['密切接觸者', 0.95],
  ],
  'health.family': [
    ['同住家人', 0.85],
    ['同住者', 0.8],
  ],
  'health.code': [['健康碼', 0.95]],
  'biometric.face': [
    ['大頭照', 0.8],
    ['臉部', 0.8],
    ['人臉', 0.95],
  ],
  'financial.account': [
    ['銀行帳號', 1],
    ['銀行帳戶', 0.95],
    ['金融卡', 0.8],
    ['存摺', 0.85],
    ['匯款帳號', 0.9],
    ['薪資轉帳帳號', 1],
    ['薪資帳戶', 0.95],
    ['銀行代碼', 0.6],
  ],
};
