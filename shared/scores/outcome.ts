import type { IssuePath } from '../lib/result';

/** Why a score could not be computed: where in the argument (e.g. ['bilirubin', 'unit']) and what is wrong. */
export interface ScoreProblem {
  readonly path: IssuePath;
  readonly message: string;
}

export interface ScoreFailure {
  readonly ok: false;
  readonly problems: readonly ScoreProblem[];
}

/**
 * Every score function returns this instead of throwing: the success fields of score T, or the problems.
 * A success never carries NaN or an infinite number.
 */
export type ScoreOutcome<T> = ({ readonly ok: true } & T) | ScoreFailure;

export const scoreFailure = (problems: readonly ScoreProblem[]): ScoreFailure => ({ ok: false, problems });

export const problemAt = (path: IssuePath, message: string): ScoreProblem => ({ path, message });
