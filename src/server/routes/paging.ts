import type { Page } from '../api-types.js';

export function pageOf<T>(items: T[], limit: number, offset: number): Page<T> {
  return { total: items.length, limit, offset, items: items.slice(offset, offset + limit) };
}
