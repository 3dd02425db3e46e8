import type { ExtractedClaim, ExtractedEvent } from '../domain/index.ts';
import { extract } from './index.ts';

/** The claims the engine finds in a sentence, resolved against a fixed publication date. */
export function claimsIn(text: string, published: string | null = '2024-12-03'): ExtractedClaim[] {
  return extract({ text, published }).claims;
}

/** The one claim a sentence states; fails the test when there are none or several. */
export function claimIn(text: string, published: string | null = '2024-12-03'): ExtractedClaim {
  const claims = claimsIn(text, published);
  if (claims.length !== 1) {
    throw new Error(
      `expected one claim in "${text}", found ${claims.length}: ${claims.map((c) => c.text).join(' | ')}`,
    );
  }
  return claims[0] as ExtractedClaim;
}

export function eventsIn(text: string, published: string | null = '2024-12-03'): ExtractedEvent[] {
  return extract({ text, published }).events;
}
