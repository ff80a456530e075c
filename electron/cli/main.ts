/**
 * Arguments → output and exit code: parse (args.ts), read the file (read-text-file.ts), run a pure
 * command (protocol-commands.ts). ecrf.ts prints the result.
 */
import { SHIPPED_CATALOGUE } from '../../shared/protocol';
import { parseArgs, USAGE, type Command } from './args';
import { assumptionsCommand, checkCommand, scheduleCommand, schemaCommand, type CommandOutput } from './protocol-commands';
import { readTextFile } from './read-text-file';

function withFile(file: string, run: (text: string) => CommandOutput): CommandOutput {
  const read = readTextFile(file);
  return read.ok ? run(read.text) : { stdout: '', stderr: `${read.message}\n`, exitCode: 1 };
}

function execute(command: Command): CommandOutput {
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
  }
}

export function main(argv: readonly string[]): CommandOutput {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return { stdout: '', stderr: `ecrf: ${parsed.error}\n\n${USAGE}\n`, exitCode: 2 };
  try {
    return execute(parsed.command);
  } catch (error) {
    // A bug must still end in one readable line, not a stack trace.
    return { stdout: '', stderr: `ecrf: internal error: ${error instanceof Error ? error.message : String(error)}\n`, exitCode: 1 };
  }
}

