// Words that only count when they are the choices of a select / radio / checkbox group: a list of
// provinces means the question asks where the person is; 阴性/阳性 and 绿码/黄码 are in the
// main lexicons already (they mean the same in a question). Yes/no choices (是/否, 有/无) say
// nothing and are deliberately absent. Each option adds a little; many agreeing options add up
// (classify/scoring.ts caps what options alone can reach).
import type { CategoryLexicon } from './types';

const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建',
  '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海',
  '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门',
  // Taiwan counties and cities, Hong Kong districts (Traditional spelling folds to these).
  '台北', '新北', '桃园', '台中', '台南', '高雄', '基隆', '新竹', '苗栗', '彰化', '南投', '云林', '嘉义',
  '屏东', '宜兰', '花莲', '台东', '澎湖', '金门', '连江',
  '中西区', '湾仔', '油尖旺', '深水埗', '九龙城', '黄大仙', '观塘', '葵青', '荃湾', '屯门', '元朗',
  '大埔', '沙田', '西贡', '离岛',
];

export const OPTION_ONLY: CategoryLexicon = {
  'location.city': PROVINCES.map((p) => [p, 0.5] as const),
  'health.symptoms': [['无症状', 0.6], ['正常', 0.2], ['头晕', 0.6], ['肌肉酸痛', 0.6], ['呕吐', 0.6]],
  'health.diagnosis': [['居家隔离', 0.8], ['集中隔离', 0.8], ['治愈', 0.6]],
  'health.vaccination': [['已接种', 0.8], ['未接种', 0.8], ['全程接种', 0.9]],
};
