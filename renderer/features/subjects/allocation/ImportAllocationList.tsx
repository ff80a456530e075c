import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkListAgainstProtocol, parseAllocationList } from '../../../../shared/care';
import { formatPath, type Issue } from '../../../../shared/lib/result';
import { useProtocols, useSession, useStore } from '../../../app/providers';
import { SaveFailedDialog } from '../../../app/SaveFailedDialog';
import { useCan } from '../../../app/use-can';
import { importAllocationList, type WriteError } from '../../../db';
import { usePlatform } from '../../../platform';
import { IssueList } from '../../../ui';
import { openTextFile } from './read-file-text';

type Outcome = { readonly kind: 'idle' } | { readonly kind: 'issues'; readonly name: string; readonly issues: readonly Issue[] } | { readonly kind: 'imported'; readonly listId: string; readonly count: number };

/** Opens a sealed allocation list (CSV or JSON), checks it against its protocol and stores it. */
export function ImportAllocationList({ protocolId }: { readonly protocolId: string }) {
  const { t } = useTranslation();
  const bridge = usePlatform();
  const store = useStore();
  const session = useSession();
  const { latest } = useProtocols();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const can = useCan('allocation.imported');

  const importFile = async () => {
    setBusy(true);
    try {
      const file = await openTextFile(bridge, { name: t('care.allocation.fileFilter'), extensions: ['csv', 'json'] });
      if (!file.opened) return;
      if ('error' in file) {
        setOutcome({ kind: 'issues', name: file.name, issues: [{ path: [], message: t('care.import.notUtf8'), severity: 'error' }] });
        return;
      }
      const parsed = parseAllocationList(file.text);
      if (!parsed.ok) return setOutcome({ kind: 'issues', name: file.name, issues: parsed.issues });
      const protocol = latest(parsed.value.protocolId);
      const issues =
        protocol === undefined
          ? [{ path: ['protocolId'], message: t('care.allocation.unknownProtocol', { protocol: parsed.value.protocolId }), severity: 'error' as const }]
          : checkListAgainstProtocol(parsed.value, protocol);
      if (parsed.value.protocolId !== protocolId) {
        issues.push({ path: ['protocolId'], message: t('care.allocation.otherProtocol', { list: parsed.value.protocolId, shown: protocolId }), severity: 'error' });
      }
      if (issues.length > 0 || protocol === undefined) return setOutcome({ kind: 'issues', name: file.name, issues });
      const { listId, stage, entries } = parsed.value;
      const saved = await importAllocationList(store, session.writeContext(protocol), { listId, stage, entryCount: entries.length, text: file.text });
      if (saved.ok) setOutcome({ kind: 'imported', listId, count: entries.length });
      else setFailure(saved.issues);
    } finally {
      setBusy(false);
    }
  };

  if (!can.allowed) return <p className="notice">{can.why}</p>;
  return (
    <div>
      <button type="button" className="button" disabled={busy} onClick={() => void importFile()}>
        {t('care.allocation.import')}
      </button>
      {outcome.kind === 'imported' ? (
        <p role="status" className="notice">
          {t('care.allocation.imported', { listId: outcome.listId, count: outcome.count })}
        </p>
      ) : null}
      {outcome.kind === 'issues' ? (
        <IssueList
          title={t('care.import.issues', { name: outcome.name, count: outcome.issues.length })}
          issues={outcome.issues.map((i) => ({ where: formatPath(i.path), message: i.message, severity: i.severity }))}
          severityLabel={(s) => t(`care.import.severity.${s}`)}
        />
      ) : null}
      {failure === undefined ? null : <SaveFailedDialog error={failure} onClose={() => setFailure(undefined)} />}
    </div>
  );
}
