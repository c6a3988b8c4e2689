import { requiredString, strictBody } from '../http/zod-messages';

/** Name of the signed, HTTP-only cookie holding the user's id. */
export const IDENTITY_COOKIE = 'dl_identity';

/** Body of POST /api/session. */
export const SessionRequestSchema = strictBody({
  /** Display name, also the identity key (minimal identity: real accounts come later). */
  name: requiredString()
    .trim()
    .min(1, 'must not be empty')
    .max(64, 'must be at most 64 characters')
    .regex(/^[\p{L}\p{N} _.'-]+$/u, "may contain only letters, digits, spaces and - _ . '"),
});

export type Role = 'student' | 'instructor' | 'admin';

/** The signed-in user as the request handlers see it. */
export interface Identity {
  id: string;
  name: string;
  role: Role;
}
