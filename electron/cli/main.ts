/**
 * Arguments → output and exit code: parse (args.ts), read the files, run a command
 * (protocol-commands.ts, bundle-commands.ts, demo-data.ts). ecrf.ts prints the result.
 */
import { SHIPPED_CATALOGUE } from '../../shared/protocol';
import { parseArgs, USAGE, type Command } from './args';
import { csvCommand, inspectCommand, mergeCommand, odmCommand, verifyCommand, type Output } from './bundle-commands';
import { demoDataCommand } from './demo-data';
import { assumptionsCommand, checkCommand, scheduleCommand, schemaCommand, type CommandOutput } from './protocol-commands';
import { readTextFile } from './read-text-file';

export type { Output } from './bundle-commands';

export interface Environment {
  /** The clock: export times of the bundles written, and demo-data's default today. */
  readonly now: () => Date;
}

const SYSTEM: Environment = { now: () => new Date() };

function withFile(file: string, run: (text: string) => CommandOutput): CommandOutput {
  const read = readTextFile(file);
  return read.ok ? run(read.text) : { stdout: '', stderr: `${read.message}\n`, exitCode: 1 };
}

async function execute(command: Command, env: Environment): Promise<Output> {
  switch (command.kind) {
    case 'help':
      return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
    case 'protocol-check':
      return withFile(command.file, (text) => checkCommand(command.file, text, SHIPPED_CATALOGUE));
    case 'protocol-schedule':
      return withFile(command.file, (text) => scheduleCommand(command.file, text, command, SHIPPED_CATALOGUE));
    case 'protocol-assumptions':
      return withFile(command.file, (text) => assumptionsCommand(command.file, text, SHIPPED_CATALOGUE));
    case 'protocol-schema':
      return schemaCommand();
    case 'bundle-verify':
      return verifyCommand(command);
    case 'bundle-inspect':
      return inspectCommand(command);
    case 'bundle-odm':
      return odmCommand(command);
    case 'bundle-csv':
      return csvCommand(command);
    case 'bundle-merge':
      return mergeCommand({ ...command, now: env.now() });
    case 'demo-data':
      return demoDataCommand({ ...command, now: env.now() });
  }
}

export async function main(argv: readonly string[], env: Environment = SYSTEM): Promise<Output> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return { stdout: '', stderr: `ecrf: ${parsed.error}\n\n${USAGE}\n`, exitCode: 2 };
  try {
    return await execute(parsed.command, env);
  } catch (error) {
    // A bug must still end in one readable line, not a stack trace.
    return { stdout: '', stderr: `ecrf: internal error: ${error instanceof Error ? error.message : String(error)}\n`, exitCode: 1 };
  }
}
