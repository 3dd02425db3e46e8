import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeClaim,
  findClaimPage,
  FLOW_CLAIMS_MAX,
  listAuditPage,
  listDocumentPage,
  listEventPage,
  workspaceAssumptions,
  workspaceFlowSummaries,
  workspaceIndicatorsJson,
} from '../src/app/index.ts';
import { bearer, HOSTILE_QUOTE, openServerFixture, type ServerFixture } from './server-support.ts';

let fixture: ServerFixture;
beforeAll(async () => {
  fixture = await openServerFixture();
});
afterAll(async () => {
  await fixture.close();
});

const get = async (url: string) => {
  const response = await fixture.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
};

const post = async (url: string, payload: unknown, token = fixture.tokens.analyst) => {
  const response = await fixture.app.inject({
    method: 'POST',
    url,
    headers: bearer(token),
    payload: payload as object,
  });
  return { status: response.statusCode, body: response.json() };
};

/** The first claim of the listing that matches `query`, for tests that change one claim each. */
const claimWhere = async (query: string, index = 0) => {
  const { body } = await get(`/api/v1/claims?${query}`);
  const claim = body.items[index];
  if (!claim) throw new Error(`no claim for ${query}`);
  return claim as { id: string; documentId: string; status: string; value: number | null };
};

describe('documents', () => {
  it('lists documents without their text, with a total for paging', async () => {
    const { status, body } = await get('/api/v1/documents?limit=2');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).not.toHaveProperty('text');
    expect(body.items[0].claimCount).toBeGreaterThan(0);
  });

  it('filters documents by title and publication date', async () => {
    const { body } = await get('/api/v1/documents?title=troops&publishedFrom=2020');
    expect(body.items.map((d: { title: string }) => d.title)).toEqual([
      expect.stringMatching(/troops/iu),
    ]);
  });

  it('finds documents by full-text search, with a snippet', async () => {
    const { status, body } = await get('/api/v1/documents/search?q=missiles');
    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items[0].snippet.toLowerCase()).toContain('missile');
  });

  it('shows a document by a prefix of its id, with its claims and events', async () => {
    const id = fixture.hostileDocumentId;
    const { status, body } = await get(`/api/v1/documents/${id.slice(0, 10)}`);
    expect(status).toBe(200);
    expect(body.document.id).toBe(id);
    expect(body.claims[0].text).toBe(HOSTILE_QUOTE);
    expect(Array.isArray(body.events)).toBe(true);
  });

  it('answers an unknown document with 404 NOT_FOUND in the error shape', async () => {
    const { status, body } = await get(`/api/v1/documents/${'0'.repeat(64)}`);
    expect(status).toBe(404);
    expect(body).toEqual({
      error: { code: 'NOT_FOUND', message: expect.stringContaining('0000') },
    });
  });
});

describe('claims', () => {
  it('filters claims by category, country and status, and pages them', async () => {
    const { body } = await get(
      '/api/v1/claims?category=munitions&country=PRK&status=proposed&limit=3',
    );
    expect(body.total).toBeGreaterThan(3);
    expect(body.items).toHaveLength(3);
    for (const claim of body.items) {
      expect(claim.category).toBe('munitions');
      expect([claim.from, claim.to]).toContain('PRK');
    }
    const next = await get(
      '/api/v1/claims?category=munitions&country=PRK&status=proposed&limit=3&offset=3',
    );
    expect(next.body.items[0].id).not.toBe(body.items[0].id);
  });

  it('filters claims by quoted text and by source', async () => {
    const byText = await get('/api/v1/claims?text=%3Cscript%3E');
    expect(byText.body.items.map((c: { text: string }) => c.text)).toEqual([HOSTILE_QUOTE]);
    const bySource = await get('/api/v1/claims?source=seoul');
    expect(bySource.body.items.some((c: { text: string }) => c.text === HOSTILE_QUOTE)).toBe(true);
  });

  it('filters claims by document id prefix', async () => {
    const { body } = await get(
      `/api/v1/claims?documentId=${fixture.hostileDocumentId.slice(0, 8)}`,
    );
    expect(body.total).toBe(1);
  });

  it('sorts claims by value, descending, with claims without a figure last', async () => {
    const { body } = await get('/api/v1/claims?sort=-value&limit=500');
    const values = body.items
      .map((c: { value: number | null }) => c.value)
      .filter((v: unknown) => v !== null);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
  });

  it('refuses a sort column outside the allowlist', async () => {
    const { status, body } = await get('/api/v1/claims?sort=text;drop');
    expect(status).toBe(400);
    expect(body.error.code).toBe('INVALID_INPUT');
  });

  it('shows a claim with its quote in context and its audit trail', async () => {
    const claim = await claimWhere(`documentId=${fixture.hostileDocumentId}`);
    const { status, body } = await get(`/api/v1/claims/${claim.id}`);
    expect(status).toBe(200);
    expect(body.sentence.quote).toBe(HOSTILE_QUOTE);
    expect(body.original.id).toBe(claim.id);
    expect(body.audit).toEqual([]);
  });

  it('sends a quote holding <script> back as JSON-encoded data, never as HTML', async () => {
    const response = await fixture.app.inject(`/api/v1/claims?text=onerror`);
    expect(response.headers['content-type']).toMatch(/^application\/json/u);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).toContain('<script>alert(\\"x\\")</script>');
    expect(response.json().items[0].text).toBe(HOSTILE_QUOTE);
  });
});

describe('events and the overview', () => {
  it('lists events by date and filters them by type', async () => {
    const { body } = await get('/api/v1/events?limit=500');
    expect(body.total).toBeGreaterThan(0);
    const dates = body.items.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort());
    const type = body.items[0].type;
    const typed = await get(`/api/v1/events?type=${type}`);
    expect(typed.body.items.every((e: { type: string }) => e.type === type)).toBe(true);
  });

  it('counts documents, events and claims by status', async () => {
    const { body } = await get('/api/v1/overview');
    expect(body.documents).toBe(3);
    const byStatus = Object.values(body.statuses as Record<string, number>).reduce((a, b) => a + b);
    expect(byStatus).toBe(body.claims);
  });
});

describe('review and the audit log', () => {
  it('accepts a claim, records the token name as the actor, and undoes it', async () => {
    const claim = await claimWhere('status=proposed&category=personnel');
    const accepted = await post(`/api/v1/claims/${claim.id}/accept`, { reason: 'checked' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.claim.status).toBe('accepted');
    expect(accepted.body.audit).toMatchObject({
      actor: 'test-analyst',
      action: 'claim.accept',
      reason: 'checked',
    });
    const trail = await get(`/api/v1/claims/${claim.id}/audit`);
    expect(trail.body.items.map((e: { actor: string }) => e.actor)).toEqual(['test-analyst']);
    const undone = await post(`/api/v1/claims/${claim.id}/undo`, {});
    expect(undone.body.claim.status).toBe('proposed');
    const log = await get('/api/v1/audit?limit=500');
    expect(
      log.body.items.filter((e: { subjectId: string }) => e.subjectId === claim.id),
    ).toHaveLength(2);
  });

  it('rejects a claim, and answers a second rejection with 409 CONFLICT', async () => {
    const claim = await claimWhere('status=proposed', 1);
    expect((await post(`/api/v1/claims/${claim.id}/reject`, {})).body.claim.status).toBe(
      'rejected',
    );
    const again = await post(`/api/v1/claims/${claim.id}/reject`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
  });

  it('edits the figures of a claim and marks it edited', async () => {
    const claim = await claimWhere('status=proposed', 2);
    const edited = await post(`/api/v1/claims/${claim.id}/edit`, {
      changes: { value: 1234, qualifier: 'approx' },
      reason: 'typo in the figure',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.claim).toMatchObject({
      status: 'edited',
      value: 1234,
      reviewer: 'test-analyst',
    });
  });

  it('answers a review of an unknown claim with 404', async () => {
    const { status, body } = await post('/api/v1/claims/no-such-claim/accept', {});
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });
});

describe('flows, indicators and assumptions', () => {
  it('estimates flows from accepted claims, under either reconciliation rule', async () => {
    const claim = await claimWhere('status=proposed&category=munitions&country=RUS');
    await post(`/api/v1/claims/${claim.id}/accept`, {});
    const conservative = await get(`/api/v1/flows?claims=${FLOW_CLAIMS_MAX}`);
    expect(conservative.body.rule).toBe('conservative');
    const flow = conservative.body.items.find((f: { claims: { claimId: string }[] }) =>
      f.claims.some((c) => c.claimId === claim.id),
    );
    expect(flow).toMatchObject({ category: 'munitions' });
    const pooled = await get('/api/v1/flows?rule=pooled');
    expect(pooled.body.rule).toBe('pooled');
    expect((await get('/api/v1/flows?rule=optimistic')).status).toBe(400);
  });

  it('lists the assumptions with their sources', async () => {
    const { body } = await get('/api/v1/assumptions');
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items[0]).toMatchObject({
      id: expect.any(String),
      source: { citation: expect.any(String) },
      overriddenBy: null,
    });
  });

  it('evaluates indicators, and again under a scenario that overrides an assumption', async () => {
    const plain = await get('/api/v1/indicators?draws=1000');
    expect(plain.status).toBe(200);
    expect(plain.body.items.length).toBeGreaterThan(0);
    const { body: assumptions } = await get('/api/v1/assumptions');
    const id = assumptions.items[0].id as string;
    const what = await fixture.app.inject({
      method: 'POST',
      url: '/api/v1/indicators/evaluate',
      payload: {
        draws: 1000,
        scenario: { name: 'what-if', assumptions: { [id]: { kind: 'point', value: 1 } } },
      },
    });
    expect(what.statusCode).toBe(200);
    const used = what.json().items[0].assumptions.find((a: { id: string }) => a.id === id);
    expect(used?.overriddenBy).toBe('what-if');
  });

  it('refuses a scenario naming an assumption that does not exist', async () => {
    const response = await fixture.app.inject({
      method: 'POST',
      url: '/api/v1/indicators/evaluate',
      payload: { scenario: { assumptions: { no_such_thing: { kind: 'point', value: 1 } } } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('no_such_thing');
  });
});

describe('ingest', () => {
  it('ingests pasted text and returns the document with its extracted claims', async () => {
    const { status, body } = await post('/api/v1/ingest/text', {
      text: 'Officials in Kyiv said 6,000 North Korean soldiers reached Kursk in November 2024.',
      title: 'Pasted note',
      published: '2024-11',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ingested', title: 'Pasted note' });
    expect(body.claims).toBeGreaterThan(0);
    const shown = await get(`/api/v1/documents/${body.documentId}`);
    expect(shown.body.document.published).toBe('2024-11');
    const again = await post('/api/v1/ingest/text', {
      text: 'Officials in Kyiv said 6,000 North Korean soldiers reached Kursk in November 2024.',
    });
    expect(again.body.status).toBe('unchanged');
  });

  it('ingests a file uploaded as multipart form data', async () => {
    const boundary = 'tallyboundary';
    const payload = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="../../note.md"',
      'Content-Type: text/markdown',
      '',
      '# Rail note\n\nRussia sent 200,000 tonnes of wheat to North Korea in 2024, a ministry said.',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const response = await fixture.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/file',
      headers: {
        ...bearer(fixture.tokens.analyst),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ingested', title: 'Rail note' });
    const document = await get(`/api/v1/documents/${response.json().documentId}`);
    expect(document.body.document.source).toBe('note.md');
  });

  const form = (parts: { name: string; filename?: string; body: string }[]) => {
    const boundary = 'tallyform';
    const lines = parts.flatMap((part) => [
      `--${boundary}`,
      `Content-Disposition: form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`,
      '',
      part.body,
    ]);
    return {
      payload: [...lines, `--${boundary}--`, ''].join('\r\n'),
      headers: {
        ...bearer(fixture.tokens.analyst),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
    };
  };

  it('takes metadata from the form fields of an upload', async () => {
    const response = await fixture.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/file',
      ...form([
        { name: 'title', body: 'Ferry log' },
        { name: 'published', body: '2025-02' },
        {
          name: 'file',
          filename: 'ferry.txt',
          body: 'Two ferries carried 900 workers from Rason to Vladivostok in 2025.',
        },
      ]),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().title).toBe('Ferry log');
    const shown = await get(`/api/v1/documents/${response.json().documentId}`);
    expect(shown.body.document.published).toBe('2025-02');
  });

  it('refuses a form with two files, an unknown field, or no file, storing nothing', async () => {
    const before = (await get('/api/v1/overview')).body.documents;
    const cases = [
      [
        { name: 'file', filename: 'a.txt', body: 'One report of 5 ships.' },
        { name: 'file', filename: 'b.txt', body: 'Another report of 6 ships.' },
      ],
      [
        { name: 'status', body: 'accepted' },
        { name: 'file', filename: 'c.txt', body: 'A third report of 7 ships.' },
      ],
      [{ name: 'title', body: 'Only a title' }],
    ];
    for (const parts of cases) {
      const response = await fixture.app.inject({
        method: 'POST',
        url: '/api/v1/ingest/file',
        ...form(parts),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('INVALID_INPUT');
    }
    expect((await get('/api/v1/overview')).body.documents).toBe(before);
  });

  it('ingests a raw HTML body named by ?filename=', async () => {
    const response = await fixture.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/file?filename=brief.html&publisher=Desk',
      headers: { ...bearer(fixture.tokens.analyst), 'content-type': 'text/html' },
      payload:
        '<html><head><title>Port brief</title></head><body><p>About 1,000 containers left Rajin for Russia in 2023, analysts said.</p></body></html>',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().title).toBe('Port brief');
  });

  it('refuses an upload whose name has no supported extension with 415', async () => {
    const response = await fixture.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/file?filename=run.sh',
      headers: { ...bearer(fixture.tokens.analyst), 'content-type': 'text/plain' },
      payload: 'echo hi',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses binary bytes posing as text with a catalogue error and stores nothing', async () => {
    const before = (await get('/api/v1/overview')).body.documents;
    const response = await fixture.app.inject({
      method: 'POST',
      url: '/api/v1/ingest/file?filename=fake.txt',
      headers: { ...bearer(fixture.tokens.analyst), 'content-type': 'application/octet-stream' },
      payload: Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]),
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().error.message).toContain('fake.txt');
    expect(response.json().error.message).not.toContain('tally-upload');
    expect((await get('/api/v1/overview')).body.documents).toBe(before);
  });
});

describe('responses carry everything the use cases return', () => {
  // The serializer drops what a response schema does not name: these catch a schema too narrow.
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

  it('flows, under both rules, with their distributions and periods', async () => {
    const claim = await claimWhere('status=proposed&category=munitions&country=PRK');
    await post(`/api/v1/claims/${claim.id}/accept`, {});
    for (const rule of ['conservative', 'pooled'] as const) {
      const { body } = await get(`/api/v1/flows?rule=${rule}`);
      expect(body.items.length).toBeGreaterThan(0);
      expect(body.items).toEqual(
        plain(await workspaceFlowSummaries({ store: fixture.store, rule })),
      );
    }
  });

  it('indicators and assumptions', async () => {
    const { body } = await get('/api/v1/indicators?draws=1000&seed=7');
    expect(body).toEqual(
      JSON.parse(await workspaceIndicatorsJson({ store: fixture.store, draws: 1000, seed: 7 })),
    );
    expect((await get('/api/v1/assumptions')).body.items).toEqual(plain(workspaceAssumptions()));
  });

  it('the listings of documents, claims, events and the audit log', async () => {
    const paging = { limit: 500, offset: 0 };
    const { store } = fixture;
    expect((await get('/api/v1/documents?limit=500')).body).toEqual(
      plain(await listDocumentPage({ store, filter: {}, paging })),
    );
    expect((await get('/api/v1/claims?limit=500')).body).toEqual(
      plain(await findClaimPage({ store, query: {}, paging })),
    );
    expect((await get('/api/v1/events?limit=500')).body).toEqual(
      plain(await listEventPage({ store, paging })),
    );
    expect((await get('/api/v1/audit?limit=500')).body).toEqual(
      plain(await listAuditPage({ store, paging })),
    );
  });

  it('a claim with its context and trail', async () => {
    const claim = await claimWhere('status=accepted');
    expect((await get(`/api/v1/claims/${claim.id}`)).body).toEqual(
      plain(await describeClaim({ store: fixture.store, claimId: claim.id })),
    );
  });
});

describe("a flow's claims, counted and paged", () => {
  interface ListedFlow {
    key: string;
    claimCount: number;
    claimsTruncated: boolean;
    claims: { claimId: string; published: string | null }[];
    origins: { claimCount: number; claimIds: string[]; documentCount: number }[];
  }
  type Listed = { claimId: string; published: string | null };

  /** Accepts every proposed claim, so some flow holds several claims from several documents. */
  const biggestFlow = async (): Promise<ListedFlow> => {
    for (;;) {
      const { body } = await get('/api/v1/claims?status=proposed&limit=100');
      if (body.items.length === 0) break;
      for (const claim of body.items as { id: string }[]) {
        await post(`/api/v1/claims/${claim.id}/accept`, {});
      }
    }
    const { body } = await get(`/api/v1/flows?claims=${FLOW_CLAIMS_MAX}`);
    const flows = body.items as ListedFlow[];
    const [biggest] = [...flows].sort((a, b) => b.claimCount - a.claimCount);
    if (!biggest || biggest.claimCount < 3) throw new Error('the fixture has no flow of 3 claims');
    return biggest;
  };

  /** Most recently published first (undated last), then by claim id. */
  const inListingOrder = (claims: readonly Listed[]) =>
    claims.every((claim, index) => {
      const before = claims[index - 1];
      if (!before) return true;
      if (before.published === claim.published) return before.claimId < claim.claimId;
      if (claim.published === null) return true;
      return before.published !== null && before.published > claim.published;
    });

  it('lists at most the asked number of claims per flow, with the count and a flag when cut', async () => {
    const whole = await biggestFlow();
    expect(whole.claims).toHaveLength(whole.claimCount);
    expect(whole.claimsTruncated).toBe(false);
    expect(inListingOrder(whole.claims)).toBe(true);
    const { body } = await get('/api/v1/flows?claims=2');
    const cut = (body.items as ListedFlow[]).find((flow) => flow.key === whole.key);
    expect(cut?.claimCount).toBe(whole.claimCount);
    expect(cut?.claimsTruncated).toBe(true);
    expect(cut?.claims).toEqual(whole.claims.slice(0, 2));
    for (const [index, origin] of (cut?.origins ?? []).entries()) {
      expect(origin.claimIds.length).toBe(Math.min(2, origin.claimCount));
      expect(origin.claimCount).toBe(whole.origins[index]?.claimCount);
      expect(origin.claimIds).toEqual(whole.origins[index]?.claimIds.slice(0, 2));
    }
    const counts = await get('/api/v1/flows?claims=0');
    expect((counts.body.items as ListedFlow[]).every((flow) => flow.claims.length === 0)).toBe(
      true,
    );
  });

  it('pages through every claim of a flow in listing order, one cursor after another', async () => {
    const whole = await biggestFlow();
    const seen: Listed[] = [];
    let after: string | undefined;
    for (let page = 0; page < whole.claimCount + 1; page += 1) {
      const cursor = after === undefined ? '' : `&after=${after}`;
      const { status, body } = await get(
        `/api/v1/flows/${encodeURIComponent(whole.key)}/claims?limit=2${cursor}`,
      );
      expect(status).toBe(200);
      expect(body.total).toBe(whole.claimCount);
      seen.push(...(body.items as Listed[]));
      after = body.next;
      if (after === undefined) break;
    }
    expect(seen.map((c) => c.claimId)).toEqual(whole.claims.map((c) => c.claimId));
    expect(inListingOrder(seen)).toBe(true);
  });

  it('refuses an unknown flow, a made-up cursor and a limit past the bound, with one-line errors', async () => {
    const whole = await biggestFlow();
    const unknown = await get(`/api/v1/flows/${encodeURIComponent('oil|t|-|-|nowhere')}/claims`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    expect(unknown.body.error.message).toContain('oil|t|-|-|nowhere');
    const path = `/api/v1/flows/${encodeURIComponent(whole.key)}/claims`;
    const cursor = await get(`${path}?after=not-a-cursor`);
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.message).toContain('not-a-cursor');
    expect((await get(`${path}?limit=${FLOW_CLAIMS_MAX + 1}`)).status).toBe(400);
    expect((await get(`/api/v1/flows?claims=${FLOW_CLAIMS_MAX + 1}`)).status).toBe(400);
  });
});

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1 and covers every API route', async () => {
    const { status, body } = await get('/api/v1/openapi.json');
    expect(status).toBe(200);
    const result = await new Validator().validate(body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const documented = Object.entries(
      body.paths as Record<string, Record<string, unknown>>,
    ).flatMap(([path, operations]) =>
      Object.keys(operations).map(
        (method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/gu, ':$1')}`,
      ),
    );
    const served = fixture.app.apiRoutes.filter(
      (route) => !route.includes('/docs') && !route.endsWith('/openapi.json'),
    );
    expect(served.length).toBeGreaterThan(15);
    expect([...documented].sort()).toEqual([...served].sort());
  });

  it('documents a response schema and the error shape for every operation', async () => {
    const { body } = await get('/api/v1/openapi.json');
    for (const operations of Object.values(
      body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>,
    )) {
      for (const operation of Object.values(operations)) {
        expect(operation.responses).toHaveProperty('200');
        expect(operation.responses).toHaveProperty('400');
      }
    }
  });

  it('documents the request body of every POST, uploads included', async () => {
    const { body } = await get('/api/v1/openapi.json');
    const posts = Object.entries(
      body.paths as Record<string, { post?: { requestBody?: { content: object } } }>,
    )
      .filter(([, operations]) => operations.post)
      .map(([path, operations]) => [
        path,
        Object.keys(operations.post?.requestBody?.content ?? {}),
      ]);
    expect(posts.length).toBeGreaterThan(5);
    for (const [path, types] of posts) expect(types, String(path)).not.toEqual([]);
    expect(Object.fromEntries(posts)['/api/v1/ingest/file']).toContain('multipart/form-data');
  });

  it('serves the docs page and its assets from this server, with nothing from a CDN', async () => {
    const page = await fixture.app.inject('/api/v1/docs/static/index.html');
    const html =
      page.statusCode === 302
        ? (await fixture.app.inject(page.headers.location as string)).body
        : page.body;
    const index = (await fixture.app.inject('/api/v1/docs')).body;
    for (const text of [html, index]) {
      expect(text).toContain('swagger-ui');
      expect(text).not.toMatch(/(?:src|href)="https?:/u);
    }
    const init = await fixture.app.inject('/api/v1/docs/static/swagger-initializer.js');
    expect(init.statusCode).toBe(200);
    // Swagger UI fetches the document and a validator badge unless told not to: neither leaves.
    expect(init.body).toContain('"validatorUrl":null');
    for (const cdn of ['unpkg', 'jsdelivr', 'cdnjs', 'googleapis', 'validator.swagger.io']) {
      expect(init.body).not.toContain(cdn);
    }
  });
});
