import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Sverka — Russian archival documents and their translations', template: '%s · Sverka' },
  description: 'Read Soviet archival documents in Russian and English side by side, check translations and cite aligned passages.',
};

/** The frame of every page: a site header and the page's main content. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="site-name">Sverka</Link>
          <span className="site-tagline">Russian originals and English translations, side by side</span>
          <Link href="/search" className="site-search">Search</Link>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
