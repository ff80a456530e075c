import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../platform';

type Outcome = { readonly kind: 'idle' | 'busy' } | { readonly kind: 'saved'; readonly location: string } | { readonly kind: 'not-saved' } | { readonly kind: 'failed'; readonly message: string };

/**
 * "Print / save as PDF": the platform prints the page as it is (Electron: printToPDF and a save dialog;
 * web: the browser's print dialog, where "Save as PDF" is one choice). The outcome is announced.
 */
export function PrintButton({ suggestedName, onBeforePrint }: { readonly suggestedName: string; readonly onBeforePrint?: () => void }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const print = async () => {
    onBeforePrint?.();
    setOutcome({ kind: 'busy' });
    try {
      const result = await platform.printToPdf({ suggestedName });
      setOutcome(result.saved ? { kind: 'saved', location: result.location } : { kind: 'not-saved' });
    } catch (error) {
      setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const message =
    outcome.kind === 'busy'
      ? t('casebook.printing')
      : outcome.kind === 'saved'
        ? t('casebook.printSaved', { location: outcome.location })
        : outcome.kind === 'not-saved'
          ? t('casebook.printNotSaved')
          : '';
  return (
    <div className="casebook-print">
      <button type="button" className="button button--primary" onClick={() => void print()} disabled={outcome.kind === 'busy'}>
        {t('casebook.print')}
      </button>
      <p role="status" className="casebook-print__status">
        {message}
      </p>
      {outcome.kind === 'failed' ? (
        <p role="alert" className="notice notice--bad">
          {t('casebook.printFailed', { message: outcome.message })}
        </p>
      ) : null}
    </div>
  );
}
