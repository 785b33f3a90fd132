// Turkish. Turkish adds endings (adres → adresi, adresiniz): "adres*" takes them. Folding maps ı and İ to i and drops cedillas ("Soyadı" = "soyadi", "Şehir" = "sehir").
// Traps: "ad" (name) and "il" (province) are two-letter words also found in English ("ad") and
// Italian/French ("il"): they count only as the whole label. "kullanıcı adı" (username) and
// "şirket adı" (company name) are negatives.
import type { LanguageLexicon } from './types';

export const TR: LanguageLexicon = {
  lang: 'tr',
  name: 'Turkish',
  terms: {
    'identity.name': [
      ['adı', 0.85],
      ['adınız', 0.95],
      ['soyad', 0.95],
      ['soyadı', 0.95],
      ['soyadınız', 0.95],
      ['ad soyad', 1],
      ['adı soyadı', 1],
      ['ad-soyad', 1],
      ['isim', 0.85],
      ['isim soyisim', 1],
      ['soyisim', 0.95],
      ['ad ve soyad', 1],
      ['kart sahibi', 0.9],
      ['kart üzerindeki isim', 0.95],
      ['baba adı', 0.85],
      ['anne adı', 0.85],
      ['yakını', 0.6],
      ['imza', 0.5],
    ],
    'identity.id_number': [
      ['t.c. kimlik no', 1],
      ['tc kimlik no', 1],
      ['tc kimlik numarası', 1],
      ['t.c. kimlik numarası', 1],
      ['kimlik numarası', 0.95],
      ['kimlik no', 0.95],
      ['tckn', 0.95],
      ['nüfus cüzdanı', 0.9],
      ['pasaport', 0.9],
      ['pasaport no', 1],
      ['pasaport numarası', 1],
      ['vergi numarası', 0.7],
      ['sgk numarası', 0.9],
    ],
    'identity.phone': [['telefon', 0.9], ['telefon numarası', 1], ['cep telefonu', 0.95], ['cep', 0.7], ['gsm', 0.85], ['tel.', 0.8]],
    'identity.email': [['e-posta', 1], ['e-posta adresi', 1], ['eposta', 1]],
    'identity.employee_id': [['sicil no', 0.9], ['sicil numarası', 0.95], ['personel numarası', 0.95], ['personel no', 0.9], ['öğrenci numarası', 0.95]],
    'identity.birthdate': [['doğum tarihi', 1], ['yaş', 0.8], ['yaşınız', 0.85], ['doğum yılı', 0.95]],
    'location.address': [['adres*', 0.85], ['ev adresi', 1], ['teslimat adresi', 1], ['ikamet adresi', 1], ['açık adres', 1], ['adresiniz', 0.9], ['sokak', 0.8], ['cadde', 0.8], ['mahalle', 0.8], ['bina no', 0.85], ['daire no', 0.85], ['kapı no', 0.85], ['posta kodu', 0.9]],
    'location.city': [['şehir', 0.85], ['ilçe', 0.8], ['semt', 0.7], ['ülke', 0.6], ['doğum yeri', 0.8], ['il / ilçe', 0.9], ['il/ilçe', 0.9]],
    'location.travel': [['seyahat', 0.8], ['yurt dışı', 0.7], ['yurtdışı', 0.7], ['uçuş numarası', 0.9], ['uçuş', 0.7], ['gidilen ülke', 0.9]],
    'health.temperature': [['vücut sıcaklığı', 1], ['ateş ölçümü', 0.9], ['sıcaklık', 0.6]],
    'health.symptoms': [['belirti', 0.9], ['belirtiler', 0.9], ['semptom', 0.9], ['ateş', 0.8], ['öksürük', 0.85], ['boğaz ağrısı', 0.8], ['nefes darlığı', 0.8], ['tat kaybı', 0.8], ['koku kaybı', 0.8]],
    'health.diagnosis': [['pcr testi', 0.9], ['test sonucu', 0.8], ['pozitif', 0.5], ['teşhis', 0.85], ['tanı', 0.8], ['karantina', 0.85], ['izolasyon', 0.8]],
    'health.vaccination': [// Not a bare "aşı": it folds to "asi", the Spanish "así" (so, thus).
      ['aşılama', 0.9], ['aşılı', 0.9], ['aşı kartı', 0.95], ['aşı oldunuz', 0.95], ['aşı durumu', 0.95], ['doz', 0.6]],
    'health.medical_history': [['kronik hastalık', 0.95], ['hastalık', 0.7], ['hastalıklar', 0.7], ['alerji', 0.8], ['ilaç', 0.6], ['kullandığınız ilaçlar', 0.8], ['engel durumu', 0.9], ['engelli', 0.85], ['hamilelik', 0.8], ['sigara', 0.7], ['kan grubu', 0.7], ['sağlık durumu', 0.6]],
    'health.contact': [['temaslı', 0.9], ['yakın temas', 0.95], ['temas öyküsü', 0.9]],
    'biometric.face': [['yüz fotoğrafı', 1], ['yüz tanıma', 0.95], ['vesikalık', 0.85], ['selfie', 0.95]],
    'financial.account': [['kart numarası', 0.9], ['kart no', 0.85], ['kredi kartı', 0.9], ['hesap numarası', 0.85], ['banka hesabı', 0.95], ['iban', 0.95]],
  },
  wholeLabel: {
    'identity.name': [['ad', 0.9]],
    'location.city': [['il', 0.8]],
  },
  negative: [
    {
      why: 'names and addresses of organisations, accounts and things',
      blocks: 'all',
      weight: 1,
      terms: ['kullanıcı adı', 'şirket adı', 'firma adı', 'kurum adı', 'ürün adı', 'proje adı', 'şirket adresi', 'şifre', 'tedarikçi', 'medeni durum', 'oda sıcaklığı'],
    },
    {
      why: 'a bare organisation word; below 1 so "Şirket e-posta" stays an e-mail',
      blocks: 'all',
      weight: 0.9,
      terms: ['şirket', 'firma', 'departman', 'birim'],
    },
  ],
};
