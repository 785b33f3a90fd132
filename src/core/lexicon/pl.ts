// Polish. Folding turns ł into l and drops ogonki ("Imię" = "imie"). Polish inflects, so the
// nominative label forms are listed ("Numer telefonu", not every case). Traps: "nie" (no) is
// an option on every yes/no question (es.ts keeps the Spanish NIE out for that reason); "pan"
// / "pani" are forms of address, not names.
import type { LanguageLexicon } from './types';

export const PL: LanguageLexicon = {
  lang: 'pl',
  name: 'Polish',
  terms: {
    'identity.name': [
      ['imię', 0.9],
      ['imiona', 0.9],
      ['drugie imię', 0.95],
      ['nazwisko', 0.95],
      ['imię i nazwisko', 1],
      ['nazwisko rodowe', 0.9],
      ['nazwisko panieńskie', 0.9],
      ['imię ojca', 0.85],
      ['imię matki', 0.85],
      ['właściciel karty', 0.9],
      ['posiadacz karty', 0.9],
      ['osoba kontaktowa', 0.8],
      ['podpis', 0.5],
    ],
    'identity.id_number': [
      ['pesel', 1],
      ['numer pesel', 1],
      ['nip', 0.8],
      ['dowód osobisty', 0.9],
      ['numer dowodu osobistego', 1],
      ['seria i numer dowodu', 1],
      ['numer dowodu', 0.95],
      ['paszport', 0.9],
      ['numer paszportu', 1],
      ['numer dokumentu', 0.85],
      ['karta pobytu', 0.8],
    ],
    'identity.phone': [['telefon', 0.9], ['numer telefonu', 1], ['nr telefonu', 1], ['telefon komórkowy', 0.95], ['komórka', 0.8], ['tel.', 0.8]],
    'identity.email': [['adres e-mail', 1], ['adres email', 1], ['poczta elektroniczna', 1]],
    'identity.employee_id': [['numer pracownika', 0.95], ['numer ewidencyjny', 0.9], ['numer albumu', 0.9], ['nr albumu', 0.9]],
    'identity.birthdate': [['data urodzenia', 1], ['wiek', 0.8], ['rok urodzenia', 0.95]],
    'location.address': [
      ['adres', 0.85],
      ['adres zamieszkania', 1],
      ['adres zameldowania', 1],
      ['adres korespondencyjny', 1],
      ['ulica', 0.8],
      ['numer domu', 0.9],
      ['nr domu', 0.9],
      ['numer mieszkania', 0.9],
      ['nr lokalu', 0.85],
      ['kod pocztowy', 0.9],
    ],
    'location.city': [['miejscowość', 0.9], ['miasto', 0.85], ['województwo', 0.8], ['powiat', 0.7], ['gmina', 0.7], ['kraj', 0.6], ['miejsce urodzenia', 0.8], ['kraj zamieszkania', 0.95]],
    'location.travel': [['podróż', 0.75], ['podróże', 0.8], ['numer lotu', 0.9], // not a bare "lot": the English word
       ['cel podróży', 0.85], ['wyjazd służbowy', 0.8], ['za granicą', 0.7], ['strefa ryzyka', 0.85]],
    'health.temperature': [['temperatura ciała', 1], ['temperatura', 0.7]],
    'health.symptoms': [['objawy', 0.9], ['objaw', 0.9], ['gorączka', 0.85], ['kaszel', 0.85], ['ból gardła', 0.8], ['duszność', 0.8], ['utrata smaku', 0.8], ['utrata węchu', 0.8]],
    'health.diagnosis': [['test na covid', 0.9], ['wynik testu', 0.8], ['pozytywny wynik', 0.85], ['diagnoza', 0.85], ['rozpoznanie', 0.8], ['kwarantanna', 0.85], ['izolacja', 0.8], ['zwolnienie lekarskie', 0.8]],
    'health.vaccination': [['szczepienie', 0.9], ['zaszczepiony', 0.9], ['szczepionka', 0.9], ['dawka', 0.6], ['dawka przypominająca', 0.9]],
    'health.medical_history': [['historia choroby', 1], ['choroby przewlekłe', 0.95], ['choroba przewlekła', 0.95], ['choroby', 0.7], ['choroba', 0.7], ['alergie', 0.8], ['uczulenie', 0.8], ['leki', 0.7], ['niepełnosprawność', 0.85], ['orzeczenie o niepełnosprawności', 0.95], ['ciąża', 0.8], ['palenie', 0.7], ['grupa krwi', 0.7], ['stan zdrowia', 0.6]],
    'health.contact': [['bliski kontakt', 0.95], ['kontakt z osobą zakażoną', 0.95], ['kontakt z osobą chorą', 0.95]],
    'biometric.face': [['zdjęcie twarzy', 1], ['twarz', 0.8], ['rozpoznawanie twarzy', 0.95], ['selfie', 0.95]],
    'financial.account': [['numer konta', 0.85], ['numer rachunku', 0.9], ['rachunek bankowy', 0.95], ['konto bankowe', 0.95], ['numer karty', 0.85], ['karta kredytowa', 0.9], ['iban', 0.95]],
  },
  negative: [
    {
      why: 'names and addresses of organisations, accounts and things',
      blocks: 'all',
      weight: 1,
      terms: ['nazwa firmy', 'nazwa użytkownika', 'login', 'nazwa projektu', 'nazwa produktu', 'adres firmy', 'adres ip', 'adres strony', 'hasło', 'dostawca', 'stan cywilny'],
    },
    {
      why: 'a bare organisation word; below 1 so "E-mail służbowy (firma)" stays an e-mail',
      blocks: 'all',
      weight: 0.9,
      terms: ['firma', 'dział', 'centrum kosztów'],
    },
  ],
};
