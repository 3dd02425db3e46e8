import { Type, type Static } from '@sinclair/typebox';

/** How the text bounds a figure (claims/1 `qualifier`). */
export const Qualifier = Type.Union(
  [
    Type.Literal('exact'),
    Type.Literal('approx'),
    Type.Literal('up_to'),
    Type.Literal('at_least'),
    Type.Literal('more_than'),
    Type.Literal('less_than'),
    Type.Literal('range'),
    Type.Literal('vague'),
  ],
  { $id: 'Qualifier' },
);
export type Qualifier = Static<typeof Qualifier>;

/**
 * What a figure counts. The claims/1 units, plus lower-case ISO 4217 codes for currencies
 * that the text does not convert to dollars (`eur`, `rub`, `krw`, `cny`…).
 */
export const Unit = Type.String({ pattern: '^[a-z]{3,12}$', $id: 'Unit' });
export type Unit = Static<typeof Unit>;

/** The claims/1 units that are not currencies. */
export const COUNTED_UNITS = [
  'person',
  'usd',
  'percent',
  'container',
  'shell',
  'missile',
  'rocket',
  'barrel',
  'tonne',
  'vehicle',
  'drone',
  'item',
] as const;

export const Category = Type.Union(
  [
    Type.Literal('personnel'),
    Type.Literal('munitions'),
    Type.Literal('missiles'),
    Type.Literal('weapons'),
    Type.Literal('oil'),
    Type.Literal('food'),
    Type.Literal('money'),
    Type.Literal('technology'),
    Type.Literal('trade'),
    Type.Literal('casualties'),
    Type.Literal('force_size'),
    Type.Literal('other'),
  ],
  { $id: 'Category' },
);
export type Category = Static<typeof Category>;

/** ISO 3166-1 alpha-3 country code. */
export const CountryCode = Type.String({ pattern: '^[A-Z]{3}$', $id: 'CountryCode' });
export type CountryCode = Static<typeof CountryCode>;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const PartialDate = Type.String({
  pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
  $id: 'PartialDate',
});
export type PartialDate = Static<typeof PartialDate>;

export const Period = Type.Object(
  {
    start: Type.Union([PartialDate, Type.Null()]),
    end: Type.Union([PartialDate, Type.Null()]),
    per: Type.Union([
      Type.Literal('year'),
      Type.Literal('month'),
      Type.Literal('day'),
      Type.Null(),
    ]),
  },
  { additionalProperties: false, $id: 'Period' },
);
export type Period = Static<typeof Period>;

export const Stage = Type.Union([
  Type.Literal('delivered'),
  Type.Literal('pledged'),
  Type.Literal('estimated'),
  Type.Literal('projected'),
]);
export type Stage = Static<typeof Stage>;

export const Attribution = Type.Object(
  {
    name: Type.Union([Type.String(), Type.Null()]),
    affiliation: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false, $id: 'Attribution' },
);
export type Attribution = Static<typeof Attribution>;

/** `[start, end)` in UTF-16 code units of the document text. */
export const Span = Type.Tuple([Type.Integer({ minimum: 0 }), Type.Integer({ minimum: 0 })]);
export type Span = Static<typeof Span>;

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

/**
 * What a claim says about its quantity: every claims/1 claim field except the quote itself.
 * Edits, reference facts and extracted claims are all built from this one definition.
 */
export const ClaimFigure = Type.Object(
  {
    value: nullable(Type.Number()),
    low: nullable(Type.Number()),
    high: nullable(Type.Number()),
    qualifier: Qualifier,
    unit: Unit,
    category: Category,
    from: nullable(CountryCode),
    to: nullable(CountryCode),
    period: nullable(Period),
    stage: Type.Optional(nullable(Stage)),
    attribution: nullable(Attribution),
  },
  { additionalProperties: false },
);
export type ClaimFigure = Static<typeof ClaimFigure>;

/** The fields of a claim an analyst may correct; the quote (span, text) never changes. */
export const CLAIM_FIGURE_FIELDS = Object.keys(ClaimFigure.properties) as ReadonlyArray<
  keyof ClaimFigure
>;

/** One quantity a document states: the claim fields of the claims/1 format. */
export const ExtractedClaim = Type.Composite(
  [Type.Object({ span: Span, text: Type.String() }), ClaimFigure],
  { additionalProperties: false, $id: 'ExtractedClaim' },
);
export type ExtractedClaim = Static<typeof ExtractedClaim>;

export const EventType = Type.Union([
  Type.Literal('meeting'),
  Type.Literal('visit'),
  Type.Literal('agreement'),
  Type.Literal('statement'),
  Type.Literal('publication'),
  Type.Literal('talks'),
  Type.Literal('deployment'),
  Type.Literal('shipment'),
  Type.Literal('attack'),
  Type.Literal('other'),
]);
export type EventType = Static<typeof EventType>;

/** A dated happening a document states: the event fields of the claims/1 format. */
export const ExtractedEvent = Type.Object(
  {
    span: Span,
    text: Type.String(),
    date: PartialDate,
    type: EventType,
    actors: Type.Array(Type.String()),
    place: nullable(Type.String()),
  },
  { additionalProperties: false, $id: 'ExtractedEvent' },
);
export type ExtractedEvent = Static<typeof ExtractedEvent>;

/** What the extractor emits for one document (format `claims/1`). */
export const ClaimsDocument = Type.Object(
  {
    format: Type.Literal('claims/1'),
    document: Type.Object({
      title: Type.Union([Type.String(), Type.Null()]),
      published: Type.Union([PartialDate, Type.Null()]),
    }),
    claims: Type.Array(ExtractedClaim),
    events: Type.Array(ExtractedEvent),
  },
  { $id: 'ClaimsDocument' },
);
export type ClaimsDocument = Static<typeof ClaimsDocument>;
