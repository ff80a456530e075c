import { useEffect, useId, useRef, type ReactNode } from 'react';
import './forms.css';

export interface AlertDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  /** The label of the one button that closes the alert. */
  readonly closeLabel: string;
  readonly onClose: () => void;
}

/**
 * A blocking message that must be acknowledged (e.g. a save that failed): it takes focus when it
 * appears and stays until closed. The form behind it keeps everything the user typed.
 */
export function AlertDialog({ title, children, closeLabel, onClose }: AlertDialogProps) {
  const titleId = useId();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
  }, []);
  return (
    <div className="alert-dialog__backdrop">
      <div role="alertdialog" aria-modal="true" aria-labelledby={titleId} className="alert-dialog">
        <h2 id={titleId} className="alert-dialog__title">
          {title}
        </h2>
        <div className="alert-dialog__body">{children}</div>
        <button ref={button} type="button" className="button button--primary" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
    </div>
  );
}
