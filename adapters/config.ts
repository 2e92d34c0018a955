/** loadConfig(env) → typed configuration. The only place that reads environment variables' meaning. */
import { resolve } from 'node:path';
import { z } from 'zod';
import { AttacheError } from '../src/errors.js';

const optionalString = z.string().trim().min(1).optional();
const url = (name: string) => z.string().trim().url(`${name} must be a URL such as https://example.com/api`).optional();

const schema = z.object({
  ATTACHE_DATA_DIR: optionalString,
  ATTACHE_DB: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SLACK_BOT_TOKEN: z.string().trim().regex(/^xox[bp]-/, 'SLACK_BOT_TOKEN must start with xoxb- (a bot token)').optional(),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: z.string().trim().regex(/^xapp-/, 'SLACK_APP_TOKEN must start with xapp- (an app-level token)').optional(),
  SLACK_API_URL: url('SLACK_API_URL'),
  SLACK_COMMAND: z.string().trim().regex(/^\/[a-z0-9_-]{1,31}$/, 'SLACK_COMMAND must look like /brief').optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: optionalString,
  DISCORD_TOKEN: optionalString,
  DISCORD_API_URL: url('DISCORD_API_URL'),
  DISCORD_APPLICATION_ID: z.string().trim().regex(/^\d{5,25}$/, 'DISCORD_APPLICATION_ID must be a numeric id').optional(),
  BRIEFING_SLACK_CHANNELS: optionalString,
  BRIEFING_DISCORD_CHANNELS: optionalString,
  BRIEFING_CRON: optionalString,
  BRIEFING_TZ: optionalString,
  ATTACHE_SOURCES: optionalString,
  FETCH_CRON: optionalString,
});

/** The bot's configuration, with defaults applied. */
export interface Config {
  dataDir: string;
  dbPath: string;
  logLevel: string;
  slack?: {
    botToken: string;
    signingSecret: string;
    appToken?: string;
    apiUrl?: string;
    command: string;
    port: number;
    host?: string;
  };
  discord?: {
    token: string;
    apiUrl?: string;
    applicationId?: string;
  };
  briefing: {
    slackChannels: string[];
    discordChannels: string[];
    cron: string;
    timezone: string;
  };
  sources: string[];
  fetchCron: string;
}

const list = (v: string | undefined): string[] => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);

/** Reads and validates the environment; an error names the variable that is missing or malformed. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // empty strings in .env mean "not set"
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'configuration');
    throw new AttacheError('config_invalid', `${name} is invalid: ${issue.message}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.ATTACHE_DATA_DIR ?? 'data');
  const config: Config = {
    dataDir,
    dbPath: resolve(e.ATTACHE_DB ?? resolve(dataDir, 'attache.db')),
    logLevel: e.LOG_LEVEL ?? 'info',
    briefing: {
      slackChannels: list(e.BRIEFING_SLACK_CHANNELS),
      discordChannels: list(e.BRIEFING_DISCORD_CHANNELS),
      cron: e.BRIEFING_CRON ?? '0 8 * * *',
      timezone: e.BRIEFING_TZ ?? 'Asia/Seoul',
    },
    sources: list(e.ATTACHE_SOURCES),
    fetchCron: e.FETCH_CRON ?? '*/30 * * * *',
  };
  if (e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN) {
    if (!e.SLACK_BOT_TOKEN) throw new AttacheError('config_missing', 'SLACK_BOT_TOKEN is missing (Slack is partly configured)');
    if (!e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
      throw new AttacheError('config_missing', 'SLACK_SIGNING_SECRET is missing (needed for HTTP mode; or set SLACK_APP_TOKEN for Socket Mode)');
    }
    config.slack = {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET ?? '',
      ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL.replace(/\/?$/, '/') } : {}),
      command: e.SLACK_COMMAND ?? '/brief',
      port: e.PORT ?? 3000,
      ...(e.HOST ? { host: e.HOST } : {}),
    };
  }
  if (e.DISCORD_TOKEN || e.DISCORD_APPLICATION_ID) {
    if (!e.DISCORD_TOKEN) throw new AttacheError('config_missing', 'DISCORD_TOKEN is missing (DISCORD_APPLICATION_ID is set)');
    config.discord = {
      token: e.DISCORD_TOKEN,
      ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL.replace(/\/$/, '') } : {}),
      ...(e.DISCORD_APPLICATION_ID ? { applicationId: e.DISCORD_APPLICATION_ID } : {}),
    };
  }
  return config;
}
