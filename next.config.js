/**
 * Next.js configuration. The reader is rendered at build time from `texts/`; the server only
 * serves the result, so the browser never parses or aligns anything.
 */

import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';

/**
 * The Content-Security-Policy of every response. Everything comes from the site itself: no
 * third-party scripts, styles, fonts, frames or connections. Scripts and styles need
 * 'unsafe-inline' because Next.js writes its page data as inline scripts into static pages, and
 * a nonce would force every page to be rendered per request. Texts never reach the page as HTML
 * (React renders them as text), so inline script can only come from Next.js itself. Only the
 * development server (`npm run dev`, `npm run edit`) allows eval, which React's development build
 * needs to rebuild call stacks; a built site never does.
 */
function contentSecurityPolicy(development) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
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
}

/** Security headers sent with every response. */
function securityHeaders(development) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(development) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  ];
}

/**
 * Where the edit mode's write route lives: `route.edit.ts` files are routes only in the
 * development server started with an edit token (`npm run edit`). `next build` never includes
 * them, so no built site, static host or `next start` has a write route.
 */
const EDIT_ROUTE_EXTENSION = 'edit.ts';

/** @param {string} phase @returns {import('next').NextConfig} */
export default function nextConfig(phase) {
  const editing = phase === PHASE_DEVELOPMENT_SERVER && Boolean(process.env.SVERKA_EDIT_TOKEN);
  return {
    // Browser tests build a fixture corpus into their own folder, leaving the normal build alone.
    distDir: process.env.SVERKA_DIST_DIR ?? '.next',
    reactStrictMode: true,
    // Types are checked by `npm test` (tsc, before jest), not by every build: a historian rebuilding
    // a thousand-document corpus after fixing one text should not wait for the type checker.
    typescript: { ignoreBuildErrors: true },
    poweredByHeader: false,
    pageExtensions: ['tsx', 'ts', 'jsx', 'js', ...(editing ? [EDIT_ROUTE_EXTENSION] : [])],
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders(phase === PHASE_DEVELOPMENT_SERVER) }];
    },
  };
}
