import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';
import type { Request } from 'express';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import { IDENTITY_COOKIE, type Identity } from './identity.schema';
import { verifyPassword } from './password';
import { SessionsRepository } from './sessions.repository';
import { TOKEN_PATTERN } from './tokens';
import { UsersRepository } from './users.repository';

/** Sign-in attempts allowed per email address and minute (slows password guessing). */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

/** The same answer for an unknown email and a wrong password: it tells nobody which emails exist. */
export const WRONG_CREDENTIALS = 'Wrong email or password';

/** Who is calling (the user of the session named by the signed cookie), signing in and out. */
@Injectable()
export class IdentityService {
  private readonly attempts = new ThrottlerStorageService();

  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(SessionsRepository) private readonly sessions: SessionsRepository,
  ) {}

  /** The request's identity, or undefined without a valid signed cookie naming a live session. */
  async fromRequest(request: Request): Promise<Identity | undefined> {
    const cached = (request as RequestWithIdentity).identity;
    if (cached) return cached;
    const token = sessionToken(request);
    if (!token) return undefined;
    const identity = await this.sessions.findUser(token);
    if (identity) (request as RequestWithIdentity).identity = identity;
    return identity;
  }

  /** Checks the password and opens a session; 401 with one generic message on any mismatch, 429 past the limit. */
  async signIn(email: string, password: string): Promise<{ identity: Identity; token: string; expiresAt: Date }> {
    const record = await this.attempts.increment(`sign-in:${email.toLowerCase()}`, WINDOW_MS, SIGN_IN_ATTEMPTS_PER_MINUTE, 0, 'sign-in');
    if (record.totalHits > SIGN_IN_ATTEMPTS_PER_MINUTE) {
      throw new HttpException(`Too many sign-in attempts for this email: try again in ${Math.max(1, Math.ceil(record.timeToExpire))} s`, HttpStatus.TOO_MANY_REQUESTS);
    }
    const user = await UsersRepository.findByEmail(this.pool, email);
    // Verified even for an unknown email, so that the answer's timing does not tell.
    const matches = await verifyPassword(user?.passwordHash, password);
    if (!user || !matches) throw new UnauthorizedException(WRONG_CREDENTIALS);
    const { passwordHash: _hash, ...identity } = user;
    return { identity, ...(await this.sessions.open(identity.id)) };
  }

  /** Revokes the request's session, if it has one. */
  async signOut(request: Request): Promise<void> {
    const token = sessionToken(request);
    if (token) await this.sessions.revoke(token);
  }
}

/** The session token of the signed cookie (cookie-parser puts a cookie with a bad signature at `false`). */
function sessionToken(request: Request): string | undefined {
  const token: unknown = request.signedCookies?.[IDENTITY_COOKIE];
  return typeof token === 'string' && TOKEN_PATTERN.test(token) ? token : undefined;
}

/** A request after IdentityGuard: carries the identity. */
export interface RequestWithIdentity extends Request {
  identity?: Identity;
}
