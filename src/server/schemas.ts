import { Type, type TSchema } from '@sinclair/typebox';
import {
  AuditEntry,
  Category,
  Claim,
  ClaimStatus,
  CountryCode,
  Document,
  DocumentId,
  Event,
  EventType,
  PartialDate,
  Period,
} from '../domain/index.ts';
import { Assumption, DistributionSpec, Indicator, Scenario } from '../ledger/index.ts';

/**
 * A domain schema made fit for a route: `$id`s dropped (Ajv refuses the same id compiled twice, and
 * the OpenAPI document inlines everything) and tuples written as fixed-length arrays, which
 * OpenAPI 3.1 and JSON Schema 2020-12 read the same way. The static type is unchanged.
 */
export function routeSchema<T extends TSchema>(schema: T): T {
  return rewrite(JSON.parse(JSON.stringify(schema))) as T;
}

function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$id' || key === 'additionalItems') continue;
    out[key] = rewrite(value);
  }
  if (Array.isArray(out.items)) out.items = out.items[0] ?? {};
  return out;
}

/** The one shape every error takes: a stable code from the catalogue, and one line for people. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.String(),
        message: Type.String(),
        details: Type.Optional(
          Type.Array(
            Type.Object(
              { path: Type.String(), message: Type.String() },
              { additionalProperties: false },
            ),
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, description: 'An error: a stable code and a one-line message' },
);

const page = <T extends TSchema>(item: T) =>
  Type.Object(
    {
      items: Type.Array(item),
      total: Type.Integer({ minimum: 0 }),
      limit: Type.Integer({ minimum: 0 }),
      offset: Type.Integer({ minimum: 0 }),
    },
    { additionalProperties: false },
  );

export const MAX_PAGE = 500;

/** `limit` and `offset` as every listing takes them: bounded, so no request pages the world. */
export const PagingQuery = {
  limit: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
};

const nullableString = Type.Union([Type.String(), Type.Null()]);

export const DocumentSummarySchema = Type.Object(
  {
    id: routeSchema(DocumentId),
    title: nullableString,
    publisher: nullableString,
    author: nullableString,
    url: nullableString,
    published: Type.Union([routeSchema(PartialDate), Type.Null()]),
    language: nullableString,
    format: Type.String(),
    source: nullableString,
    ingestedAt: Type.String(),
    length: Type.Integer(),
    claimCount: Type.Integer(),
  },
  { additionalProperties: false },
);

export const ClaimSchema = routeSchema(Claim);
export const EventSchema = routeSchema(Event);
export const DocumentSchema = routeSchema(Document);
export const AuditEntrySchema = routeSchema(AuditEntry);

export const DocumentPage = page(DocumentSummarySchema);
/** A claim page may stop counting (`totalCapped`) and says where the next page starts. */
export const ClaimPage = Type.Composite(
  [
    page(ClaimSchema),
    Type.Object({
      totalCapped: Type.Optional(Type.Literal(true)),
      next: Type.Optional(Type.String()),
    }),
  ],
  { additionalProperties: false },
);
export const EventPage = page(EventSchema);
export const AuditPage = page(AuditEntrySchema);

export const SearchHitSchema = Type.Object(
  {
    documentId: Type.String(),
    title: nullableString,
    snippet: Type.String(),
    rank: Type.Number(),
  },
  { additionalProperties: false },
);

export const DocumentDetailSchema = Type.Object(
  {
    document: DocumentSchema,
    claims: Type.Array(ClaimSchema),
    events: Type.Array(EventSchema),
  },
  { additionalProperties: false },
);

export const DocumentIdParam = Type.Object(
  { id: Type.String({ pattern: '^[0-9a-fA-F]{6,64}$' }) },
  { additionalProperties: false },
);

export const ClaimIdParam = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 100, pattern: '^[\\w.-]+$' }) },
  { additionalProperties: false },
);

export const ClaimStatusSchema = routeSchema(ClaimStatus);
export const CategorySchema = routeSchema(Category);
export const CountryCodeSchema = routeSchema(CountryCode);
export const EventTypeSchema = routeSchema(EventType);

const SpecSchema = routeSchema(DistributionSpec);
const mixtureOf = (component: TSchema) =>
  Type.Object(
    { kind: Type.Literal('mixture'), components: Type.Array(component, { minItems: 1 }) },
    { additionalProperties: false },
  );

/**
 * A distribution as the ledger builds it: a spec, or an equal mixture. Mixtures nest at most twice
 * (a flow pools its origins, an origin pools its claims), so the schema spells out two levels.
 */
const DistributionSchema = Type.Union([
  ...SpecSchema.anyOf,
  mixtureOf(Type.Union([...SpecSchema.anyOf, mixtureOf(SpecSchema)])),
]);

/** A claim as a flow lists it; `published` is its document's date, which orders the list. */
export const FlowClaimSchema = Type.Object(
  {
    claimId: Type.String(),
    documentId: Type.String(),
    text: Type.String(),
    origin: Type.String(),
    distribution: DistributionSchema,
    reading: Type.String(),
    statedPeriod: Type.Union([routeSchema(Period), Type.Null()]),
    published: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

/** An origin's claim ids are its first ones in the flow's listing order; its documents are counted. */
const OriginSchema = Type.Object(
  {
    key: Type.String(),
    name: Type.String(),
    claimCount: Type.Integer(),
    claimIds: Type.Array(Type.String()),
    documentCount: Type.Integer(),
    low: Type.Number(),
    high: Type.Number(),
  },
  { additionalProperties: false },
);

const NullableDate = Type.Union([Type.String(), Type.Null()]);
const NormalizedPeriodSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('rate'), Type.Literal('total')]),
    start: NullableDate,
    end: NullableDate,
    per: Type.Union([
      Type.Literal('year'),
      Type.Literal('month'),
      Type.Literal('day'),
      Type.Null(),
    ]),
    asOf: NullableDate,
    years: Type.Union([Type.Number(), Type.Null()]),
    label: Type.String(),
    key: Type.String(),
  },
  { additionalProperties: false },
);

export const FlowSchema = Type.Object(
  {
    key: Type.String(),
    label: Type.String(),
    category: CategorySchema,
    unit: Type.String(),
    from: Type.Union([Type.String(), Type.Null()]),
    to: Type.Union([Type.String(), Type.Null()]),
    period: NormalizedPeriodSchema,
    claimCount: Type.Integer(),
    /** The first claims in listing order (most recently published first); the rest are paged. */
    claims: Type.Array(FlowClaimSchema),
    claimsTruncated: Type.Boolean(),
    origins: Type.Array(OriginSchema),
    outlets: Type.Integer(),
    documents: Type.Integer(),
    rule: Type.Union([Type.Literal('conservative'), Type.Literal('pooled')]),
    basis: Type.Array(Type.String()),
    low: Type.Number(),
    best: Type.Number(),
    high: Type.Number(),
    contradiction: Type.Boolean(),
    conflicts: Type.Array(Type.Array(Type.String(), { minItems: 2, maxItems: 2 })),
    unusableCount: Type.Integer(),
    unusable: Type.Array(
      Type.Object(
        { claimId: Type.String(), message: Type.String() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const AppliedAssumptionSchema = routeSchema(
  Type.Composite([Assumption, Type.Object({ overriddenBy: nullableString })], {
    additionalProperties: false,
  }),
);

export const ScenarioSchema = routeSchema(Scenario);
export const DistributionSpecSchema = routeSchema(DistributionSpec);

const IssueSchema = Type.Object(
  { path: Type.String(), message: Type.String() },
  { additionalProperties: false },
);

export const IndicatorResultSchema = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('missing'), Type.Literal('invalid')]),
    indicator: routeSchema(Indicator),
    inputs: Type.Array(
      Type.Object(
        {
          name: Type.String(),
          flow: FlowSchema,
          conversion: nullableString,
          distribution: DistributionSchema,
        },
        { additionalProperties: false },
      ),
    ),
    assumptions: Type.Array(AppliedAssumptionSchema),
    seed: Type.Integer(),
    summary: Type.Optional(
      Type.Object(
        {
          draws: Type.Integer(),
          invalid: Type.Integer(),
          mean: Type.Number(),
          sd: Type.Number(),
          p5: Type.Number(),
          median: Type.Number(),
          p95: Type.Number(),
          histogram: Type.Object(
            { from: Type.Number(), to: Type.Number(), counts: Type.Array(Type.Integer()) },
            { additionalProperties: false },
          ),
        },
        { additionalProperties: false },
      ),
    ),
    missing: Type.Optional(
      Type.Array(
        Type.Object(
          { name: Type.String(), reason: Type.String() },
          { additionalProperties: false },
        ),
      ),
    ),
    issues: Type.Optional(Type.Array(IssueSchema)),
  },
  { additionalProperties: false },
);

/** The same value typed without `readonly`: the app returns readonly records, schemas type mutable ones. */
export type Writable<T> = T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;

export const writable = <T>(value: T): Writable<T> => value as Writable<T>;
