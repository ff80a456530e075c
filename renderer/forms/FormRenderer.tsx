import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import {
  buildDraftSchema,
  isApplicable,
  validateEntry,
  type EntryContext,
  type FieldDraft,
  type FormModel,
  type Language,
  type Problem,
} from '../../shared/forms';
import type { FieldExtrasOf } from './field-extras';
import type { RecordValues } from './field-input-props';
import type { FieldAddress, RecordAddress } from './field-path';
import { FieldRow } from './FieldRow';
import { focusNextField, isMoveOnKey, rowOf } from './keyboard';
import type { ShownProblem } from './ProblemList';
import './forms.css';

/** What the page can do to a rendered record from outside (put a stored value back). */
export interface RecordHandle {
  readonly setDraft: (itemId: string, draft: FieldDraft) => void;
}

export interface FormRendererProps {
  readonly model: FormModel;
  /** '' for a single (non-repeating) form. */
  readonly recordId: string;
  /** What the record shows when it appears (stored values with this page's unsaved changes on top). */
  readonly defaultValues: RecordValues;
  /** What the store holds now. A field not edited on this page follows it (a prefill, another window). */
  readonly stored: RecordValues;
  /** The field was changed on this page (its screen value is the truth until saved). */
  readonly isEdited: (itemId: string) => boolean;
  /** Subject, previous visit and the visit's other forms, for ranges and rules across forms. */
  readonly context: EntryContext;
  readonly language: Language;
  /** Show "required" on empty required fields (after "Complete" was tried). */
  readonly showRequired: boolean;
  /** Item ids the store holds a value or missing reason for. */
  readonly storedKeys: ReadonlySet<string>;
  readonly onDraftChange: (address: FieldAddress, draft: FieldDraft) => void;
  /** Leaving a field or pressing Enter: save it now. */
  readonly onCommit: (address: FieldAddress) => void;
  readonly onHistory: (address: FieldAddress) => void;
  /** The record is on screen (a handle) or gone (null). */
  readonly onReady?: (record: RecordAddress, handle: RecordHandle | null) => void;
  /**
   * Values are shown, not edited (a role that may not change them): each field shows its value as text,
   * described by the element with this id, which says why.
   */
  readonly readOnlyReasonId?: string | undefined;
  /** Highlight, controls and notes the page adds to a field (queries, verification, review findings). */
  readonly extrasOf?: FieldExtrasOf | undefined;
}

const FORMAT_CODES = /^(format\.|draft\.malformed$|missing\.with-value$)/;
const PARTS = ['value', 'unit', 'qualifier', 'missing'] as const;

/** Format errors come from the zod draft schema through react-hook-form, in the UI language. */
function formatErrors(errors: FieldErrors<RecordValues>, key: string): ShownProblem[] {
  const field = errors[key];
  if (field === undefined) return [];
  return PARTS.flatMap((part) => {
    const message = field[part]?.message;
    return typeof message === 'string' && message !== '' ? [{ severity: 'error' as const, text: message }] : [];
  });
}

const DRAFT_PARTS = ['value', 'unit', 'qualifier', 'missing', 'softConfirmed'] as const;
const sameDraft = (a: FieldDraft, b: FieldDraft | undefined): boolean => b !== undefined && DRAFT_PARTS.every((p) => a[p] === b[p]);

const cloneValues = (values: RecordValues): RecordValues => Object.fromEntries(Object.entries(values).map(([k, d]) => [k, { ...d }]));

/**
 * Renders one record of a form model: every field through the exhaustive kind registry, with
 * react-hook-form holding the drafts (strings) and the generated zod draft schema as resolver. Range,
 * unit-slip and cross-field problems come from the form engine (validateEntry) as the values change.
 */
export const FormRenderer = memo(function FormRenderer(props: FormRendererProps) {
  const { model, recordId, defaultValues, stored, isEdited, context, language, showRequired, storedKeys, onDraftChange, onCommit, onHistory, onReady, readOnlyReasonId, extrasOf } = props;
  // The draft schema also accepts a record without some key (optional); our values always hold every key.
  const resolver = useMemo(() => zodResolver(buildDraftSchema(model, { language })) as Resolver<RecordValues>, [model, language]);
  const form = useForm<RecordValues>({ defaultValues, resolver, mode: 'onChange', reValidateMode: 'onChange' });
  const [values, setValues] = useState<RecordValues>(() => cloneValues(defaultValues));
  const { errors } = form.formState;
  const following = useRef(false);

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ name, values: next }) => {
          setValues(cloneValues(next));
          if (following.current) return;
          const itemId = name?.split('.')[0];
          const draft = itemId === undefined ? undefined : next[itemId];
          if (itemId !== undefined && draft !== undefined) onDraftChange({ formId: model.id, recordId, itemId }, { ...draft });
        },
      }),
    [form, model.id, recordId, onDraftChange],
  );

  useEffect(() => {
    if (onReady === undefined) return undefined;
    const record = { formId: model.id, recordId };
    onReady(record, {
      setDraft: (itemId, draft) => {
        for (const part of DRAFT_PARTS) form.setValue(`${itemId}.${part}`, draft[part]);
        form.clearErrors(itemId);
      },
    });
    return () => onReady(record, null);
  }, [form, onReady, model.id, recordId]);

  // Fields nobody touched on this page show what the store holds now.
  useEffect(() => {
    following.current = true;
    try {
      for (const field of model.fields) {
        const want = stored[field.key];
        const have = form.getValues(field.key);
        if (want === undefined || isEdited(field.key) || sameDraft(want, have)) continue;
        for (const part of DRAFT_PARTS) form.setValue(`${field.key}.${part}`, want[part]);
      }
    } finally {
      following.current = false;
    }
  }, [form, model, stored, isEdited]);

  // Language switch: re-validate so format messages are shown in the new language.
  useEffect(() => {
    const touched = Object.keys(form.formState.errors);
    if (touched.length > 0) void form.trigger(touched);
  }, [form, resolver]);

  const checked = useMemo(() => validateEntry(model, values, context), [model, values, context]);
  const keys = useMemo(() => new Set<string>(model.fields.map((f) => f.key)), [model]);

  const addressOf = (element: Element | null): FieldAddress | undefined => {
    const itemId = rowOf(element)?.getAttribute('data-field-key');
    return itemId === null || itemId === undefined ? undefined : { formId: model.id, recordId, itemId };
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const leaving = rowOf(event.target);
    const next = event.relatedTarget instanceof Element ? rowOf(event.relatedTarget) : null;
    if (leaving === null || leaving === next) return;
    const address = addressOf(leaving);
    if (address !== undefined) onCommit(address);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!isMoveOnKey(event.nativeEvent, event.target)) return;
    event.preventDefault();
    const target = event.target as HTMLElement;
    const address = addressOf(target);
    if (address !== undefined) onCommit(address);
    focusNextField(target.closest('[data-entry-scope]') ?? event.currentTarget, target);
  };

  const problemsOf = (key: string): { shown: ShownProblem[]; warning: boolean } => {
    const own = checked.problems.filter((p: Problem) => p.key === key && !FORMAT_CODES.test(p.code) && (showRequired || p.severity !== 'required'));
    return {
      shown: [...formatErrors(errors, key), ...own.map((p) => ({ severity: p.severity, text: p.message[language] }))],
      warning: own.some((p) => p.severity === 'warning'),
    };
  };

  return (
    <FormProvider {...form}>
      <div className="entry-form" data-form-id={model.id} data-record-id={recordId} onBlur={onBlur} onKeyDown={onKeyDown}>
        {model.fields.map((field) => {
          const draft = values[field.key];
          const empty = draft === undefined || (draft.value.trim() === '' && draft.missing === '');
          if (empty && !isApplicable(field.applicability, checked.values, context.subject, keys)) return null;
          const { shown, warning } = problemsOf(field.key);
          return (
            <FieldRow
              key={field.key}
              field={field}
              address={{ formId: model.id, recordId, itemId: field.key }}
              language={language}
              problems={shown}
              hasWarning={warning}
              entry={checked.entries[field.key]}
              stored={storedKeys.has(field.key)}
              empty={empty}
              onHistory={onHistory}
              readOnly={readOnlyReasonId === undefined ? undefined : { draft, reasonId: readOnlyReasonId }}
              extras={extrasOf?.({ formId: model.id, recordId, itemId: field.key })}
            />
          );
        })}
      </div>
    </FormProvider>
  );
});
