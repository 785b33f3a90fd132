// Kantara CR v1.1 Appendix "Purpose Categories": which one a policy's legal basis corresponds to.
// Data, not logic, so the mapping can be read and argued with. hr-management has no category of its
// own in the appendix; "Core Function" is the nearest (the employer's own processing).
import type { LegalBasis } from '../types';

export const PURPOSE_CATEGORY_BY_LEGAL_BASIS: Record<LegalBasis, string> = {
  consent: 'Core Function',
  contract: 'Contracted Service',
  'hr-management': 'Core Function',
  'legal-obligation': 'Required by Law Enforcement or Government',
  'public-health': 'Protecting Your Health',
  'vital-interest': 'Protecting Your Health',
};

/** When the policy states no legal basis the receipt still needs a category. */
export const DEFAULT_PURPOSE_CATEGORY = 'Core Function';
