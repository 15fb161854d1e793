/**
 * Passwords and session tokens. A password is kept only as an argon2id hash
 * (@node-rs/argon2, its defaults: 19 MiB, 2 passes, the OWASP minimum); a session token
 * is 32 random bytes given to the browser once and kept only as its SHA-256 digest, so
 * a copy of the database opens no session.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1000;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False for a wrong password and for a stored hash that is not an argon2 hash at all. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let nobodysHash: Promise<string> | undefined;

/**
 * Spends the time of a real verification on a name that has no account, so the answer's
 * timing does not tell which names exist. Always false.
 */
export async function verifyForNobody(password: string): Promise<false> {
  nobodysHash ??= hash(randomBytes(32).toString('base64url'));
  await verifyPassword(await nobodysHash, password);
  return false;
}

/** A new session token (base64url, 43 characters) for the cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256 digest. */
export function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** A token as the server hands it out; anything else is refused before a lookup. */
export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
