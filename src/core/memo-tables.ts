/**
 * Process-wide memo tables: the answers of pure functions kept by their input (a word's
 * term, a name's type evidence, a token's skeleton, a text's slug). In the editor they make
 * a relink after an edit cheap, since the workspace's words and names repeat.
 *
 * `forgetMemos` empties every table registered here. The bench calls it before each round,
 * so a round starts as a fresh `corroborate scan` process would and gains nothing from the
 * words and names the round before it worked out. Numbering tables (claim term ids, quote
 * word ids) are not memos: features cached across relinks hold their numbers, so they are
 * never emptied and do not register.
 */
const tables: { clear(): void }[] = [];

export function memoTable<T extends { clear(): void }>(table: T): T {
  tables.push(table);
  return table;
}

export function forgetMemos(): void {
  for (const table of tables) table.clear();
}
