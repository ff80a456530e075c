import type { ReactNode } from 'react';
import type { FieldAddress } from './field-path';

/** A line under a field from outside the form (a review finding, a verification cleared by a change). */
export interface FieldNote {
  /** Unique on the page: the note is announced with the field's input (aria-describedby). */
  readonly id: string;
  readonly tone: 'finding' | 'info' | 'warning';
  readonly text: string;
}

/**
 * What the page adds to a field row besides entry: a highlight (a finding is about this field), controls
 * and badges beside the save status (queries, source verification) and notes under the field. The form
 * renderer draws them; what they mean is the page's business.
 */
export interface FieldExtras {
  readonly highlight?: boolean;
  readonly actions?: ReactNode;
  readonly notes?: readonly FieldNote[];
}

export type FieldExtrasOf = (address: FieldAddress) => FieldExtras | undefined;
