import { useTranslation } from 'react-i18next';
import type { QueryRow } from '../../../shared/events';
import type { FieldModel, Language } from '../../../shared/forms';
import { fieldHistory, type Store } from '../../db';
import { useLiveQuery } from '../../db/use-live-query';
import { itemRefOf, type VisitWriteTarget, describeVersion, type FieldAddress } from '../../forms';
import { FieldTrailDialog } from '../queries';

export interface HistoryHostProps {
  readonly store: Store;
  readonly target: VisitWriteTarget;
  readonly address: FieldAddress;
  readonly field: FieldModel;
  readonly label: string;
  readonly language: Language;
  readonly nameOf: (userId: string) => string;
  /** The queries about this field: their steps are shown among the values. */
  readonly queries: readonly QueryRow[];
  readonly onClose: () => void;
}

/** Reads a field's history from the store (live: a save while it is open shows up) and shows it with its queries. */
export function HistoryHost({ store, target, address, field, label, language, nameOf, queries, onClose }: HistoryHostProps) {
  const { t } = useTranslation();
  const ref = itemRefOf(target, address);
  const history = useLiveQuery(() => fieldHistory(store, ref), [store, ref.subjectId, ref.visitId, ref.formId, ref.recordId, ref.itemId]);
  return (
    <FieldTrailDialog
      label={label}
      history={history}
      queries={queries}
      describe={(version) => describeVersion(field, version, language, t)}
      nameOf={nameOf}
      onClose={onClose}
    />
  );
}
