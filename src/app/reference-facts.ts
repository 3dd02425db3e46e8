import { Type, type Static } from '@sinclair/typebox';
import {
  ClaimFigure,
  createParser,
  fail,
  ok,
  PartialDate,
  TallyError,
  type Claim,
  type Document,
  type Issue,
  type Result,
} from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import { detectLanguage, documentIdOf } from './document-text.ts';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

/** One sourced figure of corpus/reference/facts.jsonl (see its README). */
export const ReferenceFact = Type.Composite(
  [
    Type.Object({
      id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,79}$' }),
      statement: Type.String({ minLength: 1 }),
    }),
    ClaimFigure,
    Type.Object({
      role: Type.Union([
        Type.Literal('limit'),
        Type.Literal('notified'),
        Type.Literal('estimate'),
        Type.Literal('statistic'),
      ]),
      source: Type.Object(
        {
          title: Type.String({ minLength: 1 }),
          publisher: nullable(Type.String({ minLength: 1 })),
          published: nullable(PartialDate),
          url: nullable(Type.String({ minLength: 1 })),
        },
        { additionalProperties: false },
      ),
    }),
  ],
  { additionalProperties: false, $id: 'ReferenceFact' },
);
export type ReferenceFact = Static<typeof ReferenceFact>;

const checkFact = createParser(ReferenceFact);

/** Reads facts JSONL; every bad line is reported with its number, and ids must be unique. */
export function parseReferenceFacts(text: string): Result<ReferenceFact[]> {
  const facts: ReferenceFact[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, index) => {
    const path = `line ${index + 1}`;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw) as unknown;
    } catch (error) {
      issues.push({ path, message: `is not JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = checkFact(value);
    if (!parsed.ok) {
      const [first] = parsed.issues;
      issues.push({ path, message: `${first?.path} ${first?.message}` });
      return;
    }
    if (seen.has(parsed.value.id)) {
      issues.push({ path, message: `fact id "${parsed.value.id}" is used twice` });
      return;
    }
    seen.add(parsed.value.id);
    facts.push(parsed.value);
  });
  if (issues.length > 0) return fail(issues);
  if (facts.length === 0) return fail([{ path: 'line 1', message: 'the file holds no facts' }]);
  return ok(facts);
}

/** Statements of one source's facts are paragraphs of its document, so spans point at each. */
const SEPARATOR = '\n\n';

/** The document a cited source becomes, with one accepted claim per fact citing it. */
export function referenceBundle(options: {
  readonly facts: readonly ReferenceFact[];
  readonly origin: string;
  readonly now: Date;
}): { document: Document; claims: Claim[] } {
  const { facts, origin } = options;
  const [first] = facts;
  if (!first) throw new Error('referenceBundle needs at least one fact');
  const at = options.now.toISOString();
  const text = facts.map((fact) => fact.statement.trim()).join(SEPARATOR);
  const id = documentIdOf(text);
  const prefix = id.slice(0, 12);
  let offset = 0;
  const claims = facts.map((fact): Claim => {
    const statement = fact.statement.trim();
    const span: [number, number] = [offset, offset + statement.length];
    offset += statement.length + SEPARATOR.length;
    return {
      span,
      text: statement,
      value: fact.value,
      low: fact.low,
      high: fact.high,
      qualifier: fact.qualifier,
      unit: fact.unit,
      category: fact.category,
      from: fact.from,
      to: fact.to,
      period: fact.period,
      stage: fact.stage ?? null,
      attribution: fact.attribution,
      id: `${prefix}-${fact.id}`,
      documentId: id,
      status: 'accepted',
      reviewer: 'reference',
      createdAt: at,
      updatedAt: at,
    };
  });
  return {
    document: {
      id,
      title: first.source.title,
      publisher: first.source.publisher,
      author: null,
      url: first.source.url,
      published: first.source.published,
      language: detectLanguage(text),
      format: 'text',
      source: origin,
      text,
      ingestedAt: at,
    },
    claims,
  };
}

/** Facts cite the same source when title, publisher, date and url all agree. */
const sourceKey = (fact: ReferenceFact) =>
  JSON.stringify([
    fact.source.title,
    fact.source.publisher,
    fact.source.published,
    fact.source.url,
  ]);

export interface ReferenceImportReport {
  readonly facts: number;
  readonly documents: readonly {
    readonly documentId: string;
    readonly title: string | null;
    readonly status: 'ingested' | 'unchanged';
    readonly claims: number;
  }[];
  readonly ingested: number;
  readonly unchanged: number;
}

/**
 * Imports reference facts as claims whose document is the cited source: one document per
 * source (its text the statements citing it), each fact an `accepted` claim reviewed by
 * `reference`. Idempotent: a source whose statements are already stored is `unchanged`.
 * @throws TallyError IMPORT_INVALID naming `name`, the line and the problem; nothing is stored.
 */
export async function importReferenceFacts(options: {
  readonly store: Store;
  /** The JSONL text of the facts file. */
  readonly text: string;
  /** How the file is named in messages and in each document's `source`. */
  readonly name: string;
  readonly clock?: () => Date;
}): Promise<ReferenceImportReport> {
  const parsed = parseReferenceFacts(options.text);
  if (!parsed.ok) {
    const [first] = parsed.issues;
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : '';
    throw new TallyError(
      'IMPORT_INVALID',
      `${options.name}: ${first?.path} ${first?.message}${more}`,
    );
  }
  const groups = new Map<string, ReferenceFact[]>();
  for (const fact of parsed.value) {
    const group = groups.get(sourceKey(fact)) ?? [];
    group.push(fact);
    groups.set(sourceKey(fact), group);
  }
  const now = (options.clock ?? (() => new Date()))();
  const documents: ReferenceImportReport['documents'][number][] = [];
  for (const facts of groups.values()) {
    const { document, claims } = referenceBundle({ facts, origin: options.name, now });
    const status = await options.store.saveDocument({ document, claims, events: [] });
    documents.push({
      documentId: document.id,
      title: document.title,
      status,
      claims: claims.length,
    });
  }
  return {
    facts: parsed.value.length,
    documents,
    ingested: documents.filter((d) => d.status === 'ingested').length,
    unchanged: documents.filter((d) => d.status === 'unchanged').length,
  };
}
