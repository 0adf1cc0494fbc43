import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers.js';
import { storeSuite } from './suite.js';
import { typePassSuite } from './type-pass-suite.js';
import { shortOrgSuite } from './short-org-suite.js';
import { bodyCountrySuite } from './body-country-suite.js';
import { curationSuite } from './curation-suite.js';
import { pendingSourcesSuite } from './pending-sources-suite.js';
import { namesSuite } from './names-suite.js';

let n = 0;
storeSuite('sqlite', async (opts) => new SqliteStore(join(tempDir(), `store-${n++}.db`), opts));
typePassSuite('sqlite', async () => new SqliteStore(join(tempDir(), `store-${n++}.db`)));
shortOrgSuite('sqlite', async () => new SqliteStore(join(tempDir(), `store-${n++}.db`)));
bodyCountrySuite('sqlite', async () => new SqliteStore(join(tempDir(), `store-${n++}.db`)));
curationSuite('sqlite', async () => new SqliteStore(join(tempDir(), `store-${n++}.db`)));
pendingSourcesSuite('sqlite', async () => new SqliteStore(join(tempDir(), `store-${n++}.db`)));
namesSuite('sqlite', async () => new SqliteStore(join(tempDir(), `store-${n++}.db`)));
