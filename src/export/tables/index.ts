// The tables `chronicle export --type` offers.
import { claimsTable } from './claims.js';
import { documentsTable } from './documents.js';
import { entitiesTable } from './entities.js';
import { eventsTable } from './events.js';
import { figuresTable, quotesTable } from './facts.js';
import type { AnyTable } from './table.js';

export const TABLES = {
  documents: documentsTable,
  entities: entitiesTable,
  events: eventsTable,
  figures: figuresTable,
  quotes: quotesTable,
  claims: claimsTable,
} satisfies Record<string, AnyTable>;

export type ExportType = keyof typeof TABLES;
export const EXPORT_TYPES = Object.keys(TABLES) as ExportType[];
