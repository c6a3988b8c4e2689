import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Compression buffers responses, which would hold server-sent events back until the
  // grading ends; the /api proxy (app/api/[...path]/route.ts) must pass each event on
  // as soon as it arrives.
  compress: false,
  poweredByHeader: false,
};

export default nextConfig;
