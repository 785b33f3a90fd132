// Dutch (Netherlands, Flanders). Dutch joins words like German: a leading `*` matches the end
// of a compound ("*adres" → woonadres, factuuradres); the compounds that are not personal
// (bedrijfsadres, gebruikersnaam) are negatives and hide the shorter match. Trap: "land" is
// also English; "plaats" is also "in plaats van" (instead of), hence whole phrases.
import type { LanguageLexicon } from './types';

export const NL: LanguageLexicon = {
  lang: 'nl',
  name: 'Dutch',
  terms: {
    'identity.name': [
      ['naam', 0.6],
      ['voornaam', 0.95],
      ['voornamen', 0.95],
      ['achternaam', 0.95],
      ['tussenvoegsel', 0.9],
      ['voorletters', 0.9],
      ['volledige naam', 0.95],
      ['roepnaam', 0.85],
      ['geboortenaam', 0.9],
      ['uw naam', 0.95],
      ['naam kaarthouder', 0.95],
      ['rekeninghouder', 0.85],
      ['tenaamstelling', 0.85],
      ['contactpersoon', 0.7],
      ['noodcontact', 0.7],
      ['handtekening', 0.5],
    ],
    'identity.id_number': [
      ['bsn', 0.95],
      ['burgerservicenummer', 1],
      ['sofinummer', 0.95],
      ['rijksregisternummer', 1], // Belgium
      ['paspoortnummer', 1],
      ['paspoort', 0.9],
      ['identiteitskaart', 0.9],
      ['id-kaart', 0.9],
      ['documentnummer', 0.85],
      ['identiteitsbewijs', 0.9],
      ['verblijfsvergunning', 0.8],
    ],
    'identity.phone': [
      ['telefoon', 0.9],
      ['telefoonnummer', 1],
      ['mobiel', 0.85],
      ['mobiel nummer', 0.95],
      ['mobiele nummer', 0.95],
      ['gsm', 0.85],
      ['gsm-nummer', 0.95],
    ],
    'identity.email': [['e-mailadres', 1], ['emailadres', 1], ['mailadres', 0.95]],
    'identity.employee_id': [['personeelsnummer', 0.95], ['medewerkersnummer', 0.95], ['studentnummer', 0.95]],
    'identity.birthdate': [['geboortedatum', 1], ['leeftijd', 0.8], ['geboortejaar', 0.95], ['geboren op', 0.9]],
    'location.address': [
      ['adres', 0.85],
      ['*adres', 0.85], // woonadres, postadres, factuuradres
      ['straat', 0.8],
      ['straatnaam', 0.9],
      ['huisnummer', 0.9],
      ['toevoeging', 0.6],
      ['postcode', 0.85],
    ],
    'location.city': [
      ['woonplaats', 0.95],
      ['plaats', 0.6],
      ['plaatsnaam', 0.85],
      ['stad', 0.8],
      ['gemeente', 0.7],
      ['provincie', 0.8],
      ['land', 0.45],
      ['geboorteplaats', 0.8],
    ],
    'location.travel': [['reis', 0.7], ['reizen', 0.7], ['vluchtnummer', 0.9], ['bestemming', 0.6], ['buitenland', 0.7], ['risicogebied', 0.85]],
    'health.temperature': [['lichaamstemperatuur', 1], ['temperatuur', 0.7]],
    'health.symptoms': [['klachten', 0.7], ['symptomen', 0.9], ['koorts', 0.85], ['hoesten', 0.85], ['keelpijn', 0.8], ['benauwdheid', 0.8], ['verlies van smaak', 0.8], ['verlies van reuk', 0.8]],
    'health.diagnosis': [['coronatest', 0.9], ['testuitslag', 0.8], ['positief getest', 0.9], ['diagnose', 0.85], ['quarantaine', 0.85], ['isolatie', 0.8], ['ziekmelding', 0.8]],
    'health.vaccination': [['vaccinatie', 0.9], ['gevaccineerd', 0.9], ['vaccin', 0.9], ['prik', 0.5], ['boosterprik', 0.9]],
    'health.medical_history': [['medische voorgeschiedenis', 1], ['chronische ziekte', 0.95], ['ziekte*', 0.7], ['allergie*', 0.8], ['medicijnen', 0.7], ['medicatie', 0.7], ['beperking', 0.8], ['handicap', 0.85], ['zwangerschap', 0.8], ['zwanger', 0.8], ['roker', 0.75], ['bloedgroep', 0.7], ['gezondheid', 0.5]],
    'health.contact': [['nauw contact', 0.95], ['contact gehad met', 0.9], ['in contact geweest', 0.95]],
    'biometric.face': [['pasfoto', 0.85], ['gezichtsherkenning', 0.95], ['gezicht', 0.8], ['selfie', 0.95]],
    'financial.account': [['rekeningnummer', 0.9], ['bankrekening', 0.95], ['bankrekeningnummer', 0.95], ['iban', 0.95], ['kaartnummer', 0.85], ['creditcard', 0.9], ['creditcardnummer', 0.95]],
  },
  negative: [
    {
      why: 'names and addresses of organisations, accounts and things',
      blocks: 'all',
      weight: 1,
      terms: ['gebruikersnaam', 'bedrijfsnaam', 'naam van het bedrijf', 'organisatie', 'bedrijfsadres', 'webadres', 'ip-adres', 'projectnaam', 'productnaam', 'wachtwoord', 'leverancier', 'kamertemperatuur', 'in plaats van'],
    },
    {
      why: 'a bare organisation word; below 1 so "E-mailadres (werk)" stays an e-mail',
      blocks: 'all',
      weight: 0.9,
      terms: ['bedrijf', 'afdeling', 'kostenplaats'],
    },
  ],
};
