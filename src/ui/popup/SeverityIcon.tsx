// Severity by shape as well as colour (issue 18): octagon = high, triangle = medium, circle with
// "i" = low, circle with a tick = nothing found. The mark is cut out of the shape (even-odd), so
// it reads in forced-colours mode, where the shape takes the text colour and the cut-out the page's.
import type { Severity } from '../../core/types';

const SHAPES: Record<Severity | 'none', string> = {
  high: 'M5 1h6l4 4v6l-4 4H5l-4-4V5z M7 4h2v5H7z M7 10.5h2v2H7z',
  medium: 'M8 1l7.5 13.5H.5z M7 5.5h2v4.5H7z M7 11h2v2H7z',
  low: 'M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1z M7 7h2v5H7z M7 4h2v2H7z',
  none: 'M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1z M4.5 8.2l1.4-1.4 1.6 1.6 3.6-3.6 1.4 1.4-5 5z',
};

/** Decorative: the severity's word always stands next to it. */
export function SeverityIcon({ severity }: { severity: Severity | 'none' }) {
  return (
    <svg
      class="sev-icon"
      data-shape={severity}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" fill-rule="evenodd" d={SHAPES[severity]} />
    </svg>
  );
}
