import { describe, expect, it } from 'vitest';
import { crossSiteReason } from './same-origin';

describe('crossSiteReason', () => {
  it('lets safe methods through whatever their origin', () => {
    expect(crossSiteReason({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.test' }, 'GET')).toBeUndefined();
  });

  it('trusts Sec-Fetch-Site first: same-origin and user-typed pass, same-site and cross-site do not', () => {
    expect(crossSiteReason({ 'sec-fetch-site': 'same-origin', host: 'api:4000', origin: 'http://web:3000' }, 'POST')).toBeUndefined();
    expect(crossSiteReason({ 'sec-fetch-site': 'none' }, 'DELETE')).toBeUndefined();
    expect(crossSiteReason({ 'sec-fetch-site': 'same-site' }, 'POST')).toBe('Sec-Fetch-Site is same-site');
    expect(crossSiteReason({ 'sec-fetch-site': 'cross-site', origin: 'http://api:4000', host: 'api:4000' }, 'POST')).toBe('Sec-Fetch-Site is cross-site');
  });

  it('compares Origin with the forwarded host, else the Host', () => {
    expect(crossSiteReason({ origin: 'http://localhost:3000', host: 'localhost:4000', 'x-forwarded-host': 'localhost:3000' }, 'POST')).toBeUndefined();
    expect(crossSiteReason({ origin: 'http://localhost:4000', host: 'localhost:4000' }, 'POST')).toBeUndefined();
    expect(crossSiteReason({ origin: 'https://evil.test', host: 'localhost:4000' }, 'POST')).toBe('the Origin is another site');
    expect(crossSiteReason({ origin: 'null', host: 'localhost:4000' }, 'POST')).toBe('the Origin header is not a URL');
  });

  it('lets a client that is not a browser page through (no Origin, no Sec-Fetch-Site)', () => {
    expect(crossSiteReason({ host: 'localhost:4000', cookie: 'dl_identity=x' }, 'POST')).toBeUndefined();
  });
});
