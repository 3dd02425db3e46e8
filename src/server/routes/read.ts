import { Type } from '@sinclair/typebox';
import {
  CLAIM_SORTS,
  claimStatusCounts,
  describeClaim,
  findClaimPage,
  listAuditPage,
  listDocumentPage,
  listEventPage,
  searchDocumentHits,
  showDocument,
  type ClaimSort,
} from '../../app/index.ts';
import { PartialDate } from '../../domain/index.ts';
import type { ServerContext } from '../context.ts';
import {
  AuditPage,
  CategorySchema,
  ClaimIdParam,
  ClaimPage,
  ClaimSchema,
  ClaimStatusSchema,
  CountryCodeSchema,
  DocumentDetailSchema,
  DocumentIdParam,
  DocumentPage,
  DocumentSummarySchema,
  ErrorBody,
  EventPage,
  EventTypeSchema,
  PagingQuery,
  routeSchema,
  SearchHitSchema,
  writable,
} from '../schemas.ts';

const closed = { additionalProperties: false } as const;
const errors = { 400: ErrorBody, 404: ErrorBody, 500: ErrorBody, 503: ErrorBody };
const text = (max: number) => Type.String({ minLength: 1, maxLength: max });

const QuoteContext = Type.Object(
  { before: Type.String(), quote: Type.String(), after: Type.String() },
  closed,
);

const ClaimDetailSchema = Type.Object(
  {
    claim: ClaimSchema,
    document: Type.Union([Type.Omit(DocumentSummarySchema, ['length', 'claimCount']), Type.Null()]),
    sentence: QuoteContext,
    paragraph: QuoteContext,
    original: ClaimSchema,
    audit: AuditPage.properties.items,
  },
  closed,
);

const SORT_VALUES = CLAIM_SORTS.flatMap((sort) => [sort, `-${sort}`]);

/** The read-only routes: documents, search, claims, events, the audit log and the overview. */
export function registerReadRoutes({ app, store, readCache }: ServerContext): void {
  const cached = readCache ?? (<T>(_key: string, compute: () => Promise<T>) => compute());
  app.get(
    '/api/v1/overview',
    {
      schema: {
        tags: ['workspace'],
        summary: 'What the workspace holds: counts of documents, claims by status, and events',
        response: {
          200: Type.Object(
            {
              documents: Type.Integer(),
              claims: Type.Integer(),
              events: Type.Integer(),
              statuses: Type.Object(
                {
                  proposed: Type.Integer(),
                  accepted: Type.Integer(),
                  edited: Type.Integer(),
                  rejected: Type.Integer(),
                },
                closed,
              ),
            },
            closed,
          ),
          ...errors,
        },
      },
    },
    async (request) =>
      cached(request.url, async () => {
        const [counts, statuses] = await Promise.all([store.counts(), claimStatusCounts(store)]);
        return { ...counts, statuses };
      }),
  );

  app.get(
    '/api/v1/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Documents without their text, newest first',
        querystring: Type.Object(
          {
            publisher: Type.Optional(text(200)),
            publishedFrom: Type.Optional(routeSchema(PartialDate)),
            publishedTo: Type.Optional(routeSchema(PartialDate)),
            title: Type.Optional(text(200)),
            ...PagingQuery,
          },
          closed,
        ),
        response: { 200: DocumentPage, ...errors },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return cached(request.url, () =>
        listDocumentPage({ store, filter, paging: { limit, offset } }),
      );
    },
  );

  app.get(
    '/api/v1/documents/search',
    {
      schema: {
        tags: ['documents'],
        summary: 'Full-text search over document text, best match first',
        querystring: Type.Object(
          { q: text(500), limit: Type.Integer({ minimum: 1, maximum: 200, default: 20 }) },
          closed,
        ),
        response: { 200: Type.Object({ items: Type.Array(SearchHitSchema) }, closed), ...errors },
      },
    },
    async (request) => ({
      items: await searchDocumentHits({
        store,
        query: request.query.q,
        limit: request.query.limit,
      }),
    }),
  );

  app.get(
    '/api/v1/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'One document (by id or unambiguous prefix) with its claims and events',
        params: DocumentIdParam,
        response: { 200: DocumentDetailSchema, ...errors },
      },
    },
    async (request) => showDocument({ store, id: request.params.id.toLowerCase() }),
  );

  app.get(
    '/api/v1/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'Claims, filtered, sorted and paged',
        querystring: Type.Object(
          {
            status: Type.Optional(ClaimStatusSchema),
            category: Type.Optional(CategorySchema),
            country: Type.Optional(CountryCodeSchema),
            documentId: Type.Optional(DocumentIdParam.properties.id),
            source: Type.Optional(text(200)),
            text: Type.Optional(text(200)),
            sort: Type.Optional(Type.Union(SORT_VALUES.map((value) => Type.Literal(value)))),
            // A page's `next`: the page after it, read off the index however deep (offset reads
            // every row it skips).
            after: Type.Optional(Type.String({ minLength: 1, maxLength: 400 })),
            ...PagingQuery,
          },
          closed,
        ),
        response: { 200: ClaimPage, ...errors },
      },
    },
    async (request) =>
      cached(request.url, async () => {
        const { limit, offset, after, sort, documentId, ...filter } = request.query;
        let resolved: string | undefined;
        if (documentId !== undefined) {
          // An unknown document has no claims: an empty page, not an error.
          resolved = (await store.resolveDocumentId(documentId.toLowerCase())) ?? documentId;
        }
        const descending = sort?.startsWith('-') ?? false;
        return findClaimPage({
          store,
          query: {
            ...filter,
            ...(resolved === undefined ? {} : { documentId: resolved }),
            ...(sort === undefined
              ? {}
              : { sort: (descending ? sort.slice(1) : sort) as ClaimSort, descending }),
          },
          paging: { limit, offset, ...(after === undefined ? {} : { after }) },
        });
      }),
  );

  app.get(
    '/api/v1/claims/:id',
    {
      schema: {
        tags: ['claims'],
        summary: 'One claim with its quote in context, its original reading and its audit trail',
        params: ClaimIdParam,
        response: { 200: ClaimDetailSchema, ...errors },
      },
    },
    async (request) =>
      cached(request.url, async () =>
        writable(await describeClaim({ store, claimId: request.params.id })),
      ),
  );

  app.get(
    '/api/v1/claims/:id/audit',
    {
      schema: {
        tags: ['audit'],
        summary: "One claim's audit trail, oldest first",
        params: ClaimIdParam,
        querystring: Type.Object({ ...PagingQuery }, closed),
        response: { 200: AuditPage, ...errors },
      },
    },
    async (request) => {
      await describeClaim({ store, claimId: request.params.id });
      const { limit, offset } = request.query;
      return listAuditPage({ store, subjectId: request.params.id, paging: { limit, offset } });
    },
  );

  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The whole audit log, oldest first',
        querystring: Type.Object({ ...PagingQuery }, closed),
        response: { 200: AuditPage, ...errors },
      },
    },
    async (request) => listAuditPage({ store, paging: request.query }),
  );

  app.get(
    '/api/v1/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Dated events, oldest first',
        querystring: Type.Object(
          {
            documentId: Type.Optional(DocumentIdParam.properties.id),
            type: Type.Optional(EventTypeSchema),
            ...PagingQuery,
          },
          closed,
        ),
        response: { 200: EventPage, ...errors },
      },
    },
    async (request) => {
      const { limit, offset, documentId, type } = request.query;
      const resolved =
        documentId === undefined
          ? undefined
          : ((await store.resolveDocumentId(documentId.toLowerCase())) ?? documentId);
      return listEventPage({
        store,
        ...(resolved === undefined ? {} : { documentId: resolved }),
        ...(type === undefined ? {} : { type }),
        paging: { limit, offset },
      });
    },
  );
}
