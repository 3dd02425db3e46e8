import { TallyError } from '../domain/index.ts';

/**
 * Parses a JSON body strictly: `__proto__` and `constructor.prototype` keys are refused (they
 * poison objects merged later), and so are numbers JSON can write but a double cannot hold
 * (`1e400` parses to Infinity). An empty body is no body.
 * @throws TallyError INVALID_INPUT naming the problem.
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') throw new BodyProblem('has a "__proto__" key');
      if (
        key === 'constructor' &&
        value !== null &&
        typeof value === 'object' &&
        'prototype' in value
      ) {
        throw new BodyProblem('has a "constructor.prototype" key');
      }
      if (typeof value === 'number' && !Number.isFinite(value)) {
        throw new BodyProblem(`has a number too large for a double at "${key}"`);
      }
      return value;
    });
  } catch (error) {
    if (error instanceof BodyProblem)
      throw new TallyError('INVALID_INPUT', `the body ${error.message}`);
    throw new TallyError('INVALID_INPUT', `the body is not JSON: ${(error as Error).message}`);
  }
}

class BodyProblem extends Error {}
