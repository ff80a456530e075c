import type { ProtocolCatalogue } from '../protocol';
import type { Observation } from './observations';

/** What a rule is evaluated against. */
export interface RuleContext {
  readonly observations: readonly Observation[];
  readonly catalogue: ProtocolCatalogue;
  /** The day eligibility is judged for ('YYYY-MM-DD'), e.g. the planned day 1. */
  readonly referenceDate: string;
}
