import { hash, verify } from '@node-rs/argon2';

/** Shortest and longest accepted password (the upper bound caps the hashing work). */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;

/** argon2id hash of a password, in the PHC string format (salt and parameters included). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash of a random password: verified against when the email is unknown, so that both cases take as long. */
const unknownUserHash = hash(`no user ${Math.random()}`);

/** True when `password` matches `passwordHash`; with no hash, spends the same time and answers false. */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await unknownUserHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
