import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bulkIngest,
  createToken,
  migrateWorkspace,
  reviewClaim,
  syntheticArticle,
} from '../src/app/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { runCli } from './cli-support.ts';
import { describeWithPostgres } from './store-support.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tally-migrate-'));
const workspace = join(scratch, 'workspace');
const CLOCK = () => new Date('2025-02-03T04:05:06.000Z');

/**
 * A SQLite workspace with a bit of everything migrate-to must carry: ingested documents with
 * claims and events, claims accepted and rejected (so the audit trail has entries), an entity
 * and an API token.
 */
beforeAll(async () => {
  const docs = join(scratch, 'docs');
  mkdirSync(docs);
  for (let index = 0; index < 12; index++) {
    const article = syntheticArticle({ seed: 7, index, claims: 4, targetBytes: 1_500 });
    writeFileSync(join(docs, article.fileName), article.markdown);
  }
  const store = await openStore({ workspace, env: {} });
  try {
    await bulkIngest({ store, inputs: [docs], workers: 0, clock: CLOCK });
    const claims = await store.listClaims({ limit: 3 });
    let audit = 0;
    const newId = () => `audit-${++audit}`;
    for (const [at, claim] of claims.entries()) {
      await reviewClaim({
        store,
        claimId: claim.id,
        action: { kind: at === 2 ? 'reject' : 'accept' },
        reviewer: 'analyst',
        reason: at === 2 ? 'the figure is a forecast' : null,
        clock: CLOCK,
        newId,
      });
    }
    await store.saveEntity({
      id: 'country:PRK',
      kind: 'country',
      name: 'North Korea',
      country: 'PRK',
      aliases: ['DPRK'],
    });
    await createToken({ store, name: 'dashboard', role: 'viewer', clock: CLOCK });
  } finally {
    await store.close();
  }
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describeWithPostgres('tally migrate-to a PostgreSQL schema', (PG_URL) => {
  const prefix = `tally_migrate_${process.pid}_${Date.now().toString(36)}`;
  const schemas: string[] = [];
  const schemaNamed = (name: string) => {
    schemas.push(`${prefix}_${name}`);
    return `${prefix}_${name}`;
  };
  const urlOf = (schema: string) => {
    const url = new URL(PG_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return url.toString();
  };
  afterAll(async () => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });

  it('copies everything, so that tally export of the target gives the bytes of the source', async () => {
    const schema = schemaNamed('copy');
    const migrated = await runCli([
      '--workspace',
      workspace,
      'migrate-to',
      PG_URL,
      '--schema',
      schema,
      '--json',
    ]);
    expect(migrated.stderr).toBe('');
    expect(migrated.code).toBe(0);
    const report = JSON.parse(migrated.stdout) as Record<string, number>;
    expect(report).toMatchObject({ documents: 12, entities: 1, audit: 3, tokens: 1 });
    expect(report.claims).toBeGreaterThanOrEqual(12);

    const source = await runCli(['--workspace', workspace, 'export']);
    const target = await runCli(['--database', urlOf(schema), 'export']);
    expect(source.code).toBe(0);
    expect(target.code).toBe(0);
    expect(target.stdout).toBe(source.stdout);
    // Review state and the audit trail came along, not only the claims as extracted.
    expect(target.stdout).toContain('"status":"rejected"');
    expect(target.stdout).toContain('the figure is a forecast');

    // The token still opens the door, and full-text search works on the copy.
    const store = await openStore({ databaseUrl: PG_URL, schema, env: {} });
    try {
      expect((await store.listTokens()).map((token) => token.name)).toEqual(['dashboard']);
      const [first] = await store.listDocuments({ limit: 1 });
      const word = first?.title?.split(' ').find((part) => /^[a-z]{5,}$/iu.test(part));
      expect(word).toBeDefined();
      expect((await store.searchDocuments(word ?? '')).length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('refuses a target that holds anything with one line and exit code 5, writing nothing', async () => {
    const schema = schemaNamed('busy');
    const target = await openStore({ databaseUrl: PG_URL, schema, env: {} });
    try {
      await createToken({ store: target, name: 'already-here', role: 'admin', clock: CLOCK });
    } finally {
      await target.close();
    }
    const result = await runCli([
      '--workspace',
      workspace,
      'migrate-to',
      urlOf(schema),
      '--schema',
      schema,
    ]);
    expect(result.code).toBe(5);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^tally: The target workspace postgres:\/\/tally:\*\*\*@[^\n]+ is not empty \(tokens: 1\): migrate-to copies only into an empty database or schema\n$/u,
    );
    const after = await openStore({ databaseUrl: PG_URL, schema, env: {} });
    try {
      expect(await after.counts()).toEqual({ documents: 0, claims: 0, events: 0 });
    } finally {
      await after.close();
    }
  }, 60_000);

  it('leaves the target empty when the copy fails part-way, so it can be run again', async () => {
    const schema = schemaNamed('failing');
    const source = await openStore({ workspace, env: {} });
    const target = await openStore({ databaseUrl: PG_URL, schema, env: {} });
    try {
      // A source that breaks off after a few records, as a damaged disk would.
      const broken: Store = {
        ...source,
        async *exportRecords() {
          let left = 5;
          for await (const item of source.exportRecords()) {
            if (left-- === 0) throw new Error('read error in the middle of the source');
            yield item;
          }
        },
      };
      await expect(migrateWorkspace({ source: broken, target })).rejects.toThrow(
        'read error in the middle of the source',
      );
      expect(await target.counts()).toEqual({ documents: 0, claims: 0, events: 0 });
      const report = await migrateWorkspace({ source, target });
      expect(report.documents).toBe(12);
    } finally {
      await Promise.all([source.close(), target.close()]);
    }
  }, 60_000);
});

describe('tally migrate-to', () => {
  it('refuses a URL that is not PostgreSQL with exit code 2, not echoing a password', async () => {
    const result = await runCli([
      '--workspace',
      workspace,
      'migrate-to',
      'mysql://root:hunter2@db/tally',
    ]);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'tally: migrate-to: db/tally is not a PostgreSQL URL (postgres://user:password@host/database)\n',
    });
  });
});
