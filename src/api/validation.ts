import { Ajv, type Options } from 'ajv';
import * as addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

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
