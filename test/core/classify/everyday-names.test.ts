// Field names as Chinese OA / campus / student-project databases write them (camelCase English,
// pinyin initials, s-prefixed teaching-database columns), classified with no visible label.
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../src/core/classify';
import { field } from './field';

const CASES: [name: string, want: string | null][] = [
  ['sno', 'identity.employee_id'],
  ['sname', 'identity.name'],
  ['sage', 'identity.birthdate'],
  ['stel', 'identity.phone'],
  ['saddress', 'location.address'],
  ['sdept', null],
  ['sclass', null],
  ['realName', 'identity.name'],
  ['trueName', 'identity.name'],
  ['userName', null],
  ['nickName', null],
  ['idCard', 'identity.id_number'],
  ['idcardNo', 'identity.id_number'],
  ['telphone', 'identity.phone'],
  ['mobilePhone', 'identity.phone'],
  ['homeAddress', 'location.address'],
  ['nowAddress', 'location.address'],
  ['nativePlace', 'location.city'],
  ['birthPlace', 'location.city'],
  ['birthDate', 'identity.birthdate'],
  ['bodyTemp', 'health.temperature'],
  ['temperature', 'health.temperature'],
  ['isFever', 'health.symptoms'],
  ['hasSymptom', 'health.symptoms'],
  ['vaccineStatus', 'health.vaccination'],
  ['nucleicAcidResult', 'health.diagnosis'],
  ['travelHistory', 'location.travel'],
  ['riskArea', 'location.travel'],
  ['contactHistory', 'health.contact'],
  ['healthCode', 'health.code'],
  ['codeColor', 'health.code'],
  ['bankCard', 'financial.account'],
  ['bankAccountNo', 'financial.account'],
  ['emergencyContactPhone', 'identity.phone'],
  ['emergencyContactName', 'identity.name'],
  ['deptName', null],
  ['projectName', null],
  ['companyAddress', null],
  ['remark', null],
  ['captcha', null],
  ['createTime', null],
  ['status', null],
  ['type', null],
  ['orderNo', null],
  ['pageSize', null],
  ['keyword', null],
  ['xb', null],
  ['mz', null],
  ['zzmm', null],
  ['bj', null],
  ['zy', null],
  ['xy', null],
  ['bz', null],
  ['rq', null],
  ['sj', null],
];

describe('field names alone', () => {
  it.each(CASES)('name=%s → %s', (name, want) => {
    expect(classifyField(field({ name, label: '' })).category).toBe(want);
  });
});
