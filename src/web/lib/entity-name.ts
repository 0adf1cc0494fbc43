// The name a link's entity key stands for. A link may carry a key this knowledge base lacks
// (another database's, or one merged away): the pages that filter by it leave it out and name it.
import { api, ApiError } from './api.js';

/** The entity's name, or null when no entity has this key (an error other than "not found" is the page's to show). */
export async function entityName(key: string): Promise<string | null> {
  return api.entity(key, 1).then((e) => e.name, (err: unknown) => {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  });
}
