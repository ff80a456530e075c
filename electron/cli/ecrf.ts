#!/usr/bin/env node
/**
 * `ecrf`: the command line of the eCRF (run as `npm run -s ecrf -- …`). Prints what main() returns
 * and sets the exit code; never prints a stack trace.
 */
import { main } from './main';

// A reader that stops early (`ecrf bundle odm F | head`) closes the pipe: that ends the output, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.exitCode = 1;
  });
}

void main(process.argv.slice(2)).then((result) => {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
});
