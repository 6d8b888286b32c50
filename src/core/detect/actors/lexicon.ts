import { COUNTRY_DEMONYMS, COUNTRY_NAMES } from './place-data';

/**
 * Word lists that decide what a capitalised word is NOT: function words, sentence openers,
 * calendar words, demonyms and heads of non-actor names. Keys are lower-case.
 */

/** How names are looked up: lower-case, no full stops, single spaces ("U.S." and "US" meet as "us"). */
export function lookupKey(text: string): string {
  let key = text.toLowerCase();
  if (key.includes('.')) key = key.replace(/\./g, '');
  if (key.includes('  ') || key.includes('\n') || key.includes('\t') || key.includes('\r')) key = key.replace(/\s+/g, ' ');
  return key;
}

/** A set from a whitespace-separated list; `|` separates multi-word entries where needed. */
export function wordSet(...lists: string[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) {
    for (const w of list.split(list.includes('|') ? '|' : /\s+/)) {
      const t = w.trim();
      if (t) out.add(t);
    }
  }
  return out;
}

/** Never a name, wherever they stand (capitalised in headlines, after quotes, at sentence starts). */
export const STOP = wordSet(`a an the this that these those it its it's he she they we i you me him her us them his
  hers their theirs our ours my mine your yours who whom whose which what where when why how whether if then than
  and or but nor so yet for of in on at to from by with without within into onto upon about above below under over
  after before during since until till through throughout across against among amid amongst between beyond toward
  towards via per despite ahead near off out up down as like unlike is are was were be been being has have had do
  does did will would shall should can could might must not no yes all any both each every either neither some
  many much most more less least few several other another such same own only just also even still again ever
  never always now here there thus hence however meanwhile moreover furthermore nevertheless nonetheless instead
  otherwise although though while whereas because unless once whenever wherever whatever whoever according
  regarding including following concerning oh ok hey dear`);

/** Common words that open sentences or headlines; not names when they stand first. */
export const OPENERS = wordSet(`yesterday today tonight tomorrow earlier later 
 finally lastly also officials official analysts analyst experts expert critics residents witnesses authorities
 police people everyone everybody nobody someone somebody something nothing anything asked speaking given based
 overall indeed perhaps maybe certainly clearly obviously apparently reportedly initially eventually ultimately
 currently recently previously separately additionally specifically notably importantly unfortunately fortunately
 publicly privately officially elsewhere together thanks please sources source reports report details negotiators
 delegates diplomats troops soldiers investigators prosecutors doctors scientists researchers students workers
 others one two three four five six seven eight nine ten hundreds thousands millions dozens none let consider
 imagine note read watch see click share related update breaking editor photo video advertisement comments
 comment getting having making taking being going talks leaders leader members family time
 friends friend fans citizens voters lawmakers
 officers firefighters rescuers survivors victims families parents children kids women men families many
 instead unlike like similarly likewise again both neither either why what how whatever whoever whichever
 where when while whilst since thus hence soon once twice almost nearly about around
 roughly approximately just only even still yet well then there here now inside outside above below beyond
 under over after before during following amid among across along against through throughout within without
 shares stocks prices markets market sales 
 aid help support story stories information data evidence meanwhile
 therefore plus sorry check follow watch scroll click tap swipe subscribe sign join learn find discover explore
 prior alongside besides beside amid upon whereby wherein furthermore additionally consequently accordingly
 representatives residents spokesmen negotiations delegations tensions risks outlook compliance context background
 rumors rumours reports claims allegations questions answers concerns fears hopes efforts plans talks meetings
 some any every each such another other others whichever nonetheless regardless whatsoever unfortunately
 interestingly surprisingly ironically luckily sadly happily admittedly arguably undoubtedly presumably
 supposedly allegedly basically essentially generally typically usually often sometimes rarely seldom never
 always already almost again yet though although unless whether because since until after before while
 despite during throughout toward towards within without beyond behind below beneath above across against
 among around near past since through till under underneath unlike until upon versus via whilst
 another anyone anybody anywhere everywhere nowhere somewhere someday sometime somehow anyway anyhow
 both either neither nor not only just even still yet also too very quite rather fairly pretty really
 truly simply merely barely hardly nearly almost about around roughly exactly precisely approximately
 here there everywhere now then today tonight yesterday tomorrow meanwhile later earlier soon already
 breaking exclusive update updated developing live latest watch photos video videos image images
 source sources via credit credits copyright advertisement sponsored promoted`);

/**
 * Nouns and adjectives common at sentence starts: a lone capitalised word among these is not
 * a name, but a longer name may start with one ("New York", "National Security Council").
 */
export const COMMON = wordSet(`manage forward unsubscribe contact donate login register download upload print email reply
  thank take remember multiple further make keep get go look stay try tell ask use give put call
  meet say stop start turn bring hold let move pay play run send show think want need feel leave buy sell
  local federal state national international global world security defense defence health peace war government fire water company companies firms firm group groups team teams news first second third fourth last next long early late back home
  staff baby edition drive head plant metro rapper star stars celebrity celebrities fans critics supporters
  opponents protesters demonstrators militants rebels fighters insurgents terrorists gunmen attackers hostages
  captives prisoners detainees inmates guards officers agents soldiers sailors pilots crew passengers tourists
  visitors migrants refugees immigrants locals villagers farmers workers employees customers users consumers
  buyers sellers investors shareholders voters citizens taxpayers residents neighbors neighbours relatives
  parents mothers fathers sons daughters brothers sisters husbands wives children kids teens teenagers adults
  men women boys girls babies doctors nurses patients scientists researchers engineers teachers students
  lawyers judges jurors prosecutors defendants suspects victims witnesses survivors rescuers firefighters
  paramedics medics volunteers activists campaigners journalists reporters editors photographers writers
  authors bloggers viewers readers listeners audiences crowds thousands hundreds dozens millions billions
  more most less least much many few fewer several enough all half whole entire total overall
  new old big small large huge major minor key main top best worst good bad great high low long short
  full empty free open closed public private real true false fake sure certain clear likely unlikely
  possible impossible important necessary available ready able unable former latter early late recent
  current future past present final initial original official unofficial local regional national
  international global foreign domestic federal military civil political economic social financial
  legal medical scientific technical digital online offline mobile wireless nuclear chemical biological`);

export const MONTHS = wordSet(`january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);

export const WEEKDAYS = wordSet(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
  thurs fri sat`);

/**
 * Nationality, regional and religious adjectives (and their plurals): not actors by themselves.
 * The countries' demonyms come from world-countries through place-data.ts; typed here are the
 * other forms English uses ("Briton", "Azeri", "Kiwi") and the regional, religious and
 * political ones no package lists.
 */
const DEMONYM_BASE = `argentinian azeri bosnian briton ecuadorian english european icelandic kazakh korean kurdish
  kyrgyz lao persian saudi scottish slovenian tajik tibetan uzbek welsh maori inuit aboriginal kiwi aussie yankee
  western eastern northern southern asian african arab arabian hispanic latino latina caribbean balkan baltic nordic
  scandinavian slavic soviet sicilian bavarian texan californian floridian parisian muscovite londoner brooklynite
  muslim christian catholic protestant orthodox jewish islamic islamist sunni shia shiite hindu buddhist sikh
  evangelical mormon jihadist republican democratic democrat conservative liberal socialist communist marxist
  maoist nazi fascist allied`;

/** The package's demonyms that are not also a country's name ("Vatican", "Djibouti"), one word or two. */
const PACKAGE_DEMONYMS = (() => {
  const countries = new Set(COUNTRY_NAMES.split('\n'));
  return COUNTRY_DEMONYMS.split('\n').filter((d) => !countries.has(d));
})();

export const DEMONYMS: Set<string> = (() => {
  const base = new Set([...wordSet(DEMONYM_BASE), ...PACKAGE_DEMONYMS.filter((d) => !d.includes(' '))]);
  const out = new Set(base);
  for (const w of base) {
    out.add(w + 's');
    if (w.endsWith('man')) out.add(w.slice(0, -3) + 'men');
  }
  for (const w of ['englishman', 'englishmen', 'frenchman', 'frenchmen']) out.add(w);
  // Parties as nouns ("Democrats won the House") are organisations, not adjectives.
  out.delete('democrats');
  out.delete('republicans');
  return out;
})();

/** A name ending in one of these is an event, document or period, not an actor. */
export const NON_ACTOR_HEADS = wordSet(`war wars memorandum agreement accord accords treaty act acts day days eve
  week weekend month award awards prize cup games olympics olympic championship championships series festival talks
  deal plan initiative program programme doctrine strategy crisis revolution era century index hurdles progress
  reality skepticism optimism uncertainty hope coverage comment comments advertisement photo photos video videos
  update updates newsletter subscribe podcast chapter episode season trophy bowl`);

/** Capitalised words that are never actors on their own. */
export const NON_ACTORS = wordSet(`internet web christmas easter ramadan thanksgiving halloween hanukkah eid
  new year god comments comment advertisement related share tweet email print subscribe login sign
  ok okay ad bc pm am gmt utc est edt pst pdt cet eet bst tv ii iii iv islam christianity judaism hinduism
  buddhism ebola aids hiv covid covid-19 coronavirus sars mers zika allah sharia arabic hebrew mandarin cantonese
  hindi urdu farsi pashto dari swahili latin usd eur gbp chf jpy cny rmb rub uah inr cad aud nzd sek nok dkk pln
  czk huf brl mxn zar krw sgd hkd`);

/** Two-word nationality adjectives ("North Korean", "Sri Lankan"), and their first words for a quick test. */
export const COMPOUND_DEMONYMS: Set<string> = (() => {
  const out = wordSet(`latin american|middle eastern|west african|east african|north african|central asian|south asian|
  southeast asian|east asian|east european|eastern european|western european|native american|african american`.replace(/\n\s*/g, ''));
  for (const d of PACKAGE_DEMONYMS) if (d.split(' ').length === 2) out.add(d);
  for (const d of [...out]) out.add(d + 's');
  return out;
})();

export const COMPOUND_DEMONYM_STARTS = new Set([...COMPOUND_DEMONYMS].map((d) => d.split(' ')[0]));

/** Surnames that look plural. */
export const S_SURNAMES = wordSet(`williams jones davis harris thomas roberts evans edwards collins stevens phillips
  parsons adams rogers hughes reyes morris myers peters rivers simmons woods brooks banks sanders powers hayes
  gates hawkins jenkins perkins watkins wilkins dickens hopkins owens matthews andrews richards nichols fields
  mills meyers gomes reynolds burns stephens hobbs daniels keys james charles nicholas lucas marcus douglas carlos
  dennis francis mathews michaels waters wells rhodes giles holmes combs downs barnes haynes lewis ellis willis
  travis childs spears sayers ayers humphreys jeffries gonzales morales torres flores ramos santos reeves
  stokes styles knowles bowles noyes hodges bridges strickland`);
