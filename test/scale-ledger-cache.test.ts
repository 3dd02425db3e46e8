import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  FLOW_CLAIMS_DEFAULT,
  importReferenceFacts,
  listFlows,
  listIndicatorResults,
  readScenario,
  reviewClaim,
  seedWorkspace,
  syntheticArticle,
  syntheticBundle,
  workspaceFlows,
  workspaceFlowsJson,
  workspaceIndicators,
  workspaceIndicatorsJson,
} from '../src/app/index.ts';

import type { Claim } from '../src/domain/index.ts';
import {
  COUNTED_STATUSES,
  DEFAULT_INDICATORS,
  estimateFlows,
  evaluateIndicators,
} from '../src/ledger/index.ts';
import type { ExportRecord, Store } from '../src/store/index.ts';
import { repoRoot } from './cli-support.ts';
import { describeEachDialect, type StoreTarget } from './store-support.ts';

const NOW = '2025-03-03T00:00:00.000Z';
const DRAWS = 1000;
const SEED = 3;

/** The ledger's inputs read straight from the store, past every cache. */
async function inputsOf(store: Store) {
  const claims = [
    ...(await store.listClaims({ status: 'accepted' })),
    ...(await store.listClaims({ status: 'edited' })),
  ].filter((claim) => COUNTED_STATUSES.has(claim.status));
  const documents = (await store.listDocuments()).map(
    ({ id, title, publisher, published, url }) => ({ id, title, publisher, published, url }),
  );
  return { claims, documents };
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const freshFlows = async (store: Store) =>
  estimateFlows({ ...(await inputsOf(store)), rule: 'conservative' });

const freshIndicators = async (store: Store) =>
  evaluateIndicators({
    ...(await inputsOf(store)),
    indicators: DEFAULT_INDICATORS,
    seed: SEED,
    draws: DRAWS,
  });

/** A synthetic article's bundle with every claim already accepted, as an export would carry it. */
function acceptedBundle(index: number) {
  const bundle = syntheticBundle({
    article: syntheticArticle({ seed: 77, index, claims: 4 }),
    now: NOW,
  });
  return {
    ...bundle,
    claims: bundle.claims.map((claim): Claim => ({ ...claim, status: 'accepted' })),
  };
}

async function* recordsOf(bundle: ReturnType<typeof acceptedBundle>): AsyncGenerator<ExportRecord> {
  yield { kind: 'document', record: bundle.document };
  for (const claim of bundle.claims) yield { kind: 'claim', record: claim };
}

describeEachDialect('the ledger cached per workspace revision', (makeTarget) => {
  let target: StoreTarget;
  /** The store the cache belongs to, as a server's. */
  let store: Store;
  /** The same workspace opened a second time: another process making changes. */
  let other: Store;
  const proposed: Claim[] = [];

  beforeAll(async () => {
    target = makeTarget();
    store = await target.open();
    await seedWorkspace({ store, claims: 150, seed: 5, now: new Date(NOW) });
    other = await target.open({ same: true });
    proposed.push(...(await store.listClaims({ status: 'proposed' })));
  });
  afterAll(() => target.cleanup());

  const review = (claimId: string, action: Parameters<typeof reviewClaim>[0]['action']) =>
    reviewClaim({ store: other, claimId, action, reviewer: 'analyst' });

  it('computes flows and indicators once per revision and gives what a fresh computation gives', async () => {
    const flows = await workspaceFlows({ store });
    expect(flows.length).toBeGreaterThan(0);
    expect(await workspaceFlows({ store })).toBe(flows);
    expect(flows).toEqual(await freshFlows(store));
    const indicators = await workspaceIndicators({ store, seed: SEED, draws: DRAWS });
    expect(await workspaceIndicators({ store, seed: SEED, draws: DRAWS })).toBe(indicators);
    expect(indicators).toEqual(await freshIndicators(store));
  });

  it('keeps one result per question: another rule, seed or draw count is computed apart', async () => {
    const conservative = await workspaceFlows({ store });
    const pooled = await workspaceFlows({ store, rule: 'pooled' });
    expect(pooled).not.toBe(conservative);
    expect(pooled).toEqual(estimateFlows({ ...(await inputsOf(store)), rule: 'pooled' }));
    const seeded = await workspaceIndicators({ store, seed: SEED, draws: DRAWS });
    const reseeded = await workspaceIndicators({ store, seed: SEED + 1, draws: DRAWS });
    expect(reseeded).not.toBe(seeded);
    expect(reseeded).toEqual(
      evaluateIndicators({
        ...(await inputsOf(store)),
        indicators: DEFAULT_INDICATORS,
        seed: SEED + 1,
        draws: DRAWS,
      }),
    );
  });

  it('evaluates a changed assumption (a scenario) afresh, never from the default run', async () => {
    const text = await readFile(join(repoRoot, 'data/ledger/scenario-example.json'), 'utf8');
    const scenario = readScenario(text, 'scenario-example.json');
    const base = await workspaceIndicators({ store, seed: SEED, draws: DRAWS });
    const what = await workspaceIndicators({ store, scenario, seed: SEED, draws: DRAWS });
    expect(what).not.toBe(base);
    expect(what).toEqual(
      evaluateIndicators({
        ...(await inputsOf(store)),
        indicators: DEFAULT_INDICATORS,
        scenario,
        seed: SEED,
        draws: DRAWS,
      }),
    );
    expect(what).not.toEqual(base);
    // A second scenario with one assumption changed is a different question again.
    const changed = {
      ...scenario,
      assumptions: {
        ...scenario.assumptions,
        shell_stockpile: { kind: 'loguniform' as const, low: 1_000_000, high: 2_000_000 },
      },
    };
    const again = await workspaceIndicators({ store, scenario: changed, seed: SEED, draws: DRAWS });
    expect(again).not.toBe(what);
    expect(again).not.toEqual(what);
    expect(await workspaceIndicators({ store, scenario, seed: SEED, draws: DRAWS })).toBe(what);
  });

  /**
   * Each change is made through the other open store, as another process would, and each must
   * raise the revision and make the next request compute from the changed workspace.
   */
  const CHANGES: readonly {
    readonly name: string;
    readonly change: () => Promise<unknown>;
    /** Whether the flows themselves differ afterwards (a proposed claim does not count). */
    readonly moves: boolean;
  }[] = [
    { name: 'accepting a claim', change: () => review(at(0).id, { kind: 'accept' }), moves: true },
    { name: 'rejecting a claim', change: () => review(at(1).id, { kind: 'reject' }), moves: false },
    {
      name: 'editing a claim',
      change: () => review(at(0).id, { kind: 'edit', changes: { value: 123_456 } }),
      moves: true,
    },
    { name: 'undoing an edit', change: () => review(at(0).id, { kind: 'undo' }), moves: true },
    {
      name: 'ingesting a document',
      change: () =>
        other.saveDocument(
          syntheticBundle({
            article: syntheticArticle({ seed: 78, index: 0, claims: 3 }),
            now: NOW,
          }),
        ),
      moves: false,
    },
    {
      name: 'importing records',
      change: () => other.importRecords(recordsOf(acceptedBundle(1))),
      moves: true,
    },
    {
      name: 'importing reference facts',
      change: async () =>
        importReferenceFacts({
          store: other,
          text: await readFile(join(repoRoot, 'corpus/reference/facts.jsonl'), 'utf8'),
          name: 'facts.jsonl',
          clock: () => new Date(NOW),
        }),
      moves: true,
    },
  ];
  function at(index: number): Claim {
    const claim = proposed[index];
    if (!claim) throw new Error('the seed has too few proposed claims');
    return claim;
  }

  for (const { name, change, moves } of CHANGES) {
    it(`computes again after ${name}, in another process`, async () => {
      const flows = await workspaceFlows({ store });
      const indicators = await workspaceIndicators({ store, seed: SEED, draws: DRAWS });
      // The response bodies are cached too, and must go stale with the rest.
      await workspaceFlowsJson({ store });
      await workspaceIndicatorsJson({ store, seed: SEED, draws: DRAWS });
      const revision = await store.revision();
      await change();
      expect(await store.revision()).toBeGreaterThan(revision);
      const after = await workspaceFlows({ store });
      expect(after).not.toBe(flows);
      expect(after).toEqual(await freshFlows(store));
      if (moves) expect(after).not.toEqual(flows);
      const indicatorsAfter = await workspaceIndicators({ store, seed: SEED, draws: DRAWS });
      expect(indicatorsAfter).not.toBe(indicators);
      expect(indicatorsAfter).toEqual(await freshIndicators(store));
      const { documents } = await inputsOf(store);
      const limit = FLOW_CLAIMS_DEFAULT;
      expect(JSON.parse(await workspaceFlowsJson({ store }))).toEqual(
        plain({
          rule: 'conservative',
          items: listFlows({ flows: await freshFlows(store), documents, limit }),
        }),
      );
      expect(
        JSON.parse(await workspaceIndicatorsJson({ store, seed: SEED, draws: DRAWS })),
      ).toEqual(
        plain({
          items: listIndicatorResults({ results: await freshIndicators(store), documents, limit }),
        }),
      );
    });
  }

  it('keeps the result when a write changes nothing: a document stored again', async () => {
    const bundle = syntheticBundle({
      article: syntheticArticle({ seed: 78, index: 0, claims: 3 }),
      now: NOW,
    });
    const flows = await workspaceFlows({ store });
    const revision = await store.revision();
    expect(await other.saveDocument(bundle)).toBe('unchanged');
    expect(await store.revision()).toBe(revision);
    expect(await workspaceFlows({ store })).toBe(flows);
  });

  it('raises the revision when an entity is saved and when a batch of documents is stored', async () => {
    const revision = await store.revision();
    await other.saveEntity({
      id: 'ent-cache',
      kind: 'person',
      name: 'A Name',
      country: null,
      aliases: [],
    });
    const afterEntity = await store.revision();
    expect(afterEntity).toBeGreaterThan(revision);
    await other.saveDocuments([
      syntheticBundle({ article: syntheticArticle({ seed: 79, index: 0, claims: 2 }), now: NOW }),
    ]);
    expect(await store.revision()).toBeGreaterThan(afterEntity);
  });

  it('does not keep a failed computation: the next request reads the workspace again', async () => {
    const broken: Store = { ...store, ledgerSnapshot: () => Promise.reject(new Error('lost')) };
    await expect(workspaceFlows({ store: broken })).rejects.toThrow('lost');
    expect(
      await workspaceFlows({ store: { ...broken, ledgerSnapshot: store.ledgerSnapshot } }),
    ).toEqual(await freshFlows(store));
  });
});
