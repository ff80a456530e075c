import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../ui';
import type { FieldSaveStatus } from './autosave/save-outcome';

type Shown = 'saved' | 'saving' | 'unsaved' | 'failed' | 'needsReason' | 'unreadable';

function shownOf(status: FieldSaveStatus, stored: boolean): Shown | undefined {
  switch (status.kind) {
    case 'idle':
      return stored ? 'saved' : undefined;
    case 'saved':
      return 'saved';
    case 'saving':
      return 'saving';
    case 'pending':
      return 'unsaved';
    case 'invalid':
      return 'unreadable';
    case 'needs-reason':
      return 'needsReason';
    case 'failed':
      return 'failed';
  }
}

const TONE: Record<Shown, BadgeTone> = {
  saved: 'good',
  saving: 'info',
  unsaved: 'warning',
  failed: 'bad',
  needsReason: 'warning',
  unreadable: 'bad',
};

/** Saved / saving… / unsaved for one field, in words (never colour alone). */
export function SaveBadge({ id, status, stored }: { readonly id: string; readonly status: FieldSaveStatus; readonly stored: boolean }) {
  const { t } = useTranslation();
  const shown = shownOf(status, stored);
  return (
    <span id={id} className="entry-save">
      {shown === undefined ? null : <Badge tone={TONE[shown]}>{t(`entry.save.${shown}`)}</Badge>}
    </span>
  );
}
