import type { ReactNode } from 'react';
import './ui.css';

export interface Detail {
  readonly term: string;
  readonly value: ReactNode;
  /** Monospace, for ids and versions. */
  readonly code?: boolean;
}

/** Term/value pairs as a description list. */
export function DetailList({ details }: { readonly details: readonly Detail[] }) {
  return (
    <dl className="detail-list">
      {details.map(({ term, value, code }) => (
        <div className="detail-list__row" key={term}>
          <dt>{term}</dt>
          <dd className={code ? 'detail-list__code' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
