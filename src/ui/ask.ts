// Extension pages ask the background through the typed contract (src/messaging/contract.ts).
import browser from 'webextension-polyfill';
import { askerFor } from '../messaging/ask';

export const ask = askerFor((message) => browser.runtime.sendMessage(message));
