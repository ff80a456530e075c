import type { BundleProgress } from '../../../shared/export';

export type ExportStage = { readonly phase: 'preparing' | 'saving' } | { readonly phase: BundleProgress['phase']; readonly done: number; readonly total: number };

/** How far along an export is, 0-100: events, then casebooks, then the audit trail, then finishing. */
export function percentOf(stage: ExportStage): number {
  const part = (from: number, to: number, done: number, total: number) => from + ((to - from) * (total === 0 ? 1 : Math.min(done, total) / total));
  switch (stage.phase) {
    case 'preparing':
      return 0;
    case 'events':
      return part(0, 35, stage.done, stage.total);
    case 'casebooks':
      return part(35, 65, stage.done, stage.total);
    case 'audit-trail':
      return part(65, 95, stage.done, stage.total);
    case 'finishing':
      return 97;
    case 'saving':
      return 100;
  }
}

/** The stage a progress report of buildBundle stands for, given the totals. */
export function stageOf(progress: BundleProgress, totals: { readonly events: number; readonly subjects: number }): ExportStage {
  switch (progress.phase) {
    case 'events':
    case 'audit-trail':
      return { phase: progress.phase, done: progress.events, total: totals.events };
    case 'casebooks':
      return { phase: progress.phase, done: progress.subjects, total: totals.subjects };
    case 'finishing':
      return { phase: 'finishing', done: 0, total: 0 };
  }
}
