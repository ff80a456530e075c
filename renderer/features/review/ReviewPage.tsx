import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { buildGrid, gridColumns, visibleQueries, type CountKey, type GridFilter } from '../../../shared/review';
import { useSession, useStore } from '../../app/providers';
import { useToday } from '../../app/use-today';
import { protocolsWithSubjects } from '../../db/review-reads';
import { useLiveQuery } from '../../db/use-live-query';
import { EmptyState, Page, Section } from '../../ui';
import { FindingsTable } from './FindingsTable';
import { ReviewFilters } from './ReviewFilters';
import { ReviewGrid } from './ReviewGrid';
import { ReviewLegend } from './ReviewLegend';
import { ReviewQueries } from './ReviewQueries';
import { ReviewSummary } from './ReviewSummary';
import { SHOWN_COUNTS } from './count-chips';
import { useReviewData } from './use-review-data';
import './review.css';

const isCountKey = (value: string | null): value is CountKey => value !== null && (SHOWN_COUNTS as readonly string[]).includes(value);

/** The grid's filter, kept in the address so that coming back from a visit finds the same view. */
function filterOf(params: URLSearchParams): GridFilter {
  const status = params.get('status');
  const text = (key: string) => {
    const value = params.get(key);
    return value === null || value === '' ? {} : { [key === 'site' ? 'siteId' : key === 'visit' ? 'visitDefId' : 'formId']: value };
  };
  return { ...text('site'), ...text('visit'), ...text('form'), ...(isCountKey(status) ? { status } : {}), ...(params.get('oq') === '1' ? { openQuery: true } : {}) };
}

function paramsOf(protocolId: string, filter: GridFilter): URLSearchParams {
  const out = new URLSearchParams({ protocol: protocolId });
  if (filter.siteId !== undefined) out.set('site', filter.siteId);
  if (filter.visitDefId !== undefined) out.set('visit', filter.visitDefId);
  if (filter.formId !== undefined) out.set('form', filter.formId);
  if (filter.status !== undefined) out.set('status', filter.status);
  if (filter.openQuery === true) out.set('oq', '1');
  return out;
}

/** The monitor's review: missing and out-of-range values, forms not started, queries and SDV, per subject and visit. */
export function ReviewPage() {
  const { t } = useTranslation();
  const store = useStore();
  const protocolsState = useLiveQuery(() => protocolsWithSubjects(store), [store]);
  const [params] = useSearchParams();
  if (protocolsState.status === 'loading') {
    return (
      <Page title={t('page.review')}>
        <p role="status">{t('review.loading')}</p>
      </Page>
    );
  }
  if (protocolsState.status === 'failed') {
    return (
      <Page title={t('page.review')}>
        <p role="alert">{t('review.failed', { message: protocolsState.message })}</p>
      </Page>
    );
  }
  const protocols = [...protocolsState.value.entries()].map(([id, subjects]) => ({ id, subjects })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const first = protocols[0];
  if (first === undefined) {
    return (
      <Page title={t('page.review')}>
        <EmptyState message={t('review.empty')} />
      </Page>
    );
  }
  const wanted = params.get('protocol');
  const protocolId = protocols.some((p) => p.id === wanted) && wanted !== null ? wanted : first.id;
  return <ProtocolReviewView key={protocolId} protocolId={protocolId} protocols={protocols} />;
}

function ProtocolReviewView({ protocolId, protocols }: { readonly protocolId: string; readonly protocols: readonly { readonly id: string; readonly subjects: number }[] }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const data = useReviewData(protocolId);
  const filter = useMemo(() => filterOf(params), [params]);
  const setFilter = (next: GridFilter) => setParams(paramsOf(protocolId, next), { replace: true });
  const onProtocol = (id: string) => setParams(paramsOf(id, {}), { replace: true });
  const ready = data.status === 'ready' ? data : undefined;
  const grid = useMemo(() => (ready === undefined ? undefined : buildGrid(ready.review, ready.lifecycles, ready.orderOf, filter)), [ready, filter]);
  const columns = useMemo(() => (ready === undefined ? [] : gridColumns(ready.review, ready.orderOf)), [ready]);
  const queries = useMemo(() => (ready === undefined ? [] : visibleQueries(ready.review, ready.protocol, ready.queries)), [ready]);

  if (data.status === 'loading' || grid === undefined || ready === undefined) {
    return (
      <Page title={t('page.review')}>
        {data.status === 'failed' ? <p role="alert">{t('review.failed', { message: data.message })}</p> : <p role="status">{t('review.loading')}</p>}
      </Page>
    );
  }
  return (
    <Page title={t('page.review')} subtitle={t('review.intro', { protocol: protocolId, today })}>
      <div className="review-page">
        {user.blinded ? <p className="hint review-page__blinded">{t('review.blinded')}</p> : null}
        {ready.unreviewed.map((u) => (
          <p key={u.version} role="alert" className="notice notice--bad">
            {t('review.versionMissing', { count: u.subjects, version: u.version, protocol: protocolId })}
          </p>
        ))}
        <ReviewFilters
          protocols={protocols}
          protocolId={protocolId}
          onProtocol={onProtocol}
          sites={ready.review.sites}
          visits={columns}
          forms={ready.forms}
          filter={filter}
          onChange={setFilter}
        />
        <ReviewSummary total={grid.total} shown={grid.rows.length} subjects={grid.subjectCount} />
        <Section title={t('review.grid.title')}>
          {grid.rows.length === 0 ? (
            <EmptyState message={t('review.grid.noRows')} />
          ) : (
            <ReviewGrid grid={grid} label={t('review.grid.label', { protocol: protocolId })} />
          )}
          <p className="hint">{t('review.grid.keys')}</p>
          <ReviewLegend />
        </Section>
        <Section title={t('review.findings.title')}>
          <FindingsTable rows={ready.findings} filter={filter} protocolId={protocolId} today={today} />
        </Section>
        <Section title={t('review.queries.title')}>
          <ReviewQueries review={ready.review} queries={queries} siteId={filter.siteId} />
        </Section>
      </div>
    </Page>
  );
}
