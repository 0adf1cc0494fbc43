// The pipeline's stages by name, apart from the pipeline itself: code that only names a stage
// (the CLI's --until, the ingest pool) does not load every stage's modules to do it.
export const STAGES = ['extract', 'segment', 'syntax', 'entities', 'places', 'time', 'facts'] as const;
export type StageName = (typeof STAGES)[number];
