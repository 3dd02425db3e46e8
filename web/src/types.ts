/** The API's records as the dashboard reads them (docs/api.md); the server's schemas are the source. */

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** A claim page: the API stops counting at a bound and then says so (`totalCapped`). */
export interface ClaimPage extends Page<Claim> {
  readonly totalCapped?: true;
}

export interface Overview {
  readonly documents: number;
  readonly claims: number;
  readonly events: number;
  readonly statuses: Readonly<Record<string, number>>;
}

export interface Period {
  readonly start: string | null;
  readonly end: string | null;
  readonly per: string | null;
}

export interface Claim {
  readonly id: string;
  readonly documentId: string;
  readonly span: readonly [number, number];
  readonly text: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: string;
  readonly unit: string;
  readonly category: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly period: Period | null;
  readonly stage?: string | null;
  readonly attribution: { readonly name: string; readonly affiliation: string | null } | null;
  readonly status: string;
  readonly reviewer: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface Around {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

export interface DocumentSummary {
  readonly id: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly claimCount: number;
}

export interface DocumentRecord extends Omit<DocumentSummary, 'claimCount'> {
  readonly text: string;
}

export interface ClaimDetail {
  readonly claim: Claim;
  readonly document: Omit<DocumentRecord, 'text'>;
  readonly sentence: Around;
  readonly paragraph: Around;
}

export interface EventRecord {
  readonly id: string;
  readonly documentId: string;
  readonly span: readonly [number, number];
  readonly text: string;
  readonly date: string | null;
  readonly type: string;
  readonly actors: readonly string[];
  readonly place: string | null;
}

export interface DocumentDetail {
  readonly document: DocumentRecord;
  readonly claims: Claim[];
  readonly events: EventRecord[];
}

export interface SearchHit {
  readonly documentId: string;
  readonly title: string | null;
  readonly snippet: string;
  readonly rank: number;
}

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly subjectId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly reason: string | null;
}

export interface FlowClaim {
  readonly claimId: string;
  readonly documentId: string;
  readonly text: string;
  readonly origin: string;
  readonly reading: string;
  /** The date of its document, which orders a flow's claims (most recent first). */
  readonly published: string | null;
}

/** A page of one flow's claims; `next` is the cursor of the page after it. */
export interface FlowClaimPage {
  readonly key: string;
  readonly total: number;
  readonly items: FlowClaim[];
  readonly next?: string;
}

export interface Flow {
  readonly key: string;
  readonly label: string;
  readonly category: string;
  readonly unit: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly period: { readonly label?: string };
  /** Every claim behind the flow; `claims` holds only the first few (or none, as asked). */
  readonly claimCount: number;
  readonly claims: FlowClaim[];
  readonly claimsTruncated: boolean;
  readonly origins: {
    readonly name: string;
    readonly claimCount: number;
    readonly low: number;
    readonly high: number;
  }[];
  readonly outlets: number;
  readonly documents: number;
  readonly low: number;
  readonly best: number;
  readonly high: number;
  readonly contradiction: boolean;
}

export interface DistributionSpec {
  readonly kind: string;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly mode?: number;
}

export interface Assumption {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly distribution: DistributionSpec;
  readonly source: { readonly citation: string; readonly url: string | null };
  readonly overriddenBy: string | null;
  readonly note?: string;
}

export interface Summary {
  readonly draws: number;
  readonly p5: number;
  readonly median: number;
  readonly p95: number;
  readonly mean: number;
  readonly histogram: { readonly from: number; readonly to: number; readonly counts: number[] };
}

export interface IndicatorResult {
  readonly status: 'ok' | 'missing' | 'invalid';
  readonly indicator: {
    readonly id: string;
    readonly title: string;
    readonly question: string;
    readonly kind: 'gain' | 'risk';
    readonly unit: string;
    readonly formula: string;
    readonly note?: string;
  };
  readonly inputs: {
    readonly name: string;
    readonly flow: Flow;
    readonly conversion: string | null;
  }[];
  readonly assumptions: Assumption[];
  readonly summary?: Summary;
  readonly missing?: { readonly name: string; readonly reason: string }[];
  readonly issues?: { readonly path: string; readonly message: string }[];
}

export interface Scenario {
  readonly name?: string;
  readonly assumptions?: Readonly<Record<string, DistributionSpec>>;
}

export interface IngestOutcome {
  readonly status: 'ingested' | 'unchanged';
  readonly documentId: string;
  readonly title: string | null;
  readonly claims: number;
  readonly events: number;
}
