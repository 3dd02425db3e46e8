/** What `h` takes as a child: text (always set as text, never parsed as HTML), a node, or nothing. */
export type Child = Node | string | number | null | undefined | false;

export interface Attributes {
  readonly [name: string]: string | number | boolean | null | undefined | ((event: Event) => void);
}

/**
 * An element with attributes and children. Strings become text nodes, so a quote holding
 * `<script>` shows as those characters; `on*` functions become listeners (the CSP forbids inline
 * handlers); `false`, null and undefined attributes are left out.
 * @example h('a', { href: '/claims', class: 'link' }, 'Claims')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends children as `h` does: strings as text nodes. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content with the given children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A labelled form control in one line. */
export function field(label: string, control: HTMLElement): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}

/** A select with its options; the current value selected. */
export function select(options: {
  readonly name: string;
  readonly values: readonly (readonly [string, string])[];
  readonly current: string;
}): HTMLSelectElement {
  const element = h('select', { name: options.name });
  for (const [value, label] of options.values) {
    element.append(h('option', { value, selected: value === options.current }, label));
  }
  return element;
}

/** Shows a short message in the status line for a few seconds. */
export function toast(message: string, kind: 'info' | 'error' = 'info'): void {
  const box = document.getElementById('toast');
  if (box === null) return;
  box.textContent = message;
  box.className = `show ${kind}`;
  window.clearTimeout(Number(box.dataset.timer));
  box.dataset.timer = String(window.setTimeout(() => (box.className = ''), 4000));
}
