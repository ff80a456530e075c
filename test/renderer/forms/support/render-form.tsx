import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { buildFormModel, emptyDraft, validateField, type EntryContext, type FieldEntry, type FormModel } from '../../../../shared/forms';
import { parseProtocol, SHIPPED_CATALOGUE, type Protocol } from '../../../../shared/protocol';
import seed from '../../../../seeds/NCT05985863.json';
import { SaverContext } from '../../../../renderer/forms/autosave/saver-context';
import type { SaveOutcome } from '../../../../renderer/forms/autosave/save-outcome';
import { VisitSaver, type SaverDeps } from '../../../../renderer/forms/autosave/visit-saver';
import type { RecordValues } from '../../../../renderer/forms/field-input-props';
import type { FieldAddress } from '../../../../renderer/forms/field-path';
import { FormRenderer } from '../../../../renderer/forms/FormRenderer';
import { createI18n } from '../../../../renderer/i18n';
import { memoryStorage } from '../../app/support/memory-storage';

const parsed = parseProtocol(seed, SHIPPED_CATALOGUE);
if (!parsed.ok) throw new Error('the NCT05985863 seed does not parse');
export const PROTOCOL: Protocol = parsed.value;

/** A form of NCT05985863 as an unblinded user sees it (arm "msc"). */
export function formModel(visitId: string, formId: string): FormModel {
  const built = buildFormModel({ protocol: PROTOCOL, visitId, formId, arm: 'msc', blinded: false });
  if (!built.ok) throw new Error(`no form ${formId} at ${visitId}: ${built.issues.map((i) => i.message).join('; ')}`);
  return built.value;
}

export interface SavedField {
  readonly address: FieldAddress;
  readonly entry: FieldEntry | null;
  readonly reason?: string;
}

export interface RenderFormOptions {
  readonly visitId?: string;
  readonly defaults?: Partial<RecordValues>;
  readonly context?: EntryContext;
  readonly showRequired?: boolean;
  readonly language?: 'en' | 'zh';
  /** Replaces the default write (which records what the form engine says would be stored). */
  readonly write?: SaverDeps['write'];
  /** The autosave pause; long by default, so only flushes (blur, Enter) save unless a test waits on purpose. */
  readonly delayMs?: number;
}

export interface RenderedForm extends RenderResult {
  readonly model: FormModel;
  readonly saver: VisitSaver;
  /** Every save the form made, in order, as the form engine reads the draft. */
  readonly saved: SavedField[];
}

/** One record of a form, rendered through the real FormRenderer, i18n and autosave, with a recording writer. */
export function renderForm(formId: string, options: RenderFormOptions = {}): RenderedForm {
  const model = formModel(options.visitId ?? 'w0', formId);
  const saved: SavedField[] = [];
  const context = options.context ?? {};
  const record = async (address: FieldAddress, draft: Parameters<SaverDeps['write']>[1], reason?: string): Promise<SaveOutcome> => {
    const key = model.fields.find((f) => f.key === address.itemId)?.key;
    if (key === undefined) return { status: 'invalid' };
    const validation = validateField(model, key, draft, context);
    if (!validation.canSave) return { status: 'invalid' };
    saved.push({ address, entry: validation.entry, ...(reason === undefined ? {} : { reason }) });
    return { status: 'saved' };
  };
  const saver = new VisitSaver({ write: options.write ?? record, askReason: async () => null, revert: () => undefined, delayMs: options.delayMs ?? 60 * 60 * 1000 });
  const i18n = createI18n({ storage: memoryStorage(options.language === undefined ? {} : { 'ecrf.language': options.language }) });
  const defaults = { ...emptyDraft(model), ...options.defaults } as RecordValues;
  const result = render(
    <I18nextProvider i18n={i18n}>
      <SaverContext.Provider value={saver}>
        <div data-entry-scope="">
          <FormRenderer
            model={model}
            recordId=""
            defaultValues={defaults}
            stored={defaults}
            isEdited={() => true}
            context={context}
            language={options.language ?? 'en'}
            showRequired={options.showRequired ?? false}
            storedKeys={new Set()}
            onDraftChange={(address, draft) => saver.change(address, draft)}
            onCommit={(address) => void saver.flush(address, { interactive: true })}
            onHistory={() => undefined}
          />
        </div>
      </SaverContext.Provider>
    </I18nextProvider>,
  );
  return Object.assign(result, { model, saver, saved });
}

/** The last thing saved for an item. */
export const lastSaved = (saved: readonly SavedField[], itemId: string): SavedField | undefined => saved.filter((s) => s.address.itemId === itemId).at(-1);
