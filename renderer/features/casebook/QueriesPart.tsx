import { useId } from 'react';
import type { CasebookQuery, CasebookView } from '../../../shared/casebook';
import { CasebookPart } from './CasebookPart';
import type { CasebookWords } from './use-casebook-words';

function QueryThreadPrint({ query, number, words }: { readonly query: CasebookQuery; readonly number: number; readonly words: CasebookWords }) {
  const { t } = words;
  const id = useId();
  return (
    <section className="casebook-query" aria-labelledby={id}>
      <h3 id={id} className="casebook-query__title">
        {t('casebook.queries.number', { number })} · {t(`casebook.queries.state.${query.status}`)}
        {query.system ? ` · ${t('casebook.queries.system')}` : ''}
      </h3>
      <p className="casebook-query__place">{words.place(query.place)}</p>
      <ol className="casebook-query__steps" aria-label={t('casebook.queries.stepsOf', { number })}>
        {query.history.map((step) => (
          <li key={step.stamp.eventId}>
            <span className="casebook-query__who">
              {t(`casebook.queries.action.${step.action}`)} · {t('casebook.at', { when: words.when(step.stamp.at), who: words.who(step.stamp) })}
            </span>
            {step.text === undefined ? null : <span className="casebook-query__text">{step.text}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Every query the role may see with its place, state and whole thread. */
export function QueriesPart({ view, words }: { readonly view: CasebookView; readonly words: CasebookWords }) {
  const { t } = words;
  return (
    <CasebookPart title={t('casebook.queries.title')} newPage>
      {view.queries.length === 0 ? <p>{t('casebook.queries.none')}</p> : null}
      {view.queries.map((query, index) => (
        <QueryThreadPrint key={query.queryId} query={query} number={index + 1} words={words} />
      ))}
    </CasebookPart>
  );
}
