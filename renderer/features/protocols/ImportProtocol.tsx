import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPath, type Issue } from '../../../shared/lib/result';
import { useProtocols, useSession, useStore } from '../../app/providers';
import { SaveFailedDialog } from '../../app/SaveFailedDialog';
import { useCan } from '../../app/use-can';
import { importProtocol, type WriteError } from '../../db';
import { usePlatform } from '../../platform';
import { IssueList } from '../../ui';
import { openTextFile } from '../subjects/allocation/read-file-text';
import { checkProtocolFile } from './check-protocol-file';

type Outcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'issues'; readonly name: string; readonly issues: readonly Issue[] }
  | { readonly kind: 'message'; readonly text: string; readonly tone: 'good' | 'bad' };

/** A data manager imports a new or amended protocol definition: checked completely before it is stored. */
export function ImportProtocol() {
  const { t } = useTranslation();
  const bridge = usePlatform();
  const store = useStore();
  const session = useSession();
  const protocols = useProtocols();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const can = useCan('protocol.imported');

  if (!can.allowed) return <p className="notice">{can.why} {t('care.protocols.switchHint')}</p>;

  const run = async () => {
    setBusy(true);
    try {
      const file = await openTextFile(bridge, { name: t('care.protocols.fileFilter'), extensions: ['json'] });
      if (!file.opened) return;
      if ('error' in file) return setOutcome({ kind: 'issues', name: file.name, issues: [{ path: [], message: t('care.import.notUtf8'), severity: 'error' }] });
      const check = checkProtocolFile(file.text, protocols);
      switch (check.kind) {
        case 'issues':
          return setOutcome({ kind: 'issues', name: file.name, issues: check.issues });
        case 'known':
          return setOutcome({ kind: 'message', tone: 'good', text: t('care.protocols.alreadyHere', { id: check.protocol.id, version: check.protocol.version }) });
        case 'version-taken':
          return setOutcome({ kind: 'message', tone: 'bad', text: t('care.protocols.versionTaken', { id: check.protocol.id, version: check.protocol.version }) });
        case 'ready': {
          const { protocol } = check;
          const saved = await importProtocol(store, session.writeContext(protocol), file.text, protocol.title.en.slice(0, 500));
          if (!saved.ok) return setFailure(saved.issues);
          const warnings = check.warnings.length === 0 ? '' : ` ${t('care.protocols.withWarnings', { count: check.warnings.length })}`;
          return setOutcome({ kind: 'message', tone: 'good', text: `${t('care.protocols.imported', { id: protocol.id, version: protocol.version })}${warnings}` });
        }
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void run()}>
        {t('care.protocols.import')}
      </button>
      {outcome.kind === 'message' ? (
        <p role={outcome.tone === 'bad' ? 'alert' : 'status'} className={outcome.tone === 'bad' ? 'notice notice--bad' : 'notice'}>
          {outcome.text}
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
