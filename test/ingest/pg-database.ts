// A fresh, empty PostgreSQL database on the test cluster (CHRONICLE_TEST_PG), for tests that need their own.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Creates a database with a random name (prefixed) and returns its URL. */
export async function freshDatabase(admin: string, prefix = 'chronicle_q'): Promise<string> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
