import type { CasebookSignature, CasebookView } from '../../../shared/casebook';
import { CasebookPart } from './CasebookPart';
import type { CasebookWords } from './use-casebook-words';

function ended(signature: CasebookSignature, words: CasebookWords): string {
  const { t } = words;
  const end = signature.ended;
  if (end === undefined) return '';
  const args = { when: words.when(end.stamp.at), who: words.who(end.stamp) };
  return end.reason === undefined ? t('casebook.signatures.ended', args) : t('casebook.signatures.endedReason', { ...args, reason: end.reason });
}

/** Every signature: what it covers, signer (printed name and account), when, meaning, valid or voided. */
export function SignaturesPart({ view, words }: { readonly view: CasebookView; readonly words: CasebookWords }) {
  const { t } = words;
  const subject = view.subject.code ?? view.subject.subjectId;
  return (
    <CasebookPart title={t('casebook.signatures.title')} newPage>
      {view.signatures.length === 0 ? (
        <p>{t('casebook.signatures.none')}</p>
      ) : (
        <table className="data-table casebook-table">
          <caption className="visually-hidden">{t('casebook.signatures.caption', { subject })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('casebook.signatures.what')}</th>
              <th scope="col">{t('casebook.signatures.signer')}</th>
              <th scope="col">{t('casebook.signatures.when')}</th>
              <th scope="col">{t('casebook.signatures.meaning')}</th>
              <th scope="col">{t('casebook.signatures.status')}</th>
            </tr>
          </thead>
          <tbody>
            {view.signatures.map((s) => (
              <tr key={s.signatureId}>
                <td>
                  {t(`casebook.signatures.level.${s.level}`)}
                  {s.level === 'casebook' ? '' : `: ${words.place(s.place)}`}
                </td>
                <td>
                  {s.signerName} · {words.who(s.applied)}
                </td>
                <td className="code">{words.when(s.applied.at)}</td>
                <td>{s.meaning}</td>
                <td>
                  {t(`casebook.signatures.state.${s.status}`)}
                  {s.ended === undefined ? null : <span className="casebook-signature__ended">{ended(s, words)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </CasebookPart>
  );
}
