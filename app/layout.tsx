import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Sverka — Russian archival documents and their translations', template: '%s · Sverka' },
  description: 'Read Soviet archival documents in Russian and English side by side, check translations and cite aligned passages.',
};

/** The frame of every page: a site header and the page's main content. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The reader's first script puts the remembered layout on this element before React loads
    // (INITIAL_LAYOUT_SCRIPT): attributes the server could not know, not a mismatch to report.
    <html lang="en" suppressHydrationWarning>
      <body>
        <header className="site-header">
          {/*
            Plain links, not next/link: every page is static, so a link loads the next page whole
            (its scripts are cached), and a reader page does not load the client router's link
            code (6 kB gzipped) or fetch other pages' code in its first seconds.
          */}
          <a href="/" className="site-name">Sverka</a>
          <span className="site-tagline">Russian originals and English translations, side by side</span>
          <a href="/search" className="site-search">Search</a>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
