/**
 * The public address of the site, configured once: `SVERKA_SITE_URL` in the environment or in
 * `.env` (which `next build`, `next start` and the CLI read), e.g. https://sverka.example.org.
 * Citations, exports and the page's meta tags point there. Without it they carry no Sverka
 * address at all (a record made on a laptop must not cite http://localhost:3000).
 */

/** The configured site address without a trailing slash, or undefined when none (or no valid http(s) URL) is set. */
export function siteUrl(environment: Record<string, string | undefined> = process.env): string | undefined {
  const configured = (environment.SVERKA_SITE_URL ?? environment.SVERKA_BASE_URL)?.trim();
  if (!configured) return undefined;
  try {
    const url = new URL(configured);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/** A document's reader page on the configured site, or undefined without one. */
export function documentUrl(slug: string, site = siteUrl()): string | undefined {
  return site ? `${site}/documents/${slug}` : undefined;
}
