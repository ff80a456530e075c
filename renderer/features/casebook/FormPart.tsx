import { useId } from 'react';
import type { CasebookForm, CasebookRecord } from '../../../shared/casebook';
import { DetailList, type Detail } from '../../ui';
import { ItemTable } from './ItemTable';
import type { CasebookWords } from './use-casebook-words';

function RecordPart({ form, record, words }: { readonly form: CasebookForm; readonly record: CasebookRecord; readonly words: CasebookWords }) {
  const { t, pick } = words;
  const id = useId();
  const title = pick(form.title);
  if (!form.repeating) return <ItemTable caption={t('casebook.form.caption', { title })} items={record.items} words={words} />;
  const label = record.number === undefined ? t('casebook.form.removedRecord', { form: title }) : t('casebook.form.record', { form: title, number: record.number });
  const removed = record.removed;
  return (
    <section className={removed === undefined ? 'casebook-record' : 'casebook-record casebook-record--removed'} aria-labelledby={id}>
      <h4 id={id} className="casebook-record__title">
        {label} · {t(`casebook.recordStatus.${record.status}`)}
      </h4>
      {removed === undefined ? null : (
        <p className="casebook-record__removed">
          {removed.reason === undefined
            ? t('casebook.form.removedNoReason', { when: words.when(removed.stamp.at), who: words.who(removed.stamp) })
            : t('casebook.form.removed', { when: words.when(removed.stamp.at), who: words.who(removed.stamp), reason: removed.reason })}
        </p>
      )}
      <ItemTable caption={t('casebook.form.caption', { title: label })} items={record.items} words={words} />
    </section>
  );
}

/** One form of a visit: its stage, completion, SDV and signature state, then its records. */
export function FormPart({ form, words }: { readonly form: CasebookForm; readonly words: CasebookWords }) {
  const { t, pick } = words;
  const id = useId();
  const stage = t(`casebook.lifecycle.${form.lifecycle}`);
  const details: Detail[] = [
    {
      term: t('casebook.form.status'),
      value: form.completed === undefined ? stage : `${stage} · ${t('casebook.form.completed', { when: words.when(form.completed.at), who: words.who(form.completed) })}`,
    },
    {
      term: t('casebook.form.sdv'),
      value: form.sdv.total === 0 ? t('casebook.form.sdvNone') : t('casebook.form.sdvValue', { verified: form.sdv.verified, total: form.sdv.total }),
    },
    { term: t('casebook.form.signature'), value: form.signed ? t('casebook.form.signed') : t('casebook.form.unsigned') },
  ];
  return (
    <section className="casebook-form" aria-labelledby={id}>
      <h3 id={id} className="casebook-form__title">
        {pick(form.title)}
      </h3>
      <DetailList details={details} />
      {form.records.length === 0 ? <p className="casebook-muted">{form.repeating ? t('casebook.form.noRecords') : t('casebook.form.notStarted')}</p> : null}
      {form.records.map((record) => (
        <RecordPart key={record.recordId} form={form} record={record} words={words} />
      ))}
    </section>
  );
}
