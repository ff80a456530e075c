import { describe, expect, it } from 'vitest';
import { versionOf, type CrfEvent, type ItemEvent, type QueryRow } from '../../../shared/events';
import { fieldTrail, type TrailStep } from '../../../shared/review';
import { LABS_W4, TrialData } from './builders';

const isItemEvent = (e: CrfEvent): e is ItemEvent => e.type === 'item.valueSet' || e.type === 'item.missingReasonSet' || e.type === 'item.cleared';

/** The field's versions as the store's field history reads them (its item events, in order). */
const versionsOf = (data: TrialData, itemId: string) => data.events.filter(isItemEvent).filter((e) => e.itemId === itemId).map(versionOf);
const queriesOf = (data: TrialData, itemId: string): QueryRow[] => [...data.projection.queries.values()].filter((q) => q.itemId === itemId);

const describeStep = (s: TrailStep) =>
  s.kind === 'version'
    ? `${s.stamp.role} ${s.version.kind} ${String(s.version.value ?? s.version.missing?.code ?? '')}${s.version.reason === undefined ? '' : ` (${s.version.reason})`}`
    : `${s.stamp.role} query ${s.number} ${s.action}${s.text === undefined ? '' : `: ${s.text}`}`;

describe('a field’s trail', () => {
  it('interleaves the field’s values with the steps of its queries, in the order they happened, numbering the queries', () => {
    const data = new TrialData().enrol();
    data.value(LABS_W4, 'albumin', 8, { unit: 'g/L' });
    data.value(LABS_W4, 'bilirubin', 100, { unit: 'µmol/L' });
    data.query('q-1', { ...LABS_W4, itemId: 'albumin' });
    data.queryStep('q-1', 'query.answered');
    data.correct(LABS_W4, 'albumin', 28, 'Transcription error');
    data.queryStep('q-1', 'query.closed');
    data.systemQuery('q-2', { ...LABS_W4, itemId: 'albumin' }, 'Albumin is low: confirm.');

    const trail = fieldTrail(versionsOf(data, 'albumin'), queriesOf(data, 'albumin'));
    expect(trail.map(describeStep)).toEqual([
      'nurse value 8',
      'monitor query 1 opened: Please check',
      'nurse query 1 answered: done',
      'nurse value 28 (Transcription error)',
      'monitor query 1 closed: done',
      'nurse query 2 opened: Albumin is low: confirm.',
    ]);
    expect(trail[5]).toMatchObject({ kind: 'query', queryId: 'q-2', system: true });
  });

  it('is just the versions when the field was never queried, and empty for a field never written', () => {
    const data = new TrialData().enrol();
    data.value(LABS_W4, 'albumin', 30, { unit: 'g/L' });
    data.cleared(LABS_W4, 'albumin');
    expect(fieldTrail(versionsOf(data, 'albumin'), []).map(describeStep)).toEqual(['nurse value 30', 'nurse cleared ']);
    expect(fieldTrail([], [])).toEqual([]);
  });
});
