import type { KeyboardEvent, ReactNode } from 'react';
import './forms.css';

export interface KeyboardListProps {
  readonly label: string;
  readonly children: ReactNode;
  readonly className?: string;
}

const ROW = '[data-keyboard-row]';

/**
 * A list of links a keyboard walks: ↑/↓ move between rows, Home/End jump to the first/last, Enter
 * opens the focused one (it is a link). Mark each row's link with `data-keyboard-row`.
 */
export function KeyboardList({ label, children, className }: KeyboardListProps) {
  const move = (event: KeyboardEvent<HTMLUListElement>) => {
    const rows = [...event.currentTarget.querySelectorAll<HTMLElement>(ROW)];
    const index = rows.findIndex((row) => row === event.target);
    if (index === -1) return;
    const target =
      event.key === 'ArrowDown' ? rows[Math.min(index + 1, rows.length - 1)]
      : event.key === 'ArrowUp' ? rows[Math.max(index - 1, 0)]
      : event.key === 'Home' ? rows[0]
      : event.key === 'End' ? rows.at(-1)
      : undefined;
    if (target === undefined) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <ul aria-label={label} className={`keyboard-list${className === undefined ? '' : ` ${className}`}`} onKeyDown={move}>
      {children}
    </ul>
  );
}
