/**
 * Where a listing page sits in its results, and where the pages before and after it start. At a
 * million claims the API stops counting at a bound (`totalCapped`): the total is then a floor,
 * shown as "1,000+", and there is a next page whenever this one came back full.
 */
export interface PagerInput {
  readonly offset: number;
  readonly size: number;
  /** Items on this page. */
  readonly shown: number;
  readonly total: number;
  readonly totalCapped: boolean;
}

export interface Pager {
  readonly caption: string;
  readonly previous: number | null;
  readonly next: number | null;
}

const count = (n: number) => n.toLocaleString('en-US');

export function pager(input: PagerInput): Pager {
  const { offset, size, shown, total, totalCapped } = input;
  const totalText = totalCapped ? `${count(total)}+` : count(total);
  const range = shown > 0 ? `, ${count(offset + 1)}–${count(offset + shown)} shown` : '';
  const whole = !totalCapped && offset === 0 && shown >= total;
  const more = totalCapped ? shown === size : offset + size < total;
  return {
    caption: `${totalText} claims${whole ? '' : range}`,
    previous: offset > 0 ? Math.max(0, offset - size) : null,
    next: more ? offset + size : null,
  };
}
