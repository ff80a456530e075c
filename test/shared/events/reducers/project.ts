import { MemoryProjection, type CrfEvent, type CrfEventDraft } from '../../../../shared/events';
import { draftsFor, sealChain, type Drafts } from '../builders';

/** Seals drafts as one device's chain and applies them; returns the projection and the events. */
export function project(build: (d: Drafts) => readonly CrfEventDraft[], deviceId = 'dev-a'): { p: MemoryProjection; events: CrfEvent[]; d: Drafts } {
  const d = draftsFor(deviceId);
  const events = sealChain(build(d));
  const p = new MemoryProjection();
  for (const e of events) p.apply(e);
  return { p, events, d };
}

export const onStudy = (d: Drafts, subjectId = 'subj-1') => [d.screened(subjectId), d.enrolled(subjectId)];
