/**
 * English UI strings: the reference key set. `zh.ts` must hold exactly the same keys (checked by the type
 * `Messages` at compile time and by test/renderer/app/i18n-keys.test.ts at run time).
 * Interpolations use i18next's `{{name}}`; React escapes the result.
 */
import { enEntry } from './sections/entry.en';
import { enCare } from './sections/subjects.en';
import { enBundles } from './sections/bundles.en';
import { enCasebook } from './sections/casebook.en';
import { enReview } from './sections/review.en';
import { enTraining } from './sections/training.en';
import { enAccess } from './sections/access.en';
import { enSigning } from './sections/signing.en';
import { enKeys } from './sections/keys.en';

export const en = {
  entry: enEntry,
  care: enCare,
  app: {
    name: 'Bedside eCRF',
    skipToContent: 'Skip to main content',
    breadcrumb: 'You are here',
  },
  nav: {
    label: 'Main',
    today: 'Today',
    subjects: 'Subjects',
    review: 'Review',
    bundles: 'Bundles',
    protocols: 'Protocols',
    settings: 'Settings',
  },
  page: {
    today: 'Today',
    subjects: 'Subjects',
    subject: 'Subject {{subjectId}}',
    visit: 'Visit {{visitId}}',
    review: 'Review',
    bundles: 'Bundles',
    protocols: 'Protocols',
    settings: 'Settings',
    notFound: 'Page not found',
    error: 'Something went wrong',
  },
  today: {
    empty: 'No visits are due today: there are no subjects on this device yet.',
    enrolHint: 'Enrol one from Subjects',
  },
  subjects: {
    empty: 'No subjects on this device yet.',
  },
  subject: {
    empty: 'There is no record of subject {{subjectId}} on this device.',
    backToSubjects: 'Back to Subjects',
  },
  visit: {
    ofSubject: 'Subject {{subjectId}}',
    empty: 'No forms have been recorded for this visit on this device.',
    backToSubject: 'Back to subject {{subjectId}}',
  },
  review: enReview,
  bundles: enBundles,
  casebook: enCasebook,
  training: enTraining,
  access: enAccess,
  signing: enSigning,
  keys: enKeys,
  notFound: {
    body: 'There is no page at this address.',
    goToday: 'Go to Today',
  },
  error: {
    body: 'The page could not be shown: {{message}}',
  },
  settings: {
    interface: 'Interface',
    language: 'Language',
    about: 'About this installation',
    appName: 'Application',
    version: 'Version',
    platform: 'Platform',
    deviceId: 'Device ID',
    deviceIdHint: 'Identifies this device in exported CRF bundles and audit records.',
    loading: 'Loading…',
    failed: 'The application information could not be read: {{message}}',
    platformName: {
      electron: 'Desktop application',
      web: 'Web browser',
    },
  },
  language: {
    en: 'English',
    zh: '简体中文',
  },
  status: {
    label: 'Status',
    offline: 'Offline: no data leaves this device.',
  },
} as const;
