import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cliError.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What parseArgs yields for a set of options, spelled out so that commands get exact types. */
type Values<O extends Options> = {
  [K in keyof O]?: O[K] extends { multiple: true }
    ? string[]
    : O[K] extends { type: 'boolean' }
      ? boolean
      : string;
} & { help?: boolean };

export interface ParsedArgs<O extends Options> {
  values: Values<O>;
  positionals: string[];
}

function optionList(options: Options): string {
  return Object.entries(options)
    .map(([name, o]) => (o.type === 'string' ? `--${name} <value>` : `--${name}`))
    .join(', ');
}

function quoted(message: string): string | undefined {
  return /'([^']+)'/.exec(message)?.[1];
}

/**
 * `--limit -5` as `--limit=-5`: parseArgs takes a value starting with a dash for an option, and
 * would answer that --limit needs a value, when the value given is just not one it accepts.
 */
function negativeValuesJoined(args: string[], options: Options): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!.startsWith('--') ? args[i]!.slice(2) : null;
    const next = args[i + 1];
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`--${name}=${next}`);
      i++;
    } else joined.push(args[i]!);
  }
  return joined;
}

/**
 * `parseArgs` in strict mode, with its refusals turned into sentences that name what the
 * command accepts. `--help` is accepted by every command.
 */
export function parseCommandArgs<const O extends Options>(
  command: string,
  args: string[],
  options: O,
  positionals: { min: number; max: number; names: string } = { min: 0, max: 0, names: '' },
): ParsedArgs<O> {
  const all: Options = { ...options, help: { type: 'boolean', short: 'h' } };
  let parsed;
  try {
    parsed = parseArgs({
      args: negativeValuesJoined(args, all),
      options: all,
      strict: true,
      allowPositionals: positionals.max > 0,
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    const what = quoted(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(
        `archive ${command} has no option ${what ?? ''}. Its options are: ${optionList(all)}.`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(
        `The option ${what?.split(' ')[0] ?? ''} of archive ${command} needs a value, as in ${what ?? ''}; run \`archive help ${command}\` for examples.`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(
        `archive ${command} takes no argument ${what ? `"${what}"` : ''}${positionals.names ? `; it takes ${positionals.names}` : ''}. Run \`archive help ${command}\` to see how it is used.`,
      );
    }
    throw new UsageError(`${message} Run \`archive help ${command}\` to see how it is used.`);
  }
  const count = parsed.positionals.length;
  if (!parsed.values.help && (count < positionals.min || count > positionals.max)) {
    const extra = count > positionals.max ? parsed.positionals[positionals.max] : undefined;
    throw new UsageError(
      extra !== undefined
        ? `archive ${command} takes no argument "${extra}"${positionals.names ? `; it takes ${positionals.names}` : ''}. Run \`archive help ${command}\` to see how it is used.`
        : `archive ${command} needs ${positionals.names}. Run \`archive help ${command}\` to see how it is used.`,
    );
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => v === '')) {
      throw new UsageError(
        `The option --${name} of archive ${command} needs a value that is not empty.`,
      );
    }
  }
  return parsed as unknown as ParsedArgs<O>;
}

/** A whole number from an option, or a usage error that says which option is wrong. */
export function parseCount(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value)) {
    throw new UsageError(
      `--${option} takes a whole number, 0 or more, such as 100, not "${value}".`,
    );
  }
  return Number(value);
}
