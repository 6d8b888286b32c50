import { wordSet } from './lexicon';

/**
 * Places a news reader meets without introduction: countries (with their short forms),
 * US states and their abbreviations, capitals and large cities, regions, seas.
 * Keys are lower-case with single spaces; dotted acronyms are stored without dots too.
 * "U.S.", "US", "United States" and "America" are places: a country is typed place even
 * where ECB+ annotates it as an organisation acting (metonymy is left to linking).
 */
const COUNTRIES = `afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|
bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina|botswana|
brazil|brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|cape verde|chad|chile|china|colombia|comoros|
congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|
east timor|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|
gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|
iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|
kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|
malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|
morocco|mozambique|myanmar|burma|namibia|nauru|nepal|netherlands|holland|new zealand|nicaragua|niger|nigeria|
north korea|north macedonia|macedonia|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|
philippines|poland|portugal|qatar|romania|russia|rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|
sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa|south korea|korea|south sudan|spain|
sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|
trinidad and tobago|tunisia|turkey|turkiye|turkmenistan|tuvalu|uganda|ukraine|united arab emirates|uae|emirates|
united kingdom|uk|u.k.|britain|great britain|england|scotland|wales|northern ireland|united states|
united states of america|us|u.s.|usa|u.s.a.|america|uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|yemen|
zambia|zimbabwe|greenland|puerto rico|hong kong|macau|gaza|gaza strip|west bank|tibet|chechnya|kurdistan|crimea|
soviet union|ussr|prc|drc|dprk`;

const US_STATES = `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|
illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|
missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|
oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|
washington|west virginia|wisconsin|wyoming|district of columbia|d.c.|dc|ontario|quebec|british columbia|alberta|
manitoba|saskatchewan|nova scotia|new south wales|queensland|tasmania|bavaria|catalonia|andalusia|
sicily|sardinia|lombardy|tuscany|siberia|punjab|kashmir|bengal|kerala|gujarat|maharashtra|bihar|tamil nadu`;

const CITIES = `kyiv|kiev|moscow|kharkiv|kharkov|odesa|odessa|dnipro|lviv|zaporizhzhia|kherson|mykolaiv|donetsk|
luhansk|mariupol|bakhmut|avdiivka|pokrovsk|kramatorsk|sloviansk|sumy|chernihiv|poltava|vinnytsia|zhytomyr|
huliaipole|sevastopol|simferopol|belgorod|kursk|bryansk|st. petersburg|saint petersburg|st petersburg|minsk|
warsaw|berlin|paris|london|madrid|rome|vienna|budapest|prague|bratislava|bucharest|sofia|athens|ankara|istanbul|
brussels|amsterdam|the hague|hague|copenhagen|stockholm|oslo|helsinki|tallinn|riga|vilnius|dublin|edinburgh|
lisbon|bern|geneva|zurich|munich|frankfurt|hamburg|milan|naples|palermo|venice|florence|barcelona|valencia|
seville|marseille|marseilles|lyon|nice|cannes|manchester|liverpool|birmingham|glasgow|leeds|bristol|belfast|
cardiff|oxford|cambridge|essex|surrey|somerset|yorkshire|cornwall|banstead|washington|new york city|
los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|san jose|jacksonville|
san francisco|columbus|fort worth|indianapolis|seattle|denver|boston|el paso|nashville|detroit|
oklahoma city|portland|las vegas|memphis|louisville|baltimore|milwaukee|albuquerque|tucson|fresno|sacramento|
kansas city|atlanta|miami|omaha|raleigh|minneapolis|cleveland|tulsa|oakland|tampa|new orleans|honolulu|anchorage|
pittsburgh|cincinnati|st. louis|st louis|saint louis|orlando|buffalo|newark|richmond|salt lake city|baton rouge|
chapel hill|durham|malibu|hollywood|beverly hills|santa monica|pasadena|long beach|newport beach|brooklyn|
manhattan|queens|bronx|staten island|harlem|baytown|biloxi|staunton|toronto|montreal|vancouver|ottawa|calgary|
mexico city|havana|bogota|caracas|lima|santiago|buenos aires|sao paulo|rio de janeiro|brasilia|montevideo|quito|
beijing|shanghai|hong kong|shenzhen|guangzhou|wuhan|taipei|tokyo|osaka|seoul|pyongyang|manila|jakarta|bangkok|
hanoi|ho chi minh city|kuala lumpur|singapore|new delhi|delhi|mumbai|bombay|kolkata|calcutta|chennai|bangalore|
bengaluru|hyderabad|karachi|lahore|islamabad|kabul|kandahar|dhaka|kathmandu|colombo|tehran|baghdad|basra|mosul|
damascus|aleppo|beirut|amman|jerusalem|tel aviv|gaza city|ramallah|cairo|alexandria|riyadh|jeddah|mecca|medina|
doha|dubai|abu dhabi|muscat|sanaa|aden|kuwait city|manama|ankara|baku|tbilisi|yerevan|astana|almaty|tashkent|
ashgabat|bishkek|dushanbe|nairobi|mogadishu|addis ababa|khartoum|lagos|abuja|accra|dakar|johannesburg|cape town|
pretoria|kinshasa|luanda|harare|kampala|kigali|tripoli|tunis|algiers|rabat|casablanca|sydney|melbourne|brisbane|
perth|adelaide|canberra|auckland|wellington|christchurch|geneva|davos|strasbourg|luxembourg|monaco|vatican city|
anchorage|juneau|reno|boise|cheyenne|bismarck|topeka|des moines|springfield|
lansing|columbus|frankfort|charleston|annapolis|dover|trenton|hartford|providence|albany|concord|montpelier|
tallahassee|montgomery|little rock|santa fe|phoenix|carson city|olympia|sacramento|
qeshm|bandar abbas|mumbai|goa|karachi|djibouti`;

const REGIONS = `donbas|donbass|crimea|gulf|persian gulf|arabian gulf|gulf of aden|gulf of mexico|red sea|black sea|
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

export const PLACES: Set<string> = (() => {
  const out = wordSet(COUNTRIES.replace(/\n/g, ''), US_STATES.replace(/\n/g, ''), CITIES.replace(/\n/g, ''),
    REGIONS.replace(/\n/g, ''));
  return new Set([...out].map((w) => w.replace(/\./g, '')));
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
