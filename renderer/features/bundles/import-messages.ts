import type { TFunction } from 'i18next';
import type { ImportOutcome, ImportRefusal, RestoreOutcome } from '../../db/bundle-import';
import { shortDevice } from './format';

/** Why an import or restore was refused, in the current language. */
export function refusalLines(t: TFunction, refusal: ImportRefusal): string[] {
  const head = t('bundles.import.refused');
  switch (refusal.kind) {
    case 'not-importable':
      return [head, t('bundles.import.refusal.not-importable')];
    case 'query-failed':
      return [head, t('bundles.import.refusal.query-failed', { message: refusal.error.message })];
    case 'write-failed':
      return [head, t('bundles.import.refusal.write-failed', { message: refusal.error.message })];
    case 'refused': {
      const r = refusal.rejection;
      switch (r.kind) {
        case 'invalid-event':
          return [head, t('bundles.import.refusal.invalid-event', { index: r.index + 1 })];
        case 'broken-chain':
          return [head, t('bundles.import.refusal.broken-chain', { device: shortDevice(r.break.deviceId), seq: r.break.seq })];
        case 'fork':
          return [head, t('bundles.import.refusal.fork', { device: shortDevice(r.deviceId), seq: r.seq })];
        case 'gap':
          return [head, t('bundles.import.refusal.gap', { device: shortDevice(r.deviceId), expected: r.expectedSeq, seq: r.seq })];
        case 'missing-ancestor':
          return [head, t('bundles.import.refusal.missing-ancestor', { device: shortDevice(r.missing.deviceId), seq: r.missing.seq })];
        case 'write-failed':
          return [head, t('bundles.import.refusal.write-failed', { message: r.error.message })];
      }
    }
  }
}

/** What an import did, in the current language. */
export function importLines(t: TFunction, name: string, outcome: ImportOutcome): string[] {
  const lines: string[] =
    outcome.added === 0
      ? [t('bundles.import.doneNothing', { count: outcome.alreadyStored, name })]
      : [t('bundles.import.done', { count: outcome.added, name }), ...(outcome.alreadyStored > 0 ? [t('bundles.import.doneAlready', { count: outcome.alreadyStored })] : [])];
  if (outcome.queries.length > 0) lines.push(t('bundles.import.queriesRaised', { count: outcome.queries.length }));
  if (outcome.alreadyQueried.length > 0) lines.push(t('bundles.import.alreadyQueried', { count: outcome.alreadyQueried.length }));
  if (outcome.agreeing.length > 0) lines.push(t('bundles.import.agreeing', { count: outcome.agreeing.length }));
  return lines;
}

/** What a restore did, with the verification of every chain afterwards. */
export function restoreLines(t: TFunction, name: string, outcome: RestoreOutcome): { readonly lines: string[]; readonly problems: string[] } {
  const lines: string[] = [t('bundles.restore.done', { name, added: outcome.added, already: outcome.alreadyStored })];
  if (outcome.queries.length > 0) lines.push(t('bundles.import.queriesRaised', { count: outcome.queries.length }));
  const problems: string[] = outcome.chains.flatMap((c) => (c.problem === undefined ? [] : [t('bundles.restore.chainProblem', { device: shortDevice(c.deviceId), message: c.problem.message })]));
  if (problems.length === 0) lines.push(t('bundles.restore.verified', { count: outcome.chains.length, events: outcome.chains.reduce((n, c) => n + c.events, 0) }));
  return { lines, problems };
}
