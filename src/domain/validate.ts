import type { Static, TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { fail, ok, type Result } from './result.ts';

/** Compiles a schema once into a parser that returns a Result and never throws. */
export function createParser<S extends TSchema>(schema: S): (value: unknown) => Result<Static<S>> {
  const check = TypeCompiler.Compile(schema);
  return (value) => {
    if (check.Check(value)) return ok(value);
    return fail(
      [...check.Errors(value)]
        .slice(0, 10)
        .map((error) => ({ path: error.path || '/', message: error.message })),
    );
  };
}
