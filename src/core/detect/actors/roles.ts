import { wordSet } from './lexicon';

/**
 * Titles and roles written before a name: "President", "Mr.", "Treasury Secretary",
 * "Kremlin spokesman", "political analyst". They go into `role`, never into the span.
 */
export const ROLE_NOUNS = wordSet(`president president-elect vice-president premier chancellor secretary
  secretary-general under-secretary attorney-general
  minister spokesman spokeswoman spokesperson envoy ambassador analyst lawyer attorney prosecutor judge justice
  senator congressman congresswoman congressmember representative governor mayor king queen prince princess pope
  cardinal bishop archbishop rabbi imam sheikh sultan emir colonel captain lieutenant sergeant commander admiral
  marshal officer detective inspector sheriff deputy chief director chairman chairwoman ceo cfo coo founder
  co-founder leader coach manager actor actress singer star player quarterback striker boxer rapper model author
  writer novelist journalist reporter correspondent editor columnist photographer producer publicist rep agent
  doctor professor economist scientist researcher expert official negotiator diplomat adviser advisor aide
  candidate nominee activist campaigner commissioner investigator witness victim suspect defendant student teacher
  fellow surgeon nurse mr mrs ms miss mx sir dame lord lady dr prof gen sen rep gov lt col sgt capt cmdr adm maj
  pres supt insp det rev hon reverend father brother sister trooper constable superintendent pastor priest
  councilman councilwoman councillor councilor assemblyman assemblywoman lawmaker legislator mp dj
  comedian musician guitarist drummer pitcher goalkeeper midfielder defender winger linebacker
  receiver cornerback owner publisher executive engineer hopeful
  counterpart strongman dictator warlord ruler monarch crown heiress heir magnate tycoon billionaire mogul
  businessman businesswoman entrepreneur investor banker trader broker consultant strategist pollster
  colleague wife husband son daughter mother boyfriend girlfriend fiancee fiance`);

/** Lower-case words that may stand inside a role phrase before its noun ("special envoy", "former President"). */
export const ROLE_MODIFIERS = wordSet(`special political chief senior former top deputy vice lead foreign defence
  defense military interior finance economy economic health prime acting interim assistant associate executive
  general state federal national regional local press communications security intelligence trade energy treasury
  homeland district county city first then-president longtime veteran fellow independent opposition republican
  democratic conservative labour party police army navy air news media tv film pop rock movie reality football
  basketball baseball soccer hockey boxing heavyweight world champion team union presidential envoy ukrainian
  civil human rights environment environmental education justice labor agriculture transport culture sports
  junior head deputy co managing principal vice-president staff hollywood star famed noted renowned celebrity
  embattled disgraced late ousted exiled jailed accused alleged suspected convicted ex lead`);

/** Capitalised continuations of a title ("Attorney General", "Secretary General", "Surgeon General"). */
export const TITLE_TAILS = wordSet('general designate elect emeritus');

export function isRoleNoun(key: string): boolean {
  return ROLE_NOUNS.has(key);
}
