import { render } from 'preact';
import { currentLocale } from '../i18n';
import { Popup } from './Popup';

const locale = currentLocale();
document.documentElement.lang = locale;
render(<Popup locale={locale} />, document.getElementById('app')!);
