import type { Route } from './route.ts';

/** What a view may hand back: a function that undoes what it set up (listeners, charts). */
export type Cleanup = () => void;

/** A view draws itself into `root` for a route; `signal` aborts when the user moves on. */
export type View = (context: {
  readonly root: HTMLElement;
  readonly route: Route;
  readonly signal: AbortSignal;
}) => Promise<Cleanup | void>;

/** Moves to another URL inside the dashboard without a page load. */
export function navigate(url: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new Event('tally:navigate'));
}

/** Records a view's new state in the URL (the permalink) without redrawing the view. */
export function remember(url: string): void {
  history.replaceState(null, '', url);
}
