// Settings tab: the employee's own switches (kept in storage.local, read by the content script).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { makeT } from '../../i18n';
import { OPTIONS_STRINGS } from '../strings';

export const SHOW_MARKS_KEY = 'showMarks';

export function SettingsPanel() {
  const t = makeT(OPTIONS_STRINGS);
  const [showMarks, setShowMarks] = useState(true);
  useEffect(() => {
    void browser.storage.local.get(SHOW_MARKS_KEY).then((v) => setShowMarks(v[SHOW_MARKS_KEY] !== false));
  }, []);
  const toggle = (on: boolean) => {
    setShowMarks(on);
    void browser.storage.local.set({ [SHOW_MARKS_KEY]: on });
  };
  return (
    <div class="setting">
      <input id="show-marks" type="checkbox" role="switch" checked={showMarks} aria-describedby="show-marks-help" onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)} />
      <div>
        <label for="show-marks">{t('settingsShowMarks')}</label>
        <p id="show-marks-help">{t('settingsShowMarksHelp')}</p>
      </div>
    </div>
  );
}
