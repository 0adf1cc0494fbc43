// The same store suite against PostgreSQL. .ci/run starts a throwaway cluster and sets
// CHRONICLE_TEST_PG; elsewhere these tests skip with a message.
import { after } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { storeSuite } from './suite.js';

const base = process.env.CHRONICLE_TEST_PG;
const created: string[] = [];

/** A fresh database per test, dropped at the end. */
async function freshDatabase(): Promise<string> {
  const name = `chronicle_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  created.push(name);
  const url = new URL(base!);
  url.pathname = `/${name}`;
  return url.toString();
}

after(async () => {
  if (!base) return;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

storeSuite('postgres', async () => PostgresStore.open(await freshDatabase()), {
  skip: base ? false : 'CHRONICLE_TEST_PG is not set (scripts/pg-cluster.sh start prints a URL); skipping the PostgreSQL store suite',
});
