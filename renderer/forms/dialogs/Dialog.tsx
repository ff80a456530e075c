import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import '../forms.css';

export interface DialogProps {
  readonly title: string;
  readonly children: ReactNode;
  /** alertdialog for problems that must be acknowledged. */
  readonly role?: 'dialog' | 'alertdialog';
  /** Escape: the same as the dialog's cancel button. Without it, Escape does nothing (blocking). */
  readonly onCancel?: () => void;
  readonly tone?: 'normal' | 'bad';
  readonly wide?: boolean;
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: takes focus, keeps Tab inside, gives focus back when it closes. The backdrop covers
 * the page, so nothing behind it can be clicked while it is open.
 */
export function Dialog({ title, children, role = 'dialog', onCancel, tone = 'normal', wide = false }: DialogProps) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const initial = box.current?.querySelector<HTMLElement>('[data-autofocus]') ?? box.current?.querySelector<HTMLElement>(FOCUSABLE);
    initial?.focus();
    return () => {
      if (previous?.isConnected === true) previous.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && onCancel !== undefined) {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || box.current === null) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (first === undefined || last === undefined) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="entry-dialog__backdrop">
      <div
        ref={box}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        className={`entry-dialog entry-dialog--${tone}${wide ? ' entry-dialog--wide' : ''}`}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="entry-dialog__title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
