// "Did you mean …?" for typos in ids: the closest candidate by edit distance, when it is close.

/**
 * Edit distance counting an adjacent swap as one edit ("hihg" → "high"), the commonest typo
 * (optimal string alignment). Bounded: returns max+1 as soon as the distance must exceed max.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

// Beyond this length a value is not a typo of a short id; skipping it keeps hostile input cheap.
const MAX_COMPARED_LENGTH = 80;

/**
 * The candidate a typo most likely meant, or undefined. Case and separators are forgiven first
 * ("Health.Temperature", "health_temperature"); a bare suffix ("temperature") finds its family;
 * otherwise the nearest candidate within about a third of its length.
 */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  if (value.length === 0 || value.length > MAX_COMPARED_LENGTH || candidates.length === 0) return undefined;
  const fold = (s: string) => s.toLowerCase().replace(/[\s_\-.]+/g, '');
  const folded = fold(value);
  const exactFold = candidates.find((c) => fold(c) === folded);
  if (exactFold) return exactFold;
  const suffix = candidates.filter((c) => c.includes('.') && fold(c.slice(c.indexOf('.') + 1)) === folded);
  if (suffix.length === 1) return suffix[0];
  // An abbreviation of exactly one candidate ("epidemic" → "epidemic-prevention").
  const prefixed = folded.length >= 3 ? candidates.filter((c) => fold(c).startsWith(folded)) : [];
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const limit = Math.max(1, Math.floor(Math.max(candidate.length, 3) / 3));
    const d = editDistance(value.toLowerCase(), candidate.toLowerCase(), limit);
    // Two edits turn 'b' into anything short; a suggestion must keep most of the word.
    if (d <= limit && d * 2 < Math.max(value.length, candidate.length) && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
