import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

/** A JSON Schema check of data read from disk or from a model; `errors` describes the last failure. */
export interface Validator<T> {
  (data: unknown): data is T;
  readonly errors?: ErrorObject[] | null;
}

// One Ajv for every schema, compiled on first use: each Ajv instance first compiles the JSON
// Schema meta-schema, and compiling validators at import time was most of the extension's start-up.
let shared: Ajv | undefined;

/** A validator for `schema` that compiles the first time it is called, not when its module loads. */
export function schemaValidator<T>(schema: object): Validator<T> {
  let compiled: ValidateFunction | undefined;
  const validate = Object.assign(
    (data: unknown): data is T => {
      compiled ??= (shared ??= new Ajv({ allErrors: true })).compile(schema);
      const valid = compiled(data);
      validate.errors = compiled.errors;
      return valid;
    },
    { errors: null as ErrorObject[] | null | undefined },
  );
  return validate;
}
