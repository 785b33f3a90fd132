// The popup's translate function and the severity words every popup component shares.
import type { Severity } from '../../core/types';
import type { PopupKey } from './strings';

export type T = (key: PopupKey, subs?: Record<string, string | number>) => string;

export const SEVERITY_KEY: Record<Severity, PopupKey> = {
  high: 'popupSeverityHigh',
  medium: 'popupSeverityMedium',
  low: 'popupSeverityLow',
};
