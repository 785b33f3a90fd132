// Hidden inputs are not questions, except those a script fills with location, identity or
// biometric data behind the user's back (geolocation written into geo_api_info, a selfie as
// base64 in picdata). Those are reported so the classifier can flag them as collectors.
//
// Matched on name/id split into tokens (snake_case, kebab-case, camelCase). Tokens, not
// substrings: "platform" must not match "lat", "template" must not match "lat".
// Left out on purpose: "position" (usually a job title), "address" alone (server/company address
// in OA forms is common), "jd"/"wd" (too short to mean 经度/纬度 reliably), "openid" (an account
// key, not something the person is asked).

const COLLECTOR_TOKENS = new Set([
  // location
  'lat',
  'lng',
  'lon',
  'long',
  'latitude',
  'longitude',
  'geo',
  'geolocation',
  'gps',
  'location',
  'loc',
  'coords',
  'coord',
  'coordinate',
  'coordinates',
  'jingdu',
  'weidu',
  'jwd',
  'dwxx',
  'dkdd',
  'dkwz',
  // identity
  'sfzh',
  'sfz',
  'sfzhm',
  'idcard',
  'idno',
  'zjhm',
  'ssn',
  // biometric
  'face',
  'facedata',
  'faceimg',
  'selfie',
  'picdata',
  'photodata',
  'photo',
  'zp',
  'rlzp',
]);

/** Compound names that contain a collector word glued to another ("geo_api_info" splits fine). */
const COLLECTOR_PATTERNS = [/^geo/i, /location$/i, /^(?:lat|lng|lon)\d*$/i, /idcard/i, /^face/i];

export function isHiddenCollectorName(name: string | null, id: string | null): boolean {
  return [name, id].some((value) => value !== null && value !== '' && nameLooksLikeCollector(value));
}

function nameLooksLikeCollector(value: string): boolean {
  const tokens = value
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (tokens.some((t) => COLLECTOR_TOKENS.has(t))) return true;
  return COLLECTOR_PATTERNS.some((p) => p.test(value));
}
