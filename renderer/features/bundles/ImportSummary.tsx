import { useTranslation } from 'react-i18next';
import type { CrfEvent } from '../../../shared/events';
import type { BundleContents, ChainPlan, ImportPlan, ItemConflict } from '../../../shared/export';
import { describeVersion } from '../../../shared/export/workflow/conflict-queries';
import { useLanguage } from '../../i18n';
import { DetailList } from '../../ui';
import { localWhen, shortDevice } from './format';

/** Subject codes the bundle itself names (its enrolment events), to show people codes rather than ids. */
function subjectCodes(events: readonly CrfEvent[]): ReadonlyMap<string, string> {
  const codes = new Map<string, string>();
  for (const event of events) {
    if (event.type === 'subject.enrolled') codes.set(event.subjectId, event.payload.subjectCode);
  }
  return codes;
}

function ChainRow({ chain }: { readonly chain: ChainPlan }) {
  const { t } = useTranslation();
  const tone = chain.status === 'gap' || chain.status === 'fork' ? 'badge badge--bad' : chain.newEvents > 0 ? 'badge badge--info' : 'badge badge--neutral';
  return (
    <tr>
      <th scope="row">
        <span className="code">{shortDevice(chain.deviceId)}</span>
      </th>
      <td>{t('bundles.summary.range', { from: chain.fromSeq, to: chain.toSeq })}</td>
      <td>{chain.heldSeq === 0 ? t('bundles.summary.heldNone') : t('bundles.summary.heldUpTo', { seq: chain.heldSeq })}</td>
      <td>
        <span className={tone}>{t(`bundles.summary.status.${chain.status}`)}</span>
      </td>
      <td>{chain.newEvents}</td>
      <td>{chain.duplicates}</td>
    </tr>
  );
}

function ConflictRow({ conflict, code }: { readonly conflict: ItemConflict; readonly code: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { item } = conflict;
  return (
    <tr>
      <th scope="row">{code}</th>
      <td>{item.visitId}</td>
      <td>
        {item.formId}
        {item.recordId === '' ? null : <span className="code"> {item.recordId}</span>}
      </td>
      <td>{item.itemId}</td>
      <td>
        <ul className="bundle-versions">
          {conflict.versions.map((version) => (
            <li key={version.stamp.eventId}>{describeVersion(version, language)}</li>
          ))}
        </ul>
        {conflict.sameContent ? <span className="badge badge--neutral">{t('bundles.summary.agree')}</span> : null}
      </td>
    </tr>
  );
}

/** What importing a verified bundle would do: where it comes from, per device new or already here, gaps and forks, conflicts. */
export function ImportSummary({ name, bundle, plan }: { readonly name: string; readonly bundle: BundleContents; readonly plan: ImportPlan }) {
  const { t } = useTranslation();
  const { manifest } = bundle;
  const added = plan.chains.reduce((n, c) => n + c.newEvents, 0);
  const codes = subjectCodes(bundle.events);
  const blocked = plan.chains.filter((c) => c.status === 'gap' || c.status === 'fork');
  return (
    <div className="bundle-summary">
      <h3 className="bundle-summary__title">{t('bundles.summary.title', { name })}</h3>
      <DetailList
        details={[
          { term: t('bundles.summary.file'), value: name, code: true },
          { term: t('bundles.summary.bundleId'), value: manifest.bundleId, code: true },
          { term: t('bundles.summary.kind'), value: t(`bundles.kind.${manifest.kind}`) },
          { term: t('bundles.summary.protocol'), value: t('bundles.summary.protocolValue', { id: manifest.protocol.id, version: manifest.protocol.version }) },
          { term: t('bundles.summary.from'), value: t('bundles.summary.fromValue', { site: manifest.site, device: shortDevice(manifest.deviceId) }) },
          { term: t('bundles.summary.by'), value: t('bundles.summary.byValue', { user: manifest.exportedBy.userId, role: t(`bundles.role.${manifest.exportedBy.role}`) }) },
          { term: t('bundles.summary.created'), value: localWhen(manifest.createdAt) },
          { term: t('bundles.summary.follows'), value: manifest.previousBundleId ?? t('bundles.none'), code: manifest.previousBundleId !== null },
        ]}
      />
      {plan.chains.length === 0 ? null : (
        <table className="data-table">
          <caption>{t('bundles.summary.chains')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bundles.summary.deviceCol')}</th>
              <th scope="col">{t('bundles.summary.eventsCol')}</th>
              <th scope="col">{t('bundles.summary.heldCol')}</th>
              <th scope="col">{t('bundles.summary.statusCol')}</th>
              <th scope="col">{t('bundles.summary.newCol')}</th>
              <th scope="col">{t('bundles.summary.duplicateCol')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.chains.map((chain) => (
              <ChainRow key={chain.deviceId} chain={chain} />
            ))}
          </tbody>
        </table>
      )}
      {plan.importable ? (
        <p className="bundle-summary__totals">{added === 0 ? t('bundles.summary.nothingNew') : t('bundles.summary.totals', { count: added, duplicates: plan.duplicates })}</p>
      ) : (
        <div role="alert" className="notice notice--bad">
          <p>{t('bundles.summary.blocked')}</p>
          <ul>
            {blocked.map((chain) => (
              <li key={chain.deviceId}>
                {chain.status === 'gap'
                  ? t('bundles.summary.gap', { device: shortDevice(chain.deviceId), from: chain.heldSeq + 1, to: chain.fromSeq - 1 })
                  : t('bundles.summary.fork', { device: shortDevice(chain.deviceId) })}
              </li>
            ))}
            {plan.missingAncestor === undefined ? null : (
              <li>{t('bundles.summary.missingAncestor', { seq: plan.missingAncestor.seq, device: shortDevice(plan.missingAncestor.deviceId) })}</li>
            )}
          </ul>
        </div>
      )}
      {plan.conflicts.length === 0 ? null : (
        <>
          <table className="data-table">
            <caption>{t('bundles.summary.conflicts', { count: plan.conflicts.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bundles.summary.subjectCol')}</th>
                <th scope="col">{t('bundles.summary.visitCol')}</th>
                <th scope="col">{t('bundles.summary.formCol')}</th>
                <th scope="col">{t('bundles.summary.itemCol')}</th>
                <th scope="col">{t('bundles.summary.versionsCol')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.conflicts.map((conflict) => (
                <ConflictRow
                  key={JSON.stringify(conflict.item)}
                  conflict={conflict}
                  code={codes.get(conflict.item.subjectId) ?? conflict.item.subjectId}
                />
              ))}
            </tbody>
          </table>
          <p className="form-field__hint">{t('bundles.summary.conflictsHint')}</p>
        </>
      )}
    </div>
  );
}
