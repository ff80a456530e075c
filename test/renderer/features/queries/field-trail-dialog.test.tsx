/**
 * The field's history with its queries (FieldTrailDialog): values and query steps in one table, oldest
 * first, in English and Chinese.
 */
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ItemVersion, QueryRow, Stamp } from '../../../../shared/events';
import { FieldTrailDialog } from '../../../../renderer/features/queries';
import { createI18n } from '../../../../renderer/i18n';
import { memoryStorage } from '../../app/support/memory-storage';

const stamp = (seq: number, role: Stamp['role'], userId: string): Stamp => ({ eventId: `e-${seq}`, deviceId: 'd-1', seq, at: '2025-03-12T01:00:00.000Z', userId, role });
const value = (seq: number, v: number, reason?: string): ItemVersion => ({
  kind: 'value',
  stamp: stamp(seq, 'nurse', 'u-nurse'),
  protocolVersion: '0.1',
  entered: String(v),
  value: v,
  unit: 'g/L',
  ...(reason === undefined ? {} : { reason }),
});
const query: QueryRow = {
  queryId: 'q-1',
  subjectId: 's-1',
  visitId: 'w0',
  formId: 'labs',
  itemId: 'albumin',
  status: 'closed',
  system: false,
  text: 'Albumin 2.8 g/L is impossible.',
  history: [
    { action: 'opened', text: 'Albumin 2.8 g/L is impossible.', stamp: stamp(2, 'monitor', 'u-monitor') },
    { action: 'answered', text: 'Mistyped.', stamp: stamp(3, 'nurse', 'u-nurse') },
    { action: 'closed', stamp: stamp(5, 'monitor', 'u-monitor') },
  ],
  updated: stamp(5, 'monitor', 'u-monitor'),
};
const names: Record<string, string> = { 'u-nurse': 'Wang Li', 'u-monitor': 'Li Na' };

function show(language: 'en' | 'zh') {
  const i18n = createI18n({ storage: memoryStorage({ 'ecrf.language': language }), document });
  render(
    <I18nextProvider i18n={i18n}>
      <FieldTrailDialog
        label="Albumin"
        history={{ status: 'ready', value: [value(1, 2.8), value(4, 28, 'Transcription error')] }}
        queries={[query]}
        describe={(v) => `${String(v.value)} ${v.unit ?? ''}`}
        nameOf={(id) => names[id] ?? id}
        onClose={() => undefined}
      />
    </I18nextProvider>,
  );
  return within(screen.getByRole('dialog')).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
}

describe('a field’s history with its queries', () => {
  it('lists the values and every query step in order, with who, the reason of a value and its protocol version', () => {
    expect(show('en').map((cells) => cells.slice(1))).toEqual([
      ['Wang Li (research nurse)', '2.8 g/L', '—', '0.1'],
      ['Li Na (monitor)', 'Query 1 raised: “Albumin 2.8 g/L is impossible.”', '—', '—'],
      ['Wang Li (research nurse)', 'Query 1 answered: “Mistyped.”', '—', '—'],
      ['Wang Li (research nurse)', '28 g/L', 'Transcription error', '0.1'],
      ['Li Na (monitor)', 'Query 1 closed', '—', '—'],
    ]);
    expect(screen.getByRole('columnheader', { name: 'Value or query' })).toBeInTheDocument();
  });

  it('reads in Chinese', () => {
    expect(show('zh').map((cells) => cells[2])).toEqual(['2.8 g/L', '质疑 1已发起：“Albumin 2.8 g/L is impossible.”', '质疑 1已回复：“Mistyped.”', '28 g/L', '质疑 1已关闭']);
  });
});
