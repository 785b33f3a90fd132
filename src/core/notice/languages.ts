// Notice and consent vocabularies of the languages beyond Chinese and English (issue 15), one
// entry per language. Background only: the content script carries just INTL_NOTICE_CUE
// (lexicon.ts), a few stems that make a text a *candidate*; resolveNotice confirms candidates
// here, so the word lists cost the content script nothing. Patterns are tested on whitespace-
// collapsed text, case-insensitively. Traps are written next to the entry that avoids them.
import type { CategoryId, Family } from '../taxonomy';
import type { NoticeElement } from '../types';

export interface NoticeLanguage {
  readonly lang: string;
  /** Titles of a privacy notice: link texts and headings. */
  readonly titles: RegExp;
  /** The text beside a box that gives consent. Must also name data (`data`) to count. */
  readonly consent: RegExp;
  /** Words showing a statement is about personal data or a notice. */
  readonly data: RegExp;
  /** A collection statement written on the page ("Wir verarbeiten Ihre Daten …"). */
  readonly collection: RegExp;
  /** Truthfulness pledges: never consent on their own. */
  readonly pledge?: RegExp;
  /** Which notice elements a notice text states. */
  readonly elements: Readonly<Partial<Record<NoticeElement, RegExp>>>;
}

const RAW: readonly NoticeLanguage[] = [
  {
    lang: 'de',
    // Trap: "Impressum" is the legal imprint, not a privacy notice.
    titles:
      /datenschutz(erklärung|hinweise?|information(en)?|richtlinie|bestimmungen|belehrung|grundverordnung)|informationen zum datenschutz|einwilligungserklärung|informationen nach art\.? 13/i,
    consent:
      /\bich (willige|stimme|bin (damit )?einverstanden|akzeptiere|erkläre mich|habe [^.]{0,80}(gelesen|zur kenntnis genommen))|\beinwillig(e|ung)\b|\beinverstanden\b/i,
    data: /daten|datenschutz|verarbeitung|angaben|gesundheit|foto|standort|informationen/i,
    collection:
      /\bwir (erheben|verarbeiten|speichern|nutzen|erfassen)\b[^.]{0,80}\b(daten|angaben)|\bihre (personenbezogenen )?daten (werden|sind)\b[^.]{0,60}(verarbeitet|gespeichert|genutzt)/i,
    pledge: /\b(versichere|bestätige)\b[^.]{0,60}\b(wahrheitsgemäß|richtig|vollständig)/i,
    elements: {
      purpose:
        /\bzweck(e|en)?\b|\bzum zweck\b|\bum [^.]{3,60} zu\b|\bdient (der|dem|zur)\b|\bverwendet (für|zur|um)\b/i,
      retention:
        /speicherdauer|aufbewahr|\bgespeichert (bis|für)\b|\bgelöscht\b|\blöschung\b|\b\d+ (tage|wochen|monate|jahre)\b/i,
      controller: /\bverantwortlich(e|er)?\b|\bverantwortliche stelle\b|\b(gmbh|ag|kg|e\.v\.)\b/i,
      rights:
        /\brecht auf (auskunft|berichtigung|löschung|einschränkung|widerspruch|datenübertragbarkeit)|\bauskunft, berichtigung\b|\bihre rechte\b|\bbetroffenenrechte\b/i,
      recipients: /\bempfänger\b|\bweitergegeben an\b|\bübermittelt an\b|\bdritte(n)?\b|\bauftragsverarbeiter\b/i,
      withdrawal:
        /\bwiderruf(en)?\b[^.]{0,40}(einwilligung|jederzeit)|\beinwilligung [^.]{0,40}widerrufen\b|\bjederzeit widerruf/i,
      contact: /\bdatenschutzbeauftragte|\bkontakt\b|\be-mail\b|\baufsichtsbehörde\b|[\w.+-]+@[\w-]+\.[\w.]+/i,
    },
  },
  {
    lang: 'fr',
    // Trap: "mentions légales" is the legal imprint, not the privacy notice.
    titles:
      /politique de (confidentialité|protection des données)|(charte|notice|déclaration|avis|information) (de |sur la |relative à la )?(confidentialité|protection des données|vie privée)|protection des données personnelles|données personnelles et cookies/i,
    consent:
      /\bj[’']accepte\b|\bje (consens|donne mon consentement|reconnais avoir lu|certifie avoir lu)|\bj[’']autorise\b|\bj[’']ai lu [^.]{0,60}(accepte|consens)|\bconsens à\b/i,
    data: /données|traitement|confidentialité|vie privée|informations (personnelles|me concernant)|santé|photo/i,
    collection:
      /\bnous (collectons|traitons|recueillons|conservons|utilisons)\b[^.]{0,80}\b(données|informations)|\bvos données (personnelles )?(sont|seront)\b[^.]{0,60}(traitées|conservées|utilisées)|\bresponsable (du|de) traitement\b/i,
    pledge: /\b(certifie|atteste|déclare)\b[^.]{0,60}\b(exactes?|sincères?|véridiques?)/i,
    elements: {
      purpose:
        /\bfinalités?\b|\bafin de\b|\bpour (la |le |les )?(gestion|traitement|suivi)\b|\bdans le but de\b|\bservent à\b|\butilisées? (pour|afin)\b/i,
      retention:
        /durée de conservation|\bconservées? (pendant|jusqu)|\bsupprimées?\b|\beffacées?\b|\b\d+ (jours|mois|ans)\b/i,
      controller: /responsable (du|de) traitement|\b(sas|sarl|sa)\b[^.]{0,40}\b(traite|collecte|responsable)/i,
      rights:
        /droit d[’']accès|droit de (rectification|suppression|opposition|limitation|portabilité)|droit à l[’']effacement|\bvos droits\b|\bd[’']accès, de rectification\b/i,
      recipients: /\bdestinataires?\b|\btransmises? à\b|\bcommuniquées? à\b|\btiers\b|\bsous-traitants?\b/i,
      withdrawal: /retirer (votre|son|mon) consentement|retrait du consentement|\brévoquer\b/i,
      contact:
        /\bdélégué à la protection des données\b|\bdpo\b|\bnous contacter\b|\bcnil\b|\bcontact\b|[\w.+-]+@[\w-]+\.[\w.]+/i,
    },
  },
  {
    lang: 'es',
    titles:
      /(política|aviso|declaración|cláusula) de (privacidad|protección de datos)|aviso de privacidad|protección de datos (personales|de carácter personal)|información básica sobre protección de datos/i,
    consent:
      /\bacepto\b|\bdoy mi consentimiento\b|\bconsiento\b|\bautorizo\b|\bhe leído y (acepto|comprendo)|\bmanifiesto mi conformidad\b|\bestoy de acuerdo\b/i,
    data: /datos|privacidad|tratamiento|información personal|salud|fotografía/i,
    collection:
      /\b(recopilamos|tratamos|recogemos|utilizamos|conservamos)\b[^.]{0,80}\b(datos|información)|\bsus datos (personales )?(serán|son)\b[^.]{0,60}(tratados|utilizados|conservados)|\bresponsable del tratamiento\b/i,
    pledge: /\b(declaro|certifico)\b[^.]{0,60}\b(verdad|veraces?|ciertos?|correctos?)\b/i,
    elements: {
      purpose:
        /\bfinalidad(es)?\b|\bcon el fin de\b|\bpara (la )?(gestión|tramitación)\b|\bcon el objeto de\b|\bse utilizarán? para\b/i,
      retention:
        /plazo de conservación|\bse conservarán\b|\bconservados? (durante|hasta)\b|\bsuprimidos?\b|\beliminados?\b|\b\d+ (días|meses|años)\b/i,
      controller:
        /\bresponsable del tratamiento\b|\bresponsable:|\b(s\.?a\.?|s\.?l\.?|s\.? de r\.?l\.?)\b[^.]{0,40}\b(trata|recopila|responsable)/i,
      rights:
        /\bderechos? de (acceso|rectificación|supresión|oposición|portabilidad|limitación)|\bderechos arco\b|\bsus derechos\b/i,
      recipients: /\bdestinatarios?\b|\bcesiones?\b|\bcomunicarán? a\b|\bterceros\b|\bencargados? del tratamiento\b/i,
      withdrawal: /retirar (su|el) consentimiento|revocar (su|el) consentimiento|revocación del consentimiento/i,
      contact: /\bdelegado de protección de datos\b|\bdpd\b|\bcontacto\b|\baepd\b|[\w.+-]+@[\w-]+\.[\w.]+/i,
    },
  },
  {
    lang: 'it',
    titles:
      /informativa (sulla privacy|privacy|sul trattamento dei dati|ai sensi)|informativa (ex )?art\.? ?13|trattamento dei dati personali|protezione dei dati personali|politica (sulla|della) privacy/i,
    consent:
      /\bacconsento\b|\bdo il (mio )?consenso\b|\baccetto\b|\bautorizzo\b|\bho letto [^.]{0,60}(accetto|acconsento)|\bpresto (il )?consenso\b/i,
    data: /dati|privacy|trattamento|informazioni personali|salute|foto/i,
    collection:
      /\b(raccogliamo|trattiamo|conserviamo|utilizziamo)\b[^.]{0,80}\b(dati|informazioni)|\bi (suoi|tuoi) dati (personali )?(saranno|sono)\b[^.]{0,60}(trattati|conservati|utilizzati)|\btitolare del trattamento\b/i,
    pledge: /\b(dichiaro|attesto)\b[^.]{0,60}\b(veritier[ei]|corrett[ei]|rispondenti al vero)/i,
    elements: {
      purpose: /\bfinalità\b|\ballo scopo di\b|\bal fine di\b|\bper (la )?gestione\b|\butilizzati per\b/i,
      retention: /periodo di conservazione|\bconservati (per|fino)\b|\bcancellati\b|\b\d+ (giorni|mesi|anni)\b/i,
      controller:
        /\btitolare del trattamento\b|\b(s\.?p\.?a\.?|s\.?r\.?l\.?)\b[^.]{0,40}\b(tratta|raccoglie|titolare)/i,
      rights:
        /\bdiritto di (accesso|rettifica|cancellazione|opposizione|limitazione|portabilità)|\bi (suoi|tuoi) diritti\b|\bartt?\.? 15/i,
      recipients: /\bdestinatari\b|\bcomunicati a\b|\bterzi\b|\bresponsabili del trattamento\b/i,
      withdrawal: /revocare (il )?consenso|revoca del consenso/i,
      contact:
        /\bresponsabile della protezione dei dati\b|\brpd\b|\bdpo\b|\bcontatt|\bgarante\b|[\w.+-]+@[\w-]+\.[\w.]+/i,
    },
  },
  {
    lang: 'pt',
    titles:
      /(política|aviso|declaração) de (privacidade|proteção de dados)|termo de (consentimento|privacidade)|proteção de dados pessoais|\blgpd\b|\brgpd\b/i,
    consent:
      /\b(eu )?(aceito|concordo|autorizo|consinto)\b|\bdou (o meu |meu )?consentimento\b|\bli e (aceito|concordo)\b|\bestou de acordo\b/i,
    data: /dados|privacidade|tratamento|informações pessoais|saúde|foto/i,
    collection:
      /\b(coletamos|recolhemos|tratamos|utilizamos|armazenamos)\b[^.]{0,80}\b(dados|informações)|\bseus dados (pessoais )?(serão|são)\b[^.]{0,60}(tratados|utilizados|armazenados)|\bcontrolador\b|\bresponsável pelo tratamento\b/i,
    pledge: /\b(declaro|atesto)\b[^.]{0,60}\b(verdadeir[ao]s?|corret[ao]s?|exat[ao]s?)/i,
    elements: {
      purpose: /\bfinalidades?\b|\bcom o objetivo de\b|\bpara fins de\b|\butilizados? para\b|\ba fim de\b/i,
      retention:
        /prazo de (armazenamento|conservação|retenção)|\b(armazenados|conservados) (por|até)\b|\beliminados\b|\bexcluídos\b|\b\d+ (dias|meses|anos)\b/i,
      controller:
        /\bcontrolador\b|\bresponsável pelo tratamento\b|\b(ltda|s\.?a\.?)\b[^.]{0,40}\b(trata|coleta|responsável)/i,
      rights:
        /\bdireito (de|à) (acesso|correção|retificação|eliminação|exclusão|portabilidade|oposição)|\bseus direitos\b|\bdireitos do titular\b/i,
      recipients: /\bcompartilhad[ao]s? com\b|\bterceiros\b|\boperadores?\b|\bdestinatários\b/i,
      withdrawal: /revogar (o |seu )?consentimento|retirar (o |seu )?consentimento|revogação do consentimento/i,
      contact: /\bencarregad[ao]\b|\bdpo\b|\bcontato\b|\bcontacto\b|\banpd\b|\bcnpd\b|[\w.+-]+@[\w-]+\.[\w.]+/i,
    },
  },
  {
    lang: 'nl',
    titles:
      /privacy(verklaring|beleid|reglement|statement)|verwerking van persoonsgegevens|bescherming van persoonsgegevens/i,
    consent:
      /\bik (ga akkoord|geef toestemming|stem in|heb [^.]{0,60}gelezen)|\bakkoord met\b|\btoestemming (voor|om)\b/i,
    data: /gegevens|privacy|verwerking|gezondheid|foto/i,
    collection:
      /\bwij (verzamelen|verwerken|bewaren|gebruiken)\b[^.]{0,80}\bgegevens|\buw (persoons)?gegevens (worden|zijn)\b[^.]{0,60}(verwerkt|bewaard|gebruikt)|\bverwerkingsverantwoordelijke\b/i,
    elements: {
      purpose: /\bdoel(einden|en)?\b|\bom [^.]{3,60} te\b|\bgebruikt (voor|om)\b/i,
      retention: /bewaartermijn|\bbewaard (tot|gedurende)\b|\bverwijderd\b|\b\d+ (dagen|maanden|jaar)\b/i,
      controller: /\bverwerkingsverantwoordelijke\b|\b(b\.?v\.?|n\.?v\.?)\b[^.]{0,40}\b(verwerkt|verantwoordelijk)/i,
      rights: /\brecht op (inzage|rectificatie|verwijdering|bezwaar|beperking|overdraagbaarheid)|\buw rechten\b/i,
      recipients: /\bontvangers?\b|\bgedeeld met\b|\bderden\b|\bverwerkers?\b/i,
      withdrawal: /toestemming (in)?trekken|intrekken van (uw )?toestemming/i,
      contact:
        /\bfunctionaris gegevensbescherming\b|\bcontact\b|\bautoriteit persoonsgegevens\b|[\w.+-]+@[\w-]+\.[\w.]+/i,
    },
  },
  {
    lang: 'pl',
    titles:
      /polityk[ai] prywatności|klauzul[ai] informacyjn|informacj[ae] o przetwarzaniu danych|ochron[ay] danych osobowych|\brodo\b/i,
    consent: /\bwyrażam zgodę\b|\bakceptuję\b|\bzgadzam się\b|\bzapoznał(em|am) się\b|\boświadczam, że zapoznał/i,
    data: /danych|dane|prywatności|przetwarzan|zdrowi|zdjęci/i,
    collection:
      /\b(przetwarzamy|zbieramy|gromadzimy)\b[^.]{0,80}\bdane|\badministratorem (twoich |pana |pani |państwa )?danych\b/i,
    pledge: /\boświadczam\b[^.]{0,60}\b(prawdziwe|zgodne z prawdą)/i,
    elements: {
      purpose: /\bw celu\b|\bcel(e|u)? przetwarzania\b|\bcelach\b/i,
      retention: /okres przechowywania|\bprzechowywane (przez|do)\b|\busunięte\b|\b\d+ (dni|miesięcy|lat)\b/i,
      controller: /\badministrator(em)? danych\b|\b(sp\. z o\.o\.|s\.a\.)/i,
      rights:
        /\bprawo do (dostępu|sprostowania|usunięcia|ograniczenia|przenoszenia|sprzeciwu)|\bprzysługuje (pani|panu|państwu) prawo\b/i,
      recipients: /\bodbiorc(a|y|ami)\b|\bprzekazywane\b|\bpodmiotom\b|\bosobom trzecim\b/i,
      withdrawal: /wycofa(ć|nia) zgod/i,
      contact: /\binspektor ochrony danych\b|\biod\b|\bkontakt\b|\bprezes(a)? uodo\b|[\w.+-]+@[\w-]+\.[\w.]+/i,
    },
  },
  {
    lang: 'ru',
    titles:
      /политик[аиу] (конфиденциальности|(в отношении )?обработки персональных данных)|согласи[ея] на обработку персональных данных|положение (о|об) (обработке|защите) персональных данных/i,
    consent:
      /\bя (согласен|согласна|даю согласие|принимаю|ознакомлен)|даю (свое |своё )?согласие|согласие на обработку/i,
    data: /данн|конфиденциальн|обработк|здоровь|фото/i,
    collection:
      /(собираем|обрабатываем|храним)[^.]{0,80}данн|оператор персональных данных|ваши персональные данные (будут|обрабатываются)/i,
    pledge: /подтверждаю[^.]{0,60}(достоверн|верн)/i,
    elements: {
      purpose: /в целях|с целью|цел(ь|и) обработки|для (целей|оформления|учета)/i,
      retention: /срок (хранения|обработки)|хранятся (в течение|до)|уничтож|удален|\d+ (дней|месяцев|лет)/i,
      controller: /оператор(ом)?|\b(ооо|ао|пао)\b/i,
      rights: /право на (доступ|уточнение|удаление|ознакомление)|вправе требовать|ваши права/i,
      recipients: /передач[аи] третьим лицам|третьим лицам|получател/i,
      withdrawal: /отозвать (свое |своё )?согласие|отзыв согласия/i,
      contact: /контакт|электронн(ой|ая) почт|роскомнадзор|[\w.+-]+@[\w-]+\.[\w.]+/i,
    },
  },
  {
    lang: 'tr',
    titles:
      /gizlilik (politikası|bildirimi|sözleşmesi)|aydınlatma metni|kişisel verilerin (korunması|işlenmesi)|\bkvkk\b|açık rıza metni/i,
    consent:
      /\bkabul ediyorum\b|\bonaylıyorum\b|\bokudum(,)? (ve )?(kabul|onay)|\baçık rıza\b|\brıza gösteriyorum\b|\bizin veriyorum\b/i,
    data: /veri|gizlilik|işlen|sağlık|fotoğraf/i,
    collection: /kişisel verileriniz[^.]{0,80}(işlenmekte|işlenecek|toplanmakta)|veri sorumlusu/i,
    elements: {
      purpose: /amacıyla|amaçları|amacı ile|için işlen/i,
      retention: /saklama süresi|süreyle saklan|silinecek|imha|\d+ (gün|ay|yıl)/i,
      controller: /veri sorumlusu|\b(a\.ş\.|ltd\. şti\.)/i,
      rights: /\b11\. madde|haklarınız|bilgi talep etme|düzeltilmesini|silinmesini/i,
      recipients: /aktarıl(abilecek|acak|maktadır)|üçüncü (kişi|taraf)/i,
      withdrawal: /rızanızı geri|rızayı geri al/i,
      contact: /iletişim|başvuru|e-posta|[\w.+-]+@[\w-]+\.[\w.]+/i,
    },
  },
  {
    lang: 'ja',
    // Trap: 個人情報 alone is a profile link on many pages; it counts with a notice word after it.
    titles:
      /プライバシーポリシー|プライバシー(に関する)?(方針|通知|ステートメント)|個人情報(の)?(保護方針|取扱い|取り扱い|取扱方針|保護に関する|の利用目的|について|保護規程)/,
    consent: /同意(します|する|いたします|の上)|承諾します|に同意|同意事項/,
    data: /個人情報|プライバシー|情報|データ|健康|写真/,
    collection: /(取得|収集)(した|する)個人情報|個人情報(は|を)[^。]{0,40}(利用|使用|取り扱|管理)/,
    pledge: /相違ありません|事実に相違|虚偽/,
    elements: {
      purpose: /利用目的|目的(で|に|は)|のため(に)?(利用|使用)/,
      retention: /保存期間|保管期間|保存(し|いたし)ます|廃棄|削除/,
      controller: /株式会社|取扱事業者|個人情報保護管理者|当社/,
      rights: /開示|訂正|利用停止|消去/,
      recipients: /第三者|提供(する|いたし)|委託/,
      withdrawal: /同意(の)?撤回|同意を撤回/,
      contact: /お問い合わせ|問い合わせ窓口|相談窓口|[\w.+-]+@[\w-]+\.[\w.]+/,
    },
  },
  {
    lang: 'ko',
    titles: /개인정보\s?(처리방침|처리\s?방침|보호정책|수집[·ㆍ・ ]?이용\s?(동의|안내)|취급방침|제공\s?동의)/,
    consent: /동의합니다|동의함|동의하며|동의하고|에 동의|동의(\s)?\(필수\)|동의(\s)?\(선택\)/,
    data: /개인정보|정보|민감|건강|사진/,
    collection: /(수집|이용)하는 개인정보|개인정보(를|는)[^.]{0,40}(수집|이용|처리)/,
    elements: {
      purpose: /수집\s?목적|이용\s?목적|목적/,
      retention: /보유\s?(및\s?이용\s?)?기간|보관\s?기간|파기/,
      controller: /개인정보\s?처리자|주식회사|\(주\)|당사/,
      rights: /열람|정정|삭제|처리정지/,
      recipients: /제3자|제공받는 자|위탁/,
      withdrawal: /동의를 (철회|거부)|동의 철회/,
      contact: /개인정보\s?보호\s?책임자|문의|연락처|[\w.+-]+@[\w-]+\.[\w.]+/,
    },
  },
  {
    lang: 'id',
    titles: /kebijakan privasi|pemberitahuan privasi|perlindungan data pribadi|pernyataan privasi/i,
    consent: /\bsaya (setuju|menyetujui|memberikan persetujuan|telah membaca)|\bmenyetujui\b|\bpersetujuan\b/i,
    data: /data|privasi|informasi pribadi|kesehatan|foto/i,
    collection:
      /\bkami (mengumpulkan|memproses|menyimpan|menggunakan)\b[^.]{0,80}\b(data|informasi)|\bdata pribadi anda (akan|digunakan)/i,
    pledge: /\bmenyatakan\b[^.]{0,60}\b(benar|sesuai)/i,
    elements: {
      purpose: /\btujuan\b|\buntuk keperluan\b|\bdigunakan untuk\b/i,
      retention: /jangka waktu penyimpanan|\bdisimpan selama\b|\bdihapus\b|\b\d+ (hari|bulan|tahun)\b/i,
      controller: /\bpengendali data\b|\bpt\b/i,
      rights: /\bhak (untuk )?(mengakses|memperbaiki|menghapus)|\bhak anda\b/i,
      recipients: /\bpihak ketiga\b|\bdibagikan (kepada|dengan)\b/i,
      withdrawal: /menarik (kembali )?persetujuan/i,
      contact: /\bhubungi\b|\bkontak\b|[\w.+-]+@[\w-]+\.[\w.]+/i,
    },
  },
  {
    lang: 'vi',
    titles: /chính sách (bảo mật|quyền riêng tư|bảo vệ dữ liệu)|bảo vệ dữ liệu cá nhân|thông báo (về )?xử lý dữ liệu/i,
    consent: /\btôi (đồng ý|chấp nhận|đã đọc)|\bđồng ý với\b|\bđồng ý cho\b/i,
    data: /dữ liệu|thông tin|bảo mật|riêng tư|sức khỏe|ảnh/i,
    collection: /\bchúng tôi (thu thập|xử lý|lưu trữ|sử dụng)\b[^.]{0,80}\b(dữ liệu|thông tin)/i,
    pledge: /\bcam (đoan|kết)\b[^.]{0,60}\b(đúng sự thật|chính xác)/i,
    elements: {
      purpose: /\bmục đích\b|\bnhằm\b|\bđể phục vụ\b/i,
      retention: /thời gian lưu trữ|\blưu trữ trong\b|\bxóa\b|\b\d+ (ngày|tháng|năm)\b/i,
      controller: /\bbên kiểm soát dữ liệu\b|\bcông ty\b[^.]{0,40}\b(thu thập|xử lý|chịu trách nhiệm)/i,
      rights: /\bquyền (truy cập|chỉnh sửa|xóa|yêu cầu)|\bquyền của (bạn|chủ thể)/i,
      recipients: /\bbên thứ ba\b|\bchia sẻ (với|cho)\b/i,
      withdrawal: /rút lại (sự )?đồng ý/i,
      contact: /\bliên hệ\b|[\w.+-]+@[\w-]+\.[\w.]+/i,
    },
  },
  {
    lang: 'hi',
    titles: /गोपनीयता (नीति|सूचना)|निजता नीति|व्यक्तिगत डेटा (संरक्षण|सुरक्षा)/,
    consent: /मैं सहमत|सहमति (देता|देती|देते)|सहमत हूँ|सहमत हूं|स्वीकार करता|स्वीकार करती/,
    data: /डेटा|जानकारी|सूचना|गोपनीयता|स्वास्थ्य|फोटो/,
    collection: /(हम|हमारे द्वारा)[^।]{0,60}(एकत्र|संसाधित|संग्रहित|उपयोग)/,
    elements: {
      purpose: /उद्देश्य|के लिए उपयोग/,
      retention: /(रखा|संग्रहीत) जाएगा|अवधि|हटा दिया/,
      controller: /प्राइवेट लिमिटेड|लिमिटेड|कंपनी/,
      rights: /अधिकार/,
      recipients: /तीसरे पक्ष|साझा/,
      withdrawal: /सहमति वापस/,
      contact: /संपर्क|[\w.+-]+@[\w-]+\.[\w.]+/,
    },
  },
];

/**
 * `\b` in a JavaScript pattern knows only ASCII letters: "\bwyrażam zgodę\b" would never match
 * and "\bgelöscht" would match inside a word. Every pattern above is rewritten once, at load,
 * with a word edge for the letters of every script we read.
 *
 * The word characters are ranges — Latin with its extensions, Greek, Cyrillic, Indic and Thai,
 * Vietnamese, kana, CJK, Hangul, full-width letters and digits — not `[\p{L}\p{N}_]`: under the
 * patterns' `i` flag the engine closes a property class over case when it compiles it, and the 164
 * patterns took ~1 s to compile in Node, about 5× what these ranges take, paid again by every
 * new background worker before its first report. Letters of other scripts count as punctuation does.
 */
export const WORD =
  '[\\w\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02ff\\u0370-\\u0373\\u0376-\\u037d\\u037f-\\u0386\\u0388-\\u03ff\\u0400-\\u0482\\u048a-\\u052f\\u0900-\\u0963\\u0966-\\u0dff\\u0e00-\\u0e7f\\u1e00-\\u1fff\\u3040-\\u30fa\\u30fc-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a]';
const EDGE = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

/**
 * Index just past the atom at `i`: a character class, an escape (`\x2f`, `\cJ`, `\p{L}`, `\u{…}`,
 * `\k<name>` whole), or one character.
 */
function atomEnd(source: string, i: number): number {
  if (source[i] === '[') {
    for (let j = i + 1; j < source.length; j++) {
      if (source[j] === '\\') j++;
      else if (source[j] === ']') return j + 1;
    }
    return source.length;
  }
  if (source[i] !== '\\') return i + 1;
  const escape = /^\\(?:[pPu]\{[^}]*\}|k<[^>]*>|x[\da-f]{2}|u[\da-f]{4}|c[a-z]|.)/isu.exec(source.slice(i, i + 16));
  return i + (escape?.[0].length ?? 1);
}

/** Index just past the group that opens at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i = atomEnd(source, i)) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

const isLetter = (atom: string): boolean => /^\p{L}$/u.test(atom);

/** Whether every match of the pattern at `at` starts with a word character (a letter, `\d`, or a group of such). */
function startsWithWord(source: string, at: number): boolean {
  let end = atomEnd(source, at);
  const atom = source.slice(at, end);
  if (atom === '(') {
    end = groupEnd(source, at);
    if (end < 0) return false;
    const body = source.slice(at + (source.startsWith('(?:', at) ? 3 : 1), end - 1);
    // Lookarounds and named groups: left to the two-sided edge.
    if (body.startsWith('?')) return false;
    let depth = 0;
    const alternatives = [0];
    for (let i = 0; i < body.length; i = atomEnd(body, i)) {
      if (body[i] === '(') depth++;
      else if (body[i] === ')') depth--;
      else if (body[i] === '|' && depth === 0) alternatives.push(i + 1);
    }
    if (!alternatives.every((a) => startsWithWord(body, a))) return false;
  } else if (!isLetter(atom) && atom !== '\\d') return false;
  // An optional first item ("(eu )?aceito") leaves the decision to the item after it.
  if (source[end] === '?' || source[end] === '*') return startsWithWord(source, end + 1);
  return !source.startsWith('{0', end);
}

export function unicodeWords(pattern: RegExp): RegExp {
  const s = pattern.source;
  let out = '';
  let previous = '';
  for (let i = 0; i < s.length;) {
    const end = atomEnd(s, i);
    const atom = s.slice(i, end);
    if (atom === '\\b')
      // Beside a word character one side decides: with the two-sided EDGE first in a pattern, the
      // engine cannot skip ahead to a first letter, and each test was ~25× slower.
      out += startsWithWord(s, end) ? `(?<!${WORD})` : isLetter(previous) ? `(?!${WORD})` : EDGE;
    else out += atom;
    previous = atom;
    i = end;
  }
  return new RegExp(out, pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`);
}

export const NOTICE_LANGUAGES: readonly NoticeLanguage[] = /* @__PURE__ */ RAW.map((l) => ({
  ...l,
  titles: unicodeWords(l.titles),
  consent: unicodeWords(l.consent),
  data: unicodeWords(l.data),
  collection: unicodeWords(l.collection),
  ...(l.pledge ? { pledge: unicodeWords(l.pledge) } : {}),
  elements: Object.fromEntries(Object.entries(l.elements).map(([k, v]) => [k, unicodeWords(v)])),
}));

/** Sensitive data a consent statement names, in these languages (separate consent). */
export const INTL_SENSITIVE_NAMINGS: readonly {
  readonly pattern: RegExp;
  readonly category?: CategoryId;
  readonly family?: Family;
}[] = [
  {
    pattern:
      /gesundheitsdaten|gesundheit|données de santé|datos de salud|dati (sanitari|relativi alla salute)|dados de saúde|gezondheidsgegevens|dane o stanie zdrowia|данные о (состоянии )?здоровь|sağlık verileri|健康情報|건강정보|data kesehatan|dữ liệu sức khỏe|स्वास्थ्य/i,
    family: 'health',
  },
  {
    pattern:
      /biometrisch|biométrique|biométric|biometric|biometrisch|biometryczn|биометрическ|biyometrik|生体|생체|biometrik|sinh trắc học|बायोमेट्रिक/i,
    family: 'biometric',
  },
  {
    pattern: /impf|vaccin|vacun|vacin|szczepi|вакцин|aşıla|ワクチン|백신|vaksin|tiêm chủng|टीका/i,
    category: 'health.vaccination',
  },
  {
    pattern:
      /körpertemperatur|température|temperatura|lichaamstemperatuur|температур|vücut sıcaklığı|体温|체온|suhu tubuh|nhiệt độ|तापमान/i,
    category: 'health.temperature',
  },
  {
    pattern:
      /gesichtsbild|lichtbild|photo (du visage|d'identité)|foto del (rostro|volto)|foto do rosto|pasfoto|zdjęci[ae] twarzy|фото лица|yüz fotoğrafı|顔写真|얼굴 사진|foto wajah|ảnh khuôn mặt|चेहरे/i,
    category: 'biometric.face',
  },
  {
    pattern:
      /standort|géolocalisation|ubicación|posizione|localização|locatie|lokalizacj|геолокац|konum|位置情報|위치정보|lokasi|vị trí|स्थान/i,
    category: 'location.precise',
  },
  {
    pattern:
      /bankverbindung|iban|coordonnées bancaires|datos bancarios|dati bancari|dados bancários|bankgegevens|rachunk|банковск|banka hesap|口座|계좌|rekening|tài khoản ngân hàng|बैंक खाता/i,
    category: 'financial.account',
  },
];
