import { describe, expect, it } from 'vitest';
import { maskDatabaseUrl } from './url.ts';

describe('maskDatabaseUrl', () => {
  it('hides the password and keeps everything else', () => {
    expect(maskDatabaseUrl('postgres://tally:s3cret@db.local:5432/tally?sslmode=require')).toBe(
      'postgres://tally:***@db.local:5432/tally?sslmode=require',
    );
  });

  it('hides a password that contains @ or :', () => {
    expect(maskDatabaseUrl('postgres://u:p@ss:w@host/db')).toBe('postgres://u:***@host/db');
  });

  it('leaves a URL without a password as it is', () => {
    expect(maskDatabaseUrl('postgres://tally@host/db')).toBe('postgres://tally@host/db');
    expect(maskDatabaseUrl('postgres://host:5432/db')).toBe('postgres://host:5432/db');
    expect(maskDatabaseUrl('not a url')).toBe('not a url');
  });

  it('masks malformed URLs too, since those end up in error messages', () => {
    expect(maskDatabaseUrl('postgres://u:secret@')).toBe('postgres://u:***@');
    expect(maskDatabaseUrl('postgres://u:secret@:bad-port/db')).not.toContain('secret');
  });
});
