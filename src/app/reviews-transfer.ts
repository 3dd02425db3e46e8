import { Type, type Static } from '@sinclair/typebox';
import {
  createParser,
  DocumentId,
  fail,
  isTallyError,
  ok,
  Span,
  TallyError,
  type Claim,
  type Issue,
  type Result,
} from '../domain/index.ts';
import { ClaimChanges, EDITABLE_FIELDS, originalClaim } from '../ledger/index.ts';
import type { Store } from '../store/index.ts';
import { reviewClaim } from './review.ts';

/**
 * One review decision, keyed by what survives rebuilding a workspace from the same documents:
 * the document id (the hash of its text), the claim's span and its quoted text. Claim ids are
 * left out on purpose: they number claims in extraction order and change with the extractor.
 */
export const ReviewDecision = Type.Object(
  {
    document: DocumentId,
    span: Span,
    text: Type.String(),
    decision: Type.Union([Type.Literal('accept'), Type.Literal('reject'), Type.Literal('edit')]),
    /**
     * For an edit: the fields it sets, as they should stand afterwards. For an accept: the
     * reading accepted, so that a claim the extractor now reads differently is corrected back
     * to it rather than accepted as it now stands.
     */
    fields: Type.Optional(ClaimChanges),
    reviewer: Type.Optional(Type.String({ minLength: 1 })),
    reason: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    /** Where the document came from (e.g. corpus/briefing-….md): for people, never matched. */
    source: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  },
  { additionalProperties: false, $id: 'ReviewDecision' },
);
export type ReviewDecision = Static<typeof ReviewDecision>;

const checkDecision = createParser(ReviewDecision);

/** A decision with the line it was read from, so reports can point at it. */
export interface NumberedDecision {
  readonly line: number;
  readonly decision: ReviewDecision;
}

/**
 * Reads reviews JSONL: one decision a line, blank lines ignored. Every bad line is reported
 * with its number; nothing is returned unless every line is good.
 */
export function parseReviews(text: string): Result<NumberedDecision[]> {
  const decisions: NumberedDecision[] = [];
  const issues: Issue[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw) as unknown;
    } catch (error) {
      issues.push({ path: `line ${line}`, message: `is not JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = checkDecision(value);
    if (!parsed.ok) {
      const [first] = parsed.issues;
      issues.push({ path: `line ${line}`, message: `${first?.path} ${first?.message}` });
      return;
    }
    const decision = parsed.value;
    if (decision.decision === 'edit' && Object.keys(decision.fields ?? {}).length === 0) {
      issues.push({ path: `line ${line}`, message: 'an edit must carry the fields it sets' });
      return;
    }
    if (decision.decision === 'reject' && decision.fields !== undefined) {
      issues.push({ path: `line ${line}`, message: 'a reject carries no fields' });
      return;
    }
    decisions.push({ line, decision });
  });
  return issues.length > 0 ? fail(issues) : ok(decisions);
}

/** One decision a line, keys in a fixed order, so exports diff cleanly. */
export function formatReviews(decisions: readonly ReviewDecision[]): string {
  return decisions
    .map((d) =>
      JSON.stringify({
        document: d.document,
        span: d.span,
        text: d.text,
        decision: d.decision,
        ...(d.fields ? { fields: d.fields } : {}),
        ...(d.reviewer ? { reviewer: d.reviewer } : {}),
        ...(d.reason ? { reason: d.reason } : {}),
        ...(d.source ? { source: d.source } : {}),
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The editable fields whose value differs between two versions of a claim. */
function changedFields(before: Claim, after: Claim): ClaimChanges {
  const changes: Record<string, unknown> = {};
  for (const field of EDITABLE_FIELDS) {
    const value = after[field] ?? null;
    if (!sameJson(canonical(before[field] ?? null), canonical(value))) changes[field] = value;
  }
  return changes as ClaimChanges;
}

/** Every editable field of a claim: the reading a reviewer accepted. */
function readingOf(claim: Claim): ClaimChanges {
  return Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, claim[field] ?? null]));
}

/** Stored records do not keep key order (PostgreSQL jsonb); compare with sorted keys. */
function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/**
 * Every review decision in the workspace: each claim a reviewer has accepted, rejected or edited
 * (claims imported already accepted, such as reference facts, have no audit trail and are left
 * out: their import makes them again). An edit carries the fields it changed from the original;
 * an accept carries the whole reading accepted.
 */
export async function exportReviews(options: { readonly store: Store }): Promise<ReviewDecision[]> {
  const { store } = options;
  const [claims, audit] = await Promise.all([store.listClaims(), store.listAudit()]);
  const trails = new Map<string, typeof audit>();
  for (const entry of audit) {
    if (entry.subjectKind !== 'claim') continue;
    trails.set(entry.subjectId, [...(trails.get(entry.subjectId) ?? []), entry]);
  }
  const sources = new Map<string, string | null>();
  const decisions: ReviewDecision[] = [];
  for (const claim of claims) {
    const trail = trails.get(claim.id);
    if (!trail || claim.status === 'proposed') continue;
    if (!sources.has(claim.documentId)) {
      const document = await store.getDocument(claim.documentId);
      sources.set(claim.documentId, document?.source ?? null);
    }
    const latest = trail.at(-1);
    const base = {
      document: claim.documentId,
      span: claim.span,
      text: claim.text,
      ...(latest ? { reviewer: latest.actor } : {}),
      ...(latest?.reason ? { reason: latest.reason } : {}),
      source: sources.get(claim.documentId) ?? null,
    };
    if (claim.status === 'edited') {
      const original = originalClaim(claim, trail);
      decisions.push({
        ...base,
        decision: 'edit',
        fields: changedFields(original.ok ? original.value : claim, claim),
      });
    } else if (claim.status === 'accepted') {
      decisions.push({ ...base, decision: 'accept', fields: readingOf(claim) });
    } else {
      decisions.push({ ...base, decision: 'reject' });
    }
  }
  return decisions;
}

export type ApplyOutcome =
  | { readonly status: 'applied'; readonly line: number; readonly claimId: string }
  | { readonly status: 'already-applied'; readonly line: number; readonly claimId: string }
  | {
      /** The claim has another decision already; it is left as the reviewer made it. */
      readonly status: 'conflicting';
      readonly line: number;
      readonly claimId: string;
      readonly message: string;
    }
  | { readonly status: 'unmatched'; readonly line: number; readonly message: string }
  | { readonly status: 'skipped'; readonly line: number };

export interface ApplyReviewsReport {
  readonly outcomes: readonly ApplyOutcome[];
  readonly applied: number;
  readonly alreadyApplied: number;
  readonly conflicting: number;
  readonly unmatched: number;
  readonly skipped: number;
}

export interface ApplyReviewsOptions {
  readonly store: Store;
  readonly decisions: readonly NumberedDecision[];
  /** Who applies the file; a decision's own `reviewer` wins. */
  readonly reviewer: string;
  /** Only decisions on these documents are applied; the others are `skipped`. */
  readonly documents?: ReadonlySet<string>;
  readonly clock?: () => Date;
  readonly newId?: () => string;
}

const key = (documentId: string, span: readonly number[], text: string) =>
  `${documentId}|${span[0]}|${span[1]}|${text}`;

/** What the claim must look like for the decision to count as made. */
function holds(claim: Claim, decision: ReviewDecision): boolean {
  if (decision.decision === 'reject') return claim.status === 'rejected';
  const counted =
    decision.decision === 'accept'
      ? claim.status === 'accepted' || (claim.status === 'edited' && decision.fields !== undefined)
      : claim.status === 'edited' || claim.status === 'accepted';
  return counted && Object.keys(fieldsToChange(claim, decision)).length === 0;
}

/** The decision's fields that the claim does not hold yet. */
function fieldsToChange(claim: Claim, decision: ReviewDecision): ClaimChanges {
  return Object.fromEntries(
    Object.entries(decision.fields ?? {}).filter(
      ([field, value]) =>
        !sameJson(canonical(claim[field as keyof Claim] ?? null), canonical(value)),
    ),
  );
}

/**
 * Applies review decisions to the claims they match by document, span and text. Each decision
 * is its own transaction (the claim and its audit entry): the Store writes one claim change at a
 * time, and a decision that cannot apply must not hold back the others. Re-applying a file is
 * safe, since a decision already in place is reported `already-applied` and left alone.
 */
export async function applyReviews(options: ApplyReviewsOptions): Promise<ApplyReviewsReport> {
  const { store } = options;
  const claims = await store.listClaims();
  const byKey = new Map(claims.map((c) => [key(c.documentId, c.span, c.text), c]));
  const outcomes: ApplyOutcome[] = [];
  for (const { line, decision } of options.decisions) {
    if (options.documents && !options.documents.has(decision.document)) {
      outcomes.push({ status: 'skipped', line });
      continue;
    }
    const claim = byKey.get(key(decision.document, decision.span, decision.text));
    if (!claim) {
      const known = claims.some((c) => c.documentId === decision.document);
      outcomes.push({
        status: 'unmatched',
        line,
        message: known
          ? `no claim of document ${decision.document.slice(0, 12)} has span [${decision.span.join(', ')}] and text "${decision.text}"`
          : `document ${decision.document.slice(0, 12)} is not in the workspace`,
      });
      continue;
    }
    if (holds(claim, decision)) {
      outcomes.push({ status: 'already-applied', line, claimId: claim.id });
      continue;
    }
    if (claim.status !== 'proposed') {
      outcomes.push({
        status: 'conflicting',
        line,
        claimId: claim.id,
        message: `claim ${claim.id} is ${claim.status}, not ${decision.decision === 'edit' ? 'edited' : `${decision.decision}ed`} as line ${line} says`,
      });
      continue;
    }
    const changes = fieldsToChange(claim, decision);
    // A decision whose fields the extractor now reads the same way is, in effect, an acceptance;
    // one whose fields it reads differently is an edit back to the reviewed reading.
    const action =
      decision.decision === 'reject'
        ? { kind: 'reject' as const }
        : Object.keys(changes).length > 0
          ? { kind: 'edit' as const, changes }
          : { kind: 'accept' as const };
    try {
      const outcome = await reviewClaim({
        store,
        claimId: claim.id,
        action,
        reviewer: decision.reviewer ?? options.reviewer,
        reason: decision.reason ?? null,
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.newId ? { newId: options.newId } : {}),
      });
      // A later line on the same claim must see it as it now stands.
      byKey.set(key(claim.documentId, claim.span, claim.text), outcome.claim);
      outcomes.push({ status: 'applied', line, claimId: claim.id });
    } catch (error) {
      if (!isTallyError(error) || error.code === 'STORE_UNAVAILABLE') throw error;
      outcomes.push({ status: 'conflicting', line, claimId: claim.id, message: error.message });
    }
  }
  const count = (status: ApplyOutcome['status']) =>
    outcomes.filter((o) => o.status === status).length;
  return {
    outcomes,
    applied: count('applied'),
    alreadyApplied: count('already-applied'),
    conflicting: count('conflicting'),
    unmatched: count('unmatched'),
    skipped: count('skipped'),
  };
}

/** Parses reviews JSONL or fails with IMPORT_INVALID naming the file, the line and the problem. */
export function readReviews(text: string, name: string): NumberedDecision[] {
  const parsed = parseReviews(text);
  if (!parsed.ok) {
    const [first] = parsed.issues;
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : '';
    throw new TallyError('IMPORT_INVALID', `${name}: ${first?.path} ${first?.message}${more}`);
  }
  return parsed.value;
}

/** "3 applied, 1 already applied, 0 conflicting, 2 unmatched" */
export function summarizeApply(report: ApplyReviewsReport): string {
  return `${report.applied} applied, ${report.alreadyApplied} already applied, ${report.conflicting} conflicting, ${report.unmatched} unmatched`;
}

export interface ReviewsCheck {
  readonly decisions: number;
  readonly matched: number;
  readonly unmatched: readonly { readonly line: number; readonly message: string }[];
  /** Claims of the documents the file covers that no decision matches: new readings to judge. */
  readonly undecided: readonly Claim[];
}

/**
 * Checks a reviews file against the workspace without changing anything: which decisions find
 * their claim, which do not, and which claims of the covered documents no decision covers.
 * Run it after changing the extractor to see whether the bundled decisions still fit.
 */
export async function checkReviews(options: {
  readonly store: Store;
  readonly decisions: readonly NumberedDecision[];
}): Promise<ReviewsCheck> {
  const claims = await options.store.listClaims();
  const byKey = new Map(claims.map((c) => [key(c.documentId, c.span, c.text), c]));
  const matchedIds = new Set<string>();
  const unmatched: { line: number; message: string }[] = [];
  for (const { line, decision } of options.decisions) {
    const claim = byKey.get(key(decision.document, decision.span, decision.text));
    if (claim) matchedIds.add(claim.id);
    else
      unmatched.push({
        line,
        message: `no claim of document ${decision.document.slice(0, 12)} has span [${decision.span.join(', ')}] and text "${decision.text}"`,
      });
  }
  const covered = new Set(options.decisions.map((d) => d.decision.document));
  return {
    decisions: options.decisions.length,
    matched: options.decisions.length - unmatched.length,
    unmatched,
    undecided: claims.filter(
      (c) => covered.has(c.documentId) && !matchedIds.has(c.id) && c.reviewer !== 'reference',
    ),
  };
}

/**
 * Re-keys decisions that no longer match after the extractor changed: each unmatched decision
 * moves to the one unclaimed claim of its document (found by id, else by `source`) with the
 * same text, else the one whose span overlaps it. The decision and its fields are kept as the
 * reviewer made them; decisions with no such claim are returned unchanged and listed.
 */
export async function rekeyReviews(options: {
  readonly store: Store;
  readonly decisions: readonly NumberedDecision[];
}): Promise<{ decisions: ReviewDecision[]; rekeyed: number[]; unmatched: number[] }> {
  const { store } = options;
  const [claims, documents] = await Promise.all([store.listClaims(), store.listDocuments()]);
  const taken = new Set<string>();
  const byKey = new Map(claims.map((c) => [key(c.documentId, c.span, c.text), c]));
  for (const { decision } of options.decisions) {
    const claim = byKey.get(key(decision.document, decision.span, decision.text));
    if (claim) taken.add(claim.id);
  }
  const rekeyed: number[] = [];
  const unmatched: number[] = [];
  const result = options.decisions.map(({ line, decision }) => {
    if (byKey.has(key(decision.document, decision.span, decision.text))) return decision;
    const documentId = documents.some((d) => d.id === decision.document)
      ? decision.document
      : documents.find((d) => decision.source && d.source === decision.source)?.id;
    const free = claims.filter((c) => c.documentId === documentId && !taken.has(c.id));
    const sameText = free.filter((c) => c.text === decision.text);
    const overlapping = free.filter(
      (c) => c.span[0] < decision.span[1] && decision.span[0] < c.span[1],
    );
    const [found] = sameText.length === 1 ? sameText : overlapping.length === 1 ? overlapping : [];
    if (!found) {
      unmatched.push(line);
      return decision;
    }
    taken.add(found.id);
    rekeyed.push(line);
    return { ...decision, document: found.documentId, span: found.span, text: found.text };
  });
  return { decisions: result, rekeyed, unmatched };
}
