// The extension's id, fixed by the public key in manifest.json ("key"): sha256 of the key's DER,
// first 32 hex digits mapped 0-f → a-p. The private key is not in the repository.
export const EXTENSION_ID = 'phnilmnbiigildmhhcljikoljcgjboin';
