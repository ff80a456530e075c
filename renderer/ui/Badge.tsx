import type { ReactNode } from 'react';
import './forms.css';

export type BadgeTone = 'neutral' | 'good' | 'warning' | 'bad' | 'info';

/** A short status word with a tone; the word itself carries the meaning (never colour alone). */
export function Badge({ tone, children }: { readonly tone: BadgeTone; readonly children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
