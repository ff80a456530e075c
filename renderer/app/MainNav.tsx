import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Messages } from '../i18n';

const LINKS: readonly { to: string; label: `nav.${Exclude<keyof Messages['nav'], 'label'>}`; end?: boolean }[] = [
  { to: '/', label: 'nav.today', end: true },
  { to: '/subjects', label: 'nav.subjects' },
  { to: '/review', label: 'nav.review' },
  { to: '/bundles', label: 'nav.bundles' },
  { to: '/protocols', label: 'nav.protocols' },
  { to: '/settings', label: 'nav.settings' },
];

/** The main navigation landmark: one link per top-level page, the current one marked `aria-current`. */
export function MainNav() {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        {LINKS.map(({ to, label, end }) => (
          <li key={to}>
            <NavLink className="main-nav__link" to={to} end={end ?? false}>
              {t(label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
