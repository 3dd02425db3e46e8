import { Type, type Static } from '@sinclair/typebox';
import { CountryCode, ExtractedClaim, ExtractedEvent, PartialDate } from './claim-fields.ts';

/** ISO 8601 instant, always UTC with milliseconds ("2024-12-03T10:00:00.000Z"). */
export const Instant = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$',
  $id: 'Instant',
});
export type Instant = Static<typeof Instant>;

/** Lower-case hex SHA-256 of the document's normalized text. */
export const DocumentId = Type.String({ pattern: '^[0-9a-f]{64}$', $id: 'DocumentId' });
export type DocumentId = Static<typeof DocumentId>;

export const DocumentFormat = Type.Union([
  Type.Literal('text'),
  Type.Literal('markdown'),
  Type.Literal('html'),
  Type.Literal('pdf'),
]);
export type DocumentFormat = Static<typeof DocumentFormat>;

const nullableString = Type.Union([Type.String(), Type.Null()]);

/** A report in the workspace. Its id is the hash of its text, so the same text is stored once. */
export const Document = Type.Object(
  {
    id: DocumentId,
    title: nullableString,
    publisher: nullableString,
    author: nullableString,
    url: nullableString,
    published: Type.Union([PartialDate, Type.Null()]),
    language: nullableString,
    format: DocumentFormat,
    source: nullableString,
    text: Type.String(),
    ingestedAt: Instant,
  },
  { additionalProperties: false, $id: 'Document' },
);
export type Document = Static<typeof Document>;

export const ClaimStatus = Type.Union([
  Type.Literal('proposed'),
  Type.Literal('accepted'),
  Type.Literal('edited'),
  Type.Literal('rejected'),
]);
export type ClaimStatus = Static<typeof ClaimStatus>;

/** A claim as stored: the claims/1 fields plus identity, review state and timestamps. */
export const Claim = Type.Composite(
  [
    ExtractedClaim,
    Type.Object({
      id: Type.String({ minLength: 1 }),
      documentId: DocumentId,
      status: ClaimStatus,
      reviewer: nullableString,
      createdAt: Instant,
      updatedAt: Instant,
    }),
  ],
  { additionalProperties: false, $id: 'Claim' },
);
export type Claim = Static<typeof Claim>;

/** A dated happening as stored. */
export const Event = Type.Composite(
  [
    ExtractedEvent,
    Type.Object({
      id: Type.String({ minLength: 1 }),
      documentId: DocumentId,
    }),
  ],
  { additionalProperties: false, $id: 'Event' },
);
export type Event = Static<typeof Event>;

export const EntityKind = Type.Union([
  Type.Literal('country'),
  Type.Literal('person'),
  Type.Literal('organization'),
  Type.Literal('weapon_system'),
  Type.Literal('place'),
]);
export type EntityKind = Static<typeof EntityKind>;

/** A named thing reports refer to, under any of its aliases. Countries carry their ISO code. */
export const Entity = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    kind: EntityKind,
    name: Type.String({ minLength: 1 }),
    country: Type.Union([CountryCode, Type.Null()]),
    aliases: Type.Array(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false, $id: 'Entity' },
);
export type Entity = Static<typeof Entity>;

/** One change to a stored record: who, when, what, and the record before and after. */
export const AuditEntry = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    at: Instant,
    actor: Type.String({ minLength: 1 }),
    action: Type.String({ minLength: 1 }),
    subjectKind: Type.Union([
      Type.Literal('claim'),
      Type.Literal('document'),
      Type.Literal('assumption'),
    ]),
    subjectId: Type.String({ minLength: 1 }),
    before: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    after: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    reason: nullableString,
  },
  { additionalProperties: false, $id: 'AuditEntry' },
);
export type AuditEntry = Static<typeof AuditEntry>;
