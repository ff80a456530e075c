import type { ReactNode } from 'react';
import './forms.css';

export interface ShownIssue {
  /** Where in the file, e.g. `$.visits[3].forms[0]` or `line 4, kit`. */
  readonly where: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** Problems found in an imported file, each with where it is; errors first. */
export function IssueList({ title, issues, severityLabel }: { readonly title: ReactNode; readonly issues: readonly ShownIssue[]; readonly severityLabel: (s: ShownIssue['severity']) => string }) {
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <div role="alert" className="notice notice--bad">
      <p>{title}</p>
      <ul className="issue-list">
        {sorted.map((issue, index) => (
          <li key={index}>
            <strong>{severityLabel(issue.severity)}</strong> <code className="code">{issue.where}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
