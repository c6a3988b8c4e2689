import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '../components/site-header';
import { currentLanguage } from '../lib/language';
import { t } from '../lib/i18n';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: t(await currentLanguage(), 'platformName') };
}

/** Every page: the header (name, language, identity) above the page's content. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await currentLanguage();
  return (
    <html lang={lang}>
      <body>
        <SiteHeader lang={lang} />
        <main>{children}</main>
      </body>
    </html>
  );
}
