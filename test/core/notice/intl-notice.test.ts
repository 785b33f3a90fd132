// Notice and consent detection in the languages beyond Chinese and English (issue 15): the DOM half
// keeps candidates (INTL_NOTICE_CUE), resolveNotice confirms them with notice/languages.ts.
import { describe, expect, it } from 'vitest';
import { detectNotice } from '../../../src/core/notice';
import { dom, field } from './helpers';

const notice = (html: string, fields = [field('#q1', 'identity.name')]) => detectNotice(dom(html), fields, []);

describe('notices in other languages', () => {
  it('de: Datenschutzerklärung link, "Ich willige ein" box and a Datenschutzhinweis stating its elements', () => {
    const r = notice(`
      <div><h3>Datenschutzhinweis</h3>
        <p>Die Muster GmbH ist Verantwortliche. Wir verarbeiten Ihre Angaben zum Zweck der Personalverwaltung.
        Die Daten werden sechs Monate nach Austritt gelöscht. Empfänger ist unser Lohnbüro. Sie haben das Recht auf Auskunft,
        Berichtigung und Löschung und können Ihre Einwilligung jederzeit widerrufen. Kontakt: datenschutz@muster.de</p></div>
      <form><input id="q1"><label><input type="checkbox" id="ok"> Ich willige ein, dass meine Daten verarbeitet werden.</label>
      <a href="/datenschutz.html">Datenschutzerklärung</a></form>`);
    expect(r.found).toBe(true);
    expect(r.links).toEqual(['/datenschutz.html']);
    expect(r.consentControls).toEqual(['#ok']);
    expect(r.elements).toEqual({
      purpose: true,
      retention: true,
      controller: true,
      rights: true,
      recipients: true,
      withdrawal: true,
      contact: true,
    });
  });

  it.each([
    ['fr', "J'accepte que mes données personnelles soient traitées", 'Politique de confidentialité'],
    ['es', 'Acepto el tratamiento de mis datos personales', 'Política de privacidad'],
    ['it', 'Acconsento al trattamento dei dati personali', 'Informativa sulla privacy'],
    ['pt', 'Concordo com o tratamento dos meus dados pessoais', 'Política de Privacidade'],
    ['nl', 'Ik geef toestemming voor de verwerking van mijn gegevens', 'Privacyverklaring'],
    ['pl', 'Wyrażam zgodę na przetwarzanie moich danych osobowych', 'Polityka prywatności'],
    ['ru', 'Я даю согласие на обработку персональных данных', 'Политика конфиденциальности'],
    ['tr', 'Kişisel verilerimin işlenmesini kabul ediyorum', 'KVKK Aydınlatma Metni'],
    ['ja', '個人情報の取り扱いに同意します', 'プライバシーポリシー'],
    ['ko', '개인정보 수집·이용에 동의합니다', '개인정보처리방침'],
    ['id', 'Saya setuju data pribadi saya diproses', 'Kebijakan Privasi'],
    ['vi', 'Tôi đồng ý cho xử lý dữ liệu cá nhân', 'Chính sách bảo mật'],
    ['hi', 'मैं अपने डेटा के उपयोग के लिए सहमत हूँ', 'गोपनीयता नीति'],
  ])('%s: consent box and notice link', (_lang, statement, title) => {
    const r = notice(
      `<form><input id="q1"><label><input type="checkbox" id="ok" checked> ${statement}</label> <a href="/p">${title}</a></form>`,
    );
    expect(r.found).toBe(true);
    expect(r.consentControls).toEqual(['#ok']);
    expect(r.links).toEqual(['/p']);
  });

  it('a candidate that is not a notice stays out: terms of sale, a newsletter, a pledge', () => {
    const r = notice(`<form><input id="q1">
      <label><input type="checkbox" id="a"> J'accepte les conditions générales de vente</label>
      <label><input type="checkbox" id="b"> Ich stimme zu, den Newsletter zu erhalten</label>
      <p>Privacy: no</p></form>`);
    expect(r.found).toBe(false);
    expect(r.consentControls).toEqual([]);
  });
});
