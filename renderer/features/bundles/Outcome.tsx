export interface OutcomeMessage {
  readonly tone: 'good' | 'bad';
  readonly lines: readonly string[];
}

/**
 * The result of an action, in a live region that is always present (so screen readers announce what is
 * put into it): a polite status for success, an alert for a failure.
 */
export function Outcome({ outcome }: { readonly outcome: OutcomeMessage | undefined }) {
  const good = outcome?.tone === 'good' ? outcome : undefined;
  const bad = outcome?.tone === 'bad' ? outcome : undefined;
  return (
    <>
      <div role="status" className="bundle-outcome">
        {good === undefined ? null : (
          <div className="notice">
            {good.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
      </div>
      <div role="alert" className="bundle-outcome">
        {bad === undefined ? null : (
          <div className="notice notice--bad">
            {bad.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
      </div>
    </>
  );
}
