/**
 * The values eligibility is judged on: one entry per measured or recorded value, possibly several per
 * item (dated), as the screening forms hold them.
 */
import { parseLocalDate } from '../schedule';

export interface Observation {
  readonly item: string;
  /** A number (quantities, integers), a choice code, true/false, or a 'YYYY-MM-DD' date. */
  readonly value: number | string | boolean;
  /** The unit of a number; absent = the item's stored unit. */
  readonly unit?: string | undefined;
  /** "<20" is { value: 20, qualifier: '<' }: the true value is below 20 (below a limit of detection). */
  readonly qualifier?: '<' | '>' | undefined;
  /** When the value was measured ('YYYY-MM-DD'); needed for rules over time such as a daily rise. */
  readonly date?: string | undefined;
}

const dayOf = (o: Observation): number => (o.date === undefined ? Number.NEGATIVE_INFINITY : (parseLocalDate(o.date) ?? Number.NEGATIVE_INFINITY));

/** Values of one item, oldest first (undated count as oldest; equal dates keep input order). */
export function valuesOf(observations: readonly Observation[], item: string): Observation[] {
  return observations
    .map((o, index) => ({ o, index }))
    .filter(({ o }) => o.item === item)
    .sort((a, b) => dayOf(a.o) - dayOf(b.o) || a.index - b.index)
    .map(({ o }) => o);
}

/** The most recent value of an item: the latest date wins; among equal dates, the last given. */
export function latestOf(observations: readonly Observation[], item: string): Observation | undefined {
  return valuesOf(observations, item).at(-1);
}

/** The two latest values with distinct valid dates, older first; undefined when there are not two. */
export function lastTwoDated(observations: readonly Observation[], item: string): [Observation, Observation] | undefined {
  const dated = valuesOf(observations, item).filter((o) => o.date !== undefined && parseLocalDate(o.date) !== undefined);
  const latest = dated.at(-1);
  if (latest === undefined) return undefined;
  const earlier = dated.filter((o) => o.date !== latest.date).at(-1);
  return earlier === undefined ? undefined : [earlier, latest];
}
