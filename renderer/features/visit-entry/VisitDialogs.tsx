import { useTranslation } from 'react-i18next';
import type { EntryRow } from '../../../shared/events';
import type { FieldDraft, Language, VisitModel } from '../../../shared/forms';
import { SaveFailedDialog } from '../../app/SaveFailedDialog';
import type { Store } from '../../db';
import { LeaveDialog, ReasonDialog, SaveErrorDialog, fieldKey, type FieldAddress, draftFromItem, type FieldSaveStatus, type VisitSaver, type VisitWriteTarget } from '../../forms';
import { QueryDialog, queriesAt } from '../queries';
import { HistoryHost } from './HistoryHost';
import type { VisitReview } from './use-visit-review';
import type { EntryCommands } from './use-entry-commands';
import type { ReasonRequest } from './use-visit-saver';
import { recordsOf, rowOf } from './visit-values';

export interface VisitDialogsProps {
  readonly store: Store;
  readonly target: VisitWriteTarget;
  readonly visit: VisitModel;
  readonly saver: VisitSaver;
  readonly language: Language;
  readonly rows: readonly EntryRow[];
  readonly reasonRequest: ReasonRequest | null;
  readonly historyFor: FieldAddress | null;
  readonly onCloseHistory: () => void;
  readonly leave: { readonly asking: boolean; readonly stay: () => void; readonly leave: () => void };
  readonly commands: EntryCommands;
  readonly nameOf: (userId: string) => string;
  readonly review: VisitReview;
}

/** Every dialog of the visit page; at most one is shown, the most urgent first. */
export function VisitDialogs(props: VisitDialogsProps) {
  const { store, target, visit, saver, language, rows, reasonRequest, historyFor, onCloseHistory, leave, commands, nameOf, review } = props;
  const { t } = useTranslation();
  const fieldOf = (a: FieldAddress) => visit.forms.find((f) => f.id === a.formId)?.fields.find((f) => f.key === a.itemId);
  const labelOf = (a: FieldAddress): string => {
    const form = visit.forms.find((f) => f.id === a.formId);
    const field = fieldOf(a)?.label[language] ?? a.itemId;
    if (form === undefined) return field;
    const number = form.repeating ? recordsOf(rows, form.id).findIndex((r) => r.recordId === a.recordId) + 1 : 0;
    const where = number > 0 ? t('entry.record.label', { form: form.title[language], number }) : form.title[language];
    return `${where} – ${field}`;
  };
  const shown = (draft: FieldDraft): string => (draft.missing !== '' ? draft.missing : `${draft.qualifier}${draft.value}${draft.unit === '' ? '' : ` ${draft.unit}`}`);
  const why = (status: FieldSaveStatus): string => t(`entry.leave.why.${status.kind === 'failed' ? 'failed' : status.kind === 'invalid' ? 'invalid' : status.kind === 'needs-reason' ? 'needsReason' : 'pending'}`);

  if (commands.showFailures) {
    return (
      <SaveErrorDialog
        failures={commands.failures.map((f) => ({ key: fieldKey(f.address), label: labelOf(f.address), shown: shown(f.draft), error: f.error }))}
        retrying={commands.retrying}
        onRetry={commands.retry}
        onClose={commands.dismissFailures}
      />
    );
  }
  if (commands.actionError !== null) return <SaveFailedDialog error={commands.actionError} onClose={commands.clearActionError} />;
  if (review.actionError !== null) return <SaveFailedDialog error={review.actionError} onClose={review.clearActionError} />;
  if (reasonRequest !== null) {
    const { address, draft } = reasonRequest;
    const field = fieldOf(address);
    const form = visit.forms.find((f) => f.id === address.formId);
    const item = rowOf(rows, address.formId, address.recordId)?.items[address.itemId];
    const before = field === undefined ? undefined : draftFromItem(field, item);
    return (
      <ReasonDialog
        title={t('entry.reason.changeTitle')}
        description={t(rowOf(rows, address.formId, address.recordId)?.status === 'complete' ? 'entry.reason.changeOf' : review.guardOf(address) === 'query' ? 'review.reasonWhy.query' : 'review.reasonWhy.verified', {
          form: form?.title[language] ?? address.formId,
          field: labelOf(address),
          from: before === undefined || shown(before).trim() === '' ? t('entry.reason.nothing') : shown(before),
          to: shown(draft).trim() === '' ? t('entry.reason.nothing') : shown(draft),
        })}
        confirmLabel={t('entry.reason.save')}
        cancelLabel={t('entry.reason.keep')}
        onConfirm={(reason) => reasonRequest.answer(reason)}
        onCancel={() => reasonRequest.answer(null)}
      />
    );
  }
  if (commands.removal !== null) {
    return (
      <ReasonDialog
        title={t('entry.record.removeTitle', { label: commands.removal.label })}
        description={t('entry.record.removeText')}
        confirmLabel={t('entry.record.removeConfirm')}
        cancelLabel={t('entry.record.removeCancel')}
        onConfirm={(reason) => void commands.remove(reason)}
        onCancel={commands.cancelRemoval}
      />
    );
  }
  if (leave.asking) {
    const items = saver.unsaved().map((u) => ({ key: fieldKey(u.address), label: labelOf(u.address), why: why(u.status) }));
    return <LeaveDialog items={items} onStay={leave.stay} onLeave={leave.leave} />;
  }
  if (review.queryRequest !== null) {
    const { target: place, label, field } = review.queryRequest;
    return (
      <QueryDialog
        store={store}
        ctx={target.ctx}
        role={target.ctx.role}
        target={place}
        label={label}
        queries={queriesAt(review.visitQueries, place)}
        nameOf={nameOf}
        hint={field && review.permissions.change.allowed ? t('review.query.changeHint') : undefined}
        onClose={review.closeQueries}
      />
    );
  }
  if (historyFor !== null) {
    const field = fieldOf(historyFor);
    if (field === undefined) return null;
    return (
      <HistoryHost
        store={store}
        target={target}
        address={historyFor}
        field={field}
        label={labelOf(historyFor)}
        language={language}
        nameOf={nameOf}
        queries={queriesAt(review.visitQueries, { visitId: target.visitId, formId: historyFor.formId, recordId: historyFor.recordId, itemId: historyFor.itemId })}
        onClose={onCloseHistory}
      />
    );
  }
  return null;
}
