// "Mt" and "Mount" in one name are one entity, within an article and across articles; Montana's
// "MT" and a word that merely starts so are no mountain. Fixtures are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withMountWrittenOut } from '../../../src/pipeline/entities/mount-abbreviation.js';
import { entityIdFor } from '../../../src/pipeline/entities/resolve.js';

test('"Mt", "Mt." and tokenised "Mt ." before a name are written out as "Mount"', () => {
  assert.equal(withMountWrittenOut('Mt Harlan Village'), 'Mount Harlan Village');
  assert.equal(withMountWrittenOut('Kerewa / Mt. Harlan National Park'), 'Kerewa / Mount Harlan National Park');
  assert.equal(withMountWrittenOut('Mt . Harlan Hut'), 'Mount Harlan Hut');
});

test('Montana\'s "MT", a word that begins "Mt" and a lone "Mt" stay as written', () => {
  assert.equal(withMountWrittenOut('Helena MT Clinic'), 'Helena MT Clinic');
  assert.equal(withMountWrittenOut('Mtwara Port'), 'Mtwara Port');
  assert.equal(withMountWrittenOut('Route Mt'), 'Route Mt');
});

test('a place named with "Mt" and with "Mount" is one entity', () => {
  assert.equal(entityIdFor('LOC', 'Mt Harlan National Park'), entityIdFor('LOC', 'Mount Harlan National Park'));
  assert.equal(entityIdFor('LOC', 'Mt. Harlan Village'), entityIdFor('LOC', 'Mount Harlan Village'));
  assert.notEqual(entityIdFor('LOC', 'Mount Harlan Village'), entityIdFor('LOC', 'Harlan Village'));
});
