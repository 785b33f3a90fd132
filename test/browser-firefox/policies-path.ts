// Where Firefox on Linux reads the machine's policies.json: /etc/<application name>/policies/,
// and the application is "Firefox" for Debian's firefox-esr too (its own /etc/firefox-esr/ holds
// preferences, not policies). docs/admin.md names this path and a unit test checks it does.
export const FIREFOX_POLICIES_FILE = '/etc/firefox/policies/policies.json';
