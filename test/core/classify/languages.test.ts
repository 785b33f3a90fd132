// Matching beyond Chinese and English (issue 15): case and accent folding for other alphabets,
// compound endings, whole-label words, and one everyday label per language and category.
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../src/core/classify';
import { wholeLabelKey } from '../../../src/core/classify/compiled';
import { fold } from '../../../src/core/classify/normalize';
import { field } from './field';

const category = (label: string, extra: Parameters<typeof field>[0] = {}) =>
  classifyField(field({ label, ...extra })).category;

describe('folding', () => {
  it.each([
    ['TELÉFONO', 'telefono'],
    ['Фамилия', 'фамилия'],
    ['Soyadı İl', 'soyadi il'],
    ['Họ và tên', 'ho va ten'],
    ['Łódź', 'lodz'],
    ['Straße', 'straße'],
  ])('%s → %s', (text, want) => expect(fold(text)).toBe(want));

  it('whole-label keys drop marks, digits and a bracketed aside', () => {
    expect(wholeLabelKey('姓（必須）')).toBe('姓');
    expect(wholeLabelKey('주소 2')).toBe('주소');
    expect(wholeLabelKey('* Nom :')).toBe('nom');
  });
});

describe('one everyday label per language', () => {
  it.each([
    ['Nachname', 'identity.name'],
    ['Rechnungsadresse', 'location.address'],
    ['Postleitzahl', 'location.address'],
    ['Prénom', 'identity.name'],
    ['NOM', 'identity.name'],
    ['Apellidos', 'identity.name'],
    ['Codigo postal', 'location.address'],
    ['Cognome', 'identity.name'],
    ['Codice fiscale', 'identity.id_number'],
    ['Sobrenome', 'identity.name'],
    ['CPF', 'identity.id_number'],
    ['Achternaam', 'identity.name'],
    ['Woonadres', 'location.address'],
    ['Nazwisko', 'identity.name'],
    ['PESEL', 'identity.id_number'],
    ['ФАМИЛИЯ', 'identity.name'],
    ['Почтовый индекс', 'location.address'],
    ['Soyadı', 'identity.name'],
    ['Ad', 'identity.name'],
    ['姓', 'identity.name'],
    ['郵便番号', 'location.address'],
    ['성', 'identity.name'],
    ['우편번호', 'location.address'],
    ['Nama Depan', 'identity.name'],
    ['Kode pos', 'location.address'],
    ['Họ và tên', 'identity.name'],
    ['Ngày sinh', 'identity.birthdate'],
    ['नाम', 'identity.name'],
    ['आधार संख्या', 'identity.id_number'],
    ['IBAN', 'financial.account'],
  ])('%s → %s', (label, want) => expect(category(label)).toBe(want));
});

describe('traps between languages', () => {
  it.each([
    ['Czy w ciągu ostatnich 14 dni był Pan w pracy?', 'Polish "dni" (days) is not the Spanish DNI'],
    ['I accept the ToS', 'English "ToS" is not the Spanish "tos" (cough)'],
    ['Portable monitor needed?', 'English "portable" is not the French mobile phone'],
    ['Keep your badge handy', 'English "handy" is not the German Handy'],
    ['航空会社名', 'ends in 名 but is an airline (travel), not a name'],
    ['Firmenadresse', 'a company address in German'],
    ['Nombre de usuario', 'a user name in Spanish'],
  ])('%s: %s', (label) =>
    expect(String(category(label))).not.toMatch(
      /^identity\.(name|id_number|phone)$|^location\.address$|^health\.symptoms$/,
    ),
  );
});

describe('consent boxes in other languages are not data questions', () => {
  it.each([
    'Ich willige in die Verarbeitung meiner Impfdaten ein.',
    "J'accepte le traitement de mes données de santé (vaccination).",
    'Wyrażam zgodę na przetwarzanie danych o szczepieniu.',
    'ワクチン接種情報の取り扱いに同意します。',
  ])('%s', (label) => expect(category(label, { type: 'checkbox' })).toBeNull());
});
