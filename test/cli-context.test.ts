import { describe, expect, it } from 'vitest';
import { storeOptionsFor } from '../src/cli/context.ts';

describe('storeOptionsFor', () => {
  const env = {
    TALLY_DATABASE_URL: 'postgres://env@db/tally',
    TALLY_WORKSPACE: '/env/ws',
    HOME: '/h',
  };

  it('leaves the environment to decide when no option is given', () => {
    expect(storeOptionsFor({}, env)).toEqual({ env });
  });

  it('lets --workspace beat a database URL from the environment', () => {
    const options = storeOptionsFor({ workspace: 'here' }, env);
    expect(options.workspace).toBe('here');
    expect(options.env?.TALLY_DATABASE_URL).toBeUndefined();
    expect(options.env?.HOME).toBe('/h');
  });

  it('passes --database through as the connection URL', () => {
    expect(storeOptionsFor({ database: 'postgres://flag@db/tally' }, env)).toMatchObject({
      databaseUrl: 'postgres://flag@db/tally',
    });
  });

  it('refuses both options at once', () => {
    expect(() => storeOptionsFor({ workspace: 'a', database: 'postgres://b' }, env)).toThrow(
      'give --workspace or --database, not both',
    );
  });
});
