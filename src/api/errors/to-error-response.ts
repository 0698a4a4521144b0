import { AppError, ERROR_STATUS, type ErrorCode } from '../../shared/errors.js';

export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: { error: { code: string; message: string; field?: string; request_id: string } };
}

export interface AjvIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

interface FrameworkError {
  code?: string;
  statusCode?: number;
  validation?: AjvIssue[];
  validationContext?: string;
}

/** Errors raised by Fastify and its plugins, by code: our code and a message fit for clients. */
const FRAMEWORK_ERRORS: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['INVALID_JSON', 'The request body is not valid JSON (or it uses a forbidden key such as __proto__).'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['INVALID_JSON', 'The request body is empty but its Content-Type says JSON.'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['UNSUPPORTED_CONTENT_TYPE', 'This Content-Type is not accepted: send application/json, or multipart/form-data for uploads.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['BAD_REQUEST', 'The request body does not match its Content-Length.'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: ['UNSUPPORTED_CONTENT_TYPE', 'Send the upload as multipart/form-data.'],
  FST_REQ_FILE_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 'The uploaded file is larger than the upload limit.'],
  FST_FILES_LIMIT: ['BAD_REQUEST', 'Send one file per request.'],
  FST_PARTS_LIMIT: ['BAD_REQUEST', 'The form has too many parts.'],
  FST_FIELDS_LIMIT: ['BAD_REQUEST', 'The form has too many fields.'],
  FST_PROTO_VIOLATION: ['BAD_REQUEST', 'A form field name is not allowed.'],
  FST_MP_PREMATURE_CLOSE: ['BAD_REQUEST', 'The upload ended before it was complete.'],
  FST_ERR_VALIDATION: ['VALIDATION_ERROR', 'The request is not valid.'],
  FST_ERR_BAD_URL: ['BAD_REQUEST', 'The request URL is not valid.'],
  FST_ERR_MAX_PARAM_LENGTH: ['BAD_REQUEST', 'A path parameter of the request URL is too long.'],
};

const GENERIC_BY_STATUS: Record<number, [ErrorCode, string]> = {
  400: ['BAD_REQUEST', 'The request is not valid.'],
  404: ['NOT_FOUND', 'Not found.'],
  405: ['METHOD_NOT_ALLOWED', 'This method is not allowed here.'],
  413: ['PAYLOAD_TOO_LARGE', 'The request is too large.'],
  415: ['UNSUPPORTED_CONTENT_TYPE', 'This Content-Type is not accepted here.'],
  429: ['RATE_LIMITED', 'Too many requests; try again later.'],
};

function fieldOf(issue: AjvIssue, context: string | undefined): string {
  const segments = issue.instancePath.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const child = issue.params.additionalProperty ?? issue.params.missingProperty;
  if (typeof child === 'string') segments.push(child);
  if (segments.length === 0 && context && context !== 'body') segments.push(context);
  return segments.join('.');
}

function describeIssue(issue: AjvIssue, field: string): string {
  const subject = field || 'the request body';
  switch (issue.keyword) {
    case 'additionalProperties':
      return `${subject} is not a known field.`;
    case 'required':
      return `${subject} is required.`;
    case 'enum':
      return `${subject} must be one of: ${(issue.params.allowedValues as unknown[]).join(', ')}.`;
    case 'type':
      if (!field && issue.params.type === 'object') return 'The request body must be a JSON object.';
      return `${subject} must be of type ${String(issue.params.type)}.`;
    case 'pattern':
      return `${subject} contains characters that are not allowed.`;
    case 'minLength':
      return issue.params.limit === 1 ? `${subject} must not be empty.` : `${subject} must be at least ${String(issue.params.limit)} characters long.`;
    case 'maxLength':
      return `${subject} must be at most ${String(issue.params.limit)} characters long.`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${subject} must be ${String(issue.params.comparison)} ${String(issue.params.limit)}.`;
    case 'minItems':
      return `${subject} must have at least ${String(issue.params.limit)} item${issue.params.limit === 1 ? '' : 's'}.`;
    case 'maxItems':
      return `${subject} must have at most ${String(issue.params.limit)} items.`;
    default:
      return `${subject} ${issue.message ?? 'is not valid'}.`;
  }
}

/** Field path and human message for the first validation issue; `prefix` roots the path (`options`). */
export function describeValidation(issue: AjvIssue, context: string | undefined, prefix?: string): { field: string; message: string } {
  const local = fieldOf(issue, context);
  const field = prefix ? [prefix, local].filter(Boolean).join('.') : local;
  return { field, message: describeIssue(issue, field) };
}

/**
 * Maps any thrown value to the public error shape. Known errors keep their code and message;
 * anything unexpected becomes a generic 500 that reveals nothing about the server.
 */
export function toErrorResponse(error: unknown, requestId: string): ErrorResponse {
  const wrap = (status: number, code: string, message: string, field?: string, headers: Record<string, string> = {}): ErrorResponse => ({
    status,
    headers,
    body: { error: { code, message, ...(field ? { field } : {}), request_id: requestId } },
  });

  if (error instanceof AppError) return wrap(error.status, error.code, error.message, error.field, error.headers);

  const framework = (typeof error === 'object' && error !== null ? error : {}) as FrameworkError;
  const issue = framework.validation?.[0];
  if (issue) {
    const { field, message } = describeValidation(issue, framework.validationContext);
    return wrap(400, 'VALIDATION_ERROR', message, field || undefined);
  }
  const known = framework.code ? FRAMEWORK_ERRORS[framework.code] : undefined;
  if (known) return wrap(ERROR_STATUS[known[0]], known[0], known[1]);
  const status = framework.statusCode;
  const generic = status ? GENERIC_BY_STATUS[status] : undefined;
  if (status && generic) return wrap(status, generic[0], generic[1]);
  if (status && status >= 400 && status < 500) return wrap(status, 'BAD_REQUEST', 'The request could not be processed.');
  return wrap(500, 'INTERNAL_ERROR', 'An unexpected error occurred. The server log has the details under this request id.');
}
