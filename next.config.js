/**
 * Next.js configuration. The reader is rendered at build time from `texts/`; the server only
 * serves the result, so the browser never parses or aligns anything.
 */

/**
 * The Content-Security-Policy of every response. Everything comes from the site itself: no
 * third-party scripts, styles, fonts, frames or connections. Scripts and styles need
 * 'unsafe-inline' because Next.js writes its page data as inline scripts into static pages, and
 * a nonce would force every page to be rendered per request. Texts never reach the page as HTML
 * (React renders them as text), so inline script can only come from Next.js itself.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers sent with every response. */
const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Browser tests build a fixture corpus into their own folder, leaving the normal build alone.
  distDir: process.env.SVERKA_DIST_DIR ?? '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
