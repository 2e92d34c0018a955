/** The `attache` command: dispatches to adapters/commands/<name>.ts, loading only the one it runs. */
import { config as loadDotenv } from 'dotenv';
import type { CliCommand, CliContext } from './commands/context.js';

const COMMANDS: Record<string, { load: () => Promise<{ run: CliCommand }>; help: string }> = {
  index: { load: () => import('./commands/index.js'), help: 'index <dir|file>... --out <path>   build an index snapshot' },
  ask: { load: () => import('./commands/ask.js'), help: 'ask [--index <path>] [--json] "question" | --batch <file.jsonl>' },
  serve: { load: () => import('./commands/serve.js'), help: 'serve   run the bot: Slack/Discord when configured, else the terminal chat' },
  brief: { load: () => import('./commands/brief.js') as Promise<{ run: CliCommand }>, help: 'brief [--since DATE] [--until DATE] [--format text|json|markdown] [--post]' },
  fetch: { load: () => import('./commands/fetch.js') as Promise<{ run: CliCommand }>, help: 'fetch [URL …]   bring in new releases from feeds and the ministry\'s board' },
  discord: { load: () => import('./commands/discord.js') as Promise<{ run: CliCommand }>, help: 'discord register [--guild <id>]   register the /brief command' },
};

function usage(): string {
  return ['usage: attache <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  ${c.help}`)].join('\n');
}

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    ctx.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    ctx.stderr.write(`attache: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  try {
    const mod = await command.load();
    return await mod.run(args, ctx);
  } catch (err) {
    const e = err as Error & { code?: string };
    ctx.stderr.write(`${e.message.startsWith('attache:') ? e.message : `attache: ${e.message}`}\n`);
    if (!e.code || e.code === 'ERR_MODULE_NOT_FOUND') ctx.stderr.write(`${e.stack ?? ''}\n`);
    return 1;
  }
}

loadDotenv({ quiet: true });
const code = await main(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr });
if (code !== 0 || !['serve'].includes(process.argv[2] ?? '')) process.exitCode = code;
