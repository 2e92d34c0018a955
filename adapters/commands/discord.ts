/** `attache discord register [--guild <id>]`: registers the /brief slash command with Discord. */
import { loadConfig } from '../config.js';
import type { CliContext } from './context.js';
import { registerCommands } from '../discord/register-commands.js';

const USAGE = 'usage: attache discord register [--guild <id>]\n'
  + '  Registers /brief for the application in DISCORD_APPLICATION_ID using DISCORD_TOKEN.\n'
  + '  --guild <id>  register in one server (shows at once; for testing). Without it: global (production).\n';

/** Parses `register [--guild <id>]`; returns an error message for anything else. */
export function parseArgs(args: string[]): { action: 'register'; guildId?: string } | { action: 'help' } | { error: string } {
  const [action, ...rest] = args;
  if (!action || action === '--help' || action === '-h' || action === 'help') return { action: 'help' };
  if (action !== 'register') return { error: `unknown discord command "${action}"` };
  let guildId: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--guild') guildId = rest[++i];
    else if (arg.startsWith('--guild=')) guildId = arg.slice('--guild='.length);
    else return { error: `unknown option "${arg}"` };
    if (!guildId || !/^\d{5,25}$/.test(guildId)) return { error: '--guild needs a numeric server id' };
  }
  return { action: 'register', ...(guildId ? { guildId } : {}) };
}

/** Runs the subcommand; returns the exit code. */
export async function run(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    ctx.stderr.write(`attache: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  if (parsed.action === 'help') {
    ctx.stdout.write(USAGE);
    return 0;
  }
  try {
    const config = loadConfig(ctx.env);
    if (!config.discord) throw new Error('attache: DISCORD_TOKEN is missing (needed to register commands)');
    if (!config.discord.applicationId) throw new Error('attache: DISCORD_APPLICATION_ID is missing (the application id from the Developer Portal, General Information)');
    const stored = await registerCommands({
      token: config.discord.token,
      applicationId: config.discord.applicationId,
      ...(config.discord.apiUrl ? { apiUrl: config.discord.apiUrl } : {}),
      ...(parsed.guildId ? { guildId: parsed.guildId } : {}),
    });
    const where = parsed.guildId ? `in guild ${parsed.guildId}` : 'globally (may take a few minutes to appear)';
    ctx.stdout.write(`Registered ${stored.length} command${stored.length === 1 ? '' : 's'} (${stored.map((c) => `/${c.name}`).join(', ')}) ${where}.\n`);
    return 0;
  } catch (error) {
    ctx.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
}
