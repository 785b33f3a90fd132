// A content script lives in the page's renderer: whatever it can write, a compromised renderer can
// write. By default storage.local is open to content scripts, and it holds the policy state, the
// last failure and the ledger's pending deletion. Chromium lets the extension close it to them
// (storage.local.setAccessLevel, TRUSTED_CONTEXTS); the content script gets the employee's
// switches with its marks instead. Firefox has no such switch (bug 1724754): there the policy state
// is validated again at every start (policy-layers revalidateStored), which is all we can do.
interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

/** Returns whether storage.local is now closed to content scripts. */
export async function closeStorageToContentScripts(): Promise<boolean> {
  const g = globalThis as { chrome?: { storage?: { local?: AccessLevelArea } } };
  const local = g.chrome?.storage?.local;
  if (!local?.setAccessLevel) return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch (error) {
    console.warn('[FormWarden] could not close storage.local to content scripts', error);
    return false;
  }
}
