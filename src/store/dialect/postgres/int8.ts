import { TallyError } from '../../../domain/index.ts';

/**
 * Reads an int8 (bigint, count(*)) that PostgreSQL sends as text. It becomes a number only
 * when the number says exactly the same: any integer a JavaScript number can hold, up to 2^53
 * and beyond it the ones that happen to be representable, as SQLite gives them back too.
 */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || BigInt(value) !== BigInt(text)) {
    throw new TallyError(
      'STORE_CORRUPT',
      `The database returned the integer ${text}, which Tally cannot hold exactly`,
    );
  }
  return value;
}
