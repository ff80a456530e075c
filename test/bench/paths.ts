import { join, resolve } from 'node:path';

/**
 * Where the bench builds to: out/bench (ignored by git and lint), or $ECRF_BENCH_OUT, so a second bench
 * (a profile, a quick run) can build while another one serves its own build.
 */
export const BENCH_OUT = resolve(process.env['ECRF_BENCH_OUT'] ?? resolve(__dirname, '../../out/bench'));
export const APP_OUT = join(BENCH_OUT, 'app');
export const PAGE_OUT = join(BENCH_OUT, 'page');
