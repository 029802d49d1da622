import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useRouter } from '../routing/router';

/** The page's h1. After a client-side navigation it takes focus, so screen readers announce the new page. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useI18n();
  const { navigationCount } = useRouter();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} - ${t.meta.titleSuffix}`;
  }, [title, t]);

  useEffect(() => {
    if (navigationCount > 0) ref.current?.focus();
  }, [navigationCount]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
