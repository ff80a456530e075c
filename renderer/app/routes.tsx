import type { RouteObject } from 'react-router';
import { BundlesPage } from '../features/bundles/BundlesPage';
import { CasebookPage } from '../features/casebook/CasebookPage';
import { ProtocolsPage } from '../features/protocols/ProtocolsPage';
import { ReviewPage } from '../features/review/ReviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SubjectPage } from '../features/subjects/SubjectPage';
import { SubjectsPage } from '../features/subjects/SubjectsPage';
import { TodayPage } from '../features/today/TodayPage';
import { VisitPage } from '../features/visit-entry/VisitPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import type { RouteHandle } from './route-handle';
import { RouteError } from './RouteError';

const titled = (title: RouteHandle['title']): RouteHandle => ({ title });

/** Every page of the app. Used with a hash router in the app (works under app:// and any static server). */
export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        handle: titled((t) => t('page.error')),
        children: [
          { index: true, element: <TodayPage />, handle: titled((t) => t('page.today')) },
          { path: 'subjects', element: <SubjectsPage />, handle: titled((t) => t('page.subjects')) },
          { path: 'subjects/:subjectId', element: <SubjectPage />, handle: titled((t) => t('care.subject.title')) },
          { path: 'subjects/:subjectId/casebook', element: <CasebookPage />, handle: titled((t) => t('casebook.title')) },
          { path: 'subjects/:subjectId/visits/:visitId', element: <VisitPage />, handle: titled((t, p) => t('page.visit', { visitId: p['visitId'] ?? '' })) },
          { path: 'review', element: <ReviewPage />, handle: titled((t) => t('page.review')) },
          { path: 'bundles', element: <BundlesPage />, handle: titled((t) => t('page.bundles')) },
          { path: 'protocols', element: <ProtocolsPage />, handle: titled((t) => t('page.protocols')) },
          { path: 'settings', element: <SettingsPage />, handle: titled((t) => t('page.settings')) },
          { path: '*', element: <NotFoundPage />, handle: titled((t) => t('page.notFound')) },
        ],
      },
    ],
  },
];
