// Vietnamese. Folding drops the tone marks, so "Họ và tên" is matched as "ho va ten": short
// Vietnamese words then collide with English and other languages, and only phrases are listed.
// Traps: "tên" (ten), "họ" (cough / surname), "xã", "tỉnh" (also in "tình trạng" = status) count
// only as the whole label; "số thẻ" folds to the English "so the", so only "số thẻ ngân hàng"
// phrases count; "tên đăng nhập" / "tên công ty" are negatives.
import type { LanguageLexicon } from './types';

export const VI: LanguageLexicon = {
  lang: 'vi',
  name: 'Vietnamese',
  terms: {
    'identity.name': [['họ và tên', 1], ['họ tên', 1], ['tên đầy đủ', 1], ['tên của bạn', 0.95], ['tên chủ thẻ', 0.95], ['chủ tài khoản', 0.9], ['tên người liên hệ', 0.95], ['người liên hệ khẩn cấp', 0.8]],
    'identity.id_number': [['số cmnd', 1], ['cmnd', 0.95], ['cccd', 0.95], ['cmnd/cccd', 1], ['căn cước công dân', 1], ['số căn cước', 1], ['chứng minh nhân dân', 1], ['số hộ chiếu', 1], ['hộ chiếu', 0.9], ['mã số thuế', 0.7], ['số bhxh', 0.9], ['số sổ bảo hiểm xã hội', 0.95]],
    'identity.phone': [['số điện thoại', 1], ['điện thoại', 0.9], ['điện thoại di động', 0.95], ['di động', 0.85], ['sđt', 0.95]],
    'identity.email': [['thư điện tử', 1], ['địa chỉ email', 1], ['địa chỉ thư điện tử', 1]],
    'identity.employee_id': [['mã nhân viên', 0.95], ['mã số nhân viên', 0.95], ['mã sinh viên', 0.95], ['mssv', 0.9]],
    'identity.birthdate': [['ngày sinh', 1], ['ngày tháng năm sinh', 1], ['năm sinh', 0.95], ['tuổi', 0.8]],
    'location.address': [['địa chỉ', 0.9], ['địa chỉ thường trú', 1], ['địa chỉ tạm trú', 1], ['nơi ở hiện tại', 1], ['số nhà', 0.85], ['tên đường', 0.85], ['mã bưu chính', 0.9]],
    'location.city': [['phường/xã', 0.85], ['phường', 0.8], ['quận/huyện', 0.85], ['quận', 0.75], ['huyện', 0.8], ['tỉnh/thành phố', 0.9], ['tỉnh/thành', 0.9], ['tỉnh thành', 0.85], ['thành phố', 0.85], ['quốc gia', 0.6], ['nơi sinh', 0.8], ['quê quán', 0.85]],
    'location.travel': [['lịch trình', 0.85], ['quốc gia đã đến', 0.9], ['nơi đã đến', 0.9], ['lịch trình di chuyển', 0.95], ['chuyến bay', 0.85], ['số hiệu chuyến bay', 0.9], ['nước ngoài', 0.7], ['công tác', 0.4]],
    'health.temperature': [['nhiệt độ cơ thể', 1], ['nhiệt độ', 0.7]],
    'health.symptoms': [['triệu chứng', 0.9], ['sốt', 0.85], ['ho khan', 0.8], ['đau họng', 0.8], ['khó thở', 0.8], ['mất vị giác', 0.8], ['mất khứu giác', 0.8]],
    'health.diagnosis': [['xét nghiệm', 0.85], ['kết quả xét nghiệm', 0.9], ['dương tính', 0.85], ['chẩn đoán', 0.85], ['cách ly', 0.85], ['test nhanh', 0.85]],
    'health.vaccination': [['tiêm chủng', 0.9], ['vắc xin', 0.9], ['vắc-xin', 0.9], ['mũi tiêm', 0.8], ['đã tiêm', 0.85]],
    'health.medical_history': [['tiền sử bệnh', 1], ['bệnh nền', 0.95], ['bệnh mãn tính', 0.95], ['dị ứng', 0.8], ['thuốc đang dùng', 0.8], ['khuyết tật', 0.85], ['mang thai', 0.8], ['hút thuốc', 0.7], ['nhóm máu', 0.7], ['tình trạng sức khỏe', 0.6]],
    'health.contact': [['tiếp xúc gần', 0.95], ['tiếp xúc với người', 0.9]],
    'biometric.face': [['ảnh khuôn mặt', 1], ['khuôn mặt', 0.8], ['ảnh chân dung', 0.85], ['ảnh thẻ', 0.85]],
    'financial.account': [['số tài khoản', 0.95], ['tài khoản ngân hàng', 0.95], ['số thẻ ngân hàng', 0.9], ['số thẻ tín dụng', 0.95], ['thẻ tín dụng', 0.9]],
  },
  wholeLabel: {
    'identity.name': [['tên', 0.85], ['họ', 0.8], ['họ và tên đệm', 0.9], ['tên đệm', 0.85]],
    'location.city': [['xã', 0.8], ['tỉnh', 0.8]],
  },
  negative: [
    {
      why: 'names and addresses of organisations, accounts and things',
      blocks: 'all',
      weight: 1,
      terms: ['tên đăng nhập', 'tên công ty', 'tên doanh nghiệp', 'tên cơ quan', 'tên sản phẩm', 'tên dự án', 'địa chỉ công ty', 'mật khẩu', 'tình trạng hôn nhân'],
    },
    {
      why: 'a bare organisation word; below 1 so "Email công ty" stays an e-mail',
      blocks: 'all',
      weight: 0.9,
      terms: ['công ty', 'cơ quan', 'phòng ban'],
    },
  ],
};
