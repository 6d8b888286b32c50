import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { ActorSearch } from '../../src/core/search/actor-search';

const actors = [
  { id: 'actor:volodymyr-zelenskyy', label: 'Volodymyr Zelenskyy', names: ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Zelenskyy'], type: 'person' },
  { id: 'actor:steve-witkoff', label: 'Steve Witkoff', names: ['Steve Witkoff', 'Witkoff'], type: 'person' },
  { id: 'actor:kyiv', label: 'Kyiv', names: ['Kyiv', 'Kiev'], type: 'place' },
  { id: 'actor:icrc', label: 'International Committee of the Red Cross', names: ['ICRC', 'Red Cross'], type: 'organization' },
];

test('finds an actor from a misspelt or partial name, best match first', () => {
  const search = new ActorSearch(actors);
  assert.equal(search.search('zelenski')[0].actor.id, 'actor:volodymyr-zelenskyy');
  assert.equal(search.search('witkof')[0].actor.id, 'actor:steve-witkoff');
  assert.equal(search.search('kiev')[0].actor.id, 'actor:kyiv');
  const red = search.search('red cros')[0];
  assert.equal(red.actor.id, 'actor:icrc');
  assert.equal(red.matched, 'Red Cross');
});

test('nothing for an empty query or a name nobody has', () => {
  const search = new ActorSearch(actors);
  assert.deepEqual(search.search('   '), []);
  assert.deepEqual(search.search('qqqqxz'), []);
});
