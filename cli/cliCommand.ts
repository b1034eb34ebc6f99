import type { CliIo } from './cliIo.js';

/** One `archive <name>` subcommand; its name and summary are in cliCommands.ts. */
export interface CliCommand {
  /** The full text of `archive help <name>`. */
  help: string;
  /** Runs the command and resolves to its exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}
