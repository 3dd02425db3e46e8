import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { QUEUE_HELP, reviewClaim, type ReviewCommand } from '../src/app/index.ts';
import { openStore } from '../src/store/index.ts';
import { runCli, type CliRun } from './cli-support.ts';
import { documentId, makeClaim, makeDocument } from './store-support.ts';

const bin = fileURLToPath(new URL('../bin/tally.js', import.meta.url));

/** Runs the CLI with `input` piped to its stdin, as a script or a test drives `tally review`. */
function runWithInput(args: readonly string[], input: string): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.TALLY_WORKSPACE;
  delete env.TALLY_DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

// Our own sentences; the figures echo public reporting.
const TEXT =
  'Seoul said about 3,000 soldiers went north in 2024. ' +
  'The ministry put exports at $50 million in 2023.\n\n' +
  'Analysts counted more than 2,000 containers of shells.';
const DOC = documentId('cc33');
const quoted = (text: string) => {
  const start = TEXT.indexOf(text);
  return { span: [start, start + text.length] as [number, number], text };
};

let dir: string;
let counter = 0;
/** A fresh workspace holding one document and three proposed claims, c1 to c3 in text order. */
async function workspace(): Promise<string> {
  const folder = join(dir, `ws-${++counter}`);
  const store = await openStore({ workspace: folder, env: {} });
  try {
    await store.saveDocument({
      document: makeDocument({ id: DOC, text: TEXT, title: 'Three figures' }),
      claims: [
        makeClaim({
          id: 'c1',
          documentId: DOC,
          ...quoted('about 3,000 soldiers'),
          value: 3000,
          low: null,
          qualifier: 'approx',
          unit: 'person',
          category: 'personnel',
        }),
        makeClaim({
          id: 'c2',
          documentId: DOC,
          ...quoted('$50 million'),
          value: 5e7,
          low: null,
          qualifier: 'exact',
          unit: 'usd',
          category: 'trade',
          to: null,
          period: { start: '2023', end: '2023', per: null },
        }),
        makeClaim({
          id: 'c3',
          documentId: DOC,
          ...quoted('more than 2,000 containers'),
          value: 2000,
          low: null,
          qualifier: 'more_than',
          unit: 'container',
        }),
      ],
      events: [],
    });
  } finally {
    await store.close();
  }
  return folder;
}

/** Claim statuses read in process: spawning the CLI for every check would slow the suite. */
const statuses = async (ws: string) => {
  const store = await openStore({ workspace: ws, env: {} });
  try {
    return Object.fromEntries((await store.listClaims()).map((c) => [c.id, c.status]));
  } finally {
    await store.close();
  }
};

/** Review decisions made in process, where the CLI is not what a test is about. */
async function decide(ws: string, decisions: [string, ReviewCommand][]) {
  const store = await openStore({ workspace: ws, env: {} });
  try {
    for (const [claimId, action] of decisions)
      await reviewClaim({ store, claimId, action, reviewer: 'ana' });
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-review-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tally review driven through piped stdin', () => {
  let ws: string;
  beforeEach(async () => {
    ws = await workspace();
  });

  it('accepts, rejects, edits and undoes with one key per line, showing each quote highlighted', async () => {
    const run = await runWithInput(
      ['-w', ws, 'review', '--reviewer', 'ana'],
      ['?', 'a', 'r', 'e', 'to=UKR', 'a', 'u', 'q'].join('\n') + '\n',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 proposed claims to review.');
    expect(run.stdout).toContain('sentence: Seoul said »about 3,000 soldiers« went north in 2024.');
    expect(run.stdout).toContain(
      'paragraph: Seoul said about 3,000 soldiers went north in 2024. The ministry put exports at »$50 million« in 2023.',
    );
    expect(run.stdout).toContain(QUEUE_HELP);
    expect(run.stdout).toContain('Accepted c1.');
    expect(run.stdout).toContain('Rejected c2.');
    expect(run.stdout).toContain('Edited c3: to=UKR.');
    expect(run.stdout).toContain('Undid the last change to c3.');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Reviewed: 2 decided, 1 left proposed.');
    expect(await statuses(ws)).toEqual({ c1: 'accepted', c2: 'rejected', c3: 'proposed' });
    const store = await openStore({ workspace: ws, env: {} });
    const audit = await store.listAudit({ subjectId: 'c3' }).finally(() => store.close());
    expect(audit.map((e) => [e.action, e.actor])).toEqual([
      ['claim.edit', 'ana'],
      ['claim.undo', 'ana'],
    ]);
  });

  it('stops cleanly when the input ends without q, keeping what was decided', async () => {
    const run = await runWithInput(['-w', ws, 'review', '--reviewer', 'ana'], 's\nr\n');
    expect(run.code).toBe(0);
    expect(await statuses(ws)).toEqual({ c1: 'proposed', c2: 'rejected', c3: 'proposed' });
  });

  it('stays on the claim and says why when an edit is refused', async () => {
    const run = await runWithInput(['-w', ws, 'review', '--reviewer', 'ana'], 'e\nfrom=PRK\nq\n');
    expect(run.stdout).toContain(
      'claim c1: /changes changes nothing: every field already has that value',
    );
    expect(await statuses(ws)).toEqual({ c1: 'proposed', c2: 'proposed', c3: 'proposed' });
  });

  it('says so when there is nothing to review', async () => {
    await decide(ws, [
      ['c1', { kind: 'reject' }],
      ['c2', { kind: 'reject' }],
      ['c3', { kind: 'reject' }],
    ]);
    const run = await runWithInput(['-w', ws, 'review'], 'a\n');
    expect(run.stdout).toBe('No proposed claims to review.\n');
  });
});

describe('tally claims', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await workspace();
  });

  it('accepts and rejects several claims, keeping the reason in the audit trail', async () => {
    const run = await runCli([
      '-w',
      ws,
      'claims',
      'accept',
      'c1',
      'c3',
      '--reviewer',
      'bo',
      '--reason',
      'checked',
    ]);
    expect(run.stdout).toBe('c1: accepted\nc3: accepted\n');
    const show = await runCli(['-w', ws, 'claims', 'show', 'c1']);
    expect(show.stdout).toContain('claim c1 · accepted by bo');
    expect(show.stdout).toMatch(
      /^ {2}\S+ bo claim\.accept: status "proposed" → "accepted" \(reason: checked\)$/mu,
    );
  });

  it('edits fields given as options and lists the claim with its new figure', async () => {
    const run = await runCli([
      '-w',
      ws,
      'claims',
      'edit',
      'c2',
      '--value',
      '55,000,000',
      '--from',
      'prk',
      '--period',
      '2023..2023',
      '--reviewer',
      'bo',
    ]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('c2: edited\n');
    const list = await runCli(['-w', ws, 'claims', 'list', '--status', 'edited']);
    expect(list.stdout).toMatch(
      /^c2 +edited +trade +55,000,000 +usd +PRK→\? +2023\.\.2023 +\$50 million$/mu,
    );
  });

  it('refuses a bad field value in one line with exit code 2, changing nothing', async () => {
    const run = await runCli(['-w', ws, 'claims', 'edit', 'c1', '--from', 'North Korea']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^tally: claim c1: \/changes\/from [^\n]+\n$/u);
    expect(await statuses(ws)).toMatchObject({ c1: 'accepted' });
  });

  it('names an unknown claim (exit 4) and a refused decision (exit 5), one line each', async () => {
    const missing = await runCli(['-w', ws, 'claims', 'accept', 'nope']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toBe('tally: no claim has the id "nope"\n');
    const twice = await runCli(['-w', ws, 'claims', 'accept', 'c1']);
    expect(twice.code).toBe(5);
    expect(twice.stderr).toBe(
      'tally: claim c1: cannot accept claim c1: it is accepted (allowed: edit, undo)\n',
    );
  });

  it('refuses an unknown status filter', async () => {
    const run = await runCli(['-w', ws, 'claims', 'list', '--status', 'maybe']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'tally: --status "maybe" is not proposed, accepted, edited or rejected\n',
    );
  });
});

describe('tally reviews export and apply', () => {
  it('carries the decisions to a rebuilt workspace, then finds them already applied', async () => {
    const from = await workspace();
    await decide(from, [
      ['c1', { kind: 'accept' }],
      ['c2', { kind: 'reject' }],
      ['c3', { kind: 'edit', changes: { to: 'UKR' } }],
    ]);
    const file = join(dir, 'reviews.jsonl');
    const exported = await runCli(['-w', from, 'reviews', 'export', '--out', file]);
    expect(exported.stdout).toBe(`Exported 3 decisions to ${file}.\n`);
    expect((await readFile(file, 'utf8')).trimEnd().split('\n')).toHaveLength(3);

    const to = await workspace();
    const applied = await runCli(['-w', to, 'reviews', 'apply', file]);
    expect(applied.stdout).toBe('3 applied, 0 already applied, 0 conflicting, 0 unmatched\n');
    expect(await statuses(to)).toEqual({ c1: 'accepted', c2: 'rejected', c3: 'edited' });
    const again = await runCli(['-w', to, 'reviews', 'apply', file]);
    expect(again.stdout).toBe('0 applied, 3 already applied, 0 conflicting, 0 unmatched\n');
  });

  it('refuses a malformed file in one line naming the line, applying nothing', async () => {
    const ws = await workspace();
    const file = join(dir, 'bad.jsonl');
    await writeFile(
      file,
      `{"document":"${DOC}","span":[0,5],"text":"Seoul","decision":"reject"}\nnot json\n`,
    );
    const run = await runCli(['-w', ws, 'reviews', 'apply', file]);
    expect(run.code).toBe(6);
    expect(run.stderr).toMatch(
      new RegExp(`^tally: ${file.replaceAll('.', '\\.')}: line 2 is not JSON: [^\\n]+\\n$`, 'u'),
    );
    expect(await statuses(ws)).toEqual({ c1: 'proposed', c2: 'proposed', c3: 'proposed' });
  });

  it('names a missing file', async () => {
    const ws = await workspace();
    const run = await runCli(['-w', ws, 'reviews', 'apply', join(dir, 'none.jsonl')]);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`tally: ${join(dir, 'none.jsonl')}: no such file\n`);
  });
});

describe('tally flows and assumptions', () => {
  it('lists a flow with its range, claims, origins and outlets', async () => {
    const ws = await workspace();
    await decide(ws, [
      ['c1', { kind: 'accept' }],
      ['c3', { kind: 'accept' }],
    ]);
    const run = await runCli(['-w', ws, 'flows', '--rule', 'pooled']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^personnel \(person\) PRK → RUS, /mu);
    expect(run.stdout).toMatch(
      /^ {2}[\d,]+ \([\d,]+ to [\d,]+\) person \[pooled\] · 1 claim, 1 independent origin, 1 outlet$/mu,
    );
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('2 flows');
    const bad = await runCli(['-w', ws, 'flows', '--rule', 'loudest']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^tally: option '--rule <rule>' argument 'loudest' is invalid\. expected conservative or pooled/u,
    );
  });

  it('lists the assumptions with their sources, and a scenario’s overrides', async () => {
    const plain = await runCli(['assumptions']);
    expect(plain.stdout).toMatch(/^rounds_per_container: /mu);
    expect(plain.stdout).toMatch(/^ {2}source: /mu);
    const scenario = join(dir, 'scenario.json');
    await writeFile(
      scenario,
      JSON.stringify({
        name: 'big stockpile',
        assumptions: { shell_stockpile: { kind: 'uniform', low: 5e7, high: 2e8 } },
      }),
    );
    const run = await runCli(['assumptions', '--scenario', scenario]);
    expect(run.stdout).toContain('(overridden by scenario "big stockpile")');
    await writeFile(
      scenario,
      JSON.stringify({ assumptions: { shells_per_goat: { kind: 'point', value: 1 } } }),
    );
    const bad = await runCli(['assumptions', '--scenario', scenario]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      new RegExp(
        `^tally: ${scenario.replaceAll('.', '\\.')}: /assumptions/shells_per_goat is not an assumption`,
        'u',
      ),
    );
  });
});
