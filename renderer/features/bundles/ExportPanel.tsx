import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleIssue, BundleKind } from '../../../shared/export';
import { nextExportMark } from '../../../shared/export/workflow/export-range';
import { useProtocols, useSession, useStore } from '../../app/providers';
import { getLastExport, getLastExports, recordExport } from '../../db/backup-state';
import { protocolsWithData } from '../../db/export-reads';
import { listRecipients } from '../../db/recipient-keys';
import { useLiveQuery } from '../../db/use-live-query';
import { usePlatform } from '../../platform';
import { Field } from '../../ui';
import { RecipientChoice, sealBundle, type SealChoice } from '../keys';
import { SEALED_EXTENSION, shortFingerprint } from '../../../shared/export/sealed';
import { BundleIssueList } from './BundleIssueList';
import { buildExport } from './build-export';
import { runBlindedExtract } from './build-extract';
import { stageOf, type ExportStage } from './export-progress';
import { ExportProgress } from './ExportProgress';
import { localWhen, shortDevice } from './format';
import { Outcome } from './Outcome';

type ExportOutcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly stage: ExportStage }
  | { readonly kind: 'message'; readonly tone: 'good' | 'bad'; readonly lines: readonly string[] }
  | { readonly kind: 'issues'; readonly issues: readonly BundleIssue[] };

/**
 * Export one protocol's data as a CRF bundle: full, or incremental since this laptop's last export of it;
 * with a progress bar; saved through the platform (a save dialog, or a download in a browser).
 */
export function ExportPanel() {
  const { t } = useTranslation();
  const store = useStore();
  const bridge = usePlatform();
  const session = useSession();
  const { current, latest } = useProtocols();
  const kindName = useId();
  const state = useLiveQuery(async () => ({ withData: await protocolsWithData(store), marks: await getLastExports(store) }), [store]);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [kind, setKind] = useState<BundleKind>('full');
  const [outcome, setOutcome] = useState<ExportOutcome>({ kind: 'idle' });
  const [seal, setSeal] = useState<SealChoice>({ encrypt: false });

  if (state.status !== 'ready') return state.status === 'failed' ? <p role="alert" className="notice notice--bad">{state.message}</p> : null;
  const { withData, marks } = state.value;
  const protocolId = chosen ?? withData.find((id) => latest(id) !== undefined) ?? current[0]?.protocol.id;
  const protocol = protocolId === undefined ? undefined : latest(protocolId);
  const previous = protocolId === undefined ? undefined : marks[protocolId];
  const effectiveKind: BundleKind = previous === undefined ? 'full' : kind;
  const running = outcome.kind === 'running';

  const run = async () => {
    if (protocol === undefined) return;
    if (session.user.blinded) {
      // A blinded person takes away a blinded extract, never the events (docs/bundle-format.md).
      setOutcome({ kind: 'running', stage: { phase: 'preparing' } });
      return setOutcome(
        await runBlindedExtract({
          store,
          bridge,
          t,
          protocol,
          site: session.siteId,
          exportedBy: { userId: session.user.userId, role: session.user.role },
          onProgress: (progress, prepared) => setOutcome({ kind: 'running', stage: stageOf(progress, { events: prepared.eventCount, subjects: prepared.subjectCount }) }),
          onSaving: () => setOutcome({ kind: 'running', stage: { phase: 'saving' } }),
        }),
      );
    }
    setOutcome({ kind: 'running', stage: { phase: 'preparing' } });
    // The mark as stored now, not as last rendered: an export recorded a moment ago (here or in another
    // window) is continued even if the live query has not re-rendered yet, so the incremental line never forks.
    const stored = await getLastExport(store, protocol.id);
    const built = await buildExport({
      store,
      protocol,
      kind: stored === undefined ? 'full' : kind,
      site: session.siteId,
      exportedBy: { userId: session.user.userId, role: session.user.role },
      previous: stored,
      onProgress: (progress, prepared) => setOutcome({ kind: 'running', stage: stageOf(progress, { events: prepared.eventCount, subjects: prepared.subjectCount }) }),
    });
    if (!built.ok) {
      const why = built.issues;
      switch (why.kind) {
        case 'no-site':
          return setOutcome({ kind: 'message', tone: 'bad', lines: [t('bundles.export.noSite')] });
        case 'nothing-new':
          return setOutcome({ kind: 'message', tone: 'good', lines: [t('bundles.export.nothingNew', { bundleId: why.previousBundleId })] });
        case 'range':
          return setOutcome({
            kind: 'message',
            tone: 'bad',
            lines: [
              why.problem.code === 'watermark-lost'
                ? t('bundles.export.range.watermark-lost', { seq: why.problem.seq, device: shortDevice(why.problem.deviceId) })
                : t('bundles.export.range.no-previous-export'),
            ],
          });
        case 'build':
          return setOutcome({ kind: 'issues', issues: why.issues });
      }
    }
    const { manifest, prepared } = built.value;
    let { bytes, fileName } = built.value;
    // Sealed: the whole zip is encrypted for the recipient, and only the sealed file leaves this laptop.
    const recipients = seal.encrypt ? await listRecipients(store) : [];
    const recipient = recipients.find((k) => k.fingerprint === seal.fingerprint) ?? recipients[0];
    if (seal.encrypt) {
      if (recipient === undefined) return setOutcome({ kind: 'message', tone: 'bad', lines: [t('keys.seal.noRecipients')] });
      try {
        bytes = await sealBundle(bytes, recipient);
      } catch (error) {
        return setOutcome({ kind: 'message', tone: 'bad', lines: [t('keys.seal.failed', { message: error instanceof Error ? error.message : String(error) })] });
      }
      fileName = `${fileName.replace(/\.zip$/, '')}${SEALED_EXTENSION}`;
    }
    setOutcome({ kind: 'running', stage: { phase: 'saving' } });
    let saved;
    try {
      // The bridge's filters take plain extensions (no hyphen): a sealed file is saved without one.
      saved = await bridge.saveFile({ suggestedName: fileName, bytes, filters: recipient === undefined ? [{ name: t('bundles.fileFilter'), extensions: ['zip'] }] : [] });
    } catch (error) {
      return setOutcome({ kind: 'message', tone: 'bad', lines: [t('bundles.export.saveFailed', { message: error instanceof Error ? error.message : String(error) })] });
    }
    if (!saved.saved) return setOutcome({ kind: 'message', tone: 'bad', lines: [t('bundles.export.cancelled')] });
    const mark = nextExportMark(manifest.bundleId, manifest.kind, manifest.chains, stored);
    const recorded = await recordExport(
      store,
      manifest.protocol.id,
      { bundleId: manifest.bundleId, kind: manifest.kind, at: manifest.createdAt, fileName, heads: mark.heads },
      {
        direction: 'export',
        at: manifest.createdAt,
        fileName,
        bundleId: manifest.bundleId,
        protocolId: manifest.protocol.id,
        kind: manifest.kind,
        events: prepared.eventCount,
        location: saved.location,
      },
    );
    const lines: string[] = [t('bundles.export.saved', { fileName, count: prepared.eventCount, location: saved.location })];
    if (recipient !== undefined) lines.push(t('keys.seal.saved', { name: recipient.name, fingerprint: shortFingerprint(recipient.fingerprint) }));
    lines.push(recorded.ok ? t('bundles.export.savedNext', { bundleId: manifest.bundleId }) : t('bundles.export.recordFailed', { message: recorded.issues.message }));
    setOutcome({ kind: 'message', tone: recorded.ok ? 'good' : 'bad', lines });
  };

  return (
    <div className="bundle-panel">
      <form
        aria-label={t('bundles.export.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <Field label={t('bundles.export.protocol')}>
          {(control) => (
            <select
              {...control}
              value={protocolId ?? ''}
              disabled={running}
              onChange={(event) => {
                setChosen(event.target.value);
                setOutcome({ kind: 'idle' });
              }}
            >
              {current.map(({ protocol: p }) => (
                <option key={p.id} value={p.id}>
                  {t(withData.includes(p.id) ? 'bundles.export.protocolHasData' : 'bundles.export.protocolOption', { id: p.id, version: p.version })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {session.user.blinded ? <p className="notice">{t('bundles.export.blindedNote')}</p> : null}
        <fieldset className="choice-group" disabled={running} hidden={session.user.blinded}>
          <legend>{t('bundles.export.kindLegend')}</legend>
          <label className="check">
            <input type="radio" name={kindName} value="full" checked={effectiveKind === 'full'} onChange={() => setKind('full')} />
            <span>
              {t('bundles.export.full')}
              <br />
              <span className="form-field__hint">{t('bundles.export.fullHint')}</span>
            </span>
          </label>
          <label className="check">
            <input type="radio" name={kindName} value="incremental" checked={effectiveKind === 'incremental'} disabled={previous === undefined} onChange={() => setKind('incremental')} />
            <span>
              {t('bundles.export.incremental')}
              <br />
              <span className="form-field__hint">
                {previous === undefined ? t('bundles.export.incrementalUnavailable') : t('bundles.export.incrementalHint', { bundleId: previous.bundleId, when: localWhen(previous.at) })}
              </span>
            </span>
          </label>
        </fieldset>
        {/* A blinded extract is saved as it is: hidden rather than silently ignored. */}
        {session.user.blinded ? null : <RecipientChoice choice={seal} onChange={setSeal} disabled={running} />}
        {previous === undefined || protocolId === undefined ? null : (
          <p className="form-field__hint">
            {t('bundles.export.last', { protocol: protocolId, fileName: previous.fileName, kind: t(`bundles.kind.${previous.kind}`), when: localWhen(previous.at) })}
          </p>
        )}
        {session.siteId === undefined ? <p className="notice notice--warning">{t('bundles.export.noSite')}</p> : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={running || protocol === undefined || session.siteId === undefined}>
            {t('bundles.export.start')}
          </button>
        </div>
      </form>
      {outcome.kind === 'running' ? <ExportProgress stage={outcome.stage} /> : null}
      <Outcome outcome={outcome.kind === 'message' ? outcome : undefined} />
      {outcome.kind === 'issues' ? <BundleIssueList title={t('bundles.export.failed')} issues={outcome.issues} /> : null}
    </div>
  );
}
