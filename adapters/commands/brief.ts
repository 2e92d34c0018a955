/** `attache brief [--since DATE] [--until DATE] [--format text|json|markdown]` prints a briefing; `--post` posts today's to subscribed channels. */
import { parseArgs } from 'node:util';
import { composeBriefing } from '../../src/briefing/compose.js';
import { addDays, isDay, localDay } from '../../src/briefing/days.js';
import type { ChannelPoster } from '../../src/briefing/ports.js';
import type { PostResult } from '../../src/briefing/service.js';
import { createBriefingRuntime } from '../briefing/index.js';
import { renderMarkdown } from '../briefing/render-markdown.js';
import { loadConfig, type Config } from '../config.js';
import { loadEngine } from '../load-engine.js';
import { createLogger } from '../logger.js';
import { renderText } from '../shell/render.js';
import type { CliContext } from './context.js';

const USAGE = 'usage: attache brief [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--country NAME …] [--format text|json|markdown]\n'
  + '       attache brief --post   post today\'s briefing to every subscribed channel not yet posted (safe to run twice)\n';

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

/** Runs the subcommand; 0 on success, 1 when a post failed or the engine cannot load, 2 for bad arguments. */
export async function run(args: string[], ctx: CliContext): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        since: { type: 'string' },
        until: { type: 'string' },
        country: { type: 'string', multiple: true },
        format: { type: 'string', default: 'text' },
        post: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    ctx.stderr.write(`attache: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) { ctx.stdout.write(USAGE); return 0; }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) { ctx.stderr.write(`attache: --format must be text, json or markdown\n${USAGE}`); return 2; }
  for (const name of ['since', 'until'] as const) {
    const v = values[name];
    if (v !== undefined && !isDay(v)) { ctx.stderr.write(`attache: --${name} must be a date written YYYY-MM-DD, e.g. 2018-11-01\n`); return 2; }
  }
  const config = loadConfig(ctx.env);
  if (values.post) {
    if (values.since || values.until || values.country) ctx.stderr.write('attache: --post covers each channel\'s own window; --since/--until/--country are ignored\n');
    return post(config, ctx);
  }

  const today = localDay(new Date(), config.briefing.timezone);
  const until = values.until ?? today;
  const since = values.since ?? addDays(until, -1);
  if (since > until) { ctx.stderr.write(`attache: --since ${since} is after --until ${until}\n`); return 2; }
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const engine = await loadEngine({ dataDir: config.dataDir, logger });
  const countries: string[] = [];
  for (const name of values.country ?? []) {
    const hit = engine.resolveCountry(name);
    if (!hit) { ctx.stderr.write(`attache: unknown country "${name}"\n`); return 2; }
    countries.push(hit.code);
  }
  const reply = composeBriefing(engine, { window: { from: since, to: until }, countries });
  const body = format === 'json' ? JSON.stringify(reply, null, 2) : format === 'markdown' ? renderMarkdown(reply) : renderText(reply);
  ctx.stdout.write(`${body}\n`);
  return 0;
}

async function posters(config: Config, logger: ReturnType<typeof createLogger>): Promise<ChannelPoster[]> {
  const out: ChannelPoster[] = [];
  // platform SDKs are heavy: load only the ones configured
  if (config.slack) out.push((await import('../slack/index.js')).createSlackPoster(config.slack, logger));
  if (config.discord) out.push((await import('../discord/index.js')).createDiscordPoster(config.discord, logger));
  return out;
}

function describe(r: PostResult): string {
  const where = `${r.platform} ${r.channelId} (slot ${r.slot})`;
  switch (r.outcome) {
    case 'posted': return `${where}: posted, message ${r.messageId}`;
    case 'already': return `${where}: already posted${r.messageId ? `, message ${r.messageId}` : ''}`;
    case 'held': return `${where}: being posted by another process, or waiting for a retry`;
    case 'failed': return `${where}: FAILED: ${r.error}`;
    case 'skipped': return `${where}: skipped`;
    case 'paused': return `${where}: paused`;
  }
}

async function post(config: Config, ctx: CliContext): Promise<number> {
  const logger = createLogger(config.logLevel);
  const list = await posters(config, logger);
  if (!list.length) {
    ctx.stderr.write('attache: no platform to post to; set SLACK_BOT_TOKEN (and SLACK_SIGNING_SECRET) or DISCORD_TOKEN\n');
    return 1;
  }
  const engine = await loadEngine({ dataDir: config.dataDir, logger });
  const runtime = createBriefingRuntime({ config, engine, logger });
  try {
    const results = await runtime.postDue(list, 'today');
    if (!results.length) ctx.stdout.write('No subscribed channel has a slot today.\n');
    for (const r of results) ctx.stdout.write(`${describe(r)}\n`);
    return results.some((r) => r.outcome === 'failed') ? 1 : 0;
  } finally {
    await runtime.stop();
  }
}
