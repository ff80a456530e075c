import { useTranslation } from 'react-i18next';
import { remainingEntries } from '../../../../shared/care';
import type { Protocol } from '../../../../shared/protocol';
import { useSession } from '../../../app/providers';
import { Section } from '../../../ui';
import { ImportAllocationList } from './ImportAllocationList';
import { useAllocationLists } from './use-allocation-lists';

/** The sealed allocation lists of a protocol: what was imported and how many kits are left at this site. */
export function AllocationListsSection({ protocol }: { readonly protocol: Protocol }) {
  const { t } = useTranslation();
  const { siteId } = useSession();
  const state = useAllocationLists();
  const lists = state.status === 'ready' ? state.value.lists.filter(({ list }) => list.protocolId === protocol.id) : [];
  return (
    <Section title={t('care.allocation.title')}>
      <p className="hint">{t('care.allocation.explain')}</p>
      {state.status === 'ready' && lists.length === 0 ? <p>{t('care.allocation.none', { protocol: protocol.id })}</p> : null}
      {lists.length > 0 ? (
        <table className="data-table">
          <caption className="visually-hidden">{t('care.allocation.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('care.allocation.colList')}</th>
              <th scope="col">{t('care.allocation.colStage')}</th>
              <th scope="col">{t('care.allocation.colEntries')}</th>
              <th scope="col">{t('care.allocation.colLeft', { site: siteId ?? '—' })}</th>
              <th scope="col">{t('care.allocation.colImported')}</th>
            </tr>
          </thead>
          <tbody>
            {lists.map(({ row, list }) => (
              <tr key={row.listId}>
                <th scope="row" className="code">
                  {row.listId}
                </th>
                <td>{list.stage}</td>
                <td>{list.entries.length}</td>
                <td>
                  {siteId === undefined || state.status !== 'ready'
                    ? '—'
                    : remainingEntries([list], { protocolId: protocol.id, stage: list.stage, site: siteId, usedKits: state.value.usedKits })}
                </td>
                <td>{row.imported.at.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {state.status === 'ready' && state.value.unreadable.length > 0 ? (
        <p role="alert" className="notice notice--bad">
          {t('care.allocation.unreadable', { lists: state.value.unreadable.map((r) => r.listId).join(', ') })}
        </p>
      ) : null}
      <ImportAllocationList protocolId={protocol.id} />
    </Section>
  );
}
