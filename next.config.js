/**
 * Next.js configuration. The reader is rendered at build time from `texts/`; the server only
 * serves the result, so the browser never parses or aligns anything.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  // Browser tests build a fixture corpus into their own folder, leaving the normal build alone.
  distDir: process.env.SVERKA_DIST_DIR ?? '.next',
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
