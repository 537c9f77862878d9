/**
 * Next.js configuration. The reader is rendered at build time from `texts/`; the server only
 * serves the result, so the browser never parses or aligns anything.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Sverka's own lib is TypeScript compiled by Next; nothing else needs transpiling.
  typedRoutes: false,
};

export default nextConfig;
