import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { protocolIdentity, readBundleAsync, type BundleContents, type BundleIssue, type ImportPlan } from '../../../shared/export';
import { useProtocols, useSession, useStore } from '../../app/providers';
import { recordBundleHistory } from '../../db/backup-state';
import { importBundle, planBundleImport, restoreFromBundle, type ImportOutcome } from '../../db/bundle-import';
import { usePlatform } from '../../platform';
import { isSealedBundle, parseSealedBundle, type SealedHeader, type SealedIssue } from '../../../shared/export/sealed';
import { UnsealBundle } from '../keys';
import { KeyFileProblems } from '../keys/KeyFileProblems';
import { BundleIssueList } from './BundleIssueList';
import { importLines, refusalLines, restoreLines } from './import-messages';
import { ImportSummary } from './ImportSummary';
import { Outcome, type OutcomeMessage } from './Outcome';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly name: string }
  /** A sealed bundle: waiting for the private key and its passphrase. */
  | { readonly kind: 'sealed'; readonly name: string; readonly bytes: Uint8Array; readonly header: SealedHeader }
  | { readonly kind: 'sealed-invalid'; readonly name: string; readonly issues: readonly SealedIssue[] }
  | { readonly kind: 'invalid'; readonly name: string; readonly issues: readonly BundleIssue[] }
  | { readonly kind: 'ready'; readonly name: string; readonly bundle: BundleContents; readonly plan: ImportPlan }
  | { readonly kind: 'writing'; readonly name: string; readonly bundle: BundleContents; readonly plan: ImportPlan }
  | { readonly kind: 'done'; readonly message: OutcomeMessage };

/** Lets the page paint ("Checking…") before the synchronous verification of a large file starts. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Import a CRF bundle from another laptop, or (mode "restore") restore this laptop's store from a backup:
 * open the file, verify all of it (readBundle: nothing is written), show what it would do, and on
 * confirmation write it in one transaction (conflicts become system queries). Restore then rebuilds
 * every projection from the whole log and verifies every chain.
 */
export function ImportPanel({ mode }: { readonly mode: 'import' | 'restore' }) {
  const { t } = useTranslation();
  const store = useStore();
  const bridge = usePlatform();
  const session = useSession();
  const { all } = useProtocols();
  const identities = useMemo(() => all.map((loaded) => protocolIdentity(loaded.protocol)), [all]);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const busy = step.kind === 'reading' || step.kind === 'writing';

  const open = async () => {
    let file;
    try {
      // Any file: a sealed bundle's ending (.ecrf-sealed) cannot be a bridge filter (letters and digits only).
      file = await bridge.openFile({ filters: [] });
    } catch (error) {
      return setStep({ kind: 'done', message: { tone: 'bad', lines: [t('bundles.import.openFailed', { message: error instanceof Error ? error.message : String(error) })] } });
    }
    if (!file.opened) return;
    // A sealed bundle is recognised by its first bytes: decrypted first (UnsealBundle), then verified as any bundle.
    if (isSealedBundle(file.bytes)) {
      const parts = parseSealedBundle(file.bytes);
      return setStep(parts.ok ? { kind: 'sealed', name: file.name, bytes: file.bytes, header: parts.value.header } : { kind: 'sealed-invalid', name: file.name, issues: parts.issues });
    }
    await verify(file.name, file.bytes);
  };

  const verify = async (name: string, bytes: Uint8Array) => {
    setStep({ kind: 'reading', name });
    await nextFrame();
    // readBundle's checks with the members inflated natively (several times faster on a trial's bundle).
    const read = await readBundleAsync(bytes, { protocols: identities });
    if (!read.ok) return setStep({ kind: 'invalid', name, issues: read.issues });
    const plan = await planBundleImport(store, read.value);
    setStep({ kind: 'ready', name, bundle: read.value, plan });
  };

  const record = (name: string, bundle: BundleContents, outcome: ImportOutcome) =>
    recordBundleHistory(store, {
      direction: mode,
      at: store.clock().toISOString(),
      fileName: name.slice(0, 300),
      bundleId: bundle.manifest.bundleId,
      protocolId: bundle.manifest.protocol.id,
      kind: bundle.manifest.kind,
      events: outcome.added,
      alreadyHere: outcome.alreadyStored,
      queries: outcome.queries.length,
    });

  const confirm = async (name: string, bundle: BundleContents, plan: ImportPlan) => {
    setStep({ kind: 'writing', name, bundle, plan });
    const importer = { userId: session.user.userId, role: session.user.role };
    if (mode === 'restore') {
      const restored = await restoreFromBundle(store, bundle, importer);
      if (!restored.ok) return setStep({ kind: 'done', message: { tone: 'bad', lines: refusalLines(t, restored.issues) } });
      await record(name, bundle, restored.value);
      const { lines, problems } = restoreLines(t, name, restored.value);
      return setStep({ kind: 'done', message: problems.length === 0 ? { tone: 'good', lines } : { tone: 'bad', lines: [...lines, t('bundles.restore.problems'), ...problems] } });
    }
    const imported = await importBundle(store, bundle, importer);
    if (!imported.ok) return setStep({ kind: 'done', message: { tone: 'bad', lines: refusalLines(t, imported.issues) } });
    await record(name, bundle, imported.value);
    setStep({ kind: 'done', message: { tone: 'good', lines: importLines(t, name, imported.value) } });
  };

  const openLabel = mode === 'restore' ? t('bundles.restore.open') : t('bundles.import.open');
  return (
    <div className="bundle-panel">
      <p className="form-field__hint">{mode === 'restore' ? t('bundles.restore.hint') : t('bundles.import.hint')}</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void open()}>
          {openLabel}
        </button>
      </div>
      {step.kind === 'reading' ? <p className="bundle-progress__text">{t('bundles.import.reading', { name: step.name })}</p> : null}
      {step.kind === 'sealed' ? (
        <UnsealBundle
          key={step.name}
          fileName={step.name}
          bytes={step.bytes}
          header={step.header}
          onOpened={(bundle) => void verify(step.name, bundle)}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      ) : null}
      {step.kind === 'sealed-invalid' ? <KeyFileProblems title={t('keys.unseal.header', { name: step.name })} issues={step.issues} /> : null}
      {step.kind === 'invalid' ? <BundleIssueList title={t('bundles.import.invalid', { name: step.name })} issues={step.issues} /> : null}
      {step.kind === 'ready' || step.kind === 'writing' ? (
        <>
          <ImportSummary name={step.name} bundle={step.bundle} plan={step.plan} />
          <div className="form-actions">
            {step.plan.importable ? (
              <button
                type="button"
                className="button button--primary"
                disabled={step.kind === 'writing'}
                onClick={() => void confirm(step.name, step.bundle, step.plan)}
              >
                {confirmLabel(t, mode, step.plan)}
              </button>
            ) : null}
            <button type="button" className="button" disabled={step.kind === 'writing'} onClick={() => setStep({ kind: 'idle' })}>
              {t('bundles.import.cancel')}
            </button>
          </div>
          {step.kind === 'writing' ? <p className="bundle-progress__text">{mode === 'restore' ? t('bundles.restore.restoring') : t('bundles.import.importing')}</p> : null}
        </>
      ) : null}
      <Outcome outcome={step.kind === 'done' ? step.message : undefined} />
    </div>
  );
}

function confirmLabel(t: TFunction, mode: 'import' | 'restore', plan: ImportPlan): string {
  const count = plan.newEvents.length;
  if (mode === 'restore') return count === 0 ? t('bundles.restore.confirmNothing') : t('bundles.restore.confirm', { count });
  return count === 0 ? t('bundles.import.confirmNothing') : t('bundles.import.confirm', { count });
}
