import type { Selectable } from 'kysely';
import {
  TallyError,
  type Attribution,
  type AuditEntry,
  type Claim,
  type Document,
  type Entity,
  type Event,
  type Period,
  type Stage,
} from '../domain/index.ts';
import type { AuditTable, ClaimTable, DocumentTable, EntityTable, EventTable } from './schema.ts';

// Records are rebuilt key by key in schema order, whatever order the driver returns columns in:
// the export serialises them as they are, and must be byte-identical across dialects.

export function documentToRow(document: Document): Omit<DocumentTable, 'seq'> {
  return {
    id: document.id,
    title: document.title,
    publisher: document.publisher,
    author: document.author,
    url: document.url,
    published: document.published,
    language: document.language,
    format: document.format,
    source: document.source,
    text: document.text,
    ingested_at: document.ingestedAt,
  };
}

export function rowToDocument(row: Omit<Selectable<DocumentTable>, 'seq'>): Document {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    author: row.author,
    url: row.url,
    published: row.published,
    language: row.language,
    format: row.format as Document['format'],
    source: row.source,
    text: row.text,
    ingestedAt: row.ingested_at,
  };
}

export function claimToRow(claim: Claim): ClaimTable {
  return {
    id: claim.id,
    document_id: claim.documentId,
    span_start: claim.span[0],
    span_end: claim.span[1],
    text: claim.text,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    qualifier: claim.qualifier,
    unit: claim.unit,
    category: claim.category,
    from_country: claim.from,
    to_country: claim.to,
    period: jsonOrNull(claim.period),
    stage: claim.stage ?? null,
    attribution: jsonOrNull(claim.attribution),
    status: claim.status,
    reviewer: claim.reviewer,
    created_at: claim.createdAt,
    updated_at: claim.updatedAt,
  };
}

/** `stage` is optional in claims/1; the store keeps "absent" and null alike, as null. */
export function rowToClaim(row: Selectable<ClaimTable>): Claim {
  return {
    span: [Number(row.span_start), Number(row.span_end)],
    text: row.text,
    value: row.value,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier as Claim['qualifier'],
    unit: row.unit,
    category: row.category as Claim['category'],
    from: row.from_country,
    to: row.to_country,
    period: parseJson<Period | null>(row.period),
    stage: row.stage as Stage | null,
    attribution: parseJson<Attribution | null>(row.attribution),
    id: row.id,
    documentId: row.document_id,
    status: row.status as Claim['status'],
    reviewer: row.reviewer,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function eventToRow(event: Event): EventTable {
  return {
    id: event.id,
    document_id: event.documentId,
    span_start: event.span[0],
    span_end: event.span[1],
    text: event.text,
    date: event.date,
    type: event.type,
    actors: JSON.stringify(event.actors),
    place: event.place,
  };
}

export function rowToEvent(row: Selectable<EventTable>): Event {
  return {
    span: [Number(row.span_start), Number(row.span_end)],
    text: row.text,
    date: row.date,
    type: row.type as Event['type'],
    actors: JSON.parse(row.actors) as string[],
    place: row.place,
    id: row.id,
    documentId: row.document_id,
  };
}

export function auditToRow(entry: AuditEntry): AuditTable {
  return {
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    subject_kind: entry.subjectKind,
    subject_id: entry.subjectId,
    before: jsonOrNull(entry.before),
    after: jsonOrNull(entry.after),
    reason: entry.reason,
  };
}

export function rowToAudit(row: Selectable<AuditTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subjectKind: row.subject_kind as AuditEntry['subjectKind'],
    subjectId: row.subject_id,
    before: parseJson<AuditEntry['before']>(row.before),
    after: parseJson<AuditEntry['after']>(row.after),
    reason: row.reason,
  };
}

export function entityToRow(entity: Entity): EntityTable {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    country: entity.country,
    aliases: JSON.stringify(entity.aliases),
  };
}

export function rowToEntity(row: Selectable<EntityTable>): Entity {
  return {
    id: row.id,
    kind: row.kind as Entity['kind'],
    name: row.name,
    country: row.country,
    aliases: JSON.parse(row.aliases) as string[],
  };
}

const jsonOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

const parseJson = <T>(text: string | null): T => (text === null ? null : JSON.parse(text)) as T;

/**
 * Refuses what one dialect would store and the other would not, so both behave alike:
 * PostgreSQL text cannot hold U+0000, and neither database keeps a lone UTF-16 surrogate;
 * numbers must be finite because JSON has no NaN or Infinity.
 */
export function assertStorable(value: unknown, label: string): void {
  const problem = findUnstorable(value, '');
  if (problem) throw new TallyError('INVALID_INPUT', `${label}: ${problem}`);
}

function findUnstorable(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return `${path || 'a field'} contains a NUL character`;
    if (hasLoneSurrogate(value)) return `${path || 'a field'} contains a lone UTF-16 surrogate`;
    return undefined;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : `${path || 'a field'} is not a finite number`;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = findUnstorable(item, `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem =
        findUnstorable(key, `${path}.${key} (key)`) ??
        findUnstorable(item, path ? `${path}.${key}` : key);
      if (problem) return problem;
    }
  }
  return undefined;
}

function hasLoneSurrogate(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
      else return true;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return true;
  }
  return false;
}
