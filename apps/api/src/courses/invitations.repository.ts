import type pg from 'pg';
import { hashToken, newToken } from '../identity/tokens';

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

const DAY_MS = 24 * 3600 * 1000;
/** A password-reset link works this long, once. */
export const RESET_LINK_DAYS = 7;

/** A sign-up link to a course. */
export interface SignUpInvitation {
  courseId: string;
  role: 'student' | 'instructor';
  email: string | null;
}

/** The web pages the links open (relative to the web app; PUBLIC_URL makes them absolute). */
export function linkUrl(page: 'signup' | 'reset-password', token: string): string {
  return `${process.env.PUBLIC_URL?.replace(/\/$/, '') ?? ''}/${page}?token=${token}`;
}

/**
 * SQL of the invitations table: sign-up links to a course and one-time password-reset links.
 * Only the token's hash is stored; the token itself is shown once, to the instructor.
 */
export const InvitationsRepository = {
  /** A sign-up link; with an email it is for that person only and works once, without one it works until it expires. */
  async createSignUp(db: Queryable, invitation: SignUpInvitation & { createdBy: string; days: number }): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + invitation.days * DAY_MS);
    await db.query(
      `INSERT INTO invitations (token_hash, kind, course_id, role, email, created_by, expires_at) VALUES ($1, 'signup', $2, $3, $4, $5, $6)`,
      [hashToken(token), invitation.courseId, invitation.role, invitation.email, invitation.createdBy, expiresAt],
    );
    return { token, expiresAt };
  },

  /** A one-time link that sets a new password for `userId`. */
  async createPasswordReset(db: Queryable, userId: string, createdBy: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + RESET_LINK_DAYS * DAY_MS);
    await db.query(
      `INSERT INTO invitations (token_hash, kind, user_id, created_by, expires_at) VALUES ($1, 'password_reset', $2, $3, $4)`,
      [hashToken(token), userId, createdBy, expiresAt],
    );
    return { token, expiresAt };
  },

  /** Locks a live sign-up link (in the caller's transaction); marks it used when it names an email. */
  async takeSignUp(db: pg.PoolClient, token: string): Promise<SignUpInvitation | undefined> {
    const { rows } = await db.query<SignUpInvitation & { tokenHash: string }>(
      `SELECT token_hash AS "tokenHash", course_id AS "courseId", role, email FROM invitations
       WHERE token_hash = $1 AND kind = 'signup' AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
      [hashToken(token)],
    );
    const invitation = rows[0];
    if (invitation?.email) await db.query('UPDATE invitations SET used_at = now() WHERE token_hash = $1', [invitation.tokenHash]);
    return invitation && { courseId: invitation.courseId, role: invitation.role, email: invitation.email };
  },

  /** Uses a live password-reset link once (in the caller's transaction): the user it is for. */
  async takePasswordReset(db: pg.PoolClient, token: string): Promise<string | undefined> {
    const { rows } = await db.query<{ userId: string }>(
      `UPDATE invitations SET used_at = now()
       WHERE token_hash = $1 AND kind = 'password_reset' AND used_at IS NULL AND expires_at > now()
       RETURNING user_id AS "userId"`,
      [hashToken(token)],
    );
    return rows[0]?.userId;
  },
};
