import { wordSet } from './lexicon';
import { CAPITAL_NAMES, CITY_NAMES, COUNTRY_NAMES } from './place-data';

/**
 * Places a news reader meets without introduction. Countries (common, official and alternative
 * names), their capitals and the cities of 100,000 people or more come from data packages through
 * place-data.ts (scripts/build-place-data.mjs). What is typed here is what those packages lack:
 * English short forms of countries, US states and other provinces, regions and seas, and news
 * places the packages spell otherwise ("Kiev", "Bombay") or that the generator leaves out as
 * also being a given name or an everyday word ("Denver", "Phoenix").
 * Keys are lower-case with single spaces; dotted acronyms are stored without dots too.
 * "U.S.", "US", "United States" and "America" are places: a country is typed place even
 * where ECB+ annotates it as an organisation acting (metonymy is left to linking).
 */
const COUNTRY_SHORT_FORMS = `bosnia|korea|turkey|uae|britain|england|scotland|wales|northern ireland|us|u.s.|usa|u.s.a.|
america|prc`;

const US_STATES = `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|
illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|
missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|
oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|
washington|west virginia|wisconsin|wyoming|district of columbia|d.c.|dc|ontario|quebec|british columbia|alberta|
manitoba|saskatchewan|nova scotia|new south wales|queensland|tasmania|bavaria|catalonia|andalusia|
sicily|sardinia|lombardy|tuscany|siberia|punjab|kashmir|bengal|kerala|gujarat|maharashtra|bihar|tamil nadu`;

const CITIES = `kiev|kharkov|odesa|zaporizhzhia|mykolaiv|bakhmut|avdiivka|pokrovsk|kramatorsk|huliaipole|hague|
geneva|frankfurt|hamburg|venice|florence|seville|marseilles|lyon|nice|cannes|oxford|essex|surrey|somerset|yorkshire|
cornwall|banstead|washington|phoenix|denver|atlanta|raleigh|cleveland|anchorage|saint louis|orlando|buffalo|richmond|
chapel hill|malibu|beverly hills|santa monica|newport beach|bronx|baytown|biloxi|staunton|shanghai|bombay|calcutta|
bangalore|basra|gaza city|mecca|davos|juneau|cheyenne|bismarck|frankfort|annapolis|dover|trenton|providence|albany|
concord|montpelier|montgomery|carson city|olympia|qeshm|goa`;

const REGIONS = `gaza strip|west bank|tibet|chechnya|kurdistan|crimea|soviet union|ussr|donbas|donbass|crimea|gulf|persian gulf|arabian gulf|gulf of aden|gulf of mexico|red sea|black sea|
sea of azov|azov|baltic|baltics|balkans|caucasus|north caucasus|middle east|near east|far east|east asia|
southeast asia|south asia|central asia|asia|europe|eastern europe|western europe|africa|north africa|
east africa|west africa|sub-saharan africa|horn of africa|sahel|latin america|south america|north america|
central america|caribbean|scandinavia|antarctica|arctic|oceania|mediterranean|atlantic|pacific|indian ocean|
arabian sea|south china sea|east china sea|sea of japan|strait of hormuz|hormuz|bosphorus|suez|suez canal|
panama canal|english channel|north sea|nile|danube|dnipro river|dnieper|thames|mississippi river|sinai|negev|
golan|golan heights|west bank|gaza strip|kashmir|punjab|tibet|xinjiang|siberia|kamchatka|patagonia|amazon|
himalayas|alps|andes|rockies|midwest|new england|deep south|west coast|east coast|silicon valley|wall street|
capitol hill|downing street|zaporizhzhia region|kherson region|kharkiv region|donetsk region|luhansk region|
west|east|north|south|mount cook|mt cook|aoraki|everest|mount everest|kilimanjaro|sahara|gobi|
eurasia|transnistria|abkhazia|south ossetia|nagorno-karabakh|karabakh|darfur|kurdistan|chechnya|dagestan|
lapland|bavaria|flanders|wallonia|normandy|brittany|provence|tuscany|yorkshire|highlands|outback`;

/** US state abbreviations: places only when written with their full stop ("Calif.", "N.J."). */
export const STATE_ABBREVIATIONS = wordSet(`ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|nh|nj|nm|ny|nc|nd|okla|ore|pa|penn|ri|sc|sd|tenn|tex|vt|va|wash|wva|wis|wyo|calif|fla|tex|ariz|mass|penn|conn|okla|tenn|mich|minn|wash`);

/** Countries by any of their names ("Vodafone UK" is Vodafone): the package's and the short forms above. */
export const COUNTRIES: ReadonlySet<string> = new Set([...COUNTRY_NAMES.split('\n'), ...wordSet(COUNTRY_SHORT_FORMS.replace(/\n/g, ''))]
  .map((w) => w.replace(/\./g, '')));

export const PLACES: Set<string> = (() => {
  const typed = wordSet(US_STATES.replace(/\n/g, ''), CITIES.replace(/\n/g, ''), REGIONS.replace(/\n/g, ''));
  return new Set([...COUNTRIES, ...CAPITAL_NAMES.split('\n'), ...CITY_NAMES.split('\n'), ...[...typed].map((w) => w.replace(/\./g, ''))]);
})();

/** The last word of a place name ("Wenceslas Square", "Donetsk Oblast", "Mueller Glacier"). */
export const PLACE_TAILS = wordSet(`street st avenue ave road rd boulevard blvd lane square bridge river lake sea
  ocean bay gulf strait island islands isle peninsula mountain mountains mount mt peak hill hills valley glacier
  canyon desert forest park beach coast city town village county province region oblast krai district territory
  airport station port harbor harbour heights springs falls creek canal prefecture governorate municipality
  borough parish township highway freeway motorway interstate route plaza ridge range reef cape dam pass volcano
  waters shore`);

/** The first word of a place name ("Mount Cook", "Lake Geneva", "Fort Worth"). */
export const PLACE_HEADS = wordSet(`mount mt lake cape fort port gulf bay sea isle strait palais palace place plaza piazza
  rue avenida calle castle chateau`);
