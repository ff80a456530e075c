import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signingBlockers } from '../../../shared/events/reducers/signatures';
import { useSession, useStore } from '../../app/providers';
import { useCan } from '../../app/use-can';
import { applySignature, voidSignature } from '../../db';
import { useNameOf } from '../../db/use-name-of';
import { localStamp } from '../../forms';
import { blockerText, signedWhat } from './blocker-words';
import { endedSignatures, lockingSignatures } from './coverage';
import type { PlaceNames, SignatureRow, SigningRows, SigningScope } from './signing-model';
import { SignDialog } from './SignDialog';
import { UnlockDialog } from './UnlockDialog';
import { useConfirmPassword } from './use-confirm-password';
import './signing.css';

export interface SigningPanelProps {
  readonly scope: SigningScope;
  /** The subject's rows (useSigningRows), shared by every panel of the page. */
  readonly rows: SigningRows | undefined;
  readonly names: PlaceNames;
  /** The protocol version the subject's data is under (the signature's write context). */
  readonly protocol: { readonly id: string; readonly version: string };
  /** The id the locked fields are described by: the lock notice gets it. */
  readonly lockNoticeId?: string;
}

type Open = { readonly kind: 'sign' } | { readonly kind: 'unlock'; readonly signature: SignatureRow } | null;

const SIGN_LABEL = { form: 'signing.signForm', visit: 'signing.signVisit', casebook: 'signing.signCasebook' } as const;

/**
 * The signature state of a form, a visit or a casebook: who signed it, when and meaning (locked), voided
 * signatures with who voided them and why, and for an investigator the Sign… and Unlock… actions.
 */
export function SigningPanel({ scope, rows, names, protocol, lockNoticeId }: SigningPanelProps) {
  const { t } = useTranslation();
  const store = useStore();
  const session = useSession();
  const confirmPassword = useConfirmPassword();
  const canSign = useCan('signature.applied');
  const canVoid = useCan('signature.voided');
  const [open, setOpen] = useState<Open>(null);
  const nameOf = useNameOf(store, session.users);
  if (rows === undefined) return null;

  const locking = lockingSignatures(rows.signatures, scope);
  const ended = endedSignatures(rows.signatures, scope);
  const ctx = session.writeContext(protocol);
  const what = signedWhat(scope, names, t);
  // Only the scope's own keys go into the event (its level is in the payload).
  const place = { subjectId: scope.subjectId, ...(scope.visitId === undefined ? {} : { visitId: scope.visitId }), ...(scope.formId === undefined ? {} : { formId: scope.formId }) };

  return (
    <div className={`signing-panel signing-panel--${scope.level}`}>
      {locking.map((s) => (
        <div key={s.signatureId} className="notice signing-state signing-state--signed">
          <p>{t('signing.state.signed', { signer: s.signerName, when: localStamp(s.applied.at), meaning: s.meaning, level: t(`signing.level.${s.level}`) })}</p>
          {canVoid.allowed ? (
            <button type="button" className="button entry-small-button" onClick={() => setOpen({ kind: 'unlock', signature: s })}>
              {s.level === scope.level ? t('signing.unlock') : t('signing.unlockOf', { what: t(`signing.level.${s.level}`) })}
            </button>
          ) : null}
        </div>
      ))}
      {locking[0] !== undefined && lockNoticeId !== undefined ? (
        <p id={lockNoticeId} className="signing-lock">
          {t('signing.state.lockedNotice', { signer: locking[0].signerName, level: t(`signing.level.${locking[0].level}`) })}
        </p>
      ) : null}
      {ended.map((s) => (
        <p key={s.signatureId} className="notice notice--warning signing-ended">
          {s.status === 'voided'
            ? t('signing.state.voided', {
                signer: s.signerName,
                when: localStamp(s.applied.at),
                meaning: s.meaning,
                who: s.ended === undefined ? '' : nameOf(s.ended.stamp.userId),
                voidedWhen: s.ended === undefined ? '' : localStamp(s.ended.stamp.at),
                reason: s.ended?.reason ?? '',
              })
            : t('signing.state.invalidated', { signer: s.signerName, when: localStamp(s.applied.at), changedWhen: s.ended === undefined ? '' : localStamp(s.ended.stamp.at) })}
        </p>
      ))}
      {canSign.allowed && !locking.some((s) => s.level === scope.level) ? (
        <button type="button" className="button signing-sign" onClick={() => setOpen({ kind: 'sign' })}>
          {t(SIGN_LABEL[scope.level])}
        </button>
      ) : null}
      {open?.kind === 'sign' ? (
        <SignDialog
          what={what}
          signerName={session.user.displayName}
          blockers={signingBlockers(scope, rows.entries, rows.queries, rows.signatures).map((b) => blockerText(b, rows, names, t))}
          confirmPassword={confirmPassword}
          onSign={(meaning) => applySignature(store, ctx, place, { level: scope.level, signerName: session.user.displayName, meaning })}
          onDone={() => setOpen(null)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'unlock' ? (
        <UnlockDialog
          signature={open.signature}
          what={signedWhat(open.signature, names, t)}
          confirmPassword={confirmPassword}
          onVoid={(reason) => voidSignature(store, ctx, open.signature.signatureId, reason)}
          onDone={() => setOpen(null)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
