import type { DocumentSummary, Store, WorkspaceCounts } from '../store/index.ts';

/** What a workspace holds, for `tally start` and, later, the dashboard's front page. */
export interface WorkspaceOverview {
  readonly dialect: Store['dialect'];
  readonly location: string;
  readonly counts: WorkspaceCounts;
  /** The most recently published documents, newest first. */
  readonly latest: readonly DocumentSummary[];
}

/** Counts a workspace's records and lists its latest documents. */
export async function describeWorkspace(
  store: Store,
  options: { readonly latest?: number } = {},
): Promise<WorkspaceOverview> {
  const [counts, latest] = await Promise.all([
    store.counts(),
    store.listDocuments({ limit: options.latest ?? 5 }),
  ]);
  return { dialect: store.dialect, location: store.location, counts, latest };
}
