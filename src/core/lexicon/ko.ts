// Korean. Hangul has no word breaks for the scanner, so a term matches inside longer words:
// traps are the short ones. 성 (surname) and 시도 (province, but also "attempt") and 사번 (inside
// 검사번호) count only as the whole label; 아이디 / 사용자 이름 are user names; 장애 is a system
// outage as often as a disability, so only 장애 여부 / 장애인 count.
import type { LanguageLexicon } from './types';

export const KO: LanguageLexicon = {
  lang: 'ko',
  name: 'Korean',
  terms: {
    'identity.name': [['이름', 0.9], ['성명', 0.95], ['성함', 0.95], ['성과 이름', 1], ['영문 이름', 0.95], ['예금주', 0.85], ['카드 소유자', 0.9], ['보호자 이름', 0.95], ['비상 연락처 이름', 0.95], ['서명', 0.5]],
    'identity.id_number': [['주민등록번호', 1], ['주민번호', 1], ['외국인등록번호', 1], ['여권번호', 1], ['여권 번호', 1], ['여권', 0.9], ['운전면허번호', 0.95], ['신분증', 0.9]],
    'identity.phone': [['전화번호', 1], ['전화 번호', 1], ['휴대폰', 0.9], ['휴대폰번호', 1], ['휴대폰 번호', 1], ['휴대전화', 0.95], ['핸드폰', 0.9], ['연락처', 0.8]],
    'identity.email': [['이메일', 0.95], ['이메일 주소', 1], ['전자우편', 1], ['전자 우편', 1], ['메일 주소', 1]],
    'identity.employee_id': [['사원번호', 0.95], ['직원번호', 0.95], ['학번', 0.9]],
    'identity.birthdate': [['생년월일', 1], ['출생일', 0.95], ['나이', 0.8], ['생일', 0.9]],
    'location.address': [['주소', 0.9], ['상세주소', 1], ['상세 주소', 1], ['도로명', 0.85], ['지번', 0.8], ['우편번호', 0.9], ['우편 번호', 0.9]],
    'location.city': [['시/도', 0.85], ['시·도', 0.85], ['시・도', 0.85], ['시군구', 0.85], ['시·군·구', 0.85], ['시/군/구', 0.85], ['시・군・구', 0.85], ['구/군', 0.8], ['거주지', 0.9], ['국가', 0.6], ['출생지', 0.8]],
    'location.travel': [['여행', 0.75], ['해외여행', 0.9], ['방문 국가', 0.9], ['입국', 0.8], ['출국', 0.8], ['항공편', 0.85], ['출장', 0.7]],
    'health.temperature': [['체온', 1]],
    'health.symptoms': [['증상', 0.9], ['발열', 0.85], ['기침', 0.85], ['인후통', 0.8], ['호흡곤란', 0.8], ['미각', 0.7], ['후각', 0.7]],
    'health.diagnosis': [['확진', 0.85], ['검사 결과', 0.8], ['pcr 검사', 0.9], ['자가격리', 0.85], ['격리', 0.8], ['진단', 0.85], ['양성', 0.8]],
    'health.vaccination': [['백신', 0.9], ['예방접종', 0.9], ['접종', 0.85]],
    'health.medical_history': [['병력', 0.9], ['기저질환', 0.95], ['질환', 0.7], ['질병', 0.7], ['알레르기', 0.8], ['복용 중인 약', 0.8], ['장애 여부', 0.9], ['장애인', 0.85], ['임신', 0.8], ['흡연', 0.7], ['혈액형', 0.7], ['건강 상태', 0.6]],
    'health.contact': [['밀접접촉', 0.95], ['밀접 접촉', 0.95], ['접촉자', 0.85]],
    'biometric.face': [['얼굴 사진', 1], ['얼굴', 0.8], ['증명사진', 0.85], ['안면인식', 0.95]],
    'financial.account': [['카드번호', 0.9], ['카드 번호', 0.9], ['신용카드', 0.9], ['계좌번호', 0.95], ['계좌 번호', 0.95], ['은행 계좌', 0.95]],
  },
  wholeLabel: {
    'identity.name': [['성', 0.9]],
    'identity.employee_id': [['사번', 0.9]],
    'location.city': [['시도', 0.8], ['시', 0.7], ['도', 0.6]],
  },
  negative: [
    {
      why: 'names and addresses of organisations, accounts and things',
      blocks: 'all',
      weight: 1,
      terms: ['회사명', '회사 이름', '상호', '기관명', '아이디', '사용자 이름', '비밀번호', '상품명', '회사 주소', '시스템 장애'],
    },
    {
      why: 'a bare organisation word; below 1 so "회사 이메일" stays an e-mail',
      blocks: 'all',
      weight: 0.9,
      terms: ['부서', '회사'],
    },
  ],
};
