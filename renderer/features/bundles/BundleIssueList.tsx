import { useTranslation } from 'react-i18next';
import type { BundleIssue } from '../../../shared/export';
import { formatPath } from '../../../shared/lib/result';

/**
 * Why a bundle cannot be used: per issue its code, where (zip member, manifest field or events.ndjson
 * line), what it means in the current language, and the checker's own (English) detail.
 */
export function BundleIssueList({ title, issues }: { readonly title: string; readonly issues: readonly BundleIssue[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice--bad">
      <p>{title}</p>
      <ul className="issue-list">
        {issues.map((issue, index) => (
          <li key={index}>
            <strong>{t('bundles.import.issue', { code: issue.code, where: formatPath(issue.path) })}</strong>: {t(`bundles.issue.${issue.code}`)}{' '}
            <span className="bundle-issue__detail">{t('bundles.import.detail', { message: issue.message })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
