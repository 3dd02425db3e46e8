import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { TallyError } from '../domain/index.ts';
import type { Store, StoredToken, TokenRole } from '../store/index.ts';

export const TOKEN_ROLES: readonly TokenRole[] = ['viewer', 'analyst', 'admin'];

/** 32 random bytes: 256 bits, twice the 128 the access rules ask for. */
const TOKEN_BYTES = 32;
const TOKEN_PREFIX = 'tly_';
const NAME_PATTERN = /^[\w.-]{1,64}$/u;
const TOKEN_PATTERN = /^tly_[\w-]{43}$/u;

/** A token as listed: never its digest, never the token. */
export type TokenInfo = Omit<StoredToken, 'digest'>;

const digestOf = (token: string): string => createHash('sha256').update(token).digest('hex');

const infoOf = ({ name, role, createdAt, revokedAt }: StoredToken): TokenInfo => ({
  name,
  role,
  createdAt,
  revokedAt,
});

/**
 * Makes a new API token and stores only its SHA-256 digest: the returned `token` is shown once
 * and cannot be recovered.
 * @throws TallyError INVALID_INPUT for a bad name or role, CONFLICT for a name already used.
 */
export async function createToken(options: {
  readonly store: Store;
  readonly name: string;
  readonly role: string;
  readonly clock?: () => Date;
}): Promise<{ token: string; info: TokenInfo }> {
  const { store, name, role } = options;
  if (!NAME_PATTERN.test(name)) {
    throw new TallyError(
      'INVALID_INPUT',
      `token name "${name}" must be 1 to 64 letters, digits, "_", "." or "-"`,
    );
  }
  if (!isTokenRole(role)) {
    throw new TallyError('INVALID_INPUT', `token role "${role}" is not viewer, analyst or admin`);
  }
  const token = TOKEN_PREFIX + randomBytes(TOKEN_BYTES).toString('base64url');
  const stored: StoredToken = {
    name,
    role,
    digest: digestOf(token),
    createdAt: (options.clock ?? (() => new Date()))().toISOString(),
    revokedAt: null,
  };
  await store.saveToken(stored);
  return { token, info: infoOf(stored) };
}

/** Every token, revoked ones included, without digests. */
export async function listTokens(store: Store): Promise<TokenInfo[]> {
  return (await store.listTokens()).map(infoOf);
}

/** True when at least one unrevoked token exists: the server may then listen beyond loopback. */
export async function hasActiveTokens(store: Store): Promise<boolean> {
  return (await store.listTokens()).some((token) => token.revokedAt === null);
}

/**
 * Revokes a token by name.
 * @throws TallyError NOT_FOUND when no unrevoked token has that name.
 */
export async function revokeToken(options: {
  readonly store: Store;
  readonly name: string;
  readonly clock?: () => Date;
}): Promise<void> {
  const at = (options.clock ?? (() => new Date()))().toISOString();
  if (!(await options.store.revokeToken(options.name, at))) {
    throw new TallyError('NOT_FOUND', `no active token is named "${options.name}"`);
  }
}

/**
 * The unrevoked token a presented secret belongs to, or undefined. The stored digest is compared
 * with `timingSafeEqual`, so the comparison itself says nothing about how close a guess was.
 */
export async function authenticateToken(
  store: Store,
  presented: string,
): Promise<TokenInfo | undefined> {
  if (!TOKEN_PATTERN.test(presented)) return undefined;
  const digest = digestOf(presented);
  const stored = await store.findTokenByDigest(digest);
  if (!stored || stored.revokedAt !== null) return undefined;
  const expected = Buffer.from(stored.digest, 'hex');
  const actual = Buffer.from(digest, 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  return infoOf(stored);
}

/** Whether a role may do what `needed` allows: admin ⊃ analyst ⊃ viewer. */
export const roleAllows = (role: TokenRole, needed: TokenRole): boolean =>
  TOKEN_ROLES.indexOf(role) >= TOKEN_ROLES.indexOf(needed);

const isTokenRole = (role: string): role is TokenRole =>
  (TOKEN_ROLES as readonly string[]).includes(role);
