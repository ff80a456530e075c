import { useTranslation } from 'react-i18next';
import type { SealedIssue } from '../../../shared/export/sealed';
import { formatPath } from '../../../shared/lib/result';

/** Why a key file or a sealed bundle's header cannot be used: per issue where (JSON path) and what. */
export function KeyFileProblems({ title, issues }: { readonly title: string; readonly issues: readonly SealedIssue[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice--bad">
      <p>{title}</p>
      <ul className="issue-list">
        {issues.map((issue, index) => (
          <li key={index}>
            <strong>{t('keys.fileProblem', { where: formatPath(issue.path), message: t(`keys.problem.${issue.code}`) })}</strong>{' '}
            <span className="bundle-issue__detail">{issue.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
