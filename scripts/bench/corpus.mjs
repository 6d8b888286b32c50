// A generated stand-in corpus for machines without ../shared/corpora: news-shaped text
// with names, figures, dates and quotes, deterministic so runs compare.
const FIRST = ['Anna', 'Omar', 'Lena', 'Piotr', 'Ines', 'Taras', 'Mara', 'Kofi', 'Yuki', 'Rafael', 'Sana', 'Jonas'];
const LAST = ['Marsh', 'Haddad', 'Kovacic', 'Lindqvist', 'Okafor', 'Moreau', 'Sato', 'Novak', 'Brandt', 'Quist'];
const PLACES = ['Geneva', 'Nairobi', 'Lisbon', 'Osaka', 'Quito', 'Tbilisi', 'Accra', 'Hanoi'];
const ORGS = ['Ministry of Health', 'Red Cross', 'World Bank', 'Port Authority', 'Electoral Commission'];
const NOUNS = ['people', 'workers', 'homes', 'schools', 'detainees', 'vehicles', 'voters'];
const VERBS = ['said', 'told reporters', 'announced', 'confirmed', 'warned'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function generateCorpus(count, wordsPerDoc) {
  const next = random(42);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const docs = [];
  for (let d = 0; d < count; d++) {
    const sentences = [`${pick(PLACES)} Officials Weigh New Measures`];
    let words = 0;
    while (words < wordsPerDoc) {
      const person = `${pick(FIRST)} ${pick(LAST)}`;
      const sentence = [
        `${person} of the ${pick(ORGS)} ${pick(VERBS)} that ${Math.floor(next() * 5000)} ${pick(NOUNS)} in ${pick(PLACES)} were affected on ${pick(MONTHS)} ${1 + Math.floor(next() * 27)}.`,
        `"We expect about ${Math.floor(next() * 90)} percent to return within two weeks," ${person} said.`,
        `The ${pick(ORGS)} has spent $${(next() * 9).toFixed(1)} million since ${2015 + Math.floor(next() * 10)}, according to figures seen by reporters.`,
      ][Math.floor(next() * 3)];
      sentences.push(sentence);
      words += sentence.split(/\s+/).length;
    }
    docs.push({ path: `generated-${String(d).padStart(5, '0')}.txt`, text: sentences.join('\n') });
  }
  return docs;
}
