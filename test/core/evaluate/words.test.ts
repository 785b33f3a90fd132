import { describe, expect, it } from 'vitest';
import { categoryLabel, joinList, purposeLabel, wordsFor } from '../../../src/core/evaluate/words';

describe('words', () => {
  it('joins lists as people write them', () => {
    expect(joinList([], 'en')).toBe('');
    expect(joinList(['name'], 'en')).toBe('name');
    expect(joinList(['name', 'phone', 'city'], 'en')).toBe('name, phone and city');
    expect(joinList(['姓名', '电话', '城市'], 'zh-CN')).toBe('姓名、电话和城市');
  });

  it('keeps ID and GPS capitalised in English category labels', () => {
    expect(categoryLabel('identity.id_number', 'en')).toBe('ID number');
    expect(categoryLabel('location.precise', 'en')).toBe('precise location (GPS)');
    expect(categoryLabel('health.temperature', 'zh-TW')).toBe('體溫');
  });

  it('falls back to the other Chinese script before English, then to the id', () => {
    expect(purposeLabel({ label: { en: 'Attendance', 'zh-CN': '考勤' } }, 'attendance', 'zh-TW')).toBe('考勤');
    expect(purposeLabel({ label: { en: 'Attendance' } }, 'attendance', 'zh-CN')).toBe('Attendance');
    expect(purposeLabel({ label: {} }, 'attendance', 'en')).toBe('attendance');
    expect(purposeLabel(null, null, 'en')).toBe('this form');
  });

  it("says when in the reader's language", () => {
    expect(wordsFor({ daysAgo: 0 }, 'P', 'en').when).toBe('today');
    expect(wordsFor({ daysAgo: 1 }, 'P', 'zh-CN').when).toBe('昨天');
    expect(wordsFor({ daysAgo: 3 }, 'P', 'zh-TW').when).toBe('3天前');
  });
});
