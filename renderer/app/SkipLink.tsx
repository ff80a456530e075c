import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusPageHeading } from '../ui';

/**
 * The first stop of the Tab key: jumps past the navigation. It cannot be a plain `#fragment` link because the
 * hash holds the route, so it moves focus itself.
 */
export function SkipLink() {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusPageHeading(event.currentTarget.ownerDocument);
  };
  return (
    <a className="skip-link" href="#main-content" onClick={skip}>
      {t('app.skipToContent')}
    </a>
  );
}
