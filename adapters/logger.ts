/** The adapters' logger: pino to stderr, so stdout carries only data (answers, --json lines). */
import { pino, type Logger as Pino } from 'pino';

/** A pino logger writing to stderr at the given level. */
export function createLogger(level = 'info'): Pino {
  return pino({ level, base: { app: 'attache' } }, pino.destination(2));
}
