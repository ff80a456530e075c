/**
 * `npm run bench` (`-- --quick` for 100 subjects): the app's figures at trial scale in headless Chromium.
 *
 *   1. builds the app (as electron-vite's renderer build does) and the bench page (test/bench/page) into
 *      out/bench, and serves both on one origin;
 *   2. in the bench page, sets the app's own database up as a first run does (site setup with an
 *      administrator, so the store is encrypted at rest; a nurse's account), then fills it with the demo
 *      generator (1,000 subjects of NCT05121870, about a million events) through the training loader's
 *      appendGeneratedEvents on the unlocked store;
 *   3. measures, each over repeated runs and beside its baseline: a field change (setItemValue) against a
 *      bare IndexedDB put, the review, a full export (and its peak memory) against JSON.stringify of the same
 *      events, a first import and a re-import of that bundle; then, in the app itself, signed in as the
 *      nurse on the sign-in screen, opening the largest visit form and a cold start to the subject list
 *      (to the sign-in screen, and from the sign-in to the first row, which includes the PBKDF2 derivation);
 *   4. prints the table and writes bench/results.json. See docs/performance.md.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium';
import { BENCH_NURSE, BENCH_PASSWORD, type BenchApi, type DataConfig, type ExportReport, type FormTarget, type ImportReport, type SerializeReport } from './bench-api';
import { buildBench } from './build';
import { APP_OUT, PAGE_OUT } from './paths';
import { stats, table, type Figure, type Stats } from './report';
import { BENCH_PAGE_PREFIX, startBenchServer } from './server';

const repoRoot = resolve(__dirname, '../..');
const MB = 2 ** 20;

interface Plan {
  readonly mode: 'full' | 'quick';
  readonly data: DataConfig;
  readonly fieldChanges: number;
  readonly formOpens: number;
  readonly formParts: number;
  readonly reviews: number;
  readonly exports: number;
  readonly imports: number;
  readonly coldStarts: number;
}

/** `--only=load,export` runs just those steps (load always runs); `--profile=export` records a CPU profile of that step. */
const STEPS = ['field', 'review', 'export', 'import', 'form', 'cold'] as const;
type Step = (typeof STEPS)[number] | 'load';

function listArg(argv: readonly string[], name: string): string[] | undefined {
  const arg = argv.find((a) => a.startsWith(`--${name}=`));
  return arg === undefined ? undefined : arg.slice(name.length + 3).split(',').filter((s) => s !== '');
}

function planFrom(argv: readonly string[]): {
  plan: Plan;
  build: boolean;
  out: string;
  only: ReadonlySet<Step>;
  profile: ReadonlySet<Step>;
  profileDir: string | undefined;
} {
  const quick = argv.includes('--quick');
  const subjectsArg = argv.find((a) => a.startsWith('--subjects='));
  const outArg = argv.find((a) => a.startsWith('--out='));
  const subjects = subjectsArg === undefined ? (quick ? 100 : 1000) : Number(subjectsArg.slice('--subjects='.length));
  if (!Number.isInteger(subjects) || subjects < 1) throw new Error(`--subjects must be a positive whole number`);
  const data: DataConfig = {
    protocolId: 'NCT05121870',
    subjects,
    seed: 20_250_701,
    startDate: '2024-01-01',
    today: '2026-12-31',
    siteId: '01',
    batchSize: 2000,
    // Every completed form source-verified and more corrections and queries than the defaults: about
    // 960 events per subject, so 1,000 subjects come to about a million events.
    rates: { sdvForm: 1, query: 0.05, edit: 0.1 },
  };
  const count = (name: string, otherwise: number): number => {
    const value = Number(argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? otherwise);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
    return value;
  };
  const plan: Plan = {
    mode: quick ? 'quick' : 'full',
    data,
    fieldChanges: count('field-changes', quick ? 100 : 300),
    formOpens: count('form-opens', 10),
    formParts: 20,
    reviews: count('reviews', 12),
    exports: count('exports', 3),
    imports: count('imports', quick ? 3 : 2),
    coldStarts: count('cold-starts', quick ? 5 : 7),
  };
  const only = new Set<Step>(['load', ...((listArg(argv, 'only') ?? [...STEPS]) as Step[])]);
  const profile = new Set<Step>((listArg(argv, 'profile') ?? []) as Step[]);
  const profileDir = argv.find((a) => a.startsWith('--profile-dir='))?.slice('--profile-dir='.length);
  return {
    plan,
    build: !argv.includes('--no-build'),
    out: outArg === undefined ? join(repoRoot, 'bench/results.json') : resolve(outArg.slice('--out='.length)),
    only,
    profile,
    profileDir: profileDir === undefined ? undefined : resolve(profileDir),
  };
}

const log = (text: string): void => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Browser {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

const problems: string[] = [];

async function launch(profileDir: string, initScript?: () => void): Promise<Browser> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    viewport: { width: 1366, height: 768 },
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  if (initScript !== undefined) await context.addInitScript(initScript);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

/** Calls a bench page function (no timeout: loading a million events takes minutes). */
function call<K extends keyof BenchApi>(page: Page, name: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    async ({ name, args }) => {
      const bench = window.bench;
      if (bench === undefined) throw new Error('the bench page did not start');
      const fn = bench[name] as (...a: unknown[]) => Promise<unknown>;
      return fn(...args);
    },
    { name, args: args as unknown[] },
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

interface MemoryPeak {
  /** CDP Performance.getMetrics JSHeapUsedSize. */
  readonly jsHeap: number;
  /** CDP Runtime.getHeapUsage usedSize + backingStorageSize (ArrayBuffers and external strings), when reported. */
  readonly withBuffers: number;
  readonly samples: number;
}

/** Samples the renderer's memory over CDP every 100 ms while `run` goes on. */
async function sampled<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ value: T; peak: MemoryPeak }> {
  let running = true;
  let jsHeap = 0;
  let withBuffers = 0;
  let samples = 0;
  const loop = (async () => {
    while (running) {
      try {
        const [metrics, usage] = await Promise.all([cdp.send('Performance.getMetrics'), cdp.send('Runtime.getHeapUsage')]);
        const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        const buffers = (usage as { backingStorageSize?: number }).backingStorageSize ?? 0;
        jsHeap = Math.max(jsHeap, heap);
        withBuffers = Math.max(withBuffers, usage.usedSize + buffers);
        samples += 1;
      } catch {
        // the page may be navigating; the next sample counts
      }
      await sleep(100);
    }
  })();
  try {
    const value = await run();
    return { value, peak: { jsHeap, withBuffers, samples } };
  } finally {
    running = false;
    await loop;
  }
}

const collectGarbage = async (cdp: CDPSession): Promise<void> => {
  await cdp.send('HeapProfiler.collectGarbage');
};

/** Opens a route of the app in the current tab by changing the hash, timed in the page until `id` is in the DOM. */
async function timeRouteUntil(page: Page, route: string, id: string): Promise<number> {
  return page.evaluate(
    ({ route, id }) =>
      new Promise<number>((resolve, reject) => {
        const t0 = performance.now();
        // Mutation callbacks run as microtasks, after this function has set the timer.
        const observer = new MutationObserver(() => {
          if (document.getElementById(id) === null) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - t0);
        });
        observer.observe(document.body, { childList: true, subtree: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`#${id} did not appear after opening ${route}`));
        }, 60_000);
        location.hash = `#${route}`;
      }),
    { route, id },
  );
}

/** PBKDF2 (600,000 iterations) on a loaded machine: as the e2e tests allow. */
const SIGN_IN_TIMEOUT = 120_000;

/** Signs in as the bench's nurse on the app's sign-in screen, as a person does (login, password, Sign in). */
async function signIn(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in', exact: true });
  await form.waitFor({ timeout: SIGN_IN_TIMEOUT });
  await form.getByLabel('Login', { exact: true }).fill(BENCH_NURSE.login);
  await form.getByLabel('Password', { exact: true }).fill(BENCH_PASSWORD);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('banner').getByText(BENCH_NURSE.displayName, { exact: false }).first().waitFor({ timeout: SIGN_IN_TIMEOUT });
}

async function formOpens(page: Page, origin: string, targets: readonly FormTarget[]): Promise<number[]> {
  const [warm, ...measured] = targets;
  if (warm === undefined) throw new Error('no form target');
  await page.goto(`${origin}/#${warm.subjectRoute}`);
  // The session lives in memory only: a new page load starts at the sign-in screen. Nothing is timed before it.
  await signIn(page);
  await page.getByRole('table', { name: 'Visit schedule' }).waitFor({ timeout: 60_000 });
  await timeRouteUntil(page, warm.route, warm.lastInputId);
  const times: number[] = [];
  for (const target of measured) {
    await page.evaluate((route) => {
      location.hash = `#${route}`;
    }, target.subjectRoute);
    await page.getByRole('table', { name: 'Visit schedule' }).waitFor({ timeout: 60_000 });
    await sleep(300);
    times.push(await timeRouteUntil(page, target.route, target.lastInputId));
  }
  return times;
}

interface ColdMarks {
  /** The sign-in screen drawn (its heading and password field), from navigation start. */
  __benchSignIn?: number;
  /** The sign-in form submitted (capture phase, before the app's handler). */
  __benchSubmitted?: number;
  /** The first row of the subject list in the DOM. */
  __benchFirstRow?: number;
}

/** Init script of a cold start: marks, in the page's clock, the sign-in screen, its submission and the first subject row. */
function markColdStart(): void {
  const w = window as unknown as ColdMarks;
  document.addEventListener(
    'submit',
    () => {
      w.__benchSubmitted ??= performance.now();
    },
    { capture: true },
  );
  const observer = new MutationObserver(() => {
    if (w.__benchSignIn === undefined && document.querySelector('#login-heading') !== null && document.querySelector('input[type="password"]') !== null) {
      w.__benchSignIn = performance.now();
    }
    if (document.querySelector('table.data-table tbody tr th[scope="row"] a[href*="/subjects/"]') === null) return;
    w.__benchFirstRow = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface ColdRuns {
  /** Navigation start → sign-in screen ready. */
  readonly toSignIn: number[];
  /** Sign-in submitted → first row of the subject list (PBKDF2 included). */
  readonly signInToList: number[];
  /** page.goto → sign-in screen ready, from the runner's clock. */
  readonly wallToSignIn: number[];
}

async function coldStarts(profileDir: string, origin: string, protocolId: string, runs: number): Promise<ColdRuns> {
  const toSignIn: number[] = [];
  const signInToList: number[] = [];
  const wallToSignIn: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const browser = await launch(profileDir, markColdStart);
    try {
      const t0 = performance.now();
      await browser.page.goto(`${origin}/#/subjects?protocol=${protocolId}`);
      await browser.page.waitForFunction(() => (window as unknown as ColdMarks).__benchSignIn !== undefined, null, { timeout: SIGN_IN_TIMEOUT, polling: 20 });
      wallToSignIn.push(performance.now() - t0);
      await signIn(browser.page);
      await browser.page.waitForFunction(() => (window as unknown as ColdMarks).__benchFirstRow !== undefined, null, { timeout: SIGN_IN_TIMEOUT, polling: 20 });
      const marks = await browser.page.evaluate(() => {
        const w = window as unknown as ColdMarks;
        return { signIn: w.__benchSignIn ?? Number.NaN, submitted: w.__benchSubmitted ?? Number.NaN, firstRow: w.__benchFirstRow ?? Number.NaN };
      });
      toSignIn.push(marks.signIn);
      signInToList.push(marks.firstRow - marks.submitted);
    } finally {
      await browser.context.close();
    }
  }
  return { toSignIn, signInToList, wallToSignIn };
}

const secs = (ms: readonly number[]): number[] => ms.map((m) => m / 1000);

/** Records a CPU profile of `run` into test-results/bench-<name>.cpuprofile when asked. */
async function profiled<T>(cdp: CDPSession, name: string, on: boolean, run: () => Promise<T>): Promise<T> {
  if (!on) return run();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    const file = join(repoRoot, `test-results/bench-${name}.cpuprofile`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    log(`  CPU profile: ${file}`);
  }
}

interface Context {
  readonly plan: Plan;
  readonly page: Page;
  readonly cdp: CDPSession;
  readonly origin: string;
  readonly profile: ReadonlySet<Step>;
  readonly figures: Figure[];
  readonly details: Record<string, unknown>;
  events: number;
  subjects: number;
}

/** What a kept profile (`--profile-dir`) was loaded with. */
const DATA_MARK = 'ecrf-bench-data.json';

async function loadStep(c: Context, profileDir: string, kept: boolean): Promise<void> {
  const mark = join(profileDir, DATA_MARK);
  if (kept && existsSync(mark) && readFileSync(mark, 'utf8') === JSON.stringify(c.plan.data)) {
    const attached = await call(c.page, 'attach', c.plan.data);
    c.events = attached.events;
    c.subjects = attached.subjects;
    log(`using the ${attached.events} events already loaded in ${profileDir} (not a measured run)`);
    problems.push('the data was not loaded in this run (--profile-dir): the load figure is missing');
    return;
  }
  log('loading the demo trial through appendGeneratedEvents');
  const loaded = await profiled(c.cdp, 'load', c.profile.has('load'), () => call(c.page, 'load', c.plan.data));
  if (kept) writeFileSync(mark, JSON.stringify(c.plan.data));
  c.details['load'] = loaded;
  c.events = loaded.events;
  c.subjects = loaded.subjects;
  log(`loaded ${loaded.events} events, ${loaded.subjects} subjects in ${(loaded.totalMs / 1000).toFixed(1)} s (generate ${(loaded.generateMs / 1000).toFixed(1)} s, append ${(loaded.appendMs / 1000).toFixed(1)} s)`);
  c.figures.push({
    id: 'load',
    label: `load ${loaded.events} events (generate + appendGeneratedEvents)`,
    unit: 's',
    samples: [loaded.totalMs / 1000],
    stats: stats([loaded.totalMs / 1000]),
    note: `site setup + nurse account ${(loaded.setupMs / 1000).toFixed(1)} s (store encrypted at rest), generating ${(loaded.generateMs / 1000).toFixed(1)} s, appending ${(loaded.appendMs / 1000).toFixed(1)} s (${Math.round(loaded.events / (loaded.appendMs / 1000))} events/s); storage ${((loaded.storageBytes ?? 0) / MB).toFixed(0)} MB`,
  });
}

async function fieldStep(c: Context): Promise<void> {
  log(`field changes: ${c.plan.fieldChanges} × setItemValue and a bare put`);
  const changes = await profiled(c.cdp, 'field', c.profile.has('field'), () => call(c.page, 'fieldChanges', c.plan.fieldChanges));
  const commit = stats(changes.commitMs);
  const bare = stats(changes.barePutMs);
  c.details['fieldChange'] = { item: changes.item, durability: changes.durability };
  c.figures.push({
    id: 'field-change',
    label: `field change durable (setItemValue, ${(c.events / 1e6).toFixed(2)}M events stored)`,
    unit: 'ms',
    samples: changes.commitMs,
    stats: commit,
    target: 'p95 < 10 ms, ≤ 3× bare put',
    baseline: { label: 'bare put', stats: bare, note: `p95 ratio ${(commit.p95 / bare.p95).toFixed(2)}×` },
    met: commit.p95 < 10 && commit.p95 <= 3 * bare.p95,
    note: `item ${changes.item}; IndexedDB durability ${changes.durability} (the browser's default, for both)`,
  });
}

async function reviewStep(c: Context): Promise<void> {
  log(`review: ${c.plan.reviews} runs of buildReview`);
  const review = await profiled(c.cdp, 'review', c.profile.has('review'), () => call(c.page, 'review', c.plan.reviews));
  c.details['review'] = { subjects: review.subjects, visits: review.visits, entries: review.entries, findings: review.findings, readMs: review.readMs };
  const [firstReview, ...warmReviews] = review.buildMs;
  const warm = stats(warmReviews);
  c.figures.push({
    id: 'review',
    label: `review ${review.subjects} subjects × ${review.visits} visits (buildReview, warm)`,
    unit: 'ms',
    samples: warmReviews,
    stats: warm,
    target: 'p95 < 300 ms',
    met: warm.p95 < 300,
    note: `${review.entries} form entries, ${review.findings} findings`,
  });
  c.figures.push({ id: 'review-first', label: 'review, first run (cache + JIT cold)', unit: 'ms', samples: [firstReview ?? Number.NaN], stats: stats([firstReview ?? Number.NaN]) });
  c.figures.push({ id: 'review-read', label: 'review rows read (reviewRows)', unit: 'ms', samples: [review.readMs], stats: stats([review.readMs]) });
}

async function exportStep(c: Context): Promise<void> {
  log(`export: ${c.plan.exports} full bundles, memory sampled over CDP`);
  const exportMs: number[] = [];
  const exportPeak: number[] = [];
  const exportHeap: number[] = [];
  let last: ExportReport | undefined;
  for (let i = 0; i < c.plan.exports; i += 1) {
    await collectGarbage(c.cdp);
    const { value, peak } = await sampled(c.cdp, () => profiled(c.cdp, 'export', c.profile.has('export') && i === 0, () => call(c.page, 'exportBundle')));
    last = value;
    exportMs.push(value.ms);
    exportPeak.push(peak.withBuffers / MB);
    exportHeap.push(Math.max(peak.jsHeap, value.heapPeakInPage) / MB);
    const phases = Object.entries(value.phasesMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ');
    log(`  export ${i + 1}: ${(value.ms / 1000).toFixed(1)} s (${phases}), ${(value.zipBytes / MB).toFixed(1)} MB zip, peak ${(peak.withBuffers / MB).toFixed(0)} MB (JS heap ${(peak.jsHeap / MB).toFixed(0)} MB, ${peak.samples} samples)`);
  }
  const serialize: SerializeReport[] = [];
  for (let i = 0; i < c.plan.exports; i += 1) {
    await collectGarbage(c.cdp);
    serialize.push(await call(c.page, 'serializeEvents'));
  }
  c.details['export'] = last === undefined ? undefined : { zipBytes: last.zipBytes, events: last.events, subjects: last.subjects, members: last.members, phasesMs: last.phasesMs };
  c.details['serialize'] = serialize[0];
  const exportStats = stats(secs(exportMs));
  const serializeStats = stats(secs(serialize.map((s) => s.ms)));
  c.figures.push({
    id: 'export',
    label: `export whole trial as a bundle (${last?.events ?? 0} events)`,
    unit: 's',
    samples: secs(exportMs),
    stats: exportStats,
    target: 'p95 < 15 s',
    baseline: { label: 'read + JSON.stringify', stats: serializeStats, note: `export ${(exportStats.median / serializeStats.median).toFixed(1)}× it` },
    met: exportStats.p95 < 15,
    ...(last === undefined ? {} : { note: `zip ${(last.zipBytes / MB).toFixed(1)} MB; members ${last.members.filter((m) => m.bytes > MB).map((m) => `${m.path} ${(m.bytes / MB).toFixed(0)} MB`).join(', ')}` }),
  });
  const peakStats = stats(exportPeak);
  c.figures.push({ id: 'export-memory', label: 'export peak renderer memory (JS heap + ArrayBuffers)', unit: 'MB', samples: exportPeak, stats: peakStats, target: 'max < 500 MB', met: peakStats.max < 500 });
  c.figures.push({ id: 'export-heap', label: 'export peak JS heap (JSHeapUsedSize)', unit: 'MB', samples: exportHeap, stats: stats(exportHeap) });
}

async function importStep(c: Context): Promise<void> {
  log(`import: ${c.plan.imports} × (first import into an empty database, then the same bundle again)`);
  const imports: ImportReport[] = [];
  for (let i = 0; i < c.plan.imports; i += 1) {
    await collectGarbage(c.cdp);
    const { value, peak } = await sampled(c.cdp, () => profiled(c.cdp, 'import', c.profile.has('import') && i === 0, () => call(c.page, 'importTwice', `bench-import-${i}`)));
    imports.push(value);
    const part = (s: ImportReport['first']) => `${(s.totalMs / 1000).toFixed(1)} s (read ${(s.readMs / 1000).toFixed(1)}, plan ${(s.planMs / 1000).toFixed(1)}, write ${(s.writeMs / 1000).toFixed(1)})`;
    log(`  import ${i + 1}: first ${part(value.first)}, again ${part(value.again)}; peak ${(peak.withBuffers / MB).toFixed(0)} MB`);
    c.details[`import-${i + 1}`] = { ...value, peakMB: Math.round(peak.withBuffers / MB) };
  }
  const firsts = secs(imports.map((r) => r.first.totalMs));
  const agains = secs(imports.map((r) => r.again.totalMs));
  const ratios = imports.map((r) => (100 * r.again.totalMs) / r.first.totalMs);
  const storeRatios = imports.map((r) => (100 * (r.again.planMs + r.again.writeMs)) / (r.first.planMs + r.first.writeMs));
  c.figures.push({ id: 'import-first', label: 'first import of the bundle (read + plan + import)', unit: 's', samples: firsts, stats: stats(firsts) });
  const reads = secs(imports.map((r) => r.first.readMs));
  c.figures.push({ id: 'import-read', label: '  of which readBundle (verify zip, hashes, events)', unit: 's', samples: reads, stats: stats(reads) });
  c.figures.push({ id: 'import-again', label: 're-import of the same bundle (nothing new)', unit: 's', samples: agains, stats: stats(agains) });
  const ratioStats = stats(ratios);
  c.figures.push({ id: 'reimport-ratio', label: 're-import ÷ first import (whole path)', unit: '%', samples: ratios, stats: ratioStats, target: 'p95 < 20 %', met: ratioStats.p95 < 20 });
  c.figures.push({ id: 'reimport-store-ratio', label: 're-import ÷ first import (store side: plan + import)', unit: '%', samples: storeRatios, stats: stats(storeRatios) });
}

async function formStep(c: Context): Promise<void> {
  log('form engine parts of the largest visit form');
  const parts = await call(c.page, 'formParts', c.plan.formParts);
  const targets = await call(c.page, 'formTargets', c.plan.formOpens + 1);
  const largest = targets[0];
  c.details['largestForm'] = largest === undefined ? undefined : { visitId: largest.visitId, formId: largest.formId, fields: largest.fields };
  await call(c.page, 'close');
  log(`form: ${c.plan.formOpens} opens of the largest visit form in the app`);
  const opens = await profiled(c.cdp, 'form', c.profile.has('form'), () => formOpens(c.page, c.origin, targets));
  const openStats = stats(opens);
  c.figures.push({
    id: 'form-open',
    label: `open largest visit form in the app (${largest?.visitId ?? '?'}/${largest?.formId ?? '?'}, ${largest?.fields ?? 0} fields)`,
    unit: 'ms',
    samples: opens,
    stats: openStats,
    target: 'p95 < 50 ms',
    met: openStats.p95 < 50,
    note: 'signed in as an unblinded nurse first (not timed); hash change on the subject page → the form\'s last field in the DOM (one warm-up open first, not counted); encrypted store',
  });
  c.figures.push({ id: 'form-model', label: '  form model (buildVisitModel, whole visit)', unit: 'ms', samples: parts.modelMs, stats: stats(parts.modelMs) });
  c.figures.push({ id: 'form-schema', label: '  zod draft schema (buildDraftSchema)', unit: 'ms', samples: parts.schemaMs, stats: stats(parts.schemaMs) });
  c.figures.push({ id: 'form-validate', label: '  parse + validateEntry of the stored record', unit: 'ms', samples: parts.validateMs, stats: stats(parts.validateMs) });
}

async function coldStep(c: Context, profileDir: string): Promise<void> {
  log(`cold start: ${c.plan.coldStarts} browser starts to the sign-in screen, then sign-in to the subject list`);
  const cold = await coldStarts(profileDir, c.origin, c.plan.data.protocolId, c.plan.coldStarts);
  const coldStats = stats(cold.toSignIn);
  c.figures.push({
    id: 'cold-start',
    label: 'cold start to the sign-in screen (navigation start → ready)',
    unit: 'ms',
    samples: cold.toSignIn,
    stats: coldStats,
    target: 'p95 < 1500 ms',
    met: coldStats.p95 < 1500,
    note: `navigation start → sign-in heading and password field in the DOM, in a browser just started on the profile (encrypted store); from page.goto: ${stats(cold.wallToSignIn).median.toFixed(0)} ms median`,
  });
  c.figures.push({
    id: 'sign-in-to-list',
    label: `sign-in submitted → first row of the subject list (${c.subjects} subjects)`,
    unit: 'ms',
    samples: cold.signInToList,
    stats: stats(cold.signInToList),
    note: 'includes the password key derivation (PBKDF2-SHA-256, 600,000 iterations in WebCrypto: a deliberate cost, what makes guessing passwords slow), unlocking the store and reading the list',
  });
}

const ORDER = ['load', 'field-change', 'form-open', 'form-model', 'form-schema', 'form-validate', 'review', 'review-first', 'review-read', 'export', 'export-memory', 'export-heap', 'import-first', 'import-read', 'import-again', 'reimport-ratio', 'reimport-store-ratio', 'cold-start', 'sign-in-to-list'];

async function main(): Promise<void> {
  const { plan, build, out, only, profile, profileDir: keptProfile } = planFrom(process.argv.slice(2));
  const startedAt = new Date();
  const began = performance.now();
  const loadBefore = loadavg();
  log(`mode ${plan.mode}: ${plan.data.subjects} subjects of ${plan.data.protocolId}`);
  if (build) {
    log(`building the app and the bench page into out/bench${profile.size > 0 ? ' (unminified, for CPU profiles)' : ''}`);
    await buildBench({ minify: profile.size === 0 });
  }
  const server = await startBenchServer(APP_OUT, PAGE_OUT);
  if (keptProfile !== undefined) mkdirSync(keptProfile, { recursive: true });
  const profileDir = keptProfile ?? mkdtempSync(join(tmpdir(), 'ecrf-bench-profile-'));
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  let chromiumVersion = 'unknown';
  try {
    const browser = await launch(profileDir);
    chromiumVersion = browser.context.browser()?.version() ?? 'unknown';
    await browser.page.goto(`${server.origin}${BENCH_PAGE_PREFIX}index.html`);
    await browser.page.waitForFunction(() => window.bench !== undefined);
    const c: Context = { plan, page: browser.page, cdp: browser.cdp, origin: server.origin, profile, figures, details, events: 0, subjects: 0 };
    await loadStep(c, profileDir, keptProfile !== undefined);
    // A step that fails is reported and the others still run (a full run takes long).
    const step = async (name: string, run: () => Promise<void>): Promise<void> => {
      try {
        await run();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        problems.push(`step ${name} failed: ${message.split('\n')[0] ?? message}`);
        log(`step ${name} FAILED: ${message}`);
      }
    };
    if (only.has('field')) await step('field', () => fieldStep(c));
    if (only.has('review')) await step('review', () => reviewStep(c));
    if (only.has('export') || only.has('import')) await step('export', () => exportStep(c));
    if (only.has('import')) await step('import', () => importStep(c));
    if (only.has('form')) await step('form', () => formStep(c));
    await browser.context.close().catch(() => undefined);
    if (only.has('cold')) await step('cold', () => coldStep(c, profileDir));
  } finally {
    await server.close();
    if (keptProfile === undefined) rmSync(profileDir, { recursive: true, force: true });
  }

  figures.sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
  const totalSeconds = (performance.now() - began) / 1000;
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverageBefore: loadBefore.map((l) => Number(l.toFixed(2))),
    loadAverageAfter: loadavg().map((l) => Number(l.toFixed(2))),
  };
  console.log(`\nBench ${plan.mode}: ${plan.data.subjects} subjects of ${plan.data.protocolId}, ${startedAt.toISOString()}, ${totalSeconds.toFixed(0)} s`);
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Chromium ${machine.chromium}, Node ${machine.node}; load average ${machine.loadAverageBefore.join(' ')} → ${machine.loadAverageAfter.join(' ')}`);
  console.log('median / p95 over the runs; a target is met when the p95 (memory: the max) is under it. MB = 2^20 bytes.\n');
  console.log(table(figures));
  console.log('');
  for (const f of figures) if (f.note !== undefined) console.log(`- ${f.id}: ${f.note}`);
  if (problems.length > 0) console.log(`\nThe pages reported problems:\n${problems.slice(0, 20).join('\n')}`);
  mkdirSync(dirname(out), { recursive: true });
  const json = {
    format: 'ecrf-bench-results',
    version: 1,
    mode: plan.mode,
    startedAt: startedAt.toISOString(),
    seconds: Math.round(totalSeconds),
    machine,
    plan,
    figures: Object.fromEntries(
      figures.map((f) => [
        f.id,
        {
          label: f.label,
          unit: f.unit,
          target: f.target ?? null,
          met: f.met ?? null,
          ...roundStats(f.stats),
          baseline: f.baseline === undefined ? null : { label: f.baseline.label, ...roundStats(f.baseline.stats) },
          samples: f.samples.map(round),
          note: f.note ?? null,
        },
      ]),
    ),
    details,
    problems,
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwrote ${out}`);
  if (problems.length > 0) process.exitCode = 1;
}

const round = (n: number): number => (Number.isFinite(n) ? Math.round(n * 1000) / 1000 : n);
const roundStats = (s: Stats) => ({ runs: s.runs, median: round(s.median), p95: round(s.p95), min: round(s.min), max: round(s.max) });

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
