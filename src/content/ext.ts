// The few extension APIs the content script uses, without webextension-polyfill (≈ 10 KB that the
// content-script budget cannot afford). Chrome MV3 and Firefox both return promises from these.
type Listener<A extends unknown[]> = { addListener(cb: (...args: A) => unknown): void };
interface ContentExtensionApi {
  i18n: { getMessage(name: string, substitutions?: string | string[]): string; getUILanguage(): string };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Listener<[message: unknown, sender: unknown, sendResponse: (r: unknown) => void]>;
  };
}

const g = globalThis as { browser?: ContentExtensionApi; chrome?: ContentExtensionApi };
export const ext: ContentExtensionApi = (g.browser ?? g.chrome)!;
