// `chronicle serve`: the JSON API and the web UI over one database.
import { existsSync } from 'node:fs';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags, parsePort, resolveDbPath } from '../args.js';
import { writeToken } from '../write-token.js';
import { withStore } from '../store.js';
import { startServer } from '../../server/app.js';
import { projectPath } from '../../paths.js';
import { ingestRaw } from '../../ingest/index.js';
import { afterIngest } from '../../corpus/after-ingest.js';

const command: Command = {
  summary: 'Serve the JSON API and the web UI over a database',
  usage: `Usage: chronicle serve [--port 8080] [--host 127.0.0.1] [--db FILE] [--token T] [--cors ORIGIN] [--static DIR] [--allowed-hosts NAMES]

Serves the web UI at http://HOST:PORT/ (another port: --port N; with npm, npm start -- --port N)
and the JSON API under /api/… (its routes are described
at /api/openapi.json). Read-only unless --token T is given (at least 8 characters; CHRONICLE_TOKEN
works too): then uploads (POST /api/documents, a JSON body {content, format: "html"|"text",
name?, url?}) and curation (POST /api/curations, /api/aliases and their /undo) are accepted with "Authorization: Bearer T".
--host H listens on address H (default 127.0.0.1: this machine only; 0.0.0.0 for every network
it is on). --cors ORIGIN lets pages from that origin call the API; --static DIR serves another UI build.
Requests are answered only when their Host header is an IP address, localhost, the --host name or
this machine's name (against DNS rebinding); --allowed-hosts a.example,b.example adds names, and
--allowed-hosts any accepts every name (behind a proxy that checks it).`,
  async run(argv) {
    const { values } = parseFlags(
      argv,
      {
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        db: { type: 'string' },
        token: { type: 'string' },
        cors: { type: 'string' },
        static: { type: 'string' },
        'allowed-hosts': { type: 'string' },
      },
      false,
    );
    const port = parsePort(values.port, 8080);
    const token = writeToken(values.token);
    if (values.cors && !/^https?:\/\/[^/\s]+$/.test(values.cors)) throw new UsageError(`--cors must be an origin like http://localhost:3000, got "${values.cors}"`);
    const staticDir = values.static ?? projectPath('dist', 'web');
    if (!existsSync(staticDir)) console.error(`chronicle serve: no web UI build at ${staticDir} (npm run build); serving the API only.`);

    return withStore(resolveDbPath(values.db), async (store) => {
      const running = await startServer({
        store, port, host: values.host, token, cors: values.cors,
        staticDir: existsSync(staticDir) ? staticDir : null,
        allowedHosts: allowedHosts(values['allowed-hosts']),
        // Uploads are analysed in a worker thread, so a slow article cannot stall the API; people's
        // decisions (merges, types, places) are applied to it as after any ingest.
        ingest: async (article, report) => {
          const saved: string[] = [];
          const result = await ingestRaw(article, store, {
            threads: 1, timeLimitMs: 60_000, onDuplicate: report.onDuplicate,
            onSaved: (id) => { saved.push(id); report.onSaved(id); },
          });
          // one name, one type over the whole corpus: only the names the new article gives can change
          await afterIngest(store, { docIds: saved });
          return result;
        },
      }).catch((err: unknown) => {
        throw portError(err, port, values.host);
      });
      console.log(`Chronicle is serving ${resolveDbPath(values.db)} at ${running.url}/  (API: ${running.url}/api/openapi.json; Ctrl-C stops)`);
      await new Promise<void>((ok) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void running.close().then(ok);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      return 0;
    }, { write: token !== undefined }); // read-only without a token: nothing can be uploaded
  },
};
export default command;

function allowedHosts(flag: string | undefined): string[] | 'any' | undefined {
  if (flag === undefined) return undefined;
  if (flag.trim() === 'any') return 'any';
  const names = flag.split(',').map((h) => h.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError('--allowed-hosts needs host names separated by commas, or any');
  return names;
}

/** A port that is taken or not allowed, said with what to do about it; other errors as they are. */
function portError(err: unknown, port: number, host: string | undefined): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const on = host ?? '127.0.0.1';
  if (code === 'EADDRINUSE') return new Error(`port ${port} on ${on} is already in use (another server, or Chronicle already running?). Pick another with --port N (npm start -- --port N), or stop the other server.`);
  if (code === 'EACCES') return new Error(`not allowed to listen on ${on}:${port} (ports below 1024 need privileges). Pick another with --port N (npm start -- --port N).`);
  return err;
}
