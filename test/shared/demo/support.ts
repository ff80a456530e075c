/** Runs the demo generator for tests: every event collected and reduced once per dataset. Not a test file. */
import { MemoryProjection, type CrfEvent } from '../../../shared/events';
import { generateDemoTrial, type DemoOptions } from '../../../shared/demo';
import { seed, type SeedId } from '../../seeds/load-seeds';

export interface DemoRun {
  readonly options: DemoOptions;
  readonly events: CrfEvent[];
  readonly projection: MemoryProjection;
  /** Domain-rule issues met while reducing, as "type: message". */
  readonly ruleIssues: string[];
}

export function demoOptions(id: SeedId, overrides: Partial<DemoOptions> = {}): DemoOptions {
  let n = 0;
  return {
    protocol: seed(id),
    subjects: 20,
    seed: 20250301,
    today: '2027-06-30',
    startDate: '2024-03-01',
    deviceId: 'dev-demo',
    newId: () => `demo-${(n += 1)}`,
    sites: ['01', '02', '03'],
    recruitmentDays: 300,
    ...overrides,
  };
}

/** Generates, checks every event against the rules before applying it (as the store does), and reduces. */
export function runDemo(options: DemoOptions): DemoRun {
  const trial = generateDemoTrial(options);
  if (!trial.ok) throw new Error(`demo options refused: ${JSON.stringify(trial.issues)}`);
  const projection = new MemoryProjection();
  const events: CrfEvent[] = [];
  const ruleIssues: string[] = [];
  for (const batch of trial.value) {
    for (const event of batch) {
      for (const issue of projection.check(event)) ruleIssues.push(`${event.type}: ${issue.message}`);
      projection.apply(event);
      events.push(event);
    }
  }
  return { options, events, projection, ruleIssues };
}

const runs = new Map<string, DemoRun>();

/** One shared run per dataset name and file (generating is the slow part). */
export function sharedRun(name: string, options: () => DemoOptions): DemoRun {
  const known = runs.get(name);
  if (known !== undefined) return known;
  const run = runDemo(options());
  runs.set(name, run);
  return run;
}
