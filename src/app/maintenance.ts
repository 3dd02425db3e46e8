import { dirname, resolve } from 'node:path';
import {
  openStore,
  restoreWorkspace,
  type RestoreReport,
  type RestoreWorkspaceOptions,
  type Store,
} from '../store/index.ts';
import { workspaceFlows } from './ledger.ts';

export interface WorkspaceCheck {
  /** One line per problem found; empty when the workspace is sound. */
  readonly problems: readonly string[];
  readonly documents: number;
  readonly claims: number;
  readonly events: number;
}

/** Problems beyond this many are counted, not listed: one broken table can fill a terminal. */
const PROBLEMS_LISTED = 50;

/**
 * Checks a workspace end to end: the database's own integrity check and orphans, then the
 * ledger's invariants: every claim's and event's span lies inside its document and quotes it
 * exactly, and every claim a flow estimate counts is stored with its document.
 *
 * @example
 * const { problems } = await checkWorkspace({ store });
 * if (problems.length > 0) console.error(problems.join('\n'));
 */
export async function checkWorkspace(options: { readonly store: Store }): Promise<WorkspaceCheck> {
  const { store } = options;
  const problems: string[] = [...(await store.checkStorage())];
  const texts = new Map<string, string>();
  const claimIds = new Set<string>();
  let events = 0;
  for await (const item of store.exportRecords()) {
    if (item.kind === 'document') {
      texts.set(item.record.id, item.record.text);
    } else if (item.kind === 'claim' || item.kind === 'event') {
      if (item.kind === 'claim') claimIds.add(item.record.id);
      else events++;
      const problem = spanProblem({
        ...item.record,
        documentText: texts.get(item.record.documentId),
      });
      if (problem) problems.push(`${item.kind} ${item.record.id} ${problem}`);
    }
  }
  for (const flow of await workspaceFlows({ store })) {
    for (const claim of flow.claims) {
      if (!claimIds.has(claim.claimId) || !texts.has(claim.documentId)) {
        problems.push(`flow ${flow.key} counts claim ${claim.claimId}, which is not stored`);
      }
    }
  }
  const shown =
    problems.length > PROBLEMS_LISTED
      ? [...problems.slice(0, PROBLEMS_LISTED), `… and ${problems.length - PROBLEMS_LISTED} more`]
      : problems;
  return { problems: shown, documents: texts.size, claims: claimIds.size, events };
}

/** What is wrong with a quote's span, or undefined when it lies inside the text and matches it. */
export function spanProblem(quote: {
  readonly span: readonly [number, number];
  readonly text: string;
  readonly documentText: string | undefined;
}): string | undefined {
  const [start, end] = quote.span;
  if (quote.documentText === undefined) return 'has no document';
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    return `has a malformed span [${start}, ${end}]`;
  }
  if (end > quote.documentText.length) {
    return `has a span [${start}, ${end}] past the end of its document (${quote.documentText.length} characters)`;
  }
  if (quote.documentText.slice(start, end) !== quote.text) {
    return `quotes text that differs from its document at [${start}, ${end}]`;
  }
  return undefined;
}

/** Writes a consistent copy of the live workspace to `path` (SQLite; PostgreSQL uses pg_dump). */
export async function backupWorkspace(options: {
  readonly store: Store;
  readonly path: string;
}): Promise<void> {
  await options.store.backup({ path: resolve(options.path) });
}

/**
 * Restores a SQLite workspace from a backup, then opens it (migrating a backup from an older
 * Tally) and checks it; the replaced database, if any, is kept beside it.
 */
export async function restoreFromBackup(
  options: RestoreWorkspaceOptions,
): Promise<RestoreReport & { readonly target: string; readonly check: WorkspaceCheck }> {
  const report = await restoreWorkspace(options);
  const store = await openStore({
    workspace: dirname(report.target),
    env: { ...options.env, TALLY_DATABASE_URL: undefined },
  });
  try {
    return { ...report, check: await checkWorkspace({ store }) };
  } finally {
    await store.close();
  }
}
