/** Stable codes for whatever the Slack SDK throws, for logs and for deciding what to tell the user. */

/**
 * The most specific code of a Slack failure: the Web API's `error` ("channel_not_found", "ratelimited"),
 * else the SDK's code ("slack_webapi_rate_limited_error", "slack_bolt_respond_error"), else "unknown".
 */
export function slackErrorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { data?: { error?: unknown }; code?: unknown };
    if (typeof e.data?.error === 'string') return e.data.error;
    if (typeof e.code === 'string') return e.code;
  }
  return 'unknown';
}

/** Log fields for a failure: its code, message, and the Retry-After when Slack gave one. */
export function slackErrorFields(error: unknown): { code: string; err: string; retryAfter?: number } {
  const retryAfter = error && typeof error === 'object' ? (error as { retryAfter?: unknown }).retryAfter : undefined;
  return {
    code: slackErrorCode(error),
    err: error instanceof Error ? error.message : String(error),
    ...(typeof retryAfter === 'number' ? { retryAfter } : {}),
  };
}
