// The employee's switches: one place for keys and defaults, read the same by the options page and
// the content script. Checking notice links (the extension's only request) stays off unless chosen.
import { describe, expect, it } from 'vitest';
import { SETTINGS, settingValue } from '../../src/core/settings';

describe('settings', () => {
  it('defaults: marks shown, notice links not fetched', () => {
    expect(settingValue('showMarks', {})).toBe(true);
    expect(settingValue('checkNoticeLinks', {})).toBe(false);
  });

  it('stored booleans win; anything else is the default', () => {
    expect(settingValue('showMarks', { [SETTINGS.showMarks.key]: false })).toBe(false);
    expect(settingValue('checkNoticeLinks', { [SETTINGS.checkNoticeLinks.key]: true })).toBe(true);
    expect(settingValue('checkNoticeLinks', { [SETTINGS.checkNoticeLinks.key]: 'yes' })).toBe(false);
  });
});
