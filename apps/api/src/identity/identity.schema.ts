import { z } from 'zod';
import { requiredString, strictBody } from '../http/zod-messages';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';

/** Name of the signed, HTTP-only cookie holding the session token. */
export const IDENTITY_COOKIE = 'dl_identity';

/** An email address, compared without regard to case (stored as typed, trimmed). */
export const EmailSchema = requiredString()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email({ error: 'must be an email address' }));

/** A display name. */
export const NameSchema = requiredString()
  .trim()
  .min(1, { error: 'must not be empty', abort: true })
  .max(64, 'must be at most 64 characters')
  .regex(/^[\p{L}\p{N} _.'-]+$/u, "may contain only letters, digits, spaces and - _ . '");

/** A new password. */
export const PasswordSchema = requiredString()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

/** Body of POST /api/session. */
export const SessionRequestSchema = strictBody({
  email: requiredString().trim().min(1, 'must not be empty').max(254),
  password: requiredString().min(1, 'must not be empty').max(PASSWORD_MAX_LENGTH),
});

/** The kind of account: what it may do outside a course (an instructor may create courses). */
export type Role = 'student' | 'instructor' | 'admin';

/** The signed-in user as the request handlers see it. */
export interface Identity {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  isAdmin: boolean;
}

/** True when the user may create courses. */
export function mayCreateCourses(identity: Identity): boolean {
  return identity.isAdmin || identity.role !== 'student';
}
