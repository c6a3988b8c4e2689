import { ConflictException } from '@nestjs/common';
import type pg from 'pg';
import { z } from 'zod';
import { EmailSchema, NameSchema, PasswordSchema, type Identity, type Role } from './identity.schema';
import { hashPassword } from './password';
import { UsersRepository } from './users.repository';

/** What creating an account needs; without a password the account cannot sign in until a reset link is used. */
export interface NewAccount {
  name: string;
  email: string;
  password?: string;
  role?: Role;
  isAdmin?: boolean;
}

const NewAccountSchema = z.object({ name: NameSchema, email: EmailSchema, password: PasswordSchema.optional() });

/** Postgres' unique-violation code. */
const UNIQUE_VIOLATION = '23505';

/** The message of a taken email (case-insensitive match). */
export function emailTakenMessage(email: string): string {
  return `An account with the email ${email} already exists`;
}

/**
 * Validates and creates an account (argon2id password hash) on `db`, a pool or a transaction's
 * client. A taken email (whatever its case) is a 409 ConflictException; bad fields a ZodError.
 * @example
 *   await createAccount(pool, { name: 'Ada', email: 'ada@example.org', password: 'correct horse' });
 */
export async function createAccount(db: Pick<pg.Pool, 'query'> | pg.PoolClient, account: NewAccount): Promise<Identity> {
  const { name, email, password } = NewAccountSchema.parse({ name: account.name, email: account.email, password: account.password });
  const passwordHash = password === undefined ? null : await hashPassword(password);
  try {
    return await UsersRepository.insert(db, { name, email, passwordHash, role: account.role ?? 'student', isAdmin: account.isAdmin ?? false });
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new ConflictException(emailTakenMessage(email));
    throw error;
  }
}
