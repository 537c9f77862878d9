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
          {/* No prefetching: a reader page should not spend its first seconds fetching the list's and search's code. */}
          <Link href="/" className="site-name" prefetch={false}>Sverka</Link>
          <span className="site-tagline">Russian originals and English translations, side by side</span>
          <Link href="/search" className="site-search" prefetch={false}>Search</Link>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
