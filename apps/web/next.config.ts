import type { NextConfig } from 'next';

/** Where the NestJS API listens; the browser never talks to it directly. */
const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

const nextConfig: NextConfig = {
  // Compression buffers responses, which would hold server-sent events back until the
  // grading ends; the proxy must pass each event through as soon as it arrives.
  compress: false,
  poweredByHeader: false,
  async rewrites() {
    // /api/* on :3000 goes to the API, so the identity cookie stays first-party.
    return [{ source: '/api/:path*', destination: `${apiUrl}/api/:path*` }];
  },
};

export default nextConfig;
