// Record ids that sort by time: "d-" + base-36 timestamp padded to 9 digits + random suffix.
// The options page sorts a filtered list of 100,000 ids without loading the records (query.ts),
// which is why the time lives in the key.

function randomHex(bytes: number): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function timeSortableId(prefix: 'd' | 's', at: number): string {
  return `${prefix}-${Math.max(0, Math.floor(at)).toString(36).padStart(9, '0')}-${randomHex(5)}`;
}

export function newUuid(): string {
  return globalThis.crypto.randomUUID();
}
