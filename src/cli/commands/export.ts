import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags } from '../args.js';
import { createProgress } from '../progress.js';
import { withStore } from '../store.js';
import { DEFAULT_TYPE, EXPORT_FORMATS, EXPORT_TYPES, FILE_EXTENSIONS, GRAPH_EDGES, openOutput, runExport, type ExportFormat, type ExportType, type GraphEdges } from '../../export/index.js';
import { destinationProblem } from '../../export/output.js';
import { documentIdOf } from '../find-document.js';
import { TABLES } from '../../export/tables/index.js';

const command: Command = {
  summary: 'Export the knowledge base as JSON Lines, CSV, FollowTheMoney or GraphML',
  usage: `Usage: chronicle export --format jsonl|csv|ftm|graphml --out PATH [--type T]
       [--doc ID] [--event-type T] [--entity-type T] [--edges KIND] [--db FILE]

Formats:
  jsonl     one JSON record per line with every field and span, marked
            {"chronicle": KIND, "version": 1} (U+2028, U+2029 and U+0085 in a
            text are written as \\u escapes, as in ftm, so that no line reader,
            Node's readline or Python's splitlines, cuts a record in two).
            --type documents (default) writes whole documents with their
            annotations; \`chronicle ingest\` of such a file restores the same
            knowledge base elsewhere. The other types write one record per
            entity, event, figure, quote or claim. A span is {start, end} in the
            cleaned text of the document its record (or report) names by docId:
            text.slice(start, end) is the cited words (JavaScript string
            offsets, UTF-16 code units).
  csv       RFC 4180 (CRLF rows; a cell with a line break, quote, comma,
            semicolon or tab is quoted), a header row, UTF-8 with a byte-order
            mark, so that Excel opens it with a double-click and LibreOffice and
            Google Sheets read it as UTF-8 (in Python read it with
            encoding="utf-8-sig"; pandas drops the mark itself).
            --type events (default): one row per real-world event (reports
            merged across documents, conflict-data columns: date, type, actors,
            targets, place, country, coordinates, killed/injured/detained…,
            sources, evidence). killed/injured/detained/arrested/prosecuted are
            numbers to sum: the lowest any report gives; count_qualifiers says
            which of them are bounds ("killed: at least"), counts_reported
            every report's differing values ("killed: at least 12 or 17"),
            conflicts where the reports disagree (date, place, counts) as
            \`events --merged\` shows it; evidence_spans where each evidence
            sentence is (DOC:START-END, in evidence's order); copies how many
            of source_count are near-duplicate copies of another source (one
            wire story on two sites; empty when none); attributed_to who each
            report is according to ([DOC] name; a description as written, in
            quotation marks, "(not identified)"), attributed_entities their
            entities, attribution_spans where those words are (DOC:START-END);
            title what the timeline and the event page call the event
            ("Attack in Goma"; title in jsonl).
            entities, figures, quotes, claims and documents are also available.
            figures: doc, value, qualifier, what, source, evidence, start, end,
            text, vague_words, unit (ISO currency code, percent, a measure such
            as kg, or the counted noun; empty when none) and change (up, down,
            none), then qualifier_words (a bound as the source wrote it,
            "nearly", when not how qualifier reads), then source_text,
            source_entity, source_start and source_end: source is the name
            \`chronicle figures\` shows (for a figure in reported speech, the
            speaker of that quote), source_text the words as written,
            source_entity the person's or body's entity id (empty for a
            description, "officials"), source_start and source_end where those
            words are (claims end with the same four). A quote's text, here and
            in jsonl, ends before the comma that leads to its cue ("…their
            eyes," she said); end moves with it. quotes: ${TABLES.quotes.columns.join(', ')}. claims: ${TABLES.claims.columns.join(', ')}. documents: ${TABLES.documents.columns.join(', ')}. start and end count
            in the document's cleaned text, as in jsonl.
            In entities, documents counts an article two sites carry once (as
            chronicle entities and the web pages do) and the last column,
            copies, the further copies (empty when none).
            Text cells starting with = + - @ get a leading ' so spreadsheets do
            not run them. A date without a year is written with its year
            unspecified, XXXX-01-28 (EDTF; ISO's --01-28 starts with "-", and
            Excel reads it as arithmetic, -27).
  ftm       FollowTheMoney entities (Article, Person, Organization, Address,
            Event, Mention, Documentation) as JSON lines, for Aleph and other
            FtM tools. An Event's name is its title on the timeline and its date
            ("Attack in Goma, 2025-02-13"). FtM has no count property: an Event's counts are in its
            summary ("Counts as reported: killed: at least 12 or 17"), a range
            written as one date ends at its endDate; an Event no article states
            as fact says how they state it in its name and summary
            ("Conviction (only a possibility)"), and whom its reports are according to ("According to: Interior Ministry"). A place's Mention has no
            "resolved" (FtM resolves a Mention only to a legal entity); each
            resolved place is an Address (a city or region also in its city or
            region field, with its country code), and an Event links its place's
            Address as addressEntity. A Documentation links each article to every
            person, organisation and place it names (role "mentioned", or
            "credit line" for a name only in its byline or credit line), which
            Aleph lists on both pages; an Article has its language (ISO 639-3).
            Ids are a hash of Chronicle's ids, the same in every export, so
            loading a later export into the same Aleph collection updates its
            entities instead of adding copies. FtM has no field for a span: the
            evidence sentences are in an Event's description, the spans in
            jsonl.
            A short form made of a name's own words ("Orlov" of "Pavel Orlov")
            is a weakAlias, which Aleph never matches on; other names (an
            acronym, a full name) are aliases.
  graphml   entity graph for Gephi/yEd: co-mention edges (weight = shared
            documents) and actor → target event edges (weight = events;
            eventTypes their types, events their titles as the timeline gives
            them: "Arrest of Dmytro Karpenko in Barcelona"); node
            documents and co-mention weights count an article two sites carry
            once, as the web graph does. With both kinds the graph is mixed
            (undirected, event edges directed="true"), which Gephi, yEd and
            Cytoscape read; networkx's read_graphml refuses a mixed graph: give
            it --edges co-mention (undirected) or --edges event-role (directed).

Options:
  --out PATH          file to write (written as PATH.partial, renamed when
                      complete); - for stdout
  --type T            what to write (jsonl and csv), one table per file:
                      ${EXPORT_TYPES.join(', ')}
  --doc ID            only this document (repeatable; id, id prefix of 6 or
                      more characters, source path, its end or its base name;
                      a name several documents share is refused with them)
  --event-type T      only events of this type (documents: those reporting one)
  --entity-type T     only entities of this type: PER, ORG, LOC, MISC
                      (documents: those naming one)
  --edges KIND        graphml only: all (default), co-mention or event-role
  --db FILE           database (default ./chronicle.db or $CHRONICLE_DB)

Examples: chronicle export --format csv --type events --out events.csv
          chronicle export --format jsonl --out backup.jsonl
          (restore: chronicle ingest backup.jsonl)`,
  async run(argv) {
    const { values } = parseFlags(
      argv,
      {
        db: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        type: { type: 'string' },
        doc: { type: 'string', multiple: true },
        'event-type': { type: 'string' },
        'entity-type': { type: 'string' },
        edges: { type: 'string' },
      },
      false,
    );
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    if (!values.out) throw new UsageError('--out PATH is required (- for stdout)');
    // before the export, not after it; a folder is answered with a file name for the format ("export.csv")
    const problem = destinationProblem(values.out, FILE_EXTENSIONS[format]);
    if (problem) throw new Error(`cannot export to --out ${values.out}: ${problem}`);
    const type = values.type as ExportType | undefined;
    if (type !== undefined) {
      if (format === 'ftm' || format === 'graphml') throw new UsageError(`--type applies to jsonl and csv; ${format} exports the whole graph`);
      if (!EXPORT_TYPES.includes(type)) throw new UsageError(`--type must be one of ${EXPORT_TYPES.join(', ')}`);
    }
    const edges = values.edges as GraphEdges | undefined;
    if (edges !== undefined) {
      if (format !== 'graphml') throw new UsageError(`--edges applies to graphml only`);
      if (!GRAPH_EDGES.includes(edges)) throw new UsageError(`--edges must be one of ${GRAPH_EDGES.join(', ')}`);
    }
    const entityType = values['entity-type']?.toUpperCase();
    const filters = { eventType: values['event-type'], entityType };
    const toStdout = values.out === '-';
    // The bar goes to stderr; it would only garble a terminal that also shows the export itself.
    const progress = createProgress(`export ${format}`, null, process.stderr.isTTY === true && !(toStdout && process.stdout.isTTY));
    const out = openOutput(values.out);
    try {
      const { written } = await withStore(values.db, async (store) => {
        // --doc as show and the listings read it: a name several documents fit is refused with them
        const docs = [];
        for (const name of values.doc ?? []) docs.push(await documentIdOf(store, name));
        return runExport(store, out, { format, type, filters: { ...filters, ...(docs.length ? { docs } : {}) }, progress, ...(edges ? { edges } : {}) });
      });
      await out.close();
      progress.done();
      if (!toStdout) {
        const what = format === 'jsonl' || format === 'csv' ? `${type ?? DEFAULT_TYPE[format]} ` : '';
        console.error(`wrote ${written} ${what}${format === 'csv' ? 'rows' : format === 'graphml' ? 'nodes and edges' : 'records'} to ${values.out}`);
      }
      return 0;
    } catch (err) {
      await out.abort();
      // The reader of a pipe went away (`export --out - | head`): what it wanted was written.
      if (toStdout && (err as { code?: string }).code === 'EPIPE') return 0;
      throw err;
    }
  },
};
export default command;
