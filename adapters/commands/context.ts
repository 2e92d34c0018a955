/** What every CLI subcommand receives: its environment and where to write. */
export interface CliContext {
  env: Record<string, string | undefined>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** A CLI subcommand: returns the process exit code. */
export type CliCommand = (args: string[], ctx: CliContext) => Promise<number>;
