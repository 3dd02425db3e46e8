import type { Category, Claim, Document, DocumentId, Qualifier, Stage } from '../domain/index.ts';
import type { DocumentBundle } from '../store/index.ts';
import { documentIdOf } from './document-text.ts';

/**
 * Synthetic reporting for benchmarks and scale tests: articles assembled from sentence templates
 * written for Tally (no publisher's wording), with figures, sources, dates and countries drawn
 * from a seeded generator, so the same seed always gives the same workspace.
 */

/** mulberry32: tiny, fast and good enough to vary figures; not for anything secret. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
const between = (random: Random, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));

const SOURCES = [
  "South Korea's intelligence service",
  'Ukrainian military intelligence',
  'a senior US official',
  'an open-source monitoring group',
  'analysts reviewing satellite images',
  "Japan's defence ministry",
  'a European think tank',
  'a NATO spokesperson',
  'researchers who track rail freight',
  'a lawmaker briefed by the spy agency',
] as const;

const PUBLISHERS = [
  'Tally Synthetic Wire',
  'Harbour Evening Post',
  'Northern Ledger',
  'Capital Review',
  'Frontier Daily',
  'Coastline Times',
] as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const SENDERS = [
  { code: 'PRK', name: 'North Korea', adjective: 'North Korean' },
  { code: 'IRN', name: 'Iran', adjective: 'Iranian' },
  { code: 'BLR', name: 'Belarus', adjective: 'Belarusian' },
] as const;

/** A claim a template states, before ids and review fields are added. */
interface TemplateClaim {
  readonly figure: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: Qualifier;
  readonly unit: string;
  readonly category: Category;
  readonly from: string | null;
  readonly to: string | null;
  readonly stage: Stage;
}

/** One sentence: text before the figure, the figure's claim, text after. */
interface TemplateSentence {
  readonly before: string;
  readonly claim: TemplateClaim;
  readonly after: string;
}

interface Context {
  readonly random: Random;
  readonly source: string;
  readonly year: number;
  readonly month: string;
}

const grouped = (n: number): string => n.toLocaleString('en-US');

const TEMPLATES: readonly ((context: Context) => TemplateSentence)[] = [
  ({ random, source, month, year }) => {
    const n = between(random, 20, 150) * 100;
    const sender = pick(random, SENDERS);
    return {
      before: `${capitalize(source)} said ${sender.name} had sent `,
      claim: claimOf({
        figure: `about ${grouped(n)} troops`,
        value: n,
        qualifier: 'approx',
        unit: 'person',
        category: 'personnel',
        from: sender.code,
        to: 'RUS',
        stage: 'delivered',
      }),
      after: ` to Russia by ${month} ${year}.`,
    };
  },
  ({ random, source, month, year }) => {
    const n = between(random, 5, 300) * 100;
    return {
      before: `According to ${source}, `,
      claim: claimOf({
        figure: `some ${grouped(n)} shipping containers`,
        value: n,
        qualifier: 'approx',
        unit: 'container',
        category: 'munitions',
        from: 'PRK',
        to: 'RUS',
        stage: 'delivered',
      }),
      after: ` of munitions crossed the border by rail before ${month} ${year}.`,
    };
  },
  ({ random, source, year }) => {
    const millions = between(random, 5, 60) / 10;
    return {
      before: `${capitalize(source)} estimated that North Korea delivered `,
      claim: claimOf({
        figure: `${millions} million artillery shells`,
        value: millions * 1_000_000,
        qualifier: 'exact',
        unit: 'shell',
        category: 'munitions',
        from: 'PRK',
        to: 'RUS',
        stage: 'estimated',
      }),
      after: ` during ${year}.`,
    };
  },
  ({ random, source, month, year }) => {
    const n = between(random, 10, 120) * 10_000;
    return {
      before: 'Russia supplied ',
      claim: claimOf({
        figure: `more than ${grouped(n)} barrels of oil`,
        value: n,
        qualifier: 'more_than',
        unit: 'barrel',
        category: 'oil',
        from: 'RUS',
        to: 'PRK',
        stage: 'delivered',
      }),
      after: ` to North Korea in ${month} ${year}, ${source} reported.`,
    };
  },
  ({ random, source }) => {
    const n = between(random, 10, 250);
    const sender = pick(random, SENDERS);
    return {
      before: `${capitalize(source)} counted `,
      claim: claimOf({
        figure: `at least ${n} ballistic missiles`,
        value: n,
        qualifier: 'at_least',
        unit: 'missile',
        category: 'missiles',
        from: sender.code,
        to: 'RUS',
        stage: 'delivered',
      }),
      after: ` of ${sender.adjective} make launched at Ukrainian cities.`,
    };
  },
  ({ random, source, year }) => {
    const n = between(random, 2, 90) * 1_000;
    return {
      before: '',
      claim: claimOf({
        figure: `Up to ${grouped(n)} tonnes of grain`,
        value: n,
        qualifier: 'up_to',
        unit: 'tonne',
        category: 'food',
        from: 'RUS',
        to: 'PRK',
        stage: 'pledged',
      }),
      after: ` were promised to Pyongyang for ${year}, ${source} said.`,
    };
  },
  ({ random, source, year }) => {
    const n = between(random, 5, 900);
    return {
      before: `${capitalize(source)} put Moscow's payments to Pyongyang at `,
      claim: claimOf({
        figure: `$${n} million`,
        value: n * 1_000_000,
        qualifier: 'exact',
        unit: 'usd',
        category: 'money',
        from: 'RUS',
        to: 'PRK',
        stage: 'estimated',
      }),
      after: ` over ${year}.`,
    };
  },
  ({ random, source }) => {
    const low = between(random, 10, 60) * 100;
    const high = low + between(random, 5, 40) * 100;
    return {
      before: '',
      claim: {
        figure: `Between ${grouped(low)} and ${grouped(high)} North Korean soldiers`,
        value: null,
        low,
        high,
        qualifier: 'range',
        unit: 'person',
        category: 'casualties',
        from: 'PRK',
        to: null,
        stage: 'estimated',
      },
      after: ` were killed or wounded in Kursk, ${source} estimated.`,
    };
  },
];

const FILLER = [
  'Officials in Seoul gave no further detail.',
  'The figures could not be checked independently.',
  'Moscow and Pyongyang have denied any transfer of arms.',
  'Rail traffic across the Tumen River bridge has grown since the summit.',
  'Analysts cautioned that estimates of this kind are often revised.',
  'The ministry did not say how the count was made.',
  'Earlier estimates had been considerably lower.',
  'Satellite pictures showed cargo ships waiting at the port of Rajin.',
] as const;

function claimOf(fields: Omit<TemplateClaim, 'low' | 'high'>): TemplateClaim {
  return { ...fields, low: null, high: null };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A synthetic article: its Markdown file and the claims its sentences state. */
export interface SyntheticArticle {
  /** A file name unique within one seed, e.g. `article-000042.md`. */
  readonly fileName: string;
  readonly title: string;
  readonly publisher: string;
  readonly published: string;
  /** The whole file: front matter, heading and paragraphs. */
  readonly markdown: string;
  /** What each figure in the text states, with its span in `markdown`. */
  readonly claims: readonly (TemplateClaim & { readonly span: [number, number] })[];
  readonly attributions: readonly string[];
}

export interface SyntheticArticleOptions {
  readonly seed: number;
  /** The article's number within the seed; the same seed and index give the same article. */
  readonly index: number;
  /** How many sentences carry a figure. */
  readonly claims: number;
  /** Filler is added until the file reaches about this many bytes (0: none). */
  readonly targetBytes?: number;
}

/**
 * Builds one article deterministically from (seed, index).
 * @example syntheticArticle({ seed: 1, index: 0, claims: 8 }).markdown.startsWith('---')
 */
export function syntheticArticle(options: SyntheticArticleOptions): SyntheticArticle {
  const random = createRandom(options.seed * 1_000_003 + options.index);
  const year = between(random, 2023, 2025);
  const monthIndex = between(random, 0, 11);
  const day = between(random, 1, 28);
  const published = `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const publisher = pick(random, PUBLISHERS);
  const title = `Exchange report ${options.seed}-${options.index}: ${pick(random, ['shells', 'troops', 'oil', 'missiles', 'money'])} and more`;
  let markdown = `---\ntitle: "${title}"\npublisher: ${publisher}\ndate: ${published}\n---\n\n# ${title}\n\n`;
  const claims: (TemplateClaim & { span: [number, number] })[] = [];
  const attributions: string[] = [];
  for (let n = 0; n < options.claims; n++) {
    const source = pick(random, SOURCES);
    const month = MONTHS[between(random, 0, 11)] ?? 'May';
    const sentence = pick(random, TEMPLATES)({ random, source, year, month });
    const start = markdown.length + sentence.before.length;
    claims.push({ ...sentence.claim, span: [start, start + sentence.claim.figure.length] });
    attributions.push(source);
    markdown += `${sentence.before}${sentence.claim.figure}${sentence.after} `;
    markdown += `${pick(random, FILLER)}\n\n`;
  }
  const target = options.targetBytes ?? 0;
  while (Buffer.byteLength(markdown) < target) {
    markdown += `${pick(random, FILLER)} ${pick(random, FILLER)} ${pick(random, FILLER)}\n\n`;
  }
  return {
    fileName: `article-${String(options.index).padStart(6, '0')}.md`,
    title,
    publisher,
    published,
    markdown,
    claims,
    attributions,
  };
}

/** Roughly how the bench seed mixes review states: most claims still await a reviewer. */
const STATUS_SHARES = [
  { status: 'proposed', share: 0.6 },
  { status: 'accepted', share: 0.3 },
  { status: 'rejected', share: 0.1 },
] as const;

/**
 * The records an article becomes when stored without running the extractor: the claims are the
 * ones the templates state, so a seed of N claims costs inserts only. Ids follow `buildBundle`'s
 * pattern (`<12 hex of the document id>-c<n>`).
 */
export function syntheticBundle(input: {
  readonly article: SyntheticArticle;
  readonly now: string;
}): DocumentBundle {
  const { article, now } = input;
  const id: DocumentId = documentIdOf(article.markdown);
  const document: Document = {
    id,
    title: article.title,
    publisher: article.publisher,
    author: null,
    url: `https://example.org/synthetic/${article.fileName}`,
    published: article.published,
    language: 'en',
    format: 'markdown',
    source: article.fileName,
    text: article.markdown,
    ingestedAt: now,
  };
  const random = createRandom(Number.parseInt(id.slice(0, 8), 16));
  const prefix = id.slice(0, 12);
  const claims: Claim[] = article.claims.map((claim, index) => {
    const roll = random();
    let cumulative = 0;
    const status =
      STATUS_SHARES.find((entry) => (cumulative += entry.share) > roll)?.status ?? 'proposed';
    return {
      span: claim.span,
      text: claim.figure,
      value: claim.value,
      low: claim.low,
      high: claim.high,
      qualifier: claim.qualifier,
      unit: claim.unit,
      category: claim.category,
      from: claim.from,
      to: claim.to,
      period: { start: article.published.slice(0, 4), end: null, per: null },
      stage: claim.stage,
      attribution: { name: null, affiliation: article.attributions[index] ?? null },
      id: `${prefix}-c${index + 1}`,
      documentId: id,
      status,
      reviewer: status === 'proposed' ? null : 'bench-seed',
      createdAt: now,
      updatedAt: now,
    };
  });
  return { document, claims, events: [] };
}
