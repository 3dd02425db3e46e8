import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect, type Compilable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace } from '../src/app/index.ts';
import { openStore, type ClaimFilter } from '../src/store/index.ts';
import { claimCountQueries, claimPageQuery } from '../src/store/kysely-store.ts';
import type { Database } from '../src/store/schema.ts';

const CURSOR = { documentId: '8'.repeat(64), spanStart: 10, id: 'x' };

/** Every combination of the filters the claims API passes to the store, with and without a cursor. */
const BASE_FILTERS: readonly ClaimFilter[] = [
  {},
  { status: 'accepted' },
  { category: 'oil' },
  { category: 'oil', status: 'accepted' },
  { country: 'PRK' },
  { country: 'PRK', status: 'accepted' },
  { country: 'PRK', category: 'oil' },
  { country: 'PRK', category: 'oil', status: 'accepted' },
  { documentId: '8'.repeat(64) },
  { documentId: '8'.repeat(64), status: 'accepted', category: 'oil', country: 'PRK' },
];
const FILTERS: readonly ClaimFilter[] = BASE_FILTERS.flatMap((filter) => [
  filter,
  { ...filter, after: CURSOR },
]);

/** The index a filter's equality columns should be read from, for each end of a country. */
function expectedIndexes(filter: ClaimFilter): RegExp[] {
  // One document's claims are few: any index that narrows to the document serves.
  if (filter.documentId !== undefined) {
    return (filter.country === undefined ? [0] : [0, 1]).map(() => /document_id=\?/u);
  }
  const rest = [filter.category && 'category', filter.status && 'status'].filter(Boolean);
  if (filter.country === undefined) {
    if (rest.length === 0) return [/claims_in_order/u];
    return [new RegExp(`claims_listed_by_${rest.join('_')}\\b`, 'u')];
  }
  return ['from', 'to'].map(
    (end) => new RegExp(`claims_listed_by_${[end, ...rest].join('_')}\\b`, 'u'),
  );
}

describe('claim listing query plans (SQLite)', () => {
  let folder: string;
  let sqlite: Sqlite.Database;
  let db: Kysely<Database>;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tally-plans-'));
    const store = await openStore({ workspace: folder, env: {} });
    await seedWorkspace({ store, claims: 200, seed: 2, now: new Date('2025-01-01T00:00:00Z') });
    await store.close();
    sqlite = new Sqlite(join(folder, 'tally.db'), { readonly: true });
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  });
  afterAll(async () => {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  const plan = (query: Compilable): string[] => {
    const compiled = query.compile();
    const rows = sqlite
      .prepare(`explain query plan ${compiled.sql}`)
      .all(...compiled.parameters) as { detail: string }[];
    return rows.map((row) => row.detail);
  };

  it('reads each page off an index in listing order, never scanning or sorting the claims', () => {
    for (const filter of FILTERS) {
      const details = plan(claimPageQuery(db, { ...filter, limit: 50 }));
      const reads = details.filter((detail) => /\b(?:SCAN|SEARCH) claims\b/u.test(detail));
      expect(reads, JSON.stringify(filter)).toHaveLength(filter.country === undefined ? 1 : 2);
      for (const read of reads)
        expect(read, JSON.stringify(filter)).toMatch(/USING (?:COVERING )?INDEX/u);
      const indexes = expectedIndexes(filter);
      indexes.forEach((index, at) => expect(reads[at], JSON.stringify(filter)).toMatch(index));
      const sorts = details.filter((detail) => detail.includes('TEMP B-TREE'));
      if (filter.country === undefined) {
        expect(sorts, JSON.stringify(filter)).toEqual([]);
      } else {
        // Each end reads its index in order; the merge sorts only what the two ends returned,
        // at most offset + limit rows each.
        expect(details, JSON.stringify(filter)).toContain('MERGE (UNION ALL)');
        expect(sorts.length, JSON.stringify(filter)).toBeLessThanOrEqual(2);
      }
      if (filter.after !== undefined && filter.documentId === undefined) {
        for (const read of reads)
          expect(read, JSON.stringify(filter)).toMatch(
            /\(document_id,span_start,id\)>\(\?,\?,\?\)/u,
          );
      }
    }
  });

  it('counts from the index alone, each end of a country stopping at the bound', () => {
    for (const filter of FILTERS.filter((f) => f.after === undefined)) {
      const queries = claimCountQueries(db, { filter, reach: 10_001 });
      expect(queries).toHaveLength(filter.country === undefined ? 1 : 2);
      queries.forEach((query, at) => {
        const reads = plan(query).filter((detail) => /\b(?:SCAN|SEARCH) claims\b/u.test(detail));
        expect(reads, JSON.stringify(filter)).toHaveLength(1);
        if (filter.documentId !== undefined) return;
        expect(reads[0], JSON.stringify(filter)).toMatch(/USING COVERING INDEX/u);
        // Order does not matter to a count: any index whose leading columns are the filter's.
        const columns = [
          filter.country && (at === 0 ? 'from_country' : 'to_country'),
          filter.category && 'category',
          filter.status && 'status',
        ].filter((column): column is string => typeof column === 'string');
        if (columns.length === 0) return;
        expect(reads[0], JSON.stringify(filter)).toMatch(/^SEARCH /u);
        for (const column of columns) {
          expect(reads[0], JSON.stringify(filter)).toContain(`${column}=?`);
        }
      });
    }
  });
});
