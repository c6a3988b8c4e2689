import type { Response } from 'express';
import { IDENTITY_COOKIE } from './identity.schema';

/** Sets the session cookie: signed, HTTP-only, SameSite=Lax, for the whole site, until the session expires. */
export function setSessionCookie(response: Response, token: string, expiresAt: Date): void {
  response.cookie(IDENTITY_COOKIE, token, { signed: true, httpOnly: true, sameSite: 'lax', path: '/', expires: expiresAt });
}
