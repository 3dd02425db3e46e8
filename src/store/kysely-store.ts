import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import {
  TallyError,
  isTallyError,
  type Claim,
  type Document,
  type Event,
} from '../domain/index.ts';
import type { Backend } from './backend.ts';
import { createJobMethods } from './job-store.ts';
import {
  assertStorable,
  auditToRow,
  claimToRow,
  documentToRow,
  entityToRow,
  eventToRow,
  rowToAudit,
  rowToClaim,
  rowToDocument,
  rowToEntity,
  rowToEvent,
} from './rows.ts';
import type { ApiTokenTable, Database } from './schema.ts';
import { searchTerms } from './search-query.ts';
import type {
  ClaimFilter,
  DocumentSummary,
  ExportRecord,
  Store,
  StoredToken,
  TokenRole,
} from './store.ts';

/** Every document column but the text, for listings. */
const SUMMARY_COLUMNS = [
  'id',
  'title',
  'publisher',
  'author',
  'url',
  'published',
  'language',
  'format',
  'source',
  'ingested_at',
] as const;
const DOCUMENT_COLUMNS = [...SUMMARY_COLUMNS, 'text'] as const;

/** Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const INSERT_BATCH = 500;
const EXPORT_PAGE = 200;
const DEFAULT_SEARCH_LIMIT = 20;
const MAX_SEARCH_LIMIT = 200;
const MIN_ID_PREFIX = 6;
/** Enough orphans to show what is wrong without flooding a terminal. */
const ORPHANS_SHOWN = 20;
/** The statuses the ledger counts, in the order `ledgerSnapshot` gives them (alphabetical). */
const LEDGER_STATUSES = ['accepted', 'edited'] as const;

/** The Store over any Kysely backend: the same SQL, whatever the dialect. */
export function createKyselyStore(backend: Backend): Store {
  const { db } = backend;
  let closing: Promise<void> | undefined;

  /** Runs one store operation, turning driver failures into TallyErrors a person can act on. */
  async function guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (isTallyError(error)) throw error;
      throw backend.describeError(error) ?? error;
    }
  }

  async function insertDocument(
    trx: Transaction<Database>,
    document: Document,
  ): Promise<'ingested' | 'unchanged'> {
    const inserted = await trx
      .insertInto('documents')
      .values(documentToRow(document))
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('seq')
      .executeTakeFirst();
    if (!inserted) return 'unchanged';
    await backend.indexDocument(trx, {
      seq: Number(inserted.seq),
      title: document.title,
      text: document.text,
    });
    return 'ingested';
  }

  /**
   * Stores many documents with one INSERT per INSERT_BATCH (a statement per document cost more
   * than SQLite's own work in bulk ingest, and a round trip each on PostgreSQL). A known id, or
   * one met earlier in the list, is `unchanged`.
   */
  async function insertDocuments(
    trx: Transaction<Database>,
    documents: readonly Document[],
  ): Promise<('ingested' | 'unchanged')[]> {
    const stored = new Map<string, number>();
    for (let start = 0; start < documents.length; start += INSERT_BATCH) {
      const rows = await trx
        .insertInto('documents')
        .values(documents.slice(start, start + INSERT_BATCH).map(documentToRow))
        .onConflict((conflict) => conflict.column('id').doNothing())
        .returning(['id', 'seq'])
        .execute();
      for (const row of rows) stored.set(row.id, Number(row.seq));
    }
    const outcomes: ('ingested' | 'unchanged')[] = [];
    for (const document of documents) {
      const seq = stored.get(document.id);
      // The first of two equal ids in the list is the one stored.
      stored.delete(document.id);
      if (seq === undefined) {
        outcomes.push('unchanged');
        continue;
      }
      await backend.indexDocument(trx, { seq, title: document.title, text: document.text });
      outcomes.push('ingested');
    }
    return outcomes;
  }

  async function insertClaims(trx: Transaction<Database>, claims: readonly Claim[]) {
    for (let start = 0; start < claims.length; start += INSERT_BATCH) {
      const batch = claims.slice(start, start + INSERT_BATCH).map(claimToRow);
      await trx.insertInto('claims').values(batch).execute();
    }
  }

  async function insertEvents(trx: Transaction<Database>, events: readonly Event[]) {
    for (let start = 0; start < events.length; start += INSERT_BATCH) {
      const batch = events.slice(start, start + INSERT_BATCH).map(eventToRow);
      await trx.insertInto('events').values(batch).execute();
    }
  }

  /** Names the record a constraint failure was about, instead of the driver's wording. */
  function explainWriteFailure(error: unknown, what: string): unknown {
    const kind = backend.constraintKind(error);
    if (kind === 'unique') {
      return new TallyError('CONFLICT', `${what} already exists in the workspace`, {
        cause: error,
      });
    }
    if (kind === 'foreign_key') {
      return new TallyError(
        'CONFLICT',
        `${what} refers to a document that is not in the workspace`,
        {
          cause: error,
        },
      );
    }
    return error;
  }

  const store: Store = {
    dialect: backend.dialect,
    location: backend.location,

    saveDocument: (bundle) =>
      guard(async () => {
        const { document, claims, events } = bundle;
        assertStorable(bundle, `document ${document.id}`);
        const stranger = [...claims, ...events].find((item) => item.documentId !== document.id);
        if (stranger) {
          throw new TallyError(
            'INVALID_INPUT',
            `Record ${stranger.id} belongs to document ${stranger.documentId}, not ${document.id}`,
          );
        }
        return db.transaction().execute(async (trx) => {
          if ((await insertDocument(trx, document)) === 'unchanged') return 'unchanged';
          try {
            await insertClaims(trx, claims);
            await insertEvents(trx, events);
          } catch (error) {
            throw explainWriteFailure(error, `A claim or event of document ${document.id}`);
          }
          await bumpRevision(trx);
          return 'ingested';
        });
      }),

    saveDocuments: (bundles) =>
      guard(async () => {
        for (const bundle of bundles) {
          assertStorable(bundle, `document ${bundle.document.id}`);
          const stranger = [...bundle.claims, ...bundle.events].find(
            (item) => item.documentId !== bundle.document.id,
          );
          if (stranger) {
            throw new TallyError(
              'INVALID_INPUT',
              `Record ${stranger.id} belongs to document ${stranger.documentId}, not ${bundle.document.id}`,
            );
          }
        }
        if (bundles.length === 0) return [];
        return db.transaction().execute(async (trx) => {
          const outcomes = await insertDocuments(
            trx,
            bundles.map((bundle) => bundle.document),
          );
          const claims: Claim[] = [];
          const events: Event[] = [];
          bundles.forEach((bundle, at) => {
            if (outcomes[at] === 'unchanged') return;
            claims.push(...bundle.claims);
            events.push(...bundle.events);
          });
          // Rows of many documents share each INSERT: far fewer statements than one per document.
          try {
            await insertClaims(trx, claims);
            await insertEvents(trx, events);
          } catch (error) {
            throw explainWriteFailure(error, 'A claim or event of this batch');
          }
          if (outcomes.includes('ingested')) await bumpRevision(trx);
          return outcomes;
        });
      }),

    hasDocument: (id) =>
      guard(async () => {
        const row = await db
          .selectFrom('documents')
          .select('id')
          .where('id', '=', id)
          .executeTakeFirst();
        return row !== undefined;
      }),

    getDocument: (id) =>
      guard(async () => {
        const row = await db
          .selectFrom('documents')
          .select(DOCUMENT_COLUMNS)
          .where('id', '=', id)
          .executeTakeFirst();
        return row && rowToDocument(row);
      }),

    resolveDocumentId: (idOrPrefix) =>
      guard(async () => {
        const prefix = idOrPrefix.trim().toLowerCase();
        if (prefix.length < MIN_ID_PREFIX || prefix.length > 64 || !/^[0-9a-f]+$/.test(prefix)) {
          return undefined;
        }
        // A range rather than LIKE, so the unique index on id serves it on both dialects.
        const rows = await db
          .selectFrom('documents')
          .select('id')
          .where('id', '>=', prefix)
          .where('id', '<', `${prefix}g`)
          .orderBy('id')
          .limit(2)
          .execute();
        if (rows.length > 1) {
          throw new TallyError(
            'INVALID_INPUT',
            `The id prefix ${prefix} matches more than one document: give more characters`,
          );
        }
        return rows[0]?.id;
      }),

    listDocuments: (filter = {}) =>
      guard(async () => {
        const page = pageOf(filter);
        let query = db
          .selectFrom('documents as d')
          .select(SUMMARY_COLUMNS.map((column) => `d.${column}` as const))
          .select((eb) => [
            sql<number>`length(d.text)`.as('length'),
            eb
              .selectFrom('claims as c')
              .whereRef('c.document_id', '=', 'd.id')
              .select(eb.fn.countAll<number>().as('n'))
              .as('claim_count'),
          ]);
        if (filter.publisher !== undefined)
          query = query.where('d.publisher', '=', filter.publisher);
        if (filter.publishedFrom !== undefined) {
          query = query.where('d.published', '>=', filter.publishedFrom);
        }
        if (filter.publishedTo !== undefined) {
          const to = filter.publishedTo;
          // Inclusive of the whole period: publishedTo "2024-12" keeps "2024-12-31".
          query = query.where((eb) =>
            eb.or([
              eb('d.published', '<=', to),
              eb(eb.fn('substr', ['d.published', sql.lit(1), sql.lit(to.length)]), '=', to),
            ]),
          );
        }
        if (filter.title !== undefined) {
          const pattern = `%${escapeLike(filter.title.toLowerCase())}%`;
          query = query.where(sql<boolean>`lower(d.title) like ${pattern} escape '\\'`);
        }
        const rows = await query
          .orderBy('d.published', (order) => order.desc().nullsLast())
          .orderBy('d.id')
          .limit(page.limit)
          .offset(page.offset)
          .execute();
        return rows.map((row): DocumentSummary => ({
          ...withoutText(rowToDocument({ ...row, text: '' })),
          length: Number(row.length),
          claimCount: Number(row.claim_count ?? 0),
        }));
      }),

    searchDocuments: (query, options = {}) =>
      guard(async () => {
        const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
        if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
          throw new TallyError(
            'INVALID_INPUT',
            `Search limit ${limit} is not a whole number from 1 to ${MAX_SEARCH_LIMIT}`,
          );
        }
        const terms = searchTerms(query);
        if (terms.length === 0) return [];
        return backend.search({ terms, limit });
      }),

    listClaims: (filter = {}) =>
      guard(async () => {
        const rows = await claimPageQuery(db, filter).execute();
        return rows.map(rowToClaim);
      }),

    countClaims: (filter = {}, options = {}) =>
      guard(async () => {
        const { upTo } = options;
        if (upTo !== undefined && (!Number.isInteger(upTo) || upTo < 0)) {
          throw new TallyError(
            'INVALID_INPUT',
            `Count bound ${upTo} is not a whole number of 0 or more`,
          );
        }
        const reach = upTo ?? NO_LIMIT;
        let total = 0;
        for (const query of claimCountQueries(db, { filter, reach })) {
          const row = await query.executeTakeFirst();
          total += Number(row?.n ?? 0);
        }
        return Math.min(total, reach);
      }),

    getClaim: (id) =>
      guard(async () => {
        const row = await db
          .selectFrom('claims')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst();
        return row && rowToClaim(row);
      }),

    listEvents: (filter = {}) =>
      guard(async () => {
        let query = db.selectFrom('events').selectAll();
        if (filter.documentId !== undefined)
          query = query.where('document_id', '=', filter.documentId);
        const rows = await query
          .orderBy('document_id')
          .orderBy('span_start')
          .orderBy('id')
          .execute();
        return rows.map(rowToEvent);
      }),

    updateClaim: (claim, audit) => store.updateClaims([{ claim, audit }]),

    updateClaims: (changes) =>
      guard(async () => {
        for (const { claim, audit } of changes) {
          assertStorable(claim, `claim ${claim.id}`);
          assertStorable(audit, `audit entry ${audit.id}`);
        }
        if (changes.length === 0) return;
        await db.transaction().execute(async (trx) => {
          for (const { claim, audit } of changes) {
            const { id, document_id, ...fields } = claimToRow(claim);
            const result = await trx
              .updateTable('claims')
              .set(fields)
              .where('id', '=', id)
              .where('document_id', '=', document_id)
              .executeTakeFirst();
            if (Number(result.numUpdatedRows) === 0) {
              throw new TallyError(
                'NOT_FOUND',
                `Claim ${id} of document ${document_id} is not in the workspace`,
              );
            }
            try {
              await trx.insertInto('audit_entries').values(auditToRow(audit)).execute();
            } catch (error) {
              throw explainWriteFailure(error, `Audit entry ${audit.id}`);
            }
          }
          await bumpRevision(trx);
        });
      }),

    listAudit: (filter = {}) =>
      guard(async () => {
        let query = db.selectFrom('audit_entries').selectAll();
        if (filter.subjectId !== undefined)
          query = query.where('subject_id', '=', filter.subjectId);
        const rows = await query.orderBy('at').orderBy('id').execute();
        return rows.map(rowToAudit);
      }),

    saveEntity: (entity) =>
      guard(async () => {
        assertStorable(entity, `entity ${entity.id}`);
        const { id, ...fields } = entityToRow(entity);
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('entities')
            .values({ id, ...fields })
            .onConflict((conflict) => conflict.column('id').doUpdateSet(fields))
            .execute();
          await bumpRevision(trx);
        });
      }),

    listEntities: (filter = {}) =>
      guard(async () => {
        let query = db.selectFrom('entities').selectAll();
        if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
        const rows = await query.orderBy('id').execute();
        return rows.map(rowToEntity);
      }),

    counts: () =>
      guard(async () => {
        const row = await db
          .selectNoFrom((eb) => [
            eb.selectFrom('documents').select(eb.fn.countAll<number>().as('n')).as('documents'),
            eb.selectFrom('claims').select(eb.fn.countAll<number>().as('n')).as('claims'),
            eb.selectFrom('events').select(eb.fn.countAll<number>().as('n')).as('events'),
          ])
          .executeTakeFirstOrThrow();
        return {
          documents: Number(row.documents ?? 0),
          claims: Number(row.claims ?? 0),
          events: Number(row.events ?? 0),
        };
      }),

    revision: () => guard(() => readRevision(db)),

    ledgerSnapshot: () =>
      guard(async () => {
        // The revision is read first: data read after it is at least as new, so a result cached
        // under this revision is never older than its key says (a change in between only makes
        // the next request, seeing a newer revision, compute again).
        const revision = await readRevision(db);
        // One statement for both statuses: a claim moving from accepted to edited meanwhile is
        // read once. 'accepted' sorts before 'edited', and the status index gives that order.
        const claimRows = await db
          .selectFrom('claims')
          .selectAll()
          .where('status', 'in', LEDGER_STATUSES)
          .orderBy('status')
          .orderBy('document_id')
          .orderBy('span_start')
          .orderBy('id')
          .execute();
        // After the claims: a document is stored before its claims, so every claim's is here.
        const documents = await db
          .selectFrom('documents')
          .select(['id', 'title', 'publisher', 'published', 'url'])
          .orderBy('id')
          .execute();
        return { revision, claims: claimRows.map(rowToClaim), documents };
      }),

    saveToken: (token) =>
      guard(async () => {
        assertStorable(token, `token ${token.name}`);
        try {
          await db
            .insertInto('api_tokens')
            .values({
              name: token.name,
              role: token.role,
              digest: token.digest,
              created_at: token.createdAt,
              revoked_at: token.revokedAt,
            })
            .execute();
        } catch (error) {
          throw explainWriteFailure(error, `A token named ${token.name}`);
        }
      }),

    listTokens: () =>
      guard(async () => {
        const rows = await db.selectFrom('api_tokens').selectAll().orderBy('name').execute();
        return rows.map(rowToToken);
      }),

    findTokenByDigest: (digest) =>
      guard(async () => {
        const row = await db
          .selectFrom('api_tokens')
          .selectAll()
          .where('digest', '=', digest)
          .executeTakeFirst();
        return row && rowToToken(row);
      }),

    revokeToken: (name, at) =>
      guard(async () => {
        const result = await db
          .updateTable('api_tokens')
          .set({ revoked_at: at })
          .where('name', '=', name)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        return Number(result.numUpdatedRows) > 0;
      }),

    exportRecords: () => exportAll(backend, guard),

    importRecords: (records, options = {}) =>
      guard(() =>
        db.transaction().execute(async (trx) => {
          let imported = 0;
          const batch = options.batch ?? 1;
          const pending = createImportBatch();
          for await (const item of records) {
            assertStorable(item.record, `${item.kind} ${item.record.id}`);
            imported++;
            if (batch > 1) {
              if (pending.add(item) >= batch) await pending.flush(trx);
              continue;
            }
            await importOne(trx, item).catch((error: unknown) => {
              throw explainWriteFailure(error, `The ${item.kind} ${item.record.id}`);
            });
          }
          await pending.flush(trx);
          if (imported > 0) await bumpRevision(trx);
          return { imported };
        }),
      ),

    checkStorage: () =>
      guard(async () => {
        const problems = await backend.checkStorage();
        // Foreign keys should make these impossible; the check does not take that on trust.
        const orphanClaims = await db
          .selectFrom('claims as c')
          .leftJoin('documents as d', 'd.id', 'c.document_id')
          .where('d.id', 'is', null)
          .select('c.id')
          .limit(ORPHANS_SHOWN)
          .execute();
        for (const row of orphanClaims) problems.push(`claim ${row.id} has no document`);
        const orphanEvents = await db
          .selectFrom('events as e')
          .leftJoin('documents as d', 'd.id', 'e.document_id')
          .where('d.id', 'is', null)
          .select('e.id')
          .limit(ORPHANS_SHOWN)
          .execute();
        for (const row of orphanEvents) problems.push(`event ${row.id} has no document`);
        const orphanAudit = await db
          .selectFrom('audit_entries as a')
          .leftJoin('claims as c', 'c.id', 'a.subject_id')
          .where('a.subject_kind', '=', 'claim')
          .where('c.id', 'is', null)
          .select('a.id')
          .limit(ORPHANS_SHOWN)
          .execute();
        for (const row of orphanAudit)
          problems.push(`audit entry ${row.id} is about a missing claim`);
        return problems;
      }),

    backup: (options) => guard(() => backend.backup(options)),

    ...createJobMethods(backend, guard),

    // Idempotent: pg's Pool refuses a second end(), and a finally block may close twice.
    close: () => (closing ??= backend.close()),
  };

  /**
   * Records held for multi-row INSERTs, written documents first, so that claims and events find
   * theirs: a statement per record is a round trip per record on PostgreSQL.
   */
  function createImportBatch() {
    let held: { [K in ExportRecord['kind']]: Extract<ExportRecord, { kind: K }>['record'][] } = {
      document: [],
      claim: [],
      event: [],
      entity: [],
      audit: [],
    };
    let count = 0;
    return {
      add(item: ExportRecord): number {
        (held[item.kind] as ExportRecord['record'][]).push(item.record);
        return ++count;
      },
      async flush(trx: Transaction<Database>): Promise<void> {
        if (count === 0) return;
        const { document, claim, event, entity, audit } = held;
        held = { document: [], claim: [], event: [], entity: [], audit: [] };
        count = 0;
        try {
          for (let start = 0; start < document.length; start += INSERT_BATCH) {
            const slice = document.slice(start, start + INSERT_BATCH);
            const rows = await trx
              .insertInto('documents')
              .values(slice.map(documentToRow))
              .returning(['id', 'seq'])
              .execute();
            const seqs = new Map(rows.map((row) => [row.id, Number(row.seq)]));
            for (const item of slice) {
              const seq = seqs.get(item.id);
              if (seq === undefined) throw new Error(`document ${item.id} was not stored`);
              await backend.indexDocument(trx, { seq, title: item.title, text: item.text });
            }
          }
          await insertClaims(trx, claim);
          await insertEvents(trx, event);
          for (let start = 0; start < entity.length; start += INSERT_BATCH) {
            const rows = entity.slice(start, start + INSERT_BATCH).map(entityToRow);
            await trx.insertInto('entities').values(rows).execute();
          }
          for (let start = 0; start < audit.length; start += INSERT_BATCH) {
            const rows = audit.slice(start, start + INSERT_BATCH).map(auditToRow);
            await trx.insertInto('audit_entries').values(rows).execute();
          }
        } catch (error) {
          throw explainWriteFailure(error, 'A record of this batch');
        }
      },
    };
  }

  async function importOne(trx: Transaction<Database>, item: ExportRecord): Promise<void> {
    switch (item.kind) {
      case 'document': {
        const inserted = await trx
          .insertInto('documents')
          .values(documentToRow(item.record))
          .returning('seq')
          .executeTakeFirstOrThrow();
        await backend.indexDocument(trx, {
          seq: Number(inserted.seq),
          title: item.record.title,
          text: item.record.text,
        });
        return;
      }
      case 'claim':
        await trx.insertInto('claims').values(claimToRow(item.record)).execute();
        return;
      case 'event':
        await trx.insertInto('events').values(eventToRow(item.record)).execute();
        return;
      case 'entity':
        await trx.insertInto('entities').values(entityToRow(item.record)).execute();
        return;
      case 'audit':
        await trx.insertInto('audit_entries').values(auditToRow(item.record)).execute();
        return;
    }
  }

  return store;
}

/**
 * Pages through the workspace by key rather than holding one transaction open: the consumer
 * may be slow (a pipe), and SQLite's single connection would stay locked meanwhile.
 */
async function* exportAll(
  backend: Backend,
  guard: <T>(operation: () => Promise<T>) => Promise<T>,
): AsyncGenerator<ExportRecord> {
  const { db } = backend;
  let after: string | undefined;
  for (;;) {
    const cursor = after;
    const documents = await guard(() => {
      let query = db.selectFrom('documents').select(DOCUMENT_COLUMNS);
      if (cursor !== undefined) query = query.where('id', '>', cursor);
      return query.orderBy('id').limit(EXPORT_PAGE).execute();
    });
    for (const row of documents) {
      yield { kind: 'document', record: rowToDocument(row) };
      const [claims, events] = await guard(() =>
        Promise.all([
          db
            .selectFrom('claims')
            .selectAll()
            .where('document_id', '=', row.id)
            .orderBy('id')
            .execute(),
          db
            .selectFrom('events')
            .selectAll()
            .where('document_id', '=', row.id)
            .orderBy('id')
            .execute(),
        ]),
      );
      for (const claim of claims) yield { kind: 'claim', record: rowToClaim(claim) };
      for (const event of events) yield { kind: 'event', record: rowToEvent(event) };
    }
    if (documents.length < EXPORT_PAGE) break;
    after = documents.at(-1)?.id;
  }
  const entities = await guard(() => db.selectFrom('entities').selectAll().orderBy('id').execute());
  for (const entity of entities) yield { kind: 'entity', record: rowToEntity(entity) };
  let auditAfter: { at: string; id: string } | undefined;
  for (;;) {
    const cursor = auditAfter;
    const entries = await guard(() => {
      let query = db.selectFrom('audit_entries').selectAll();
      if (cursor !== undefined) {
        query = query.where((eb) =>
          eb.or([
            eb('at', '>', cursor.at),
            eb.and([eb('at', '=', cursor.at), eb('id', '>', cursor.id)]),
          ]),
        );
      }
      return query.orderBy('at').orderBy('id').limit(EXPORT_PAGE).execute();
    });
    for (const entry of entries) yield { kind: 'audit', record: rowToAudit(entry) };
    const last = entries.at(-1);
    if (entries.length < EXPORT_PAGE || !last) break;
    auditAfter = { at: last.at, id: last.id };
  }
}

/** SQLite accepts OFFSET only after a LIMIT; 2^31-1 stands for "no limit" on both dialects. */
const NO_LIMIT = 2_147_483_647;

/** Raises the workspace's revision in the caller's transaction: caches of the ledger go stale. */
async function bumpRevision(trx: Transaction<Database>): Promise<void> {
  await trx
    .updateTable('workspace_revision')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

async function readRevision(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('workspace_revision')
    .select('revision')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.revision);
}

/** Claims matching the filter's equality columns and cursor; the country is the caller's. */
function claimsMatching(db: Kysely<Database>, filter: Omit<ClaimFilter, 'country'>) {
  let query = db.selectFrom('claims').selectAll();
  if (filter.documentId !== undefined) query = query.where('document_id', '=', filter.documentId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.category !== undefined) query = query.where('category', '=', filter.category);
  const { after } = filter;
  if (after !== undefined) {
    query = query.where((eb) =>
      eb(
        eb.refTuple('document_id', 'span_start', 'id'),
        '>',
        eb.tuple(after.documentId, after.spanStart, after.id),
      ),
    );
  }
  return query;
}

/**
 * The query behind `listClaims`: one index range read in listing order, or for a country the
 * first offset+limit claims of each end's range, merged (an OR would make the database gather
 * every match of both ends and sort them). Exported so tests can read its query plan.
 */
export function claimPageQuery(db: Kysely<Database>, filter: ClaimFilter) {
  const page = pageOf(filter);
  const { country } = filter;
  if (country === undefined) {
    return inListingOrder(claimsMatching(db, filter)).limit(page.limit).offset(page.offset);
  }
  const reach = Math.min(page.offset + page.limit, NO_LIMIT);
  const fromSide = inListingOrder(fromEnd(db, filter, country))
    .limit(reach)
    .as('from_end');
  const toSide = inListingOrder(toEnd(db, filter, country))
    .limit(reach)
    .as('to_end');
  const merged = db
    .selectFrom(fromSide)
    .selectAll()
    .unionAll(db.selectFrom(toSide).selectAll())
    .as('claims');
  return inListingOrder(db.selectFrom(merged).selectAll()).limit(page.limit).offset(page.offset);
}

/**
 * The counts whose sum (at most `reach`) `countClaims` gives: one per index range, each
 * stopping at `reach` rows. Exported so tests can read their query plans.
 */
export function claimCountQueries(
  db: Kysely<Database>,
  options: {
    readonly filter: Omit<ClaimFilter, 'limit' | 'offset' | 'after'>;
    readonly reach: number;
  },
) {
  const { filter, reach } = options;
  const { country } = filter;
  const ranges =
    country === undefined
      ? [claimsMatching(db, filter)]
      : [fromEnd(db, filter, country), toEnd(db, filter, country)];
  return ranges.map((range) =>
    db
      .selectFrom(range.clearSelect().select(sql.lit(1).as('one')).limit(reach).as('hit'))
      .select(sql<number | string>`count(*)`.as('n')),
  );
}

function fromEnd(db: Kysely<Database>, filter: ClaimFilter, country: string) {
  return claimsMatching(db, filter).where('from_country', '=', country);
}

/** Claims flowing to the country and not also from it, which `fromEnd` already has. */
function toEnd(db: Kysely<Database>, filter: ClaimFilter, country: string) {
  return claimsMatching(db, filter)
    .where('to_country', '=', country)
    .where((eb) => eb.or([eb('from_country', 'is', null), eb('from_country', '!=', country)]));
}

function inListingOrder<Q extends { orderBy(column: 'document_id' | 'span_start' | 'id'): Q }>(
  query: Q,
): Q {
  return query.orderBy('document_id').orderBy('span_start').orderBy('id');
}

function pageOf(filter: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const { limit, offset = 0 } = filter;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new TallyError('INVALID_INPUT', `Limit ${limit} is not a whole number of 0 or more`);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new TallyError('INVALID_INPUT', `Offset ${offset} is not a whole number of 0 or more`);
  }
  return { limit: limit ?? NO_LIMIT, offset };
}

function rowToToken(row: Selectable<ApiTokenTable>): StoredToken {
  return {
    name: row.name,
    role: row.role as TokenRole,
    digest: row.digest,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

function escapeLike(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_');
}

function withoutText(document: Document): Omit<Document, 'text'> {
  const summary: Partial<Document> = { ...document };
  delete summary.text;
  return summary as Omit<Document, 'text'>;
}
