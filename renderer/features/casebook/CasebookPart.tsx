import { useId, type ReactNode } from 'react';

/**
 * A titled part of the casebook (level-2 heading, a region named by it). `newPage` starts it on a new
 * printed page: every visit, and the queries, signatures and audit parts.
 */
export function CasebookPart({ title, newPage, className, children }: { readonly title: string; readonly newPage?: boolean; readonly className?: string; readonly children: ReactNode }) {
  const id = useId();
  const classes = ['casebook-part', newPage === true ? 'casebook-part--new-page' : '', className ?? ''].filter((c) => c !== '').join(' ');
  return (
    <section className={classes} aria-labelledby={id}>
      <h2 id={id} className="casebook-part__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
