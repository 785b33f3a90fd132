// Types of a Kantara Initiative Consent Receipt, specification v1.1 (field names exactly as the
// specification spells them, so a receipt can be read by any tool that knows the format).
// We never sign receipts, so `publicKey` is absent (it is optional in v1.1).

export const KANTARA_VERSION = 'KI-CR-v1.1.0';

export interface KantaraPiiController {
  piiController: string;
  onBehalf?: boolean;
  contact: string;
  address?: string;
  email?: string;
  phone?: string;
  piiControllerUrl?: string;
}

export interface KantaraPurpose {
  purpose: string;
  purposeCategory: string[];
  consentType: 'EXPLICIT' | 'IMPLICIT';
  piiCategory: string[];
  primaryPurpose: boolean;
  termination: string;
  thirdPartyDisclosure: boolean;
  thirdPartyName?: string;
}

export interface KantaraService {
  service: string;
  purposes: KantaraPurpose[];
}

export interface ConsentReceipt {
  version: typeof KANTARA_VERSION;
  jurisdiction: string;
  /** Seconds since the epoch (the specification uses a Unix timestamp). */
  consentTimestamp: number;
  collectionMethod: string;
  consentReceiptID: string;
  language: string;
  piiPrincipalId: string;
  piiControllers: KantaraPiiController[];
  policyUrl: string;
  services: KantaraService[];
  sensitive: boolean;
  spiCat: string[];
}
