import { editDistance } from '../closest-match.ts';

/** A frontmatter key as Docs writes them: words of letters, digits, `_` or `-`, joined by dots (`ms.custom`, `no-loc`). */
const wellFormedKey = /^[A-Za-z][\w-]*(?:\.[\w-]+)*$/;

/** True for a key that could be real metadata: `isWellFormedKey('f1.keywords')` → true, `isWellFormedKey('m unlock s.custom')` → false. */
export function isWellFormedKey(key: string): boolean {
  return wellFormedKey.test(key);
}

/**
 * The known key a damaged one stands for, when exactly one fits; undefined when none or several do.
 * Machine translation inserts words into a key (`munlocking-an-account s.custom` is `m` + junk + `s.custom`)
 * or slips a character (`ms,.custom`). A well-formed key is only repaired when one character is off
 * (`ms.reviwer` → `ms.reviewer`): `ms.subservice` is real Docs metadata, not a misspelt `ms.service`.
 * `repairKey('munlocking-an-account s.custom', ['ms.custom', 'title'])` → `'ms.custom'`.
 */
export function repairKey(key: string, known: readonly string[]): string | undefined {
  if (isWellFormedKey(key))
    return unique(
      known.filter((candidate) => editDistance(key.toLowerCase(), candidate.toLowerCase()) <= 1),
    );
  const inserted = unique(known.filter((candidate) => isWithInsertion(key, candidate)));
  if (inserted) return inserted;
  const limit = Math.max(2, Math.floor(key.length / 3));
  const distances = known.map(
    (candidate) => [candidate, editDistance(key.toLowerCase(), candidate.toLowerCase())] as const,
  );
  const best = Math.min(...distances.map(([, distance]) => distance));
  return best <= limit
    ? unique(distances.filter(([, distance]) => distance === best).map(([candidate]) => candidate))
    : undefined;
}

/** `key` is `candidate` with one run of characters inserted somewhere: `isWithInsertion('mxx s.custom', 'ms.custom')` → true. */
function isWithInsertion(key: string, candidate: string): boolean {
  if (key.length <= candidate.length) return false;
  for (let split = 0; split <= candidate.length; split++) {
    if (key.startsWith(candidate.slice(0, split)) && key.endsWith(candidate.slice(split)))
      return true;
  }
  return false;
}

function unique(candidates: string[]): string | undefined {
  return candidates.length === 1 ? candidates[0] : undefined;
}
