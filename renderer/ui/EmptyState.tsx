import type { ReactNode } from 'react';
import './ui.css';

export interface EmptyStateProps {
  readonly message: string;
  /** A way onward, e.g. a link to where the missing thing can be made. */
  readonly action?: ReactNode;
}

/** What a page shows when there is honestly nothing to show. */
export function EmptyState({ message, action }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <p className="empty-state__message">{message}</p>
      {action === undefined ? null : <p className="empty-state__action">{action}</p>}
    </div>
  );
}
