/** Bolt's Logger interface over our pino logger, so Bolt's own messages land in the same stderr stream. */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

const format = (parts: unknown[]): { msg: string; extra?: unknown[] } => {
  const strings = parts.filter((p): p is string => typeof p === 'string');
  const extra = parts.filter((p) => typeof p !== 'string');
  return { msg: strings.join(' '), ...(extra.length ? { extra } : {}) };
};

/** Wraps a pino-compatible logger; the level filter stays pino's, Bolt's setLevel is only remembered. */
export function boltLogger(logger: Logger, level: LogLevel = LogLevel.INFO): BoltLogger {
  let current = level;
  const emit = (fn: 'debug' | 'info' | 'warn' | 'error') => (...parts: unknown[]): void => {
    const { msg, extra } = format(parts);
    const errors = extra?.filter((e): e is Error => e instanceof Error);
    logger[fn]({ component: 'bolt', ...(errors?.length ? { err: errors[0]!.message } : {}) }, msg);
  };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    setLevel: (l: LogLevel) => { current = l; },
    getLevel: () => current,
    setName: () => {},
  };
}
