import type { CasebookItem } from '../../../shared/casebook';
import type { CasebookWords } from './use-casebook-words';

function checks(item: CasebookItem, words: CasebookWords): string {
  const { t } = words;
  const notes: string[] = [];
  if (item.softRangeConfirmed) notes.push(t('casebook.item.confirmed'));
  if (item.verified) notes.push(t('casebook.item.verified'));
  if (item.conflicts > 0) notes.push(t('casebook.item.conflicts', { count: item.conflicts }));
  return notes.length === 0 ? t('casebook.none') : notes.join(t('casebook.listSeparator'));
}

/** One record's items: value as typed (and its unit), as stored (and the stored unit), missing reason, checks. */
export function ItemTable({ caption, items, words }: { readonly caption: string; readonly items: readonly CasebookItem[]; readonly words: CasebookWords }) {
  const { t, pick } = words;
  return (
    <table className="data-table casebook-table casebook-items">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('casebook.item.item')}</th>
          <th scope="col">{t('casebook.item.entered')}</th>
          <th scope="col">{t('casebook.item.stored')}</th>
          <th scope="col">{t('casebook.item.missing')}</th>
          <th scope="col">{t('casebook.item.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.itemId} className={item.shown.kind === 'empty' ? 'casebook-items__empty' : undefined}>
            <th scope="row">{pick(item.label)}</th>
            <td>{words.entered(item.shown)}</td>
            <td>{words.stored(item.shown)}</td>
            <td>{words.missing(item.shown)}</td>
            <td>{checks(item, words)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
