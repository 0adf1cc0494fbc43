// Curation controls: the write token (kept for this browser tab only), posting decisions, undo,
// and refreshing the view once the server has re-merged events.
import type { Curation, UserAlias } from '../../store/interface.js';
import type { CurationList } from '../../server/api-types.js';
import { api, ApiError } from './api.js';
import { h, type Child } from './dom.js';

const TOKEN_KEY = 'chronicle-write-token';

export type { Curation };

export function writeToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`api/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${writeToken() ?? ''}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }))) as T & { error?: string };
  if (res.status === 401 || res.status === 403) sessionStorage.removeItem(TOKEN_KEY);
  if (!res.ok) throw new ApiError(res.status, json.error ?? `${res.status} ${res.statusText}`);
  return json;
}

export const curationApi = {
  list: async (): Promise<CurationList> => (await fetch('api/curations')).json() as Promise<CurationList>,
  add: (c: Curation) => post<{ mentionsChanged: number; entityKey?: string }>('curations', c),
  undo: (c: Curation) => post<{ mentionsChanged: number }>('curations/undo', c),
  alias: (a: UserAlias) => post<{ mentionsChanged: number }>('aliases', a),
  undoAlias: (a: UserAlias) => post<{ mentionsChanged: number }>('aliases/undo', a),
};

/** Waits until merged events are recomputed after a change, then shows `hash` (or reloads the view).
 *  `corpus: false`: the change is in the stored annotations already (an entity's type, an alias, a
 *  place), so the view is shown at once; merged events and claims catch up in the background. */
export async function afterChange(hash?: string, opts: { corpus?: boolean } = {}): Promise<void> {
  for (let i = 0; opts.corpus !== false && i < 200; i++) {
    const o = await api.overview(true);
    if (!o.computing) break;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  if (hash && location.hash !== hash) location.hash = hash;
  else window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Runs a curation action, reporting failures in `status`. */
export function act(status: HTMLElement, work: () => Promise<void>): () => Promise<void> {
  return async () => {
    status.textContent = 'Saving…';
    try {
      await work();
    } catch (err) {
      status.textContent = err instanceof Error ? err.message : String(err);
    }
  };
}

/** The curation box of a view: a token form until a token is given, then the controls.
 *  `onEdit`: called when editing starts or stops (for views with controls outside the box). */
export function curationBox(title: string, controls: () => Child[], onEdit?: () => void): HTMLElement {
  const box = h('section', { class: 'section curation', 'aria-label': title }, h('h2', {}, title));
  const fill = () => {
    box.replaceChildren(h('h2', {}, title));
    if (writeToken()) {
      box.append(...(controls().filter(Boolean) as Node[]));
      box.append(h('p', { class: 'muted small' }, 'Your decisions are kept apart from what was extracted and survive re-ingesting. ',
        h('button', { type: 'button', class: 'linklike', onclick: () => (sessionStorage.removeItem(TOKEN_KEY), fill(), onEdit?.()) }, 'Stop editing')));
      return;
    }
    const input = h('input', { type: 'password', id: `token-${title.replace(/\W+/g, '-')}`, name: 'token', autocomplete: 'off', required: true });
    box.append(h('form', { class: 'token-form', onsubmit: (ev: SubmitEvent) => {
      ev.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, input.value);
      fill();
      onEdit?.();
    } }, h('label', { for: input.id }, 'Write token (from chronicle serve --token)'), input, h('button', { type: 'submit', class: 'button' }, 'Edit')));
  };
  fill();
  return box;
}

/** A stored decision with an Undo button. */
export function decisionRow(c: Curation, label: Child, status: HTMLElement, after?: string): HTMLElement {
  return h('li', { class: 'decision', 'data-relation': c.relation },
    h('span', {}, label), ' ',
    writeToken() ? h('button', { type: 'button', class: 'button small-button', onclick: act(status, async () => {
      await curationApi.undo(c);
      await afterChange(after, { corpus: !((c.kind === 'entity' && c.relation === 'type') || c.kind === 'place') });
    }) }, 'Undo') : null);
}
