import type { CasebookView, ReasonedChange } from '../../../shared/casebook';
import { CasebookPart } from './CasebookPart';
import type { CasebookWords } from './use-casebook-words';

function whatOf(change: ReasonedChange, words: CasebookWords): string {
  const { t, pick } = words;
  const w = change.what;
  switch (w.kind) {
    case 'item':
      return w.recordNumber === undefined ? pick(w.label) : t('casebook.audit.whatItemRecord', { item: pick(w.label), number: w.recordNumber });
    case 'record-removed':
      return w.recordNumber === undefined ? t('casebook.audit.whatRemoved') : t('casebook.audit.whatRemovedNumber', { number: w.recordNumber });
    case 'form-reopened':
      return t('casebook.audit.whatReopened');
    case 'other':
      return w.type;
  }
}

/** Per form of each visit: number of changes, first and last, who, and the changes made with a reason. */
export function AuditPart({ view, words }: { readonly view: CasebookView; readonly words: CasebookWords }) {
  const { t, pick } = words;
  return (
    <CasebookPart title={t('casebook.audit.title')} newPage>
      {view.audit.length === 0 ? (
        <p>{t('casebook.audit.none')}</p>
      ) : (
        <table className="data-table casebook-table casebook-audit">
          <caption className="visually-hidden">{t('casebook.audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('casebook.audit.visit')}</th>
              <th scope="col">{t('casebook.audit.form')}</th>
              <th scope="col">{t('casebook.audit.changes')}</th>
              <th scope="col">{t('casebook.audit.first')}</th>
              <th scope="col">{t('casebook.audit.last')}</th>
              <th scope="col">{t('casebook.audit.who')}</th>
              <th scope="col">{t('casebook.audit.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {view.audit.map((a) => (
              <tr key={`${a.visitId}/${a.formId}`}>
                <td>{pick(a.visitLabel)}</td>
                <th scope="row">{pick(a.formTitle)}</th>
                <td>{a.changes}</td>
                <td>{t('casebook.at', { when: words.when(a.first.at), who: words.who(a.first) })}</td>
                <td>{t('casebook.at', { when: words.when(a.last.at), who: words.who(a.last) })}</td>
                <td>
                  <ul className="casebook-plain-list">
                    {a.who.map((w) => (
                      <li key={`${w.userId}/${w.role}`}>{t('casebook.audit.whoValue', { who: words.who(w), count: w.changes })}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  {a.withReason.length === 0 ? (
                    t('casebook.audit.noReasons')
                  ) : (
                    <>
                      {t('casebook.audit.reasonCount', { count: a.withReason.length })}
                      <ul className="casebook-plain-list">
                        {a.withReason.map((c) => (
                          <li key={c.stamp.eventId}>{t('casebook.audit.reason', { when: words.when(c.stamp.at), who: words.who(c.stamp), what: whatOf(c, words), reason: c.reason })}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </CasebookPart>
  );
}
