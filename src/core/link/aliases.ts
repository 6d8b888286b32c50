import { nameKey } from './name-key';

/**
 * Names that no spelling rule can bring together: exonyms, renamed places and common
 * short forms. Each row is one entity; the first spelling is the preferred label.
 */
const ALIAS_ROWS: readonly (readonly string[])[] = [
  ['Kyiv', 'Kiev'],
  ['Kharkiv', 'Kharkov'],
  ['Odesa', 'Odessa'],
  ['Lviv', 'Lvov', 'Lwow'],
  ['Mykolaiv', 'Nikolaev', 'Nikolayev'],
  ['Dnipro', 'Dnepr', 'Dnipropetrovsk'],
  ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye'],
  ['Luhansk', 'Lugansk'],
  ['Chernihiv', 'Chernigov'],
  ['Chornobyl', 'Chernobyl'],
  ['Donbas', 'Donbass'],
  ['Belarus', 'Byelorussia'],
  ['Moldova', 'Moldavia'],
  ['Myanmar', 'Burma'],
  ['Beijing', 'Peking'],
  ['Mumbai', 'Bombay'],
  ['Kolkata', 'Calcutta'],
  ['Chennai', 'Madras'],
  ['Turkey', 'Türkiye', 'Turkiye'],
  ['Czechia', 'Czech Republic'],
  ['Eswatini', 'Swaziland'],
  ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'United States of America', 'America'],
  ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'],
  ['United Nations', 'U.N.', 'UN'],
  ['European Union', 'E.U.', 'EU'],
  ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'],
  ['United Arab Emirates', 'UAE', 'U.A.E.', 'Emirates'],
  ['Soviet Union', 'USSR', 'U.S.S.R.'],
  ['Democratic Republic of the Congo', 'DRC', 'DR Congo', 'D.R. Congo'],
  ['Los Angeles', 'L.A.', 'LA'],
  ['New York City', 'NYC', 'New York'],
  ['Washington, D.C.', 'Washington DC', 'Washington D.C.', 'D.C.'],
  ['White House'],
  ['Kremlin'],
  ['Pentagon'],
];

let aliasBySkeleton: Map<string, string> | undefined;

/** The preferred label's skeleton for any known alias skeleton. Built once, on first use. */
export function aliasSkeleton(skeleton: string): string | undefined {
  if (!aliasBySkeleton) {
    aliasBySkeleton = new Map();
    for (const row of ALIAS_ROWS) {
      const preferred = nameKey(row[0]).skeleton;
      for (const spelling of row) aliasBySkeleton.set(nameKey(spelling).skeleton, preferred);
    }
  }
  return aliasBySkeleton.get(skeleton);
}
