export { Page, type PageProps } from './Page';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { Section, type SectionProps } from './Section';
export { DetailList, type Detail } from './DetailList';
export { PAGE_HEADING_ID, focusPageHeading } from './page-heading';
