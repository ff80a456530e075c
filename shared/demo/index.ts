/**
 * shared/demo: a deterministic synthetic trial for demos, benchmarks and tests. generateDemoTrial turns a
 * protocol, a number of subjects, a seed and dates into sealed events (one hash chain for the demo
 * device), in batches, for courses a site would recognise: screening, enrolment and allocation per the
 * protocol's stages and ratios, visits in their windows with every form, labs drifting in SI units,
 * missing values with and without reasons, unusual values confirmed or not, adverse events, deaths and
 * transplants, corrections with reasons, monitoring (SDV, queries), completed and open forms.
 *
 * Non-goals: realism beyond plausibility (it is not a disease model), storage (load the events with the
 * store's import), clocks and randomness (a seed and `newId` are parameters). Knobs: docs/review-model.md.
 */
export { generateDemoTrial } from './generate-demo-trial';
export { DEFAULT_RATES, DEMO_USERS, profileOf, type DemoOptions, type DemoProfile, type DemoRates, type DemoUsers } from './demo-options';
export { Random, deriveSeed } from './random';
