import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Bilingual, CasebookPlace, ItemShown } from '../../../shared/casebook';
import type { Stamp } from '../../../shared/events';
import { useSession, useStore } from '../../app/providers';
import { useNameOf } from '../../db/use-name-of';
import { localStamp } from '../../forms';
import { useLanguage, type Language } from '../../i18n';

/** How the casebook words its data in the current language: people, times, labels, places, values. */
export interface CasebookWords {
  readonly t: TFunction;
  readonly language: Language;
  /** The current language's side of a protocol or catalogue label. */
  readonly pick: (text: Bilingual) => string;
  /** "Wang Li (research nurse)": the name known on this laptop (account, else from an imported bundle), else the user id. */
  readonly who: (stamp: Pick<Stamp, 'userId' | 'role'>) => string;
  /** A stored instant in the laptop's local time. */
  readonly when: (at: string) => string;
  /** "Week 0 › Laboratory tests › record 2 › Total bilirubin". */
  readonly place: (place: CasebookPlace) => string;
  /** The value as typed (with the unit it was typed in), or "—". */
  readonly entered: (shown: ItemShown) => string;
  /** The value as stored (with the stored unit), or "—". */
  readonly stored: (shown: ItemShown) => string;
  /** The missing reason with its code (and note), or "—". */
  readonly missing: (shown: ItemShown) => string;
}

export function useCasebookWords(): CasebookWords {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { users } = useSession();
  const nameOf = useNameOf(useStore(), users);
  const pick = useCallback((text: Bilingual) => text[language], [language]);
  return useMemo(() => {
    const none = t('casebook.none');
    const who = (stamp: Pick<Stamp, 'userId' | 'role'>) =>
      t('casebook.by', { name: nameOf(stamp.userId), role: t(`casebook.role.${stamp.role}`) });
    const place = (p: CasebookPlace) => {
      const parts: string[] = [];
      if (p.visit !== undefined) parts.push(pick(p.visit.label));
      if (p.form !== undefined) parts.push(pick(p.form.title));
      if (p.record !== undefined) {
        parts.push(p.record.number === undefined ? t('casebook.place.recordId', { recordId: p.record.recordId }) : t('casebook.place.record', { number: p.record.number }));
      }
      if (p.item !== undefined) parts.push(pick(p.item.label));
      return parts.length === 0 ? t('casebook.queries.subjectPlace') : parts.join(t('casebook.place.separator'));
    };
    const withUnit = (number: string, unit: Bilingual | undefined, qualifier: string | undefined) =>
      `${qualifier ?? ''}${number}${unit === undefined ? '' : ` ${pick(unit)}`}`;
    const entered = (shown: ItemShown): string => {
      if (shown.kind !== 'value') return none;
      const v = shown.value;
      switch (v.kind) {
        case 'number':
          return withUnit(v.entered, v.enteredUnit?.label, v.qualifier);
        case 'boolean':
          return v.value ? t('casebook.item.yes') : t('casebook.item.no');
        case 'choice':
          return v.choices.map((c) => (c.label === undefined ? c.code : pick(c.label))).join(t('casebook.listSeparator'));
        case 'text':
          return v.text === '' ? none : v.text;
      }
    };
    const stored = (shown: ItemShown): string => {
      if (shown.kind !== 'value') return none;
      const v = shown.value;
      switch (v.kind) {
        case 'number':
          return withUnit(v.stored, v.storedUnit?.label, v.qualifier);
        case 'boolean':
          return v.value ? 'Y' : 'N';
        case 'choice':
          return v.choices.map((c) => c.code).join(';');
        case 'text':
          return v.text === '' ? none : v.text;
      }
    };
    const missing = (shown: ItemShown): string => {
      if (shown.kind !== 'missing') return none;
      const reason = t('casebook.item.missingValue', { label: shown.label === undefined ? shown.code : pick(shown.label), code: shown.code });
      return shown.note === undefined ? reason : t('casebook.item.missingNote', { reason, note: shown.note });
    };
    return { t, language, pick, who, when: localStamp, place, entered, stored, missing };
  }, [t, language, pick, nameOf]);
}
