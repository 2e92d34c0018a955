/** Coded errors: a stable `code` that callers, logs and tests can rely on. */
export type AttacheErrorCode =
  | 'release_unparseable'
  | 'index_version_mismatch'
  | 'index_missing'
  | 'config_missing'
  | 'config_invalid'
  | 'option_invalid'
  | 'platform_error'
  | 'fetch_failed'
  | 'store_error';

/** An error with a stable code; throw only for bad config and bugs, never for expected outcomes. */
export class AttacheError extends Error {
  readonly code: AttacheErrorCode;
  override readonly cause?: unknown;
  constructor(code: AttacheErrorCode, message: string, cause?: unknown) {
    super(message.startsWith('attache:') ? message : `attache: ${message}`);
    this.name = 'AttacheError';
    this.code = code;
    this.cause = cause;
  }
}
