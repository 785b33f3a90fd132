// Settings tab: the employee's own switches (kept in storage.local, read by the content script).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SETTINGS, settingValue, type SettingName } from '../../../core/settings';
import { makeT } from '../../i18n';
import { OPTIONS_STRINGS, type OptionsKey } from '../strings';

const SWITCHES: readonly { name: SettingName; id: string; label: OptionsKey; help: OptionsKey }[] = [
  { name: 'showMarks', id: 'show-marks', label: 'settingsShowMarks', help: 'settingsShowMarksHelp' },
  {
    name: 'checkNoticeLinks',
    id: 'check-notice-links',
    label: 'settingsCheckNoticeLinks',
    help: 'settingsCheckNoticeLinksHelp',
  },
];

export function SettingsPanel() {
  const t = makeT(OPTIONS_STRINGS);
  const [values, setValues] = useState<Record<string, unknown>>({});
  useEffect(() => {
    void browser.storage.local.get(Object.values(SETTINGS).map((s) => s.key)).then(setValues);
  }, []);
  const toggle = (name: SettingName, on: boolean) => {
    setValues((v) => ({ ...v, [SETTINGS[name].key]: on }));
    void browser.storage.local.set({ [SETTINGS[name].key]: on });
  };
  return (
    <div>
      {SWITCHES.map((s) => (
        <div class="setting" key={s.id}>
          <input
            id={s.id}
            type="checkbox"
            role="switch"
            checked={settingValue(s.name, values)}
            aria-describedby={`${s.id}-help`}
            onChange={(e) => toggle(s.name, e.currentTarget.checked)}
          />
          <div>
            <label for={s.id}>{t(s.label)}</label>
            <p id={`${s.id}-help`}>{t(s.help)}</p>
          </div>
        </div>
      ))}
    </div>
  );
}
