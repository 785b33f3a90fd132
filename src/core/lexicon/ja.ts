// Japanese. Kanji are folded with the Chinese lexicons' table (電話 → 电话), so kanji words shared
// with Chinese (住所, 体温, 症状) are matched once; what differs is listed here. Traps: the single
// characters 姓 and 名 are the surname and given-name boxes only as the whole label (名 ends 会社名,
// 航空会社名, 建物名); 出生国 is where one was born (it hides the Chinese 出生 = birth date);
// メールマガジン is a newsletter, not an e-mail address.
import type { LanguageLexicon } from './types';

export const JA: LanguageLexicon = {
  lang: 'ja',
  name: 'Japanese',
  terms: {
    'identity.name': [
      ['氏名', 1],
      ['お名前', 1],
      ['名前', 0.95],
      ['フルネーム', 1],
      ['フリガナ', 0.9],
      ['ふりがな', 0.9],
      ['氏名(カナ)', 1],
      ['姓(カナ)', 0.95],
      ['名(カナ)', 0.95],
      ['ミドルネーム', 0.9],
      ['旧姓', 0.9],
      ['名義', 0.8],
      ['カード名義', 0.95],
      ['名義人', 0.9],
      ['口座名義', 0.95], // the account holder's name, as card holder is in English
      ['緊急連絡先氏名', 1],
      ['保護者氏名', 1],
    ],
    'identity.id_number': [
      ['マイナンバー', 1],
      ['個人番号', 0.95],
      ['パスポート番号', 1],
      ['旅券番号', 1],
      ['パスポート', 0.9],
      ['運転免許証番号', 0.95],
      ['在留カード番号', 1],
      ['身分証明書', 0.9],
      ['書類番号', 0.85],
      ['基礎年金番号', 0.95],
      ['保険証番号', 0.9],
    ],
    'identity.phone': [['電話番号', 1], ['電話', 0.85], ['携帯電話', 0.95], ['携帯番号', 0.95], ['携帯', 0.85], ['連絡先電話番号', 1]],
    'identity.email': [['メールアドレス', 1], ['メール', 0.85], ['eメール', 0.95], ['電子メール', 1]],
    'identity.employee_id': [['社員番号', 0.95], ['従業員番号', 0.95], ['社員id', 0.95], ['職員番号', 0.95], ['学籍番号', 0.95]],
    'identity.birthdate': [['生年月日', 1], ['誕生日', 0.95], ['年齢', 0.85]],
    'location.address': [['住所', 0.9], ['現住所', 1], ['番地', 0.85], ['丁目', 0.8], ['建物名', 0.8], ['マンション名', 0.8], ['部屋番号', 0.8], ['郵便番号', 0.9], ['〒', 0.8], ['国内の住所', 1]],
    'location.city': [['都道府県', 0.9], ['市区町村', 0.9], ['市町村', 0.85], ['居住国', 0.95], ['国名', 0.6], ['出生国', 0.8], ['出生地', 0.8], ['本籍', 0.8], ['州名', 0.6]],
    'location.travel': [['渡航', 0.85], ['渡航歴', 0.95], ['渡航先', 0.9], ['入国', 0.8], ['入国日', 0.85], ['入国手段', 0.9], ['入国地点', 0.9], ['出国', 0.8], ['便名', 0.85], ['航空会社', 0.8], ['航空会社名', 0.9], ['出張', 0.7], ['旅行', 0.75]],
    'health.temperature': [['検温', 0.95]],
    'health.symptoms': [['発熱', 0.85], ['咳', 0.85], ['倦怠感', 0.7], ['味覚', 0.7], ['嗅覚', 0.7], ['喉の痛み', 0.8], ['体調', 0.6]],
    'health.diagnosis': [['pcr検査', 0.9], ['抗原検査', 0.9], ['陽性', 0.85], ['濃厚接触', 0.6], ['自宅待機', 0.8], ['療養', 0.7], ['診断', 0.85]],
    'health.vaccination': [['ワクチン', 0.9], ['予防接種', 0.9], ['接種', 0.85]],
    'health.medical_history': [['既往歴', 1], ['持病', 0.95], ['基礎疾患', 0.95], ['アレルギー', 0.8], ['服用中の薬', 0.8], ['障害者手帳', 0.95], ['障がい', 0.85], ['妊娠', 0.8], ['喫煙', 0.7], ['血液型', 0.7], ['健康状態', 0.6], ['健康診断', 0.7]],
    'health.contact': [['濃厚接触者', 0.95]],
    'biometric.face': [['顔写真', 1], ['顔認証', 0.95], ['証明写真', 0.85]],
    'financial.account': [['カード番号', 0.9], ['クレジットカード', 0.9], ['口座番号', 0.95], ['銀行口座', 0.95], ['セキュリティコード', 0.7]],
  },
  wholeLabel: {
    'identity.name': [['姓', 0.9], ['名', 0.9], ['セイ', 0.9], ['メイ', 0.9]],
    'location.city': [['国', 0.7], ['市', 0.7], ['州', 0.6]],
  },
  negative: [
    {
      why: 'names and addresses of organisations, accounts and things; a newsletter is not an address',
      blocks: 'all',
      weight: 1,
      terms: ['会社名', '勤務先名', '法人名', '団体名', '学校名', 'ユーザー名', 'ユーザーid', 'ログインid', 'パスワード', '商品名', 'メールマガジン', 'メルマガ', '会社住所', '室温'],
    },
    {
      why: 'a bare organisation word; below 1 so "会社のメールアドレス" stays an e-mail',
      blocks: 'all',
      weight: 0.9,
      terms: ['部署', '勤務先', '会社'],
    },
  ],
};
