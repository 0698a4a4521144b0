/**
 * The catalogue of API errors. Codes are stable public strings that clients may branch on;
 * messages are for humans and may change. Never put paths, tokens or tool output in a message.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_ERROR: 400,
  INVALID_JSON: 400,
  INVALID_CURSOR: 400,
  INVALID_REQUEST_ID: 400,
  UNAUTHORIZED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  REGISTRATION_CLOSED: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  USERNAME_TAKEN: 409,
  IDEMPOTENCY_KEY_IN_USE: 409,
  INVALID_STATE: 409,
  TRANSCRIPT_NOT_READY: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_CONTENT_TYPE: 415,
  EMPTY_FILE: 415,
  NOT_MEDIA: 415,
  NO_AUDIO_STREAM: 415,
  RANGE_NOT_SATISFIABLE: 416,
  IDEMPOTENCY_KEY_REUSED: 422,
  MODEL_UNAVAILABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  NOT_READY: 503,
  MEDIA_TOOLS_UNAVAILABLE: 503,
  QUEUE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface AppErrorOptions {
  /** The request field at fault, as a dotted path (`options.language`). */
  field?: string;
  /** Extra response headers (`Retry-After`, `Content-Range`). */
  headers?: Record<string, string>;
  cause?: unknown;
}

/** An error with a stable code that the HTTP layer turns into `{error:{code,message,...}}`. */
export class AppError extends Error {
  readonly status: number;
  readonly field: string | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(readonly code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
    this.field = options.field;
    this.headers = options.headers;
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} was not found.`);
}

export function validationError(field: string, message: string): AppError {
  return new AppError('VALIDATION_ERROR', message, { field });
}
