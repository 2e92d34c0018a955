/** The logger port of the core: pino-compatible, injected, silent by default. */
export interface Logger {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
}

const noop = (): void => {};

/** A logger that drops everything: the default when none is injected. */
export const silentLogger: Logger = { debug: noop, info: noop, warn: noop, error: noop };
