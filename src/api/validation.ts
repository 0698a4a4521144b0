import { Ajv, type Options } from 'ajv';
import * as addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { AppError } from '../shared/errors.js';
import { describeValidation, type AjvIssue } from './errors/to-error-response.js';

// ajv-formats is CommonJS with a `default` property; under NodeNext the default import is the module object.
const addFormats = addFormatsModule.default as unknown as typeof addFormatsModule.default.default;

/** Marks a body schema that documents a streamed multipart body: described in OpenAPI, not validated. */
export const MULTIPART_BODY = 'x-multipart';

function makeAjv(coerceTypes: Options['coerceTypes']): Ajv {
  // Unknown fields are errors (removeAdditional: false), so a typo is reported instead of ignored.
  const ajv = new Ajv({ coerceTypes, useDefaults: true, removeAdditional: false, allErrors: false, strict: false });
  addFormats(ajv);
  return ajv;
}

/**
 * JSON bodies are validated strictly (a number where a string belongs is an error), while
 * query strings, params and headers, which are always text, are coerced to their schema types.
 */
export function validatorCompiler(): FastifySchemaCompiler<Record<string, unknown>> {
  const strict = makeAjv(false);
  const coercing = makeAjv('array');
  return ({ schema, httpPart }) => {
    if (schema[MULTIPART_BODY]) return () => true;
    return (httpPart === 'body' ? strict : coercing).compile(schema);
  };
}

const standalone = makeAjv(false);
const compiled = new WeakMap<object, ReturnType<Ajv['compile']>>();

/**
 * Validates a value that did not arrive as a JSON body (a JSON-encoded multipart field) with
 * the same rules and the same error shape as route validation; `field` prefixes error paths.
 */
export function checkAgainst<T>(schema: object, value: unknown, field: string): T {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = standalone.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return value as T;
  const issue = validate.errors?.[0];
  if (!issue) throw new AppError('VALIDATION_ERROR', `${field} is not valid.`, { field });
  const described = describeValidation(issue as AjvIssue, 'body', field);
  throw new AppError('VALIDATION_ERROR', described.message, { field: described.field });
}
