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

/**
 * Capitals stand for their governments in news copy ("Bern pledged", "Moscow rejected").
 * They stay separate actors, but when figures are compared, a sentence naming Bern and
 * one naming Switzerland speak about the same party.
 */
const CAPITALS: Record<string, string> = {
  bern: 'Switzerland', moscow: 'Russia', kyiv: 'Ukraine', kiev: 'Ukraine', washington: 'United States',
  london: 'United Kingdom', paris: 'France', berlin: 'Germany', beijing: 'China', tokyo: 'Japan', ankara: 'Turkey',
  tehran: 'Iran', baghdad: 'Iraq', damascus: 'Syria', jerusalem: 'Israel', cairo: 'Egypt', riyadh: 'Saudi Arabia',
  'abu dhabi': 'United Arab Emirates', doha: 'Qatar', minsk: 'Belarus', warsaw: 'Poland', rome: 'Italy', madrid: 'Spain',
  brussels: 'Belgium', vienna: 'Austria', ottawa: 'Canada', canberra: 'Australia', 'new delhi': 'India', delhi: 'India',
  islamabad: 'Pakistan', kabul: 'Afghanistan', seoul: 'South Korea', pyongyang: 'North Korea', manila: 'Philippines',
  jakarta: 'Indonesia', hanoi: 'Vietnam', bangkok: 'Thailand', caracas: 'Venezuela', havana: 'Cuba', 'mexico city': 'Mexico',
  brasilia: 'Brazil', 'buenos aires': 'Argentina', pretoria: 'South Africa', nairobi: 'Kenya', addis: 'Ethiopia',
  'addis ababa': 'Ethiopia', khartoum: 'Sudan', tripoli: 'Libya', beirut: 'Lebanon', amman: 'Jordan', tbilisi: 'Georgia',
  yerevan: 'Armenia', baku: 'Azerbaijan', chisinau: 'Moldova', budapest: 'Hungary', prague: 'Czechia', stockholm: 'Sweden',
  oslo: 'Norway', helsinki: 'Finland', copenhagen: 'Denmark', athens: 'Greece', lisbon: 'Portugal', dublin: 'Ireland',
};

let countryBySkeleton: Map<string, string> | undefined;

/** The country a capital's skeleton stands for, as a name to look up; undefined for anything else. */
export function countryOfCapital(skeleton: string): string | undefined {
  if (!countryBySkeleton) {
    countryBySkeleton = new Map(Object.entries(CAPITALS).map(([capital, country]) => [nameKey(capital).skeleton, country]));
  }
  return countryBySkeleton.get(skeleton);
}
