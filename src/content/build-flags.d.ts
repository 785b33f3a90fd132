/** True only in the browser-test build (vite.config.ts): test hooks exist there and nowhere else. */
declare const __FW_TEST__: boolean;
