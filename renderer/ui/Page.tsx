import type { ReactNode } from 'react';
import { PAGE_HEADING_ID } from './page-heading';
import './ui.css';

export interface PageProps {
  /** The page's one level-1 heading; the layout moves focus here after each navigation. */
  readonly title: string;
  /** A line under the heading (e.g. which subject a visit belongs to). */
  readonly subtitle?: string;
  readonly children?: ReactNode;
}

export function Page({ title, subtitle, children }: PageProps) {
  return (
    <article className="page" aria-labelledby={PAGE_HEADING_ID}>
      <div className="page__header">
        <h1 id={PAGE_HEADING_ID} className="page__title" tabIndex={-1}>
          {title}
        </h1>
        {subtitle === undefined ? null : <p className="page__subtitle">{subtitle}</p>}
      </div>
      {children}
    </article>
  );
}
