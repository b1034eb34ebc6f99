/** Where a command writes and what it may read of its environment, so tests can run it in-process. */
export interface CliIo {
  /** Writes one line of the command's output. */
  out(line: string): void;
  /** Writes text as is, such as a file streamed to stdout; resolves when it may write more. */
  write?: (chunk: string) => Promise<void>;
  /** Writes one line of progress, notice or error. */
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Aborted when a long-running command (`serve`) should stop; defaults to SIGINT/SIGTERM. */
  signal?: AbortSignal;
  /** Opens a URL in the default browser; `serve` calls it unless `--no-open`. */
  openUrl?: (url: string) => Promise<void>;
}

let pipeWatched = false;

export function processIo(): CliIo {
  if (!pipeWatched) {
    pipeWatched = true;
    // `archive list | head` closes the pipe early: that is the reader's choice, not a failure.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
  return {
    out: (line) => void process.stdout.write(`${line}\n`),
    write: (chunk) =>
      new Promise<void>((resolve) => {
        if (process.stdout.write(chunk)) resolve();
        else process.stdout.once('drain', resolve);
      }),
    err: (line) => void process.stderr.write(`${line}\n`),
    env: process.env,
  };
}
