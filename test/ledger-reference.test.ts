import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importReferenceFacts, parseReferenceFacts } from '../src/app/index.ts';
import type { Store } from '../src/store/index.ts';
import { describeEachDialect, type StoreTarget } from './store-support.ts';

const FACTS = readFileSync(new URL('../corpus/reference/facts.jsonl', import.meta.url), 'utf8');
const facts = FACTS.split('\n')
  .filter((line) => line.trim() !== '')
  .map(
    (line) =>
      JSON.parse(line) as {
        id: string;
        statement: string;
        value: number;
        source: { title: string };
      },
  );
const sources = new Set(facts.map((f) => f.source.title));

describeEachDialect('reference facts import', (makeTarget) => {
  let target: StoreTarget;
  let store: Store;
  beforeEach(async () => {
    target = makeTarget();
    store = await target.open();
  });
  afterEach(async () => {
    await target.cleanup();
  });

  const load = (text = FACTS) =>
    importReferenceFacts({ store, text, name: 'corpus/reference/facts.jsonl' });

  it('makes one document per cited source and one accepted claim per fact, quoting its statement', async () => {
    const report = await load();
    expect(report).toMatchObject({ facts: facts.length, ingested: sources.size, unchanged: 0 });
    const claims = await store.listClaims();
    expect(claims).toHaveLength(facts.length);
    for (const claim of claims) {
      expect(claim).toMatchObject({ status: 'accepted', reviewer: 'reference' });
      const document = await store.getDocument(claim.documentId);
      expect(document?.text.slice(claim.span[0], claim.span[1])).toBe(claim.text);
      const fact = facts.find((f) => claim.id.endsWith(`-${f.id}`));
      expect(fact?.statement).toBe(claim.text);
      expect(claim.value).toBe(fact?.value);
      expect(document?.title).toBe(fact?.source.title);
    }
    const resolution = (await store.listDocuments()).find((d) =>
      d.title?.startsWith('Security Council resolution 2397'),
    );
    expect(resolution).toMatchObject({
      publisher: 'United Nations Security Council',
      published: '2017-12-22',
      url: 'https://www.un.org/securitycouncil/s/res/2397-(2017)',
      source: 'corpus/reference/facts.jsonl',
    });
  });

  it('changes nothing when the same facts are imported again', async () => {
    await load();
    const before = await store.listClaims();
    const again = await load();
    expect(again).toMatchObject({ ingested: 0, unchanged: sources.size });
    expect(await store.listClaims()).toEqual(before);
    expect(await store.counts()).toMatchObject({ documents: sources.size, claims: facts.length });
  });

  it('refuses a file with a bad line, naming it, and stores nothing', async () => {
    const broken = `${FACTS.trimEnd()}\n{"id": "x", "statement": "No figure here."}\n`;
    const line = broken.trimEnd().split('\n').length;
    await expect(load(broken)).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      message: expect.stringMatching(
        new RegExp(`^corpus/reference/facts\\.jsonl: line ${line} /`, 'u'),
      ),
    });
    expect(await store.counts()).toMatchObject({ documents: 0, claims: 0 });
  });
});

it('refuses a fact id used twice and a file with no facts', () => {
  const [first = ''] = FACTS.split('\n');
  expect(parseReferenceFacts(`${first}\n${first}`)).toEqual({
    ok: false,
    issues: [{ path: 'line 2', message: `fact id "${facts[0]?.id}" is used twice` }],
  });
  expect(parseReferenceFacts('\n\n')).toEqual({
    ok: false,
    issues: [{ path: 'line 1', message: 'the file holds no facts' }],
  });
});
