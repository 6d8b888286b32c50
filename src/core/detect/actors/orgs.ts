import { wordSet } from './lexicon';

/**
 * Organisations named without a cue word: institutions, agencies, armed groups, companies
 * and the news outlets that articles cite. Seats of power ("Kremlin", "White House",
 * "Pentagon", "Downing Street") are organisations by metonymy. Keys are lower-case.
 */
const KNOWN = `kremlin|white house|pentagon|downing street|elysee|whitehall|state department|foreign office|
congress|senate|parliament|duma|state duma|knesset|bundestag|rada|verkhovna rada|politburo|cabinet|
supreme court|nato|un|u.n.|united nations|security council|eu|e.u.|european union|european commission|
european parliament|imf|world bank|wto|who|unicef|unesco|unhcr|iaea|opec|osce|g7|g20|brics|asean|african union|
arab league|interpol|europol|red cross|red crescent|amnesty international|human rights watch|greenpeace|
fbi|cia|nsa|dhs|doj|irs|sec|fda|cdc|epa|faa|fema|nasa|noaa|usgs|atf|dea|ice|nypd|lapd|kgb|fsb|gru|svr|sbu|mi5|
mi6|mossad|hamas|hezbollah|taliban|isis|isil|al qaeda|al-qaeda|islamic state|boko haram|al-shabab|houthis|
wagner|wagner group|gazprom|rosneft|lukoil|naftogaz|ukrenergo|rosatom|aeroflot|microsoft|google|alphabet|apple|
amazon|facebook|meta|twitter|x corp|instagram|youtube|tiktok|telegram|whatsapp|wechat|weibo|vkontakte|snapchat|
linkedin|reddit|truth social|netflix|intel|ibm|oracle|cisco|nvidia|amd|hp|dell|
sony|samsung|lg|huawei|xiaomi|alibaba|tencent|baidu|toyota|honda|nissan|gm|general motors|general electric|
chrysler|tesla|volkswagen|bmw|mercedes|boeing|airbus|lockheed martin|raytheon|exxon|exxonmobil|chevron|shell|bp|
total|walmart|starbucks|mcdonald's|coca-cola|pepsi|pfizer|moderna|spacex|openai|uber|airbnb|paypal|visa|
mastercard|goldman sachs|jpmorgan|morgan stanley|citigroup|hsbc|barclays|deutsche bank|ubs|blackrock|
reuters|ap|associated press|afp|agence france-presse|bloomberg|tass|itar-tass|ria novosti|interfax|xinhua|
ukrinform|al jazeera|cnn|bbc|nbc|cbs|abc|fox|fox news|msnbc|npr|pbs|espn|sky news|euronews|dw|rt|
new york times|washington post|wall street journal|guardian|times|financial times|economist|telegraph|
independent|kyiv independent|kyiv post|politico|axios|huffington post|daily mail|daily news|new york post|
usa today|los angeles times|chicago tribune|boston globe|time|newsweek|forbes|fortune|variety|billboard|
rolling stone|tmz|people|us weekly|e! news|access hollywood|hollywood reporter|entertainment weekly|
vanity fair|vogue|sun|mirror|herald|nhl|nba|nfl|mlb|ncaa|fifa|uefa|ioc|ibf|wba|wbc|wbo|afc|nfc|mls|pga|atp|wta|
harvard|yale|stanford|mit|oxford university|cambridge university|ukrainian railways|ansa|efe|dpa|kyodo|
yonhap|anadolu|sputnik|ria|kommersant|izvestia|pravda|meduza|novaya gazeta|ukrainska pravda|suspilne|le monde|
le figaro|liberation|der spiegel|spiegel|bild|die zeit|el pais|el mundo|corriere della sera|la repubblica|
haaretz|jerusalem post|times of israel|al arabiya|al-ahram|gulf news|khaleej times|arab news|dawn|
times of india|hindustan times|global times|south china morning post|straits times|nhk|cctv|cbc|sbs|itv|sky|
cnbc|c-span|vice|vox|slate|salon|new yorker|wired|techcrunch|the verge|engadget|mashable|gawker|buzzfeed|
huffpost|daily beast|breitbart|drudge report|fox business|abc news|cbs news|nbc news|bbc news|
cosa nostra|mafia|camorra|ndrangheta|yakuza|majlis|sejm|lok sabha|rajya sabha|national assembly|
house of representatives|house of commons|house of lords|senate|european council|council of europe|
hamas|fatah|plo|pkk|ypg|sdf|idf|irgc|hts|al-nusra|nusra front|muslim brotherhood|kurdish workers party`;

export const ORGS: Set<string> = (() => {
  const out = wordSet(KNOWN.replace(/\n/g, ''));
  return new Set([...out].map((w) => w.replace(/\./g, '')));
})();

/** The last word of an organisation's name ("Ministry of Defence" starts with one, "Tass Agency" ends with one). */
export const ORG_TAILS = wordSet(`ministry department dept council party agency union university college school
  institute bank company co inc corp corporation ltd llc plc group holdings committee commission court army navy
  forces force guard guards police service services office board bureau authority association federation
  foundation organization organisation society center centre hospital clinic church parliament assembly senate
  congress cabinet government administration airlines airways railways railway motors media news times post
  journal herald tribune gazette daily press magazine network channel radio tv television broadcasting studios
  pictures records entertainment communications telecom telecommunications technologies technology systems energy
  oil petroleum industries club fc league conference academy command brigade battalion regiment division corps
  fleet unit squad movement alliance coalition trust fund partners capital ventures labs laboratory laboratories
  museum library restaurant restaurants store stores brands foods pharmaceuticals insurance securities exchange
  observer chronicle examiner standard reporter review weekly globe star sentinel courier dispatch inquirer
  bulletin monitor agency prosecutors marshals rangers patrol cartel mafia gang brotherhood network institute
  ministries tribunal commissions embassy embassies consulate observatory`);

/** First words that make "X of Y" an organisation ("Bank of England", "University of Oxford"). */
export const ORG_HEADS = wordSet(`ministry department council bank university college school institute committee
  commission court board bureau office agency authority association federation foundation organization
  organisation society church house chamber league union academy centre center museum order fund party
  government cabinet parliament congress assembly tribunal observatory embassy`);

/** Words that may join "X of Y" / "X for Y" into one name when the left part ends with them. */
export const OF_HEADS = new Set([...ORG_HEADS, ...wordSet(`republic kingdom state states emirate gulf bay sea isle
  islands island strait cape city town province region county district port duke duchess prince princess king
  queen earl archbishop bishop secretary minister director chief sultan emir sheikh lord lady mayor governor`)]);
