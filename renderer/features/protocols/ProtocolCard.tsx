import { useTranslation } from 'react-i18next';
import { groupAssumptions } from '../../../shared/protocol';
import type { LoadedProtocol } from '../../app/providers';
import { DetailList, Section } from '../../ui';
import { useBilingual } from '../subjects/use-bilingual';

/** One protocol: its versions on this laptop and the assumptions of the newest one, for a sponsor to confirm. */
export function ProtocolCard({ versions }: { readonly versions: readonly LoadedProtocol[] }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const newest = versions[0];
  if (newest === undefined) return null;
  const { protocol } = newest;
  const groups = groupAssumptions(protocol);
  return (
    <Section title={`${protocol.id} · ${pick(protocol.condition)}`}>
      <p>{pick(protocol.title)}</p>
      <DetailList
        details={[
          { term: t('care.protocols.registry'), value: protocol.registryId, code: true },
          { term: t('care.protocols.masking'), value: t(`care.protocols.maskingValue.${protocol.masking}`) },
          { term: t('care.protocols.arms'), value: protocol.arms.map((a) => pick(a.label)).join(' · ') },
        ]}
      />
      <table className="data-table">
        <caption>{t('care.protocols.versionsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('care.protocols.colVersion')}</th>
            <th scope="col">{t('care.protocols.colSource')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.protocol.version}>
              <th scope="row" className="code">
                {v.protocol.version}
              </th>
              <td>
                {v.imported === undefined
                  ? t('care.protocols.builtIn')
                  : t('care.protocols.importedOn', { date: v.imported.imported.at.slice(0, 10), role: t(`care.role.${v.imported.imported.role}`) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>{t('care.protocols.assumptions', { count: groups.length, version: protocol.version })}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{t('care.protocols.assumptions', { count: groups.length, version: protocol.version })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('care.protocols.colFlag')}</th>
              <th scope="col">{t('care.protocols.colAssumption')}</th>
              <th scope="col">{t('care.protocols.colWhere')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group, index) => (
              <tr key={index}>
                <td className="code">{group.assumption.flag}</td>
                <td>{pick(group.assumption)}</td>
                <td className="muted">{group.where.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Section>
  );
}
