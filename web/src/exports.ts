import { toCsv, toJsonRecords, type Column } from './csv.ts';
import { h, type Child } from './dom.ts';

/** Saves text or a blob as a file through a temporary link: nothing leaves the browser. */
export function download(options: {
  readonly name: string;
  readonly data: Blob | string;
  readonly type: string;
}): void {
  const blob =
    typeof options.data === 'string'
      ? new Blob([options.data], { type: options.type })
      : options.data;
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: options.name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A table column that may also render its cell as nodes (a link, a mark) while exporting text. */
export interface TableColumn<T> extends Column<T> {
  readonly render?: (row: T) => Child;
  readonly className?: string;
}

export interface TableOptions<T> {
  /** The file name stem of its exports, e.g. "claims". */
  readonly name: string;
  readonly columns: readonly TableColumn<T>[];
  readonly rows: readonly T[];
  readonly caption?: string;
  readonly onRow?: (row: T) => void;
  readonly rowClass?: (row: T) => string;
  readonly empty?: string;
}

/**
 * A table with CSV and JSON exports of exactly the rows it shows. Cells are text nodes unless a
 * column renders its own nodes; CSV cells that a spreadsheet would run as formulas are defused.
 */
export function dataTable<T>(options: TableOptions<T>): HTMLElement {
  const { columns, rows, name } = options;
  const toolbar = h(
    'div',
    { class: 'toolbar' },
    options.caption === undefined ? null : h('span', { class: 'caption' }, options.caption),
    h(
      'button',
      {
        type: 'button',
        class: 'export',
        'data-export': 'csv',
        onclick: () =>
          download({ name: `${name}.csv`, data: toCsv(rows, columns), type: 'text/csv' }),
      },
      'CSV',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'export',
        'data-export': 'json',
        onclick: () =>
          download({
            name: `${name}.json`,
            data: toJsonRecords(rows, columns),
            type: 'application/json',
          }),
      },
      'JSON',
    ),
  );
  const head = h('tr', {}, ...columns.map((column) => h('th', { scope: 'col' }, column.header)));
  const body = h('tbody');
  for (const row of rows) {
    const onRow = options.onRow;
    const tr = h('tr', {
      class: `${onRow ? 'clickable ' : ''}${options.rowClass?.(row) ?? ''}`.trim() || null,
      tabindex: onRow ? 0 : null,
    });
    if (onRow) {
      tr.addEventListener('click', (event) => {
        if ((event.target as Element).closest('a, button, input') === null) onRow(row);
      });
      tr.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') onRow(row);
      });
    }
    for (const column of columns) {
      const value = column.value(row);
      const content = column.render
        ? column.render(row)
        : value === null || value === undefined
          ? ''
          : String(value);
      tr.append(h('td', { class: column.className ?? null }, content));
    }
    body.append(tr);
  }
  const table =
    rows.length === 0
      ? h('p', { class: 'empty' }, options.empty ?? 'Nothing to show.')
      : h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, head), body));
  return h('section', { class: 'data-table', 'data-table': name }, toolbar, table);
}
