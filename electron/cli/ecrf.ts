#!/usr/bin/env node
/**
 * `ecrf`: the command line of the eCRF (run as `npm run -s ecrf -- …`). Prints what main() returns
 * and sets the exit code; never prints a stack trace.
 */
import { main } from './main';

const result = main(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
