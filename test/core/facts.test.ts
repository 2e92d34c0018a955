/** Fact extraction: dates with their precision, people with titles and countries, countries in any spelling, numbers with units. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCountries, resolveCountry } from '../../src/facts/countries.js';
import { findDates } from '../../src/facts/dates.js';
import { extractFacts } from '../../src/facts/extract.js';
import { findNumbers } from '../../src/facts/numbers.js';
import { findPeople } from '../../src/facts/people.js';
import { findThings } from '../../src/facts/things.js';
import { readReleases } from '../../src/releases/load.js';
import { SEED } from './paths.js';

const RELEASE_DATE = '2018-11-06';

/** [sentence, the date as written, value, precision, until?, qualifier?] */
const DATES: Array<[string, string, string, 'day' | 'month' | 'year', string | undefined, string | undefined]> = [
  ['The Minister is coming to Seoul from June 19 to 24 with a delegation.', 'June 19 to 24', '2018-06-19', 'day', '2018-06-24', undefined],
  ['The two countries forged a strategic partnership in 2009.', '2009', '2009', 'year', undefined, undefined],
  ['Korean companies were selected in early 2018 as participants.', 'early 2018', '2018', 'year', undefined, 'early'],
  ["President Mirziyoyev's state visit to the ROK in November 2017 was historic.", 'November 2017', '2017-11', 'month', undefined, undefined],
  ['The summit is to be held on November 30 and December 1 in Buenos Aires.', 'November 30 and December 1', '2018-11-30', 'day', '2018-12-01', undefined],
  ['They adopted an action plan for 2024-2028.', '2024-2028', '2024', 'year', '2028', undefined],
  ['Seoul hosted the Fifth MIKTA Foreign Ministers\' Meeting on 22 May 2015.', '22 May 2015', '2015-05-22', 'day', undefined, undefined],
  ['On November 6, the Deputy Minister met his counterpart.', 'November 6', '2018-11-06', 'day', undefined, undefined],
];

const SEED_SENTENCE = 'On November 6, Deputy Minister for Political Affairs of the Ministry of Foreign Affairs Yoon Soon-gu met bilaterally with '
  + 'Executive Secretary of the Ministry of Foreign Affairs of the Republic of Kazakhstan Yermek KOSHERBAYEV and Deputy Minister of Foreign Affairs '
  + 'of the Republic of Uzbekistan Dilshod AKHATOV, who were on a visit to the Republic of Korea for the eleventh Korea-Central Asia Cooperation Forum.';

/** [spelling, code] */
const COUNTRY_SPELLINGS: Array<[string, string]> = [
  ['ROK', 'KOR'], ['Republic of Korea', 'KOR'], ['S. Korea', 'KOR'], ['South Korea', 'KOR'], ['Seoul', 'KOR'],
  ['Kazakh', 'KAZ'], ['Kazakhstan', 'KAZ'], ['Uzbek', 'UZB'], ['Kyrgyz', 'KGZ'], ['Manila', 'PHL'], ['Equatorial Guinea', 'GNQ'],
];

describe('findDates', () => {
  it.each(DATES)('reads "%s" → %s', (sentence, written, value, precision, until, qualifier) => {
    const found = findDates(sentence, RELEASE_DATE);
    const d = found.find((x) => x.text === written);
    expect(d, JSON.stringify(found)).toBeDefined();
    expect(d!.value).toBe(value);
    expect(d!.precision).toBe(precision);
    expect(d!.until).toBe(until);
    expect(d!.qualifier).toBe(qualifier);
    expect(sentence.slice(d!.start, d!.end)).toBe(written);
  });

  it('takes the year of a day written without one from the release date, and says so', () => {
    const [d] = findDates('On November 6, the two sides met.', '2020-02-11');
    expect(d).toMatchObject({ value: '2020-11-06', yearInferred: true });
    const [w] = findDates('On November 6, 2018, the two sides met.', '2020-02-11');
    expect(w).toMatchObject({ value: '2018-11-06', yearInferred: false });
    // ("… of that year": the year the sentence gave before, not the release's)
    const same = findDates('Korea gave US$ 2 million in March 2016 and pledged US$ 1 million more in Oslo on May 4 of that year.', '2018-05-14');
    expect(same[1]).toMatchObject({ text: 'May 4', value: '2016-05-04', yearInferred: false });
  });

  it('does not read amounts, percentages or counts as years', () => {
    const found = findDates('The ROK will provide US$2,000,000 and 2019 tons of rice, a 15.5% rise, to 2,018 people.', RELEASE_DATE);
    expect(found.map((d) => d.text)).not.toContain('2,000');
    expect(found.every((d) => /^\d{4}/.test(d.value))).toBe(true);
    expect(found.some((d) => d.text === '2,018')).toBe(false);
  });

  it('finds dates that do not overlap, and whose spans are the text they claim', () => {
    const word = fc.constantFrom('On', 'June', '19', 'to', '24', 'in', '2009', 'early', '2018', 'November', '30', 'and', 'December', '1', '2024-2028', 'May', '22', 'the', 'Minister', ',', 'US$500,000', 'Sept.', '11');
    fc.assert(fc.property(fc.array(word, { maxLength: 14 }), (words) => {
      const text = words.join(' ');
      const found = findDates(text, RELEASE_DATE);
      for (let i = 0; i < found.length; i++) {
        const d = found[i]!;
        expect(text.slice(d.start, d.end)).toBe(d.text);
        expect(d.value).toMatch(/^\d{4}(?:-\d\d(?:-\d\d)?)?$/);
        if (i > 0) expect(d.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
      }
    }), { numRuns: 500 });
  });
});

describe('findPeople', () => {
  const people = findPeople(SEED_SENTENCE);

  it('names the Kazakh Executive Secretary "Yermek Kosherbayev", with his title and country', () => {
    const p = people.find((x) => x.name === 'Yermek Kosherbayev');
    expect(p, JSON.stringify(people.map((x) => x.name))).toBeDefined();
    expect(p!.title).toContain('Executive Secretary');
    expect(p!.country).toBe('KAZ');
    expect(SEED_SENTENCE.slice(p!.start, p!.end)).toBe('Yermek KOSHERBAYEV');
  });

  it('names the Uzbek Deputy Minister with country UZB, and the ROK Deputy Minister with no foreign country', () => {
    expect(people.find((x) => x.name === 'Dilshod Akhatov')).toMatchObject({ country: 'UZB' });
    const yoon = people.find((x) => x.name === 'Yoon Soon-gu');
    expect(yoon?.title).toMatch(/Deputy Minister/);
    expect(yoon?.country).not.toBe('KAZ');
  });

  it('does not take a country, a forum or a title for a person', () => {
    const names = people.map((x) => x.name);
    for (const n of names) expect(n).not.toMatch(/Kazakhstan|Uzbekistan|Korea|Forum|Ministry|Secretary|Minister/);
  });

  it('reads a title that follows the name as an appositive, with the country it names', () => {
    const [p] = findPeople('The minister met Juan Pablo de la Vega, Chile\'s Undersecretary of Foreign Affairs, on Monday.');
    expect(p).toMatchObject({ name: 'Juan Pablo de la Vega', country: 'CHL' });
    expect(p!.title).toMatch(/Undersecretary of Foreign Affairs/);
    const [q] = findPeople('H.E. Mr. Arif Wibowo, Special Envoy of Minister of Foreign Affairs of the Republic of Indonesia; and others.');
    expect(q).toMatchObject({ name: 'Arif Wibowo', country: 'IDN' });
  });

  it('ends an appositive title at the next comma, so a later country is not the person\'s', () => {
    const [p] = findPeople('Han Min-su, the Foreign Ministry\'s Deputy Minister for Political Affairs, chaired the meeting with Mexico.');
    expect(p?.name).toBe('Han Min-su');
    expect(p?.country).not.toBe('MEX');
  });

  it('takes a country in brackets after the name, and a possessive country before the title', () => {
    const people = findPeople('Foreign Minister Ana Lopes (Portugal) and Colombia\'s Foreign Minister Maria Rosa Gomez attended.');
    expect(people.map((x) => [x.name, x.country])).toEqual([['Ana Lopes', 'PRT'], ['Maria Rosa Gomez', 'COL']]);
  });

  it('keeps a title joined by "and", and a Korean family name that is also a place word ("Hong")', () => {
    const [p] = findPeople('It was headed by Deputy Prime Minister and Minister of Economy and Finance Hong Gil-dong.');
    expect(p?.name).toBe('Hong Gil-dong');
    expect(p?.title).toBe('Deputy Prime Minister and Minister of Economy and Finance');
  });

  it('marks a name of Korean form without a stated country as Korean, and a foreign name not', () => {
    const people = findPeople('Vice Minister Park Ji-won and State Secretary Erik Lindqvist of Sweden met.');
    expect(people.find((x) => x.name === 'Park Ji-won')?.country).toBe('KOR');
    expect(people.find((x) => x.name === 'Erik Lindqvist')?.country).toBe('SWE');
  });

  it('resolves a surname-only mention to the person named in full earlier in the release', () => {
    const { releases } = readReleases([SEED]);
    const facts = extractFacts(releases[0]!);
    const later = facts.find((f) => /Executive Secretary Kosherbayev appreciated/.test(f.text));
    expect(later?.people.map((p) => p.name)).toContain('Yermek Kosherbayev');
  });
});

describe('findCountries and resolveCountry', () => {
  it.each(COUNTRY_SPELLINGS)('resolves "%s" to %s', (spelling, code) => {
    expect(resolveCountry(spelling)?.code).toBe(code);
    expect(findCountries(`Talks were held with ${spelling} on trade.`).map((c) => c.code)).toEqual([code]);
  });

  it('reads "Equatorial Guinea" as one country, not Guinea', () => {
    const found = findCountries('The Minister met the Foreign Minister of Equatorial Guinea.');
    expect(found.map((c) => c.code)).toEqual(['GNQ']);
    expect(found[0]!.text).toBe('Equatorial Guinea');
  });

  it('finds both sides of a hyphenated pair such as "ROK-Kazakhstan"', () => {
    expect(findCountries('the ROK-Kazakhstan strategic partnership').map((c) => c.code)).toEqual(['KOR', 'KAZ']);
    expect(findCountries('the ROK–Uzbekistan meeting').map((c) => c.code)).toEqual(['KOR', 'UZB']);
  });

  it('returns null for a word that is no country', () => {
    expect(resolveCountry('Atlantis')).toBeNull();
    expect(resolveCountry('')).toBeNull();
  });

  it('reports spans that are exactly the text found', () => {
    const text = 'Kazakh and Uzbek officials met in Seoul and Manila with the ROK side.';
    for (const c of findCountries(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(findCountries(text).map((c) => c.code)).toEqual(['KAZ', 'UZB', 'KOR', 'PHL', 'KOR']);
  });
});

describe('findNumbers', () => {
  it('reads "US$500,000" as 500000 US dollars', () => {
    const [n] = findNumbers('The ROK will extend US$500,000 in humanitarian aid to Haiti.');
    expect(n).toMatchObject({ text: 'US$500,000', value: 500000 });
    expect(n!.unit).toMatch(/US\$|USD|dollar/);
  });

  it('reads "some 7,000 people" as 7000 people', () => {
    const n = findNumbers('The festival drew some 7,000 people to the park.').find((x) => x.value === 7000);
    expect(n).toBeDefined();
    expect(n!.text).toContain('7,000');
    expect(n!.unit).toMatch(/^people/);
  });

  it('reads "four direct flights" as 4 flights', () => {
    const n = findNumbers('The carrier will fly four direct flights per week.').find((x) => x.value === 4);
    expect(n).toBeDefined();
    expect(n!.text).toBe('four');
    expect(n!.unit).toMatch(/flights/);
  });

  it('reads "1.9%" as 1.9 percent', () => {
    const n = findNumbers('Trade grew by 1.9% over the year.').find((x) => x.value === 1.9);
    expect(n).toMatchObject({ text: '1.9%', unit: '%' });
  });

  it('leaves years to the date finder when their spans are passed to skip', () => {
    const text = 'In 2019 trade between the two countries reached US$2.9 billion.';
    const nums = findNumbers(text, findDates(text, null));
    expect(nums.some((n) => n.value === 2019)).toBe(false);
    expect(nums.some((n) => Math.abs(n.value - 2.9e9) < 1)).toBe(true);
  });
});

describe('extractFacts on the seed release', () => {
  const { releases } = readReleases([SEED]);
  const facts = extractFacts(releases[0]!);

  it('makes one fact per sentence or bullet, each citing its release and position', () => {
    expect(facts.length).toBeGreaterThanOrEqual(12);
    facts.forEach((f, i) => {
      expect(f.release).toBe('seed-rok-kz-uz-2018');
      expect(f.n).toBe(i);
      expect(f.id).toBe(`seed-rok-kz-uz-2018#${i}`);
      expect(f.text.trim()).toBe(f.text);
    });
  });

  it('marks the 2009 sentence as a dated strategic-partnership fact about Kazakhstan', () => {
    const f = facts.find((x) => x.text.includes('since forging strategic partnership in 2009'));
    expect(f).toBeDefined();
    expect(f!.events).toContain('strategic_partnership');
    expect(f!.countries).toContain('KAZ');
    expect(f!.dates.map((d) => d.value)).toContain('2009');
  });

  it('marks the 1992 sentence as a diplomatic-relations fact about Uzbekistan, not Kazakhstan', () => {
    const f = facts.find((x) => x.text.includes('establishment of diplomatic relations in 1992'));
    expect(f).toBeDefined();
    expect(f!.events).toContain('diplomatic_relations');
    expect(f!.countries).toContain('UZB');
    expect(f!.countries).not.toContain('KAZ');
  });
});

describe('a name does not run into the person after it', () => {
  it('ends "the Heung-in Medal …" before "on Professor X"', () => {
    const things = findThings('Foreign Minister Lee conferred the Heung-in Medal of the Order of Diplomatic Service Merit on Professor Anna Kowalska of Poland.');
    expect(things.map((t) => t.text)).toContain('Heung-in Medal of the Order of Diplomatic Service Merit');
  });

  it('keeps "Minister of State for Foreign Affairs" one title', () => {
    const things = findThings('He met Minister of State for Foreign Affairs of the Kingdom of Saudi Arabia Adel Al-Jubeir.');
    expect(things.map((t) => t.text).some((t) => t.startsWith('Foreign Affairs'))).toBe(false);
  });
});
