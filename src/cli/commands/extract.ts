import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { readDocument } from '../../app/read-document.ts';
import type { ClaimsDocument, ExtractedClaim, Period } from '../../domain/index.ts';
import { extract } from '../../extract/index.ts';
import { columns, truncate } from '../format.ts';
import { partialDateOption, say, sayJson } from '../context.ts';

interface ExtractFlags {
  readonly published?: string;
  readonly json?: boolean;
}

/** Plain-text formats whose claim spans must index the file exactly as it is on disk. */
const EXACT_TEXT = new Set(['.txt', '.md', '.markdown']);

const amount = (claim: ExtractedClaim): string => {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (claim.value !== null) return n(claim.value);
  if (claim.low !== null && claim.high !== null) return `${n(claim.low)}–${n(claim.high)}`;
  if (claim.low !== null) return `≥${n(claim.low)}`;
  return claim.high !== null ? `≤${n(claim.high)}` : '?';
};

const period = (p: Period | null): string => {
  if (!p) return '-';
  const range = p.start || p.end ? `${p.start ?? '…'}..${p.end ?? '…'}` : '';
  return [range, p.per ? `per ${p.per}` : ''].filter(Boolean).join(' ') || '-';
};

function table(result: ClaimsDocument): string[] {
  const lines: string[] = [];
  lines.push(`${result.claims.length} claims, ${result.events.length} events`);
  if (result.claims.length > 0) {
    lines.push('');
    const rows = [['amount', 'unit', 'qualifier', 'category', 'flow', 'period', 'source', 'text']];
    for (const c of result.claims) {
      rows.push([
        amount(c),
        c.unit,
        c.qualifier,
        c.category,
        `${c.from ?? '?'}→${c.to ?? '-'}`,
        period(c.period),
        truncate(c.attribution?.name ?? '-', 28),
        truncate(c.text, 48),
      ]);
    }
    lines.push(...columns(rows));
  }
  if (result.events.length > 0) {
    lines.push('');
    const rows = [['date', 'type', 'actors', 'text']];
    for (const e of result.events) {
      rows.push([e.date, e.type, truncate(e.actors.join(', ') || '-', 30), truncate(e.text, 60)]);
    }
    lines.push(...columns(rows));
  }
  return lines;
}

export function register(program: Command): void {
  program
    .command('extract')
    .summary('print the quantity claims and dated events of one file')
    .description(
      'Read one .txt, .md, .html or .pdf file and print every quantity claim and dated event in it, ' +
        'in the claims/1 format with --json. Nothing is stored.',
    )
    .argument('<file>', 'the document to read')
    .option(
      '--published <date>',
      'publication date that relative dates resolve against (YYYY[-MM[-DD]])',
      partialDateOption,
    )
    .option('--json', 'print one claims/1 JSON object')
    .action(async (file: string, flags: ExtractFlags) => {
      // readDocument checks size, encoding and binary content with one-line errors naming the file.
      const document = await readDocument(file);
      const text = EXACT_TEXT.has(extname(file).toLowerCase())
        ? await readFile(file, 'utf8')
        : document.text;
      const result = extract({
        text,
        published: flags.published ?? document.published ?? null,
        title: document.title,
      });
      if (flags.json) sayJson(result);
      else for (const line of table(result)) say(line);
    });
}
