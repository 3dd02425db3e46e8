import { randomUUID } from 'node:crypto';
import {
  TallyError,
  type AuditEntry,
  type Claim,
  type Document,
  type Issue,
} from '../domain/index.ts';
import {
  applyReview,
  originalClaim,
  sentenceAt,
  type ClaimChanges,
  type ReviewOutcome,
} from '../ledger/index.ts';
import type { ClaimFilter, Store } from '../store/index.ts';

/** What a reviewer does to one claim; an undo reverts the claim's latest recorded change. */
export type ReviewCommand =
  | { readonly kind: 'accept' }
  | { readonly kind: 'reject' }
  | { readonly kind: 'edit'; readonly changes: ClaimChanges }
  | { readonly kind: 'undo' };

export interface ReviewClaimOptions {
  readonly store: Store;
  readonly claimId: string;
  readonly action: ReviewCommand;
  /** Who reviews: `--reviewer`, `$USER`, or the name of the server's token. */
  readonly reviewer: string;
  readonly reason?: string | null;
  readonly clock?: () => Date;
  /** Audit entry ids; random UUIDs unless a test needs fixed ones. */
  readonly newId?: () => string;
}

/** A refused transition is a conflict with the claim's state; anything else is bad input. */
function reviewError(claimId: string, issues: readonly Issue[]): TallyError {
  const [first] = issues;
  const message = first
    ? `${first.path === '/action' ? '' : `${first.path} `}${first.message}`
    : '';
  const conflict = first?.path === '/action' || first?.path.startsWith('/entry');
  return new TallyError(
    conflict ? 'CONFLICT' : 'INVALID_INPUT',
    `claim ${claimId}: ${message.trim()}`,
  );
}

/** Loads a claim or fails with NOT_FOUND naming the id. */
export async function requireClaim(store: Store, claimId: string): Promise<Claim> {
  const claim = await store.getClaim(claimId);
  if (!claim) throw new TallyError('NOT_FOUND', `no claim has the id "${claimId}"`);
  return claim;
}

/**
 * Accepts, rejects, edits or undoes one claim: the ledger's `applyReview` decides, and the store
 * writes the claim with its audit entry in one transaction.
 * @throws TallyError NOT_FOUND (no such claim), CONFLICT (not allowed in the claim's state,
 * nothing to undo), INVALID_INPUT (an edit that is not valid claims/1 or changes nothing).
 */
export async function reviewClaim(options: ReviewClaimOptions): Promise<ReviewOutcome> {
  const { store, claimId, action } = options;
  const claim = await requireClaim(store, claimId);
  let ledgerAction;
  if (action.kind === 'undo') {
    const trail = await store.listAudit({ subjectId: claimId });
    const entry = trail.filter((e) => e.subjectKind === 'claim').at(-1);
    if (!entry)
      throw new TallyError('CONFLICT', `claim ${claimId}: has no recorded change to undo`);
    ledgerAction = { kind: 'undo' as const, entry };
  } else {
    ledgerAction = action;
  }
  const outcome = applyReview({
    claim,
    action: ledgerAction,
    actor: options.reviewer,
    at: (options.clock ?? (() => new Date()))().toISOString(),
    auditId: (options.newId ?? randomUUID)(),
    reason: options.reason ?? null,
  });
  if (!outcome.ok) throw reviewError(claimId, outcome.issues);
  await store.updateClaim(outcome.value.claim, outcome.value.audit);
  return outcome.value;
}

/** Lists claims for review, with the store's filters (status, category, country, document). */
export async function findClaims(options: {
  readonly store: Store;
  readonly filter?: ClaimFilter;
}): Promise<Claim[]> {
  return options.store.listClaims(options.filter ?? {});
}

/** A quote inside the text around it, split so that a caller can highlight it. */
export interface QuoteContext {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

/** Everything a reviewer needs to judge one claim. */
export interface ClaimDetail {
  readonly claim: Claim;
  readonly document: Omit<Document, 'text'> | null;
  /** The sentence holding the quote. */
  readonly sentence: QuoteContext;
  /** The paragraph holding the quote (cut to about 1,200 characters around it). */
  readonly paragraph: QuoteContext;
  /** The claim as the extractor proposed it, before any review. */
  readonly original: Claim;
  readonly audit: readonly AuditEntry[];
}

const PARAGRAPH_ROOM = 600;

function around(text: string, span: readonly [number, number]): QuoteContext {
  const [from, to] = span;
  return { before: text.slice(0, from), quote: text.slice(from, to), after: text.slice(to) };
}

/** The sentence and paragraph around a span of a document's text, split at the quote. */
export function quoteContext(
  text: string,
  span: readonly [number, number],
): { sentence: QuoteContext; paragraph: QuoteContext } {
  const [from, to] = span;
  const sentence = sentenceAt(text, span);
  const quote = text.slice(from, to);
  const at = sentence.indexOf(quote);
  const sentenceContext =
    at >= 0
      ? { before: sentence.slice(0, at), quote, after: sentence.slice(at + quote.length) }
      : { before: '', quote: sentence, after: '' };
  const breakBefore = text.lastIndexOf('\n\n', from);
  const breakAfter = text.indexOf('\n\n', to);
  const start = Math.max(breakBefore < 0 ? 0 : breakBefore + 2, from - PARAGRAPH_ROOM);
  const end = Math.min(breakAfter < 0 ? text.length : breakAfter, to + PARAGRAPH_ROOM);
  const paragraph = around(text.slice(start, end), [from - start, to - start]);
  return {
    sentence: sentenceContext,
    paragraph: {
      before: `${start > 0 && start === from - PARAGRAPH_ROOM ? '…' : ''}${paragraph.before.trimStart()}`,
      quote: paragraph.quote,
      after: `${paragraph.after.trimEnd()}${end === to + PARAGRAPH_ROOM ? '…' : ''}`,
    },
  };
}

/** One claim with its quote in context, its document, its original form and its audit trail. */
export async function describeClaim(options: {
  readonly store: Store;
  readonly claimId: string;
}): Promise<ClaimDetail> {
  const { store, claimId } = options;
  const claim = await requireClaim(store, claimId);
  const [document, audit] = await Promise.all([
    store.getDocument(claim.documentId),
    store.listAudit({ subjectId: claimId }),
  ]);
  const context = document
    ? quoteContext(document.text, claim.span)
    : {
        sentence: { before: '', quote: claim.text, after: '' },
        paragraph: { before: '', quote: claim.text, after: '' },
      };
  const original = originalClaim(claim, audit);
  let meta: Omit<Document, 'text'> | null = null;
  if (document) {
    const rest: Partial<Document> = { ...document };
    delete rest.text;
    meta = rest as Omit<Document, 'text'>;
  }
  return {
    claim,
    document: meta,
    ...context,
    original: original.ok ? original.value : claim,
    audit,
  };
}
