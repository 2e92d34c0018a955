/**
 * Skills of the question engine on releases written for these tests (not the development corpus): each test names a
 * pattern of diplomatic English and checks the engine reads it, or abstains where the release does not say.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import type { Engine } from '../../src/engine-types.js';
import { parseReleaseText } from '../../src/releases/parse-text.js';
import type { Reply } from '../../src/reply.js';
import { buildFactIndex } from '../../src/search/fact-index.js';
import { phraseWords, synonymsOf, terms } from '../../src/search/terms.js';
import { findCountries, findCountriesTyped, isCapital, isDemonym } from '../../src/facts/countries.js';
import { analyzeQuestion } from '../../src/qa/analyze.js';
import { answerQuestion } from '../../src/qa/answer.js';
import { findAcronyms, findThings } from '../../src/facts/things.js';
import { findPeople } from '../../src/facts/people.js';
import { findNumbers } from '../../src/facts/numbers.js';
import { correctTypos } from '../../src/qa/typos.js';
import { participleInSubject, spanCandidates } from '../../src/qa/spans.js';

function page(title: string, date: string, paragraphs: string[]): string {
  return ['Press Releases', '', title, '', 'Date', date, 'hit', '12', '', ...paragraphs.flatMap((p, i) => [`${i + 1}. ${p}`, ''])].join('\n');
}

/** A release page whose lines are taken as written (bullets, labelled lines, paragraphs numbered by hand), each followed by a
 * blank line, as the ministry's pages set them. */
function rawPage(title: string, date: string, lines: string[]): string {
  return ['Press Releases', '', title, '', 'Date', date, 'hit', '12', '', ...lines.flatMap((l) => [l, ''])].join('\n');
}

/** Asks questions of one release: the short answer, or null when the engine abstains. */
function asker(rel: ReturnType<typeof parseReleaseText>): (q: string) => string | null {
  const engine = createEngine({ index: buildFactIndex([rel]) });
  return (q) => { const r = engine.ask(q); return r.kind === 'answer' ? r.answer : null; };
}

/** The people a sentence names, each as "name | title". */
function peopleWithTitles(s: string): string[] {
  return findPeople(s).map((p) => `${p.name} | ${p.title ?? ''}`);
}

const RELEASES = [
  parseReleaseText(page('Korea Decides on Emergency Aid for the People of Moldova', '2023-03-14', [
    'The Korean government has made a decision to offer US$3 million in emergency humanitarian assistance to Moldova.',
    'According to an estimate by UNICEF (March 10), more than 100,000 people have crossed into the country.',
  ]), { id: 'test-aid' }),
  parseReleaseText(page('Foreign Minister Meets Peruvian Counterpart', '2016-05-09', [
    'Foreign Minister Han Min-su met with Peru\'s Foreign Minister Ana Maria Sanchez on May 8.',
    'Minister Han noted that the ROK-Peru FTA, signed in March 2011, had boosted trade between the two countries.',
    'He welcomed the Peruvian Congress\'s approval of the agreement in June 2015 and urged the government to make every effort so that the agreement takes effect soon.',
  ]), { id: 'test-fta' }),
  parseReleaseText(page('Korea Attends the Third Pacific Rim Meeting of Trade Ministers', '2019-10-02', [
    'Vice Minister Park Ji-won took part in the third Pacific Rim Meeting of Trade Ministers, held in Lima on October 1 and 2.',
    'Minister of Foreign Affairs Kim Soo-jin, who was in Jakarta for the Asia Ocean Forum 2019 running from September 3 to 5, met her Indonesian counterpart.',
  ]), { id: 'test-prm' }),
  parseReleaseText(page('Ankara Hosts the Ninth Tri-Sea Foreign Ministers\' Meeting', '2021-06-03', [
    'Ankara, the Republic of Turkey, hosted the Ninth Tri-Sea Foreign Ministers\' Meeting on 2 June 2021.',
    'Four journalists from Chile, Ghana and Norway are visiting Turkey on the occasion of the meeting.',
    'The first Tri-Sea Foreign Ministers\' Meeting was held in Oslo in 2013, and the second one in Accra in 2014.',
    'The ministers discussed developments on the Black Sea, in Africa and in the Arctic, and agreed to cooperate more in AI and shipping.',
  ]), { id: 'test-trisea' }),
  parseReleaseText(page('Third Coral Dialogue', '2020-09-10', [
    'Deputy Minister Yoo Jae-won chaired the 3rd Coral Dialogue, where participants went into detail on developments on the Korean Peninsula, in Europe and in Africa.',
    'They agreed to move cooperation forward in IT and maritime security.',
  ]), { id: 'test-coral' }),
  parseReleaseText(page('Results of Korea-Ghana Foreign Ministers\' Talks', '2022-04-12', [
    'The two Ministers noted that cooperation has kept widening since May 2019, when the two countries raised their relations to a "Comprehensive Partnership."',
    'Trade has grown steadily since the ROK-Ghana Economic Partnership Agreement came into force in 2020.',
    'From 2001 the Overseas Traders Support Council was run under the Prime Minister; since March 2021 it has been a council under the Minister of Foreign Affairs.',
    'The two Ministers also welcomed the signing of a cultural agreement between the two countries.',
  ]), { id: 'test-ghana' }),
  parseReleaseText(page('Fourth Andes Foreign Ministers\' Meeting Held in Quito', '2017-08-21', [
    'Quito, Ecuador, hosted the Fourth Andes Foreign Ministers\' Meeting on 20 August 2017.',
    'The Ministers welcomed the launch of the Andes Forum official website (www.andes-forum.org), which will share information among the members.',
    'They also adopted the Andes Quito Declaration, which sets out the direction of their cooperation.',
    'Minister Kim Soo-jin, who was in Quito for the Pacific Alliance Summit on Ecuador 2017 running from August 19 to 21, met her counterpart.',
    'Minister Rojas thanked the ROK for its support, including through the water management capacity-building project, to Ecuador.',
    'The ministers agreed to hold an expanded Andes Cultural Festival in 2018.',
    'Tropical Storm Bertha struck the coast on August 2, inflicting heavy losses.',
  ]), { id: 'test-andes' }),
  parseReleaseText(page('Korea Attends the 2021 Northern Council Ministerial Meeting', '2021-05-20', [
    'The annual Ministerial Meeting of the Northern Council took place by video conference on May 18 and 19.',
    'The delegation of the Republic of Korea was headed by Deputy Prime Minister Bae Soo-min.',
    'The two sides agreed to quickly finalize joint research projects for next year.',
    'Some 1,200 participants attended the opening session.',
  ]), { id: 'test-northern' }),
  parseReleaseText(page('Foreign Minister Holds Talks with Peruvian Counterpart on Margins of UNGA', '2019-09-25', [
    'Minister Han called Peru, the only South American country that sent a medical unit to the ROK in the Korean War, a special friend.',
    'The two sides agreed to work together at the "ROK-Peru Fisheries Center" and in other areas.',
    'According to UNHCR, many people could flee to neighboring countries such as Chile, Bolivia, Brazil and Ecuador.',
    'Peru was the first South American non-permanent member of the UN Human Rights Council to host the session.',
    'The 2nd round of the Korea-Peru investment talks took place in Seoul in May.',
  ]), { id: 'test-peru' }),
  parseReleaseText(page('Korea and Bolivia Hold First Policy Consultation', '2025-03-14', [
    'The ROK opened its Embassy in La Paz in October 2024, and Bolivia plans to open its Embassy in Seoul later this year.',
    'The two sides agreed to hold the second consultation, planned in Sucre in 2026.',
    'At the election, Peru won 140 votes, Chile (131 votes) and Bolivia also stood.',
    'Level 3 (Departure Recommended) remains in place for the border areas, where 12 Korean nationals live.',
  ]), { id: 'test-bolivia' }),
];

const engine: Engine = createEngine({ index: buildFactIndex(RELEASES) });
const answer = (q: string): string | null => { const r: Reply = engine.ask(q); return r.kind === 'answer' ? r.answer : null; };

describe('several releases', () => {
  const older = parseReleaseText(page('Korea and Laos Hold Policy Consultation', '2016-03-02', [
    'The ROK and Laos, which forged a comprehensive partnership in 2012, held their 4th policy consultation in Vientiane.',
  ]), { id: 'test-laos-2016' });
  const newer = parseReleaseText(page('Foreign Ministers of Korea and Laos Meet', '2019-07-11', [
    'The two Ministers noted that the ROK and Laos have been comprehensive partners since they forged a comprehensive partnership in 2012.',
  ]), { id: 'test-laos-2019' });
  const other = parseReleaseText(page('Korea-Laos Vice Ministerial Talks', '2021-05-20', [
    'The ROK and Laos, which forged a comprehensive partnership in 2013, agreed to expand cooperation.',
  ]), { id: 'test-laos-2021' });

  it('cites the earliest release when several state the same historical fact', () => {
    const r = createEngine({ index: buildFactIndex([newer, older]) }).ask('When did Korea and Laos forge a comprehensive partnership?');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(r.answer).toBe('2012');
    expect(r.sources[0]!.release).toBe('test-laos-2016');
    expect(r.sources.map((x) => x.release)).toContain('test-laos-2019');
  });

  it('does not take a partnership of another kind ("comprehensive partnership") for the one asked ("strategic partnership")', () => {
    const r = createEngine({ index: buildFactIndex([older, newer]) }).ask('When did Korea and Laos become strategic partners?');
    expect(r.kind).toBe('abstention');
  });

  it('says the releases disagree, and shows both with their dates, when they give different years', () => {
    const r = createEngine({ index: buildFactIndex([older, other]) }).ask('When did Korea and Laos forge a comprehensive partnership?');
    expect(r.kind).toBe('conflict');
    if (r.kind !== 'conflict') return;
    expect(r.answers.map((x) => [x.answer, x.source.release, x.source.date])).toEqual([
      ['2012', 'test-laos-2016', '2016-03-02'],
      ['2013', 'test-laos-2021', '2021-05-20'],
    ]);
  });
});

describe('engine skills on unseen releases', () => {
  it('reads "$3M", "US$3 million" and "3 mn" as one amount term', () => {
    expect(terms('the $3M for Moldova')).toContain('3m');
    expect(terms('US$3 million in aid')).toContain('3m');
    expect(terms('US$4.2 billion')).toContain('4x2b');
  });

  it('dates an announcement by the release that makes it, not by another date in the release', () => {
    expect(answer('when did Korea announce the $3M for Moldova?')).toBe('March 14, 2023');
  });

  it('gives the date of the act asked about, not the date of a nearer act ("signed in March 2011" vs "approval in June 2015")', () => {
    expect(answer('When was the Korea–Peru FTA signed?')).toBe('March 2011');
    expect(answer('When did the Peruvian Congress ratify the FTA with Korea?')).toBe('June 2015');
  });

  it('abstains when the act asked about is stated only as a wish ("so that the agreement takes effect")', () => {
    expect(answer('When did the ROK–Peru FTA enter into force?')).toBeNull();
  });

  it('prefers the fact that names the meeting in the words of the question over one that shares scattered words', () => {
    expect(answer('dates of the 2019 Pacific Rim Meeting of Trade Ministers?')).toBe('October 1 and 2');
  });

  it('takes the host of a meeting for its place ("Ankara, the Republic of Turkey, hosted …"), not where journalists come from', () => {
    expect(answer('where was the 9th Tri-Sea foreign ministers meeting held?')).toBe('Ankara');
  });

  it('binds a place to the ordinal of its clause ("the first … in Oslo …, and the second one in Accra")', () => {
    expect(answer("Where did the second Tri-Sea foreign ministers' meeting take place?")).toBe('Accra');
    expect(answer("Where did the first Tri-Sea foreign ministers' meeting take place?")).toBe('Oslo');
  });

  it('does not take a topic ("developments … in Africa") or a field ("in AI") for the venue of a meeting', () => {
    expect(answer('Where was the 3rd Coral Dialogue held?')).toBeNull();
  });

  it('reads "raised their relations to" as an upgrade and "came into force" as entry into force', () => {
    expect(answer('When were ROK-Ghana ties upgraded to a Comprehensive Partnership?')).toBe('May 2019');
    expect(answer('when did the korea-ghana economic partnership agreement take effect')).toBe('2020');
  });

  it('lets letters typed in capitals stand for the initials of a name ("OTS council" → Overseas Traders Support Council), and reads "since when"', () => {
    expect(answer('since when has the OTS council been under the foreign minister?')).toBe('March 2021');
  });

  it('answers "what website" with the web address, not a name nearby', () => {
    expect(answer("what's the Andes Forum's official website?")).toBe('www.andes-forum.org');
  });

  it('answers "what document did they adopt" with a name of that kind (a Declaration), not the meeting the question names', () => {
    expect(answer('what document did the Andes ministers adopt in Quito in 2017')).toBe('Andes Quito Declaration');
  });

  it('answers "what event" with the event, its year included, and not the country ("Republic of …")', () => {
    expect(answer('What event took Kim to Quito in August 2017?')).toBe('Pacific Alliance Summit on Ecuador 2017');
  });

  it('reads a lower-case name of the kind asked ("the water management capacity-building project")', () => {
    expect(answer('Which ROK project did Rojas thank Korea for?')).toBe('water management capacity-building project');
  });

  it('keeps a modifier that belongs to the name ("an expanded Andes Cultural Festival") and a kind word that leads it ("Tropical Storm Bertha")', () => {
    expect(answer('What festival did the ministers agree to hold in 2018?')).toBe('expanded Andes Cultural Festival');
    expect(answer('Which storm struck the coast in August 2017?')).toBe('Tropical Storm Bertha');
  });

  it('reads capitals as their governments ("Quito and Seoul" → Ecuador and Korea) without taking them for the answer', () => {
    expect(answer('What festival did Quito and Seoul agree to hold in 2018?')).toBe('expanded Andes Cultural Festival');
  });

  it('does not answer "how many projects" with a count of something else ("the two sides"), but reads "ppl" as people', () => {
    expect(answer('How many joint research projects were finalized?')).toBeNull();
    expect(answer('roughly how many ppl attended the opening session of the Northern Council meeting?')).toBe('Some 1,200');
  });

  it('does not answer "who chaired" with the head of a delegation, but does answer "who headed the delegation"', () => {
    expect(answer('Who chaired the 2021 Northern Council Ministerial Meeting?')).toBeNull();
    expect(answer('Who headed the Korean delegation to the 2021 Northern Council Ministerial Meeting?')).toBe('Bae Soo-min');
  });

  it('answers a country-question whatever words stand between "which" and "country", and lists countries as the text does', () => {
    expect(answer('Which is the only South American country that sent a medical unit to the ROK in the Korean War?')).toBe('Peru');
    expect(answer('which neighboring countries could people flee to, according to UNHCR?')).toBe('Chile, Bolivia, Brazil and Ecuador');
  });

  it('answers "what is X called" with the name even when it is made of the question\'s own words', () => {
    expect(answer("What's the fisheries center Korea runs with Peru called?")).toBe('ROK-Peru Fisheries Center');
  });

  it('does not take the words of a grouping the question names ("South American") for names the release must contain', () => {
    expect(answer('Peru was the first South American non-permanent member of which body?')).toBe('UN Human Rights Council');
  });

  it('abstains when the fact puts the event in another city than the question ("held in Santiago" asked, "in Seoul" stated)', () => {
    expect(answer('which round of the korea-peru investment talks was held in Santiago?')).toBeNull();
    expect(answer('which round of the korea-peru investment talks was held in Seoul?')).toBe('2nd');
  });

  it('does not give the date of another agreement the release names when the one asked is named elsewhere in it', () => {
    expect(answer('When did the Korea-Ghana cultural agreement enter into force?')).toBeNull();
  });

  it('answers "exact date" only with a day', () => {
    expect(answer('exact date the Peruvian Congress approved the agreement?')).toBeNull();
  });

  it('reads months as users type them ("in sept 2018", "the october summit") and holds a fact of another month out', () => {
    expect(answer('where was the Pacific Rim trade ministers meeting held in december?')).toBeNull();
    expect(answer('where was the Pacific Rim trade ministers meeting held in oct 2019?')).toBe('Lima');
  });

  it('does not take a meeting of other ministers ("Trade Ministers") for the one asked ("foreign ministers")', () => {
    expect(answer('where was the third Pacific Rim foreign ministers meeting held?')).not.toBe('Lima');
    expect(answer('where was the third Pacific Rim trade ministers meeting held?')).toBe('Lima');
  });

  it('does not date or place what a release states only as a plan, and answers what did happen', () => {
    expect(answer('when did bolivia open its embassy in seoul?')).toBeNull();
    expect(answer('when did the ROK open its embassy in la paz?')).toBe('October 2024');
    expect(answer('where was the second korea-bolivia consultation held?')).toBeNull();
  });

  it('gives a figure to the country named just before it, and takes no label for a figure', () => {
    expect(answer('how many votes did chile get?')).toBe('131');
    expect(answer('how many votes did bolivia get?')).toBeNull();
    expect(answer('how many korean nationals live in the bolivian border areas?')).toBe('12');
  });

  it('answers a who-question with the person of the nationality asked, and abstains when only another nationality is named', () => {
    expect(answer("Who was Peru's foreign minister that Han met in May 2016?")).toBe('Ana Maria Sanchez');
    expect(answer("Who was Chile's foreign minister that Han met in May 2016?")).toBeNull();
  });
});

describe('what most of the close sentences say', () => {
  const union = parseReleaseText(page('ROK Re-elected to the Council of the Global Postal Union in Group B', '2022-11-02', [
    'The Republic of Korea was re-elected to the Council of the Global Postal Union (GPU) in Group B at the 12th GPU Congress, held in Bern from October 24 to November 4.',
    'This is the ROK\'s ninth consecutive election to the GPU Council, and its fifth consecutive term in Group B since 2002.',
    'In the vote on October 28, the ROK won 102 votes, the second-highest among the candidates for the seats in Group B.',
    'The GPU Council consists of 30 members elected by the Congress: 10 in Group A, 10 in Group C and 10 in Group D.',
  ]), { id: 'test-gpu' });
  const ask = (q: string): string | null => { const r = createEngine({ index: buildFactIndex([union]) }).ask(q); return r.kind === 'answer' ? r.answer : null; };

  it('reads the last noun of a compound as the thing asked ("which council group" asks a group) and ends a name at its acronym', () => {
    expect(ask('which GPU council group was korea elected in')).toBe('Group B');
  });
});

describe('a meeting the releases name only as planned', () => {
  const talks = parseReleaseText(page('Korea and Namibia Hold Foreign Ministers\' Talks', '2024-02-08', [
    'First Vice Foreign Minister Oh Sung-jin held the 6th ROK-Namibia Policy Consultation, which dealt with energy, with Namibian Deputy Minister Anna Shiweda in Windhoek on February 7.',
    'The two sides decided to hold the 1st ROK-Namibia Energy Dialogue in the first half of this year.',
    'They also agreed to launch an ROK-Namibia Joint Committee on Fisheries, with its first meeting to be held in Walvis Bay in 2025.',
  ]), { id: 'test-namibia' });
  const ask = (q: string): string | null => { const r = createEngine({ index: buildFactIndex([talks]) }).ask(q); return r.kind === 'answer' ? r.answer : null; };

  it('does not place a first meeting at the place of another, numbered one when the sentence naming it gives no place', () => {
    expect(ask('where was the 1st ROK-Namibia energy dialogue held')).toBeNull();
    expect(ask('where was the 6th ROK-Namibia policy consultation held')).toBe('Windhoek');
  });

  it('does not take a place "to be held" in for one where it was held', () => {
    expect(ask('where was the first korea-namibia fisheries joint committee held')).toBeNull();
  });
});

describe('figures and what they count', () => {
  const rel = parseReleaseText(page('Korea Congratulates Estonia on Its Parliamentary Election', '2023-03-07', [
    'According to the Electoral Committee, the Reform Party won 37 of the 101 seats, and voter turnout stood at 63.7 percent.',
    'Dr. Kim Ha-na won 98 of the 151 votes cast in the second round and was elected to the Tribunal.',
    'The ROK currently has some 280 troops serving with the UN Mission in South Sudan and about 250 troops with the UN Interim Force in Lebanon (UNIFIL).',
    'Korea imported some 20 million barrels of crude oil from Norway last year, accounting for about 2 percent of its total crude imports.',
    'The Korea Festival in Tallinn drew some 12,000 visitors over five days.',
  ]), { id: 'test-figures' });
  const ask = asker(rel);

  it('takes "37 of the 101 seats" as 37 seats won, out of a whole of 101', () => {
    expect(ask('how many seats did the reform party win in estonia?')).toBe('37');
    expect(ask('how many votes did dr kim get?')).toBe('98');
  });

  it('gives a figure to the country its own words name after it', () => {
    expect(ask('how many korean troops serve with unifil in lebanon?')).toBe('about 250');
  });

  it('answers a share or a turnout with a percentage', () => {
    expect(ask("what share of korea's crude imports comes from norway?")).toBe('about 2 percent');
    expect(ask('estonia election turnout?')).toBe('63.7 percent');
  });

  it('counts visitors as people', () => {
    expect(ask('how many people came to the korea festival in tallinn?')).toBe('some 12,000');
  });

  it('does not give one party\'s seats for another party the release never names', () => {
    expect(ask('how many seats did the centre party win in estonia?')).toBeNull();
  });
});

describe('aid, ties and bodies as desk officers type them', () => {
  const rel = parseReleaseText(page('ROK Provides US$2 Million in Humanitarian Aid to Zambia and Zimbabwe after Floods', '2024-02-20', [
    'The Government of the Republic of Korea has decided to provide a total of US$2 million in humanitarian assistance to Zambia and Zimbabwe.',
    'Amount of assistance: US$1.2 million for Zambia and US$800,000 for Zimbabwe, through the World Food Programme (WFP) and the International Federation of Red Cross and Red Crescent Societies (IFRC).',
    'Korea\'s grant aid to Zambia has totaled some US$90 million since the two countries restored diplomatic relations in 1990.',
    'The Ambassador noted that this year marks the 60th anniversary of the first establishment of diplomatic relations in 1964.',
    'The Korean naval unit, which has operated off the coast of Mozambique since 2021, has some 150 troops on duty.',
  ]), { id: 'test-zambia' });
  const ask = asker(rel);

  it('gives a figure followed by "for <country>" to that country, not the one before it', () => {
    expect(ask('how much did korea give zimbabwe?')).toBe('US$800,000');
    expect(ask('how much did korea give zambia for the floods?')).toBe('US$1.2 million');
  });

  it('reads "re-establish dipl ties" as restoring diplomatic relations', () => {
    expect(ask('when did seoul and lusaka re-establish dipl ties?')).toBe('1990');
  });

  it('takes the words before the head noun as a description of the name asked ("which red cross body")', () => {
    expect(ask('which red cross body is channeling part of the flood money?')).toMatch(/^International Federation of Red Cross/);
  });

  it('ends a bare noun phrase at "off" ("naval unit troop numbers off mozambique")', () => {
    expect(ask('korean naval unit troop numbers off mozambique')).toBe('some 150');
  });
});

describe('an agreement asked by its kind', () => {
  const rel = parseReleaseText(page('Korea and Chile Sign Social Security Agreement', '2024-05-10', [
    'On May 9 in Santiago, the Ambassador of the Republic of Korea to Chile and the Vice Minister of Foreign Affairs of Chile signed the Korea-Chile Social Security Agreement.',
    'The Agreement will enter into force after the two countries complete their domestic procedures.',
    'Negotiations on the Agreement began in 2018 and were concluded in Seoul in March 2023.',
    'The government expects the Agreement, together with the Korea-Chile Free Trade Agreement that took effect in April 2004, to deepen economic ties.',
    'The two sides agreed to work together for the success of the first Korea-Latin America Summit, to be held in Korea in 2026.',
  ]), { id: 'test-ssa' });
  const ask = asker(rel);

  it('does not date the agreement asked by another agreement named before the date', () => {
    expect(ask('when does the korea chile social security agreemnt enter into force')).toBeNull();
    expect(ask('when did the korea-chile FTA take effect?')).toBe('April 2004');
  });

  it('abstains for an agreement of a kind the release never speaks of', () => {
    expect(ask('when did korea and chile sign their visa waiver agreement?')).toBeNull();
    expect(ask('when did korea and chile sign the social security agreement?')).toBe('May 9');
  });

  it('does not take a summit "to be held" for one that was hosted', () => {
    expect(ask('which city hosted the first korea-latin america summit?')).toBeNull();
  });
});

describe('negotiations are not a signing', () => {
  const rel = parseReleaseText(page('Korea and the Andean Community Hold Joint Commission', '2024-03-14', [
    'The two sides welcomed the conclusion of negotiations on the Korea-Andean Community Free Trade Agreement in December 2023 and agreed to work together for its early signing.',
  ]), { id: 'test-andean' });
  const ask = asker(rel);

  it('does not date a signing by the conclusion of negotiations, and dates the conclusion', () => {
    expect(ask('when was the korea-andean community FTA signed?')).toBeNull();
    expect(ask('when were the korea-andean community FTA negotiations concluded?')).toBe('December 2023');
  });
});

describe('who did what at a meeting', () => {
  const rel = parseReleaseText(page('Korea Hosts the 4th Korea-Caribbean Senior Officials\' Meeting', '2024-10-14', [
    'The Ministry of Foreign Affairs hosted the 4th Korea-Caribbean Senior Officials\' Meeting in Incheon from October 12 to 13.',
    'The meeting was chaired by Ambassador Han Do-yun, the Government\'s Special Envoy for Small Island Developing States, and brought together officials from 14 countries, including Rhea Baptiste, Deputy Secretary-General of the Caribbean Community.',
    'Ambassador Han met in Incheon on October 12 with Daniel Ortega-Reyes, U.S. Special Coordinator for the Caribbean, and Keiko Mori, Director-General of Japan\'s Ministry of Foreign Affairs.',
  ]), { id: 'test-caribbean' });
  const ask = asker(rel);

  it('answers "who chaired" with the one the meeting "was chaired by"', () => {
    expect(ask('who chaired the 4th korea-caribbean SOM?')).toBe('Han Do-yun');
  });

  it('reads an appositive title that starts with initials ("U.S. Special Coordinator") and its country', () => {
    expect(ask("who's the US special coordinator for the caribbean?")).toBe('Daniel Ortega-Reyes');
  });

  it('does not read "Island" as Iceland, and reads "Icelandic" as Iceland', () => {
    expect(findCountries('the Special Envoy for Small Island Developing States')).toEqual([]);
    expect(findCountries('the Icelandic delegation').map((c) => c.code)).toEqual(['ISL']);
    expect(ask('who was the icelandic official at the meeting?')).toBeNull();
  });
});

describe('the day, the country, the crowd', () => {
  const rel = parseReleaseText(page('Vice Minister Attends UN Security Council Open Debate on Children in Armed Conflict', '2024-06-27', [
    'Vice Minister Park Eun-ji delivered a statement on June 26 at the UN Security Council Open Debate on Children in Armed Conflict, convened by Guyana, which holds the presidency of the Council for the month of June.',
    'The Embassy held "Korea Days 2024" in Lima from June 3 to 9. Held under the theme "Bridges," the event drew some 18,000 visitors over seven days.',
    'The Ambassador said that exchanges between the two peoples have grown, and noted that the number of Peruvian tourists visiting Korea reached about 31,000 in 2023.',
  ]), { id: 'test-day' });
  const ask = asker(rel);

  it('gives the day rather than the same month said again', () => {
    expect(ask('when did park speak at the unsc open debate on children in armed conflict?')).toBe('June 26');
  });

  it('answers "which country …" with a country even when a "when" clause follows', () => {
    expect(ask('which country chaired the security council in june when the debate was held')).toBe('Guyana');
  });

  it('counts visitors for "how many people", not "the two peoples" nor a count of tourists', () => {
    expect(ask('how many people came to korea days in lima?')).toBe('some 18,000');
  });
});

describe('names described by the words around them', () => {
  const rel = parseReleaseText(page('Korea Designates Entities under Its Independent Sanctions', '2024-04-02', [
    'The entities designated are the Sunrise Trading Corporation, which sends workers abroad; the Kumsong General Trading Company, a front for the Ministry of Fisheries; and the Pyongyang-based Orient Computer Group.',
    'Minister Lee said that Australia would again deploy the frigate HMAS Brisbane to the region from May to July.',
    'Ambassador Ahn Ji-ho presented his credentials on April 1, formally beginning his term as the 21st Korean Ambassador to Peru.',
  ]), { id: 'test-described' });
  const ask = asker(rel);

  it('takes the name whose description holds the question\'s words, and "General Trading Company" for no person', () => {
    expect(ask('which sanctioned company fronts for the fisheries ministry?')).toBe('Kumsong General Trading Company');
  });

  it('takes a name right after a word of the kind asked ("the frigate HMAS Brisbane")', () => {
    expect(ask('which warship is australia sending back to the region?')).toBe('HMAS Brisbane');
  });

  it('reads "X is which envoy … in order" as an ordinal', () => {
    expect(ask('ahn ji-ho is which korean envoy to peru in order?')).toBe('21st');
  });
});

describe('the date of the verb asked', () => {
  const rel = parseReleaseText(page('Government Evacuates Nationals from Sudan by Military Aircraft', '2023-04-26', [
    'The aircraft took off from Port Sudan Airport in Sudan on the night of April 24 and landed at Seoul Air Base in Seongnam on the afternoon of April 25.',
  ]), { id: 'test-sudan' });
  const ask = asker(rel);

  it('dates the landing by the clause that says "landed", and a place named too is no other place', () => {
    expect(ask('when did the sudan evacuation flight land in korea?')).toBe('April 25');
    expect(ask('when did the sudan evacuation flight take off?')).toBe('April 24');
  });
});

describe('an end asked', () => {
  const rel = parseReleaseText(page('Korea Takes Part in COP31 in Antalya', '2026-11-12', [
    'A Korean delegation is taking part in COP31, which opened in Antalya, Türkiye, on November 9 and runs until November 20.',
    'The authorities declared a state of emergency in the province on November 2.',
    'The ROK and Türkiye forged a strategic partnership in 2012.',
    'Dr. Lee Ha-yun was elected to the Committee for a term from March 1, 2027 to February 28, 2031.',
  ]), { id: 'test-end' });
  const ask = asker(rel);

  it('answers an end with the end the text gives, and abstains when it gives only the start', () => {
    expect(ask('When does COP31 in Antalya wrap up?')).toBe('November 20');
    expect(ask('when does dr lee\'s term on the committee expire?')).toBe('February 28, 2031');
    expect(ask('when was the state of emergency lifted?')).toBeNull();
    expect(ask('when did the rok-türkiye strategic partnership end?')).toBeNull();
    expect(ask('when did the rok-türkiye strategic partnership start?')).toBe('2012');
  });
});

describe('the direction of a visit', () => {
  const rel = parseReleaseText(page('President of Kenya Pays State Visit to Korea', '2025-11-21', [
    'At the invitation of President Lee Min-ho of the Republic of Korea, President Daniel Otieno of the Republic of Kenya paid a state visit to the Republic of Korea from November 17 to 20, 2025.',
    'The two Leaders held a summit meeting in Seoul on November 18.',
    'President Otieno invited President Lee to visit Kenya at a mutually convenient time.',
  ]), { id: 'test-visit' });
  const ask = asker(rel);

  it('does not date a visit to Kenya by a Kenyan visit to Korea or a summit in Seoul', () => {
    expect(ask('when is president lee going to visit kenya')).toBeNull();
    expect(ask('when did the kenyan president visit korea?')).toBe('November 17 to 20, 2025');
  });
});

describe('the ROK\'s own figure', () => {
  const rel = parseReleaseText(page('Korea Attends the 11th Our Ocean Conference in Nairobi', '2026-04-18', [
    'The 11th Our Ocean Conference took place in Nairobi, Kenya, from April 15 to 16, 2026. Some 2,500 participants attended the Conference, which announced 412 commitments worth a total of about US$ 9.8 billion.',
    'The ROK delegation was headed by Vice Minister Yoon Se-ra. The ROK announced 12 commitments worth a total of US$ 410 million, up from the 14 commitments it presented at the 10th conference in Busan.',
  ]), { id: 'test-ooc' });
  const ask = asker(rel);

  it('takes the figure of the sentence about the ROK when the ROK is asked, and a capital naming the meeting is its place', () => {
    expect(ask('How many commitments did Korea announce at the Nairobi Our Ocean Conference?')).toBe('12');
    expect(ask('How many commitments were announced at the Nairobi Our Ocean Conference in total?')).toBe('412');
  });
});

describe('parts, totals and sizes', () => {
  const rel = parseReleaseText(page('Korea and Estonia Hold Defence Industry Consultation', '2025-06-12', [
    'Under that contract, Estonia will acquire 120 K9 howitzers, 48 of which will be produced as the K9EE variant in Tartu.',
    'A total of 28 diplomats from 25 countries completed the 2025 programme. Since 2001, a total of 590 diplomats have completed the programme.',
    'The Korea Disaster Relief Team, which the Government dispatched after a magnitude 6.1 earthquake, returned home after a seven-day mission. The 38-member team treated some 1,900 patients.',
  ]), { id: 'test-parts' });
  const ask = asker(rel);

  it('takes "48 of which will be produced as the K9EE" as the K9EE figure', () => {
    expect(ask('how many K9EE will be built in estonia')).toBe('48');
  });

  it('does not take a total "since 2001" for the figure of the year asked', () => {
    expect(ask('how many diplomats finished the 2025 programme?')).toBe('A total of 28');
  });

  it('answers the size of a team with its members, not a magnitude or a duration', () => {
    expect(ask('size of the korea disaster relief team?')).toBe('38');
  });
});

describe('noun-phrase questions and plans', () => {
  const rel = parseReleaseText(page('Korea and Norway Hold 6th Policy Consultation', '2025-03-20', [
    'Deputy Minister Seo Ji-hoon held the 6th Korea-Norway Policy Consultation in Oslo on March 18. The two sides agreed to hold the 7th Policy Consultation in Seoul in the first half of 2026.',
    'The two sides agreed to launch a 2+2 dialogue between their foreign and defence ministries.',
    'In South Sudan, the Hanbit Unit, an engineering unit serving with the UN Mission, is now in its 18th rotation. Stationed in Bor, Jonglei State, since March 2013, the unit has built some 600 km of roads.',
    'Crown Prince Haakon of Norway paid an official visit to Korea from October 22 to 25, 2024.',
  ]), { id: 'test-np' });
  const ask = asker(rel);

  it('answers "the next" meeting with the plan, as written ("the first half of 2026")', () => {
    expect(ask('timing of the next korea norway policy consultation')).toBe('the first half of 2026');
  });

  it('reads the short last part after a dash as what is asked, and a country inside the noun phrase as a modifier', () => {
    expect(ask('norway crown prince korea visit - dates?')).toBe('October 22 to 25, 2024');
    expect(ask('norway crown prince korea visit dates')).toBe('October 22 to 25, 2024');
  });

  it('reads a base as a place, in the sentence that refers back to the unit', () => {
    expect(ask('Hanbit unit base in S. Sudan')).toBe('Bor');
  });

  it('does not date a "2+2" the releases name only as a plan, nor another dialogue for it', () => {
    expect(ask('when was the first korea-norway 2+2 held')).toBeNull();
  });
});

describe('measures and orders', () => {
  const rel = parseReleaseText(page('Korea and Slovenia Hold Strategic Dialogue', '2026-02-11', [
    'Under the Krško project, Korea Hydro & Nuclear Power (KHNP) is to build two 1,100 MW reactors at the Krško site.',
    'Korean construction companies won orders worth US$ 2.3 billion in Slovenia in 2025, up from US$ 1.1 billion in 2024.',
  ]), { id: 'test-measures' });
  const ask = asker(rel);

  it('answers a capacity with its unit, written in capitals ("1,100 MW")', () => {
    expect(ask("What's the capacity of each of the new reactors KHNP is building at Krško?")).toBe('1,100 MW');
  });

  it('reads "construction orders … in 2025" as a figure of that year', () => {
    expect(ask('Korean construction orders in Slovenia in 2025')).toBe('US$ 2.3 billion');
  });
});

describe('who is counted', () => {
  const rel = parseReleaseText(page('Foreign Ministers of Korea and Viet Nam Hold Talks', '2024-05-02', [
    'Noting that about 3.6 million Koreans visited Viet Nam in 2023, Minister Cho asked for continued cooperation for the safety of ROK nationals.',
    'The two Ministers welcomed the growth of exchanges, and noted that some 520,000 Vietnamese tourists visited Korea in 2023.',
  ]), { id: 'test-counted' });
  const ask = asker(rel);

  it('does not count Koreans for a question about another nationality, nor "the two Ministers"', () => {
    expect(ask('how many filipinos visited korea in 2023')).toBeNull();
    expect(ask('how many vietnamese tourists visited korea in 2023?')).toBe('some 520,000');
    expect(findCountries('Filipinos and Kenyans').map((c) => c.code)).toEqual(['PHL', 'KEN']);
  });
});

describe('terms of office', () => {
  const rel = parseReleaseText(page('Korean Candidates Elected to Two UN Bodies', '2026-06-20', [
    'Professor Han Se-jin of Korea University was elected a judge of the Tribunal at the Meeting of States Parties held from June 12 to 16. His nine-year term will run from October 1, 2026 to September 30, 2035.',
    'At the same meeting, on June 15, Dr. Oh Mi-rae was elected a member of the Commission. Her five-year term begins on June 16, 2027.',
  ]), { id: 'test-terms' });
  const ask = asker(rel);

  it('dates a term by the sentence about the term of the person asked, not by the election or another person\'s term', () => {
    expect(ask("When does Han's term at the tribunal begin?")).toBe('October 1, 2026');
    expect(ask("han se-jin's tribunal term dates")).toBe('October 1, 2026 to September 30, 2035');
    expect(ask("When does Oh's term at the commission begin?")).toBe('June 16, 2027');
  });
});

describe('a figure through a channel', () => {
  const rel = parseReleaseText(page('Korea Pledges US$ 20 Million at the Conference on Sudan', '2025-04-16', [
    'The Government of the Republic of Korea pledged US$ 20 million in humanitarian assistance for 2025 at the Conference on Sudan in London.',
    'By channel: WFP US$ 8 million; UNICEF US$ 5 million; UNHCR US$ 4.5 million; Korean NGOs US$ 2.5 million.',
  ]), { id: 'test-channel' });
  const ask = asker(rel);

  it('answers "via UNHCR" from the sentence that names UNHCR, and abstains for a channel never named', () => {
    expect(ask('how much of the 2025 Sudan pledge goes via UNHCR')).toBe('US$ 4.5 million');
    expect(ask('how much of the 2025 Sudan pledge goes via IOM')).toBeNull();
  });
});

describe('question types from noun phrases', () => {
  it.each([
    ['korea gavi pledge 2026-2030', 'number'],
    ["korea's yearly contribuiton to CEPI", 'number'],
    ['korea china ppl exchanges in 2024', 'number'],
    ['max lenght of a WEST stay in the US', 'number'],
    ["What's the upper age limit for the Korea-Japan working holiday scheme?", 'number'],
    ["Abebe is chuncheon's nth foreign honorary citizen?", 'ordinal'],
    ['which FTA number is the gcc agreement for korea?', 'ordinal'],
    ['timing of the next korea finland policy consultation', 'when'],
    ['Hanbit unit base in S. Sudan', 'where'],
    ['which country chaired the council in may when the debate was held', 'country'],
    ['itlos judge vote 2023 - where was the states parties meeting held', 'where'],
    ['top student of the 2025 KNDA korean course?', 'who'],
    ['how many students took part', 'number'],
  ])('reads "%s" as a %s question', (q, type) => {
    expect(analyzeQuestion(q).type).toBe(type);
  });
});

describe('ages', () => {
  const rel = parseReleaseText(page('Korea and Canada Expand Youth Exchange Programme', '2025-03-04', [
    'Under the revised programme, up to 12,000 young people a year may take part. Eligible age: 18 to 35 (previously 18 to 30).',
    'The Minister met Mr. John Carter, a 94-year-old Korean War veteran.',
  ]), { id: 'test-ages' });
  const ask = asker(rel);

  it('answers an age range as written, and never answers an age with another figure', () => {
    expect(ask('age range for the korea-canada youth programme?')).toBe('18 to 35');
    expect(ask('how old is the veteran the minister met?')).toBe('94');
    const none = parseReleaseText(page('Korea and Chile Youth Exchange', '2025-03-04', ['Up to 15,000 young people a year may take part in the programme.']), { id: 'test-noage' });
    const r = createEngine({ index: buildFactIndex([none]) }).ask('upper age limit for the korea-chile youth programme?');
    expect(r.kind).not.toBe('answer');
  });
});

describe('abbreviated given names', () => {
  const rel = parseReleaseText(page('Korea and Bangladesh Hold 6th Foreign Office Consultations', '2026-11-22', [
    'On November 21 in Seoul, Deputy Minister Ahn Seo-yeon and Bangladesh\'s Foreign Secretary Md. Karim Hossain held the 6th Korea-Bangladesh Foreign Office Consultations (FOC).',
  ]), { id: 'test-md' });
  const ask = asker(rel);

  it('keeps "Md." with the name after it, and the sentence whole', () => {
    expect(ask('Who headed the Bangladeshi delegation at the FOC in Seoul with Ahn Seo-yeon?')).toBe('Md. Karim Hossain');
    expect(ask('date of the 6th ROK-Bangladesh foreign office consultations')).toBe('November 21');
  });
});

describe('the chair, the next venue, the ROK among others', () => {
  const rel = parseReleaseText(page('Foreign Minister Attends ASEAN-related Meetings in Vientiane', '2024-07-28', [
    'Minister of Foreign Affairs Cho Tae-yul visited Vientiane, Laos, from July 25 to 27 to attend the ASEAN-related Foreign Ministers\' Meetings hosted by Laos, which holds the ASEAN chairmanship for 2024.',
    '[ASEAN Regional Forum] The ARF, the only regional security forum in the Asia-Pacific in which North Korea takes part, brought together foreign ministers from 27 countries. North Korea was represented at the ambassador level.',
    'Some 2,000 participants attended the Ukraine Recovery Conference in Berlin, held under the theme "United in Defence. United in Recovery. Stronger Together." The next Conference will be hosted by Italy in Rome in 2025.',
  ]), { id: 'test-chair' });
  const talks = parseReleaseText(page('Outcome of Korea-Japan Foreign Ministers\' Talks in Tokyo', '2025-02-11', [
    'Minister Park held talks with the Minister for Foreign Affairs of Japan in Tokyo on February 10. The talks ran for about 90 minutes, including a working dinner.',
    'The two Ministers agreed to expand the ROK-Japan junior diplomat exchange programme from two to four diplomats a year.',
  ]), { id: 'test-tokyo' });
  const ask = (q: string): string | null => { const r = createEngine({ index: buildFactIndex([rel, talks]) }).ask(q); return r.kind === 'answer' ? r.answer : null; };

  it('answers "which country chaired" with the country the text says holds the chair', () => {
    expect(ask('Which country chaired ASEAN in 2024?')).toBe('Laos');
  });

  it('answers "where is the next conference" with the plan, and takes no place from inside a quoted theme', () => {
    expect(ask("where's the next ukraine recovery conf after berlin")).toBe('Rome');
  });

  it('does not read "the korea japan FMs" as the ROK alone', () => {
    expect(ask('how long did the korea japan FMs talk in tokyo')).toBe('about 90 minutes');
  });
});

describe('entry into force by country', () => {
  const rel = parseReleaseText(page('Korea Hosts the 7th Korea-SICA Foreign Ministers\' Meeting', '2026-11-09', [
    'The Ministers welcomed the steady progress of the Korea-Central America FTA, which was signed in Seoul in February 2018 and has taken effect country by country.',
    'The FTA entered into force for Honduras and Nicaragua on October 1, 2019, for Costa Rica on November 1, 2019, and for Panama on March 1, 2021.',
    'Trade between Korea and the FTA partners reached US$ 4.1 billion in 2022.',
  ]), { id: 'test-eif' });
  const ask = asker(rel);

  it('reads "kick in" as entry into force and gives the date of the country asked', () => {
    expect(ask('when did the korea-central america FTA kick in for costa rica?')).toBe('November 1, 2019');
  });
});

describe('medals and who received them', () => {
  const rel = parseReleaseText(page('Ministry Confers the Order of Diplomatic Service Merit', '2025-11-12', [
    'Minister of Foreign Affairs Han Ji-won held a ceremony at the Ministry of Foreign Affairs on November 11 to confer the Order of Diplomatic Service Merit on three foreign nationals.\n\n° Professor Lars Holm of Uppsala University received the Sungnye Medal.\n\n° Grace Wanjiru, President of the Kenya-Korea Alumni Association, received the Changui Medal.',
    'The Order of Diplomatic Service Merit consists of five classes: the Gwanghwa, Heung-in, Sungnye, Changui and Sukjeong Medals.',
  ]), { id: 'test-medals' });
  const ask = asker(rel);

  it('answers who received a medal with its recipient, never with another medal\'s recipient or the one who conferred it', () => {
    expect(ask('Who received the Sungnye Medal at the November 11 ceremony?')).toBe('Lars Holm');
    expect(ask('Who received the Gwanghwa Medal at the November 11 ceremony at MOFA?')).toBeNull();
  });
});

describe('a country by its date', () => {
  const rel = parseReleaseText(page('Korea Hosts the 8th Korea-SICA Foreign Ministers\' Meeting', '2026-11-09', [
    'The FTA entered into force for Honduras and Nicaragua on October 1, 2019, for Costa Rica on November 1, 2019, and for Panama on March 1, 2021.',
  ]), { id: 'test-country-date' });
  const ask = asker(rel);

  it('answers "which country … in March 2021" with the country named last before that date', () => {
    expect(ask('which central american country had the FTA with korea take effect in March 2021')).toBe('Panama');
    expect(ask('which central american country had the FTA take effect in November 2019')).toBe('Costa Rica');
  });
});

describe('a place after "the"', () => {
  const rel = parseReleaseText(page('Spokesperson\'s Statement on the Terrorist Attack in Mogadishu', '2025-10-15', [
    'The Government strongly condemns the terrorist attack at a hotel in Mogadishu, Somalia, which claimed the lives of at least 32 people.',
    'The Embassy of the ROK in Kenya, which is also accredited to Somalia, is keeping a close watch on the situation.',
  ]), { id: 'test-the-place' });
  const ask = asker(rel);

  it('does not give the toll of an attack in Mogadishu for "the nairobi attack"', () => {
    expect(ask('how many were killed in the nairobi attack')).toBeNull();
    expect(ask('how many were killed in the mogadishu attack')).toBe('at least 32');
  });
});

describe('the ROK delegation', () => {
  const rel = parseReleaseText(page('Korea and Russia Hold the 36th Fisheries Committee', '2026-12-20', [
    'The 36th Korea-Russia Fisheries Committee was held in Moscow from December 14 to 18. The Korean delegation was headed by Director-General for International Fisheries Cooperation Seo Min-jae, and the Russian delegation by Vasily Orlov, Deputy Head of the Federal Agency for Fishery.',
  ]), { id: 'test-rok-delegation' });
  const ask = asker(rel);

  it('does not take a person of no known country and no Korean name for the head of the ROK delegation', () => {
    expect(ask('who headed the ROK delegation to the 36th fisheries committee w/ Russia?')).toBe('Seo Min-jae');
  });
});

describe('who led which side', () => {
  const rel = parseReleaseText(page('Government Evacuates Nationals from Sudan', '2023-04-26', [
    'For the operation, the government sent a 30-member rapid deployment team. The ROK Embassy in Sudan, headed by Ambassador Nam Gung-hwan, arranged ground transportation. The team was led by Choi Min-seo, Director-General for Consular Safety.',
    'Second Vice Minister Lee Do-yun attended the 60th anniversary ceremony in Khartoum, which was also attended by Governor Ahmed Musa of Khartoum State.',
    'The Korean delegation was headed by Director-General Kang Tae-ho. The Sudanese side was led by Osman Bashir, Deputy Minister.',
  ]), { id: 'test-sides' });
  const ask = asker(rel);

  it('reads "headed" and "led" as one role, and the side a person leads as their country', () => {
    expect(ask('who headed the rapid deployment team for the sudan evacuation')).toBe('Choi Min-seo');
    expect(ask('who headed the ROK delegation?')).toBe('Kang Tae-ho');
  });

  it('reads "the korean govt" as asking for a Korean official', () => {
    expect(ask('who represented the korean govt at the khartoum 60th anniv ceremony')).toBe('Lee Do-yun');
  });
});

describe('votes and elections', () => {
  const rel = parseReleaseText(page('ROK Elected to the UN Human Rights Council for 2027-2029', '2026-10-15', [
    'The Republic of Korea was elected to the UN Human Rights Council for the 2027-2029 term at the election held at the UN General Assembly in New York on October 14.',
    'The ROK\'s new term begins on January 1, 2027.',
  ]), { id: 'test-votes' });
  const ask = asker(rel);

  it('reads "voted onto" as the election, not the start of the term', () => {
    expect(ask('date korea voted onto HRC for 2027-2029')).toBe('October 14');
  });
});

describe('more question words', () => {
  const rel = parseReleaseText(page('Korea and Norway Mark Anniversary', '2025-06-10', [
    'The Intergovernmental Committee met in New Delhi, India, from December 8 to 13, and inscribed the element on the list on December 10.',
    'Norway will buy 24 K9 howitzers; the Norwegian version, named K9 Vidar, will be assembled in Oslo.',
    'The plane carried some 12 tons of relief goods, and the government also provided US$ 3 million in humanitarian assistance.',
    'Candidate Erik Dahl won 52.3 percent of the valid votes.',
  ]), { id: 'test-qwords' });
  const ask = asker(rel);

  it('keeps "where … when …" a where-question, and "what %" a figure', () => {
    expect(ask('Where did the committee meet when the element was listed?')).toBe('New Delhi, India');
    expect(ask('what % of the vote did Dahl get')).toBe('52.3 percent');
  });

  it('weighs "how much relief cargo" in tons, not money', () => {
    expect(ask('How much relief cargo did the plane carry?')).toBe('some 12 tons');
  });
});

describe('until when', () => {
  const rel = parseReleaseText(page('Government Extends K-ETA Exemption', '2024-12-13', [
    'The government has decided to extend the temporary exemption, which was due to expire on December 31, 2024, by one more year until December 31, 2025.',
    'The Ministry announced the decision on December 12.',
  ]), { id: 'test-until' });
  const ask = asker(rel);

  it('answers "runs until when" with a date the text gives as an end', () => {
    expect(ask('the temporary exemption now runs until when?')).toMatch(/^December 31, 202[45]$/);
    expect(ask('when was the extension announced?')).toBe('December 12');
  });
});

describe('the new one, not the one succeeded', () => {
  const rel = parseReleaseText(page('Park Min-ji Appointed Ambassador for Cyber Affairs', '2025-03-05', [
    'The Ministry of Foreign Affairs announced that Park Min-ji, who until recently served as Ambassador to Finland, has been appointed Ambassador for Cyber Affairs. She took office on March 4.',
    'Ambassador Park succeeds Ambassador Oh Jin-woo, who has been named Ambassador to Chile.',
    'Dr. Lee Sang-woo was elected Secretary-General of the Organization on April 29, succeeding Secretary-General Lars Nilsen of Norway.',
    'Minister Cho asked for continued cooperation on the feasibility study for the Bataan Nuclear Power Plant being carried out by Korea Hydro & Nuclear Power (KHNP).',
  ]), { id: 'test-new' });
  const ask = asker(rel);

  it('answers "the new ambassador" and "who got elected" with the one appointed or elected, a Korean name needing no title', () => {
    expect(ask("who is korea's new cyber affairs ambasador")).toBe('Park Min-ji');
    expect(ask('who got elected secretary general of the organization')).toBe('Lee Sang-woo');
  });

  it('keeps "&" inside a name', () => {
    expect(ask('which company is doing the Bataan nuclear plant feasibilty study') ?? '').toMatch(/^Korea Hydro & Nuclear Power/);
  });
});

describe('hosts and guests, counts and lengths', () => {
  const rel = parseReleaseText(page('Vice President of Kenya Visits Korea', '2025-06-05', [
    'Vice President Daniel Kiprono of Kenya paid an official visit to Korea from June 2 to 5.',
    'Vice President Kiprono said that Kenya regards Korea as a model and asked for Korea\'s support.',
    'Ambassador Yoon Ha-eun joined the Ministry in 1994 and took office as Ambassador for Climate Change on March 4.',
    'Three crew members were kidnapped by pirates on March 4 and released on April 8.',
  ]), { id: 'test-guests' });
  const ask = asker(rel);

  it('does not give the guest for "who hosted lunch for the Kenyan VP"', () => {
    expect(ask('Who hosted lunch for the Kenyan VP?')).toBeNull();
  });

  it('dates "start as ambassador" by "took office", and answers "how long" only with a length of time', () => {
    expect(ask('When did Yoon Ha-eun start as Ambassador for Climate Change?')).toBe('March 4');
    expect(ask('how long were the crew members held captive?')).toBeNull();
  });
});

describe('venues and values', () => {
  const rel = parseReleaseText(page('Korea Festival Held in Doha', '2025-10-20', [
    'The Embassy held the "2025 Korea Festival in Doha" at the Qatar National Convention and Exhibition Centre from October 17 to 19, 2025.',
    'Under the contract, Hyundai Rotem will supply 210 cars for Doha Metro Line 3, worth about US$ 380 million.',
  ]), { id: 'test-venue' });
  const ask = asker(rel);

  it('keeps "X and Exhibition Centre" whole as a venue', () => {
    expect(ask('venue of the 2025 korea fest in doha')).toBe('Qatar National Convention and Exhibition Centre');
  });

  it('answers a contract value with money, not a count', () => {
    expect(ask('Doha Metro Line 3 rolling stock contract value')).toBe('about US$ 380 million');
  });
});

describe('volcanoes, extra flights and talks kicked off', () => {
  const rel = parseReleaseText(page('Government Assists Koreans Stranded in Bali', '2024-07-13', [
    'After Mount Ruang erupted on the evening of July 7, flights at the airport were suspended, leaving around 1,200 Korean travelers stranded.',
    'Working with Korean Air and Jeju Air, the government arranged 5 additional flights on July 11 and 12.',
    'Korea and MERCOSUR officially launched the TA negotiations in Seoul in May 2018.',
  ]), { id: 'test-volcano' });
  const ask = asker(rel);

  it('names a volcano by its "Mount" name and counts "extra" flights as additional ones', () => {
    expect(ask('which volcano erupted and shut the airport in July?')).toBe('Mount Ruang');
    expect(ask('number of extra flights laid on for koreans stranded in bali')).toBe('5');
  });

  it('does not date a launch "kicked off" by anything but a launch', () => {
    expect(ask('when did korea and mercosur kick off TA talks') ?? 'May 2018').toBe('May 2018');
  });
});

describe('floors, areas and how-manyth', () => {
  const rel = parseReleaseText(page('Korean Cultural Center Opens in Porto', '2025-10-20', [
    'The center has a total floor area of 1,250 square meters on five floors.',
    'The new embassy building in Porto is a six-story structure.',
    'Portugal is Korea\'s 28th working holiday partner, and the Koryo-saram community there is some 9,000-strong.',
  ]), { id: 'test-area' });
  const ask = asker(rel);

  it('answers a floor area with an area, floors with stories, and "how-manyth" with an ordinal', () => {
    expect(ask('floor area of the porto cultural center?')).toBe('1,250 square meters');
    expect(ask('how many floors is the new embassy building in porto?')).toBe('six-story');
    expect(ask("portugal is korea's how-manyth working holiday partner?")).toBe('28th');
    expect(ask('koryo-saram community size in portugal')).toBe('some 9,000');
  });
});

describe('what a count counts', () => {
  const rel = parseReleaseText(page('Government Responds to Coach Accident in Austria', '2025-08-02', [
    'On August 1, a coach carrying 31 Korean tourists and a Korean guide overturned on a motorway near Salzburg, Austria.',
    'Nine Korean nationals were injured in the accident, two of them seriously.',
    'The Salzburg Forum brought together delegates from 44 countries and some 1,700 participants from business and academia.',
  ]), { id: 'test-count' });
  const ask = asker(rel);

  it('takes the count whose verb the question uses ("hurt" is "injured")', () => {
    expect(ask('how many koreans were hurt in the austrian coach crash?')).toBe('Nine');
  });

  it('counts countries when countries are asked, even though "countries" is a common word', () => {
    expect(ask('how many countries took part in the salzburg forum?')).toBe('44');
  });
});

describe('names whole: labels, models, projects and editions', () => {
  const rel = parseReleaseText(page('Korea and Zambia Upgrade Ties', '2025-09-12', [
    'The two Presidents agreed to elevate the bilateral relationship to a "Comprehensive Partnership for Green Growth."',
    'President Lungu thanked Korea for deploying a C-130J Hercules transport aircraft to deliver relief goods.',
    'The President asked for support for major projects in Zambia, including the Kafue hydropower dam project and the Lusaka ring road.',
    'On September 10, the 2025 Korea-Zambia Business Forum took place in Lusaka with some 200 companies.',
    'The Embassy held "Korea Week 2025" from September 1 to 7 in Lusaka and Ndola.',
  ]), { id: 'test-whole' });
  const ask = asker(rel);

  it('keeps a quoted partnership label whole, past "for"', () => {
    expect(ask('what did seoul and lusaka upgrade ties to?')).toBe('Comprehensive Partnership for Green Growth');
  });

  it('names a model with its own name ("C-130J Hercules")', () => {
    expect(ask('what plane did korea send to zambia with relief goods?')).toBe('C-130J Hercules');
  });

  it('takes the proper name before a project and the project the question describes', () => {
    expect(ask('which zambian hydropower project did the president ask support for?')).toBe('Kafue hydropower dam project');
  });

  it('dates an edition named with its year ("the 2025 … Forum", "Korea Week 2025")', () => {
    expect(ask('korea zambia business forum 2025 date')).toBe('September 10');
    expect(ask('when did korea week 2025 run in zambia')).toBe('September 1 to 7');
  });
});

describe('a fact about something else', () => {
  const rel = parseReleaseText(page('Korea and Malawi Sign Loan Agreements', '2025-04-02', [
    'The two sides noted that cooperation between Korea and Malawi has broadened in many areas since the two countries established diplomatic relations in April 1965.',
    'The loans will finance the following projects:',
    '- Construction of the Lilongwe Children\'s Hospital (US$ 40 million; 200 beds)',
  ]), { id: 'test-else' });
  const ask = asker(rel);

  it('does not date the start of a construction by the start of relations, even with a low bar for matching', () => {
    const loose = (q: string): string | null => { const r = answerQuestion(buildFactIndex([rel]), q, { minCoverage: 0.3 }); return r.kind === 'answer' ? r.answer : null; };
    expect(loose("when did construction on the malawi children's hospital start?")).toBeNull();
    expect(ask('when did korea and malawi establish diplomatic relations?')).toBe('April 1965');
  });
});

describe('counts now and counts so far', () => {
  const rel = parseReleaseText(page('Korea and Laos Hold Consular Consultation', '2024-11-14', [
    'Director-General Park welcomed Laos\'s decision to extend the visa-free stay for Korean nationals from 15 days to 30 days in August 2024.',
    'As of October 2024, 23 Korean nationals were held in detention facilities in Laos.',
    'The Academy opened the 2024 Fellowship Program for Foreign Diplomats on 8 July at its campus in Seoul.',
    'A total of 27 mid-career diplomats from 25 countries in Asia and Africa are taking part in this year\'s program.',
    'This year\'s session is the 19th, and some 640 diplomats from 97 countries have completed the program so far.',
  ]), { id: 'test-sofar' });
  const ask = asker(rel);

  it('reads "no. of" as a count', () => {
    expect(ask('no. of Koreans in Lao detention as of Oct 2024')).toBe('23');
  });

  it('takes the new length of a stay extended "from 15 days to 30 days"', () => {
    expect(ask('how long can korean nationals now stay in laos without a visa')).toBe('30 days');
  });

  it('does not give a running total "so far" for one year', () => {
    expect(ask('how many foreign diplomats are in the 2024 fellowship program?')).toBe('A total of 27');
  });

  it('reads "this year" as the year of the release', () => {
    const r = createEngine({ index: buildFactIndex([parseReleaseText(page('Korea to Provide Rice through WFP', '2024-03-05', [
      'The ROK will again provide 50,000 tons of Korean rice through the WFP this year.',
      'The rice will go to 9 countries in Africa and Asia.',
    ]), { id: 'test-rice' })]) });
    const ask2 = (q: string): string | null => { const x = r.ask(q); return x.kind === 'answer' ? x.answer : null; };
    expect(ask2('how much rice is korea providing via WFP in 2024?')).toBe('50,000 tons');
    expect(ask2('What is the dollar value of the rice Korea is providing via WFP in 2024?')).toBeNull();
  });
});

describe('whose figure: worth, votes of another term, chancellors', () => {
  const rel = parseReleaseText(page('Korea Elected to the Council', '2025-06-10', [
    'They welcomed the Cusco school, which KOICA built with a US$ 9 million grant, and agreed to launch a new KOICA project on flood control for the Tumbes region, worth US$ 6.5 million.',
    'The ROK was elected to the Council in June 2025 with 171 votes, after its earlier terms in 2001-2002 and 2015-2016.',
    'In his opening remarks, Academy Chancellor Min Tae-ho said that the alumni serve as bridges between the ROK and their countries.',
  ]), { id: 'test-whose' });
  const ask = asker(rel);

  it('gives the figure "worth" after the project it values', () => {
    expect(ask('How much is KOICA putting into the Tumbes flood control project?')).toBe('US$ 6.5 million');
  });

  it('reads "how many … when …" as a count, and does not give this term\'s votes for another term', () => {
    expect(ask('how many votes did korea get when it was elected in 2025?')).toBe('171');
    expect(ask('how many votes did korea win when it was elected for the 2015-2016 term')).toBeNull();
  });

  it('answers a chancellor with a person', () => {
    expect(ask('academy chancellor?')).toBe('Min Tae-ho');
  });
});

describe('price tags, attendance, lengths and Poles', () => {
  const rel = parseReleaseText(page('Korea and Latvia Hold Business Forum', '2025-05-20', [
    'Latvia asked Korean companies to join the Daugava ferry terminal project in Riga, estimated at US$ 140 million.',
    'The Korea Festival, held at Esplanade Park in Riga on May 17 and 18, drew some 24,000 visitors.',
    'The road project will pave 64 km of rural roads and build 7 small bridges in two districts.',
    'Some 40 Korean companies now operate in Latvia, employing about 3,100 people.',
  ]), { id: 'test-tags' });
  const ask = asker(rel);

  it('asks money by "price tag" and a count by "attendance"', () => {
    expect(ask("what's the price tag on the daugava ferry terminal Latvia wants korea in on")).toBe('US$ 140 million');
    expect(ask('korea festival esplanade park attendence')).toBe('some 24,000');
  });

  it('answers a length of roads with a length, and counts Poles, Latvians or Danes as people', () => {
    expect(ask('length of rural roads to be paved under the road project')).toBe('64 km');
    expect(ask('how many Latvians do korean firms in latvia employ')).toBe('about 3,100');
    expect(findCountries('how many Poles, Danes and Turks').map((c) => c.code)).toEqual(['POL', 'DNK', 'TUR']);
    expect(findCountries('the north and south poles')).toEqual([]);
  });
});

describe('names with digits, PKO, and counts asked last', () => {
  const rel = parseReleaseText(page('Korea Announces Contributions at the Conference', '2025-09-18', [
    'Vice Minister Yang announced that the ROK will contribute EUR 2 million over two years to the "Seeds4Peace" initiative.',
    'The ROK is the ninth-largest contributor to the UN peacekeeping budget, with an assessed share of 2.31 percent for the 2025-2027 period.',
    'The Embassy will stay open, and the some 250 troops of the Onnuri Unit serving with UNMISS will continue their mission.',
  ]), { id: 'test-digits' });
  const ask = asker(rel);

  it('keeps a name with digits whole ("Seeds4Peace")', () => {
    expect(analyzeQuestion('How much is the ROK putting into Seeds4Peace?').names).toContain('seeds4peace');
    expect(ask('How much is the ROK putting into Seeds4Peace?')).toBe('EUR 2 million');
  });

  it('reads PKO as peacekeeping operations', () => {
    expect(ask("S. Korea's assessed share of the UN PKO budget for 2025-27?")).toBe('2.31 percent');
  });

  it('finds the noun counted before "how many" at the end, past its verb', () => {
    expect(ask('korean troops still serving with UNMISS, how many?')).toBe('some 250');
  });
});

describe('typos, roads upgraded, and the figure risen from', () => {
  const rel = parseReleaseText(page('Korea Announces Commitments at the 10th Ocean Conference', '2025-04-30', [
    'At the 10th Ocean Conference in Lisbon, some 2,500 participants from over 100 countries announced 390 commitments worth about US$ 9.4 billion.',
    'The ROK announced 12 commitments worth a total of US$ 510 million, up from the 9 commitments worth US$ 240 million it presented at the 9th Conference in Busan.',
    'Trade between Korea and Chile reached US$ 7.4 billion in 2024, and Korean companies invested US$ 1.2 billion in Chile in 2024.',
    'The road project will pave and widen 70 km of rural roads in two provinces.',
    'The Korea Disaster Relief Team was first deployed to Haiti in January 2010.',
    'Minister Seo noted that 26 nuclear reactors are currently operating in the ROK, and that the contract for two new units in Romania was signed in June 2025.',
  ]), { id: 'test-typos' });
  const index = buildFactIndex([rel]);
  const ask = (q: string): string | null => { const r = createEngine({ index }).ask(q); return r.kind === 'answer' ? r.answer : null; };

  it('mends a word the releases never use when it is one letter off one they do, and keeps real words', () => {
    expect(correctTypos('how much did korean companies invset in chile', index)).toBe('how much did korean companies invest in chile');
    expect(correctTypos('ROK comitments at the 10th conference', index)).toBe('ROK commitments at the 10th conference');
    expect(correctTypos('when was the team frist deployed', index)).toBe('when was the team first deployed');
    // (English words the releases do not use are not typos: "likely" is not "lively", "tents" not "tenth")
    expect(correctTypos('how many tents are likely to be sent', index)).toBe('how many tents are likely to be sent');
    expect(correctTypos('aid to Gambia', index)).toBe('aid to Gambia');
  });

  it('answers through the typo', () => {
    expect(ask('how much did korean companies invset in chile in 2024')).toBe('US$ 1.2 billion');
    expect(ask('when was the korean relief team frist sent to haiti?')).toBe('January 2010');
    expect(ask('number of korean reactors opperating?')).toBe('26');
  });

  it('reads roads "upgraded" as no upgrade of relations', () => {
    expect(ask('length of rural roads to be upgraded under the road project')).toBe('70 km');
  });

  it('does not give the figure a total rose from', () => {
    expect(ask('total value of ROK commitments at the 10th ocean conference')).toBe('a total of US$ 510 million');
  });
});

describe('stations, plants, phases and compounds', () => {
  const rel = parseReleaseText(page('Korea and Norway Hold Arctic Dialogue', '2025-06-12', [
    'The participants noted that the Dasan Station in Ny-Ålesund, Svalbard, has been a hub for Arctic research since 2002.',
    "Korea's icebreaking research vessel Araon (7,487 tons) will be joined by a new vessel in 2029.",
    'The K9PL howitzers will be produced at the Huta Stalowa plant in Stalowa Wola.',
    'Phase I of the demining project, which ran from 2018 to 2021 with a budget of US$ 3.5 million, cleared 900 hectares in Kampot Province.',
    'A Korean delegation headed by Ambassador for Counter-Terrorism Cooperation Yoon Ji-hoon visited Oslo from June 9 to 11.',
    'On June 10, the Government decided to designate three individuals and one entity involved in the launch.',
  ]), { id: 'test-stations' });
  const ask = asker(rel);

  it('takes a hyphenated place name as a place, and a name before "plant" as no place', () => {
    expect(ask("where's korea's dasan station")).toBe('Ny-Ålesund');
    expect(ask("where will the k9pl howitzers be produced")).toBe('Stalowa Wola');
  });

  it('asks a tonnage as a figure', () => {
    expect(ask('araon tonnage')).toBe('7,487 tons');
  });

  it('does not give Phase I for Phase II', () => {
    expect(ask('phase II demining project budget')).toBeNull();
    expect(ask('phase I demining project budget')).toBe('US$ 3.5 million');
  });

  it('matches "counterterrorism" to "Counter-Terrorism", and a day of the question is no figure asked', () => {
    expect(ask('dates of the ROK counterterrorism delegation\'s oslo trip')).toBe('June 9 to 11');
    expect(ask('how many individuals did seoul designate after the june 10 decision')).toBe('three');
  });

  it('reads NK as North Korea, "finish" as no Finland, and an envoy "for NK" as no North Korean', () => {
    expect(findCountries('NK sanctions').map((c) => c.code)).toEqual(['PRK']);
    expect(analyzeQuestion('which bridge did Korean companies finish in 2022?').countries).toEqual([]);
    expect(analyzeQuestion("who's the US special rep for NK?").nationality).not.toBe('PRK');
  });
});

describe('when things began', () => {
  const rel = parseReleaseText(page('Korea Hosts 2025 Global Editors Fellowship', '2025-09-03', [
    'The Ministry is hosting 18 editors from 18 countries in Korea from September 1 to 10 under the 2025 Global Editors Fellowship Program.',
    'First launched in 2008 and now in its 18th year, the program invites senior editors from partner countries.',
    'The 5th Korea-Caribbean Foreign Ministers\' Meeting took place in Seoul on 14 May 2025.',
    'In an operation on March 3, 2019, the Haneul Unit rescued 14 crew members of a hijacked ship.',
    'Since it was first deployed in July 2012, the Haneul Unit has escorted some 20,000 vessels.',
  ]), { id: 'test-began' });
  const ask = asker(rel);

  it('gives the year a programme was launched, not this year\'s session', () => {
    expect(ask('what year did the global editors fellowship begin?')).toBe('2008');
  });

  it('does not date the beginning of a series by its 5th meeting', () => {
    expect(ask("What year did the Korea–Caribbean foreign ministers' meetings begin?")).toBeNull();
  });

  it('dates "first sent" by the sentence that says first', () => {
    expect(ask('when was the haneul unit first sent?')).toBe('July 2012');
  });
});

describe('negotiations launched and wrapped up', () => {
  const rel = parseReleaseText(page('Korea and the Andean Community Launch Trade Talks', '2024-03-20', [
    'Korea and the Andean Community officially launched the trade agreement negotiations in Lima in March 2024.',
    'The two sides agreed to conclude the negotiations by the end of 2026.',
  ]), { id: 'test-negotiations' });
  const ask = asker(rel);

  it('does not date the end of negotiations by their launch', () => {
    expect(ask('When did Korea and the Andean Community wrap up their trade agreement negotiations?')).toBeNull();
    expect(ask('when did korea and the andean community start trade agreement negotiations?')).toBe('March 2024');
  });
});

describe('goals, schedules and meetings agreed', () => {
  const rel = parseReleaseText(page('Korea and Laos Sign Demining Agreement', '2024-05-10', [
    'The Lao government has set the goal of becoming free of unexploded ordnance by 2030.',
    'The K3 variant is to be produced locally at a new plant in Vientiane from 2027.',
    'The two also agreed to hold a meeting of the chief envoys of the ROK, the US and Laos in Seoul in June to discuss the next steps.',
    'The clearance teams completed their survey of Xieng Khouang Province in March 2024.',
  ]), { id: 'test-goals' });
  const ask = asker(rel);

  it('does not date a goal, a production start or a meeting agreed as if they happened', () => {
    expect(ask('When was Laos declared free of unexploded ordnance?')).toBeNull();
    expect(ask('when did the first K3 roll off the line in Vientiane')).toBeNull();
    expect(ask('when did the chief envoys actually meet in Seoul')).toBeNull();
    expect(ask('when did the clearance teams complete the survey of Xieng Khouang?')).toBe('March 2024');
  });
});

describe('storms, contracts and whose declaration', () => {
  const rel = parseReleaseText(page('Korea Provides Aid for Cyclone Hollis and Cholera Response', '2025-02-20', [
    'In March 2021, the ROK provided US$600,000 to Madagascar and Comoros after Cyclone Ebba.',
    'Malawi has recorded more than 9,000 cholera cases since December 2024, and the authorities have opened treatment centres in Lilongwe. In Mozambique, where the government declared a state of emergency in the northern provinces on January 14, 2025, cases have been reported in eight provinces.',
    'Under the first executive contract, signed in May 2024, Romania ordered 54 K9 howitzers worth US$ 920 million. Negotiations are still under way on the second executive contract, which covers the K9RO variant.',
    'Second Vice Minister of Foreign Affairs Lim Soo-jin attended a ceremony on May 2 at the Heroes Square in Maputo marking the 50th anniversary of relations.',
  ]), { id: 'test-storms' });
  const ask = asker(rel);

  it('does not give aid after one storm for another', () => {
    expect(ask('how much did korea give comoros for cyclone hollis?')).toBeNull();
    expect(ask('how much did korea give comoros after cyclone ebba?')).toBe('US$600,000');
  });

  it('does not give one country\'s declaration for another, nor cases recorded for a declaration', () => {
    expect(ask('when did malawi declare a cholera emergency')).toBeNull();
    expect(ask('when did mozambique declare a state of emergency')).toBe('January 14, 2025');
  });

  it('does not give the first contract\'s figure for the second', () => {
    expect(ask('how many K9 howitzers does the second executive contract with Romania cover?')).toBeNull();
  });

  it('does not name a Korean-form official for the foreign side', () => {
    expect(ask('who represented the mozambican ministry of foreign affairs at the ceremony?')).not.toBe('Lim Soo-jin');
  });
});

describe('names in titles, judges and palaces', () => {
  it('ends a name at a headline verb, reads "Judge" as a title, and takes no palace for a person', async () => {
    const { findPeople } = await import('../../src/facts/people.js');
    expect(findPeople('Ambassador Park Min-seo Presents Credentials to President of Chile').map((p) => p.name)).toEqual(['Park Min-seo']);
    expect(findPeople('Professor Yoon will succeed Judge Han Tae-sung, who has sat on the Tribunal since 2015.').map((p) => p.name)).toContain('Han Tae-sung');
    expect(findPeople('She presented her credentials to President Gabriel Boric at La Moneda Palace on May 3.').map((p) => p.name)).toEqual(['Gabriel Boric']);
  });

  it('answers who is succeeded by a judge', () => {
    const rel = parseReleaseText(page('Korean Candidate Elected Judge of the Tribunal', '2026-06-12', [
      'Professor Yoon Ha-rin of Hanguk University was elected a judge of the Tribunal on June 11.',
      'Professor Yoon will succeed Judge Han Tae-sung, who has sat on the Tribunal since 2015.',
    ]), { id: 'test-judge' });
    const r = createEngine({ index: buildFactIndex([rel]) }).ask('who is Yoon replacing on the tribunal?');
    expect(r.kind === 'answer' ? r.answer : null).toMatch(/Han Tae-sung/);
  });
});

describe('a plan matched well, a guess matched badly', () => {
  const rel = parseReleaseText(page('Vice Minister Attends Security Council Open Debate', '2025-05-22', [
    'Vice Minister Han announced that the ROK and Norway will co-host a high-level side event on "Space Technologies and the Protection of Civilians" in New York on June 18.',
    'He said the ROK would continue to bring a "Global Bridge" perspective to the Council\'s work on emerging security challenges.',
  ]), { id: 'test-guess' });
  const ask = asker(rel);

  it('abstains when the sentence that matches holds only a plan, rather than answering from a weak match', () => {
    expect(ask('What was agreed at the June 18 ROK-Norway side event on space tech and civilian protection?')).toBeNull();
  });
});

describe('who represented whom', () => {
  const rel = parseReleaseText(page('Mekong-ROK Foreign Ministers\' Meeting Held in Busan', '2024-09-02', [
    'The foreign ministers of Cambodia and Viet Nam attended, while Myanmar was represented by its Ambassador to the ROK, U Thant Zin Oo.',
    'This year the DPRK was represented by its Ambassador to Laos, Kim Chol-ho.',
    'It was co-chaired by Minister Cho and Somsak Inthavong, Minister of Foreign Affairs of the Lao PDR, which serves as co-chair for the Mekong side.',
  ]), { id: 'test-represented' });
  const ask = asker(rel);

  it('finds a person named after a title and a comma, with the country represented', () => {
    expect(ask('who represented myanmar at the mekong-rok ministerial in busan')).toBe('U Thant Zin Oo');
    expect(ask('Who represented Pyongyang at the 2024 meeting?')).toBe('Kim Chol-ho');
  });

  it('reads "the Mekong-ROK meeting" as no nationality of the person asked', () => {
    expect(analyzeQuestion("Who co-chaired the Mekong-ROK foreign ministers' meeting alongside FM Cho?").nationality).toBeUndefined();
    expect(ask("Who co-chaired the Mekong-ROK foreign ministers' meeting alongside FM Cho?")).toBe('Somsak Inthavong');
  });
});

describe('pens, pacts and reshuffles', () => {
  const rel = parseReleaseText(page('Korea and Uganda Sign Air Services Agreement; New Ambassadors Appointed', '2019-04-15', [
    'The Agreement was signed by Park Ji-hoon, Ambassador of the Republic of Korea to Uganda, and Grace Atim, Cabinet Secretary for Works and Transport of Uganda.',
    'The Government on April 12 appointed seven new heads of overseas diplomatic missions.',
    'Ambassador to Latvia Cho Eun-ha, who joined the Ministry in 1993, has been Deputy Permanent Representative in Geneva since August 2017.',
  ]), { id: 'test-pens' });
  const ask = asker(rel);

  it('reads "put pen to paper" as signing, a pact as an agreement and CS as cabinet secretary', () => {
    expect(ask('Who put pen to paper on the aviation pact for Uganda?')).toBe('Grace Atim');
    expect(ask('ugandan transport CS who signed the aviation pact w/ seoul')).toBe('Grace Atim');
  });

  it('names a new ambassador from the sentence about the career, whatever its months', () => {
    expect(ask("who's the new ROK ambassador to latvia (apr 2019)?")).toBe('Cho Eun-ha');
  });

  it('reads "Dominican" as the Dominican Republic', () => {
    expect(findCountries('the Dominican foreign minister').map((c) => c.code)).toEqual(['DOM']);
  });
});

describe('whose side a person is on', () => {
  const rel = parseReleaseText(page('Korea Provides Flood Relief to Malawi', '2025-02-10', [
    'Ambassador of the ROK to Malawi Seo Jin-ho announced the assistance on February 8 in Lilongwe, at a meeting with Grace Banda, Principal Secretary of the Department of Disaster Management Affairs of Malawi.',
    'The ROK side was made up of Deputy Minister for Multilateral Affairs Han Do-yun, who served as chief representative, and Director-General for African Affairs Oh Mi-rae.',
  ]), { id: 'test-sides' });
  const ask = asker(rel);

  it('takes an ambassador "to Malawi" as the ROK\'s, and "our side" as the ROK', async () => {
    const { findPeople } = await import('../../src/facts/people.js');
    expect(findPeople('Ambassador to Malawi Seo Jin-ho spoke.')[0]?.country).toBe('KOR');
    expect(analyzeQuestion('who announced the malawi aid in lilongwe for our side').nationality).toBe('KOR');
    expect(ask('who announced the malawi aid in lilongwe for our side')).toBe('Seo Jin-ho');
  });

  it('reads the role said after a name ("who served as chief representative")', () => {
    expect(ask("Who was Korea's chief representative?")).toBe('Han Do-yun');
  });
});

describe('posts, ages, years that open a sentence, summits', () => {
  const rel = parseReleaseText(page('Korea and Bolivia Tax Convention Signed', '2023-03-10', [
    'The Convention was signed in La Paz by Kang Mi-rae, Ambassador of the Republic of Korea to Bolivia, and Luis Arce Mamani, Bolivia\'s Minister of Economy and Finance.',
    'In 2019, 9,400 Bolivians visited the ROK; in 2022 the number fell to 2,100.',
    'Former Prime Minister Jaime Soto, who died on February 2 at the age of 79, served as prime minister from 1995.',
    'The foreign ministers\' meeting between the ROK and the Andean countries was first held in Lima in 2012.',
  ]), { id: 'test-posts' });
  const ask = asker(rel);

  it('asks a person by the post ("which Korean finance minister") and abstains when only the other side\'s is named', () => {
    expect(analyzeQuestion('Which Korean finance minister signed the Bolivia tax convention?').type).toBe('who');
    expect(analyzeQuestion('what document did the ministers adopt?').type).not.toBe('who');
    expect(ask('Which Korean finance minister signed the Bolivia tax convention?')).toBeNull();
  });

  it('reads "how old … when" as a figure, and a step down as an end', () => {
    expect(analyzeQuestion('how old was soto when he died').type).toBe('number');
    expect(ask('When did Soto step down as prime minister?')).toBeNull();
  });

  it('dates figures by the year that opens their sentence', () => {
    expect(ask('How many Bolivian visitors did Korea get in 2021?')).toBeNull();
    expect(ask('How many Bolivian visitors did Korea get in 2019?')).toBe('9,400');
  });

  it('does not place a summit where a ministers\' meeting was held', () => {
    expect(ask('where was the first Andean-ROK summit held')).toBeNull();
  });
});

describe('acts that date one event and no other', () => {
  const rel = parseReleaseText(page('Korean Sailors Released; Embassy Suspends Operations', '2025-05-21', [
    'Two Korean nationals who had been kidnapped by pirates off Benin were released on May 19 and are now in the care of the Embassy.',
    'The Korean Embassy in Juba has temporarily suspended its operations since April 2.',
    'The Working Group is to hold its first meeting in the second half of 2025.',
    'The two sides agreed to sign an MOU on customs cooperation in the first half of 2026.',
    'The two Ministers agreed to build on the strategic partnership, to which the two countries upgraded their relationship in May 2012.',
  ]), { id: 'test-acts' });
  const ask = asker(rel);

  it('does not date a landing by a release, nor a resumption by a suspension', () => {
    expect(ask('when did the two released Koreans land back in Korea?')).toBeNull();
    expect(ask('When did the ROK embassy in Juba resume operations?')).toBeNull();
    expect(ask('when were the two koreans abducted off benin released?')).toBe('May 19');
  });

  it('reads "is to hold" and "agreed to sign" as plans', () => {
    expect(ask('When did the Working Group hold its first meeting?')).toBeNull();
    expect(ask('when did the two sides sign the customs MOU')).toBeNull();
  });

  it('dates the relative clause after "to which" apart from the agreement before it', () => {
    expect(ask('when did the two countries upgrade to a strategic partnership')).toBe('May 2012');
  });
});

describe('times of day and numbered meetings', () => {
  const rel = parseReleaseText(page('Evacuees from Haiti Arrive in Korea', '2024-03-22', [
    'The aircraft took off from Santo Domingo at 9:15 p.m. local time and landed at Incheon International Airport at 5:30 a.m. on March 21.',
    'North Korea fired a ballistic missile from the Pyongyang area toward the East Sea at around 7:40 on March 18.',
    'Minister Cho co-chaired the 9th Korea-Brazil Joint Commission Meeting on March 19 with Foreign Minister Vieira.',
  ]), { id: 'test-times' });
  const ask = asker(rel);

  it('answers "what time" with the time of the act asked', () => {
    expect(ask('what time did the evacuation plane from santo domingo land at incheon')).toBe('5:30 a.m. on March 21');
    expect(ask('what time did the north fire the missile on march 18')).toBe('around 7:40');
  });

  it('keeps the number of a meeting with its name', () => {
    expect(ask('Which Joint Commission Meeting did Cho and Vieira co-chair?')).toBe('9th Korea-Brazil Joint Commission Meeting');
  });
});

describe('groupings by initials and ships by name', () => {
  it('reads "Korea-PA" as no Panama, and a ship\'s name without the unit after it', () => {
    expect(findCountriesTyped('peruvian FM at the korea-PA ministerial').map((c) => c.code)).toEqual(['PER', 'KOR']);
    const names = findThings('The destroyer ROKS Daejoyeong of the Cheonghae anti-piracy unit was redirected to the waters off Benin.').map((t) => t.text);
    expect(names).toContain('ROKS Daejoyeong');
    expect(names).not.toContain('ROKS Daejoyeong of the Cheonghae');
    expect(findThings('the Executive Council of the League of Coastal States met').map((t) => t.text)).toContain('Executive Council of the League of Coastal States');
  });
});

describe('the verb of a count without "were"', () => {
  const rel = parseReleaseText(page('Korea Holds the 4th Busan Democracy Workshop', '2025-06-20', [
    'Since it was launched in 2021, the Busan Democracy Workshop has trained 118 election officials from 37 countries.',
    'Twenty-six officials from the election management bodies of 14 countries attended this year\'s workshop.',
  ]), { id: 'test-count-verb' });
  const ask = asker(rel);

  it('takes the count whose verb the question uses ("attended")', () => {
    expect(ask('how many election officials attended the 4th busan democracy workshop')).toBe('Twenty-six');
  });
});

describe('cubic meters and ages', () => {
  const rel = parseReleaseText(page('Groundbreaking for a Desalination Plant in Salalah', '2025-03-04', [
    'Once completed, the plant will produce 15,000 cubic meters of drinking water a day.',
    'Under the program, young people between the ages of 18 and 30 from each country can stay for up to 12 months.',
  ]), { id: 'test-cubic' });
  const ask = asker(rel);

  it('keeps cubic meters with the figure, and reads "what ages" as ages', () => {
    expect(ask('salalah desal plant daily output')).toBe('15,000 cubic meters');
    expect(ask('What ages are eligible for the program?')).toBe('18 and 30');
  });
});

describe('abbreviations with a period, founding, times and lengths of time', () => {
  const rel = parseReleaseText(page('Korea Foundation Signs MOU with the University of Lusaka', '2025-04-10', [
    'The MOU was signed by Korea Foundation President Lee Jin-ho and Professor Mwila Banda, Vice-Chancellor of the University of Lusaka.',
    'The Korea-Africa Society was founded in 2009 by the Korean Government and African embassies in Seoul.',
    'They will continue joint patrols in the border zone, conducting them six times in 2025 instead of twice.',
    'Major Kim Da-eun, who served with the Hanbit Unit in South Sudan, said she was one of 19 women among the 280 troops.',
  ]), { id: 'test-abbr' });
  const ask = asker(rel);

  it('reads "Univ." and "Maj." as the words they shorten', () => {
    expect(ask('who signed the MOU for the Univ. of Lusaka side')).toBe('Mwila Banda');
    expect(ask('how many women were in the Hanbit Unit according to Maj. Kim')).toBe('19');
  });

  it('reads "set up" as founded, "N times" as a count, and "phase one length" as a length of time', () => {
    expect(ask('what year was the korea-africa society set up')).toBe('2009');
    expect(ask('how many joint patrols in the border zone next yr')).toMatch(/^six/);
    const truce = parseReleaseText(page('Statement on the Ceasefire', '2025-01-16', [
      'The ceasefire agreement provides for a first phase, which is to last 30 days, during which hostages will be released.',
    ]), { id: 'test-truce' });
    const r = createEngine({ index: buildFactIndex([truce]) }).ask('truce phase one length');
    expect(r.kind === 'answer' ? r.answer : null).toBe('30 days');
  });
});

describe('asides and islands', () => {
  const rel = parseReleaseText(page('Korea Marks 10 Years of Its Second Antarctic Station', '2024-02-12', [
    'Jang Bogo Station, the ROK\'s second Antarctic base after King Sejong Station on King George Island (opened in 1988), began operating on February 12, 2014.',
    'The wintering team at Jang Bogo Station is led by Dr. Ahn Ji-ho.',
  ]), { id: 'test-aside' });
  const ask = asker(rel);

  it('does not date one thing by a date in brackets after another', () => {
    expect(ask('When did Jang Bogo Station begin operations?')).toBe('February 12, 2014');
  });

  it('takes "King George Island" for a place, not a king', async () => {
    const { findPeople } = await import('../../src/facts/people.js');
    expect(findPeople('King Sejong Station on King George Island opened in 1988.').map((p) => p.name)).toEqual([]);
    expect(ask('who leads the wintering team at king sejong station?')).not.toBe('George');
  });
});

describe('where a country ranks', () => {
  it('reads "where does X rank among" as a rank, and finds "17th-largest"', () => {
    expect(analyzeQuestion('where does the ROK rank among government donors to UNICEF?').type).toBe('ordinal');
    expect(analyzeQuestion('where did the 3rd dialogue take place?').type).toBe('where');
    const rel = parseReleaseText(page('Korea and UNICEF Hold Strategic Dialogue', '2024-06-04', [
      'The ROK provided US$ 31.2 million to UNICEF in 2023, making it the 19th-largest government donor to the agency.',
    ]), { id: 'test-rank' });
    const r = createEngine({ index: buildFactIndex([rel]) }).ask('where does the ROK rank among government donors to UNICEF?');
    expect(r.kind === 'answer' ? r.answer : null).toBe('19th-largest');
  });
});

describe('portfolios, designations and secretariats', () => {
  const rel = parseReleaseText(page('Government Designates Individuals for Independent Sanctions', '2025-02-14', [
    'On February 14, 2025, the Government designated 9 individuals and 3 entities for independent sanctions. This is the 12th designation of independent sanctions against North Korea since May 2022.',
    'During the general discussion on October 22, Ambassador for North Korean Human Rights Park Eun-ji delivered the ROK\'s statement.',
    'The leaders welcomed the work of the Trilateral Cooperation Secretariat (TCS), an international organization established in Seoul in September 2011.',
  ]), { id: 'test-designation' });
  const ask = asker(rel);

  it('numbers a designation, whatever month the count started', () => {
    expect(ask('Which round of ROK independent sanctions on the North was the February 14, 2025 designation?')).toBe('12th');
  });

  it('takes an ambassador "for North Korean Human Rights" as the ROK\'s', () => {
    expect(ask("who gave seoul's statement in the general discussion on oct 22")).toBe('Park Eun-ji');
  });

  it('dates a body "established in Seoul in September 2011"', () => {
    expect(ask('when was the TCS set up')).toBe('September 2011');
  });
});

describe('idioms of signing, adopting and putting money in', () => {
  const rel = parseReleaseText(page('Korea and Namibia Sign Air Services Agreement', '2025-03-11', [
    'The Agreement was signed by Yoon Se-ra, Ambassador of the Republic of Korea to Namibia, and Paulus Haimbodi, Minister of Works and Transport of Namibia.',
    'The ministers adopted the "Korea-Namibia Work Plan on Digital Cooperation 2025-2028," which sets out 12 joint projects.',
    'As of the end of 2024, cumulative Korean investment in Namibia stood at US$ 95 million, made by 21 Korean companies.',
    'Since its first contribution of US$2 million in 2010, the ROK has provided a total of US$30 million to the Fund, including US$3 million in 2024.',
  ]), { id: 'test-idioms' });
  const ask = asker(rel);

  it('reads "put pen to paper", "signed off on" and "put into" as signing, adopting and investing or giving', () => {
    expect(ask('Who put pen to paper on the aviation pact for Namibia?')).toBe('Paulus Haimbodi');
    expect(ask('what digital cooperation doc did the ministers sign off on?')).toBe('Korea-Namibia Work Plan on Digital Cooperation 2025-2028');
    expect(ask('How much had Korean firms put into Namibia in total by end-2024?')).toBe('US$ 95 million');
    expect(ask('how much did korea put into the fund in 2024?')).toBe('US$3 million');
  });

  it('does not take a country partnership strategy for a country asked', () => {
    expect(analyzeQuestion('which committee meeting adopted the cambodia country partnership strategy?').type).not.toBe('country');
    expect(analyzeQuestion('Which is the only Latin American country that fought in the Korean War?').type).toBe('country');
  });
});

describe('posts, places in titles and families', () => {
  const rel = parseReleaseText(page('Groundbreaking for a Desalination Plant in Irbid', '2025-01-18', [
    'To this end, Ambassador Choi Dae-ho, the Government\'s Special Envoy for Middle East Peace, will travel to Cairo and Amman from January 20 to 24.',
    'The ceremony was attended by Seo Yu-na, Korean Ambassador to Jordan, and Omar Haddad, Jordanian Minister of Water and Irrigation.',
    'At the opening ceremony, Daejeon Mayor Jang Min-seok and Governor of Jalisco Alejandro Ruiz Cárdenas cut the ribbon.',
  ]), { id: 'test-posts2' });
  const ask = asker(rel);

  it('takes the ambassador posted to the country asked, not an envoy travelling there', () => {
    expect(ask("who is korea's ambassador in amman")).toBe('Seo Yu-na');
  });

  it('reads "Governor of Jalisco" as a title with its place', () => {
    expect(ask('who was the Jalisco governor at the opening?')).toBe('Alejandro Ruiz Cárdenas');
  });
});

describe('blocs and rounds that can be held', () => {
  const rel = parseReleaseText(page('Korea and SICA Hold Foreign Ministers\' Meeting', '2024-06-20', [
    'Trade and investment: Trade between the ROK and the SICA member states came to US$ 7.1 billion in 2023.',
    'The two sides agreed to work together so that the 9th round of negotiations with MERCOSUR can be held in the first half of 2025.',
  ]), { id: 'test-blocs' });
  const ask = asker(rel);

  it('knows MERCOSUR, CARICOM and SICA as blocs, and one bloc\'s trade is not another\'s', () => {
    expect(findCountries('MERCOSUR, CARICOM, SICA and the Pacific Alliance').map((c) => c.code)).toEqual(['MERCOSUR', 'CARICOM', 'SICA', 'PACIFIC_ALLIANCE']);
    expect(ask('korea caricom trade in 2023')).toBeNull();
    expect(ask('korea sica trade in 2023')).toBe('US$ 7.1 billion');
  });

  it('reads "so that the round can be held" as a plan', () => {
    expect(ask('When was the 9th round of Korea–MERCOSUR negotiations held?')).toBeNull();
  });
});

describe('a district with its city', () => {
  it('keeps "Washington, D.C." whole', () => {
    const rel = parseReleaseText(page('Trilateral Vice Foreign Ministerial Talks Held', '2024-10-17', [
      'The 15th Korea-US-Japan Vice Foreign Ministerial Talks took place in Washington, D.C. on October 16.',
    ]), { id: 'test-dc' });
    expect(asker(rel)('where did the 15th trilat vice FM talks take place')).toBe('Washington, D.C.');
  });
});

describe('a list of numbered plans in one sentence', () => {
  it('dates "the 3rd" in "the 1st … in 2015, the 2nd in 2019, and the 3rd in 2023"', () => {
    const rel = parseReleaseText(page('Korea Hosts Conference on Women, Peace and Security', '2024-09-05', [
      'The ROK adopted its 1st National Action Plan in 2015, the 2nd in 2019, and the 3rd in 2023.',
    ]), { id: 'test-plans' });
    const ask = asker(rel);
    expect(ask('when did korea adopt its third national action plan')).toBe('2023');
    expect(ask('when did korea adopt its first national action plan')).toBe('2015');
  });
});

describe('dates and years asked by a noun phrase', () => {
  it('reads "… consent date, …", "… posting years" and "open which days" as when-questions', () => {
    expect(analyzeQuestion('national assembly consent date, korea-chile social security pact').type).toBe('when');
    expect(analyzeQuestion('park min-su zambia posting years').type).toBe('when');
    expect(analyzeQuestion('mongolian embassy condolence book open which days').type).toBe('when');
    expect(analyzeQuestion('what years was kang legal adviser to MOFA').type).toBe('when');
    expect(analyzeQuestion('how many days was the book open').type).toBe('number');
    const rel = parseReleaseText(page('New Ambassadors Appointed', '2019-04-12', [
      'Ambassador to Zambia Park Min-su, who joined the Ministry in 1994, served as Ambassador to Malawi from 2014 to 2017.',
      'The Embassy of Mongolia in Seoul opened a condolence book from February 3 to 5.',
    ]), { id: 'test-years' });
    const ask = asker(rel);
    expect(ask('park min-su malawi posting years')).toBe('2014 to 2017');
    expect(ask('mongolian embassy condolence book open which days')).toBe('February 3 to 5');
  });
});

describe('ages at death', () => {
  it('reads "at the age of 84" as an age', () => {
    const rel = parseReleaseText(page('Condolences on the Passing of a Former Prime Minister', '2025-02-02', [
      'The Government expresses its deep condolences on the passing of former Prime Minister Dorj Ganbat, who died on February 1 in Ulaanbaatar at the age of 84.',
    ]), { id: 'test-age' });
    expect(asker(rel)('how old was ganbat when he died')).toBe('84');
  });
});

describe('a country\'s act is no nationality', () => {
  it('reads "after NK\'s March 16 ICBM launch" as no North Korean asked', () => {
    expect(analyzeQuestion("who did kim talk to on the phone after NK's march 16 ICBM launch").nationality).toBeUndefined();
    expect(analyzeQuestion("Who was Korea's chief representative?").nationality).toBe('KOR');
  });
});

describe('titles written out in full', () => {
  it('reads a list of fields inside a title ("Minister of Agriculture, Forestry and Fisheries Chea Sovannarith") and whose post it is', () => {
    const rel = parseReleaseText(page('Korea Hands Over Rice Aid to Cambodia', '2024-10-22', [
      'Ambassador of the Republic of Korea to Cambodia Park Jeong-wook and Cambodian Minister of Agriculture, Forestry and Fisheries Chea Sovannarith attended the ceremony.',
      'Taking part in the launch were Ambassador of the Republic of Korea to the Lao PDR Oh Tae-kyun, Vice Minister of Natural Resources and Environment of the Lao PDR Chanthanet Boualapha, and other guests.',
      'The meeting was co-chaired by Mr. Kim Dae-sung, Director-General of the Ministry of Foreign Affairs, and Mr. Nguyen Van Long, Assistant Minister of Foreign Affairs of Viet Nam.',
    ]), { id: 'test-list-title' });
    const ask = asker(rel);
    expect(ask('cambodian agriculture minister at the rice ceremony')).toBe('Chea Sovannarith');
    expect(ask('ROK ambassador in laos at the launch')).toBe('Oh Tae-kyun');
    expect(ask('vietnamese co-chair of the meeting')).toBe('Nguyen Van Long');
  });

  it('takes no apostrophe for a quote ("the theme of this year\'s ceremony was "…"") and no possessive for a name ("FM Park\'s letter")', () => {
    const rel = parseReleaseText(page('Commemoration of the Korean War Armistice', '2023-07-28', [
      'The theme of this year\'s ceremony was "Guardians of Freedom, Bridges of Friendship."',
      'Foreign Minister Park Jin sent a message of condolence on November 22 to Minister for Foreign Affairs of Mongolia Battsetseg Batmunkh.',
    ]), { id: 'test-apostrophe' });
    const ask = asker(rel);
    expect(ask('theme of the armistice ceremony')).toBe('Guardians of Freedom, Bridges of Friendship');
    expect(analyzeQuestion("Who was FM Park's condolence message addressed to?").names).toContain('park');
  });
});

describe('what a number or a year in the text is not', () => {
  it('takes "third-largest" for a rank, not the 3rd meeting, and a planned 3rd meeting for no date', () => {
    const rel = parseReleaseText(page('The 2nd Supply Chain Dialogue Held in Hanoi', '2024-05-23', [
      'The two sides noted that two-way trade reached US$ 79.4 billion in 2023, making Viet Nam the ROK\'s third-largest trading partner.',
      'The two sides agreed to hold the 3rd Dialogue in Seoul in 2025.',
    ]), { id: 'test-rank' });
    expect(asker(rel)('When was the 3rd ROK-Vietnam supply chain dialogue held in Seoul?')).toBeNull();
  });

  it('takes the years in brackets after a name for a life ("Jang Tae-il (1890-1962)"), not the date of a medal', () => {
    const rel = parseReleaseText(page('Remains of Independence Patriots Return Home', '2022-08-10', [
      'The patriots are Seo Jae-guk (1882-1941) and Jang Tae-il (1890-1962), who raised independence funds in Hawaii.',
      'Seo Jae-guk was posthumously awarded the Independence Medal in 1995.',
    ]), { id: 'test-life' });
    const ask = asker(rel);
    expect(ask('what year did jang tae-il get the independence medal')).toBeNull();
    expect(ask('what year did seo jae-guk get the independence medal')).toBe('1995');
  });

  it('bounds a year the question gives ("each year before 2019") by the years the sentence states', () => {
    const rel = parseReleaseText(page('Mekong Smart Water Project Launched', '2023-06-09', [
      'Korea raised its annual contribution to the Mekong-Korea Cooperation Fund to US$3 million in 2019.',
    ]), { id: 'test-before' });
    const ask = asker(rel);
    expect(ask('how much did seoul pay into the mekong-korea fund each year before 2019?')).toBeNull();
    expect(ask('how much did seoul pay into the mekong-korea fund each year in 2019?')).toBe('US$3 million');
  });

  it('reads "X years as head of state", "cause of death" and "signatory" as what they ask', () => {
    expect(analyzeQuestion('gantulga years as mongolian head of state').type).toBe('when');
    expect(analyzeQuestion('what was the cause of death of former president gantulga').type).toBe('reason');
    expect(analyzeQuestion('Chilean signatory of the critical minerals MOU').type).toBe('who');
  });
});

describe('journeys and what was set aside', () => {
  const rel = parseReleaseText(page('Korean Nationals Evacuated from Haiti', '2024-03-21', [
    'A six-member rapid response team headed by Kwon Hyuk-jin left for Santo Domingo on March 12.',
    'Phase 1 (March 17): 12 people were flown from Port-au-Prince to Santo Domingo aboard two chartered helicopters, a flight of about 1 hour 10 minutes.',
    'Korea has earmarked 150,000 tons of rice for the regional reserve.',
    'The Australian delegation was headed by Rebecca Whitfield, First Assistant Secretary.',
  ]), { id: 'test-journey' });
  const ask = asker(rel);

  it('reads a length of time written in two units ("1 hour 10 minutes")', () => {
    expect(ask('how long is the chopper ride from port-au-prince to santo domingo')).toBe('about 1 hour 10 minutes');
  });

  it('does not date a return or a leaving by the other ("when did the team come back" after "left for … on March 12")', () => {
    expect(ask('when did the rapid response team come back from santo domingo')).toBeNull();
    expect(ask('when did the rapid response team leave for santo domingo')).toBe('March 12');
  });

  it('reads "set aside" as earmarked, not as a day proclaimed, and "aussie" as Australian', () => {
    expect(ask('how much rice has S. Korea set aside for the reserve?')).toBe('150,000 tons');
    expect(analyzeQuestion('who led the aussie side').countries).toContain('AUS');
  });
});

describe('programmes, editions and channels', () => {
  const rel = parseReleaseText(page('Korea Provides Rice through APTERR; Diplomats Training Program Opens', '2024-10-22', [
    'On October 21, a ceremony to hand over rice donated by the Republic of Korea through the ASEAN Plus Three Emergency Rice Reserve (APTERR) was held in Phnom Penh.\n\no This year, the Korean government is providing a total of 7,000 tons of rice: 4,000 tons to Cambodia and 3,000 tons to Myanmar.',
    'Since 2018, Korea has provided a total of 38,650 tons of rice through APTERR to countries including the Philippines, Lao PDR, Myanmar and Cambodia.',
    'The Korea National Diplomatic Academy opened the 11th Korea-Pacific Islands Diplomats Training Program on August 25. Twenty-two diplomats are taking part in the program, which runs from August 25 to September 5.',
    'In her opening address, the Chancellor said that the program, first held in 2013, has become a lasting bridge between Korea and the Pacific.',
  ]), { id: 'test-programme' });
  const ask = asker(rel);

  it('takes "ASEAN Plus Three" for a name, and a bullet under a lead that names the channel for the channel\'s', () => {
    expect(ask('how many tons of rice is korea sending cambodia through APTERR this year')).toBe('4,000 tons');
  });

  it('answers "when does it run" with the days it runs, and "when did it begin" with its first edition, not the 11th', () => {
    expect(ask('when does the 11th diplomats training program run')).toBe('August 25 to September 5');
    expect(ask('what year did the korea-pacific islands diplomats training program begin')).toBe('2013');
  });
});

describe('a launch told over two sentences', () => {
  const rel = parseReleaseText(page('Statement on North Korea\'s ICBM Launch', '2025-02-26', [
    'The Government strongly condemns North Korea\'s launch of an intercontinental ballistic missile this morning.\n\n° According to the Joint Chiefs of Staff, the missile was a solid-fuel ICBM of the Hwasong-18 type. Fired on a lofted trajectory, it flew some 1,010 km over about 73 minutes and reached an apogee of approximately 6,600 km before falling into the sea.',
    'Special Representative for Korean Peninsula Peace and Security Affairs Lee Seong-ho held a Korea-US-Japan meeting of the heads of delegation for the North Korean nuclear issue in Tokyo on 9 April 2025.',
    'Minister Tajani reaffirmed Italy\'s full support for the ROK\'s policy toward the DPRK.',
  ]), { id: 'test-icbm' });
  const ask = asker(rel);

  it('reads "it" in the second sentence as what the first named, and the question\'s date as the release\'s', () => {
    expect(ask('How far did the Hwasong-18 travel in the February 26, 2025 launch?')).toBe('some 1,010 km');
  });

  it('takes the figure of the noun asked ("an apogee of …"), with a typo the lexicon mends ("altitute")', () => {
    expect(ask('max altitute reached by the lofted Hwasong-18?')).toBe('approximately 6,600 km');
  });

  it('takes a capital after a topic for the venue ("… nuclear issue in Tokyo"), and no "policy toward" for one', () => {
    expect(ask('where did the korea-us-japan nuke envoys meet in april 2025')).toBe('Tokyo');
    expect(ask('where was the meeting with minister tajani held')).toBeNull();
  });
});

describe('terms and bounds', () => {
  const rel = parseReleaseText(page('Korea Elected to the Human Rights Council; Security Council Presidency Ends', '2024-10-10', [
    'The Republic of Korea was elected a member of the United Nations Human Rights Council (HRC) for the 2025-2027 term at the election held on October 9.',
    'This was the first time the ROK had held the rotating presidency of the Security Council since May 2014, during its previous term as a non-permanent member in 2013-2014.',
  ]), { id: 'test-terms' });
  const ask = asker(rel);

  it('answers the years of a term with the term, though the question dates the election ("elected in Oct 2024")', () => {
    expect(ask('ROK term on the HRC elected in Oct 2024 — which years?')).toBe('2025-2027');
  });

  it('reads "before 2024, when did … last" as a date before 2024, and "the first time since May 2014" as the last time', () => {
    expect(ask('before 2024, when did Seoul last hold the security council presidency?')).toBe('May 2014');
  });
});

describe('posts, units and ranks', () => {
  const rel = parseReleaseText(page('Korea and WFP Sign Record of Understanding; Vice Minister Visits the Dongmyeong Unit', '2025-03-13', [
    'On March 12, the Republic of Korea and the UN World Food Programme (WFP) signed a Record of Understanding in Seoul. The document was signed by Deputy Minister for Multilateral Affairs Shin Ji-won and Jeanne Moreau-Lindqvist, WFP Assistant Executive Director for Partnerships.',
    'Assistant Executive Director Moreau-Lindqvist thanked the ROK for its steady support.',
    'The ROK itself once received food assistance from WFP, from 1964 to 1984.',
    'The Dongmyeong Unit has been deployed to UNIFIL since July 2007. The Vice Minister also met the UNIFIL Head of Mission and Force Commander at the mission\'s headquarters in Naqoura.',
    'Some 300 people took part, among them Undersecretary of the Department of National Defense Carlito Mendoza.',
    'The debate was presided over by Mozambican Foreign Minister Veronica Macamo, under the Council presidency of Mozambique.',
  ]), { id: 'test-ranks' });
  const ask = asker(rel);

  it('reads initials written with a small letter ("RoU") as what the release spells out', () => {
    expect(ask('who signed the WFP RoU for the ROK side')).toBe('Shin Ji-won');
  });

  it('does not answer a post with a lower rank of it ("Assistant Executive Director", "Undersecretary")', () => {
    expect(ask('Who is the Executive Director of WFP?')).toBeNull();
    expect(ask('Which Philippine defense secretary attended the ceremony?')).toBeNull();
  });

  it('takes "the Dongmyeong Unit" for no person, and "the name of the force commander" for a person asked', () => {
    expect(analyzeQuestion('What is the name of the UNIFIL force commander?').type).toBe('who');
    expect(ask('What is the name of the UNIFIL force commander the vice minister met in Naqoura?')).toBeNull();
  });

  it('reads presiding as chairing, and "on the receiving end" as no end asked', () => {
    expect(ask('who chaired the open debate')).toBe('Veronica Macamo');
    expect(ask('when was korea itself on the receiving end of WFP food aid')).toBe('1964 to 1984');
  });
});

describe('ships, flags and times', () => {
  const rel = parseReleaseText(page('Independent Sanctions against North Korea', '2025-02-26', [
    'The Government strongly condemns North Korea\'s launch of an ICBM toward the East Sea at around 7:42 a.m. Today\'s launch is North Korea\'s first ICBM launch since December 18, 2024.',
    'The 3 vessels, among them the 4,500-ton oil tanker SEA PEARL 3 flying the flag of Sierra Leone, were found to have carried out at least 14 ship-to-ship transfers with North Korean ships in the East China Sea between June and December 2024, moving an estimated 38,000 tons of refined petroleum.',
  ]), { id: 'test-ships' });
  const ask = asker(rel);

  it('answers "what time" with a time of day only', () => {
    expect(ask('what time did the north fire off the ICBM on feb 26?')).toBe('around 7:42 a.m.');
    expect(ask('what time did the north fire off the ICBM in december 2024?')).toBeNull();
  });

  it('reads a ship\'s flag state, and a sea named after a country for no country', () => {
    expect(ask('sea pearl 3 flag state')).toBe('Sierra Leone');
  });

  it('takes a measure written as a modifier ("the 4,500-ton tanker") for no quantity moved, "STS" for ship-to-ship, and a name in capitals for no initialism', () => {
    expect(ask('how much refined oil did the sanctioned tankers move to NK ships via STS transfers in 2024')).toBe('an estimated 38,000 tons');
  });
});

describe('lists paired with "respectively"', () => {
  const rel = parseReleaseText(page('Vice Minister Meets Families of Detainees and Abductees', '2025-05-02', [
    'Attending were relatives of missionaries Lim Do-hyun, Park Sung-jin and Cho Young-ho, who have been held in North Korea since 2013, 2014 and 2016 respectively, as well as Choi Jung-ae, chairperson of the Korean War Abductees\' Family Union, and Hwang In-cheol, head of the Families of Post-war Abductees Association.',
  ]), { id: 'test-respectively' });
  const ask = asker(rel);

  it('gives each person of the first list the date at the same place in the second', () => {
    expect(ask('since what year has missionary Park Sung-jin been detained in NK')).toBe('2014');
    expect(ask('since what year has missionary Cho Young-ho been detained in NK')).toBe('2016');
  });

  it('reads "Cho Young-ho" as a name though "Young" is a title word, and a post written in lower case after a name', () => {
    expect(ask('name of the chair of the korean war abductee families group')).toBe('Choi Jung-ae');
  });
});

describe('seminars and summits', () => {
  const rel = parseReleaseText(page('2025 Seoul Non-Proliferation Seminar Held; Trilateral Summit', '2025-11-07', [
    'The Ministry of Foreign Affairs co-hosted the 2025 Seoul Non-Proliferation Seminar at the Lotte Hotel Seoul on November 5 and 6. Held for the 9th time since 2017, the seminar brought together some 150 government officials from 27 countries and international organizations.\n\no Theme: "Export Controls in an Era of Emerging Technologies"',
    'President Lee Jung-ho of the Republic of Korea, Prime Minister Hiroshi Maeda of Japan and Premier Wang Lixin of the State Council of the People\'s Republic of China attended the 10th Trilateral Summit.',
  ]), { id: 'test-seminar' });
  const ask = asker(rel);

  it('takes a quoted or labelled theme, not a hotel, for a theme', () => {
    expect(ask('What was the theme of the 2025 Seoul Non-Proliferation Seminar?')).toBe('Export Controls in an Era of Emerging Technologies');
  });

  it('does not take "held for the 9th time since 2017" for a running total', () => {
    expect(ask('how many countries and int\'l orgs were represented at the seoul nonproliferation seminar in nov 2025')).toBe('27');
  });

  it('ends a person at "of Japan" before the "and" that opens the next one', () => {
    expect(ask('Chinese premier at the 10th trilateral summit?')).toBe('Wang Lixin');
  });
});

describe('an audience', () => {
  it('answers attendance with the people who came, not the days the festival ran', () => {
    const rel = parseReleaseText(page('Korean Film Festival in Poland', '2024-05-20', [
      'The festival screened 14 Korean feature films over ten days at Kino Muranow in Warsaw, and drew some 6,800 viewers in all.',
    ]), { id: 'test-audience' });
    expect(asker(rel)('korean film festival poland attendance')).not.toBe('over ten days');
  });
});

describe('consulates and places no release names', () => {
  const rel = parseReleaseText(page('Korea Opens an Honorary Consulate in Osh', '2024-06-15', [
    'The Honorary Consulate of the Republic of Korea in Osh, the Kyrgyz Republic, opened on June 14, 2024.\n\no Honorary Consul: Azamat Toktogulov (Chairman of the Fergana Valley Business Association)',
    'In his remarks, Ambassador Kim Sang-woo noted that Osh lies some 600 kilometres from the Embassy in Bishkek.',
    'The 5th Korea-Nordic Arctic Cooperation Dialogue was held in Tromsø, Norway.',
  ]), { id: 'test-consul' });
  const ask = asker(rel);

  it('takes an honorary consul for no citizen of the country he serves, and an ambassador for no consul', () => {
    expect(ask('who\'s korea\'s honorary consul in osh')).toBe('Azamat Toktogulov');
  });

  it('abstains on a place typed in lower case that no release names, but not on one a letter off ("tromso")', () => {
    expect(ask('who is the ROK honorary consul in samarkand')).toBeNull();
    expect(ask('where was the korea-nordic arctic dialogue held')).toBe('Tromsø, Norway');
  });

  it('gives a distance with its unit written the British way', () => {
    expect(ask('distance osh to the embassy in bishkek')).toBe('some 600 kilometres');
  });
});

describe('wildfires, channels and delegations', () => {
  const rel = parseReleaseText(page('Korea Provides Humanitarian Assistance to Greece', '2024-04-24', [
    'The Government of the Republic of Korea has decided to provide US$300,000 in humanitarian assistance to help the people of Greece affected by the large-scale wildfires that broke out in the Evros region on August 19.\n\n° Channel: the Hellenic Red Cross',
    'The wildfires, which have spread across the Evros region, have burned more than 81,000 hectares of land.',
    'Second Vice Minister Lee Seung-hwan met on April 23 with a delegation of the Georgia-Korea Parliamentary Friendship Group of the Parliament of Georgia, led by its Chairman, MP Levan Kharatishvili. During their stay, the delegation will meet Kim Tae-won, Chairman of the Korea-Georgia Parliamentary Friendship Group of the National Assembly.',
    'The delegation is visiting Korea from April 21 to 26. On April 23 it met the Vice Minister.',
  ]), { id: 'test-wildfire' });
  const ask = asker(rel);

  it('reads fires as wildfires that broke out, and "put out" as an end the releases do not give', () => {
    expect(ask('When did the Evros fires start?')).toBe('August 19');
    expect(ask('when were the evros wildfires finally put out')).toBeNull();
  });

  it('reads "area burned" as a figure and "through which organization" as the channel a bullet labels', () => {
    expect(ask('evros wildfire area burned')).toBe('more than 81,000 hectares');
    expect(analyzeQuestion('through which organization will the Greek wildfire aid be delivered').type).toBe('thing');
  });

  it('gives "the georgian … delegation" its nationality, and "dates" the days of a stay', () => {
    expect(analyzeQuestion('who led the georgian parliamentary friendship group delegation to seoul?').nationality).toBe('GEO');
    expect(analyzeQuestion('who announced the kenya aid in nairobi for our side').nationality).toBe('KOR');
    expect(ask('Georgian MPs\' Korea visit dates (april 2024)')).toBe('April 21 to 26');
  });
});

describe('a total and its parts', () => {
  const rel = parseReleaseText(page('Korean Nationals Evacuated from Haiti', '2024-03-21', [
    'The Government evacuated a total of 35 people, 31 Korean nationals and 4 family members of foreign nationality, from Haiti.',
    'The ROK announced 14 commitments worth a total of US$ 624 million, up from the 10 commitments worth US$ 297 million it announced the year before.',
  ]), { id: 'test-total' });
  const ask = asker(rel);

  it('gives the part the question counts, and the total when a total is asked', () => {
    expect(ask('how many korean nationals were evacuated from haiti')).toBe('31');
    expect(ask('total evacuees from haiti incl. foreign family members')).toBe('a total of 35');
  });

  it('takes no figure "up from" a total for a part of it', () => {
    expect(ask('How many commitments did Korea announce?')).toBe('14');
  });
});

describe('numbers that are no figures', () => {
  const rel = parseReleaseText(page('Embassy in Kenya Moves; e-Apostille Service; Climber Repatriated', '2025-03-10', [
    'During the suspension, Korean nationals in an emergency should call the Embassy\'s emergency line (+254-733-600-411).',
    'Fee: e-Apostilles will be issued free of charge.',
    'The avalanche struck at around 6,100 meters on the south face of Annapurna in Nepal.',
    'The largest group of this year\'s volunteers, 31, will serve in Viet Nam.',
  ]), { id: 'test-phone' });
  const ask = asker(rel);

  it('reads a telephone number, an altitude and something free of charge', () => {
    expect(ask('emergency number during the nairobi embassy move')).toBe('+254-733-600-411');
    expect(ask('altitude where the annapurna avalanche hit')).toBe('around 6,100 meters');
    expect(ask('how much does an e-apostille cost')).toBe('free of charge');
  });

  it('names a country as the release spells it ("Viet Nam")', () => {
    expect(ask('Which country gets the largest group of volunteers?')).toBe('Viet Nam');
  });
});

describe('whose pledge, which agreement, which mission', () => {
  const rel = parseReleaseText(page('Korea Pledges to the Green Climate Fund; Honorary Consulate Opens; FTA Upgraded', '2025-10-06', [
    'At the High-Level Pledging Conference for the Green Climate Fund\'s second replenishment, held in Bonn, Germany, on October 5, the government of the Republic of Korea pledged US$ 300 million.',
    'The conference, hosted by the German government, drew pledges totalling US$ 12.8 billion from 25 countries.',
    'Signed in February 2003 and in force since April 2004, the Korea-Chile FTA has served as the foundation for bilateral trade. The two ministers welcomed the signing of the upgraded Korea-Chile FTA in December 2025.',
    'The Honorary Consulate of the Republic of Korea in Osh, the Kyrgyz Republic, opened on June 14, 2024.',
  ]), { id: 'test-whose' });
  const ask = asker(rel);

  it('does not give Korea\'s pledge, nor a total of many countries, for Germany\'s', () => {
    expect(ask('How much did Germany pledge at the GCF conference in Bonn?')).toBeNull();
    expect(ask('How much did Korea pledge at the GCF conference in Bonn?')).toBe('US$ 300 million');
  });

  it('does not date an upgraded agreement by the one it upgrades, nor an embassy by a consulate', () => {
    expect(ask('When did the upgraded Korea-Chile FTA take effect?')).toBeNull();
    expect(ask('When did the Korea-Chile FTA take effect?')).toBe('April 2004');
    expect(ask('When did Korea open its embassy in Kyrgyzstan?')).toBeNull();
  });
});

describe('numbered units and journeys', () => {
  const rel = parseReleaseText(page('Korea Wins Nuclear Plant Contract; Space Cooperation; Evacuation', '2025-09-12', [
    'The first concrete for Unit 1 is scheduled to be poured in 2029, with Unit 1 to begin commercial operation in 2035 and Unit 2 in 2036.',
    'Space cooperation dates back to 2006, when the two sides began jointly developing DubaiSat-1, which was launched in 2009. The ROK\'s lunar orbiter Danuri, launched in August 2022, shows how far both have come.',
    'Phase 2 (March 19): 19 people travelled overland in a convoy from Port-au-Prince to Cap-Haitien, a journey of about 8 hours.',
  ]), { id: 'test-units' });
  const ask = asker(rel);

  it('gives each numbered unit the date written after it', () => {
    expect(ask('when is unit 2 due to start commercial operation')).toBe('2036');
    expect(ask('when is unit 1 due to start commercial operation')).toBe('2035');
  });

  it('does not date DubaiSat-2 by DubaiSat-1, nor by another satellite in the same paragraph', () => {
    expect(ask('When was DubaiSat-2 launched?')).toBeNull();
    expect(ask('When was DubaiSat-1 launched?')).toBe('2009');
  });

  it('takes the place a journey went to, not the one it left', () => {
    expect(ask('which city did the phase 2 convoy drive to from the haitian capital')).toBe('Cap-Haitien');
  });
});

describe('plans, grants and the initials of a paragraph', () => {
  const rel = parseReleaseText(page('Korea and Bangladesh Adopt the Third Country Partnership Strategy', '2024-03-05', [
    'Under the third CPS, the two sides chose four priority areas. The ROK plans to provide up to US$ 3 billion to Bangladesh over the five-year period, made up of about US$ 250 million in grants and up to US$ 2.75 billion in concessional loans from the EDCF.',
    'Minister Cho reaffirmed the ROK\'s commitment to expand its official development assistance to Africa to US$ 10 billion by 2030.',
    'Second Vice Minister of Foreign Affairs Oh Young-ju attended the send-off ceremony for the volunteers.',
  ]), { id: 'test-grants' });
  const ask = asker(rel);

  it('takes the figure the question names ("grant money" — "US$ 250 million in grants"), though the sentence names other initials', () => {
    expect(ask('how much grant money does the ROK plan for bangladesh under the third CPS')).toBe('about US$ 250 million');
  });

  it('reads "intend" as the frame of a question, and "which 2nd vice FM" as a person asked', () => {
    expect(ask('How much ODA does Seoul intend to channel to Africa by 2030?')).toBe('US$ 10 billion');
    expect(analyzeQuestion('which 2nd vice FM spoke at the send-off').type).toBe('who');
  });
});

describe('calls, clauses and anniversaries', () => {
  const rel = parseReleaseText(page('FM Holds Phone Call with Chile\'s New Foreign Minister', '2026-03-17', [
    'On the afternoon of March 17, Minister of Foreign Affairs Kwon Jae-hyuk held a 25-minute telephone conversation with Ignacia Valdes, Minister of Foreign Affairs of the Republic of Chile, who took office on March 11.',
    'The Ministers noted that next year will mark the 65th anniversary of the establishment of diplomatic relations between the two countries on April 18, 1962.',
    'Foreign Minister Kwon Jae-hyuk held talks in Seoul on March 12 with the Polish foreign minister. This is the Polish minister\'s first visit to the ROK since he took office in July 2024.',
    'In addition, the two sides agreed to raise the annual quota of the ROK-Poland Working Holiday Program from 200 to 500 people, starting in January 2026.',
  ]), { id: 'test-calls' });
  const ask = asker(rel);

  it('dates a call by its own day, not the day the other minister took office, and gives its length', () => {
    expect(ask('when did FM kwon phone the new chilean foreign minister')).toBe('March 17');
    expect(ask('how long was the kwon-valdes call')).toBe('25-minute');
  });

  it('takes a date before the release in a sentence about an anniversary for history, and "since he took office" for no event', () => {
    expect(ask('what year did seoul and santiago establish dipl ties')).toBe('April 18, 1962');
    expect(ask('when did kwon sit down with the polish FM in seoul?')).toBe('March 12');
  });

  it('reads "what will the yearly … cap be" as a figure', () => {
    expect(analyzeQuestion('what will the yearly working holiday cap for poles be from 2026').type).toBe('number');
  });
});

describe('awards and their editions', () => {
  const rel = parseReleaseText(page('Friends of Korea Award Ceremony Held', '2025-12-11', [
    'The Ministry of Foreign Affairs held the 5th "Friends of Korea" Award Ceremony on December 10 in Seoul, honoring 12 foreign nationals.',
    'The Grand Prize (Foreign Minister\'s Award) went to Mr. Mehmet Yildirim, a 94-year-old Turkish veteran of the Korean War.',
  ]), { id: 'test-award' });
  const ask = asker(rel);

  it('reads the edition of a quoted award ceremony', () => {
    expect(ask('which edition of the friends of korea award was held in dec 2025')).toBe('5th');
  });

  it('reads "… grand prize winner" as a person, and "to date" as no date asked', () => {
    expect(ask('2025 friends of korea grand prize winner')).toBe('Mehmet Yildirim');
    expect(analyzeQuestion('friends of korea award total recipients to date').type).not.toBe('when');
  });
});

describe('halves of years, hospitals and counts without "how many"', () => {
  const rel = parseReleaseText(page('Travel Advisory Raised; Bus Accident in Spain; e-Apostille Service', '2024-10-15', [
    'According to the IOM, more than 110,000 people were displaced in Cabo Delgado between January and June 2024.',
    'The four seriously injured are being treated at Virgen de las Nieves University Hospital in Granada.',
    'Overseas Koreans Day was designated in 2007 to honor the contributions of overseas Koreans.',
    'The number of apostilles issued by the ROK rose from 210,000 in 2014 to 612,000 in 2023.',
  ]), { id: 'test-halves' });
  const ask = asker(rel);

  it('reads "the first half of 2024" and "first designated" as no meeting\'s number', () => {
    expect(analyzeQuestion('how many people were displaced in cabo delgado in the first half of 2024').ordinals).toEqual([]);
    expect(ask('When was Overseas Koreans Day first designated?')).toBe('2007');
  });

  it('names a hospital with its particles and reads a bare noun phrase with a verb in -ing', () => {
    expect(ask('hospital treating the seriously injured koreans in spain')).toMatch(/^Virgen de las Nieves University Hospital/);
  });

  it('counts things a noun phrase names with what was done to them ("apostilles issued … in 2023")', () => {
    expect(ask('apostilles issued by korea in 2023')).toBe('612,000');
  });
});

describe('flights, full names and months', () => {
  const rel = parseReleaseText(page('Remains of Korean Climber Repatriated from Nepal', '2025-05-02', [
    'The remains of Mr. Kim, who died in an avalanche on Annapurna in Nepal, arrived at Incheon aboard Korean Air flight KE696 from Kathmandu on May 1.',
    'Foreign Minister Cho Tae-yul expressed his condolences to the bereaved family.',
    'This was the first time the ROK had held the rotating presidency of the Security Council since May 2014, during its term in 2024-2025.',
  ]), { id: 'test-flight' });
  const ask = asker(rel);

  it('reads a flight number, and no surname alone for a full name', () => {
    expect(ask('flight number that brought the remains home from kathmandu')).toBe('KE696');
    expect(ask('full name of the korean climber killed on annapurna')).toBeNull();
  });

  it('answers "what month" with no span of years', () => {
    expect(ask('What month did Korea hold the UNSC presidency in 2025?')).toBeNull();
  });
});

describe('new figures and what an envoy covers', () => {
  const rel = parseReleaseText(page('5th Korea-CARICOM Joint Commission Held; New Ambassadors Named', '2023-09-12', [
    'The Korean side announced that the ROK will raise its annual contribution to the Fund to US$ 1.5 million from 2024.',
    'As part of the initiative, the ROK will provide two 40-ton fisheries patrol boats to Belize and Grenada in 2024.',
    'President Yoon replied that the ROK would raise the number of Turkmen students invited under the Global Korea Scholarship from 15 to 30 a year starting in 2024.',
    'Ambassador to Kenya Choi Dong-jin, who will also be accredited to Uganda and Eritrea, was Ambassador to Zimbabwe from 2015 to 2018.',
  ]), { id: 'test-new' });
  const ask = asker(rel);

  it('takes "new" and "yearly" for words any sentence may leave out or say as "annual"', () => {
    expect(ask('new yearly ROK contribution to the caricom fund from 2024')).toBe('US$ 1.5 million');
  });

  it('takes the new figure of "from 15 to 30" when the question starts from a year', () => {
    expect(ask('how many turkmen students a year will get the GKS scholarship from 2024')).toBe('30');
  });

  it('reads "cover" as accredited to', () => {
    expect(ask('Which envoy will also cover Uganda and Eritrea?')).toBe('Choi Dong-jin');
  });
});

describe('two cities, allowances and turnouts', () => {
  const rel = parseReleaseText(page('Trade and Investment Roadshows; Public Diplomacy Week; Youth Ambassadors', '2023-11-20', [
    'The second trade and investment roadshow took place in Warsaw and Budapest from October 9 to 12.',
    'Each youth ambassador receives a monthly allowance of KRW 500,000 during the programme.',
    'Over six days, the Public Diplomacy Week drew about 38,000 visitors to 60 events.',
    'The 9th Korea-Czech Joint Committee was co-chaired by Director-General Park Min-ho and Jan Dvorak, Deputy Minister of Industry of the Czech Republic.',
  ]), { id: 'test-cities' });
  const ask = asker(rel);

  it('names both cities of one event, and reads an allowance as a figure', () => {
    expect(ask('where did the second trade & investment roadshow take place?')).toBe('Warsaw and Budapest');
    expect(ask('monthly allowance for the youth ambassadors')).toBe('KRW 500,000');
  });

  it('reads the turnout of an event as its crowd', () => {
    expect(ask('total turnout public diplomacy week')).toBe('about 38,000');
  });

  it('reads "for the czechs" as the side asked', () => {
    expect(analyzeQuestion('who co-chaired the 9th korea-czech joint committee for the czechs').nationality).toBe('CZE');
    expect(analyzeQuestion('who headed the rapid deployment team for the lebanon evacuation').nationality).toBeUndefined();
  });
});

describe('the casualties counted', () => {
  it('gives no count of the killed or the wounded for the missing', () => {
    const rel = parseReleaseText(page('Commemoration for Filipino Korean War Veterans', '2023-07-28', [
      'The Philippines sent 7,420 troops to the Korean War. Of them, 116 were killed in action and 299 were wounded.',
    ]), { id: 'test-missing' });
    const ask = asker(rel);
    expect(ask('how many filipino soldiers went missing in action in korea')).toBeNull();
    expect(ask('how many filipino soldiers were killed in action in korea')).toBe('116');
  });
});

describe('first times and first vice ministers', () => {
  it('reads "1st VFM" as a rank, not the first meeting', () => {
    expect(analyzeQuestion('when did 1st VFM Yoo sit down with the detainee families').ordinals).toEqual([]);
    expect(analyzeQuestion('when was the 1st dialogue held').ordinals).toEqual([1]);
  });

  it('gives no date of a dialogue that says nothing of a first time for "the first" one', () => {
    const rel = parseReleaseText(page('Vice Ministerial Strategic Dialogue Held', '2024-09-03', [
      'First Vice Minister Kim Hong Kyun and the Polish Secretary of State held a strategic dialogue in Warsaw on September 2, 2024.',
    ]), { id: 'test-first' });
    expect(asker(rel)('When was the first Korea-Poland strategic dialogue held?')).toBeNull();
  });
});

describe('people of a place, and totals of people', () => {
  const rel = parseReleaseText(page('Korea Provides Humanitarian Aid to Gaza; Friends of Korea Award', '2024-02-01', [
    'UNICEF will use the funds for displaced children. According to the UN Office for the Coordination of Humanitarian Affairs (OCHA), some 1.7 million people, or about 75 percent of Gaza\'s population, have been displaced.',
    'Including this year\'s awardees, a total of 58 people from 31 countries have received the award.',
  ]), { id: 'test-gazans' });
  const ask = asker(rel);

  it('reads "Gazans driven from their homes" as people of Gaza displaced', () => {
    expect(ask('How many Gazans have been driven from their homes according to OCHA?')).toBe('some 1.7 million');
  });

  it('reads "total recipients" as a count', () => {
    expect(ask('friends of korea award total recipients to date')).toBe('a total of 58');
  });
});

describe('the four dates of an agreement', () => {
  const rel = parseReleaseText(page('Korea and the Republic of Palau Hold Trade Talks', '2025-03-04', [
    'The two sides welcomed the conclusion on March 2, 2025 of negotiations on the Korea-Palau Economic Partnership Agreement (EPA) and agreed to work together for its early signing.',
    'The Korea-Palau Air Services Agreement, signed in 2019, entered into force on May 1, 2021.',
  ]), { id: 'test-stages' });
  const ask = asker(rel);

  it('does not date a signing by the day the negotiations concluded', () => {
    expect(ask('when did korea and palau sign the EPA')).toBeNull();
  });

  it('dates the end of the negotiations by that day', () => {
    expect(ask('when were the EPA negotiations concluded')).toBe('March 2, 2025');
  });

  it('dates a signing and an entry into force from one sentence that gives both', () => {
    expect(ask('when was the air services agreement signed')).toBe('2019');
    expect(ask('when did the air services agreement enter into force')).toBe('May 1, 2021');
  });
});

describe('a foreign minister is not another minister', () => {
  const rel = parseReleaseText(page('Korea and Togo Sign Investment Agreement', '2024-06-11', [
    'Korea and Togo signed an investment promotion agreement in Seoul on June 10.',
    'Signatories: Vice Minister of Trade Park Ji-ho (ROK) and Minister of Economy and Finance Koffi Agbenyo (Togo)',
  ]), { id: 'test-portfolio' });
  const ask = asker(rel);

  it('does not give the finance minister who signed for "the Togolese foreign minister"', () => {
    expect(ask('togolese foreign minister at the investment agreement signing')).toBeNull();
  });

  it('gives him when asked who signed for Togo', () => {
    expect(ask('who signed the investment agreement for Togo')).toBe('Koffi Agbenyo');
  });
});

describe('offices beyond ministers: spokespersons and governors', () => {
  const rel = parseReleaseText(page('New First Vice Foreign Minister and Spokesperson Appointed', '2026-01-05', [
    'The Government announced on January 2 the appointment of Ambassador Han Jae-min as First Vice Minister of Foreign Affairs. Vice Minister Han took office on January 5, succeeding Kim Tae-sik, who has been nominated as Permanent Representative to the United Nations in New York.',
    'At the same time, Foreign Minister Cho Hyun named Yoon Da-eun, until now Director-General for European Affairs, as the Ministry\'s new Spokesperson.',
    'In his inaugural address to Ministry staff on January 5, Vice Minister Han said that 2026 would be "a year of execution" for the Government\'s diplomacy.',
  ]), { id: 'test-offices' });
  const opening = parseReleaseText(page('Consulate General Opens in Mombasa', '2026-03-05', [
    'Some 150 guests attended the opening of the Consulate General, among them Deputy Governor of Mombasa County Amina Wanjiru, Director-General for African Affairs Seo Hyun-jin of the Ministry, and local business leaders.',
  ]), { id: 'test-offices-2' });

  it('gives the one named spokesperson, not the vice minister the sentences around speak of', () => {
    expect(asker(rel)("who's MOFA's new spokesperson as of jan 2026")).toBe('Yoon Da-eun');
  });

  it('reads a place inside a title as the title\'s: "Deputy Governor of Mombasa County"', () => {
    const [p] = findPeople('Guests included Deputy Governor of Mombasa County Amina Wanjiru and others.');
    expect(p).toMatchObject({ name: 'Amina Wanjiru', title: 'Deputy Governor of Mombasa County' });
  });

  it('gives neither the deputy governor nor the next person on the list for "the county governor"', () => {
    expect(asker(opening)('name of the Mombasa County governor who came to the opening')).toBeNull();
  });
});

describe('first and second vice ministers', () => {
  const rel = parseReleaseText(page('New First Vice Foreign Minister Appointed', '2026-01-05', [
    'The Government announced on January 2 the appointment of Ambassador Han Jae-min as First Vice Minister of Foreign Affairs.',
    'Vice Minister Han took office on January 5 and held his first staff meeting the same day.',
  ]), { id: 'test-ranks' });
  const ask = asker(rel);

  it('does not give the first vice minister for "the 2nd vice foreign minister"', () => {
    expect(ask('who was appointed 2nd vice foreign minister in the january reshuffle')).toBeNull();
  });

  it('gives him for "the 1st vice foreign minister"', () => {
    expect(ask('who was appointed 1st vice foreign minister')).toBe('Han Jae-min');
  });
});

describe('one country\'s share of a sum for several', () => {
  const rel = parseReleaseText(page('Korea Provides Flood Relief to Four Countries in West Africa', '2025-09-02', [
    'The government of the Republic of Korea will provide US$3 million in humanitarian assistance to Niger, Chad, Mali and Nigeria, which have been hit by severe floods.\n\n° Amount of assistance: US$3 million in total\n\n° Recipients: Niger (US$900,000), Chad (US$800,000), Mali (US$700,000) and Nigeria (US$600,000)',
  ]), { id: 'test-share' });
  const ask = asker(rel);

  it('gives the asked country\'s own figure, not the sum for all four', () => {
    expect(ask('How much is Chad getting from Korea\'s flood package?')).toBe('US$800,000');
    expect(ask('mali flood aid amount from seoul')).toBe('US$700,000');
  });

  it('gives the sum when the total is asked', () => {
    expect(ask('how much flood aid in total is korea giving the four countries')).toBe('US$3 million');
  });
});

describe('a part and its whole: "420 of the some 600 nationals living in Bolivia"', () => {
  const rel = parseReleaseText(page('Honorary Consul Appointed in Arequipa; Embassy Confirms Safety of Nationals in Nepal', '2025-05-02', [
    'Arequipa is the second city of Peru, and it is home to about 310 of the some 900 Korean nationals living in Peru.',
    'The Embassy in Nepal has confirmed the safety of 212 of the approximately 240 Korean nationals residing in Nepal.',
  ]), { id: 'test-part-whole' });
  const ask = asker(rel);

  it('gives the whole when the question describes the whole', () => {
    expect(ask('how many korean nationals live in peru')).toBe('some 900');
  });

  it('gives the part when the question says what the part did', () => {
    expect(ask('how many korean residents in nepal has the embassy confirmed safe')).toBe('212');
  });
});

describe('how often', () => {
  const rel = parseReleaseText(page('Korea and Chile Sign MOU on Critical Minerals', '2025-09-20', [
    'Under the MOU, the two sides will set up a Korea-Chile Critical Minerals Working Group, which will meet once a year, alternately in Seoul and Santiago.',
    'In 2024, Chile accounted for 31 percent of the ROK\'s lithium imports.',
    'The Joint Committee on Science and Technology, launched in 2010, convenes every two years.',
  ]), { id: 'test-often' });
  const ask = asker(rel);

  it('answers "how often" with a frequency, not a figure', () => {
    expect(ask('how often is the korea-chile critical minerals WG supposed to convene')).toBe('once a year');
    expect(ask('how often does the science and technology joint committee meet')).toBe('every two years');
  });
});

describe('a note speaks of what it names', () => {
  const rel = parseReleaseText(['Press Releases', '', 'First Korea-Pacific Ministerial Meeting Held', '', 'Date', '2025-06-04', 'hit', '12', '',
    '1. Minister Kim Min-jae co-chaired the first Korea-Pacific Ministerial Meeting on Summit Implementation in Seoul on June 3. Ministers and senior officials from 12 Pacific Island countries took part, together with the Secretary General of the Pacific Islands Forum.', '',
    '※ The 2024 Korea-Pacific Islands Summit, the first summit-level meeting between Korea and the region, was held in Seoul from May 29 to 30, 2024. Leaders and delegations from 18 Pacific countries attended.', ''].join('\n'), { id: 'test-note' });
  const ask = asker(rel);

  it('does not count the summit\'s delegations for the ministerial meeting the note annotates', () => {
    expect(ask('how many pacific countries attended the first ministerial meeting on summit implementation')).not.toBe('18');
  });

  it('counts them for the summit', () => {
    expect(ask('how many pacific countries attended the 2024 summit')).toBe('18');
  });
});

describe('an official\'s career: taking office, an examination passed', () => {
  const rel = parseReleaseText(page('New Second Vice Foreign Minister Appointed', '2026-02-03', [
    'The Government announced on February 1 the appointment of Ambassador Ryu Ji-hoon as Second Vice Minister of Foreign Affairs. Vice Minister Ryu took office on February 3, succeeding Lee Dong-min.',
    'Vice Minister Ryu joined the Ministry in 1995 after passing the 29th Foreign Service Examination.',
  ]), { id: 'test-career' });
  const ask = asker(rel);

  it('dates "start as vice minister" by the day he took office, not the day it was announced', () => {
    expect(ask('When did Ryu Ji-hoon start as second vice FM?')).toBe('February 3');
  });

  it('does not date it by another release\'s meeting of his', () => {
    const later = parseReleaseText(page('Vice Minister Receives Parliamentary Delegation', '2026-03-11', [
      'Second Vice Minister of Foreign Affairs Ryu Ji-hoon received a delegation of the Korea-Chile Parliamentary Friendship Group on March 10.',
    ]), { id: 'test-career-2' });
    const engine = createEngine({ index: buildFactIndex([rel, later]) });
    const r = engine.ask('When did Ryu Ji-hoon start as second vice FM?');
    expect(r.kind === 'answer' ? r.answer : null).toBe('February 3');
    expect(asker(later)('When did Ryu Ji-hoon start as second vice FM?')).toBeNull();
  });

  it('names an examination by its number when the question gives its name ("the 29th Foreign Service Examination")', () => {
    expect(ask('Which foreign service exam did vice minister Ryu pass?')).toBe('29th Foreign Service Examination');
  });
});

describe('a country named in its long form', () => {
  const rel = parseReleaseText(page('New Ambassador to Norway Appointed', '2026-02-03', [
    'Ambassador Seo Min-jun has been appointed Ambassador to the Kingdom of Norway. His previous posts include Ambassador to the Republic of the Philippines (2021-2024).',
  ]), { id: 'test-long-form' });

  it('gives "the Republic of the Philippines" whole, not "Republic"', () => {
    expect(asker(rel)('seo min-jun - where was he ambassador 2021-2024')).toBe('Republic of the Philippines');
  });
});

describe('a programme\'s participants: this year, the part, the running total', () => {
  const rel = parseReleaseText(page('KNDA Opens 2025 Fellowship Program for Foreign Diplomats', '2025-09-02', [
    'This year\'s program brings together 31 mid-career diplomats from 27 countries in Asia, Africa and Latin America.',
    'Just over half of the participants, 16 of the 31, are women.',
    'Including this year\'s participants, a total of 508 diplomats from 104 countries have taken part in it.',
  ]), { id: 'test-programme' });
  const ask = asker(rel);

  it('counts this year\'s participants, not the running total nor the women among them', () => {
    expect(ask('How many diplomats are taking part in the KNDA fellowship this year (2025)?')).toBe('31');
  });

  it('counts alumni by who they are ("508 diplomats"), with this year\'s included', () => {
    expect(ask('total number of alumni of the KNDA fellowship program incl. 2025')).toBe('a total of 508');
  });

  it('counts the women when asked', () => {
    expect(ask('how many of this year\'s participants are women')).toBe('16');
  });
});

describe('credentials and their copies', () => {
  const rel = parseReleaseText(page('New Ambassadors Present Credentials', '2025-04-11', [
    'Four newly appointed ambassadors to the Republic of Korea presented their credentials to the President at a ceremony held at the Presidential Office in Seoul on April 10. A week earlier, on April 3, Foreign Minister Park Ji-won had received copies of their credentials.\n\n° The four envoys are:\n\n- H.E. Ms. Amani Njeri, Ambassador of the Republic of Kenya\n\n- H.E. Mr. Juhani Lehto, Ambassador of the Republic of Finland',
    'Receiving the copies of credentials on April 3, Minister Park welcomed the new ambassadors and asked them to play an active role in deepening ties with the ROK.\n\n° Minister Park asked Ambassador Njeri for Kenya\'s active participation in the Korea-Africa Summit.',
  ]), { id: 'test-credentials' });
  const ask = asker(rel);

  it('dates the presentation of credentials by the ceremony, not by the copies the minister received', () => {
    expect(ask('when did the new kenyan ambassador hand her credentials to the President?')).toBe('April 10');
  });

  it('dates the copies when they are asked', () => {
    expect(ask('when did minister park receive copies of the credentials')).toBe('April 3');
  });

  it('gives no date of the presentation when only the copies are dated', () => {
    const copies = parseReleaseText(page('Minister Receives Copies of Credentials', '2025-05-22', [
      'Minister of Foreign Affairs Park Ji-won received copies of credentials on May 21 from the newly arrived ambassadors of Chile, Oman and Ghana at the Ministry in Seoul, and welcomed them on taking up their posts in the ROK.',
    ]), { id: 'test-copies' });
    expect(asker(copies)('On what date did the new Omani ambassador present his credentials to the President?')).toBeNull();
  });
});

describe('phrases of the lexicon are read whole in facts too', () => {
  it('makes "took part" one term, so "took" or "part" alone say nothing of attending', () => {
    expect(terms('Ministers from 44 countries took part.')).toContain('took_part');
    expect(terms('It took two years; part of the fund was spent.')).not.toContain('took_part');
  });

  const rel = parseReleaseText(page('ROK Delegation Attends NPT Preparatory Committee', '2025-05-10', [
    'A 15-member delegation of the Republic of Korea took part in the third session of the Preparatory Committee for the 2026 Review Conference of the Parties to the NPT, held in New York from April 28 to May 9.',
    'The ROK acceded to the NPT in April 1975.',
  ]), { id: 'test-accede' });

  it('reads "join" a treaty as acceding to it, not as taking part in a meeting of its parties', () => {
    expect(asker(rel)('when did S. Korea join the NPT')).toBe('April 1975');
  });
});

describe('decorations, delegates and seats', () => {
  const rel = parseReleaseText(page('Foreign Minister Confers Order of Diplomatic Service Merit on Polish Scholar', '2025-11-21', [
    'Foreign Minister Kim Do-hyun on November 20 conferred the Heung-in Medal of the Order of Diplomatic Service Merit on Professor Anna Kowalska of Poland at a ceremony in Seoul.',
    'Professor Kowalska, 61, founded the Department of Korean Studies at the University of Warsaw in 1995 and led it until 2020.',
    'The campaign was led by the Permanent Delegation of the Republic of Korea to UNESCO, headed by Ambassador and Permanent Delegate Min Ji-yeon.',
    'Dr. Park was elected at the meeting held at UN Headquarters in New York. Established in 1996 and based in Hamburg, Germany, ITLOS is an independent judicial body.',
  ]), { id: 'test-decorations' });
  const ask = asker(rel);

  it('dates "decorated" by the day the medal was conferred', () => {
    expect(ask('when was Kowalska decorated')).toBe('November 20');
  });

  it('reads "Permanent Delegate" as a title, not a name', () => {
    expect(findPeople('led by Ambassador and Permanent Delegate Min Ji-yeon.')[0]).toMatchObject({ name: 'Min Ji-yeon', title: 'Ambassador and Permanent Delegate' });
    expect(ask("who's the ROK permanent delegate to unesco")).toBe('Min Ji-yeon');
  });

  it('gives where a body is based, not a venue named "Headquarters"', () => {
    expect(ask('where is ITLOS headquartered')).toBe('Hamburg, Germany');
  });

  it('gives where a non-resident ambassador is based', () => {
    const envoys = parseReleaseText(page('New Ambassadors Present Credentials', '2025-03-14', [
      'The six envoys are:\n\n- H.E. Mr. Semi Tuilagi, Ambassador of the Republic of Fiji, resident in Tokyo',
      'Ambassador Tuilagi is also accredited to Japan and the Philippines and will cover the ROK from the Fijian Embassy in Tokyo.',
    ]), { id: 'test-resident' });
    expect(asker(envoys)('Where is the new Fijian ambasador to the ROK based?')).toContain('Tokyo');
  });
});

describe('rounds numbered with figures, and the next round', () => {
  const rel = parseReleaseText(page('5th Round of Korea-ASEAN FTA Upgrade Negotiations', '2025-09-06', [
    'The 5th round of negotiations on upgrading the Korea-ASEAN Free Trade Agreement (AKFTA) took place in Jakarta, Indonesia, from September 2 to 5.',
    'The first round was held in Seoul in January 2025.',
    'The two sides agreed to hold the 6th round in Kuala Lumpur in November.',
  ]), { id: 'test-rounds' });
  const ask = asker(rel);

  it('reads "round 1" as the first round', () => {
    expect(analyzeQuestion('where was round 1 of the AKFTA upgrade talks').ordinals).toEqual([1]);
    expect(ask('where was round 1 of the AKFTA upgrade negotiations held')).toBe('Seoul');
  });

  it('gives where the next round is to be held', () => {
    expect(ask('where will the next round of the AKFTA upgrade negotiations take place')).toBe('Kuala Lumpur');
  });
});

describe('typos a stem does not show', () => {
  it('mends "stratgic" to "strategic" though their stems are two letters apart', () => {
    const index = buildFactIndex([parseReleaseText(page('Strategic Dialogue Held', '2024-11-20', ['The 3rd Korea-Qatar Strategic Dialogue was held in Doha.']), { id: 'test-typo' })]);
    expect(correctTypos('who attended the 3rd korea-qatar stratgic dialogue', index)).toBe('who attended the 3rd korea-qatar strategic dialogue');
  });
});

describe('how much of a whole', () => {
  const rel = parseReleaseText(page('Korea-Pacific Ministerial Meeting Reviews Summit Pledges', '2025-06-04', [
    'Minister Kim reported that some US$1.3 billion of the US$3 billion in export finance committed at the Summit had been disbursed as of the end of April 2025.',
  ]), { id: 'test-part-asked' });

  it('gives the part when the question asks "how much of" the whole', () => {
    expect(asker(rel)('how much of the committed export finance has been disbursed so far')).toBe('some US$1.3 billion');
  });

  it('gives the whole when the whole is asked', () => {
    expect(asker(rel)('how much export finance was committed at the summit in total')).toBe('US$3 billion');
  });
});

describe('the clause that says it', () => {
  const rel = parseReleaseText(page('K-Expo Peru 2024 Held in Lima; Visa Waiver Extended', '2024-09-12', [
    'The first K-Expo Peru was held in Arequipa in 2022, and the second in Cusco in 2023.',
    'The Government has decided to extend the temporary visa waiver for Peruvian group tourists, which was due to expire on June 30, 2025, by one year.\n\n° Period of extension: July 1, 2025 to June 30, 2026',
  ]), { id: 'test-clause' });
  const ask = asker(rel);

  it('gives the place of the clause that says the year asked', () => {
    expect(ask('where was the 2023 K-Expo Peru held')).toBe('Cusco');
    expect(ask('where was the 2022 K-Expo Peru held')).toBe('Arequipa');
  });

  it('gives the new end of an extension, not the end it was due to expire on', () => {
    expect(ask('until when is the visa waiver for peruvian tour groups now extended')).toBe('June 30, 2026');
  });
});

describe('what a figure counts', () => {
  const rel = parseReleaseText(page('27th Korea-Japan Fisheries Joint Committee Sets 2026 Quotas', '2025-11-20', [
    'The number of Japanese trawlers permitted in the Korean EEZ will be cut from 356 to 330, and the number of Japanese gillnet vessels will be cut from 200 to 185.',
    'Under the agreement, the number of vessels each country may send into the other\'s EEZ in 2026 will be 700, down from 730 this year.',
  ]), { id: 'test-counts' });
  const ask = asker(rel);

  it('counts the noun asked, not another noun of the same nationality, after "from … to"', () => {
    expect(ask('how many japanese trawlers allowed in korean waters in 2026')).toBe('330');
  });

  it('reads boats as vessels', () => {
    expect(ask("How many boats can each side send into the other's EEZ in 2026?")).toBe('700');
  });
});

describe('people counted by their nationality', () => {
  const rel = parseReleaseText(page('Korea-Japan Consultation on the Taiheiyo Mine', '2025-02-13', [
    'On the Taiheiyo Coal Mine, where 142 Koreans were among the 190 workers killed when the mine flooded on March 3, 1943, the two sides agreed to continue DNA analysis.',
    'About 3,800 Korean nationals working in Chile and about 900 Chileans working in Korea are expected to benefit from the Agreement.',
  ]), { id: 'test-nationals' });
  const ask = asker(rel);

  it('reads "142 Koreans" as a count of Koreans, and "among the 190 workers" as the whole', () => {
    expect(findNumbers('where 142 Koreans were among the 190 workers killed', [])[0]).toMatchObject({ text: '142', unit: 'Koreans' });
    expect(ask('How many Koreans were killed in the Taiheiyo coal mine disaster?')).toBe('142');
  });

  it('does not count the Chileans for "koreans working in chile", typed in lower case', () => {
    expect(ask('how many koreans working in chile will benefit from the agreement')).toBe('About 3,800');
  });
});

describe('the clause of the act asked', () => {
  const rel = parseReleaseText(page('Korea-Japan Consultation on the Taiheiyo Mine', '2025-02-13', [
    'On the Taiheiyo Coal Mine, where 142 Koreans were among the 190 workers killed when the mine flooded on March 3, 1943, the two sides agreed to work toward the repatriation of the remains.',
    'The two sides also welcomed progress toward an early resumption of the Korea-Japan Economic Partnership Dialogue, which last met in 2019.',
  ]), { id: 'test-act-clause' });
  const ask = asker(rel);

  it('does not date a repatriation by the day of the disaster in another clause, nor one only agreed to', () => {
    expect(ask('when were the taiheiyo mine remains repatriated to korea')).toBeNull();
  });

  it('does not date a resumption only hoped for', () => {
    expect(ask('when did the korea-japan economic partnership dialogue resume')).toBeNull();
  });

  it('dates it by the clause that says it', () => {
    const done = parseReleaseText(page('Remains of Dam Victims Return Home', '2024-08-15', [
      'The remains of 12 victims of the Hokkaido dam collapse were repatriated to Korea on August 14, 2024, and laid to rest in Cheonan.',
    ]), { id: 'test-act-clause-2' });
    expect(asker(done)('when were the remains of the hokkaido dam victims repatriated')).toBe('August 14, 2024');
  });
});

describe('the pair a bilateral release is about', () => {
  const rel = parseReleaseText(page('Korea and Argentina Sign Social Security Agreement', '2025-05-20', [
    'Korea and Argentina signed a social security agreement in Buenos Aires on May 19. This is the ROK\'s 41st social security agreement, following those with Chile, Peru and Uruguay in Latin America.',
    'The Convention for the Avoidance of Double Taxation between the two countries was signed in 1990 and entered into force in 1991.',
  ]), { id: 'test-pair' });
  const ask = asker(rel);

  it('does not give a date of "the two countries" of a release about Argentina for Chile', () => {
    expect(ask('When did Korea sign its double taxation convention with Chile?')).toBeNull();
  });

  it('gives it for Argentina', () => {
    expect(ask('When did Korea sign its double taxation convention with Argentina?')).toBe('1990');
  });
});

describe('an office asked with its portfolio', () => {
  const rel = parseReleaseText(page('Foreign Minister Holds Phone Call with U.S. Secretary of State', '2026-01-15', [
    'On the evening of January 14, Minister of Foreign Affairs Yoo Sang-hoon spoke by telephone for about 40 minutes with Andrew Whitfield, Secretary of State of the United States.',
    'Minister Yoo congratulated Secretary Whitfield on taking office, and the two Ministers reaffirmed that the alliance, founded on the Mutual Defense Treaty signed in 1953, remains the linchpin of peace.',
  ]), { id: 'test-portfolio-office' });
  const ask = asker(rel);

  it('gives no date of a call with "the defense secretary" from a release that names none', () => {
    expect(ask('when did Yoo talk on the phone with the US defense secretary')).toBeNull();
  });

  it('dates the call with the secretary of state', () => {
    expect(ask('when did Yoo talk on the phone with the US secretary of state')).toBe('January 14');
  });
});

describe('whose taking of office', () => {
  const rel = parseReleaseText(page('Korea-Japan Foreign Ministers\' Meeting in Tokyo', '2025-09-16', [
    'Minister of Foreign Affairs Yoo Sang-hoon met Japanese Foreign Minister Morita Kenji in Tokyo on September 15.',
    'It was the fourth meeting between the two Ministers this year, and the first in Tokyo since Minister Yoo took office in March 2025.',
  ]), { id: 'test-whose-office' });
  const ask = asker(rel);

  it('does not give the day another minister took office', () => {
    expect(ask('When did Japanese FM Morita take office?')).toBeNull();
  });

  it('gives it for the one who did', () => {
    expect(ask('When did Minister Yoo take office?')).toBe('March 2025');
  });
});

describe('figures asked by their noun', () => {
  it('reads abstentions, an area cleared and a target by a year as figures', () => {
    expect(analyzeQuestion('abstentions on the HRC digital technologies resolution, april 2025').type).toBe('number');
    expect(analyzeQuestion('area cleared in phase 1 of the korea-laos mine project').type).toBe('number');
    expect(analyzeQuestion("What's the trilateral target for people-to-people exchanges by 2030?").type).toBe('number');
  });

  const rel = parseReleaseText(page('UN General Assembly Adopts Resolution on AI in the Military Domain', '2025-12-03', [
    'The resolution had been approved earlier by the First Committee on November 6 by a vote of 152 to 5, with 9 abstentions.',
    'At the 5th round, the two sides finalized the texts of seven of the 16 chapters of the Korea-Qatar CEPA.',
  ]), { id: 'test-noun-figures' });
  const ask = asker(rel);

  it('gives the figure that counts the noun asked, not "a vote of"', () => {
    expect(ask('abstentions in the First Committee vote on the military AI resolution')).toBe('9');
  });

  it('gives the part of "seven of the 16 chapters" asked with "have … finalised"', () => {
    expect(ask('How many chapters of the Korea-Qatar CEPA have finalised texts after round 5?')).toBe('seven');
  });
});

describe('British spelling', () => {
  it('reads "finalised" and "organisation" as "finalized" and "organization", and leaves "promise" alone', () => {
    expect(terms('finalised organisation')).toEqual(terms('finalized organization'));
    expect(terms('promise')).toEqual(['promis']);
  });
});

describe('a part of the valid votes', () => {
  const rel = parseReleaseText(page('ROK Elected to the UN Economic and Social Council', '2026-06-11', [
    'In the election to the Economic and Social Council (ECOSOC), the ROK secured 179 of the 186 valid votes cast, the highest number among the candidates of the Asia-Pacific Group.',
  ]), { id: 'test-valid-votes' });

  it('gives the votes won, not the valid votes cast', () => {
    expect(asker(rel)('how many votes did S. Korea get in the ECOSOC election?')).toBe('179');
  });
});

describe('the dead and the hurt', () => {
  const rel = parseReleaseText(page('Tour Bus Accident in Portugal', '2025-11-09', [
    'A tour bus carrying 28 Korean tourists overturned near Porto on November 8.',
    'Three Korean nationals, all in their 70s, were killed, and 12 others were injured.',
  ]), { id: 'test-casualties' });
  const ask = asker(rel);

  it('gives the dead for a death toll, the injured for the injured', () => {
    expect(ask('Korean death toll in the Portugal bus crash?')).toBe('Three');
    expect(ask('how many koreans were injured in the portugal bus crash')).toBe('12');
  });
});

describe('a sentence that opens with its whole', () => {
  const rel = parseReleaseText(page('Government Responds to Universal Periodic Review Recommendations', '2025-03-20', [
    'Of the 241 recommendations made by 91 countries at the session of the UPR Working Group on January 26, the Korean government accepted 158 and noted the remaining 83.',
  ]), { id: 'test-opening-whole' });
  const ask = asker(rel);

  it('gives the part accepted, not the whole the sentence opens with', () => {
    expect(ask('how many UPR recommendations did Korea accept')).toBe('158');
  });

  it('gives the whole when the total is asked', () => {
    expect(ask('how many UPR recommendations were made in total')).toBe('241');
  });
});

describe('dates and countries a sentence names in passing', () => {
  const rel = parseReleaseText(page('ROK Elected to ECOSOC; Kori 1; Taekwondo Championship in Accra', '2026-06-11', [
    'The ROK also held the ECOSOC presidency in 2016, when its Permanent Representative presided over the Council\'s work on the follow-up to the 2030 Agenda for Sustainable Development.',
    'Hanbit Unit 1, the country\'s first research reactor, began operation in May 1981 and was permanently shut down in March 2019.',
    'Host country Ghana topped the medal table with 9 gold medals, followed by Togo with 5.',
  ]), { id: 'test-passing' });
  const ask = asker(rel);

  it('does not read "the 2030 Agenda" as a date', () => {
    expect(ask('what year did korea preside over ecosoc')).toBe('2016');
  });

  it('dates an act by the date that follows it', () => {
    expect(ask('when was hanbit unit 1 shut down for good')).toBe('March 2019');
  });

  it('gives the host country, though the question names its capital as the place', () => {
    expect(ask('which country topped the medal table at the accra taekwondo championship')).toBe('Ghana');
  });
});

describe('sizes and abbreviations of chat', () => {
  const rel = parseReleaseText(page('Korea Disaster Relief Team Returns from Peru', '2025-05-20', [
    'The Korea Disaster Relief Team (KDRT), which the Government dispatched to Peru after the earthquake, returned home on May 19 after 9 days of search, rescue and medical activities.',
    'The 54-member team was made up of 4 officials of the Ministry of Foreign Affairs and 50 rescue workers.',
    'On the final day, participants adopted the "Lima Youth Statement," which sets out 12 recommendations for youth cooperation.',
  ]), { id: 'test-sizes' });
  const ask = asker(rel);

  it('gives a size, not a stay, for "how big was the team"', () => {
    expect(ask('how big was the relief team korea sent to peru?')).toBe('54');
  });

  it('reads "recs" as recommendations', () => {
    expect(ask('how many recs in the lima youth statement')).toBe('12');
  });
});

describe('nationals and foreign nationals', () => {
  const rel = parseReleaseText(page('Government Evacuates Nationals from Yemen', '2025-04-16', [
    'The Government evacuated 33 Korean nationals and 7 foreign nationals from Aden to Djibouti on April 14 aboard the ROKS Munmu the Great.',
    'The Embassy has confirmed the safety of 118 of the approximately 130 Korean nationals residing in Yemen.',
  ]), { id: 'test-foreign-nationals' });
  const ask = asker(rel);

  it('counts the Korean nationals, not the foreign nationals evacuated with them', () => {
    expect(ask('how many korean nationals got out of aden on the navy destroyer')).toBe('33');
  });

  it('counts the part confirmed safe of "approximately 130"', () => {
    expect(ask('how many korean residents in yemen has the embassy confirmed safe')).toBe('118');
  });
});

describe('ships by name, and a chair\'s summary', () => {
  const rel = parseReleaseText(page('Nationals Evacuated from Sudan by Sea; G20 Foreign Ministers Meet in Rio', '2025-04-16', [
    'The Government evacuated 28 Korean nationals from Port Sudan to Jeddah on April 14 aboard the ROKS Choe Yeong, a 4,400-ton destroyer of the Cheonghae Anti-Piracy Unit.',
    'At the end of the meeting, Brazil issued a Chair\'s Summary, which reflected members\' shared commitment to the UN Charter, as no joint communiqué could be agreed.',
  ]), { id: 'test-ships' });
  const ask = asker(rel);

  it('names the warship by its name, not its tonnage', () => {
    expect(ask('Which warship carried the evacuees out of Sudan?')).toBe('ROKS Choe Yeong');
  });

  it('reads a summary as a document', () => {
    expect(ask('what document came out of the Rio G20 meeting, since no communique was agreed')).toBe("Chair's Summary");
  });
});

describe('a place named only in a plan', () => {
  const rel = parseReleaseText(page('Korea Festival 2024 Held in Lisbon', '2024-10-14', [
    'About 52,000 visitors attended the Korea Festival in Lisbon over the three days.',
    'Building on this year\'s success, the Embassy plans to expand the festival to Porto and Coimbra in 2025.',
  ]), { id: 'test-planned-place' });
  const ask = asker(rel);

  it('gives no figure for a city the festival has only been planned for', () => {
    expect(ask('How many visitors did the Korea Festival in Porto draw?')).toBeNull();
  });

  it('gives the figure for the city it was held in', () => {
    expect(ask('How many visitors did the Korea Festival in Lisbon draw?')).toBe('About 52,000');
  });
});

describe('whose act, and acts of completion', () => {
  const rel = parseReleaseText(page('Korea Chairs OECD Ministerial Council Meeting', '2026-06-05', [
    'Deputy Prime Minister Choi explained that the ROK\'s total fertility rate, the lowest among OECD Members, rose to 0.75 in 2024 from 0.72 in 2023.',
    'The Ministerial Council Statement welcomed the progress made by the accession candidate countries, among them Indonesia and Thailand.',
    'On September 16, the ROK hosted a side event titled "Korea\'s Decommissioning Experience: Wolsong Unit 1," which drew some 150 participants.',
  ]), { id: 'test-whose-act' });
  const ask = asker(rel);

  it('does not date a foreign country\'s act by a sentence about the ROK alone', () => {
    expect(ask('when did thailand become an oecd member')).toBeNull();
  });

  it('does not date a completion by a side event about it', () => {
    expect(ask('when will decommissioning of Wolsong 1 be completed')).toBeNull();
  });
});

describe('who gave it, and to whom', () => {
  const rel = parseReleaseText(page('Honorary Consul Appointed in Cusco', '2025-01-22', [
    'The Ministry of Foreign Affairs has appointed Mr. Luis Alberto Quispe Huaman, Chairman of the Andes Trading Group, as Honorary Consul of the Republic of Korea in Cusco.',
    'Ambassador of the Republic of Korea to Peru Park Min-soo presented the letter of appointment to Honorary Consul Quispe at a ceremony held in Cusco on January 21.',
  ]), { id: 'test-giver' });

  it('gives the one who handed the letter, not the honorary consul it was handed to', () => {
    expect(asker(rel)('Who handed the letter of appointment to the Cusco honorary consul?')).toBe('Park Min-soo');
  });
});

describe('who will chair', () => {
  const rel = parseReleaseText(page('ROK Assumes UN Security Council Presidency', '2025-09-01', [
    'Ambassador Kim Sang-jin, Permanent Representative to the UN, said that Foreign Minister Park Ji-won will travel to New York to preside over a high-level open debate on "Artificial Intelligence and the Maintenance of International Peace and Security" on September 9.',
    'The second signature event, an open debate on "Protection of Civilians in Armed Conflict," will be held on September 23 and chaired by First Vice Foreign Minister Lee Ho-jin.',
  ]), { id: 'test-will-chair' });

  it('gives the one who will preside over the debate asked, not the chair of the other one', () => {
    expect(asker(rel)("who's chairing the UNSC open debate on AI and international peace & security")).toBe('Park Ji-won');
  });
});

describe('non-nationals', () => {
  const rel = parseReleaseText(page('Government Evacuates Nationals from Libya', '2025-04-16', [
    'The Government evacuated 38 Korean nationals and 6 foreign nationals from Tripoli to Valletta on April 14.',
    'A further 15 were flown by charter from Benghazi to Cairo on April 15.',
  ]), { id: 'test-non-nationals' });
  const ask = asker(rel);

  it('counts the foreign nationals for "non-Koreans"', () => {
    expect(ask('how many non-Koreans were evacuated from Tripoli to Valletta')).toBe('6');
  });

  it('gives no count of non-Koreans where the figure does not say whose', () => {
    expect(ask('How many non-Koreans were on the Benghazi–Cairo charter?')).toBeNull();
  });
});

describe('a year shared by two clauses', () => {
  const rel = parseReleaseText(page('K-Food Fair Held in Hanoi', '2023-10-02', [
    'Korea\'s food exports to Viet Nam reached US$ 655 million in 2022, and its cosmetics exports to the country US$ 212 million.',
  ]), { id: 'test-shared-year' });
  const ask = asker(rel);

  it('reads the second clause\'s figure as of the year the first gives, so it is no figure of another year', () => {
    expect(ask('korean cosmetics exports to viet nam in 2023')).toBeNull();
  });
});

describe('aid by air and a message of condolence', () => {
  const rel = parseReleaseText(page('Government Provides Humanitarian Aid to Libya', '2023-09-14', [
    'The government will send relief supplies, including 2,000 hygiene kits and 500 family tents, on a transport aircraft of the ROK Air Force.',
    'On September 12, Foreign Minister Park Jin sent a message of condolence to Taher al-Baour, Acting Minister of Foreign Affairs of Libya.',
  ]), { id: 'test-airlift' });
  const ask = asker(rel);

  it('reads "airlifting" as no raising of relations', () => {
    expect(ask('number of family tents korea is airlifting to libya')).toBe('500');
  });

  it('reads a name with an Arabic article ("al-Baour") as one person', () => {
    expect(ask('who did FM Park Jin send his condolence message to?')).toBe('Taher al-Baour');
  });
});

describe('a verb shared by two figures', () => {
  const rel = parseReleaseText(page('Korea Pledges to the Climate Fund', '2023-10-05', [
    'Korea contributed US$100 million during the initial period of 2015-2019 and US$200 million to the first replenishment (GCF-1), which covered 2020-2023.',
  ]), { id: 'test-gapped' });
  const ask = asker(rel);

  it('reads the figure after "and" as contributed too, to what follows it', () => {
    expect(ask('rok contribution to GCF-1')).toBe('US$200 million');
  });
});

describe('people of a nationality counted', () => {
  const rel = parseReleaseText(page('Welcoming Ceremony for Government Scholars', '2024-09-03', [
    'This year\'s Global Korea Scholarship (GKS) scholars number 1,250 from 158 countries: 230 undergraduate students, 980 graduate students and 40 exchange students.',
    'Among its alumni is Nguyen Thi Lan, currently Vice Minister of Education and Training of Viet Nam, who earned her doctorate in Seoul in 2008.',
    'Of the graduate students, 120 Mongolian students will study engineering.',
  ]), { id: 'test-nat-count' });
  const ask = asker(rel);

  it('counts them where the sentence names them', () => {
    expect(ask('how many Mongolian students will study engineering')).toBe('120');
  });

  it('gives no count of one nationality from a count of everyone', () => {
    expect(ask('how many Vietnamese students got a GKS scholarship in 2024')).toBeNull();
  });
});

describe('an aid plan broken down by country', () => {
  const rel = parseReleaseText(page('48th Committee for International Development Cooperation Approves 2024 ODA Plan', '2023-12-20', [
    'The 48th meeting of the Committee for International Development Cooperation (CIDC) was held on December 19. The Committee approved the "2024 Comprehensive Implementation Plan for Official Development Assistance (ODA)", which sets Korea\'s ODA for next year at KRW 6.26 trillion, up 31.1 percent from this year.',
    'The Prime Minister said that the sharp rise in the ODA budget reflects the government\'s vision.',
    'The 2024 plan breaks down as follows:',
    'For Ukraine, KRW 300 billion has been earmarked for humanitarian assistance and reconstruction support.',
    'Viet Nam remains the largest recipient, with KRW 250 billion for 40 projects.',
    'The agency began sending volunteers overseas in 1990, and this year marks the 35th anniversary of its volunteer program.',
  ]), { id: 'test-aid-plan' });
  const ask = asker(rel);

  it('reads a budget as the figure the plan sets', () => {
    expect(ask('2024 ODA budget approved at the 48th CIDC')).toBe('KRW 6.26 trillion');
  });

  it('reads "X allocation" as a figure, from the sentence that names X, though it calls the plan only "the plan"', () => {
    expect(ask('ukraine allocation in the 2024 ODA implementation plan')).toBe('KRW 300 billion');
  });

  it('reads "first year X did" as when X began', () => {
    expect(ask('first year the agency sent volunteers abroad')).toBe('1990');
  });
});

describe('a change and a ranking', () => {
  const rel = parseReleaseText(page('Government Approves the 2024 Aid Plan', '2023-12-20', [
    'The plan sets Korea\'s aid for next year at KRW 6.26 trillion, up 31.1 percent from this year.',
    'For Ukraine, KRW 300 billion has been earmarked for humanitarian assistance and reconstruction support.',
    'Among individual countries, Viet Nam is set to receive the largest amount, KRW 312.6 billion, followed by Bangladesh and Indonesia.',
    'Under the plan, 44 government agencies will carry out 1,835 aid projects in 153 countries in 2024.',
    'The Philippine minister said that Korea\'s support fits well with the Philippine Development Plan 2023-2028.',
  ]), { id: 'test-change-rank' });
  const ask = asker(rel);

  it('answers "by how much does it grow" with the change, not the level', () => {
    expect(ask('By how much does Korea\'s 2024 aid grow compared with 2023?')).toBe('31.1 percent');
  });

  it('answers "which gets the biggest" from the sentence that ranks', () => {
    expect(ask('which country gets the biggest slice of korea\'s 2024 aid plan')).toBe('Viet Nam');
  });
});

describe('a three-way signing abroad', () => {
  const rel = parseReleaseText(page('Korea, FAO and Kenya Sign MOU on Rice Project', '2024-11-08', [
    'On the morning of November 7 in Rome, Italy, Kim Jong-hyuk, Ambassador of the Republic of Korea to Italy and Permanent Representative to the Food and Agriculture Organization of the United Nations (FAO), Paola Ricci, Deputy Director-General of FAO, and Peter Kamau Njoroge, Ambassador of the Republic of Kenya to Italy, signed a memorandum of understanding (MOU) on the "ROK-FAO-Kenya Rice Project."',
  ]), { id: 'test-three-way' });
  const ask = asker(rel);

  it('reads the place of the signing, not the post of an envoy who signed', () => {
    expect(ask('where was the korea-fao-kenya rice MOU signed')).toBe('Rome, Italy');
  });

  it('finds the official by the body the question names in the title', () => {
    expect(ask('FAO deputy DG who signed the Kenya rice MOU')).toBe('Paola Ricci');
  });
});

describe('a yield', () => {
  const rel = parseReleaseText(page('Rice Project Launched in Kenya', '2024-11-08', [
    'The rice project in Kenya aims at raising average paddy yields from 4.5 tons to 6 tons per hectare by 2029.',
    'The project is named the "Kenya Trilateral Cooperation Project for Climate-Resilient Rice Value Chains."',
  ]), { id: 'test-yield' });
  const ask = asker(rel);

  it('reads "target yield" as a figure, kept with what it is per', () => {
    expect(ask('target paddy yield for the Kenya rice project')).toBe('6 tons per hectare');
  });
});

describe('the things a verb acts on', () => {
  const rel = parseReleaseText(page('Korea-Uzbekistan Summit', '2025-06-12', [
    'The Korea Mine Rehabilitation and Mineral Resources Corporation (KOMIR) and the Uzbek state geological company agreed to jointly explore tungsten and molybdenum deposits in the Tashkent and Jizzakh regions.',
  ]), { id: 'test-verb-object' });
  const ask = asker(rel);

  it('answers "which minerals will X explore" with the list after the verb, not the places after it', () => {
    expect(ask('which minerals will KOMIR explore in uzbekistan')).toMatch(/^tungsten and molybdenum/);
  });
});

describe('a nationality before another noun', () => {
  const rel = parseReleaseText(page('Korea-Poland Consular Consultation', '2025-03-05', [
    'The two sides noted that the number of Korean nationals residing in Poland has risen sharply, from about 1,600 in 2019 to some 5,300 in 2024, as some 430 Korean companies now operate in Poland.',
  ]), { id: 'test-nat-noun' });
  const ask = asker(rel);

  it('does not count companies of a nationality as its nationals', () => {
    expect(ask('how many korean nationals lived in poland in 2024')).toBe('some 5,300');
  });
});

describe('a new embassy under a chargé d\'affaires', () => {
  const rel = parseReleaseText(page('Opening of the Embassy of the Republic of Korea in Armenia', '2025-09-19', [
    'The Embassy of the Republic of Korea in Armenia held its opening ceremony in Yerevan on September 18.',
    'First Vice Minister of Foreign Affairs Park Sung-ho attended the ceremony along with some 120 guests.',
    'In his congratulatory remarks, Vice Minister Park said that the new Embassy will serve as a bridgehead for cooperation with Armenia.',
    'The new Embassy, located in the Kentron district of Yerevan, began operations on August 1 under Chargé d\'affaires a.i. Lee Dong-min.',
  ]), { id: 'test-charge' });
  const ask = asker(rel);

  it('reads "Chargé d\'affaires a.i." as a title that does not end the sentence', () => {
    expect(findPeople('The Embassy began operations on August 1 under Chargé d\'affaires a.i. Lee Dong-min.')[0]?.title).toBe('Chargé d\'affaires a.i.');
  });

  it('answers who heads a mission with the one it works under, not a visitor who spoke of it', () => {
    expect(ask('who heads the new ROK embassy in armenia?')).toBe('Lee Dong-min');
  });
});

describe('an extra amount and the total it brings', () => {
  const rel = parseReleaseText(page('Government Welcomes Ceasefire and Provides Additional Aid to Lebanon', '2024-11-28', [
    'The government will provide an additional US$ 5 million in humanitarian assistance to Lebanon through international organizations. This brings the ROK\'s total humanitarian assistance to Lebanon this year to US$ 12 million.',
  ]), { id: 'test-brings-total' });
  const ask = asker(rel);

  it('answers the extra amount with the one added, not the total it brings', () => {
    expect(ask('how much extra humanitarian aid is korea giving lebanon after the truce')).toBe('US$ 5 million');
  });

  it('answers the total with the total', () => {
    expect(ask('total korean humanitarian aid to lebanon this year')).toBe('US$ 12 million');
  });
});

describe('a treaty signed, and its signatories', () => {
  const rel = parseReleaseText(page('Korea-Morocco Mutual Legal Assistance Treaty to Enter into Force', '2024-06-01', [
    'The Treaty on Mutual Legal Assistance in Criminal Matters between the Republic of Korea and the Kingdom of Morocco will enter into force on June 30, 2024.',
    'The Treaty was signed in Seoul on November 21, 2022.',
    'On May 13, 2024 in Rabat, Ambassador of the Republic of Korea to Morocco Park Dong-hyun and Morocco\'s Secretary-General of Foreign Affairs Youssef Bennani exchanged the instruments of ratification.',
  ]), { id: 'test-mla-treaty' });
  const ask = asker(rel);

  it('reads "legal assistance" as no aid, and a bare "the Treaty" as the one the release is about', () => {
    expect(ask('When was the Korea–Morocco mutual legal assistance treaty originally signed?')).toBe('November 21, 2022');
  });
});

describe('signatories and plural initials', () => {
  const rel = parseReleaseText(page('3rd Korea-Saudi Arabia Foreign Ministers\' Strategic Dialogue', '2025-05-21', [
    'Foreign Minister Cho Min-seok held the 3rd ROK-Saudi Arabia Foreign Ministers\' Strategic Dialogue with Foreign Minister Prince Faisal bin Farhan Al Saud in Riyadh on May 20.',
    'On May 13, 2024 in Quito, Ambassador of the Republic of Korea to Ecuador Kim Dong-hyun and Ecuador\'s Vice Minister of Foreign Affairs Andrés Paredes Villacís signed the Treaty on Extradition.',
  ]), { id: 'test-signatory' });
  const ask = asker(rel);

  it('reads "FMs\'" as the foreign ministers, not a name', () => {
    expect(ask('Who was the Saudi counterpart at the third ROK-Saudi FMs\' strategic dialogue?')).toMatch(/Faisal bin Farhan Al Saud$/);
  });

  it('reads a signatory as the one who signed', () => {
    expect(ask('ecuadorian signatory of the extradition treaty w/ ROK')).toBe('Andrés Paredes Villacís');
  });
});

describe('agreements numbered', () => {
  const rel = parseReleaseText(page('Korea and Argentina Sign Social Security Agreement', '2023-09-05', [
    'It is the ROK\'s 41st social security agreement and the sixth with a country in Latin America.',
    'The Korea-GCC FTA is Korea\'s first FTA with a Middle Eastern regional bloc.',
    'The Korea-GCC FTA is Korea\'s 22nd FTA.',
    'This MOU is the 38th cooperation agreement that the KNDA has concluded with a foreign diplomatic training institution.',
    'This year\'s KNDA Fellowship Program is the 26th.',
  ]), { id: 'test-numbered-agreements' });
  const ask = asker(rel);

  it('reads the number of an agreement the question asks by its kind', () => {
    expect(ask('S. Korea\'s nth social security agreement - argentina')).toBe('41st');
  });

  it('prefers the number among all to the number among some', () => {
    expect(ask('which FTA number is the gcc agreement for korea?')).toBe('22nd');
  });
});

describe('the other party\'s office', () => {
  const rel = parseReleaseText(page('Korea-Morocco Treaty Enters into Force', '2024-06-01', [
    'On May 31, Ambassador of the Republic of Korea to Morocco Park Sun-hee and Youssef Bennani, Secretary General of Morocco\'s Ministry of Foreign Affairs, exchanged the instruments of ratification in Rabat.',
  ]), { id: 'test-other-office' });
  const ask = asker(rel);

  it('does not take the office of the one "with" whom it was done as the office asked', () => {
    expect(ask('moroccan official who exchanged instruments with amb. park')).toBe('Youssef Bennani');
  });
});

describe('initials in a hyphenated word, and a stock of investment', () => {
  const rel = parseReleaseText(page('Korea-China Maritime Boundary Working Group Meets', '2024-10-18', [
    'The Republic of Korea and the People\'s Republic of China held the 11th director-general-level working group meeting on maritime boundary delimitation in Xiamen, China, on October 17.',
    'Cumulative Korean investment in Egypt stood at about US$ 1.2 billion as of the end of 2024.',
  ]), { id: 'test-dg-level' });
  const ask = asker(rel);

  it('reads "DG-level" as words the lexicon explains, not a name the release must give', () => {
    expect(ask('where was the 11th korea-china DG-level maritime boundary WG held')).toMatch(/^Xiamen/);
  });

  it('reads "FDI stock" as a figure of investment', () => {
    expect(ask('korean FDI stock in egypt')).toBe('about US$ 1.2 billion');
  });
});

describe('a year at the end of a figure\'s clause', () => {
  const rel = parseReleaseText(page('11th Korea-China Working Group on Maritime Boundary', '2024-10-18', [
    'The Korea Coast Guard seized 85 Chinese fishing vessels for illegal fishing in Korean waters in 2023, down from 125 in 2020.',
  ]), { id: 'test-year-end-clause' });
  const ask = asker(rel);

  it('answers for that year', () => {
    expect(ask('number of chinese fishing vessels seized by the korea coast guard in 2023')).toBe('85');
  });

  it('gives no figure of another year', () => {
    expect(ask('number of chinese fishing vessels seized by korea coast guard in 2024')).toBeNull();
  });
});

describe('who invested where', () => {
  const rel = parseReleaseText(page('Korea and Egypt Conclude Investment Agreement Negotiations', '2025-10-17', [
    'Cumulative Korean investment in Egypt stood at about US$ 1.2 billion as of the end of 2024.',
    'Two-way trade reached US$ 2.6 billion last year.',
  ]), { id: 'test-invested' });
  const ask = asker(rel);

  it('answers what Korea invested', () => {
    expect(ask('how much has korea invested in egypt')).toBe('about US$ 1.2 billion');
  });

  it('gives no figure for what the other country invested, nor a trade figure for it', () => {
    expect(ask('how much has egypt invested in korea')).toBeNull();
  });
});

describe('plans and another country\'s date', () => {
  const rel = parseReleaseText(page('Korea Opens Embassy in Armenia', '2025-09-19', [
    'With the opening, the ROK now has resident embassies in all three countries of the South Caucasus, alongside the Embassy in Azerbaijan, opened in 2007, and the Embassy in Georgia.',
    'Under the MOU, the two sides will set up a Korea-Uzbekistan Critical Minerals Joint Research Center in Tashkent in 2026.',
    'The two sides agreed to speed up negotiations on an Agreement on the Mutual Recognition and Exchange of Driving Licences, with the aim of signing it within 2025.',
  ]), { id: 'test-plans-dates' });
  const ask = asker(rel);

  it('does not date one country\'s embassy by the opening of another\'s named just before', () => {
    expect(ask('When did Korea open its embassy in Tbilisi, Georgia?')).toBeNull();
  });

  it('answers when it was opened in the country that opened it', () => {
    expect(ask('When did Korea open its embassy in Azerbaijan?')).toBe('2007');
  });

  it('gives no past date for what "will" be set up', () => {
    expect(ask('When did the Korea-Uzbekistan Critical Minerals Joint Research Center open its doors?')).toBeNull();
  });

  it('gives no past date for what the sides aim to sign', () => {
    expect(ask('When did Korea and Poland sign the driving licence recognition agreement?')).toBeNull();
  });
});

describe('a part after "of which"', () => {
  const rel = parseReleaseText(page('Ministry Hosts the 26th Asia Cup Moot Court Competition', '2024-08-12', [
    'A total of 27 teams applied, of which 16 advanced to the oral rounds.',
  ]), { id: 'test-of-which' });
  const ask = asker(rel);

  it('reads a verb after a figure as no unit', () => {
    expect(findNumbers('A total of 27 teams applied, of which 16 advanced to the oral rounds.', []).map((n) => n.unit)).toEqual(['teams', undefined]);
  });

  it('answers with the part the question describes, counted as its whole', () => {
    expect(ask('how many teams made the oral rounds at the 26th asia cup moot')).toBe('16');
  });

  it('answers with the whole when the question describes the whole', () => {
    expect(ask('how many teams applied for the 26th asia cup moot')).toBe('A total of 27');
  });
});

describe('a year\'s worth and working holidays', () => {
  it('reads "each year" as "per year", and "WH" as a working holiday', () => {
    const a = analyzeQuestion('How many young Koreans can go to Greece each year under the WH scheme?');
    expect(a.terms).toContain(terms('yearly')[0]);
    expect(a.alternatives.get('wh')).toEqual(terms('working holiday'));
  });
});

describe('a plan to draft, and an office not named', () => {
  const rel = parseReleaseText(page('Results of the 25th ASEAN-ROK Summit', '2024-10-11', [
    'The leaders tasked their senior officials with drafting a new ASEAN-ROK Plan of Action covering 2026 to 2030, to be submitted for adoption at the next Summit.',
    'During his stay in New Delhi, Vice Minister Kim also called on External Affairs Minister S. Jaishankar.',
    'Ananya Rao of the National Law School of India University was named Best Oralist.',
  ]), { id: 'test-draft-office' });
  const ask = asker(rel);

  it('does not answer with the question\'s own years, nor date what is only to be drafted', () => {
    expect(ask('when did asean and korea adopt the 2026-2030 plan of action')).toBeNull();
  });

  it('reads "which X adviser did Y see" as a who-question about an adviser, and the minister seen is not one', () => {
    expect(analyzeQuestion('which Indian national security adviser did VFM Kim see in delhi?').type).toBe('who');
    expect(ask('which Indian national security adviser did VFM Kim see in delhi?')).toBeNull();
  });
});

describe('three senior officials in one sentence', () => {
  const rel = parseReleaseText(page('16th Korea-Japan-China Senior Officials\' Meeting', '2024-09-27', [
    'On the afternoon of September 26 in Seoul, Deputy Minister for Political Affairs Chung Byung-won, Japan\'s Deputy Minister for Foreign Affairs Funakoshi Takehiro and China\'s Assistant Minister of Foreign Affairs Nong Rong held the 16th Korea-Japan-China Senior Officials\' Meeting (SOM).',
    'Under the MOU, the two sides will set up a Critical Minerals Cooperation Center in Ulaanbaatar, with a view to opening it in 2025.',
  ]), { id: 'test-three-officials' });
  const ask = asker(rel);

  it('gives a person titled before the name no country from the next person\'s title', () => {
    expect(findPeople(rel.paragraphs[0]!.text)[0]).toMatchObject({ name: 'Chung Byung-won', country: 'KOR' });
  });

  it('keeps a nationality typed in lower case as typed, not as a typo', () => {
    expect(ask('japanese rep at the 16th korea-japan-china SOM')).toBe('Funakoshi Takehiro');
  });

  it('gives no past date for what is opened only "with a view to" it', () => {
    expect(ask('When did the Critical Minerals Cooperation Center open in Ulaanbaatar?')).toBeNull();
  });
});

describe('people of one side counted', () => {
  const rel = parseReleaseText(page('Korea and New Zealand Double the Working Holiday Quota', '2025-03-04', [
    'The annual quota of Korean young people who can take part in the working holiday program in New Zealand will be doubled from 3,000 to 6,000.',
  ]), { id: 'test-people-before' });
  const ask = asker(rel);

  it('counts the people the sentence names before the figure', () => {
    expect(ask('how many young Koreans can go to New Zealand on a working holiday each year')).toBe('6,000');
  });

  it('does not count them as the other side\'s people', () => {
    expect(ask('How many New Zealanders can join the working holiday program in Korea each year?')).toBeNull();
  });
});

describe('a name with "and the" inside', () => {
  it('reads "… Commission for Asia and the Pacific (ESCAP)" as one name', () => {
    expect(findThings('The session was hosted by the United Nations Economic and Social Commission for Asia and the Pacific (ESCAP) in Bangkok.').map((t) => t.text))
      .toContain('United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)');
  });
});

describe('two places, each after its own words', () => {
  const rel = parseReleaseText(page('New Second Vice Minister of Foreign Affairs Takes Office', '2024-07-02', [
    'He holds a bachelor\'s degree in economics from Seoul National University and a master\'s degree in public policy from the Harvard Kennedy School (2001).',
  ]), { id: 'test-two-degrees' });
  const ask = asker(rel);

  it('answers with the place after the words the question gives', () => {
    expect(ask('where did he get his masters degree')).toBe('Harvard Kennedy School');
    expect(ask('where did he get his bachelor\'s degree')).toBe('Seoul National University');
  });
});

describe('a plant numbered without its "unit"', () => {
  const rel = parseReleaseText(page('Spokesperson\'s Statement on the Dukovany Contract', '2025-06-05', [
    'Construction is scheduled to begin in 2029, and Dukovany 5 is expected to start commercial operation in 2036.',
  ]), { id: 'test-plant-unit' });
  const ask = asker(rel);

  it('answers for the unit numbered', () => {
    expect(ask('When is Dukovany unit 5 expected to start commercial operation?')).toBe('2036');
  });

  it('gives no date of one unit for another', () => {
    expect(ask('When is Dukovany unit 6 expected to start commercial operation?')).toBeNull();
  });
});

describe('an output and an investment in one sentence', () => {
  const rel = parseReleaseText(page('2nd Korea-Gulf Hydrogen Cooperation Forum', '2024-11-20', [
    'In Oman, a Korean consortium plans to invest US$ 6.5 billion in a green hydrogen project in Duqm, which is expected to produce 220,000 tons of green hydrogen a year from 2030.',
  ]), { id: 'test-output' });
  const ask = asker(rel);

  it('answers an output with a measure, not money', () => {
    expect(ask('duqm annual output of green h2')).toBe('220,000 tons');
  });
});

describe('a minister named again by the head of the post', () => {
  const rel = parseReleaseText(page('Korea and New Zealand Double the Working Holiday Quota', '2025-03-04', [
    'The notes were signed by Ambassador of the Republic of Korea to New Zealand Kim Jun-ho and New Zealand\'s Minister of Immigration Erica Stanford.',
    'Minister Stanford said that Korean working holidaymakers make a valuable contribution to New Zealand\'s economy.',
  ]), { id: 'test-bare-head' });
  const ask = asker(rel);

  it('keeps the full post for "Minister Stanford"', () => {
    expect(ask('who is New Zealand\'s immigration minister?')).toBe('Erica Stanford');
  });

  it('does not take an immigration minister for the foreign minister', () => {
    expect(ask('who is New Zealand\'s foreign minister?')).toBeNull();
  });
});

describe('a document title with "in the" inside', () => {
  it('reads "Memorandum of Understanding on Cooperation in the Critical Minerals Supply Chain" as one name, but stops a name before "in the" a place', () => {
    expect(findThings('They witnessed the signing of the Memorandum of Understanding on Cooperation in the Critical Minerals Supply Chain between the two governments.').map((t) => t.text))
      .toContain('Memorandum of Understanding on Cooperation in the Critical Minerals Supply Chain');
    expect(findThings('The Korea Culture Week opened in the Philippines.').map((t) => t.text)).not.toContain('Korea Culture Week opened in the Philippines');
  });
});

describe('Ulaanbaatar, and the parties of a signing', () => {
  const rel = parseReleaseText(page('Foreign Minister Visits Mongolia', '2024-06-20', [
    'Following the talks, the two Ministers witnessed the signing of the Memorandum of Understanding on Cooperation in the Critical Minerals Supply Chain between the Ministry of Trade, Industry and Energy of the ROK and the Ministry of Industry and Mineral Resources of Mongolia.',
    'The two countries established diplomatic relations on March 26, 1990.',
  ]), { id: 'test-ulaanbaatar' });
  const ask = asker(rel);

  it('reads Ulaanbaatar as the capital that stands for Mongolia', () => {
    expect(findCountries('Ulaanbaatar')[0]?.code).toBe('MNG');
    expect(isCapital('Ulaanbaatar')).toBe(true);
    expect(ask('when did Seoul and Ulaanbaatar establish dipl ties')).toBe('March 26, 1990');
  });

  it('does not take a body of a country that signed for the document the two countries signed', () => {
    expect(ask('what MOU did Seoul and Ulaanbaatar sign on minerals')).toBe('Memorandum of Understanding on Cooperation in the Critical Minerals Supply Chain');
  });
});

describe('an ambassador\'s residence', () => {
  const rel = parseReleaseText(page('Polish Scholar Receives Order of Diplomatic Service Merit', '2024-10-02', [
    'Professor Tomasz Wierzbicki of Adam Mickiewicz University in Poznań has been awarded the Heungin Medal.',
    'Ambassador of the ROK to Poland Choi Won-seok conferred the order at a ceremony held at the Ambassador\'s official residence in Warsaw on October 1.',
  ]), { id: 'test-residence' });
  const ask = asker(rel);

  it('reads a place after the ambassador\'s residence as a venue, not an envoy\'s post', () => {
    expect(ask('where was wierzbicki\'s award ceremony held')).toMatch(/Warsaw$/);
  });
});

describe('new posts and former ones', () => {
  const rel = parseReleaseText(page('Appointment of New Heads of Mission', '2023-09-14', [
    'Ambassador to the Kingdom of Thailand: Park Jeong-hoon (formerly Director-General for ASEAN and Southeast Asian Affairs)',
    'He succeeds Jang Min-ho, who has been appointed Permanent Representative of the Republic of Korea to the OECD.',
  ]), { id: 'test-new-posts' });
  const ask = asker(rel);

  it('reads a post to where it is held', () => {
    expect(ask('whats Jang Min-ho\'s new assignment?')).toBe('Permanent Representative of the Republic of Korea to the OECD');
  });

  it('does not give the post held formerly as the new one', () => {
    expect(ask('Park Jeong-hoon\'s new post in the Sept 2023 ambassador reshuffle')).not.toBe('Director-General for ASEAN and Southeast Asian Affairs');
  });
});

describe('the ministry\'s own official', () => {
  it('reads "which MOFA official" as asking for a Korean', () => {
    expect(analyzeQuestion('which MOFA official went along with the ambassadors to the credentials ceremony?').nationality).toBe('KOR');
    expect(analyzeQuestion('which Indian official met the ambassador?').nationality).toBe('IND');
  });
});

describe('consuls in several cities', () => {
  const rel = parseReleaseText(page('Honorary Consul of the Republic of Korea Appointed in Halifax', '2024-04-26', [
    'The Ministry of Foreign Affairs has appointed Mr. Daniel MacKinnon, Chief Executive Officer of Maritime Harbour Logistics, as Honorary Consul of the Republic of Korea in Halifax.',
    'It was attended by about 60 guests, among them Consul General in Montreal Ha Yoon-jae, Nova Scotia\'s Deputy Premier Claire Robichaud, and leaders of the local community.',
    'The Halifax Honorary Consulate is the third honorary consulate of the ROK in Canada, after those in Calgary and Winnipeg.',
  ]), { id: 'test-consuls' });
  const ask = asker(rel);

  it('reads a title\'s city and a company\'s name as no part of a person\'s name', () => {
    expect(findPeople(rel.paragraphs[1]!.text)[0]).toMatchObject({ name: 'Ha Yoon-jae', title: 'Consul General in Montreal' });
    expect(findPeople(rel.paragraphs[0]!.text).map((p) => p.name)).toEqual(['Daniel MacKinnon']);
  });

  it('answers for the city asked', () => {
    expect(ask('who is korea\'s honorary consul in halifax?')).toBe('Daniel MacKinnon');
  });

  it('gives no consul of one city for another the release names', () => {
    expect(ask('who\'s korea\'s honorary consul in calgary?')).toBeNull();
  });
});

describe('a deal\'s value, a combined value and an age', () => {
  const rel = parseReleaseText(page('2nd Korea-Gulf Hydrogen Cooperation Forum Held', '2024-11-20', [
    'The Ministry of Foreign Affairs and the GCC Secretariat held the 2nd Korea-Gulf Hydrogen Cooperation Forum in Seoul on November 19, with a combined 300 participants from 12 countries.',
    'On the sidelines of the forum, companies and institutions of the two sides signed nine MOUs worth about US$ 4.1 billion, covering hydrogen production and storage.',
    'Former President Luvsandamba passed away on January 8 at the age of 86.',
  ]), { id: 'test-values' });
  const ask = asker(rel);

  it('reads a deal as a contract, and "in USD" as no name', () => {
    expect(synonymsOf(terms('deal')[0]!)).toContain(terms('contract')[0]);
    expect(analyzeQuestion('value of KHNP\'s czech deal in USD').names).not.toContain('usd');
  });

  it('reads "combined" as a word that frames the figure, not one the sentence must say', () => {
    expect(ask('What was the combined value of the MOUs signed at the Korea-Gulf hydrogen forum?')).toBe('about US$ 4.1 billion');
  });

  it('reads "X age at death" as a figure', () => {
    expect(analyzeQuestion('Luvsandamba age at death').type).toBe('number');
    expect(ask('Luvsandamba age at death')).toBe('86');
  });
});

describe('a post held before', () => {
  const rel = parseReleaseText(page('New Ambassadors Present Credentials', '2024-03-15', [
    'Speaking with Ambassador Duarte, who previously served as Brazil\'s Consul General in Shanghai, the President noted that this year marks the 65th anniversary of diplomatic relations.',
  ]), { id: 'test-held-before' });
  const ask = asker(rel);

  it('answers what someone did before with the post held "previously"', () => {
    expect(ask('what was Duarte doing before Seoul?')).toBe('Brazil\'s Consul General in Shanghai');
  });
});

describe('more ways of planning', () => {
  const rel = parseReleaseText(page('Korea-Poland Nuclear Cooperation', '2024-10-30', [
    'The first concrete for Unit 1 is scheduled to be poured in 2029, with Unit 1 to begin commercial operation in 2035 and Unit 2 in 2036.',
    'The Secretary asked the ROK to help Bangladesh prepare for its graduation from Least Developed Country status in November 2026.',
  ]), { id: 'test-more-plans' });
  const ask = asker(rel);

  it('gives no past date for what a unit is "to begin"', () => {
    expect(ask('When did Unit 1 begin commercial operation?')).toBeNull();
  });

  it('gives no past date for what a country prepares for', () => {
    expect(ask('When did Bangladesh graduate out of LDC status?')).toBeNull();
  });
});

describe('forms of address, letters after a name and titles of two posts', () => {
  const rel = parseReleaseText(page('4th Korea-Ruritania Foreign and Defence Ministers\' Meeting', '2024-05-02', [
    'The 4th Korea-Ruritania Foreign and Defence Ministers\' Meeting was held in Perth on 1 May 2024. Those present were H.E. Mr. Cho Tae-yul, Minister of Foreign Affairs of the Republic of Korea; Senator the Hon. Mary Quill, Minister for Foreign Affairs of Australia; and the Hon. Peter Dorne MP, Deputy Prime Minister and Minister for Defence of Australia.',
    'On May 3, Vice Minister Kim Hong-kyun and Secretary (West) of India\'s Ministry of External Affairs Ravi Menon held the 5th Strategic Dialogue in Seoul.',
    'The Mekong meeting was co-chaired with Deputy Prime Minister and Minister of Foreign Affairs of the Lao PDR Bounmy Chanthavong.',
  ]), { id: 'test-address' });
  const ask = asker(rel);

  it('reads "the Hon." as no end of a sentence, and an appositive after a form of address or after "MP" as the title', () => {
    const people = findPeople(rel.paragraphs[0]!.text);
    expect(people.find((p) => p.name === 'Mary Quill')).toMatchObject({ title: 'Minister for Foreign Affairs of Australia', country: 'AUS' });
    expect(people.find((p) => p.name === 'Peter Dorne')).toMatchObject({ title: 'Deputy Prime Minister and Minister for Defence of Australia', country: 'AUS' });
    expect(ask('Australian defence minister at the 4th foreign and defence ministers meeting')).toBe('Peter Dorne');
  });

  it('reads a bracket after a title\'s head and an office\'s own "of" as part of the title', () => {
    expect(findPeople('Secretary of the Ministry of External Affairs Ravi Menon spoke.')[0]).toMatchObject({ title: 'Secretary of the Ministry of External Affairs' });
    expect(findPeople(rel.paragraphs[1]!.text).find((p) => p.name === 'Ravi Menon')).toMatchObject({ title: 'Secretary (West) of India\'s Ministry of External Affairs', country: 'IND' });
    expect(ask('indian counterpart of kim hong-kyun at the strategic dialogue')).toBe('Ravi Menon');
  });

  it('reads each post of a title of two by its own rank', () => {
    expect(ask('Lao FM co-chairing the mekong meeting')).toBe('Bounmy Chanthavong');
  });
});

describe('short forms of country names', () => {
  it('reads NZ, PNG and "S. Africa" as the countries', () => {
    expect(analyzeQuestion('Since when have Korea and NZ run a working holiday programme?').countries).toContain('NZL');
    expect(findCountriesTyped('korea and PNG leaders').map((c) => c.code)).toContain('PNG');
    expect(findCountriesTyped('S. Africa envoy').map((c) => c.code)).toEqual(['ZAF']);
  });
});

describe('since when', () => {
  const rel = parseReleaseText(page('Korea and Chile Expand Youth Exchanges', '2024-11-19', [
    'The Republic of Korea and Chile exchanged diplomatic notes on November 18 in Santiago to amend the Youth Exchange Arrangement between the two countries.',
    'The youth exchange program between the two countries began in 2006 and has since allowed some 9,000 young people to live abroad.',
  ]), { id: 'test-since-when' });
  const ask = asker(rel);

  it('reads "since when have X run Y" as asking when Y began', () => {
    expect(ask('Since when have Korea and Chile run a youth exchange programme?')).toBe('2006');
  });
  it('gives the year something was first held, not the dates of a later edition', () => {
    const moot = asker(parseReleaseText(page('26th Pacific Cup Moot Court Competition Held', '2024-08-10', [
      'The Ministry of Foreign Affairs held the 26th Pacific Cup International Law Moot Court Competition in Seoul from August 7 to 9.',
      'First held in 1999, the Pacific Cup has grown into a leading forum for young international lawyers.',
    ]), { id: 'test-first-held' }));
    expect(moot('since when has the foreign ministry run the pacific cup moot competition')).toBe('1999');
  });
});

describe('British and American spelling', () => {
  const rel = parseReleaseText(page('Korea Supports a Vocational Training Center in Laos', '2024-06-11', [
    'The Korea-Laos Vocational Training Center in Vientiane opened on June 10, with a labor market program for 1,200 trainees a year.',
    'The Minister of National Defense of Laos attended the opening.',
  ]), { id: 'test-spelling' });
  const ask = asker(rel);

  it('reads "programme", "centre", "labour", "defence" and "dialogue" as the American words', () => {
    for (const [gb, us] of [['programme', 'program'], ['centres', 'centers'], ['labour', 'labor'], ['defence', 'defense'], ['dialogue', 'dialog'], ['honoured', 'honored'], ['analyse', 'analyze']]) expect(terms(gb!)).toEqual(terms(us!));
    expect(terms('tour')).not.toEqual(terms('tor'));
    expect(ask('when did the vocational training centre open?')).toBe('June 10');
    expect(ask('how many trainees a year in the labour market programme')).toBe('1,200');
  });
});

describe('a count of what has been done so far', () => {
  const rel = parseReleaseText(page('Korea and Ireland Agree to Double Working Holiday Quota', '2024-11-19', [
    'The annual quota of Korean young people who can take part in the working holiday program in Ireland will be doubled from 400 to 800.',
    'The working holiday program between the two countries began in 2007 and has since allowed some 5,200 Korean young people to experience life in Ireland.',
  ]), { id: 'test-ties' });
  const ask = asker(rel);

  it('is not answered by a figure of what will be', () => {
    expect(ask('how many young koreans have done a working holiday in Ireland so far')).toBe('some 5,200');
  });
});

describe('who stayed, when something opened, and which edition', () => {
  const rel = parseReleaseText(page('Evacuation of Korean Nationals from Bangui', '2024-08-20', [
    'Chartered aircraft: 33 Korean nationals left Bangui M\'Poko Airport on August 14 on a plane chartered by the government.',
    'Three Korean nationals, including missionaries, decided to remain in Bangui despite the Embassy\'s repeated advice to leave.',
    'The Consular Help Desk of the Ministry handled 98,214 calls in 2023, the largest annual number since it opened in March 2006.',
    'The 19th Global Korean Traders Convention opened on October 4, and participants attended the ceremony marking the 12th Overseas Koreans Day on October 5.',
    'Hallasan Station, the ROK\'s third Arctic base after Dasan Station (opened in 2002), began operating on March 3, 2017.',
  ]), { id: 'test-stay-open' });
  const ask = asker(rel);

  it('reads "refused to leave" as staying', () => {
    expect(ask('how many koreans refused to leave bangui')).toBe('Three');
  });

  it('dates a start by the date said to start, not by another date of the sentence nor by an aside about another thing', () => {
    expect(ask('when did the consular help desk start operating')).toBe('March 2006');
    expect(ask('When did Hallasan Station begin operations?')).toBe('March 3, 2017');
  });

  it('gives the ordinal of the name that says the question\'s words', () => {
    expect(ask('which edition of Overseas Koreans Day was held?')).toBe('12th');
  });
});

describe('a resolution\'s subject, the meeting before, and a convention applying to Korea', () => {
  const rel = parseReleaseText(page('Statement on the Security Council Vote on a Draft Resolution on Myanmar', '2024-09-26', [
    'The Government regrets that the UN Security Council failed on September 25 to adopt a draft resolution on the arms trade with Myanmar.',
    'Of the 15 members of the Council, 11 voted in favor, while Russia and China voted against and Algeria abstained.',
    'The draft resolution was co-sponsored by 47 UN member states.',
    'The three envoys met in Manila on June 12 to discuss the situation.',
    'It was the envoys\' first face-to-face trilateral meeting since the one held in Seoul on February 20.',
    'The Hague Service Convention entered into force for the ROK on August 1, 2000.',
    'The Ministry served some 41,000 documents under the Hague Service Convention in 2023, and demand is expected to grow since Brazil\'s accession to the Convention took effect on June 1, 2019.',
  ]), { id: 'test-topic' });
  const ask = asker(rel);

  it('reads a country a resolution is about as no holder of the figure', () => {
    expect(ask('how many council members backed the myanmar arms resolution')).toBe('11');
    expect(ask('How many UN member states cosponsored the Myanmar arms draft?')).toBe('47');
  });

  it('gives the meeting before the one named, asked "last … before"', () => {
    expect(ask('when had the three envoys last met in person before Manila?')).toBe('February 20');
  });

  it('reads "start applying" as entering into force, and another country\'s accession as not Korea\'s', () => {
    expect(ask('When did the Hague Service Convention start applying to S. Korea?')).toBe('August 1, 2000');
  });
});

describe('offices of two fields, shortened offices, and a body\'s share', () => {
  const rel = parseReleaseText(page('7th Korea-US Deterrence Dialogue Held', '2024-10-17', [
    'On October 16 in Seoul, First Vice Minister of Foreign Affairs Lee Dong-kyu and Vice Minister of National Defense Kim Sun-ho held the 7th meeting of the Deterrence Dialogue with US Under Secretary of State for Arms Control and International Security Mary Hollis and US Under Secretary of Defense for Policy James Ortega.',
  ]), { id: 'test-fields' });
  const ask = asker(rel);

  it('reads "for Arms Control and International Security" as the title\'s field, not a person', () => {
    const people = findPeople(rel.paragraphs[0]!.text);
    expect(people.map((p) => p.name)).not.toContain('Arms Control');
    expect(people.find((p) => p.name === 'Mary Hollis')).toMatchObject({ title: 'US Under Secretary of State for Arms Control and International Security', country: 'USA' });
  });

  it('reads "under sec of state" and "MND" as the offices, and a Secretary of State as of no junior rank', () => {
    expect(ask('us under sec of state at the 7th deterrence dialogue')).toBe('Mary Hollis');
    expect(ask('who represented the korean MND at the deterrence dialogue in Seoul')).toBe('Kim Sun-ho');
  });

  it('answers a body\'s share from the sentence that gives the body its figure', () => {
    const aid = asker(parseReleaseText(page('Humanitarian Assistance to Yemen', '2025-08-15', [
      'The Government decided on August 14 to provide US$ 6 million in humanitarian assistance to Yemen through the World Food Programme (WFP) and the United Nations Children\'s Fund (UNICEF).',
      'Channels: WFP (US$ 4 million) and UNICEF (US$ 2 million)',
    ]), { id: 'test-share' }));
    expect(aid('UNICEF share of the August 2025 Yemen aid package?')).toBe('US$ 2 million');
    expect(aid('how much is the govt giving Yemen via WFP and UNICEF in total')).toBe('US$ 6 million');
  });
});

describe('which country signed, which provinces, what it was worth', () => {
  const rel = parseReleaseText(page('Travel Advisory Raised for Three Provinces of Peru', '2024-01-12', [
    'On the margins of the Forum, Korea and Grenada signed an MOU on e-Government Cooperation.',
    'The Ministry has decided to raise the travel advisory for three provinces of the Republic of Peru to Level 3.',
    'Level 3 (Departure Recommended): Tumbes, Piura and La Libertad provinces',
    'a US$ 120 million agreement between Hanul Energy and Peru\'s Andes Cobre S.A. for the long-term supply of copper;',
    'All-cargo services: five flights per week for each side, newly introduced',
  ]), { id: 'test-which-list' });
  const ask = asker(rel);

  it('reads the "go" of "government" as no travel', () => {
    expect(analyzeQuestion('Which Caribbean country inked an e-government MOU with Korea?').type).toBe('country');
    expect(analyzeQuestion('Which Caribbean country did he go to?').type).toBe('where');
    expect(ask('Which Caribbean country inked an e-government MOU with Korea?')).toBe('Grenada');
  });

  it('answers "which provinces" with the names listed, not with their count', () => {
    expect(ask('Which Peruvian provinces are now at departure recommended?')).toBe('Tumbes, Piura and La Libertad');
  });

  it('reads "… worth" and "flights per week" as figures', () => {
    expect(analyzeQuestion('what was the copper deal with the Peruvian company worth?').type).toBe('number');
    expect(ask('what was the copper deal with the Peruvian company worth?')).toBe('US$ 120 million');
    expect(analyzeQuestion('cargo flights per week allowed korea–peru').type).toBe('number');
  });
});

describe('plans in a bullet\'s lead or a noun, a captain, and a figure for the whole country', () => {
  const rel = parseReleaseText(rawPage('Korean National Released; Consular Services Expanded', '2024-05-21', [
    '1. Some 2,300 Korean nationals live in Peru, about 400 of them in Arequipa.',
    '2. To make the service more convenient, the Ministry plans to:',
    '- add Vietnamese as a ninth interpretation language in the second half of 2024.',
    '3. A discussion on the planned establishment of a dedicated agency for overseas Koreans was also held on October 4.',
    '4. Ambassador Kim Hae-jin met Mamadou Sylla, Guinea\'s Minister of Fisheries, on March 28 to ask for the release of the Korean captain detained in Conakry.',
  ]), { id: 'test-plans-lead' });
  const ask = asker(rel);

  it('gives no date for what a bullet under "plans to:" says', () => {
    expect(ask('when did the call center add vietnamese interpretation')).toBeNull();
  });

  it('gives no date for an agency whose establishment is only planned', () => {
    expect(ask('when was the new overseas koreans agency launched')).toBeNull();
  });

  it('gives no official for a captain the release does not name', () => {
    expect(ask('What is the name of the Korean captain who was detained in Guinea?')).toBeNull();
  });

  it('gives no figure of the whole country for its capital', () => {
    expect(ask('how many korean nationals are living in lima?')).toBeNull();
    expect(ask('how many korean nationals live in peru?')).toBe('Some 2,300');
  });
});

describe('who did an act the release says of someone', () => {
  const rel = parseReleaseText(page('Statement on the Security Council Vote', '2024-09-26', [
    'Ambassador Hwang Jun-seo recalled that the mandate of the Panel of Experts expired on April 30, 2024, leaving the Council without a monitoring body.',
    'Of the 15 members of the Council, 12 voted in favor, while Russia and China voted against and Algeria abstained.',
  ]), { id: 'test-who-verb' });
  const ask = asker(rel);

  it('does not answer "who abstained" with a person of a sentence that says no one abstained', () => {
    expect(ask('who abstained in the 2024 vote on renewing the panel of experts mandate')).toBeNull();
  });
});

describe('launches, releases and dates of entry into force', () => {
  const rel = parseReleaseText(page('Korea Imposes Independent Sanctions; e-Visa Service Launched', '2024-05-28', [
    'The Government decided on May 27 to designate 7 individuals and 4 entities as targets of its independent sanctions. The designations will take effect on May 29.',
    'Starting September 23, 2024, the Ministry of Foreign Affairs will issue visas electronically through its new "e-Visa" service.',
    'A Korean national in his 60s, the captain of the Korean-owned fishing vessel Dongbang 7, was released on May 21 after being held in Freetown for 90 days.',
    'Vice Minister Chung noted that bilateral trade had more than doubled since the Korea-Chile FTA entered into force on April 1, 2004.',
    'The "Convention between the Republic of Korea and the Republic of Ghana for the Elimination of Double Taxation" will enter into force on August 3, 2023.',
  ]), { id: 'test-launch-eif' });
  const ask = asker(rel);

  it('reads "the May 27 designations" as no numbered name, and "the designations" as referring back', () => {
    expect(ask('When do the May 27 unilateral designations kick in?')).toBe('May 29');
  });

  it('dates a launch by "Starting <date>, … will …"', () => {
    expect(ask('e-visa launch date')).toBe('September 23, 2024');
  });

  it('reads "freed" as released', () => {
    expect(ask('when was the korean captain detained in freetown freed')).toBe('May 21');
  });

  it('reads "in force date" as entry into force, and a tax treaty as the named Convention', () => {
    expect(ask('korea chile fta in force date')).toBe('April 1, 2004');
    expect(ask('ghana tax treaty in force date')).toBe('August 3, 2023');
  });
});

describe('a co-chair beside the one named, an apogee and a share asked', () => {
  const rel = parseReleaseText(page('First Korea-Africa Ministerial Follow-up Meeting Held', '2025-06-05', [
    'Foreign Minister Cho Tae-yul co-chaired the meeting with Amadou Diallo, Minister of External Relations of Senegal, whose country holds the rotating chairmanship.',
    'North Korea launched a ballistic missile on March 18. Maximum altitude: about 540 km',
    'On average, the Center answered 1,240 calls a day.',
  ]), { id: 'test-cochair-apogee' });
  const ask = asker(rel);

  it('reads a person named after "alongside" as not the one asked', () => {
    expect(analyzeQuestion('who co-chaired the korea africa follow-up mtg alongside FM Cho?').nationality).toBeUndefined();
    expect(ask('who co-chaired the korea africa follow-up mtg alongside FM Cho?')).toBe('Amadou Diallo');
  });

  it('reads an apogee as a figure', () => {
    expect(analyzeQuestion('apogee of the launch?').type).toBe('number');
    expect(ask('apogee of the march 18 launch?')).toBe('about 540 km');
  });

  it('answers "by what %" with a share only', () => {
    expect(analyzeQuestion('By what % did the call centre\'s caseload grow in 2023?').type).toBe('number');
    expect(ask('By what % did the call centre\'s caseload grow in 2023?')).toBeNull();
  });
});

describe('a body the release never names, an embassy in the other country, and trade in a title', () => {
  const rel = parseReleaseText(page('Korean Embassy in Benin Opens', '2025-04-23', [
    'The Embassy of the Republic of Korea in Benin officially opened in the capital, Porto-Novo, on April 22, 2025.',
    'Minister Houngbo said that Benin intends to open its own embassy in Seoul in the near future.',
    'The Government decided on August 14 to provide US$ 2.5 million in humanitarian assistance through UNICEF to support the health of children in Benin in 2025.',
    'Total amount: US$ 2.5 million',
    'Grenada\'s Minister of Foreign Affairs and Foreign Trade Joseph Andall described the damage that a hurricane caused in July 2024 and thanked Korea for US$1 million in emergency aid.',
  ]), { id: 'test-embassy-dir' });
  const ask = asker(rel);

  it('gives no date of Korea\'s embassy in Benin for Benin\'s embassy in Seoul', () => {
    expect(ask('when did benin open its embassy in seoul')).toBeNull();
    expect(ask('when did the korean embassy in benin open')).toBe('April 22, 2025');
  });

  it('gives no figure for a body the release never names', () => {
    expect(ask('How much did Seoul give WHO for health projects in Benin in 2025?')).toBeNull();
    expect(ask('How much did Seoul give UNICEF?')).toBe('US$ 2.5 million');
  });

  it('reads the "Foreign Trade" of a minister\'s title as no trade figure', () => {
    expect(ask('ROK-Grenada trade in 2024')).toBeNull();
  });
});

describe('first held, a renewed MOU, a body\'s own figure and a volume', () => {
  const rel = parseReleaseText(page('4th Korea-Canada Counter-Terrorism Dialogue Held', '2024-10-15', [
    'The Republic of Korea and Canada held their 4th Counter-Terrorism Dialogue in Ottawa on October 14.',
    'The ROK side briefed Canada on its contribution of US$ 2 million to the UN Office of Counter-Terrorism for a programme in Central Asia from 2024 to 2026.',
    'The dialogue, launched in 2018, has been held roughly every two years.',
    'Mongolia became the first country to sign a seasonal worker MOU with the ROK, in 2006, and the MOU has since been renewed every two years.',
    'On August 27 in Ulaanbaatar, the labour ministers of Mongolia and the ROK signed the renewed seasonal worker MOU.',
    'Minister Han said the ROK will deliver the US$ 300 million it pledged to the Green Climate Fund (GCF) for 2024-2027, and announced a new contribution of US$ 7 million to the Fund for responding to Loss and Damage (FRLD).',
    'The new contract will partly replace the volume of the 25-year contract for 3.5 million tons per year that KOGAS signed in 1999.',
  ]), { id: 'test-first-held-2' });
  const ask = asker(rel);

  it('reads "first held" as a start, not the date of a later edition or of another programme', () => {
    expect(ask('what year was the korea-canada counter terrorism dialogue first held')).toBe('2018');
  });

  it('dates a renewed MOU by its own signing, not the first one\'s', () => {
    expect(ask('when did seoul and ulaanbaatar sign the renewed seasonal worker MOU?')).toBe('August 27');
  });

  it('gives the figure whose own words name the body asked', () => {
    expect(ask('how much is seoul putting into the GCF for 2024-2027')).toBe('US$ 300 million');
  });

  it('gives no length of a contract for a volume', () => {
    expect(ask('annual volume under the new KOGAS LNG deal')).not.toBe('25-year');
  });
});

describe('a slogan, a spending target, a frequency and a name with "to" inside', () => {
  const rel = parseReleaseText(page('2026 Korea-Spain Year of Cultural Exchange Launched', '2025-12-16', [
    'The two sides launched the 2026 Korea-Spain Year of Cultural Exchange in Madrid on December 15 under the slogan "Together, Beyond 75 Years."',
    'The Summit adopted a declaration in which the Allies committed to raising defence spending to 4 percent of GDP by 2032.',
    'Under the MOU, the two sides will set up a Defence Industry Cooperation Committee, which will meet once every two years.',
    'Vice Minister Ha attended the Seventh Replenishment Summit of the Global Fund to Fight AIDS, Tuberculosis and Malaria, held in Lyon, France, on November 21.',
  ]), { id: 'test-slogan' });
  const ask = asker(rel);

  it('reads a question that opens with "slogan" as asking the slogan', () => {
    expect(analyzeQuestion('slogan korea spain year of cultural exchange').type).toBe('thing');
    expect(ask('slogan korea spain year of cultural exchange')).toBe('Together, Beyond 75 Years');
  });

  it('reads a spending target as a figure, with what it is a share of', () => {
    expect(analyzeQuestion('defence spending target agreed in the declaration').type).toBe('number');
    expect(ask('defence spending target agreed in the declaration')).toBe('4 percent of GDP');
  });

  it('keeps "once" in "once every two years"', () => {
    expect(ask('how often will the defence industry cooperation committee meet')).toBe('once every two years');
  });

  it('reads the "to" inside "the Global Fund to Fight AIDS" as leading to no place', () => {
    expect(ask('Where did the Global Fund hold its seventh replenishment summit?')).toBe('Lyon, France');
  });
});

describe('which MOU, and a case a country names', () => {
  const rel = parseReleaseText(page('Foreign Minister Visits Oman; Korean National Released in Somalia', '2024-10-24', [
    'Meeting Minister of Energy Salim Al Aufi on the same day, Minister Yoon proposed widening bilateral energy cooperation to clean hydrogen. The two sides then signed a Memorandum of Understanding on Green Hydrogen Cooperation between the two Governments.',
    'As soon as it learned of the abduction on March 4, the Ministry of Foreign Affairs set up a headquarters for response headed by Second Vice Minister of Foreign Affairs Lee Jae-min, and worked with Kenya to secure his release.',
  ]), { id: 'test-which-mou' });
  const ask = asker(rel);

  it('reads "which MOU did … conclude when …" as asking the MOU, and "conclude" as signing', () => {
    expect(analyzeQuestion('which MOU did korea and oman conclude when yoon met the energy minister').type).toBe('thing');
    expect(ask('which MOU did korea and oman conclude when yoon met the energy minister')).toBe('Memorandum of Understanding on Green Hydrogen Cooperation');
  });

  it('reads the country of a case the release is about as not whose person is asked', () => {
    expect(ask('who ran MOFA\'s response HQ for the somalia abduction case')).toBe('Lee Jae-min');
  });
});

describe('a first meeting in years, whose companies invest, and a cut asked', () => {
  const rel = parseReleaseText(page('8th Korea-Oman Joint Committee Held', '2023-11-16', [
    'Vice Minister Choi and Oman\'s Minister of State for Foreign Affairs co-chaired the 8th Korea-Oman Joint Committee in Seoul on November 15.',
    'This was the first Joint Committee meeting between the two countries in four years, since 2019.',
    'President Whitfield welcomed plans by Korean companies to invest US$3.2 billion in the United States.',
    'Minister Han reaffirmed the ROK\'s commitment to cut its greenhouse gas emissions by 40 percent from 2018 levels by 2030, and said it will submit its 2035 NDC to the UNFCCC Secretariat next year.',
  ]), { id: 'test-first-in-years' });
  const ask = asker(rel);

  it('reads "the first meeting in four years, since 2019" as no first meeting', () => {
    expect(ask('When was the first Korea-Oman Joint Committee convened?')).toBeNull();
  });

  it('gives no investment of Korean companies in the US for American companies investing in Korea', () => {
    expect(ask('how much are american companies investing in korea')).toBeNull();
    expect(ask('how much are korean companies investing in the US')).toBe('US$3.2 billion');
  });

  it('reads "what emissions cut does X set" as a figure, and gives none for a plan not yet stated', () => {
    expect(analyzeQuestion('what emissions cut does korea\'s 2035 NDC set?').type).toBe('number');
    expect(ask('what emissions cut does korea\'s 2035 NDC set?')).toBeNull();
  });
});

describe('for the first time', () => {
  const rel = parseReleaseText(page('President Attends NATO Summit', '2025-06-26', [
    'President Han attended the NATO Summit held in The Hague, the Netherlands, on June 24 and 25, at the invitation of the NATO Secretary General.',
  ]), { id: 'test-first-time' });
  const ask = asker(rel);

  it('gives no date for "the first time" from a sentence that says no first', () => {
    expect(ask('when did a S. Korean president attend a NATO summit for the first time')).toBeNull();
    expect(ask('when did the president attend the NATO summit in the hague')).toBe('June 24 and 25');
  });
});

describe('signatures, the Agreement of the title, and a verb after ", and"', () => {
  const rel = parseReleaseText(page('Korea-Jordan FTA Enters into Force', '2022-11-28', [
    'The two countries launched negotiations in June 2016 and concluded them in August 2019. The Agreement was signed in Seoul on May 12, 2021, and was ratified by the National Assembly in December 2021.',
    'Jordan was the first Arab country to establish diplomatic relations with the ROK, and sent 120 medical staff to help the ROK during the pandemic.',
  ]), { id: 'test-signatures' });
  const ask = asker(rel);

  it('reads "put their signatures to" as signing, and "the Agreement" as the FTA the title names', () => {
    expect(ask('When did Korea and Jordan put their signatures to the FTA?')).toBe('May 12, 2021');
  });

  it('reads the subject of a verb after ", and" as the sentence\'s', () => {
    expect(ask('how many medical staff did jordan send to korea during the pandemic')).toBe('120');
  });
});

describe('commanders and the side a signatory is on', () => {
  const rel = parseReleaseText(page('Hanbit Unit\'s 18th Contingent Takes Over', '2025-04-10', [
    'Force Commander Rajesh said the unit\'s engineering capabilities are indispensable to the mission.',
    'The 18th contingent, commanded by Colonel Choi Dong-hyun, is made up of 280 troops.',
    'Vice Minister Hong was briefed on the unit\'s operations by Colonel Yoon Sang-ho, commander of the 32nd contingent.',
    'The MOU was signed by Kim Jin-oh, Country Director of KOICA Laos, and UXO Lao Director General Bounmy Vongsa, in the presence of the ROK Ambassador.',
  ]), { id: 'test-commanders' });
  const ask = asker(rel);

  it('reads "commanded by" and ", commander of" as who commands or leads', () => {
    expect(ask('hanbit 18th rotation commander')).toBe('Choi Dong-hyun');
    expect(ask('who leads the 32nd contingent?')).toBe('Yoon Sang-ho');
  });

  it('answers "on the X side" with the one whose title names X', () => {
    expect(ask('who signed the MOU with KOICA on the UXO side?')).toBe('Bounmy Vongsa');
  });
});

describe('the place of the year asked, a unit\'s base, and a numbered resolution', () => {
  const rel = parseReleaseText(page('2025 Seoul UN Peacekeeping Ministerial Held', '2025-12-09', [
    'The meeting was the fifth in the series of ministerial-level peacekeeping conferences that began in London in 2016, following the 2017 meeting in Vancouver and the 2021 meeting in Seoul.',
    'The 18th contingent of the Hanbit Unit, the engineering unit that the ROK contributes to the United Nations Mission in the Republic of South Sudan (UNMISS), assumed its duties on September 12 at the unit\'s base in Bor.',
    'The UNC was established on July 7, 1950, under UN Security Council Resolution 84.',
  ]), { id: 'test-year-place' });
  const ask = asker(rel);

  it('gives the place whose own words give the year asked', () => {
    expect(ask('which city hosted the 2017 UN peacekeeping ministerial')).toBe('Vancouver');
  });

  it('gives the town of the unit\'s base for "based in"', () => {
    expect(ask('which town in south sudan is the korean engineering unit based in')).toBe('Bor');
  });

  it('gives a numbered resolution asked by its kind', () => {
    expect(ask('UNSC resolution that created the UNC')).toBe('Resolution 84');
  });
});

describe('a part and its whole', () => {
  const rel = parseReleaseText(page('Statement on Japan\'s Textbook Screening', '2025-03-26', [
    'According to the screening results, 19 of the 61 social studies textbooks submitted for screening describe Dokdo as Japanese territory.',
    'Just over half of the participants, 14 of the 26, are women.',
    'The ROK will retire 31 of its 62 coal-fired power units by 2038.',
  ]), { id: 'test-part-whole' });
  const ask = asker(rel);

  it('gives the part the question\'s words describe, and the whole when they describe none of it', () => {
    expect(ask('how many social studies textbooks this year call dokdo japanese')).toBe('19');
    expect(ask('How many coal power units is S. Korea planning to shut down by 2038?')).toBe('31');
    expect(ask('how many participants are there')).toBe('26');
  });
});

describe('the years a programme runs for', () => {
  const rel = parseReleaseText(page('Korea and Nepal Sign Cultural Exchange Programme', '2025-09-25', [
    'The Republic of Korea and Nepal signed a Cultural Exchange Programme for 2025-2027 in Kathmandu on September 24, the 51st anniversary of diplomatic relations.',
  ]), { id: 'test-period-name' });
  const ask = asker(rel);

  it('dates the signing by its day, not by the programme\'s period, unless the period is asked', () => {
    expect(ask('when did korea and nepal sign the cultural exchange programme')).toBe('September 24');
    expect(ask('what period does the korea-nepal cultural exchange programme cover')).toBe('2025-2027');
  });
});

describe('a nationality the speaker is asked by, and a name after its description', () => {
  const rel = parseReleaseText(page('Korea-Hungary Business Forum Held in Budapest', '2025-05-14', [
    'The Korea-Hungary Business Forum was held on May 13 at the Budapest Marriott Hotel.',
    'In his keynote address, Second Vice Minister of Foreign Affairs Kang In-sun said that the two countries had been strategic partners since 2019. State Secretary Levente Magyar of Hungary\'s Ministry of Foreign Affairs and Trade said that Korean companies had made Hungary a hub for batteries.',
    'An MOU on the joint survey of the Recsk copper deposit was signed by the Korea Mine Rehabilitation and Mineral Resources Corporation (KOMIR) and the state geological survey company Geomagyar.',
    'State Secretary Magyar presented the Danube Logistics Hub project on the river bank and invited Korean companies to invest in it.',
  ]), { id: 'test-keynote-appositive' });
  const ask = asker(rel);

  it('gives the speaker of the nationality the question gives, though the question names the other country too', () => {
    expect(ask('who gave the korean keynote at the hungary business forum')).toBe('Kang In-sun');
  });

  it('gives the name that follows a described kind ("the state geological survey company Geomagyar")', () => {
    expect(ask('which hungarian company signed the copper survey MOU with KOMIR?')).toBe('Geomagyar');
  });

  it('reads "project Magyar presented" as a project someone presented, with the kind after the name', () => {
    expect(ask('Hungarian logistics project Magyar presented to Korean companies')).toBe('Danube Logistics Hub project');
  });
});

describe('an exhibition\'s close, its pieces, a forum\'s venue after its region, a series\' first meeting', () => {
  const rel = parseReleaseText(page('Korea Foundation Opens Exhibition of Korean Lacquerware in Prague', '2025-04-10', [
    'The Korea Foundation (KF) opened the exhibition "Shining Shell: Korean Lacquerware Through the Ages" at the National Gallery in Prague on April 9. The exhibition, which runs until August 31, 2025, marks the 35th anniversary of diplomatic relations.',
    'About 90 pieces are on display, among them mother-of-pearl boxes of the Joseon Dynasty. Some 30 of the objects have been lent by the National Museum of Korea.',
    'The Embassy co-hosted the 3rd Korea Scholarship Alumni Forum in Central Europe in Prague on April 10.',
    'On April 11 in Brno, Director-General Lee Ji-ho and Director Jana Novakova co-chaired the 4th Republic of Korea-Czech Republic Cultural Dialogue, where the two sides reviewed cooperation in museums, film and language education. The ROK-Czech Cultural Dialogue was launched in Seoul in 2015.',
    'The box was made in 1760 for Crown Prince Sado, the son of King Yeongjo.',
  ]), { id: 'test-exhibition' });
  const ask = asker(rel);

  it('gives the end of a run for "when does it close"', () => {
    expect(ask('when does the KF lacquer exhibition in prague close?')).toBe('August 31, 2025');
  });

  it('counts the pieces on display when objects on show are asked, not a part of them', () => {
    expect(ask('how many objects are on show at the KF exhibition in Prague?')).toBe('About 90');
  });

  it('gives the city after a region that belongs to a forum\'s name', () => {
    expect(ask('where was the 3rd korea scholarship alumni forum held')).toBe('Prague');
  });

  it('reads a sentence of how a series began as its first meeting\'s', () => {
    expect(ask('where was the 4th korea-czech cultural dialogue')).toBe('Brno');
  });

  it('names a royal of one name with the title', () => {
    expect(ask('who was the lacquer box made for?')).toBe('Crown Prince Sado');
  });
});

describe('two bodies that sign, and a people asked for one of them', () => {
  const rel = parseReleaseText(page('Korea and Chile Sign Space Cooperation MOU', '2025-06-02', [
    'The Korea AeroSpace Administration (KASA) and Chile\'s National Space Agency of Science and Technology (ANCE) signed an MOU on cooperation in Earth observation.',
    'Korean nationals serving in international courts include Judge Lee Min-jae of the International Criminal Court (ICC) and Judge Park So-young of the International Tribunal for the Law of the Sea.',
  ]), { id: 'test-two-bodies' });
  const ask = asker(rel);

  it('ends a name its initials close, before "and" and another body', () => {
    expect(ask('which chilean agency signed the space MOU with KASA?')).toBe('National Space Agency of Science and Technology (ANCE)');
  });

  it('reads "which Korean is a judge" as a who-question', () => {
    expect(ask('which Korean is currently a judge on the ICC')).toBe('Lee Min-jae');
  });
});

describe('the conclusion of an agreement under negotiation', () => {
  const rel = parseReleaseText(page('6th Round of Korea-Philippines CEPA Negotiations Held', '2025-03-21', [
    'The sixth round of negotiations on a Comprehensive Economic Partnership Agreement (CEPA) between the Republic of Korea and the Philippines took place in Manila from March 17 to 20.',
    'The ROK and the Philippines launched their CEPA negotiations in June 2021 in Seoul.',
    'Both countries already trade under the Korea-ASEAN FTA, in effect since 2007.',
  ]), { id: 'test-conclude' });
  const ask = asker(rel);

  it('does not date the conclusion by a round, the launch of talks, or another pair\'s agreement', () => {
    expect(ask('when did korea and the philippines conclude the CEPA?')).toBeNull();
    expect(ask('when did the korea-philippines CEPA negotiations start?')).toBe('June 2021');
  });
});

describe('a programme that began, joining asked as signing up, and a first meeting in years', () => {
  const rel = parseReleaseText(page('Korea and Colombia Hold 5th Joint Committee on Science and Technology', '2025-10-02', [
    'The 5th Korea-Colombia Joint Committee on Science and Technology took place in Bogotá on October 1. It was the first meeting of the Joint Committee in six years, the 4th meeting having been held in Seoul in May 2019.',
    'Korea\'s youth exchange program began with Colombia in 2012.',
    'The two sides agreed to work together in the Global Alliance for Open Science (GAOS), which Korea joined in 2022.',
    'Some 1,200 Korean nationals live in Colombia, where the first Korean community took root in the 1960s. The two countries established diplomatic relations in 1962.',
  ]), { id: 'test-began-joined' });
  const ask = asker(rel);

  it('dates the launch of a programme by the year it began', () => {
    expect(ask('what year did korea launch its youth exchange program?')).toBe('2012');
  });

  it('reads "sign up to" as joining, not as a signing', () => {
    expect(ask('when did S. Korea sign up to the Global Alliance for Open Science')).toBe('2022');
  });

  it('does not read "the first meeting … in six years" as the meeting numbered 1', () => {
    expect(ask('where was the 4th korea-colombia joint committee on science and technology held')).toBe('Seoul');
  });

  it('reads a capital typed without its accents, and "the two countries" as those of the sentence before', () => {
    expect(ask('when did Seoul and Bogota set up diplomatic relations?')).toBe('1962');
  });
});

describe('the day of a visit, an anniversary\'s own year, and which summit it was', () => {
  const rel = parseReleaseText(page('President Pays State Visit to Norway', '2026-06-12', [
    'On June 11, the final day of the state visit to Norway, the President attended the Korea-Norway Ocean Forum in Bergen.',
    'The President paid a state visit to the Kingdom of Norway from June 8 to 11 at the invitation of King Harald V.',
    'The two leaders hoped that the new plan would guide ROK-Norway cooperation in the run-up to the 70th anniversary of the establishment of diplomatic relations in 2029.',
    'They noted that Norway has been one of the ROK\'s closest partners in shipbuilding since the two countries set up diplomatic ties in 1959.',
    'The 4th Korea-Norway Summit was held in Oslo on June 9.',
  ]), { id: 'test-visit-days' });
  const ask = asker(rel);

  it('dates a visit asked whole by its span, not by one day of it', () => {
    expect(ask('when was the president\'s state visit to norway?')).toBe('June 8 to 11');
  });

  it('does not date a relation by the year of its coming anniversary', () => {
    expect(ask('what year did seoul and oslo establish diplomatic relations?')).toBe('1959');
  });

  it('reads "which summit was the one in Oslo" as asking its number', () => {
    expect(ask('which korea-norway summit was the one in Oslo in June 2026?')).toBe('4th');
  });
});

describe('a part of an amount, the government\'s own figure, a first to preside, and a figure of another edition', () => {
  const rel = parseReleaseText(page('Korea Contributes to UNICEF and Completes its Fourth Review', '2025-02-14', [
    'Director-General Park said that the ROK contributed US$ 9 million to UNICEF in 2024, including US$ 3 million in core resources.',
    'The government also decided to contribute US$ 5.6 million to the United Nations Children\'s Fund (UNICEF) for 2025, up from US$ 4.9 million in 2024.',
    'Of this amount, US$ 2 million will go to the UNICEF Seoul Innovation Office, which supports child health programmes in Asia.',
    'Ambassador Lim Sung-nam, then Permanent Representative of the ROK in Geneva, served as President of the UNICEF Executive Board in 2019, the first Korean to do so.',
    'A total of 99 countries took the floor during the interactive dialogue and made some 240 recommendations to the ROK.',
    'Many delegations welcomed the progress the ROK had made since its third review in 2019, when it received 180 recommendations and accepted 95 of them.',
  ]), { id: 'test-amount-part' });
  const ask = asker(rel);

  it('gives the whole the government gives, not a part of it, nor a figure of the sentence before', () => {
    expect(ask('how much is Seoul giving UNICEF for 2025')).toBe('US$ 5.6 million');
  });

  it('reads "first Korean to preside over" as a who-question answered by a President of the board', () => {
    expect(ask('first Korean to preside over the UNICEF Executive Board?')).toBe('Lim Sung-nam');
  });

  it('does not give a figure of another edition than the one asked', () => {
    expect(ask('how many recommendations did Seoul get at its fourth review')).toBe('some 240');
  });
});

describe('a title run ending in a Korean name, a qualified post, a combined total, and a change by some amount', () => {
  const rel = parseReleaseText(page('Korea and Nepal Sign Three KOICA Projects', '2025-11-20', [
    'On November 19 in Kathmandu, Director-General for International Organizations Han Seung-woo and Rajan Thapa, Deputy Executive Director of the Nepal Investment Board, signed the records of discussion.',
    'The three projects are worth a combined US$ 21 million and will run from 2026 to 2029.',
    'Vice Minister Sharma said that the Kali Gandaki Irrigation Project, completed by KOICA in 2023 at a cost of US$ 8.5 million, had raised wheat yields on 2,100 hectares of farmland by 28 percent and had become a model for rural development in Nepal.',
  ]), { id: 'test-combined' });
  const ask = asker(rel);

  it('ends a person\'s name where a Korean name in its usual form begins, after the title\'s capitalized words', () => {
    expect(ask('which korean director-general signed the records of discussion in kathmandu?')).toBe('Han Seung-woo');
  });

  it('does not answer an executive director with a director-general or a deputy', () => {
    expect(ask('who is the executive director of the nepal investment board?')).toBeNull();
  });

  it('gives the combined worth when a total is asked, not one project\'s cost', () => {
    expect(ask('total value of the three new KOICA projects in Nepal')).toBe('US$ 21 million');
  });

  it('gives the change "by" a figure when "by how much" is asked', () => {
    expect(ask('by how much did the kali gandaki irrigation project boost wheat yields?')).toBe('28 percent');
  });
});

describe('an official asked by nationality, and a place the question names said only elsewhere', () => {
  const rel = parseReleaseText(page('Korea-Nordic Foreign Ministers\' Meeting Held in Seoul', '2026-03-12', [
    'Minister of Foreign Affairs Park Sang-hoon hosted the 1st Korea-Nordic Foreign Ministers\' Meeting in Seoul on March 11 with Minister for Foreign Affairs of Denmark Lars Holm and Minister for Foreign Affairs of Norway Ingrid Dahl.',
    'On the following day, March 12, the two Ministers attended the Korea-Nordic Business Forum hosted by the Korea Chamber of Commerce and Industry in Seoul.',
    'Minister Park said that the ROK Embassy in Sweden currently covers Iceland.',
  ]), { id: 'test-official-asked' });
  const plant = parseReleaseText(page('KHNP Signs Contract for New Units at Paks', '2026-05-02', [
    'KHNP signed the contract for two new units at the Paks site on May 1. Construction of Unit 5 is scheduled to begin in 2029.',
    'The Hungarian side retains an option to order two further units at the Tisza site at a later date.',
  ]), { id: 'test-place-elsewhere' });
  const ask = asker(rel);
  const askPlant = asker(plant);

  it('does not date a visit by a foreign minister of another country than the one asked', () => {
    expect(ask('when did the swedish foreign minister visit seoul')).toBeNull();
    expect(ask('when did the danish foreign minister visit seoul')).toBe('March 11');
  });

  it('does not date the units at a site the release names only in another sentence', () => {
    expect(askPlant('When will construction of the new Tisza units start?')).toBeNull();
    expect(askPlant('When will construction of Unit 5 begin?')).toBe('2029');
  });
});

describe('a numbered name in a list, a city named by its kind, the side represented, and a percent hike', () => {
  const rel = parseReleaseText(page('Fifth Session of Talks on a Treaty on Mercury Opens in Busan', '2026-11-25', [
    'The fifth session of the Intergovernmental Negotiating Committee (INC-5) opened in Busan on November 25.',
    'Previous sessions: INC-1 in Montevideo, Uruguay (2023); INC-2 in Lyon, France (2024); INC-3 in Mombasa, Kenya (2024); INC-4 in Quebec City, Canada (2025)',
    'On November 26, Ambassador Cho visited the port city of Tromso in northern Norway, where she toured an offshore wind port.',
    'Second Vice Minister Kang Min-ho held the 9th Korea-US-Japan Vice Foreign Ministerial Talks in Busan on November 24 with US Deputy Secretary of State Laura Finch and Japanese Vice-Minister for Foreign Affairs Kenji Sato.',
    'ROK contribution for 2026: KRW 2.1 trillion, an increase of 6.4 percent over the 2025 level',
  ]), { id: 'test-numbered-list' });
  const ask = asker(rel);

  it('gives the place of the name numbered as asked in a list of them', () => {
    expect(ask('where was INC-4 held?')).toBe('Quebec City, Canada');
  });

  it('gives the city a sentence names after its kind', () => {
    expect(ask('which norwegian city did amb. cho visit on november 26')).toBe('Tromso');
  });

  it('reads "represented the US" as the side asked, and "vice FM talks" as the talks, not the post', () => {
    expect(ask('who represented the US at the 9th trilateral vice FM talks')).toBe('Laura Finch');
  });

  it('reads "% hike" as a figure asked', () => {
    expect(ask('contribution - % hike for 2026 vs 2025')).toBe('6.4 percent');
  });
});

describe('a numbered session by the release title, a headcount, and a date of another person\'s clause', () => {
  const rel = parseReleaseText(page('Sixth Session of the Negotiating Committee on Mercury (INC-6) Opens in Incheon', '2026-09-14', [
    'The ROK delegation is led by Deputy Minister for Climate Affairs Choi Ji-won.',
    'Previous sessions: INC-4 in Lima, Peru (2025); INC-5 in Accra, Ghana (2026)',
    'Some 900 participants from 120 countries took part in the opening plenary.',
    'Judge-elect Han will be the third Korean national on the Tribunal, following Judge Lee Min-ho (1990-2002) and Judge Yoon Seo-jin, who has served since 2008 and was President of the Tribunal from 2014 to 2017.',
  ]), { id: 'test-inc-title' });
  const ask = asker(rel);

  it('does not answer for another numbered session than the one the release title names', () => {
    expect(ask('who led the ROK delegation at INC-5 in Accra?')).toBeNull();
    expect(ask('who led the ROK delegation at INC-6?')).toBe('Choi Ji-won');
  });

  it('reads a headcount as how many took part', () => {
    expect(ask('headcount at the INC-6 opening plenary?')).toBe('Some 900');
  });

  it('does not date a person by the clause of another person after them', () => {
    expect(ask('when was Lee Min-ho president of the tribunal')).toBeNull();
  });
});

describe('an act only foreseen, a meeting asked by its past venue, and a total over a part', () => {
  const rel = parseReleaseText(page('Korea and Tuvalu Sign Fisheries Cooperation Agreement', '2026-03-20', [
    'Ambassador Lim Ha-neul and Tuvalu\'s Minister of Fisheries Tala Simeti signed the Agreement on Fisheries Cooperation in Funafuti on March 19.',
    'The Agreement replaces the fisheries arrangement concluded by the two countries in 2001 and will enter into force 30 days after the two sides notify each other of the completion of their domestic procedures.',
  ]), { id: 'test-foreseen' });
  const meet = parseReleaseText(page('7th Korea-New Zealand Foreign and Defence Ministers\' Meeting Held', '2026-04-10', [
    'Minister of Foreign Affairs Cho Hyun and Minister of National Defense Ahn Gyu-back held the 7th Korea-New Zealand Foreign and Defence Ministers\' Meeting ("2+2") in Seoul on April 9.',
    'The previous meeting, the 6th, took place in Auckland on May 1, 2024.',
  ]), { id: 'test-past-venue' });
  const ocean = parseReleaseText(page('9th Our Ocean Conference Concludes in Busan', '2026-04-30', [
    'Participants announced a total of 512 commitments worth US$ 12.8 billion across six action areas.',
    'The ROK government announced 81 commitments worth some US$ 1.4 billion, the largest number made by any single country at the Conference.',
  ]), { id: 'test-total' });
  const ask = asker(rel);
  const askMeet = asker(meet);
  const askOcean = asker(ocean);

  it('has no date for an act the sentence only foresees', () => {
    expect(ask('when did the korea-tuvalu fisheries cooperation agreement enter into force')).toBeNull();
  });

  it('does not answer for a meeting the question places where only an earlier one was held', () => {
    expect(askMeet('who was korea\'s defense minister at the Auckland 2+2')).toBeNull();
  });

  it('gives the total the release gives when a total is asked, not a part of it', () => {
    expect(askOcean('total number of commitments announced at the Busan ocean conference')).toBe('a total of 512');
    expect(askOcean('What were all the commitments at the 9th Our Ocean Conference worth?')).toBe('US$ 12.8 billion');
  });
});

describe('a run of consecutive terms, and an ordinal asked by a bracket', () => {
  const rel = parseReleaseText(page('Korea Re-elected to the IMO Council in Category A', '2025-12-02', [
    'The Council consists of 40 Member States: 10 in Category A, 10 in Category B and 20 in Category C.',
    'It is Korea\'s 11th consecutive election in Category A since 2005.',
    '[5th Joint Committee] On the same day, the two sides held the 5th Korea-Fiji Joint Fisheries Committee in Suva.',
  ]), { id: 'test-consecutive' });
  const ask = asker(rel);

  it('answers "how many consecutive terms" by the ordinal of the run', () => {
    expect(ask('how many consecutive terms has korea now won in IMO council category A')).toBe('11th');
  });

  it('reads "(number)" at the end as asking the ordinal', () => {
    expect(ask('which joint fisheries committee did korea and fiji hold in suva (number)')).toBe('5th');
  });
});

describe('a figure asked by its noun, a level over its change, a measure the question gives, and a ceremony named before', () => {
  const rel = parseReleaseText(page('Korea Provides Humanitarian Aid to Haiti', '2025-05-20', [
    'The Government has decided to provide US$ 2 million in humanitarian aid to Haiti.',
    'Amount of assistance: US$ 2 million in total (US$ 1.5 million in cash assistance and relief goods worth US$ 500,000)',
    'With this decision, the ROK\'s humanitarian assistance to Haiti since 2021 amounts to US$ 9 million in total.',
    'The Haiti Foundation\'s budget for 2025 stands at KRW 3.1 billion.',
    'Consular cases involving Koreans in Haiti rose by 12 percent year on year in 2024, to 85 cases.',
    'Fees stay the same: US$ 53 for a 10-year passport with 58 pages and US$ 50 for one with 26 pages.',
    'In 1905, 1,033 Koreans left Jemulpo aboard the British ship Ilford for Haiti.',
    'Today, the number of Korean descendants in Haiti is estimated at about 2,000.',
  ]), { id: 'test-figure-noun' });
  const ceremony = parseReleaseText(page('Vice Minister Attends Groundbreaking in Bolivia', '2025-06-02', [
    'Second Vice Minister Choi Sung-jin visited Bolivia from May 20 to 22 and attended the groundbreaking ceremony for the new terminal of El Alto International Airport, which a Korean company is building. Under an agreement signed in 2019, a Korean consortium has served as project manager.',
    'The ceremony took place in El Alto on May 21 in the presence of some 400 guests.',
    'The new honorary consuls are Ms. Ana Ferreira in Porto, Portugal; Mr. Tendai Moyo in Bulawayo, Zimbabwe; and Ms. Sophie Lambert in Lyon, France.',
  ]), { id: 'test-ceremony' });
  const ask = asker(rel);
  const askC = asker(ceremony);

  it('reads "budget this year" as a figure, and a portion or a total as figures', () => {
    expect(ask('Haiti Foundation budget this year (2025)')).toBe('KRW 3.1 billion');
    expect(ask('cash portion of the ROK package for Haiti?')).toBe('US$ 1.5 million');
    expect(ask('What\'s the ROK\'s total humanitarian aid for Haiti since 2021?')).toBe('US$ 9 million');
  });

  it('gives the level asked, not its change, and not a measure of another item than the question gives', () => {
    expect(ask('consular cases involving koreans in haiti in 2024?')).toBe('85');
    expect(ask('fee at overseas missions for a 10-year 58-page passport')).toBe('US$ 53');
  });

  it('does not read a ship\'s flag as whose figure it is', () => {
    expect(ask('How many Koreans sailed to Haiti in 1905?')).toBe('1,033');
  });

  it('reads "The ceremony took place …" as the ceremony the paragraph before named', () => {
    expect(askC('when was the groundbreaking for the el alto airport terminal')).toBe('May 21');
  });

  it('gives the one of a list whose own place is asked', () => {
    expect(askC('new ROK honorary consul in Lyon?')).toBe('Sophie Lambert');
  });
});

describe('a meeting named with its initials in brackets, a body before its share, firms and a people counted', () => {
  const rel = parseReleaseText(page('Korea Hosts 4th Korea-Pacific Alliance Ministers\' Meeting', '2024-10-25', [
    'Seoul, the Republic of Korea, hosted the 4th Korea-Pacific Alliance (PA) Foreign Ministers\' Meeting on 24 October 2024.',
    'The Ministers noted that the Korea-PA Dialogue, launched in 2013, has grown into a key channel, and marked the first decade of its work.',
    'Channels: the World Food Programme (WFP) US$ 3 million, the Office of the UN High Commissioner for Refugees (UNHCR) US$ 2 million, and the UN Children\'s Fund (UNICEF) US$ 1 million',
    'Some 900 people took part, among them representatives of 150 firms from 4 Pacific Alliance countries.',
    'Some 300 Korean companies now operate in Chile, employing about 21,000 people.',
  ]), { id: 'test-bracket-meeting' });
  const ask = asker(rel);

  it('numbers a meeting whose name holds its initials in brackets', () => {
    expect(ask('which korea-pacific alliance foreign ministers meeting was held in seoul in oct 2024')).toBe('4th');
  });

  it('gives the share of the body named right before it in a list', () => {
    expect(ask('aid - UNHCR portion?')).toBe('US$ 2 million');
  });

  it('reads firms as companies, and a people counted as people', () => {
    expect(ask('how many pacific alliance companies came to the meeting')).toBe('150');
    expect(ask('how many Chileans do Korean firms in Chile employ')).toBe('about 21,000');
  });
});

describe('a date after a relative clause about another thing', () => {
  const rel = parseReleaseText(page('Overseas Voting for the 9th Local Elections Concludes', '2026-05-30', [
    'Overseas voting for the 9th nationwide local elections, which will take place on June 3, 2026, was held from May 20 to 25 at 180 polling stations in 110 countries.',
  ]), { id: 'test-relative-date' });
  const ask = asker(rel);

  it('dates the subject by its own predicate, not by the relative clause\'s date', () => {
    expect(ask('When could Koreans abroad vote in the 9th local elections?')).toBe('May 20 to 25');
  });
});

describe('names the release gives twice, initials and clipped names', () => {
  const rel = parseReleaseText(page('Seoul Hosts Strategic Trade Control Forum', '2025-03-20', [
    'Some 90 officials attended the forum, held under the Australia Group and the Missile Technology Control Regime (MTCR).',
    'The ROK, which chaired the MTCR from October 2004 to October 2005, pledged to keep supporting the regime.',
    'The Joint Sanctions Review Team (JSRT) was set up on May 2, 2024 by 9 countries to track evasion.',
    'Trade beyond the annual cap of 60,000 tons set by UN Security Council resolution 2270 was reported.',
    'The second session of the Preparatory Committee for the 2030 Review Conference opened in Geneva on July 8.',
  ]), { id: 'test-twice-named' });
  const ask = asker(rel);

  it('reads an acronym the release defined once as its long form, and the long form as the acronym', () => {
    expect(ask('When did Korea chair the Missile Technology Control Regime?')).toBe('October 2004 to October 2005');
    expect(ask('how many countries set up the Joint Sanctions Review Team?')).toBe('9');
  });

  it('reads "UNSCR" as UN Security Council resolution, and a clipped "PrepCom" as the Preparatory Committee', () => {
    expect(ask('annual cap under UNSCR 2270?')).toBe('60,000 tons');
    expect(ask('where did the 2nd PrepCom open')).toBe('Geneva');
  });
});

describe('who acted, and for whom', () => {
  const rel = parseReleaseText(page('Nationals Evacuated from Sudan; Energy Dialogue with Oman', '2025-05-02', [
    'The evacuation was carried out by a 31-member government team, led by Director-General for African and Middle Eastern Affairs Bae Jin-woo.',
    'The aircraft also carried 6 Thai nationals out of Khartoum at the request of the Thai government.',
    'Twelve nationals of other countries, namely five Thai, four Indian and three Nepali nationals, were also taken out of Khartoum on the flight.',
    'Deputy Minister for Economic Affairs Han Ye-rin and Undersecretary of Energy for Planning and Transition of the Sultanate of Oman Salim Al-Harthy co-chaired the 2nd Korea-Oman Energy Dialogue in Muscat on April 28.',
    'Vice Minister Seo Min-jae attended the signing of the Korea-Oman investment MOU in Muscat on April 29.',
    'The MOU was signed by Ambassador Choi Dae-ho and Governor Ahmed Al-Busaidi.',
    'Ambassador Kwon Hae-sol and Ahmed Al-Rawas, Director of the Oman Port Authority, signed an MOU on port cooperation.',
    'Chairman Chey Min-hwan of the Korea Business Council and Chairman Tariq Al-Lawati of the Oman Chamber co-chaired the business forum.',
  ]), { id: 'test-evacuation' });
  const ask = asker(rel);

  it('finds an official whose title holds two fields, and gives a Korean official for a post "for" a region', () => {
    expect(findPeople('Undersecretary of Energy for Planning and Transition of the Sultanate of Oman Salim Al-Harthy co-chaired the dialogue.').map((p) => p.name)).toContain('Salim Al-Harthy');
    expect(findPeople('It was led by Director-General for African and Middle Eastern Affairs Bae Jin-woo.')[0]?.country).toBe('KOR');
    expect(ask('omani co-chair of the 2nd energy dialogue with korea')).toBe('Salim Al-Harthy');
  });

  it('does not take the country people were taken out of for the nationality of the one asked', () => {
    expect(ask('who led the govt team that got Koreans out of Sudan?')).toBe('Bae Jin-woo');
    expect(ask('How many Thai citizens did the plane bring out of Khartoum?')).toBe('6');
    expect(ask('third-country nationals taken out of Khartoum on the flight - how many?')).toBe('Twelve');
  });

  it('gives the one who signed, either of two who signed together, and the side asked of two co-chairs', () => {
    expect(ask('who signed the Korea-Oman investment MOU on the korean side?')).toBe('Choi Dae-ho');
    expect(ask('who signed the port MOU for korea')).toBe('Kwon Hae-sol');
    expect(ask('Who co-chaired the business forum for the Omani side?')).toBe('Tariq Al-Lawati');
  });
});

describe('membership, accession and acts of the ROK', () => {
  const rel = parseReleaseText(page('Korea Attends Non-Proliferation Meetings in Vienna', '2025-07-30', [
    'The ROK joined the Agency in 1957, the year it was founded.',
    'He noted that North Korea announced its withdrawal from the NPT in January 2003.',
    'The NPT entered into force in 1970.',
    'The Ministers welcomed the signing of the Korea-Peru Free Trade Agreement in Washington on March 14, 2024, which followed negotiations that were launched in 2015.',
    'She said the Korea-Chile Digital Trade Agreement (KCDTA), Korea\'s first such agreement, entered into force on June 1, 2023, and that Korea\'s accession to the Pacific Digital Economy Agreement (PDEA), whose parties are Chile and Peru, took effect on April 9, 2025.',
    'It was the first meeting held since the ROK took over the forum chair from Japan in July 2024.',
    'The Minister of Gender Equality explained that the government is drafting the 3rd National Action Plan.',
    'The Ministry hosted the 4th Conference on Women and Peace on November 14.',
  ]), { id: 'test-accession' });
  const ask = asker(rel);

  it('reads "become a member" as joining, and does not date the ROK\'s act by another country\'s', () => {
    expect(ask('what year did korea become an agency member')).toBe('1957');
    expect(ask('what year did the ROK accede to the NPT')).toBeNull();
  });

  it('dates an FTA signed "in" a capital, spelled out, and the accession of the agreement asked, not another one\'s', () => {
    expect(ask('When was the Korea–Peru FTA signed?')).toBe('March 14, 2024');
    expect(ask('when did korea officially become a PDEA member')).toBe('April 9, 2025');
  });

  it('dates a chairmanship by who took the chair, and a sum or a jail term is a figure', () => {
    expect(ask('when did korea take over the forum chairmanship')).toBe('July 2024');
    expect(analyzeQuestion('What will the total aid since 2015 add up to?').type).toBe('number');
    expect(analyzeQuestion('max jail term for trading with the listed hackers').type).toBe('number');
  });

  it('does not answer for the 3rd conference with the 3rd plan, and reads Korea-ME as the Middle East', () => {
    expect(ask('who spoke at the 3rd conference on women and peace?')).toBeNull();
    expect(findCountriesTyped('the 15th korea-me forum').map((c) => c.code)).not.toContain('MNE');
  });
});

describe('posts and meetings numbered, documents, places and figures of a clause', () => {
  const rel = parseReleaseText(page('Vice Minister Visits Colombo; Korea-Peru Joint Commission Held', '2025-09-02', [
    'In Colombo on August 26, Vice Minister Lim held the 5th Korea-Sri Lanka Policy Consultation with Foreign Secretary Nilanthi Perera.',
    'On August 28 in Lima, the two Ministers co-chaired the 8th Korea-Peru Joint Commission Meeting, the first session held in person since the 7th meeting took place in Seoul in 2017.',
    'On the margins of the APEC meeting, the ministers took part in the 19th MIKTA Foreign Ministers\' Meeting.',
    'The two sides praised the Lagos Power Plant, and Sheikh Rashid will visit the Hanbit Nuclear Power Plant in Yeonggwang.',
    'During the visit, the two sides signed a Memorandum of Understanding on Cooperation in Small Modular Reactors.',
    'The ROK will contribute EUR 200,000 to the IAEA Centre for Nuclear Applications (NucApp Centre), which is set to be inaugurated on May 9 in Seibersdorf, Austria.',
    'His Highness Sheikh Rashid bin Saeed is paying an official visit to Korea from June 10 to 12, 2025.',
    'On June 12, Sheikh Rashid will attend a business forum in Seoul.',
    'North Korea sent some 9,000 workers to the Primorsky region of Russia in early 2024, and sent about 2,000 additional workers in March and April 2025.',
    'Some 31,000 Nepali nationals are working in Korea under the Employment Permit System, which makes Nepal one of the largest among the 16 partner countries.',
    'The Government announced on June 3 that it has designated 5 individuals and 2 entities for sanctions.',
    'With it, a total of 81 individuals and 55 entities are now subject to the ROK\'s sanctions.',
    'Special Representative Kang Ji-won, who took up his post in March 2023, met the envoys in Tokyo on May 9.',
    'Korean companies have invested about US$500 million in Nepal\'s hydropower sector.',
    'A ceremony to launch the second phase of the "Korea-Laos Mine Action Project" was held on March 3.',
    'Under the second phase, Korea will provide US$6 million from 2025 to 2029 to clear about 800 hectares, and the Laos government aims to be mine-free by 2030.',
    'Target areas: Savannakhet and Salavan provinces, with the Resident Representative of UNDP in Laos.',
  ]), { id: 'test-posts-numbered' });
  const ask = asker(rel);

  it('does not give a foreign secretary for "the foreign minister Lim met", and numbers the meeting, not the first in years', () => {
    expect(ask('who was the sri lankan foreign minister lim met in colombo?')).toBeNull();
    expect(ask('which joint commission session did the ministers co-chair in lima?')).toBe('8th');
    expect(ask('which MIKTA FMM was it, the one on the margins of APEC?')).toBe('19th');
  });

  it('answers "which MOU" with a document, and "where is X located" with its place, though it is yet to open', () => {
    expect(ask('Which nuclear MOU did the two sides sign during the visit?')).not.toBe('Hanbit Nuclear Power Plant in Yeonggwang');
    expect(ask('where\'s the nucapp centre located')).toBe('Seibersdorf, Austria');
  });

  it('gives the dates of a visit for "when is X in korea", and the figure of the year asked', () => {
    expect(ask('when is sheikh rashid in korea')).toBe('June 10 to 12, 2025');
    expect(ask('how many NK workers went to Primorsky in early 2024')).toBe('some 9,000');
    expect(ask('how many Nepalis work in Korea through EPS')).toBe('Some 31,000');
    expect(ask('How many individuals did Seoul designate in the June round?')).toBe('5');
  });

  it('dates the start of a post, and does not answer for another sector', () => {
    expect(ask('kang ji-won start date as special rep')).toBe('March 2023');
    expect(ask('How much have Korean companies put into Nepal\'s garment industry?')).toBeNull();
  });

  it('gives a span of years for "what years", land for "how much land", and places for "which provinces"', () => {
    expect(ask('Korea-Laos mine action phase II: what years does it run?')).toBe('2025 to 2029');
    expect(ask('how much land will phase 2 clear?')).toBe('about 800 hectares');
    expect(ask('When was the 2nd Korea-Laos Mine Action Steering Committee held?')).toBeNull();
  });
});

describe('hosts that are countries, counts said by a verb, sanctions and the North', () => {
  const rel = parseReleaseText(page('ROK-US-Japan Envoys Meet; Sanctions and Pledges', '2025-04-10', [
    'The envoys of the ROK, the United States and Japan met in Washington on April 8.',
    'Noting that North Korean hackers stole about US$ 900 million in 2024, they agreed to launch a trilateral working group on maritime sanctions, whose first meeting is to be held in Manila in June.',
    'They condemned the launch of the Hwasong-19 intercontinental ballistic missile (ICBM) on October 31.',
    'The North has carried out seven cruise missile tests this year, the envoys noted.',
    'According to the UN Panel of Experts, North Korea stole some US$ 420 million in virtual assets in 2023 alone.',
    'According to OCHA, 9.8 million people in Haiti will need humanitarian assistance in 2025.',
    'Violators face up to five years in prison or a fine of up to 200 million won.',
    'The resolution on maritime security was co-sponsored by 48 countries, including the ROK.',
    'The conference, co-hosted by Canada, Chile and the African Union, drew some 70 delegations.',
    'On April 9, the ROK co-hosted a side event on "Verification in the Pacific" with Fiji and New Zealand.',
    'The envoys also attended the 11th Pacific Security Forum, chaired by Fiji\'s Minister of Defence Ratu Inia Tuilagi.',
    'The Forum took place under Fiji\'s presidency of the Pacific Islands Forum.',
  ]), { id: 'test-trilateral-hosts' });
  const ask = asker(rel);

  it('reads "trilateral" for the three the question names, and a place of an earlier act as no answer', () => {
    expect(ask('where is the first meeting of the ROK-US-Japan maritime sanctions working group agreed in Washington to be held')).toBe('Manila');
  });

  it('names an ICBM by its model, a haul as a figure, and "the North" as North Korea', () => {
    expect(ask('Which ICBM did the North launch on Oct 31?')).toBe('Hwasong-19');
    expect(ask('nk crypto haul in 2023 according to the panel of experts?')).toBe('some US$ 420 million');
    expect(ask('how many cruise missile tests has the North done this year')).toBe('seven');
  });

  it('counts people by "number of … needing aid", a jail term by its years, and countries said to co-sponsor', () => {
    expect(ask('number of haitians needing humanitarian aid in 2025 acc. to OCHA')).toBe('9.8 million');
    expect(ask('max jail term for violators')).toBe('up to five years');
    expect(ask('number of cosponsors for the maritime security resolution')).toBe('48');
  });

  it('gives hosts that are countries and bodies, and the one a meeting was chaired by for "presided"', () => {
    expect(ask('who hosted the conference?')).toBe('Canada, Chile and the African Union');
    expect(ask('Who did Korea co-host the verification side event with?')).toBe('Fiji and New Zealand');
    expect(ask('Who presided over the 11th Pacific Security Forum?')).toBe('Ratu Inia Tuilagi');
  });
});

describe('series told apart by name, plans and releases, figures of a clause, lists of places', () => {
  const rel = parseReleaseText(page('Korea and Canada Hold Strategic Dialogue; Relief Flights to Dhaka', '2025-11-20', [
    'On November 18 in Ottawa, the two Foreign Ministers held the 1st Korea-Canada Strategic Dialogue and signed the Korea-Canada Cyber and Space Partnership.',
    'The two sides agreed to launch a Korea-Canada Cyber and Space Dialogue, with the first meeting to be held in Seoul in the first half of 2026.',
    'They also agreed to make preparations so that Prime Minister Tremblay can visit Korea in the first half of 2026.',
    'The Minister asked for consular support for a Korean national who has been detained in Halifax since March 2025.',
    'The ROK pledged US$ 80 million to the Fund\'s Seventh Replenishment in 2022.',
    'The ROK intends to announce its pledge for the Eighth Replenishment at the summit to be held in Toronto in 2026.',
    'Some 26,000 Canadian troops served in the Korean War, and 516 of them lost their lives.',
    'Two ROK Air Force C-130J aircraft carrying 40 tons of relief supplies landed at Dhaka on November 12.',
    'In 2023, the two sides signed the second executive contract for 96 K9 howitzers, and in 2024 the contract for 48 Chunmoo launchers.',
    'Under the contract, Canada will acquire 120 K2 tanks, 60 of which will be produced as the K2CA variant in Montreal.',
    'The Korea-Canada Clean Energy Center opened in 2009.',
    'The first of the new units is expected to start commercial operation in 2034.',
    'With the Accord, the two countries raised their relationship to a "Comprehensive Strategic Partnership."',
    'The two sides welcomed the progress of negotiations to upgrade the Korea-Canada Free Trade Agreement.',
    'The forum was the fourth of its kind, following those held in Vancouver in 2021, Calgary in 2022 and Halifax in 2023.',
    'Mutual visits between the two countries reached about 610,000 in 2024.',
    'About 310,000 Koreans visited Canada in 2024, and 4 Korean nationals were victims of crimes there.',
    'Korea presented its bid at the 173rd General Assembly of the BIE in Paris.',
    'Minister Kim attended the 79th World Health Assembly (WHA) in Geneva in May 2026.',
  ]), { id: 'test-series-plans' });
  const ask = asker(rel);

  it('does not take the 1st Strategic Dialogue for the first Cyber and Space Dialogue, nor the 7th replenishment for the 8th', () => {
    expect(ask('When was the first Korea-Canada Cyber and Space Dialogue held?')).toBeNull();
    expect(ask('how much did korea pledge for the fund\'s 8th replenishment')).toBeNull();
  });

  it('does not date what was planned or asked for as if it happened', () => {
    expect(ask('when did PM Tremblay make his visit to Korea')).toBeNull();
    expect(ask('when was the korean detained in halifax released')).toBeNull();
    expect(ask('When is the first of the new units expected to start commercial operation?')).toBe('2034');
  });

  it('counts what the question counts: "of them", tons, a model, visitors', () => {
    expect(ask('how many Canadian soldiers died in the Korean War?')).toBe('516');
    expect(ask('how many tons of relief goods did the C-130Js fly into dhaka')).toBe('40 tons');
    expect(ask('how many K2s will canada acquire')).toBe('120');
    expect(ask('how many K2CA will be built')).toBe('60');
    expect(ask('korea-canada mutual visits in 2024')).toBe('about 610,000');
    expect(ask('# korean visitors to canada 2024')).toBe('About 310,000');
  });

  it('gives what ties were upgraded to, a place of a dated list, and numbers an assembly asked by its series', () => {
    expect(ask('What did Seoul and Ottawa upgrade their ties to under the Accord?')).toBe('Comprehensive Strategic Partnership');
    expect(ask('Where was the forum held in 2022?')).toBe('Calgary');
    expect(ask('which WHA was it in geneva in may 2026')).toBe('79th');
    expect(ask('Which BIE general assembly heard the bid?')).toBe('173rd');
  });
});

describe('relief teams, pledges and expos', () => {
  // (bullets under their paragraphs, as the ministry writes a plan's elements)
  const rel = parseReleaseText(rawPage('Korea Sends Relief Team to Nepal and Bids for Expo 2035 Incheon', '2025-04-05', [
    '1. The Government decided on April 2 to send the Korea Disaster Relief Team (KDRT) to Nepal and to provide US$3 million in humanitarian assistance to Nepal, which was struck by a magnitude 7.1 earthquake on April 1.',
    '° Size of the team: 96 personnel, including 40 rescuers from the National Fire Agency',
    '2. The team is departing from Seoul Air Base aboard a KC-330 multi-role tanker transport of the ROK Air Force. This is the 17th overseas deployment of the KDRT since 2007, and its first deployment to Nepal.',
    '3. Minister Park attended the 80th World Health Assembly (WHA) in Geneva. On May 21, the Assembly adopted the Global Health Emergencies Accord, negotiated by the Intergovernmental Negotiating Body (INB).',
    '4. The ROK pledged US$ 60 million to the Fund\'s Sixth Replenishment in 2019.',
    '5. The ROK delivered its third competitive presentation for the bid to host World Expo 2035 Incheon at the 176th General Assembly of the BIE in Paris on June 18.',
    '6. The main elements of the hosting plan are as follows.',
    '° Proposed period: April 1 to September 30, 2035 (183 days)',
    '7. Foreign Minister Kim and UK Foreign Secretary James Hollis held the 4th Korea-UK Strategic Dialogue in London on June 20.',
    '8. Korea has hosted two BIE-recognized expos, in Daejeon in 1993 and in Yeosu in 2012.',
  ]), { id: 'test-relief-expo' });
  const ask = asker(rel);

  it('counts personnel as people, names an aircraft by its model, and numbers a deployment abroad', () => {
    expect(ask('how many ppl is korea sending in the KDRT to nepal?')).toBe('96');
    expect(ask('which air force plane is flying the KDRT out to Nepal?')).toBe('KC-330');
    expect(ask('Nepal mission is the KDRT\'s how-manyth deployment abroad?')).toBe('17th');
  });

  it('reads "the Assembly" as the WHA, a commitment as an amount, and a capital for its country\'s aid', () => {
    expect(ask('when did the WHA adopt the health emergencies accord')).toBe('May 21');
    expect(ask('What did Korea commit at the Fund\'s sixth replenishment?')).toBe('US$ 60 million');
    expect(ask('how much is seoul giving kathmandu for the quake')).toBe('US$3 million');
  });

  it('places a presentation by its own noun, dates a labelled plan, and reads "foreign sec" as a secretary', () => {
    expect(ask('where did korea give its 3rd incheon expo PT')).toBe('Paris');
    expect(ask('proposed dates for the incheon world expo')).toBe('April 1 to September 30, 2035');
    expect(ask('UK foreign sec at the 4th korea-uk strategic dialogue')).toBe('James Hollis');
  });

  it('dates the place asked in a list, and counts visitors only as visitors', () => {
    expect(ask('what year did yeosu host its expo')).toBe('2012');
    expect(ask('visitor count at the 1993 daejeon expo')).toBeNull();
  });
});

describe('since when, ranks, numbered funds, ports and institutes', () => {
  const rel = parseReleaseText(page('Korea and the Netherlands Hold Economic Security Dialogue', '2025-11-20', [
    'On November 18 in Seoul, the two sides held the 3rd Korea-Netherlands Economic Security Dialogue.',
    'The 2nd Dialogue was held in The Hague in April 2024.',
    'Ambassador Ortega of Mexico, Dean of the Diplomatic Corps in Korea, congratulated the Minister.',
    'Hangeul Day has been celebrated as a national holiday since 2013.',
    'The ROK has been chairing the Critical Materials Forum (CMF), a 12-member initiative launched in May 2021, since August 2024.',
    'Korea pledged US$ 70 million to the 11th replenishment of the Asian Resilience Fund (ARF-11), up from its ARF-10 contribution of US$ 60 million.',
    'Korea joined the ARF in 1998 and has since run a trust fund under it, to which Korea now pledges US$ 9 million a year.',
    'Korea, which ranked 3rd in the Global Innovation Index 2025, shared its experience.',
    'The third Country Partnership Strategy (CPS) for Ghana will guide the ROK\'s assistance from 2026 to 2030; it was adopted in June 2025.',
    'The first shipment of 18,000 tons left Mokpo Port on May 2, bound for Port Moresby.',
    'The scholarship is run by the Ministry of Education and the National Institute for International Education (NIIED).',
  ]), { id: 'test-since-ranks' });
  const ask = asker(rel);

  it('reads "since when has X been" as a date, and gives the date after "since"', () => {
    expect(ask('since when has hangeul day been a national holiday')).toBe('2013');
    expect(analyzeQuestion('since when has Ortega been dean of the diplomatic corps?').type).toBe('when');
    expect(ask('When did Korea take over as chair of the CMF?')).toBe('August 2024');
  });

  it('does not answer for a fund numbered otherwise, and gives a rank and a span of years', () => {
    expect(ask('How much did Korea pledge to ARF-9?')).toBeNull();
    expect(ask('korea rank global innovation index 2025')).toBe('3rd');
    expect(ask('period covered by the new ghana CPS')).toBe('2026 to 2030');
  });

  it('reads The Hague as the Netherlands, a port left, and an institute\'s initials as its own name only', () => {
    expect(ask('when did Seoul and The Hague hold their 3rd econ security dialogue')).toBe('November 18');
    expect(ask('which port did the first rice shipment sail from')).toBe('Mokpo Port');
    expect(ask('where did the first rice shipment sail from')).toBe('Mokpo Port');
    expect(ask('which ministry runs the scholarship together with NIIED?')).toBe('Ministry of Education');
  });
});

describe('what was joined, what a document is about, and whose consultation', () => {
  const rel = parseReleaseText(page('Korea and Australia Hold Cyber Policy Dialogue, Sign 6G MOU and Hold Quantum Roundtable', '2025-06-20', [
    'On June 12 in Canberra, the two sides held the 5th Korea-Australia Cyber Policy Dialogue.',
    'The ROK also holds cyber policy consultations with the United States, the United Kingdom and others.',
    'Ambassador Kim explained Korea\'s National Cyber Security Strategy, released in February 2024, which sets out a stronger posture and closer cooperation with partners on cyber policy.',
    'On June 13, the two ministers signed a memorandum of understanding (MOU) on cooperation in sixth-generation (6G) mobile communications.',
    'The two sides agreed to explore a separate arrangement on quantum cooperation at an early date.',
    'Korea\'s net ODA grew from US$ 816 million in 2009, the year before it joined the DAC, to US$ 3.1 billion in 2024, making it the 12th largest donor among the OECD DAC members.',
    'Australia joined the North Atlantic Treaty Organization (NATO) Partnership Interoperability Initiative in 2014.',
  ]), { id: 'test-joined-topics' });
  const ask = asker(rel);

  it('does not date joining one body by a sentence about joining another', () => {
    expect(ask('when did korea join the OECD')).toBeNull();
  });

  it('does not date a quantum MOU by a 6G MOU, nor a Seoul-London consultation by a sentence of the Australian one', () => {
    expect(ask('When did Korea and Australia sign their quantum cooperation MOU?')).toBeNull();
    expect(ask('When did Korea and Australia sign their 6G cooperation MOU?')).toBe('June 13');
    expect(ask('When did Seoul and London hold their latest cyber policy consultation?')).toBeNull();
  });
});

describe('short year spans, pairs typed without a dash, running totals and North Korea as the subject', () => {
  const rel = parseReleaseText(page('Korea and the US Hold Security Talks; Korea Elected to the HRC', '2025-10-12', [
    'The Republic of Korea was elected a member of the Human Rights Council (HRC) for the 2026-2028 term on October 10 (New York time) in a vote held at the UN General Assembly.',
    'They noted that trade between the two countries reached a record US$ 190.2 billion in 2024.',
    'To deter North Korea, they agreed to launch a Nuclear Planning Council, which will meet twice a year.',
    'As of December 2024, the Government had accepted a total of 34,400 North Korean defectors.',
    'The Seoul office was set up under Human Rights Council resolution 27/14.',
  ]), { id: 'test-year-spans' });
  const ask = asker(rel);

  it('does not give the question\'s own span for when, and reads "korea us" as the pair', () => {
    expect(ask('when was S. Korea voted onto the HRC for 2026-28?')).toBe('October 10');
    expect(findCountriesTyped('korea us bilateral trade 2024').map((c) => c.code)).toContain('USA');
  });

  it('does not take North Korea, the subject, for whose council it is, nor a running total for a year\'s', () => {
    expect(ask('korea us nuclear planning council - how often does it meet')).toBe('twice a year');
    expect(ask('how many north korean defectors came to S. Korea in 2024?')).toBeNull();
    expect(ask('which HRC resolution led to the seoul office')).toBe('resolution 27/14');
  });
});

describe('evacuations, advisories, rankings and who co-chaired for a body', () => {
  const rel = parseReleaseText(page('Government Flies 64 Nationals Out of Yemen; Travel Advisory Updated', '2025-03-10', [
    'About 20 Korean nationals chose to stay in Aden after the military aircraft left.',
    'The military aircraft evacuated 64 Korean nationals on March 8.',
    'The evacuation operation in Yemen was flown from Aden International Airport.',
    'From March 15, the advisory for the whole of Chad will go up from Level 2 (travel restraint) to Level 3 (departure recommended).',
    'In view of the worsening security in parts of Niger, the Ministry of Foreign Affairs will raise the travel advisory for three Nigerien regions to Level 3 (Departure Recommended). The rest of Niger, including the capital Niamey, will stay at Level 2.',
    'The Special Travel Advisory issued for Dakar on November 4, 2024, after the riots, was lifted as of February 20.',
    'The Maritime Safety Center held a ceremony on March 3 in Busan to mark the fifth anniversary of its opening. The Center was opened on March 3, 2020 to support Korean seafarers abroad.',
    'The two sailors were released on February 9, 52 days after they were seized from the 6,200-ton cargo ship Blue Heron.',
    'Some 3,100 Korean nationals live in Kenya, and about 40,000 Koreans visited Kenya in 2024.',
    'The passport of the Republic of Korea ranked 2nd in the world in the Global Passport Ranking, together with Denmark. Finland topped the ranking with access to 194 destinations.',
    'The rescue team, which arrived in Fiji on March 2 on the first flight after the storm, returned to Seoul on March 7.',
    'Some 12,000 people lost their homes, and about 70 percent of the island\'s 180,000 residents were left without power.',
    'The ROK and the Caribbean Fisheries Agency (CFA) held their first policy talks in Seoul. The talks were co-chaired by Lim Dong-hoon, Director-General for Development Cooperation, and Ambassador Carlos Rueda Ortiz, Director for External Relations of the Caribbean Fisheries Agency Secretariat.',
  ]), { id: 'test-evacuation-advisory' });
  const ask = asker(rel);

  it('reads bringing people out of a place as evacuating them, and finds no code name where none is given', () => {
    expect(ask('How many Korean nationals did the military aircraft bring out of Aden?')).toBe('64');
    expect(ask('what was the code name of the yemen evacuation operation?')).toBeNull();
  });

  it('gives the level an advisory goes up to, and the day an advisory was removed', () => {
    expect(ask('what level is chad\'s advisory being bumped up to?')).toBe('Level 3');
    expect(ask('When was the special travel advisory for Dakar removed?')).toBe('February 20');
    expect(ask('travel advisory level for Niamey after MOFA\'s Niger update')).toBe('Level 2');
    // (a capital named beside its country is the city; alone, it stands for its government)
    expect(analyzeQuestion('travel advisory level for Niamey after the Niger update').countryTerms.has(terms('Niamey')[0]!)).toBe(false);
    expect(analyzeQuestion('when did Seoul and Niamey sign the visa waiver agreement').countryTerms.get(terms('Niamey')[0]!)).toBe('NER');
  });

  it('does not date an opening by the ceremony that marks its anniversary, nor give a ship\'s tonnage for how long', () => {
    expect(ask('when did the maritime safety center start operating?')).toBe('March 3, 2020');
    expect(ask('How long were the Blue Heron sailors held?')).toBe('52 days');
  });

  it('does not count residents for travellers, and gives the top of a ranking, not a country ranked with Korea', () => {
    expect(ask('How many Koreans lived in Kenya?')).toBe('Some 3,100');
    expect(ask('How many Koreans traveled to Kenya in 2024?')).toBe('about 40,000');
    expect(ask('which country had the strongest passport in the global passport ranking?')).toBe('Finland');
  });

  it('does not date a return to Seoul by an arrival elsewhere, and gives a share as a share', () => {
    expect(ask('when did the rescue team return to seoul?')).toBe('March 7');
    expect(ask('when did the rescue team arrive in Fiji?')).toBe('March 2');
    expect(ask('what share of the island\'s residents lost power?')).toBe('about 70 percent');
  });

  it('gives the co-chair of the body asked, spelt out after the name', () => {
    expect(ask('CFA co-chair of the 1st policy talks')).toBe('Carlos Rueda Ortiz');
  });
});

describe('parts in brackets, ordinals within a region, sessions numbered with a decimal and goals', () => {
  const rel = parseReleaseText(page('Korea Provides Aid to Myanmar; Opens Embassy in Malawi', '2025-05-02', [
    'Amount: US$9 million (US$6 million for Myanmar and US$3 million for Myanmar refugees in Bangladesh)',
    'The shipment is part of the 120,000 tons of rice that Korea will provide to 15 countries in 2025.',
    'The new embassy is the ROK\'s 25th embassy in Africa and its 119th embassy worldwide.',
    'The two Ministers noted that relations between the ROK and Malawi, which established diplomatic relations in 1965, reached a new height with President Chakwera\'s state visit to the ROK in May 2024.',
    'Delegates from 160 countries attended the session, and about 900 citizens joined a beach clean-up at Gwangalli on the closing day.',
    'The fourth session of the Negotiating Committee (NC-4) was held at the Convention Center in Busan.',
    'The Committee agreed to hold a resumed session, NC-4.2, in 2026; its dates and venue will be decided later.',
    'The Ministers will hold the 12th Ocean Partnership Forum in Lima in 2026.',
    'He said the ROK would submit its 2035 emissions plan to the UN Secretariat in 2025.',
    'Malawi was given a yellow card by the European Union in May 2022 over illegal fishing.',
    'After the ROK reformed its fisheries law in 2016, the EU lifted its yellow card in March 2017.',
    'The Ministers first met at the 5th Lakes Forum in Lusaka, Zambia, in 2019.',
  ]), { id: 'test-parts-ordinals' });
  const ask = asker(rel);

  it('gives the whole sum before its parts in brackets, and no whole the shipment is part of', () => {
    expect(ask('how much humanitarian aid is korea giving to myanmar?')).toBe('US$9 million');
    expect(ask('Myanmar rice shipment size this year')).toBeNull();
  });

  it('counts within the region asked, and dates a state visit rather than the relations named before it', () => {
    expect(ask('Malawi embassy is Korea\'s how manyth in Africa?')).toBe('25th');
    expect(ask('when was president chakwera\'s state visit to korea')).toBe('May 2024');
  });

  it('counts the countries asked, not people, and does not place a resumed session at the session it resumes', () => {
    expect(ask('how many countries sent people to the session?')).toBe('160');
    expect(ask('where is NC-4.2 being held?')).toBeNull();
  });

  it('gives exact dates only as days, no body for a target, and reads taking a country off a list as removing it', () => {
    expect(ask('exact dates of the 12th ocean partnership forum?')).toBeNull();
    expect(ask('what is korea\'s 2035 emissions target?')).toBeNull();
    expect(ask('When did the EU take S. Korea off its yellow card list?')).toBe('March 2017');
  });

  it('does not name the country a meeting was held in as the one taking over a chair', () => {
    expect(ask('which country takes over the lakes forum chair from malawi?')).toBeNull();
  });
});

describe('elections, votes and the council terms of a member', () => {
  const rel = parseReleaseText(page('Korea Elected to the UN Maritime Council; Votes on the Sanctions Panel', '2025-11-03', [
    'The Republic of Korea was elected a member of the UN Maritime Council for the 2026-2028 term on October 30 in a vote held at the 61st session of the Maritime Assembly. The ROK received 151 of the 170 valid ballots. This will be its fourth time on the Council, following its terms in 2008-2010, 2014-2016 and 2020-2022.',
    'In the run-up to the vote, the Vice Minister hosted a reception on the margins of the 40th session of the Council, which drew representatives of some 90 countries.',
    'Part A: States with the largest fleets (10 seats) / Part B: States with the largest trade (10 seats) / Part C: States ensuring geographic representation (20 seats)',
    'The ROK was elected in Part C of the Council, with 140 votes.',
    'Mexico, Kenya, Fiji and Norway were elected at the same session.',
    'A candidate needs an absolute majority, currently 86 votes in the General Assembly and 8 votes in the Security Council.',
    'Professor Han received 98 votes, the second-highest total among the nine candidates.',
    'The delegation to the Assembly was headed by First Vice Minister of Oceans, Fisheries and Coastal Affairs Seo Min-jae, with Ambassador Jung Hae-won as deputy head.',
    'Foreign Minister Baek Seung-ho, who headed the government delegation in Geneva from October 28 to 30, thanked the member states.',
    'The vote on extending the panel was 12 in favour, two against (Belarus and Iran) and one abstention (India).',
    'During its previous term, in 2020-2022, the ROK chaired the 2231 Committee on sanctions.',
    'Since 2010 the ROK has held consultations with more than 120 Member States on the candidacy.',
    'Calls to the consular center most often concerned Thailand, Japan and Viet Nam, in that order.',
    'The 61st session of the Maritime Assembly was held in London, the United Kingdom, from October 27 to 31.',
  ]), { id: 'test-council-votes' });
  const ask = asker(rel);

  it('numbers a stint by the times a member served, and counts the votes of a tally', () => {
    expect(ask('what number stint on the maritime council will 2026-2028 be for Korea?')).toBe('fourth');
    expect(ask('korea maritime council 2026-2028 vote tally')).toBe('151');
  });

  it('gives the part a member was elected in, not one of a list that defines them all', () => {
    expect(ask('korea maritime council seat - which part')).toMatch(/^Part C\b/);
  });

  it('gives the whole list of countries elected, the votes needed in the body asked, and no vote of a runner-up for the top', () => {
    expect(ask('which other countries won council seats in the same vote as korea?')).toBe('Mexico, Kenya, Fiji and Norway');
    expect(ask('how many GA votes does a candidate need to win')).toBe('86');
    expect(ask('how many votes did the top-placed candidate get?')).toBeNull();
    expect(ask('How many votes did the candidate get in the General Assembly?')).not.toBe('86');
  });

  it('reads "headed by" past a long title and "who headed" after a name', () => {
    expect(ask('who led the ROK delegation to the assembly')).toBe('Seo Min-jae');
    expect(ask('who led the korean govt delegation in geneva for the election')).toBe('Baek Seung-ho');
  });

  it('says how a member voted, names a committee by its resolution, and counts Member States as what they are', () => {
    expect(ask('how did india vote on extending the panel')).toBe('abstention');
    expect(ask('what committee did the ROK chair during its 2020-22 term')).toBe('2231 Committee');
    expect(ask('How many votes did Korea win when it was elected for the 2020-2022 term?')).toBeNull();
  });

  it('names the first of a list ranked "in that order" as the one that topped it', () => {
    expect(ask('Which country topped the list of calls to the consular center?')).toBe('Thailand');
    expect(ask('Which country topped the Part A vote at the 61st session of the Maritime Assembly?')).toBeNull();
  });
});

describe('counts that changed, quoted themes, casualties and the sides of a meeting', () => {
  const rel = parseReleaseText(page('Leaders Adopt "Almaty Declaration" at First Korea-Caspian Summit', '2025-10-20', [
    'The first Korea-Caspian Summit took place in Almaty on October 18, 2025, under the theme "Together Across the Steppe: Partners for 2030."',
    'The Korean Cultural Center in Santiago is one of two Korean Cultural Centers in Chile, along with the one in Valparaiso.',
    'With their opening, the number of Korean Cultural Centers in Chile has doubled from two to four.',
    'The number of Korean studies programs in Peru rose from three to seven.',
    'The Embassy held "Korea Week 2025," a festival under the theme "Friends for the Next 50 Years," from May 2 to 5.',
    'More than 9,000 visitors came to the festival over its four days.',
    'Korea and Kazakhstan agreed to mark the 60th anniversary of diplomatic relations in 2027, and to launch a youth exchange under which 20 students will be invited each year starting in 2026. Relations between the two countries have deepened since diplomatic relations were established in 1967.',
    'A ceremony in Izmir marked the 73rd anniversary of the Battle of the Hook.',
    'Of the 4,500 Thai soldiers who served in the Korean War, 136 were killed in action, and 90 Thai soldiers rest at the UN Memorial Cemetery in Busan.',
    'The remains of General Park Chan-ik, who died in Tashkent in 1951, were repatriated to Korea in March 2023.',
    'The Steppe Initiative, which President Yoon announced in May 2024, was the focus of the forum held on October 17, 2025.',
    'On October 19 in Baku, Deputy Minister Lim and Deputy Foreign Minister of Azerbaijan Farid Aliyev held the 6th Policy Consultation.',
    'The corridor will link the ports of Incheon and Gothenburg by 2030 with ships running on ammonia and methanol.',
    'Ambassador Carlos Mendes Lima, Secretary for Asia of the Brazilian Ministry of Foreign Affairs, also took part.',
    'The leaders adopted the "Almaty Declaration," which sets out a shared vision for cooperation in energy and logistics.',
  ]), { id: 'test-changed-counts' });
  const ask = asker(rel);

  it('gives a count as it now stands, and no figure from a quoted slogan', () => {
    expect(ask('how many Korean Cultural Centers does Chile have now?')).toBe('four');
    expect(ask('how many Korean studies programs does Peru have?')).toBe('seven');
    // (the figure a count changed from is no candidate, and no figure of a quoted theme is)
    const index = buildFactIndex([rel]);
    const candidates = (q: string, sentence: RegExp): string[] => {
      const fact = index.facts.find((f) => sentence.test(f.text))!;
      return spanCandidates(analyzeQuestion(q), fact, index.byRelease.get(fact.release)).map((c) => c.text);
    };
    expect(candidates('how many Korean studies programs does Peru have?', /rose from three/)).toEqual(['seven']);
    expect(candidates('how many years does korea week look ahead?', /Next 50 Years/)).toEqual([]);
    expect(ask('turnout at korea week?')).not.toBe('50');
  });

  it('dates a relation in the clause that names it, and gives which anniversary was marked', () => {
    expect(ask('what year did Korea and Kazakhstan establish dipl relations')).toBe('1967');
    expect(ask('which hook anniversary was marked in izmir')).toBe('73rd anniversary');
  });

  it('reads KIA as killed in action, and remains brought back as repatriated', () => {
    expect(ask('thai soldiers KIA in the korean war')).toBe('136');
    expect(ask('When were General Park Chan-ik\'s remains brought back to Korea?')).toBe('March 2023');
    expect(ask('When did Yoon unveil the Steppe Initiative?')).toBe('May 2024');
  });

  it('gives a document adopted, not the theme a summit was held under', () => {
    expect(ask('what document came out of the 1st Korea-Caspian summit')).toBe('Almaty Declaration');
  });

  it('gives the counterpart a Korean met, the ports a corridor links, and a name that ends with a capital\'s', () => {
    expect(ask('who did the ROK deputy FM meet in Baku for the policy consultation')).toBe('Farid Aliyev');
    expect(ask('which two ports does the green shipping corridor connect')).toBe('Incheon and Gothenburg');
    expect(findPeople('Ambassador Carlos Mendes Lima, Secretary for Asia, also took part.').map((p) => p.name)).toEqual(['Carlos Mendes Lima']);
  });
});

describe('sanctions rounds, shares, parts and the owner of a figure', () => {
  const rel = parseReleaseText(page('Government Designates North Korean Individuals and Entities; Korea-Vietnam Business Forum Held', '2025-03-12', [
    'On March 10, the Government of the Republic of Korea designated 6 individuals and 9 entities for its independent sanctions over their involvement in North Korea\'s weapons programs. With it, a total of 90 individuals and 60 entities have been designated.',
    'The launch of March 4 was North Korea\'s launch of a solid-fuel missile. This is North Korea\'s third ICBM launch this year, following those of January 14 and February 2.',
    'Among them is Colonel General Pak Song-il, commander of the missile general bureau.',
    'The members account for around 35 percent of global GDP and 22 percent of world trade.',
    'The Center tracks some 3,000 items that the ROK imports, of which about 150 have been designated as strategic items.',
    'This was the first such dialogue since the two countries upgraded their ties in May 2023. The 1st Korea-Vietnam Strategic Dialogue had been held in Hanoi in 2019.',
    'The sides agreed to begin preparations for the second Korea-Vietnam Summit, which the ROK proposed to host in 2027.',
    'The Korea-Vietnam Cooperation Fund was set up in 2001. The Fund will publish an annual report on its projects starting in 2026.',
    'The Ministers will finalize the Plan of Action to Implement the Korea-Vietnam Partnership so that it can be adopted at the Summit.',
    'The Korea-Vietnam Business Forum took place in Hanoi on March 8. About 410 companies took part, 250 of them from Korea and 160 from Vietnam.',
    'On March 9 in Hanoi, a consortium of Hanul Engineering and Daesan E&C signed a contract worth US$ 850 million with the Department of Roads and Bridges (DRB) of Vietnam for the Red River (RR) Crossing Bridge.',
    'The 5th round of negotiations on upgrading the Korea-Vietnam FTA took place in Seoul from March 3 to 5, 2025. The two countries launched negotiations to upgrade the FTA in October 2021.',
    'Ambassador Nguyen Thi Lan, Permanent Representative of Viet Nam to ASEAN, also attended.',
    'The number of Korean nationals living in Viet Nam has reached some 170,000, while some 9,000 Korean companies now operate there.',
    'The 12th rotation, commanded by Colonel Kim Tae-ho, is made up of 250 troops. Since the first rotation was deployed in 2010, about 3,100 Korean troops have served with the unit.',
    'Withholding taxes on dividends will be capped at 10 percent and on royalties at 5 percent.',
  ]), { id: 'test-sanctions-shares' });
  const ask = asker(rel);

  it('counts two kinds together as the text pairs them, and numbers a launch by its year', () => {
    expect(ask('how many individuals and entities did Seoul designate in March 2025?')).toBe('6 individuals and 9 entities');
    expect(ask('the march 4 launch was NK\'s which ICBM launch of 2025?')).toBe('third');
  });

  it('gives a share of what is asked, the whole over a part of it, and no first in a while for a first', () => {
    expect(ask('the members\' share of world GDP')).toBe('around 35 percent');
    expect(ask('how many items does the Center track')).toBe('some 3,000');
    expect(ask('When was the 1st Korea-Vietnam Strategic Dialogue held?')).toBe('2019');
  });

  it('dates nothing a plan only proposes, and nothing after the release that the question puts in the past', () => {
    expect(ask('When was the second Korea-Vietnam Summit held?')).toBeNull();
    expect(ask('When was the Korea-Vietnam Cooperation Fund established?')).toBe('2001');
    expect(ask('When was the Plan of Action to Implement the Korea-Vietnam Partnership adopted?')).toBeNull();
  });

  it('counts for a forum a pair names, not for one of the pair, and gives a Korean consortium\'s contract abroad', () => {
    expect(ask('how many companies attended the korea-vietnam business forum in hanoi')).toBe('About 410');
    expect(ask('value of the RR bridge contract won by the korean consortium')).toBe('US$ 850 million');
    const q = 'Which Vietnamese government agency did Hanul Engineering and Daesan E&C sign the bridge contract with?';
    expect(ask(q)).toMatch(/^Department of Roads and Bridges/);
    // (the body it was signed "with" stands well above the bridge it was signed "for")
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => /Department of Roads/.test(f.text))!;
    const scored = spanCandidates(analyzeQuestion(q), fact, index.byRelease.get(fact.release));
    const scoreOf = (start: RegExp): number => Math.max(...scored.filter((c) => start.test(c.text)).map((c) => c.score));
    expect(scoreOf(/^Department/) - scoreOf(/^Red River/)).toBeGreaterThan(0.4);
  });

  it('dates a start by its launch, not a later round, and finds no ambassador posted elsewhere', () => {
    expect(ask('when did seoul and hanoi start negotiating an upgraded fta')).toBe('October 2021');
    expect(ask('name of the vietnamese ambassador to korea')).toBeNull();
  });

  it('does not count companies for nationals, a running total for one rotation, or one tax\'s cap for another\'s', () => {
    expect(ask('how many korean nationals live in viet nam')).toBe('some 170,000');
    expect(ask('How many troops are in the 12th rotation?')).toBe('250');
    expect(ask('royalty withholding cap under the tax treaty')).toBe('5 percent');
  });
});

describe('names matched as written, titles that hold a "to", and North Korean names', () => {
  const rel = parseReleaseText(page('Korea at the World Health Assembly; Korea-Laos Plan of Action', '2025-04-02', [
    'The ROK, one of more than 100 participants in the Global Clean Air Pledge, aims to cut emissions by 20 percent by 2030.',
    'On April 1, Ambassador Yoo co-chaired the World Health Partnership Dialogue with Ms. Vanna Keo, Head of the Health Division.',
    'They agreed to reflect these areas in the Plan of Action to Implement the Korea-Laos Partnership, which is expected to be adopted at the 5th Korea-Laos Summit.',
  ]), { id: 'test-names-as-written' });
  const ask = asker(rel);

  it('does not take the words of a name the question capitalizes for their synonyms', () => {
    expect(ask('who chairs the Global Fund board?')).toBeNull();
  });

  it('finds no place in "to Implement" inside a title', () => {
    expect(ask('where will the 5th korea-laos summit take place?')).toBeNull();
  });
});

describe('who did what to whom, and how long a flight took', () => {
  const rel = parseReleaseText(page('Vice Minister Summons Belarusian Ambassador; Missile Launch Condemned', '2025-05-08', [
    'On the afternoon of May 7, Second Vice Minister of Foreign Affairs Choi Min-ho summoned Sergei Ivanov, Ambassador of the Republic of Belarus to the Republic of Korea, to protest the arms transfers.',
    'The missile flew for about 74 minutes and reached a maximum altitude of over 6,000 km before it fell into the East Sea.',
    'On May 7, Special Representative for Korean Peninsula Peace and Security Affairs Park Jae-sung held a phone call with his US counterpart.',
  ]), { id: 'test-summoned' });
  const ask = asker(rel);

  it('gives the one who summoned, not the envoy summoned, whatever the envoy\'s country', () => {
    expect(ask('Who summoned the Belarusian envoy on May 7?')).toBe('Choi Min-ho');
  });

  it('reads a flight time as a duration', () => {
    expect(ask('flight time of the missile launched on may 7')).toBe('about 74 minutes');
  });
});

describe('kinds of visit, starts of schemes, cumulative sums and caps', () => {
  const rel = parseReleaseText(page('Korea-Chile Consular Consultation; Presidential Visit to Chile', '2025-06-10', [
    'President Lee, who is on an official visit to Chile from June 8 to 11, held a summit with President Rojas in Santiago.',
    'The Korea-Chile Youth Fund, set up in March 2022 by business associations of the two countries, will provide scholarships.',
    'Since its launch in May 2010, the working holiday program has enabled about 9,000 young people to live and work in each other\'s country.',
    'Chile\'s "Andes Youth" program invited 300 Korean young people to Chile in 2024.',
    'The ROK has contributed to the Pacific Health Fund since 2005. In 2024, the Fund and the Korea Disease Agency signed an MOU.',
    'The Center received a further contribution of 1 billion won from Hanseong Steel on May 2, bringing Hanseong\'s total contribution to 4 billion won.',
    'With these payments, the Center has now paid compensation to the families of 12 of the 20 plaintiffs, for a total of about 2.4 billion won.',
    'In 2024, 1,200 Korean youths received Chilean working holiday visas. The two sides agreed to raise the annual quota of the Working Holiday Program from 1,000 to 1,500 participants per country.',
  ]), { id: 'test-visits-schemes' });
  const ask = asker(rel);

  it('does not date a state visit by an official one', () => {
    expect(ask('When did Rojas make his state visit to Seoul?')).toBeNull();
  });

  it('dates the start of a scheme by its launch, not by another fund set up or a year it ran', () => {
    expect(ask('when did the korea-chile WH scheme begin')).toBe('May 2010');
    expect(ask('since what year has Korea been a Pacific Health Fund donor?')).toBe('2005');
  });

  it('gives a cumulative sum as the total, money paid as money, and a cap as one set', () => {
    expect(ask('hanseong cumulative donation to the center')).toBe('4 billion won');
    expect(ask('Total the center has paid out so far?')).toBe('about 2.4 billion won');
    expect(ask('new yearly cap on korea-chile working holiday visas')).toBe('1,500');
  });
});

describe('an opening is no closing, and a post held somewhere is no venue', () => {
  const rel = parseReleaseText(page('Korea-Peru Years of Friendship Open in Lima; Korea Pledges to the Vaccine Fund', '2025-02-20', [
    'The opening ceremony of the "2025-2026 Korea-Peru Years of Friendship" was held on the evening of February 18. The slogan of the Years is "Close Friends, Shared Future."',
    'a "Korean Film Week" in 4 Peruvian cities in April 2025;',
    'Ambassador Han Mi-ra, Head of the ROK Mission to the European Union, attended the vaccine fund summit and delivered the pledge.',
  ]), { id: 'test-opening-closing' });
  const ask = asker(rel);

  it('does not date a closing ceremony by the opening one, nor by anything else its paragraph names', () => {
    expect(ask('when was the closing ceremony of the korea-peru years of friendship held')).toBeNull();
    expect(ask('when was the opening ceremony of the korea-peru years of friendship held')).toBe('February 18');
  });

  it('does not take the place a mission is accredited to for where a summit was held', () => {
    expect(ask('Where was the vaccine fund summit held?')).toBeNull();
  });
});

describe('the other host, the last time before, and visitors counted as nationals', () => {
  const rel = parseReleaseText(page('AI Busan Forum Held; Korea Hosts the Ocean Ministerial', '2025-09-30', [
    'The AI Busan Forum, co-hosted by the Republic of Korea and Canada, took place on September 28 and 29. Foreign Minister Cho Hyun delivered the opening remarks.',
    'The ROK first hosted the Ocean Ministerial in Incheon in 1998.',
    'This is the first time in 15 years that the ROK has hosted the Ocean Ministerial, following the meeting held in Yeosu in 2010.',
    'Since the policy took effect, the number of Korean nationals visiting Chile has risen to about 52,000 in January-August 2025.',
  ]), { id: 'test-other-host' });
  const ask = asker(rel);

  it('gives the one Korea co-hosted with, not the Korean who spoke', () => {
    expect(ask('Who did S. Korea co-host the AI Busan Forum with?')).toBe('Canada');
  });

  it('does not give the first time for the last one before', () => {
    expect(ask('Before 2025, when had Korea last hosted the Ocean Ministerial?')).toBe('2010');
  });

  it('counts nationals visiting as visitors', () => {
    expect(ask('number of korean visitors to chile jan-aug 2025')).toBe('about 52,000');
  });
});

describe('figures only asked for, and invitations that are no accession', () => {
  const rel = parseReleaseText(page('Korea-Nepal Labour Talks; Korea Signs the Data Convention', '2025-10-02', [
    'Minister Sharma asked that the number of Nepali seasonal workers be raised to 8,000 in 2026.',
    'The ROK is also pursuing accession to the Convention on Data Protection, to which it was invited to accede in 2023.',
  ]), { id: 'test-wished-figures' });
  const ask = asker(rel);

  it('does not give a figure a side asked for as one that came to be', () => {
    expect(ask('how many nepali seasonal workers came to korea in 2026')).toBeNull();
  });

  it('does not date an accession by the invitation to accede', () => {
    expect(ask('date korea acceded to the data protection convention')).toBeNull();
    expect(ask('when did korea get the invitation to accede to the data protection convention')).toBe('2023');
  });
});

describe('an amount a fund aims to raise', () => {
  const rel = parseReleaseText(page('Korea Pledges to the Malaria Fund', '2025-09-25', [
    'The Government of the Republic of Korea pledged US$ 60 million to the Malaria Fund for its Fifth Replenishment.',
    'The Malaria Fund had set a target of US$ 9 billion for the Fifth Replenishment.',
  ]), { id: 'test-fund-target' });
  const ask = asker(rel);

  it('reads "what was it aiming to raise" as an amount, met by the target set', () => {
    expect(ask('What was the Malaria Fund aiming to raise this round (5th)?')).toBe('US$ 9 billion');
  });
});

describe('measures asked without "how much", rates per period, spans of years, and a host in a relative clause', () => {
  const rel = parseReleaseText(page('Korea-Peru Labour and Environment Dialogue; Call Centre Figures; Aid Plan', '2025-03-04', [
    'Under the MOU, Peru will give every worker 36 hours of pre-departure training, covering the Korean language and workplace safety.',
    'The share of Peruvian seasonal workers who left their farms without permission fell to 4.1 percent in 2024.',
    'The annual average concentration of ultrafine dust (PM2.5) in Lima fell from 31 micrograms per cubic meter in 2019 to 22 micrograms per cubic meter in 2024.',
    'The ROK imported 2.4 million tons of Peruvian copper ore in 2024, up 12 percent from the previous year.',
    'The Consular Call Centre handled a total of 380,410 calls in 2024, an average of 1,042 a day.',
    'The ROK will spend a total of KRW 7.1 trillion on official development assistance this year, up 4.6 percent from KRW 6.79 trillion in 2024.',
    'Peru: Andean Potato Value Chain Project in the Cusco Region (US$ 9 million, 2025-2029)',
    'The ministers attended the final pledging meeting of the Andes Fund, which Lima hosted on March 3 and 4.',
    'The gala opened at the National Centre for the Performing Arts in Lima on March 3.',
  ]), { id: 'test-measures' });
  const ask = asker(rel);

  it('counts hours as a length of time asked with "how many"', () => {
    expect(ask('how many hours of pre-departure training will Peruvian workers get under the MOU')).toBe('36 hours');
  });

  it('reads a rate, a level and a quantity "in tons" as figures asked', () => {
    expect(ask('peruvian seasonal workers runaway rate 2024')).toBe('4.1 percent');
    expect(ask("What was Lima's annual average PM2.5 level in 2024?")).toBe('22 micrograms per cubic meter');
    expect(ask("korea's peruvian copper ore imports 2024 in tons")).toBe('2.4 million tons');
  });

  it('gives the average per day when a daily average is asked', () => {
    expect(ask("What was the call centre's daily average in 2024?")).toBe('1,042');
  });

  it('does not date a change by the year of the figure it is compared with', () => {
    expect(ask('By how much did the ODA budget grow in 2025 compared with the year before?')).toBe('4.6 percent');
  });

  it('hears "grow" as the "risen" or "increase" of a release', () => {
    const grow = synonymsOf(terms('grow')[0]!);
    expect(grow).toContain(terms('risen')[0]);
    expect(grow).toContain(terms('increase')[0]);
  });

  it('gives a span of years as a duration, never an amount', () => {
    expect(ask('andean potato value chain project - duration?')).toBe('2025-2029');
  });

  it('reads the host in "which Lima hosted" and a centre "for the" performing arts', () => {
    expect(ask('where did the final Andes Fund pledging meeting take place')).toBe('Lima');
    expect(ask('at which venue did the gala open')).toMatch(/^National Centre for the Performing Arts/);
  });
});

describe('pledges, targets, the period a package covers, a running since, and the venue city of a meeting', () => {
  const rel = parseReleaseText(page('Korea at the Pledging Meetings of the Andes Fund and the Rivers Fund', '2024-12-06', [
    'The 9th Andes-ROK Foreign Ministers\' Meeting was held on December 5 in Quito, Ecuador.',
    'At the meeting, five new Andes Fund projects worth US$ 3.1 million were approved, among them a water program for 900 families in Ecuador and Peru.',
    'The Andes Fund was set up in 2012 and has so far funded 47 projects worth US$ 19.2 million.',
    'At the event, donors announced pledges totaling some US$ 760 million toward the Rivers Fund\'s target of US$ 1.5 billion for 2025-2027.',
    'Vice Minister Han Ji-su announced on December 5 that the ROK government will contribute US$ 35 million to the Rivers Fund over the three years from 2025 to 2027.',
    'Participants agreed on a total Rivers Fund package of US$ 1.2 billion, which will finance programs in 40 countries during the three-year period from July 2025 to June 2028.',
    'The ROK delegation to the Annual Meeting of the Board of Governors of the Rivers Fund (RVF), held in Quito from December 4 to 6, announced a pledge to the Rivers Fund.',
    'The ROK has contributed to the RVF since 1994, and its cumulative contributions have reached about US$ 800 million.',
  ]), { id: 'test-pledges-since' });
  const ask = asker(rel);

  it('does not take the city a meeting sat in for a place the figure leaves out', () => {
    expect(ask('how many new Andes Fund projects got the green light in quito')).toBe('five');
  });

  it('gives the ROK its own pledge, not the target the donors aimed at', () => {
    expect(ask('new ROK pledge to the rivers fund for 2025-2027?')).toBe('US$ 35 million');
  });

  it('does not read the period a package covers as the month it was agreed', () => {
    expect(ask('total rivers fund package agreed in Dec 2024')).toBe('US$ 1.2 billion');
  });

  it('answers "since when has it been paying into" by a since, not by the dates of a visit', () => {
    expect(ask('since when has korea been paying into the rivers fund')).toBe('1994');
  });
});

describe('a conference named by its city and numbered, a venue given with its country, and negotiations called talks', () => {
  const conf = parseReleaseText([
    'Press Releases', '', 'Korea Pledges US$9 Million at 6th Vienna Conference on Yemen', '', 'Date', '2024-05-27', 'hit', '12', '',
    '1. Deputy Minister Seo Ji-hoon led the delegation of the Republic of Korea to the 6th Vienna Conference "Supporting the People of Yemen," hosted by the United Nations in Vienna on 27 May 2024. In his statement, Deputy Minister Seo announced that Korea will provide US$9 million in humanitarian assistance this year to Yemenis inside the country.', '',
    '2. He said that the Korean government has provided a cumulative US$70 million in humanitarian assistance related to the Yemeni crisis since 2015, including US$3.5 million for Yemen following the floods of August 9, 2023.', '',
    'o Korea\'s pledge at this year\'s Conference is up from the US$7 million it pledged at the 5th Conference in June 2023.',
  ].join('\n'), { id: 'test-numbered-conference' });
  const fta = parseReleaseText(page('Korea and the GCC Sign a Free Trade Agreement', '2025-06-06', [
    'The Republic of Korea and the Gulf Cooperation Council (GCC) signed the Korea-GCC Free Trade Agreement (FTA) in Doha, Qatar, on November 30.',
    'Negotiations on a Korea-GCC FTA were first launched in 2009 but were suspended in 2011 after two rounds.',
    'Talks resumed in March 2021, and the two sides held six rounds before reaching a final agreement.',
    'The 4th round of negotiations on upgrading the Korea-Peru Free Trade Agreement (FTA) took place in Seoul from June 3 to 5, 2025.',
    'Kim Do-yeon, Deputy Minister for FTA Negotiations of the Ministry of Trade, Industry and Energy, and Lucia Romero, Director General of Bilateral Economic Affairs of Peru\'s Undersecretariat of Foreign Trade (SUBCEX), led their respective delegations as chief negotiators.',
  ]), { id: 'test-venue-country' });
  const askConf = asker(conf);
  const askFta = asker(fta);

  it('reads a capital that names a numbered conference as its name, not a country asked', () => {
    expect(askConf('how much did korea commit at the 5th vienna conf in 2023')).toBe('US$7 million');
  });

  it('gives the pledge of the edition its release is about, not a part of an earlier year\'s total', () => {
    expect(askConf('ROK pledge at the 6th Vienna Yemen conference?')).toBe('US$9 million');
  });

  it('dates a signing held in a city given with its country', () => {
    expect(askFta('when did korea and the gcc sign their fta')).toBe('November 30');
  });

  it('reads the talks asked as the negotiations of the sentence', () => {
    expect(askFta('year korea-gcc fta talks first kicked off')).toBe('2009');
  });

  it('does not lend one person\'s appositive title to the next person', () => {
    const index = buildFactIndex([fta]);
    const fact = index.facts.find((f) => f.text.startsWith('Kim Do-yeon'))!;
    const a = analyzeQuestion('Who was Peru\'s foreign minister during the 4th round of FTA upgrade talks?');
    expect(spanCandidates(a, fact, index.byRelease.get(fact.release)).map((c) => c.text)).not.toContain('Lucia Romero');
  });
});

describe('channels in shared brackets, a name that goes on "in the", a date that opens its clause, and a side signed for', () => {
  const rel = parseReleaseText(page('Korea Provides Additional Aid to Sudan; Korea-CARICOM Agreement Signed', '2024-02-06', [
    'The Government of the Republic of Korea decided on February 5, 2024 to provide an additional US$10 million in humanitarian assistance to civilians in Sudan.',
    'Channels: the World Food Programme (WFP, US$4 million), the United Nations Children\'s Fund (UNICEF, US$3 million), the International Committee of the Red Cross (ICRC, US$2 million) and the United Nations Relief Agency for Displaced Persons in the Horn of Africa (UNRADP, US$1 million).',
    'Minister Cho also recalled that Korea opened its Mission to NATO in Brussels in March 2021, and that in June 2021 it became the first Asian country to join the NATO Maritime Security Centre of Excellence in Istanbul.',
    'The Agreement was signed by Minister for Trade Han Do-yoon of the Republic of Korea and CARICOM Secretary-General Maria Greaves, in the presence of the trade ministers of the member states.',
  ]), { id: 'test-channels-brackets' });
  const ask = asker(rel);

  it('gives the figure of the body whose initials share its brackets', () => {
    expect(ask('How much of the extra Sudan money goes through WFP?')).toBe('US$4 million');
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => f.text.startsWith('Channels'))!;
    const [first, second] = spanCandidates(analyzeQuestion('How much of the extra Sudan money goes through WFP?'), fact, index.byRelease.get(fact.release)).sort((x, y) => y.score - x.score);
    expect(first!.text).toBe('US$4 million');
    expect(first!.score - second!.score).toBeGreaterThan(0.4);
  });

  it('keeps "in the" inside a name its initials close, and closes the bracket after them', () => {
    expect(findThings('the United Nations Relief Agency for Displaced Persons in the Horn of Africa (UNRADP, US$1 million)').map((t) => t.text))
      .toContain('United Nations Relief Agency for Displaced Persons in the Horn of Africa (UNRADP)');
    expect(ask('which agency is getting 1 mil out of the sudan package')).toBe('United Nations Relief Agency for Displaced Persons in the Horn of Africa (UNRADP)');
  });

  it('dates an act by the date that opens its clause', () => {
    expect(ask('when did korea join the nato maritime security centre in istanbul')).toBe('June 2021');
  });

  it('reads "on behalf of" a side as the side whose person is asked', () => {
    expect(analyzeQuestion('who signed the agreement on behalf of the CARICOM').nationality).toBe('CARICOM');
    expect(ask('who signed the agreement on behalf of the CARICOM')).toBe('Maria Greaves');
  });
});

describe('votes out of ballots, elliptic clauses, the most recent of a series, and a city asked with its people', () => {
  const rel = parseReleaseText(page('Korea Elected to the Board; Export Control Plenary Held in Ulsan', '2023-09-29', [
    'On September 28, the General Conference elected the ROK to the Board of Governors. The ROK won 148 votes out of 160 ballots cast.',
    'The 31st Plenary of the Export Control Regime took place in Ulsan from October 14 to 17.',
    'It joined the Zangger Committee in 1995, and the Marlow Code and the Arms Trade Forum in 1997.',
    'She stressed that the country has carried out seven missile tests since 2012, the most recent in March 2021.',
  ]), { id: 'test-out-of' });
  const ask = asker(rel);

  it('gives the votes won, not the ballots they are out of, and does not read a year as a measure', () => {
    expect(ask('how many votes did S. Korea get in the Sept 2023 vote for the board')).toBe('148');
  });

  it('reads "which Korean city hosted" as a place', () => {
    expect(analyzeQuestion('Which Korean city hosted the 31st plenary?').type).toBe('where');
    expect(ask('Which Korean city hosted the 31st plenary?')).toMatch(/^Ulsan/);
  });

  it('dates a thing named in a clause that shares the verb before it', () => {
    expect(ask('Korea joined the Marlow Code in which year?')).toBe('1997');
    expect(ask('Korea joined Zangger in which year?')).toBe('1995');
  });

  it('gives the most recent of a series its sentence dates', () => {
    expect(ask('most recent missile test - month/year')).toBe('March 2021');
  });
});

describe('who served as the thing asked, a body made up of members, a quota raised by a pronoun, and a bare part of a whole', () => {
  const rel = parseReleaseText(page('Korea\'s Third Review; Judge Elected to the Tribunal; Resettlement Quota Raised', '2024-07-08', [
    'Peru, Ghana and Finland served as the "troika" of rapporteurs for the review.',
    'The Court is made up of 15 judges, one third of whom are elected every three years. The Government has nominated Judge Han Se-rin as its candidate in the election of five judges of the Court.',
    'Professor Han, the Korean candidate, secured 98 of the 131 votes cast in the second round of voting, above the two-thirds majority of 88 votes required for election.',
    'Five of the Court\'s 21 seats were filled this year from among 9 candidates.',
    'The annual quota, which had been set at around 20 people, was expanded to 30 this year, and the Government plans to raise it to 45 people from 2025.',
    'Minister Kwon expressed hope for the success of the 12th International Conference on Maritime Law, to be held in Lisbon from October 20 to 23.',
  ]), { id: 'test-served-as' });
  const ask = asker(rel);

  it('answers the thing asked by who served as it', () => {
    expect(ask('troika for the ROK\'s third review')).toBe('Peru, Ghana and Finland');
  });

  it('counts what a body is made up of as its total', () => {
    expect(ask('how many judges on the court in total')).toBe('15');
  });

  it('gives the votes won, not the majority required nor a bare count of judges', () => {
    expect(ask('How many votes did the Korean candidate win in the court election?')).toBe('98');
  });

  it('reads the quota a pronoun raises, from the year it starts', () => {
    expect(ask('resettlement quota korea is planning from 2025')).toBe('45');
  });

  it('spells out an abbreviation before matching the numbered thing', () => {
    expect(ask('dates of the 12th intl conference on maritime law')).toBe('October 20 to 23');
  });
});

describe('a thing asked through a clause about it, an order with its class, and how things stood before', () => {
  const rel = parseReleaseText(page('Korea-CARICOM Ministers Meet in Kingston; Embassy Opened in Windhoek', '2025-03-10', [
    'The two sides adopted the "Kingston Joint Declaration" and the "Korea-CARICOM Action Plan 2025-2028," which set out cooperation in three areas.',
    'On the same day, the Ministry conferred the Order of Diplomatic Service Merit, Sungnye Medal, on Mr. Kevin Harrow, who stepped down in December 2024 after 20 years as honorary consul.',
    'The Ministry opened the Embassy of the Republic of Korea in Windhoek, Namibia, on March 3 and the Embassy of the Republic of Korea in Kingston, Jamaica, on March 7.',
    'Until now, Namibia was covered by the ROK Embassy in South Africa, and Jamaica by the ROK Embassy in Panama.',
  ]), { id: 'test-thing-clause' });
  const ask = asker(rel);

  it('reads the noun before a clause about it as the thing asked', () => {
    expect(analyzeQuestion('what was the declaration the Korea-CARICOM ministers signed off on in Kingston called?').head).toBe('declaration');
    expect(ask('what was the declaration the Korea-CARICOM ministers signed off on in Kingston called?')).toBe('Kingston Joint Declaration');
  });

  it('gives an order of merit with its class', () => {
    expect(ask('what decoration did Harrow get')).toBe('Order of Diplomatic Service Merit, Sungnye Medal');
  });

  it('answers "before" from the sentence that says how things stood until now', () => {
    expect(ask('which ROK mission handled Namibia before the Windhoek embassy opened?')).toBe('ROK Embassy in South Africa');
  });
});

describe('answers a release does not give: a post never held, a becoming only negotiated, sponsors for voters, an extra for a total', () => {
  const rel = parseReleaseText(page('Korea at the Agency Board; Honorary Consul Honoured; Fund Pledge', '2024-06-06', [
    'On June 5, the Board adopted a resolution on Peru\'s cooperation with the Agency, submitted by France, Germany and the United Kingdom. The resolution passed by a vote of 20 in favour, 2 against and 12 abstentions.',
    'Judge Kim Tae-ho, elected in December 2014, has served as a judge of the Court since March 2015.',
    'He expressed hope for an early conclusion of the negotiations on the ROK becoming an Associated State of the Andean Forum, which were launched in 2019.',
    'The Ministry conferred the Order of Diplomatic Service Merit on Mr. Paul Greaves, who stepped down after 18 years as Honorary Consul of the ROK in Montego Bay, Jamaica.',
    'On October 8, the Ministry set up a headquarters for the evacuation of Korean nationals from Israel, headed by Second Vice Minister Seo Jae-hoon, and sent a KC-330 aircraft to carry them out.',
    'The ROK will contribute an additional US$ 20 million over 2024-2026 to the Knowledge Partnership Fund (KPF).',
  ]), { id: 'test-not-given' });
  const ask = asker(rel);

  it('does not date a post the person never held', () => {
    expect(ask('when did kim tae-ho become court president')).toBeNull();
    expect(ask('when was kim tae-ho elected')).toBe('December 2014');
  });

  it('does not date a becoming that is only negotiated', () => {
    expect(ask('When did Korea become an associated state of the Andean Forum?')).toBeNull();
  });

  it('does not give a resolution\'s sponsors as the countries that voted against it', () => {
    expect(ask('Which countries voted against the Peru resolution at the June 2024 Board?')).toBeNull();
  });

  it('does not read a place after a consul\'s "in" as a person', () => {
    expect(findPeople('who stepped down after 18 years as Honorary Consul of the ROK in Montego Bay, Jamaica.').map((p) => p.name)).not.toContain('Montego Bay');
    expect(ask('who took over from greaves as honorary consul in jamaica')).toBeNull();
  });

  it('does not count the rank of a vice minister as the ordinal of an event', () => {
    expect(ask('When did the second evacuation flight leave Israel?')).toBeNull();
  });

  it('does not give an extra amount as the total since a fund began', () => {
    expect(ask('how much has korea put into the KPF in total since it was created?')).toBeNull();
  });
});

describe('"in effect since", a convention named by its year, a hyphenated topic, "become party", and a stay asked with "was in"', () => {
  const rel = parseReleaseText(page('Korea-Peru Consultations; Korea Hosts the OAS Secretary General', '2024-05-22', [
    'The two reviewed the upgrade negotiations on the Korea-Peru FTA, which took effect in August 2011 as one of the ROK\'s early free trade agreements.',
    'Since March 4, 2024, the government has kept a Level 4 travel alert (travel ban) in place for all of Haiti.',
    'It acceded to the 1961 Convention on the Reduction of Statelessness in June 2021, and its Nationality Act was revised in 2022.',
    'Vice Minister Kim Jin-ho and Ana Torres, Vice Minister of Interior of Peru, signed a "Memorandum of Understanding on Cooperation in Preventing and Combating Trafficking in Persons" on May 21.',
    'Minister Kwon explained that Korea acceded to the Ottawa Convention in August 2009.',
    'Foreign Minister Kwon Jae-hyun met with Maria Lopez, Secretary General of the Organization of American States (OAS), on May 20 at the Ministry of Foreign Affairs in Seoul. Secretary General Lopez was in Korea from May 19 to 23, the first visit to Korea by a sitting OAS Secretary General in 9 years.',
  ]), { id: 'test-in-effect' });
  const ask = asker(rel);

  it('reads "in effect since" and "kept in place since" as the date a thing took effect', () => {
    expect(ask('korea peru fta in effect since when')).toBe('August 2011');
    expect(ask('haiti level 4 travel ban in effect since when')).toBe('March 4, 2024');
  });

  it('does not read the year in a convention\'s name as the date asked', () => {
    expect(ask('When did the ROK join the 1961 statelessness convention?')).toBe('June 2021');
  });

  it('matches each word of a hyphenated topic to the document\'s', () => {
    expect(ask('When did Seoul and Lima sign the anti-trafficking MOU?')).toBe('May 21');
  });

  it('hears "become party to" as accession', () => {
    expect(ask('when did korea become party to the ottawa convention')).toBe('August 2009');
    expect(phraseWords('when did korea become party to the ottawa convention')).toMatch(/\bjoin\b/);
  });

  it('answers "when was X in Korea" by the stay', () => {
    expect(ask('when was the OAS secretary general in korea in 2024')).toBe('May 19 to 23');
  });
});

describe('an inferred release date', () => {
  it('does not take the year of the same day long past for the release\'s', () => {
    const rel = parseReleaseText(['Press Releases', '', 'Foreign Minister Meets ICRC President on the Anniversary of the Geneva Conventions', '',
      '1. Foreign Minister Kwon met the ICRC President on August 12 in Seoul.', '',
      '2. The two sides marked the 75th anniversary of the four Geneva Conventions, adopted on August 12, 1949, and the Government contributed US$ 12.5 million to the ICRC in 2024.', ''].join('\n'), { id: 'test-infer-anniversary' });
    expect(rel.date).toBe('2024-08-12');
  });
});

describe('a disaster release: the team\'s size, a toll, an age, channels and the size of a contingent', () => {
  const rel = parseReleaseText(page('Korea Provides Humanitarian Assistance to Bhutan for Flood Recovery', '2025-03-16', [
    'According to Bhutan\'s Ministry of Home Affairs, at least 1,240 people had been killed and some 4,100 injured as of March 15.',
    'The government decided to dispatch the Korea Disaster Relief Team to Bhutan. The 48-member team is made up of 4 officials of the Ministry of Foreign Affairs, 30 search-and-rescue personnel and 14 medical staff.',
    'One Korean national, a 61-year-old resident of Thimphu, was killed when a wall collapsed, and 208 people were killed in all, according to the national disaster council.',
    'Channels: the World Food Programme (WFP) (US$600,000), the International Federation of Red Cross and Red Crescent Societies (IFRC) (US$400,000) and relief goods.',
    'Of the total, US$200,000 will be provided in cash to the Bhutanese government through DDMA, and US$100,000 will go to the Bhutan Red Cross to support shelters.',
    'The fires have so far burned some 90,000 hectares of forest and farmland.',
    'In Nepal, the 5th contingent of the ROK\'s Himal Unit, some 240 troops serving with the UN mission, has built 3.5 kilometers of dikes.',
    'The ROK delegation to the inauguration was a five-member delegation led by the Minister of Land.',
  ]), { id: 'test-disaster' });
  const ask = asker(rel);

  it('gives the members of the team, not a toll it was not asked', () => {
    expect(ask('How many people are on the Korean disaster relief team sent to Bhutan?')).toBe('48');
  });

  it('does not read an age as a toll', () => {
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => f.text.includes('61-year-old'))!;
    expect(spanCandidates(analyzeQuestion('flood death toll in bhutan'), fact, index.byRelease.get(fact.release)).map((c) => c.text)).not.toContain('61-year');
  });

  it('gives the channel in its own brackets after its initials, and the part a named body gets', () => {
    expect(ask('how much of korea\'s bhutan flood aid goes via the IFRC')).toBe('US$400,000');
    expect(ask('bhutan flood aid via DDMA - amount?')).toBe('US$200,000');
  });

  it('sizes a contingent by its troops, and a delegation by its count', () => {
    expect(ask('how big is the himal unit contingent in nepal')).toMatch(/^some 240/);
    expect(ask('how many ppl were in the ROK delegation to the inauguration')).toBe('five');
  });
});

describe('a relief mission\'s return, an aftershock not measured, a rate asked of a loan, and casualties by their own verbs', () => {
  const rel = parseReleaseText(page('Korea Disaster Relief Team Returns from Fiji; EDCF Loan Signed', '2025-08-09', [
    'The Korea Disaster Relief Team (KDRT), which was dispatched to Fiji after a magnitude 6.8 earthquake struck Viti Levu on July 12, returned home on August 2, having carried out relief activities from July 14 to August 1.',
    'A magnitude 7.0 earthquake struck the west of the island on July 12 and was followed by more than 30 aftershocks.',
    'Under the agreement, the ROK will provide a concessional loan of US$ 120 million through the Economic Development Cooperation Fund (EDCF).',
    'Korean nationals affected: 7 Korean nationals lost their lives and 33 were injured in natural disasters abroad.',
    'A suicide bomber killed at least 29 civilians and wounded more than 150 others.',
  ]), { id: 'test-return' });
  const ask = asker(rel);

  it('dates a return by the words "returned home on", not the quake that sent the team', () => {
    expect(ask('When did the KDRT come home from Fiji?')).toBe('August 2');
  });

  it('does not give an earthquake\'s magnitude for its aftershocks', () => {
    expect(ask('magnitude of the strongest aftershock in Fiji')).toBeNull();
  });

  it('does not give an amount for an interest rate', () => {
    expect(ask('interest rate on korea\'s EDCF loan for fiji')).toBeNull();
  });

  it('reads each casualty figure by its own verb', () => {
    expect(ask('Korean nationals killed in natural disasters abroad?')).toBe('7');
    expect(ask('How many civilians died in the bombing?')).toBe('at least 29');
  });
});

describe('the day before an event, a city named as a city, an organisation that is no place, and a lower-case post', () => {
  const rel = parseReleaseText(page('Special Envoy Attends the Inauguration in Quito; Forest Fire Team Sent to Chile', '2025-07-29', [
    'On July 27, the day before the inauguration, Special Envoy Seo paid a courtesy call on President-elect Mora.',
    'Special Envoy Seo led a delegation to the inauguration ceremony of President Daniel Mora in Quito on July 28.',
    'Korea will also send a team of 8 forest fire specialists from the Korea Forest Service to the city of Temuco from February 10 to 24.',
    'After each ambassador presented his or her credentials, President Kang had a brief conversation with each of them.',
    'Vice Minister Yoo visited the headquarters of the Cedar Unit in Tyre, where he was briefed by the unit commander, Colonel Park Min-jae.',
  ]), { id: 'test-day-before' });
  const ask = asker(rel);

  it('does not date an event by the day said to come before it, and hears swearing-in as the inauguration', () => {
    expect(ask('mora swearing-in date')).toBe('July 28');
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => f.text.startsWith('On July 27'))!;
    expect(spanCandidates(analyzeQuestion('mora swearing-in date'), fact, index.byRelease.get(fact.release)).map((c) => c.text)).not.toContain('July 27');
  });

  it('gives the city a team goes to, not the service it comes from', () => {
    expect(ask('Where in Chile will the Korean forest fire team work?')).toBe('Temuco');
  });

  it('takes a post in lower case only right before the name', () => {
    expect(ask('who is the new korean ambassador to finland')).toBeNull();
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => f.text.startsWith('After each ambassador'))!;
    expect(spanCandidates(analyzeQuestion('who is the new korean ambassador to finland'), fact, index.byRelease.get(fact.release)).map((c) => c.text)).not.toContain('Kang');
    expect(ask('cedar unit commander')).toMatch(/Park Min-jae$/);
  });
});

describe('vessels handed over, a plant\'s capacity, a numbered contingent, a ship by name, the one met, and a thing described by a clause', () => {
  const rel = parseReleaseText(page('Patrol Vessels Handed Over to Viet Nam; 38th Contingent Departs', '2024-07-10', [
    'The Government of the Republic of Korea handed over three 46-meter patrol vessels to the Viet Nam Coast Guard at a ceremony held on July 9 in Hai Phong.',
    'The battery plant in Tatabánya, which began mass production in 2024, has an annual capacity of 25 GWh.',
    'The 38th contingent of the Dongmyeong Unit departed from the Busan Naval Base on February 14 aboard a transport ship.',
    'Sweden ran the Swedish Red Cross Field Hospital in Busan from September 1950; Denmark dispatched the hospital ship Kronborg Star; and Norway sent the Norwegian Mobile Army Surgical Hospital (NORMASH), which treated some 90,000 patients.',
    'Turkish troops fought at the Battle of Kunu-ri in November 1950.',
    'On June 7 in Zagreb, Deputy Minister Yoon Jae-hyuk met Marta Kovač, State Secretary for European Affairs of Croatia.',
    'Greece dispatched a total of 4,992 troops to the Korean War, including the Athena Battalion and a transport flight of the Hellenic Air Force.',
  ]), { id: 'test-handed-over' });
  const ask = asker(rel);

  it('counts the vessels handed over, past the measure that sizes them', () => {
    expect(findNumbers('handed over three 46-meter patrol vessels').map((n) => n.text)).toEqual(['three', '46-meter']);
    expect(ask('how many patrol boats did korea give the coast guard in july 2024')).toBe('three');
  });

  it('gives a capacity with its unit', () => {
    expect(ask('tatabanya battery plant annual capacity')).toBe('25 GWh');
  });

  it('reads "which contingent" as a numbered one', () => {
    expect(ask('which dongmyeong contingent left busan on feb 14 2024')).toBe('38th');
  });

  it('names a ship right after its kind', () => {
    expect(ask('name of the hospital ship Denmark sent to korea')).toBe('Kronborg Star');
  });

  it('gives the one the Korean official met, not the official', () => {
    expect(ask('Who did the Korean deputy minister meet in Zagreb?')).toBe('Marta Kovač');
  });

  it('does not require the words of a clause that only describes the thing asked', () => {
    const veterans = parseReleaseText(page('Ceremonies Honour Greek and Turkish Korean War Veterans', '2023-07-28', [
      'To mark the 70th anniversary of the signing of the Korean War Armistice Agreement on July 27, the ROK Embassies in Greece and Türkiye held ceremonies honoring the veterans.',
      'Greece dispatched a total of 4,992 troops, including the Athena Battalion and a transport flight of the Hellenic Air Force, and 192 of them lost their lives.',
      'The Greek battalion\'s defense of Outpost Harry in June 1953 is remembered as one of the most heroic battles of the war.',
      'Turkish troops fought at the Battle of Kunu-ri in November 1950.',
    ]), { id: 'test-described-by-clause' });
    expect(asker(veterans)('whats the name of the greek battalion that fought in korea')).toBe('Athena Battalion');
  });
});

describe('who the question asks by post, people and portfolio; staff counted without a plural; a first meeting with no place yet', () => {
  const rel = parseReleaseText(page('Foreign Minister Visits Romania; Korea Re-elected to the Executive Board', '2025-06-14', [
    'Minister of Foreign Affairs Han Seung-woo, who is visiting Romania from June 11 to 13, held talks with Romanian Minister of Foreign Affairs Andrei Ionescu in Bucharest on June 12.',
    'Director-General Azoulay thanked the ROK for its support for the Global Citizenship Education programme.',
    'It aims to raise the number of Korean professional staff in the UN system from 563 at the end of 2024 to 700 by 2030.',
    'The Secretariat will hold the first meeting of its Steering Committee, made up of director-general-level officials from the three foreign ministries, in July.',
    'The new Secretariat is separate from the Trilateral Cooperation Secretariat of the ROK, China and Japan, which opened in Seoul in September 2011.',
  ]), { id: 'test-post-people' });
  const ask = asker(rel);

  it('keeps the portfolio asked after a relative pronoun, and does not take a people for a portfolio', () => {
    expect(ask('romanian defense minister who met Han in Bucharest')).toBeNull();
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => f.text.startsWith('Minister of Foreign Affairs Han'))!;
    expect(spanCandidates(analyzeQuestion('romanian defense minister who met Han in Bucharest'), fact, index.byRelease.get(fact.release)).map((c) => c.text)).not.toContain('Andrei Ionescu');
    expect(ask('name of the romanian minister who held talks with Han in Bucharest')).toBe('Andrei Ionescu');
  });

  it('asks a Korean by "which korean", and does not give a person of no stated country without a Korean name', () => {
    expect(analyzeQuestion('which korean was chosen to chair the executive board').nationality).toBe('KOR');
    expect(ask('which korean was thanked for the global citizenship education programme')).toBeNull();
  });

  it('does not count professional staff as the officers asked', () => {
    expect(ask('How many JPOs did Korea dispatch in 2024?')).toBeNull();
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => f.text.startsWith('It aims'))!;
    expect(spanCandidates(analyzeQuestion('How many JPOs did Korea dispatch in 2024?'), fact, index.byRelease.get(fact.release)).map((c) => c.text)).not.toContain('700');
  });

  it('does not place a first meeting the release gives no place for', () => {
    expect(ask('where did the secretariat\'s first steering committee meet?')).toBeNull();
  });
});

describe('a framing year, and a weak match in another release', () => {
  const budget = parseReleaseText(page('Korea Pays Its UN Regular Budget Contribution in Full', '2025-01-23', [
    'Separately, the ROK paid its assessed contribution to the UN regular budget for 2025 in full on January 22, becoming the 15th Member State to do so this year under its new assessment rate.',
    'Under the scale of assessments for 2022-2024, the ROK\'s share of the UN regular budget was 2.574 percent, the 9th largest among the 193 Member States.',
  ]), { id: 'test-framing-year' });
  const staff = parseReleaseText(page('Junior Professional Officers Begin Their Assignments', '2025-02-10', [
    'Since 1996 the ROK has sent 437 Junior Professional Officers to UN agencies. About 52 percent of them have gone on to become regular staff members of the UN system, a retention rate the Ministry aims to raise.',
  ]), { id: 'test-weak-elsewhere' });

  it('dates a figure by the years of the phrase that opens its sentence', () => {
    expect(asker(budget)('What is the ROK\'s assessment rate for the UN regular budget for 2025-2027?')).toBeNull();
    expect(asker(budget)('What was the ROK\'s assessment rate for the UN regular budget for 2022-2024?')).toBe('2.574 percent');
  });

  it('does not answer from a weak match in one release what another speaks of and does not say', () => {
    const engine = createEngine({ index: buildFactIndex([budget, staff]) });
    const r = engine.ask('What is the ROK\'s assessment rate for the UN regular budget for 2025-2027?');
    expect(r.kind).not.toBe('answer');
  });
});

describe('an opening ceremony is a launch, and a rank asked with an adverb', () => {
  const rel = parseReleaseText(page('Trilateral Secretariat Opens in Seoul', '2025-05-13', [
    'The Secretariat was set up to carry out the decision taken by the three leaders at the 4th Trilateral Summit in Honolulu in November 2024.',
    'The Republic of Korea-United States-Japan Trilateral Secretariat held its opening ceremony on May 12 at its offices in Jongno-gu, Seoul.',
  ]), { id: 'test-opening-ceremony' });

  it('dates a launch ceremony by the opening ceremony', () => {
    expect(asker(rel)('When did the Korea-US-Japan secretariat in Seoul hold its launch ceremony?')).toBe('May 12');
  });

  it('reads "where does it rank numerically among" as a rank', () => {
    expect(analyzeQuestion('Where does the Sofia center rank numerically among Korean cultural centres worldwide?').type).toBe('ordinal');
  });
});

describe('a figure in the paragraph its meeting leads', () => {
  const rel = parseReleaseText(page('Korea Re-elected to the Council of the World Postal Forum', '2025-06-20', [
    'The Republic of Korea was re-elected on June 18 as a member of the Council of the World Postal Forum (WPF) at the 12th session of the WPF Assembly, held in Bern from June 16 to 20. The ROK received 131 votes from the 150 members present and voting, ranking 3rd among the 20 States elected to the Council for the next four years.',
    'The Government plans to seek the chair of the Council at the 13th session of the General Assembly in 2029.',
  ]), { id: 'test-led-figure' });
  const ongoing = parseReleaseText(page('Korea Elected to the Board of the Radio Standards Union', '2025-10-02', [
    'The Republic of Korea was elected to the Board of the Radio Standards Union (RSU) on October 1 at the RSU Plenary Conference 2025 (PC-25), which is under way in Lisbon, Portugal, from September 28 to October 10. The ROK won 118 votes, placing 4th among the 21 candidates competing for the 9 seats allocated to the region of Europe and the Mediterranean.',
  ]), { id: 'test-ongoing-figure' });

  it('gives the votes of the sentence that follows the meeting its paragraph leads with', () => {
    expect(asker(rel)('WPF council votes for korea at the 12th WPF assembly in Bern')).toBe('131');
  });

  it('reads a meeting that is under way as one that has begun', () => {
    expect(asker(ongoing)('ROK vote tally for RSU board at PC-25')).toBe('118');
  });
});

describe('since when, the meeting numbered, and bodies counted', () => {
  const since = parseReleaseText(page('Korea and Canada Discuss Energy Security', '2025-03-11', [
    'On clean hydrogen, the two sides agreed to step up coordination within the Hydrogen Trade Compact (HTC), which the ROK has chaired since September 2024, and to share data on cross-border pipelines. The two sides also agreed to widen the pilot ROK-Canada energy price monitoring system (EPMS), which was launched in May 2023 for 12 fuels including liquefied natural gas and uranium.',
    'Talks on a joint storage terminal in British Columbia began in 2022.',
  ]), { id: 'test-since-chaired' });
  const numbered = parseReleaseText(page('Second Korea-Peru Mining Dialogue Held in Lima', '2025-06-05', [
    'The Republic of Korea and Peru held the 2nd ROK-Peru Copper and Zinc Supply Chain Dialogue in Lima on June 4, 2025.',
    'The two sides reviewed progress made since the 1st Dialogue, held in Seoul in April 2023, and since the two countries signed the Memorandum of Understanding on Copper and Zinc Supply Chains in March 2020.',
  ]), { id: 'test-numbered-stretch' });
  const bodies = parseReleaseText(page('First Korea-Pacific Fisheries Dialogue Held', '2025-09-20', [
    'The 1st Korea-Africa Fisheries Dialogue took place in Seoul on September 18. Around 90 people attended, including senior officials from 11 African countries, among them Senegal, Ghana and Kenya, as well as Korean fishing companies.',
    'The participants also welcomed the launch of a "Korea-Africa Fisheries Training Program", under which 150 African officials and inspectors will be trained by 2028 in the first Korea-Africa fisheries dialogue framework.',
  ]), { id: 'test-bodies-counted' });

  it('reads "since when has X held" as a start a "since" date states', () => {
    const engine = createEngine({ index: buildFactIndex([...RELEASES, since]) });
    const r = engine.ask('since when has S. Korea held the HTC chair');
    expect(r.kind === 'answer' ? r.answer : null).toBe('September 2024');
    // (reworded as "when did … begin", the question still knows it asked since when)
    expect(analyzeQuestion('since when has S. Korea held the HTC chair').since).toBe(true);
    expect(analyzeQuestion('when did S. Korea take the HTC chair').since).toBeUndefined();
  });

  it('dates a numbered meeting by the date its own clause gives', () => {
    expect(asker(numbered)('when was the first korea-peru copper and zinc supply chain dialogue')).toBe('April 2023');
  });

  it('does not count people for the countries asked', () => {
    expect(asker(bodies)('How many African countries sent senior officials to the first Korea-Africa fisheries dialogue?')).toBe('11');
  });
});

describe('a figure of the country Korea gives to', () => {
  const rel = parseReleaseText(page('Korea Pledges Support for Fiji\'s Cyclone Recovery', '2025-04-10', [
    'The International Conference on a Resilient Fiji was held in Suva on April 9, 2025, three months after Cyclone Mere struck the country.',
    'The conference sought international support for Fiji\'s National Recovery and Resilience Plan (NRRP), under which Fiji puts its reconstruction needs at US$ 2.4 billion. In her statement at the conference, Ambassador Kim Hye-jin announced that Korea will provide US$ 3 million in 2025-2026 for cyclone recovery in Fiji, to be carried out by KOICA.',
  ]), { id: 'test-recipient-figure' });

  it('does not give the needs the country puts for what Korea commits', () => {
    expect(asker(rel)('How much did Korea commit to Fiji\'s reconstruction at the Suva conference?')).toBe('US$ 3 million');
  });
});

describe('the amount of what is named, and the year of a run', () => {
  const rel = parseReleaseText(page('Korea Ships Wheat Flour Through the WFP', '2025-05-20', [
    'The Ministry of Foreign Affairs held a ceremony at Incheon Port on May 19 to send off this year\'s wheat flour aid through the World Food Programme (WFP).',
    'This year marks the 5th year of Korea\'s flour aid, which began in 2021 when Korea joined the Food Assistance Convention.',
    'The annual amount was raised from 20,000 tons to 40,000 tons in 2024.',
    'Recipient countries: Haiti, Chad, Niger, Syria and Yemen',
  ]), { id: 'test-run-year' });
  const quake = parseReleaseText(page('Korea Provides Humanitarian Aid After Earthquake in Western Asia', '2025-03-02', [
    'A magnitude 7.2 earthquake struck the border region of Iran and Iraq on February 27, killing more than 900 people.',
    'In response, the Korean government has decided to provide US$3 million in humanitarian assistance to Iran and US$1.5 million to Syria.',
  ]), { id: 'test-amount-named' });

  it('asks the amount of the aid named, not any amount', () => {
    const engine = createEngine({ index: buildFactIndex([rel, quake]) });
    const r = engine.ask('ROK quake aid to syria amount');
    expect(r.kind === 'answer' ? r.answer : null).toBe('US$1.5 million');
  });

  it('reads "which year of X is 2025" as the place of the year in the run', () => {
    expect(analyzeQuestion('which year of korea\'s flour aid program is 2025').type).toBe('ordinal');
    expect(asker(rel)('which year of korea\'s flour aid program is 2025')).toBe('5th');
  });
});

describe('a figure shared by several countries, and an act the release does not state', () => {
  const rel = parseReleaseText(page('Korea Ships Rice Aid Through WFP', '2025-06-03', [
    'The Ministry of Foreign Affairs held a ceremony at Gunsan Port on June 2 to launch this year\'s food aid, under which the Korean government will provide 80,000 tons of Korean rice to 9 countries through the World Food Programme (WFP).',
    'Recipient countries: Haiti, Chad, Niger, Laos, Nepal, Sudan, Yemen, Syria and Malawi',
    'The first consignment of 6,000 tons, bound for Chad, will set sail on June 9.',
  ]), { id: 'test-shared-figure' });
  const waiver = parseReleaseText(page('Partial Suspension of the Korea-Ruritania Visa Waiver Agreement', '2025-07-15', [
    'The Government of the Republic of Korea has decided to suspend in part the Agreement on the Waiver of Visa Requirements with Ruritania, owing to a sharp rise in the number of Ruritanian nationals overstaying.',
    'From August 1, Ruritanian ordinary passport holders will need to obtain a visa from a Korean diplomatic mission before travelling to the ROK.',
  ]), { id: 'test-act-unstated' });

  it('does not give one country the figure of all of them', () => {
    expect(asker(rel)('How many tons of Korean rice will Nepal get via WFP in 2025?')).toBeNull();
    expect(asker(rel)('how many tons of rice will chad get in the first consignment')).toBe('6,000 tons');
  });

  it('does not date a restoring the release does not state', () => {
    expect(asker(waiver)('When did Seoul restore visa-free entry for Ruritanian ordinary passport holders?')).toBeNull();
  });
});

describe('an agreement that starts, becomes effective, and a warning withdrawn', () => {
  const rel = parseReleaseText(page('Korea-Uruguay Social Security Agreement to Enter into Force', '2025-11-20', [
    'The Agreement on Social Security between the Republic of Korea and the Oriental Republic of Uruguay will enter into force on February 1, 2026.',
    'The Agreement was signed in Montevideo on May 9, 2024, by the Ambassador of the Republic of Korea to Uruguay and the Uruguayan Minister of Labour.',
    'The working holiday agreement between the two countries was signed in Seoul in March 2011 and has been in force since October 1, 2011.',
  ]), { id: 'test-agreement-start' });
  const card = parseReleaseText(page('8th Korea-EU Working Group on Illegal Fishing', '2025-09-30', [
    'The 8th ROK-EU Working Group on Illegal Fishing was held in Brussels, Belgium, on September 29.',
    'The two sides noted that cooperation against illegal fishing has deepened since the EU lifted, in May 2016, the "red card" warning it had issued to the ROK in June 2014.',
  ]), { id: 'test-withdrawn' });

  it('dates the start of an agreement by its entry into force', () => {
    expect(analyzeQuestion('korea uruguay social security pact start date').events).toContain('in_force');
    expect(asker(rel)('korea uruguay social security pact start date')).toBe('February 1, 2026');
  });

  it('reads "become effective" as the entry into force', () => {
    expect(asker(rel)('When did the working holiday agreement between Seoul and Montevideo become effective?')).toBe('October 1, 2011');
  });

  it('reads a warning withdrawn as one lifted', () => {
    expect(asker(card)('When did Brussels withdraw the red card it gave Korea?')).toBe('May 2016');
  });
});

describe('an office is no person, and who chaired after the office', () => {
  const rel = parseReleaseText(page('Korea Attends the Antarctic Treaty Meeting in Kochi', '2025-05-30', [
    'On the margins of the meeting, Director-General Park held bilateral talks with Minister Plenipotentiary Andrea Conti, head of the Italian delegation, and with Secretary Anil Rao of India\'s Ministry of Ocean Development, who chaired the meeting.',
  ]), { id: 'test-office-chair' });

  it('does not read the field of a ministry as a person, and gives the chair named before the office', () => {
    const text = 'and with Secretary Anil Rao of India\'s Ministry of Ocean Development, who chaired the meeting.';
    expect(findPeople(text).map((p) => p.name)).toEqual(['Anil Rao']);
    expect(findPeople('talks with Minister Plenipotentiary Andrea Conti, head of the Italian delegation').map((p) => [p.name, p.title])).toEqual([['Andrea Conti', 'Minister Plenipotentiary']]);
    expect(asker(rel)('who chaired the antarctic treaty meeting in kochi')).toBe('Anil Rao');
  });
});

describe('a place in a clause about another thing', () => {
  const rel = parseReleaseText(page('Korea to Host the Fifth Session of the Plastics Treaty Talks', '2025-10-02', [
    'The Republic of Korea will host the fifth session of the Intergovernmental Negotiating Committee on Ocean Noise (INC-5) to develop an international legally binding instrument on ocean noise, including noise from shipping and seabed mining, at the Songdo Convensia in Incheon from November 25 to December 1, 2025.',
    'INC-5 is meant to be the final round of negotiations under resolution 5/9, which the resumed fifth session of the UN Environment Assembly (UNEA-5.2) adopted in Nairobi in March 2023 and which called for the talks to be completed by the end of 2025.',
  ]), { id: 'test-which-place' });

  it('does not place the thing asked where another thing named in a "which" clause was done', () => {
    expect(asker(rel)('INC-5 venue')).toMatch(/Incheon/);
  });
});

describe('whose office, and who from the ministry', () => {
  const rel = parseReleaseText(page('Second Korea-Canada Clean Hydrogen Forum Held in Calgary', '2025-09-09', [
    'The 2nd Korea-Canada Clean Hydrogen Partnership Forum was held on September 8 in Calgary.',
    'Ambassador for Energy Security Han Min-su of the Ministry of Foreign Affairs and Laura Bennett, Assistant Deputy Minister at Canada\'s Department of Natural Resources, co-chaired the Forum.',
  ]), { id: 'test-whose-office' });
  const signing = parseReleaseText(page('Vice Minister Attends Reactor Contract Signing in Prague', '2025-06-05', [
    'First Vice Minister of Foreign Affairs Seo Jung-ho attended a ceremony in Prague on June 4 at which the two utilities signed the contract for two reactors.',
    'The ceremony was also attended by Pavel Novak, the Czech Deputy Minister of Industry and Trade, and the Ambassador of the Republic of Korea to the Czech Republic.',
  ]), { id: 'test-from-mofa' });

  it('reads a country\'s own office after "at" as the person\'s', () => {
    const people = findPeople('Laura Bennett, Assistant Deputy Minister at Canada\'s Department of Natural Resources, co-chaired the Forum.');
    expect(people.find((p) => p.name === 'Laura Bennett')?.country).toBe('CAN');
    expect(asker(rel)('Korean co-chair of the Calgary hydrogen forum?')).toBe('Han Min-su');
  });

  it('reads "who from MOFA" as a Korean of the ministry', () => {
    expect(analyzeQuestion('who from MOFA was at the prague signing ceremony for the reactors').nationality).toBe('KOR');
    expect(asker(signing)('who from MOFA was at the prague signing ceremony for the reactors')).toBe('Seo Jung-ho');
  });
});

describe('figures by country in brackets, and a count of two kinds', () => {
  const rel = parseReleaseText(page('Vice Minister Hosts Dinner for UN Korean War Veterans', '2025-06-24', [
    'Second Vice Minister of Foreign Affairs hosted a dinner on June 23 in Seoul for 64 UN Korean War veterans and family members from 9 countries, the revisit group of this year.',
    'The revisit group is made up of 19 veterans and 45 family members. By country, Canada sent the largest contingent with 20 people, followed by Australia (11), Greece (9), Thailand (8) and Colombia (6).',
  ]), { id: 'test-bracket-figures' });

  it('gives the figure in brackets after the country asked', () => {
    expect(asker(rel)('number of greek participants in the june 2025 revisit group')).toBe('9');
  });

  it('counts both kinds asked, not one part of them', () => {
    expect(asker(rel)('how many vets + family members in the revisit group')).toBe('64');
  });
});

describe('a bare noun phrase of people counted', () => {
  it('reads "greek veterans at the revisit dinner" as a count', () => {
    expect(analyzeQuestion('greek veterans at the 2025 revisit dinner').type).toBe('number');
    expect(analyzeQuestion('filipino trainees in the 4th cyber program').type).toBe('number');
  });
});

describe('a country a sentence only compares with', () => {
  const rel = parseReleaseText(page('Korea Wins Contract for Two Reactors in Romania', '2025-10-20', [
    'Korea Hydro & Nuclear Power and the Romanian utility signed the contract for two reactors at Cernavoda in Bucharest on October 19.',
    'Worth about US$ 14.2 billion, the contract is the largest overseas nuclear power plant order won by Korean companies since the Barakah project in the United Arab Emirates.',
  ]), { id: 'test-compared-country' });

  it('does not read the fact as about the country it compares with', () => {
    expect(asker(rel)('how much is the romania nuclear deal worth')).toBe('about US$ 14.2 billion');
  });
});

describe('a verb after a figure, and a capital among the words counted', () => {
  const rel = parseReleaseText(page('Koreans Leave Israel by Land and Air', '2025-10-12', [
    'Of the roughly 410 Korean travelers who were in Israel when the fighting began, 260 crossed into Jordan through the Allenby crossing on October 10, and the rest left on commercial flights.',
  ]), { id: 'test-verb-after-figure' });
  const flight = parseReleaseText(page('Military Aircraft Brings Nationals Home from Libya', '2025-08-03', [
    'A military transport aircraft carrying nationals from Libya landed at Seoul Air Base on August 2.',
    'Evacuees: 65 Korean nationals, 11 of their Libyan family members and 3 Japanese nationals',
  ]), { id: 'test-capital-counted' });

  it('does not read the verb after a figure as what it counts', () => {
    expect(findNumbers('260 crossed into Jordan through the Allenby crossing')[0]?.unit).toBeUndefined();
    expect(asker(rel)('no. of korean tourists who crossed over into jordan at allenby')).toBe('260');
  });

  it('does not read the capital that acts as the nationality counted', () => {
    expect(asker(flight)('number of japanese Seoul flew out of libya')).toBe('3');
  });
});

describe('a cost is money, acts asked as done', () => {
  const rel = parseReleaseText(page('Korea and Viet Nam Sign MOU on Nuclear Power Cooperation', '2025-07-08', [
    'Under the MOU, KHNP will carry out a 12-month feasibility study on restarting the 900-megawatt Ninh Thuan plant, which was never completed.',
    'Under the 15-year agreement, PetroVietnam will supply 1.5 million tons per annum of LNG to Korea from 2027.',
    'At the meeting, the Minister announced the launch of the Korea-Viet Nam Solar Partnership, under which Korea will provide US$ 20 million in grants from 2025 to 2029 for solar plants in Da Nang and other cities.',
    'The first project under the Partnership, a 3-megawatt solar plant in Da Nang, broke ground in May 2025.',
  ]), { id: 'test-cost-money' });
  const evac = parseReleaseText(page('Government Plans Military Flight from Beirut', '2025-10-12', [
    'Three Korean nationals who were detained by militia on September 2 near Tripoli were released unharmed on October 11.',
    'The Government plans to send a KC-330 of the ROK Air Force to Beirut on October 15 to bring home about 150 Korean nationals who wish to leave.',
  ]), { id: 'test-done-asked' });

  it('answers a cost or a worth with money only', () => {
    expect(asker(rel)('how much will the ninh thuan feasibility study cost')).toBeNull();
    expect(asker(rel)('What\'s the contract value of the PetroVietnam LNG deal?')).toBeNull();
  });

  it('does not date a finishing the release does not state', () => {
    expect(asker(rel)('when was the da nang solar plant finished')).toBeNull();
  });

  it('reads "the three freed nationals" as who, not as the act asked', () => {
    expect(asker(evac)('When did the three freed nationals from the Tripoli detention arrive back in Korea?')).toBeNull();
  });

  it('does not count a movement asked as done by a plan', () => {
    expect(asker(evac)('How many people were actually evacuated from Beirut on the KC-330?')).toBeNull();
  });
});

describe('a secretary\'s portfolio, however spelled, and a visit only planned', () => {
  const rel = parseReleaseText(page('Korea and Indonesia Sign Nuclear Energy MOU', '2025-03-20', [
    'Foreign Minister Cho and Indonesian Secretary of Foreign Affairs Dewi Santoso signed the MOU on nuclear energy cooperation in Jakarta on March 19.',
    'Secretary Santoso said the Indonesian government aims to bring 1,000 MW of nuclear capacity online by 2035, as set out in the energy plan of the Ministry of Energy and Mineral Resources.',
    'The ceremony was also attended by Secretary of National Defense Bambang Wirawan.',
    'On the sidelines, Minister Cho met the Malaysian Minister of Defense, Ahmad Karim, who was visiting Jakarta.',
    'The Ministry of Patriots and Veterans Affairs plans to invite 25 Indonesian officials to Korea in November under the exchange program.',
  ]), { id: 'test-secretary-portfolio' });

  it('does not give a foreign secretary for the energy secretary asked', () => {
    expect(asker(rel)('Which Indonesian energy secretary signed the nuclear MOU with Korea?')).toBeNull();
  });

  it('matches a defence portfolio spelled either way', () => {
    expect(asker(rel)('indonesian defence secretary at the jakarta ceremony')).toBe('Bambang Wirawan');
    expect(asker(rel)('malaysian defence minister at the jakarta ceremony')).toBe('Ahmad Karim');
  });

  it('does not count those who came by an invitation only planned', () => {
    expect(asker(rel)('how many indonesian officials came to korea on the november 2025 exchange trip')).toBeNull();
  });
});

describe('a rank is no ordinal, a cabinet secretary\'s portfolio, and the city of a meeting', () => {
  const forum = parseReleaseText(page('Korea and Canada Hold 2nd Critical Minerals Forum in Ottawa', '2025-05-16', [
    'The 2nd Korea-Canada Critical Minerals Forum was held on May 15 in Ottawa.',
    'Ambassador for Economic Security Yoon Ji-ho of the Ministry of Foreign Affairs and Claire Martin, First Assistant Secretary at Canada\'s Department of Natural Resources, co-chaired the Forum.',
  ]), { id: 'test-rank-ordinal' });
  const ministerial = parseReleaseText(page('Seoul Hosts Ministerial Conference on Digital Inclusion', '2025-05-21', [
    'The Seoul AI Ministerial Conference was co-chaired by the Minister of Foreign Affairs of the Republic of Korea and H.E. Ms. Grace Wanjiru, Cabinet Secretary for Foreign and Diaspora Affairs of Kenya.',
    'Kenya\'s Ministry of Information, Communications and the Digital Economy presented its ICT and AI strategy at the ministerial.',
  ]), { id: 'test-cabinet-secretary' });
  const phnomPenh = parseReleaseText(page('23rd ASEAN-ROK Foreign Ministers\' Meeting Held in Phnom Penh', '2022-08-05', [
    'Minister Park attended the 23rd ASEAN-ROK Foreign Ministers\' Meeting in Phnom Penh on August 4.',
    'Also present were the foreign ministers of Cambodia, Thailand, Viet Nam and Myanmar, and H.E. Mr. Khamphao Ernthavanh, Minister of Foreign Affairs of the Lao PDR.',
  ]), { id: 'test-venue-city' });

  it('does not read "First Assistant Secretary" as the first meeting', () => {
    expect(asker(forum)('who co-chaired the 1st korea-canada critical minerals forum in seoul')).toBeNull();
  });

  it('reads the portfolio before "cabinet secretary"', () => {
    expect(asker(ministerial)('name of kenya\'s ICT cabinet secretary at the Seoul AI ministerial')).toBeNull();
  });

  it('does not answer of a meeting in a city the release never names', () => {
    expect(asker(phnomPenh)('who was the Lao FM at the vientiane ASEAN-ROK foreign ministers mtg?')).toBeNull();
  });
});

describe('the amount a release sets out as a labelled line', () => {
  const rel = parseReleaseText(page('Korea and the IDB Set Up a Fund for Women Entrepreneurs', '2025-03-12', [
    'The Government of the Republic of Korea and the Inter-American Development Bank (IDB) signed an agreement on March 11 in Seoul to establish the Korea-LAC Women Entrepreneurs Fund (K-LWEF).\n° Amount: US$ 12 million\n° Period: 2025-2029',
    'The fund is expected to help women entrepreneurs obtain about US$ 90 million in loans over its lifetime.',
    'He pointed out that the ROK contributed US$ 6.1 million to the IDB\'s gender programmes in 2024, ranking 9th among all donors.',
  ]), { id: 'test-amount-label' });

  it('gives the labelled amount of the fund asked', () => {
    expect(asker(rel)('korea idb women entrepreneurs fund - how big')).toBe('US$ 12 million');
    expect(asker(rel)('how much is the ROK putting into the IDB women entrepreneurs fund')).toBe('US$ 12 million');
  });
});

describe('a bloc is not the wider region around it', () => {
  const rel = parseReleaseText(page('7th Korea-CELAC Troika Foreign Ministers\' Meeting Held in New York', '2025-09-26', [
    'Minister Han noted that trade between the ROK and Latin America and the Caribbean reached US$ 51.3 billion in 2024.',
    'Noting that the Caribbean is among the regions most exposed to climate change, the Korean side said the ROK will raise its annual contribution to the Korea-CARICOM Cooperation Fund to US$ 2 million from 2026.',
  ]), { id: 'test-bloc-region' });

  it('does not give the trade of a whole region for the bloc asked, but lets its own region stand for it', () => {
    expect(asker(rel)('korea caricom trade volume 2024')).toBeNull();
    expect(asker(rel)('new yearly ROK contribution to the caricom fund from 2026')).toBe('US$ 2 million');
  });
});

describe('a figure of another kind in the same sentence', () => {
  const rel = parseReleaseText(page('Korea-Africa Foreign Ministers\' Meeting Held', '2025-06-10', [
    'Minister Han noted that trade between the ROK and Africa hit a record US$ 25.1 billion in 2023 before easing to US$ 23.4 billion in 2024, and that the ROK\'s official development assistance (ODA) to the region amounted to US$ 780 million in 2024.',
  ]), { id: 'test-other-kind' });

  it('gives the trade figure of the year asked, not the aid figure of that year', () => {
    expect(asker(rel)('korea-africa trade in 2024?')).toBe('US$ 23.4 billion');
  });
});

describe('a region asked is not a bloc of another region', () => {
  const rel = parseReleaseText(page('11th Korea-SICA Dialogue Held in Tegucigalpa', '2025-03-15', [
    'This was the first Korea-SICA Dialogue since the 4th Korea-SICA Foreign Ministers\' Meeting in Seoul in October 2023, at which the two sides adopted an action plan.',
    'The Korean side also briefed the participants on its cooperation with the Caribbean region.',
  ]), { id: 'test-region-bloc' });

  it('does not date a meeting of the region asked by the meeting of another region\'s bloc', () => {
    expect(asker(rel)('When was the 4th Korea-Caribbean Dialogue held?')).toBeNull();
    expect(asker(rel)('When was the 4th Korea-SICA Foreign Ministers\' Meeting held?')).toBe('October 2023');
  });
});

describe('a sum before a colon', () => {
  it('keeps the scale of a sum a colon follows', () => {
    expect(findNumbers('projects worth a total of US$ 2.4 million: a school, a clinic and a road')[0]?.text).toBe('a total of US$ 2.4 million');
    expect(findNumbers('the meeting opened at 10:30 a.m.')).toEqual([]);
  });
});

describe('"yr" is a year', () => {
  const rel = parseReleaseText(page('Korea Marks UN Forces Participation Day', '2025-07-27', [
    'The Government designated July 27 as UN Forces Participation Day in 2013, the year of the 60th anniversary of the Armistice.',
    'President Lee announced that the ROK will expand its grant aid to Ethiopia to US$ 45 million over the next three years through KOICA.',
  ]), { id: 'test-yr' });

  it('reads "what yr" as a year asked, and a span of years before "how much" as no date asked', () => {
    expect(asker(rel)('what yr was UN Forces Participation Day designated')).toBe('2013');
    expect(analyzeQuestion('KOICA grant to Ethiopia over next 3 yrs, how much?').type).toBe('number');
  });
});

describe('the oldest of people, and which neighbourhood', () => {
  const rel = parseReleaseText(page('Korea Hands Over Homes to Veterans in Bogotá', '2025-08-12', [
    'The Government of the Republic of Korea handed over 30 newly built housing units to Colombian veterans of the Korean War and their families at a ceremony held on August 11 in the Santa Fe neighborhood of Bogotá.',
    'The oldest member of the group of veterans is Captain Luis Herrera, 97, who fought at the Battle of Old Baldy.',
  ]), { id: 'test-oldest' });

  it('reads "oldest vet" as a person asked', () => {
    expect(analyzeQuestion('oldest vet on the 2025 revisit trip?').type).toBe('who');
    expect(asker(rel)('oldest vet among the veterans in bogota?')).toBe('Luis Herrera');
  });

  it('reads "which neighborhood" as a place asked', () => {
    expect(analyzeQuestion('Which neighborhood of Bogotá are the new veterans\' homes in?').type).toBe('where');
  });
});

describe('a place asked that the release names only in a plan, by its capital', () => {
  const rel = parseReleaseText(page('King Sejong Institutes Open in Accra and Lima', '2025-06-16', [
    'The King Sejong Institute Accra was opened on June 13 at the University of Ghana, becoming the fifth King Sejong Institute in West Africa.',
    'It is the second King Sejong Institute in the Peruvian capital, following the King Sejong Institute Lima, which opened in 2017.',
    'An institute in Dakar, Senegal, is also among those designated and is scheduled to open in the second half of the year.',
  ]), { id: 'test-planned-capital' });
  const week = parseReleaseText(page('Korea Public Diplomacy Week Held in Lima', '2025-09-26', [
    'The Embassy held "Korea Public Diplomacy Week 2025" in Lima from September 19 to 25 under the theme "Friends for 60 Years: Together Toward the Next 60."',
    '"Seoul Inca," a team from Cusco, won the grand prize in the cover dance contest.',
  ]), { id: 'test-theme-no-plan' });

  it('does not date an opening in a capital the release names only in a plan', () => {
    expect(asker(rel)('When did the King Sejong Institute in Dakar open its doors?')).toBeNull();
  });

  it('does not read the words of a quoted theme as a plan', () => {
    expect(asker(week)('which team took the grand prize in the cover dance contest in lima?')).toBe('Seoul Inca');
  });
});

describe('a signer asked for a body named by its initials before the title', () => {
  const rel = parseReleaseText(page('Korea and Regional Bank Set Up US$ 10 Million Fund for Young Farmers', '2024-07-02', [
    'The Government of the Republic of Korea and the Islamic Development Bank (IsDB) signed an agreement on July 1 in Seoul to establish the Korea-IsDB Young Farmers Fund (K-YFF). The agreement was signed by First Vice Minister of Foreign Affairs Park Dong-min and IsDB Vice President for Agriculture, Human and Social Development Amara Bello Diallo on the sidelines of the 2024 Seoul Food Forum, which took place in Seoul on July 1 and 2.',
  ]), { id: 'test-body-signer' });

  it('answers with the signer whose title the initials lead, not the Korean co-signer', () => {
    expect(asker(rel)('who signed the K-YFF agreement for the IsDB')).toBe('Amara Bello Diallo');
  });
});

describe('a day asked is not told by a year or half a year', () => {
  const rel = parseReleaseText(page('Korea and the Andean Community Hold First Ministerial', '2025-03-20', [
    'Minister of Foreign Affairs Lee Jae-won co-chaired the 1st Korea-Andean Community Ministerial Meeting with Bolivian Foreign Minister Rosa Quispe in Seoul on March 19.',
    'The two sides agreed to hold the 2nd Ministerial Meeting in La Paz in 2026, and the next Senior Officials\' Meeting in the second half of 2025.',
  ]), { id: 'test-day-asked' });

  it('abstains on "what date" and "exact dates" where only a year or half year is given', () => {
    const ask = asker(rel);
    expect(ask('what date is the 2nd korea-andean ministerial in la paz')).toBeNull();
    expect(ask('what are the exact dates of the next andean senior officials meeting')).toBeNull();
    expect(ask('what date was the 1st korea-andean ministerial')).toBe('March 19');
  });

  it('reads "what are the dates of" as a date asked', () => {
    expect(analyzeQuestion("What are the dates of the Qatari Amir's visit to Korea in 2024?").type).toBe('when');
  });

  it('reads "what\'s the date of" as a day asked', () => {
    expect(analyzeQuestion("what's the exact date of the korea-kenya business forum in march?").type).toBe('when');
    expect(asker(rel)("what's the date for the 2nd korea-andean ministerial in la paz?")).toBeNull();
  });
});

describe('an investment asked is money', () => {
  const rel = parseReleaseText(page('Korean Consortium Wins Green Ammonia Block in Namibia', '2024-06-10', [
    'The two sides welcomed the award on June 6 of a green ammonia block in the Kunene region to a consortium led by Korean companies.',
    'The project is expected to produce 300,000 tonnes of green ammonia a year from 2031, using some 4 gigawatts of solar and wind power.',
  ]), { id: 'test-investment-money' });

  it('does not answer "how much investment" with tonnes or gigawatts', () => {
    expect(asker(rel)('how much investment is the kunene green ammonia project expected to need?')).toBeNull();
    expect(asker(rel)('how much green ammonia will the kunene project produce a year?')).toBe('300,000 tonnes');
  });
});

describe('negotiations launched, then a text finalized by the parties', () => {
  const rel = parseReleaseText(page('Korea and Ecuador Sign Social Security Agreement', '2016-07-01', [
    'The two countries launched negotiations in March 2014 and finalized the text at the fourth round of talks, held in Quito in May 2016.',
  ]), { id: 'test-launch-finalize' });

  it('dates the launch of the negotiations, not reading "negotiations … and finalized" as their conclusion', () => {
    expect(asker(rel)('when did korea and ecuador launch the negotiations')).toBe('March 2014');
  });
});

describe('a legislature signing off, and an agreement "on" a date', () => {
  const rel = parseReleaseText(page('Korea-Peru Social Security Agreement Enters into Force', '2018-08-01', [
    'Signing: Lima, November 4, 2016, by Vice Minister Cho Hyun-woo and Peruvian Vice Minister Hugo de Zela',
    'Approval by the Peruvian Congress: April 25, 2017',
    'The National Assembly gave its consent to ratification on December 22, 2017, and the Peruvian Cabinet approved the Agreement on November 14, 2017.',
  ]), { id: 'test-senate-sign-off' });

  it('reads "the congress signed off on" as its approval, not a signing', () => {
    expect(asker(rel)('when did the peruvian congress sign off on the SSA')).toBe('April 25, 2017');
  });

  it('does not take "the Agreement on November 14" for an agreement on another topic', () => {
    expect(asker(rel)('When did the National Assembly consent to ratification of the Korea-Peru social security agreement?')).toBe('December 22, 2017');
  });
});

describe('a record of labelled lines', () => {
  const rel = parseReleaseText([
    'Press Releases', '', 'Jeonbuk Trade Mission Visits Indonesia', '', 'Date', '2018-10-12', 'hit', '12', '',
    '1. A trade mission led by the Governor of Jeollabuk-do visited Jakarta and Surabaya from October 8 to 11.', '',
    '2. Overview of the main event', '',
    '° Event: 2018 Jeonbuk-Indonesia Export Consultation Fair',
    '° Dates: October 9-10, 2018',
    '° Venue: Hotel Mulia Senayan, Jakarta',
    '° Results: export contracts worth US$ 12.4 million signed on site; export consultations worth some US$ 51 million', '',
    '3. The Governor also met the Governor of East Java in Surabaya on October 11.',
  ].join('\n'), { id: 'test-record-lines' });

  it('reads each labelled line as speaking of the thing the record names', () => {
    expect(asker(rel)('how much in export contracts did jeonbuk firms sign on site at the export consultation fair')).toBe('US$ 12.4 million');
  });

  it('gives the place of a "Venue:" line to a venue asked', () => {
    expect(asker(rel)('venue of the jeonbuk export consultation fair in jakarta?')).toBe('Hotel Mulia Senayan, Jakarta');
  });
});

describe('a year asked, said as "last year"', () => {
  const rel = parseReleaseText(page('Speaker of the Chilean Chamber of Deputies Visits Korea', '2015-05-20', [
    'Minister Yun noted that bilateral trade had reached some US$ 6.1 billion last year, thanks in part to the Korea-Chile Free Trade Agreement, which entered into force in April 2004.',
  ]), { id: 'test-last-year' });

  it('counts "last year" as the year before the release', () => {
    expect(asker(rel)('How much was ROK-Chile bilateral trade in 2014?')).toBe('some US$ 6.1 billion');
    expect(asker(rel)('How much was ROK-Chile bilateral trade in 2012?')).toBeNull();
  });
});

describe('a title whose field is joined by "and" before the name', () => {
  it('keeps dictionary words after the title\'s "and" in the title, not the name', () => {
    const found = findPeople("Senegal's Minister of Environment and Ecological Transition Ousmane Ndiaye met Minister of Water and Sanitation Amara Bello Diallo.");
    expect(found.map((p) => p.name)).toEqual(['Ousmane Ndiaye', 'Amara Bello Diallo']);
    expect(found[1]!.title).toBe('Minister of Water and Sanitation');
  });

  it('does not read a list\'s "and" as a title\'s', () => {
    const found = findPeople('The Agreement was signed by Kwon Tae-ho, Ambassador of the Republic of Korea to Kenya, and Joseph Kiprono Tanui, Cabinet Secretary for Roads and Transport of Kenya.');
    expect(found.map((p) => p.name)).toContain('Joseph Kiprono Tanui');
  });
});

describe('who led or represented a side', () => {
  const plenary = parseReleaseText([
    'Press Releases', '', 'Korea Attends the Australia Group Plenary', '', 'Date', '2018-06-12', 'hit', '12', '',
    '1. The ROK took part in the annual Plenary Meeting of the Australia Group, held in Paris from June 4 to 8.', '',
    '° Head of ROK delegation: Ambassador Noh Jae-won, Deputy Minister for Nonproliferation',
    '° Participants: 43 member states and the European Union', '',
    '2. Counsellor Seo Hye-rin of the Permanent Mission of the ROK in Paris will serve as Chair of the Australia Group\'s Implementation Team, which is expected to meet in Paris in 2019.', '',
    '3. Deputy Minister for Multilateral and Global Affairs Ham Dong-soo and UNHCR Assistant High Commissioner for Operations Ramón Ortega Salinas held the 4th Strategic Dialogue between the Republic of Korea and the Office of the United Nations High Commissioner for Refugees (UNHCR) in Seoul on June 20.',
  ].join('\n'), { id: 'test-head-line' });
  const reception = parseReleaseText(page('Reception Marks 50 Years of Korea-Malaysia Ties', '2010-02-25', [
    'A reception celebrating the 50th anniversary of the establishment of diplomatic relations was held at the Shangri-La Hotel in Kuala Lumpur on February 24.',
    'Special Envoy Yoo Myung-hwan, a former Minister of Foreign Affairs, attended on behalf of the Korean government, and Malaysian Deputy Foreign Minister Siti Aminah Abdullah attended on behalf of the Malaysian government.',
    'Some 600 guests took part in the reception in Kuala Lumpur, including Korean Ambassador to Malaysia Bae Joon-ho and representatives of Korean companies.',
  ]), { id: 'test-on-behalf' });

  it('reads a "Head of delegation:" line as naming the one who led', () => {
    expect(asker(plenary)('Who led the ROK delegation at the Australia Group plenary?')).toBe('Noh Jae-won');
  });

  it('reads the body\'s initials before a long title as the side asked', () => {
    expect(asker(plenary)('Who led the UNHCR side at the 4th ROK–UNHCR strategic dialogue?')).toBe('Ramón Ortega Salinas');
  });

  it('reads "attended on behalf of the Korean government" as representing it', () => {
    expect(asker(reception)('Who represented the Korean government at the Kuala Lumpur reception?')).toBe('Yoo Myung-hwan');
  });
});

describe('a cap, a count of arrivals, and an official name', () => {
  const rel = parseReleaseText(page('Korea and Ecuador Sign Working Holiday Agreement', '2018-04-10', [
    'Minister Kang and Ecuadorian Foreign Minister María Espinosa signed the Working Holiday Agreement at the Ecuadorian Ministry of Foreign Affairs (Carondelet Palace) in Quito on April 9.',
    'Under the agreement, up to 300 young people from each country will be able to stay for up to one year every year.',
    'Ecuadorian arrivals to Korea reached 8,400 in 2017, up from 6,100 in 2016.',
  ]), { id: 'test-cap-arrivals' });

  it('reads a cap or quota asked as a figure', () => {
    expect(analyzeQuestion("What's the yearly cap on working holiday visas under the ROK-Ecuador deal?").type).toBe('number');
    expect(asker(rel)("What's the yearly cap on working holiday visas under the ROK-Ecuador deal?")).toBe('up to 300');
  });

  it('reads a bare phrase of arrivals as a count', () => {
    expect(analyzeQuestion('ecuadorian arrivals to korea in 2017?').type).toBe('number');
    expect(asker(rel)('ecuadorian arrivals to korea in 2017?')).toBe('8,400');
  });

  it('does not read "official" before "name" as a person asked', () => {
    expect(analyzeQuestion("whats the full official name of the working holiday agreement?").type).toBe('thing');
  });
});

describe('a place told by its distance from another', () => {
  const rel = parseReleaseText(page('MOFA Protests Ramming of Coast Guard Boat', '2021-09-15', [
    'The Ministry of Foreign Affairs summoned Counselor Li Wei of the Chinese Embassy in Seoul on September 14 and lodged a strong protest over an incident on September 13 in which a Chinese fishing vessel rammed a Korea Coast Guard boat about 70 km southwest of Gageo Island in the Yellow Sea.',
  ]), { id: 'test-distance-place' });

  it('answers "where exactly" with the distance and the place it is measured from', () => {
    expect(asker(rel)('where exactly did the ramming incident happen')).toBe('about 70 km southwest of Gageo Island');
  });
});

describe('a table read row by row', () => {
  const rel = parseReleaseText([
    'Press Releases', '', 'Korea and Peru Sign Working Holiday Agreement', '', 'Date', '2019-05-10', 'hit', '12', '',
    '1. Visits between the two countries have grown steadily:', '',
    'Year / Koreans visiting Peru / Peruvians visiting Korea',
    '2016 / 21,200 / 7,900',
    '2017 / 23,500 / 9,400',
    '2018 / 25,800 / 11,700', '',
    '2. The new honorary consuls are:', '',
    '- Chile / Valparaíso / Mr. Andrés Soto Vidal / Shipping executive',
    '- Italy / Genoa / Ms. Chiara Bertoni / Maritime lawyer',
  ].join('\n'), { id: 'test-table-rows' });

  it('reads each figure of a row with its column\'s header', () => {
    expect(asker(rel)('how many peruvians visited korea in 2017')).toBe('9,400');
    expect(asker(rel)('how many koreans visited peru in 2018')).toBe('25,800');
  });

  it('does not take a list of words for a table\'s header', () => {
    expect(asker(rel)('who is the new honorary consul in genoa')).toBe('Chiara Bertoni');
  });
});

describe('a date that only repeats the question', () => {
  const rel = parseReleaseText(page('Minister Hosts New Year Reception for the Diplomatic Corps', '2017-01-12', [
    'He announced that the Ministry would hold a special briefing session on the PyeongChang Games for the diplomatic corps in March, together with the Organizing Committee.',
  ]), { id: 'test-date-repeats' });

  it('abstains rather than answer "what date in march" with "March"', () => {
    expect(asker(rel)('what date in march is the pyeongchang briefing for the diplomatic corps?')).toBeNull();
    expect(asker(rel)('when is the pyeongchang briefing for the diplomatic corps?')).toBe('March');
  });
});

describe('a lead that numbers the meeting before', () => {
  const rel = parseReleaseText([
    'Press Releases', '', 'Korea and Japan Hold 5th Meeting of the Joint Fisheries Commission', '', 'Date', '2024-03-12', 'hit', '12', '',
    '1. The 5th meeting of the Korea-Japan Joint Fisheries Commission was held in Seoul on March 11.', '',
    '2. The meeting followed the 4th meeting held in Tokyo in September 2023, the first in a decade.', '',
    '° Director-General Oh Min-ji stressed that the commission had served as a stable framework for fisheries between the two countries.',
  ].join('\n'), { id: 'test-lead-before' });

  it('does not give a sentence under "followed the 4th meeting" to a question about the 4th', () => {
    expect(asker(rel)('Who spoke for korea at the 4th korea-japan fisheries commission meeting in Tokyo?')).toBeNull();
  });
});

describe('an act of one day within the days of a visit', () => {
  const rel = parseReleaseText(page('Special Representative Visits Moscow', '2018-06-20', [
    'Special Representative for Korean Peninsula Peace and Security Affairs Lee Do-hoon visited Moscow from June 17 to 19 and held talks on June 18 with Igor Morgunov, Russian Ambassador-at-Large.',
    'Deputy Minister Park Min-soo visited Bucharest from July 8 to 10 and attended the signing ceremony for the howitzer contract, held at the Ministry of National Defence on July 9.',
  ]), { id: 'test-point-act' });

  it('dates the talks or the signing, not the visit', () => {
    const ask = asker(rel);
    expect(ask('when did lee do-hoon and his russian counterpart hold talks in moscow')).toBe('June 18');
    expect(ask('what day was the howitzer contract signed')).toBe('July 9');
    expect(ask('when did lee do-hoon visit moscow')).toBe('June 17 to 19');
    expect(ask('when did lee do-hoon sit down with morgunov in moscow')).toBe('June 18');
  });
});

describe('plain labelled lines after a lead that ends in a colon', () => {
  const rel = parseReleaseText([
    'Press Releases', '', 'Korea and Estonia Sign Howitzer Contract', '', 'Date', '2023-07-11', 'hit', '12', '',
    '1. Vice Minister Lee Ji-hoon visited Estonia from July 8 to 10 and attended the signing ceremony for the contract, held in Tallinn on July 9. The contract was signed by Hanwha Aerospace and the Estonian Centre for Defence Investment in the presence of the Estonian Minister of Defence.', '',
    '2. The main points of the contract are as follows:', '',
    'Items: K9 self-propelled howitzers and K10 ammunition resupply vehicles',
    'Quantity: 24 K9 howitzers and 12 K10 vehicles',
    'Amount: approximately US$ 400 million (about EUR 370 million)',
    'Delivery: the first 6 howitzers by the end of 2025', '',
    '3. It is the first contract for Korean land weapon systems to be signed by Estonia.',
  ].join('\n'), { id: 'test-plain-list' });

  it('reads each line with the lead and the list\'s first line, and "value" as the amount', () => {
    expect(asker(rel)('value of the estonian howitzer contract?')).toBe('approximately US$ 400 million');
  });
});

describe('a phase asked by number, and the bank asked by its short name', () => {
  const rel = parseReleaseText(page('Bishkek ITS Phase 2 Completed', '2022-06-21', [
    'A ceremony marking the completion of the second phase of the Bishkek Intelligent Transport System (ITS) Project, funded by a grant from KOICA, was held on June 20 at the Bishkek City Hall.',
    'The Bishkek ITS Phase 2 installed adaptive signals at 120 intersections.',
    'The Export-Import Bank of Korea and the Government of Kyrgyzstan signed a loan agreement for the Bishkek Ring Road Project on November 8.',
  ]), { id: 'test-phase-number' });

  it('reads "phase 2" as "the second phase"', () => {
    expect(asker(rel)('when was the completion ceremony for bishkek ITS phase 2?')).toBe('June 20');
  });

  it('reads "Korea Eximbank" as the Export-Import Bank of Korea', () => {
    expect(asker(rel)('When did Korea Eximbank and Kyrgyzstan sign the ring road loan?')).toBe('November 8');
  });
});

describe('the one an envoy handed something to', () => {
  const rel = parseReleaseText(page('Korea Provides Cholera Aid to Zambia', '2023-03-10', [
    'Ambassador of the Republic of Korea to Zambia Park Eun-ji conveyed the decision on March 9 in Lusaka to Zambia\'s Deputy Minister of Health Mary Tembo.',
  ]), { id: 'test-handed-to' });

  it('answers "who did our ambassador hand the decision to" with the one who received it', () => {
    expect(asker(rel)('who did our ambassador in lusaka hand the cholera aid decision to')).toBe('Mary Tembo');
  });
});

describe('a title\'s field after its "of"', () => {
  it('does not read "Military Production" after "Assistant Minister of" as a person', () => {
    const found = findPeople('Deputy Minister Jung Hae-won and Major General Tarek Abdel-Rahman, Assistant Minister of Military Production of Egypt, co-chaired the committee.');
    expect(found.map((p) => p.name)).toEqual(['Jung Hae-won', 'Tarek Abdel-Rahman']);
  });
});

describe('a figure asked by its noun after a possessive', () => {
  it('reads "what was Korea\'s ODA", "commitment", "exports" and "subscription" as figures', () => {
    expect(analyzeQuestion("What was Korea's ODA to the Indo-Pacific in 2024?").type).toBe('number');
    expect(analyzeQuestion('ADB climate finance commitment for 2019-2030?').type).toBe('number');
    expect(analyzeQuestion("what were korea's exports to the EU in 2018?").type).toBe('number');
  });

  it('reads "X dates for Y" as a date asked', () => {
    expect(analyzeQuestion('overseas voting dates for the 2022 presidential election?').type).toBe('when');
  });
});

describe('the one called in, and the ministry\'s own official', () => {
  const rel = parseReleaseText(page('Government Protests Claims in Diplomatic Bluebook', '2020-05-20', [
    'On the afternoon of May 19 at the Ministry of Foreign Affairs, Director-General for Northeast Asian Affairs Kim Jung-han called in Takeshi Nakamura, Minister and Deputy Chief of Mission of the Embassy of Japan in Seoul, and lodged a protest.',
  ]), { id: 'test-called-in' });

  it('answers "who was called in" with the one summoned, not the one who summoned', () => {
    expect(asker(rel)('Who was called in to MOFA over the 2020 Bluebook claim?')).toBe('Takeshi Nakamura');
    expect(asker(rel)('who did seoul call in over the bluebook?')).toBe('Takeshi Nakamura');
  });

  it('reads "which MOFA DG" as a Korean official, though the question names Japan', () => {
    expect(analyzeQuestion('Which MOFA DG lodged the protest with the Japanese DCM?').nationality).toBe('KOR');
  });
});

describe('a meeting named by its initials and number, and a first opening', () => {
  const rel = parseReleaseText(page('Korea Hosts the 9th Trilateral Customs Heads Meeting', '2019-11-29', [
    'The 9th Trilateral Customs Heads Meeting (TCHM) among the Republic of Korea, China and Japan was held in Gyeongju on November 27 and 28.',
    'The three sides welcomed the outcome of the 13th TCHM, held in Sendai, Japan, in November 2025.',
    'The Delegation of the European Union to the Republic of Korea opened in Seoul in 1989 and was upgraded to a full Delegation in December 2009.',
  ]), { id: 'test-initials-number' });

  it('reads "TCHM 9" as the 9th TCHM, not the 13th', () => {
    expect(asker(rel)('where was TCHM 9 held')).toBe('Gyeongju');
  });

  it('dates a first opening by the sentence that says it opened', () => {
    expect(asker(rel)('what year did the EU delegation in seoul first open')).toBe('1989');
  });
});

describe('a sentence that names again the noun of the sentence before', () => {
  const rel = parseReleaseText([
    'Press Releases', '', 'Vice Minister Visits Zambia', '', 'Date', '2022-03-10', 'hit', '12', '',
    '1. Vice Minister Choi Jong-moon visited Zambia from March 8 to 10 and held talks with Zambian Minister of Finance Situmbeko Musokotwane.', '',
    '° Vice Minister Choi noted with satisfaction the progress of the Lusaka Commuter Rail Upgrading Project, for which the two governments signed an EDCF loan agreement of US$ 120 million in Lusaka in July 2019. The project will modernize the 12-km line between Lusaka Central Station and Chilenje, build five new stations and introduce electronic ticketing.',
  ].join('\n'), { id: 'test-named-again' });

  it('reads "The project will …" with the sentence that named the project', () => {
    expect(asker(rel)('How many new stations will the Lusaka commuter rail upgrade add?')).toBe('five');
  });
});

describe('a double taxation agreement asked as a DTA', () => {
  const rel = parseReleaseText([
    'Press Releases', '', 'Korea and Uruguay Sign Convention on Double Taxation', '', 'Date', '2024-05-10', 'hit', '12', '',
    '1. Minister Kim and Uruguayan Foreign Minister Ana Ferreira signed the Convention for the Elimination of Double Taxation with respect to Taxes on Income in Montevideo on May 9.', '',
    '2. The main contents of the Convention are as follows:', '',
    '- Dividends: 5% or 15%',
    '- Interest: 11%',
    '- Royalties: 10%',
  ].join('\n'), { id: 'test-dta' });

  it('reads DTA as the double taxation convention', () => {
    expect(asker(rel)('withholding rate on interest in the korea uruguay DTA?')).toBe('11%');
  });
});

describe('abbreviations with a possessive, and short forms users type', () => {
  const rel = parseReleaseText(page('Foreign Minister of Bhutan Visits Korea', '2024-05-17', [
    'Minister of Foreign Affairs and External Trade of Bhutan Lyonpo Tandi Dorji paid an official visit to Korea from May 13 to 16.',
    'Some 85 students are enrolled in the Korean studies program at Royal University of Bhutan.',
  ]), { id: 'test-fm-possessive' });

  it('reads "FM\'s" as the foreign minister, not a name the release must give', () => {
    expect(analyzeQuestion("dates of the bhutanese FM's seoul visit").names).not.toContain('fm');
    expect(asker(rel)("dates of the bhutanese FM's visit to korea")).toBe('May 13 to 16');
  });

  it('reads "uni" as university', () => {
    expect(asker(rel)('How many students are in the Korean studies program at Royal Uni of Bhutan?')).toBe('Some 85');
  });
});

describe('talks of one day dated by another sentence than the visit', () => {
  const rel = parseReleaseText(page('Foreign Minister Visits Hanoi', '2024-05-16', [
    'Foreign Minister Park Ji-hoon paid an official visit to Hanoi from May 13 to 15 at the invitation of Vietnamese Foreign Minister Bui Thanh Son. On May 14 the two ministers held talks at the Government Guesthouse for about two hours, including a working lunch hosted by Minister Bui.',
  ]), { id: 'test-one-day' });

  it('answers "what day did they sit down" with the day of the talks, not the days of the visit', () => {
    expect(asker(rel)('what day did park and bui thanh son actually sit down in hanoi?')).toBe('May 14');
  });
});

describe('country codes users type around Korea', () => {
  it('reads a two- or three-letter code joined to Korea on either side, and "kr" there as Korea ("kr-aus", "jp-kr", "KOR-PER")', () => {
    expect(findCountriesTyped('where was the 2nd kr-aus cyber dialogue held').map((c) => c.code)).toEqual(['KOR', 'AUS']);
    expect(findCountriesTyped('jp-kr summit venue').map((c) => c.code)).toEqual(['JPN', 'KOR']);
    expect(findCountriesTyped('when did the KOR-PER FTA take effect').map((c) => c.code)).toEqual(['KOR', 'PER']);
    expect(findCountriesTyped('CAN-KR 2+2').map((c) => c.code)).toEqual(['CAN', 'KOR']);
  });

  it('reads no code in an English word joined to Korea ("and-korea", "can-kr")', () => {
    expect(findCountriesTyped('a bridge and-korea').map((c) => c.code)).toEqual(['KOR']);
    expect(findCountriesTyped('can-kr ties').map((c) => c.code)).toEqual(['KOR']);
  });

  it('takes "KR" in "KR-EU" for Korea, not for the initials of a body the fact must name', () => {
    expect(analyzeQuestion('5th KR-EU cyber dialogue - where was it?').initialisms).toEqual([]);
    const rel = parseReleaseText(page('Korea-EU Cyber Dialogue Held', '2021-11-25', [
      'Ambassador Yoon Seong-deok and Marta Lindqvist, Deputy Managing Director of the European External Action Service (EEAS), co-chaired the 5th Korea-EU Cyber Dialogue in Brussels on November 24.',
      'This was the first dialogue in two years, following the 4th dialogue held in Seoul in September 2019.',
    ]), { id: 'test-kr-eu' });
    expect(asker(rel)('5th KR-EU cyber dialogue - where was it?')).toBe('Brussels');
  });
});

describe('the answer at the precision a close sentence gives it', () => {
  const rel = parseReleaseText(page('Korea-US Working Group on Supply Chains Meets', '2024-03-08', [
    'The Korea-US Supply Chain Working Group held its 3rd meeting in Texas to review the two countries\' cooperation on the resilience of supply chains. An overview of the meeting is as follows:\n\n° Date: June 27-28, 2023\n\n° Venue: Austin, Texas\n\n° Co-chairs: Ambassador Seo Hye-rin and Gregory Tanaka',
    'Its 1st meeting was held in Seoul in October 2022.',
  ]), { id: 'test-finer-place' });
  const arctic = [
    parseReleaseText(page('Vice Minister Visits Iceland', '2019-10-16', [
      'Vice Minister Seo introduced the ROK activities as an observer to the Arctic Council since 2013.',
    ]), { id: 'test-finer-year-a' }),
    parseReleaseText(page('ROK Delegation Attends Arctic Council Plenary Meeting', '2024-11-22', [
      'The ROK delegation attended the plenary meeting in Tromsø.\n\n※ The ROK was granted observer status in the Arctic Council at the 8th Ministerial Meeting held in Kiruna, Sweden, in May 2013, together with China and India.',
    ]), { id: 'test-finer-year-b' }),
  ];

  it('names the city a release gives for the region the best sentence names ("Texas" → "Austin, Texas")', () => {
    expect(asker(rel)('where did the 3rd supply chain WG meet?')).toBe('Austin, Texas');
  });

  it('gives the month a close sentence dates the year to ("2013" → "May 2013")', () => {
    const engine = createEngine({ index: buildFactIndex(arctic) });
    const r = engine.ask('when did korea become an arctic council observer');
    expect(r.kind === 'answer' ? r.answer : null).toBe('May 2013');
  });
});

describe('a sentence that numbers two meetings', () => {
  const rel = parseReleaseText(page('Vice Minister Holds Policy Consultation with Mexico', '2023-08-29', [
    'On the morning of August 28 in Mexico City, Vice Minister Oh and Mexican Undersecretary for Foreign Affairs Mariana Ocampo held the 11th Korea-Mexico Policy Consultation, the first in nearly four years since the 10th Consultation held in Seoul in November 2019.',
    'The 14th session of the Council is expected to take place in the first half of 2020, while the 10th session of the Assembly will be held in Seoul in October 2020.',
    'A delegation led by Director-General Park took part in the 46th Antarctic Treaty Consultative Meeting (ATCM) and the 26th meeting of the Committee for Environmental Protection (CEP), which were held in Kochi, India, from May 20 to 30.',
  ]), { id: 'test-two-editions' });

  it('dates the earlier meeting the sentence names by its bare noun ("since the 10th Consultation held … in November 2019")', () => {
    expect(asker(rel)('When was the 10th ROK-Mexico policy consultation?')).toBe('November 2019');
    expect(asker(rel)('when was the 11th korea-mexico policy consultation')).toBe('August 28');
  });

  it('gives a meeting no place that the sentence gives another numbered meeting', () => {
    expect(asker(rel)('Where will the 14th Council session be held?')).toBeNull();
  });

  it('gives meetings named together, with no verb between, what follows them', () => {
    expect(asker(rel)('where was the 46th ATCM held?')).toBe('Kochi, India');
  });
});

describe('places that look like names or peoples', () => {
  it('takes no name particle for a person: "Minister Al Mazrouei" does not make "Al Ain" a person, nor keep it from being the place', () => {
    const rel = parseReleaseText(page('Vice Minister Visits the UAE', '2025-01-25', [
      'First Vice Minister Cho Hyun-woo visited the United Arab Emirates from January 22 to 24. During the visit, he encouraged the members of the Akh Unit stationed in Al Ain and held talks with Minister of State for Foreign Affairs Khalifa Al Mazrouei in Abu Dhabi.',
      'Vice Minister Cho thanked Minister Al Mazrouei for the UAE\'s support.',
    ]), { id: 'test-name-particle' });
    expect(asker(rel)('where are the akh troops stationed')).toBe('Al Ain');
  });

  it('gives no people\'s word as a place ("peacekeepers from Asian and African countries")', () => {
    expect(isDemonym('Asian')).toBe(true);
    expect(isDemonym('Kenyan')).toBe(true);
    expect(isDemonym('Japan')).toBe(false);
    expect(isDemonym('Milan')).toBe(false);
    const rel = parseReleaseText(page('Peacekeeping Medical Course Opens', '2025-06-17', [
      'The course is a follow-up to the pledge to provide medical training to 200 peacekeepers from Asian and African troop-contributing countries by 2024.',
    ]), { id: 'test-demonym-place' });
    expect(asker(rel)('where is the medical training course taking place')).toBeNull();
  });
});

describe('who, beside whom, and for whom', () => {
  const rel = parseReleaseText(page('4th Korea-Pacific Islands Foreign Ministers\' Meeting Held', '2025-03-20', [
    'Minister of Foreign Affairs Hong Seok-jin and Inia Rokotuiloma, Minister for Foreign Affairs of Fiji, co-chaired the 4th Korea-Pacific Islands Foreign Ministers\' Meeting in Seoul on March 19.',
    'At the workshop, Moon Ha-yeon, Ambassador for Climate Change of the Ministry of Foreign Affairs, delivered opening remarks, and Javier Olmedo Ruiz, Deputy Executive Director of the Green Climate Fund, gave a keynote speech.',
  ]), { id: 'test-beside' });

  it('answers "who co-chaired alongside the korean FM" with the other co-chair', () => {
    expect(analyzeQuestion('who co-chaired the 4th KPI FMM alongside the korean FM?').besides).toBe('KOR');
    expect(asker(rel)('who co-chaired the 4th korea-pacific islands FMM alongside the korean FM?')).toBe('Inia Rokotuiloma');
  });

  it('reads "for mofa" as someone of the ministry, a Korean', () => {
    expect(asker(rel)('who gave the opening remarks for mofa')).toBe('Moon Ha-yeon');
  });

  it('keeps "High" in a title ("Deputy High Commissioner for Human Rights Nadia Benhaddou")', () => {
    expect(findPeople('On February 28, Vice Minister Oh met with Deputy High Commissioner for Human Rights Nadia Benhaddou.').map((p) => p.name)).toEqual(['Oh', 'Nadia Benhaddou']);
  });
});

describe('who did it, not who is to', () => {
  it('answers "who chaired" with the one who chaired, not the one a plan names', () => {
    const rel = parseReleaseText(page('Security Council Holds Open Meeting on North Korean Human Rights', '2025-06-13', [
      'During its presidency, the Republic of Korea also plans to host a high-level open debate on cyber security on June 20, to be chaired by Foreign Minister Cho Tae-yeol.',
      'The Security Council held an open briefing on the human rights situation in North Korea on June 12. The meeting was chaired by Ambassador and Permanent Representative of the Republic of Korea to the UN Hwang Min-seok, as the Republic of Korea holds the presidency of the Council in June.',
    ]), { id: 'test-planned-chair' });
    expect(asker(rel)('Who chaired the Security Council mtg on DPRK human rights?')).toBe('Hwang Min-seok');
  });
});

describe('a review numbered by its initials', () => {
  it('gives the fourth UPR no figure of the third review ("UPR" stands for a review in the release)', () => {
    const rel = parseReleaseText(page('Korea Undergoes Fourth Universal Periodic Review', '2022-11-11', [
      'The Republic of Korea underwent its fourth Universal Periodic Review (UPR) before the UPR Working Group of the UN Human Rights Council on November 10.',
      'During the third review, the Republic of Korea received 218 recommendations from 95 countries.',
    ]), { id: 'test-upr-review' });
    expect(asker(rel)('How many recommendations did S. Korea get in its fourth UPR?')).toBeNull();
    expect(asker(rel)('How many recommendations did S. Korea get in its third UPR?')).toBe('218');
  });
});

describe('an official name is no official', () => {
  it('reads "official name of the pact" as a thing asked, not a person', () => {
    expect(analyzeQuestion('official name of the NK-Russia pact signed in June 2024?').type).toBe('thing');
    expect(analyzeQuestion('whats the official name of the agreement korea signed with UNRWA').type).toBe('thing');
    expect(analyzeQuestion('which official met the FM?').type).toBe('who');
    const rel = parseReleaseText(page('Korea and UNRWA Sign Framework Agreement', '2021-03-25', [
      'Ambassador Kang Min-seok and UNRWA Commissioner-General Marta Lindqvist signed the Framework Agreement on Multi-Year Contributions for 2021-2023 in Amman on March 24.',
    ]), { id: 'test-official-name' });
    expect(asker(rel)('whats the official name of the agreement korea signed with UNRWA in march 2021')).toMatch(/^Framework Agreement on Multi-Year Contributions/);
  });
});

describe('years that bound a figure', () => {
  it('reads "estimate of recovery needs over 10 yrs" as a figure asked, not a date', () => {
    expect(analyzeQuestion("RDNA5 estimate of ukraine's recovery needs over 10 yrs?").type).toBe('number');
    expect(analyzeQuestion('zimbabwe posting years').type).toBe('when');
  });
});

describe('titles in other spellings', () => {
  it('finds a person after a hyphenated title ("Japanese Vice-Minister for Foreign Affairs Kenji Morimoto")', () => {
    expect(findPeople('U.S. Deputy Secretary of State Margaret Hollis and Japanese Vice-Minister for Foreign Affairs Kenji Morimoto held talks.').map((p) => [p.name, p.country]))
      .toContainEqual(['Kenji Morimoto', 'JPN']);
  });

  it('matches a portfolio spelt either way ("labor minister" asked, "Minister of Labour" stated)', () => {
    const rel = parseReleaseText(page('Vocational Training Center Opens in Nablus', '2024-06-12', [
      'An opening ceremony for the Nablus Korea-Palestine Vocational Training Center was held on June 11. Attendees: Head of the ROK Representative Office to Palestine Lee Dong-kyu, Palestinian Minister of Labour Jamil Al-Khatib, Governor of Nablus Mahmoud Dweikat.',
    ]), { id: 'test-labour' });
    expect(asker(rel)('which palestinian labor minister attended the opening?')).toBe('Jamil Al-Khatib');
  });
});

describe('a host by invitation', () => {
  it('answers "who hosted" with the one at whose invitation the visit was made', () => {
    const rel = parseReleaseText(page('Foreign Minister Visits Ukraine', '2025-03-19', [
      'Foreign Minister Han Dong-min visited Kyiv on March 18 at the invitation of Andrii Melnychenko, Minister for Foreign Affairs of Ukraine, and held the Korea-Ukraine Foreign Ministers\' Meeting.',
    ]), { id: 'test-invitation-host' });
    expect(asker(rel)("who's the ukrainian FM that hosted Han in kyiv")).toBe('Andrii Melnychenko');
  });
});

describe('help is assistance', () => {
  it('reads "asked Korea for help" as a request for assistance', () => {
    expect(synonymsOf(terms('help')[0]!)).toContain(terms('assistance')[0]);
    const rel = parseReleaseText(page('Korea Dispatches Disaster Relief Team to Nepal', '2023-11-06', [
      'The Government of the Republic of Korea decided to dispatch a Korea Disaster Relief Team to Nepal, which was struck by a magnitude 5.7 earthquake on November 3.',
      'The dispatch follows a request for international assistance that Nepali Foreign Minister Bimala Rai Paudyal conveyed to Lee Jung-ho, Ambassador of the Republic of Korea to Nepal, on November 4.',
    ]), { id: 'test-help' });
    expect(asker(rel)('Which Nepali FM asked Korea for help after the quake?')).toBe('Bimala Rai Paudyal');
  });
});

describe('where from', () => {
  it('answers "where was it launched from" with the base after "from", a "Space Force Base" being a place', () => {
    const rel = parseReleaseText(page('Korea-Viet Nam Satellite Launched', '2025-04-16', [
      'VNK-1, the earth observation satellite jointly developed by the Republic of Korea and Viet Nam, was successfully launched at 3:42 p.m. on April 15 (Korean time) from Vandenberg Space Force Base in California, the United States, aboard a SpaceX Falcon 9 rocket.',
      'Ambassador Lim Chang-soo and Vietnamese Vice Minister Nguyen Thanh Hai watched the launch together at the VNSC in Hanoi.',
    ]), { id: 'test-where-from' });
    expect(asker(rel)('Where was the Korea-Vietnam joint satelite launched from?')).toBe('Vandenberg Space Force Base in California');
  });
});

describe('a country is no city', () => {
  it('gives "which korean city will host" no answer when the release says only "in Korea"', () => {
    const rel = parseReleaseText(page('7th Korea-Australia 2+2 Held', '2025-05-02', [
      'The four ministers agreed to hold the 7th Korea-Australia Foreign and Defence Ministers\' Meeting in Korea in 2027.',
      'The 6th meeting was held in Melbourne on May 1.',
    ]), { id: 'test-no-city' });
    expect(asker(rel)('which korean city will host the 7th korea-australia 2+2?')).toBeNull();
    expect(asker(rel)('which city hosted the 6th korea-australia 2+2?')).toBe('Melbourne');
  });
});

describe('a place that remembers a war', () => {
  it('takes "National War Memorial Park" for a place, not for the war', () => {
    const rel = parseReleaseText(page('Foreign Minister Visits New Zealand', '2026-01-27', [
      'On January 26, Minister Yoon laid a wreath at Pukeahu National War Memorial Park in Wellington to honour New Zealand\'s Korean War veterans.',
    ]), { id: 'test-war-memorial' });
    expect(asker(rel)('where did FM yoon lay a wreath in wellington')).toMatch(/^Pukeahu National War Memorial Park/);
  });
});

describe('the figure before a change', () => {
  const rel = parseReleaseText(page('Korea-New Zealand Working Holiday Quota Raised', '2016-12-20', [
    'The governments of the Republic of Korea and New Zealand have agreed to raise the annual quota of the Korea-New Zealand Working Holiday Scheme from 1,800 to 3,000 participants per country, starting with the 2017-18 season.',
  ]), { id: 'test-before-change' });

  it('answers "before the increase" with the figure the change starts from, and the new quota with the one it goes to', () => {
    expect(asker(rel)('what was the NZ working holiday quota before the increase')).toBe('1,800');
    expect(asker(rel)('what is the new NZ working holiday quota')).toMatch(/^3,000/);
  });
});

describe('MOUs by any name', () => {
  it('counts "nine memoranda of understanding" as the MOUs asked, not a sum of money in the sentence', () => {
    expect(terms('memoranda')).toEqual(terms('memorandum'));
    expect(synonymsOf('mou')).toContain(terms('memorandum')[0]);
    const rel = parseReleaseText(page('Korea-Australia Critical Minerals Forum Held in Perth', '2024-09-11', [
      'On the margins of the forum, Korean and Australian companies and institutions signed nine memoranda of understanding on offtake, joint exploration and processing, with a combined value of about A$ 2.3 billion.',
    ]), { id: 'test-memoranda' });
    expect(asker(rel)('how many MOUs were signed on the sidelines in perth')).toBe('nine');
  });
});

describe('other currencies', () => {
  it('reads "A$ 2.3 billion", "CA$ 2.4 million" and "GBP 40 million" as sums of money with their currency', () => {
    expect(findNumbers('a combined value of about A$ 2.3 billion.').map((n) => n.text)).toEqual(['about A$ 2.3 billion']);
    expect(findNumbers('a budget of CA$ 2.4 million').map((n) => n.text)).toEqual(['CA$ 2.4 million']);
    expect(findNumbers('a fund of GBP 40 million').map((n) => n.text)).toEqual(['GBP 40 million']);
  });
});

describe('people by what they do', () => {
  it('reads a member, senator, chief or researcher asked as a person, and "member of which body" or "member states" as no person', () => {
    expect(analyzeQuestion('Which Bundestag member did Cho meet while in Berlin?').type).toBe('who');
    expect(analyzeQuestion('which mexican senator heads the mexico-korea friendship group').type).toBe('who');
    expect(analyzeQuestion('which KRISO researcher got elected SDC chair').type).toBe('who');
    expect(analyzeQuestion('Kazakhstan was the first Central Asian non-permanent member of which body?').type).not.toBe('who');
    expect(analyzeQuestion('which member states co-sponsored the resolution').type).not.toBe('who');
  });
});

describe('since when', () => {
  it('answers "since when" with the date a close sentence puts after "since", not the latest term', () => {
    const rel = parseReleaseText(page('Korea Re-elected to IMO Council', '2023-12-02', [
      'The Republic of Korea was re-elected as a Category A member of the Council of the International Maritime Organization (IMO) for the 2024-2025 biennium at the 33rd session of the IMO Assembly in London on December 1.',
      'With this result, Korea has been elected to Category A twelve consecutive times since 2001, having first joined the Council as a Category C member in 1991.',
    ]), { id: 'test-since-when' });
    expect(asker(rel)('since when has korea been in category A of the imo council')).toBe('2001');
  });
});

describe('respectively, after a longer list of names', () => {
  it('pairs the dates with the last names before them ("Mr. Kim (Mr. Choi and Mr. Ko were detained in October 2014 and December 2014, respectively)")', () => {
    const rel = parseReleaseText(page('Statement on ROK Nationals Detained in North Korea', '2023-10-08', [
      'North Korea continues to detain six ROK nationals, including three missionaries, including Mr. Kim Jung-wook (Mr. Choi Dong-ho and Mr. Ko Eun-sang were detained in October 2014 and December 2014, respectively).',
    ]), { id: 'test-respectively' });
    expect(asker(rel)('when was Ko Eun-sang detaind?')).toBe('December 2014');
    expect(asker(rel)('when was Choi Dong-ho detained?')).toBe('October 2014');
  });
});

describe('a name, not a possessive pointing back to it', () => {
  it('answers "name of the arrangement" with the name given, not "today\'s arrangement" in a quote about its signing', () => {
    const rel = parseReleaseText(page('Korea and Chile Sign Arrangement on Fisheries Research', '2022-09-14', [
      'On September 13, the two sides signed the "Arrangement on Joint Research of Fisheries Resources" between the Ministry of Oceans and Fisheries of the Republic of Korea and the Undersecretariat of Fisheries and Aquaculture.',
      'Director-General Park said that "the signing of today\'s arrangement shows that Korea and Chile are partners not only in the Pacific but also in the Southern Ocean."',
    ]), { id: 'test-possessive-name' });
    expect(asker(rel)('name of the arrangement signed w/ chile on the southern ocean?')).toBe('Arrangement on Joint Research of Fisheries Resources');
  });
});

describe('a number word that begins a name', () => {
  it('reads "Four Seasons Hotel" and "Three Gorges Dam" as names, not figures, and still counts "Three Koreans" and "two experts"', () => {
    expect(findNumbers('Venue: Four Seasons Hotel Seoul').map((n) => n.text)).toEqual([]);
    expect(findNumbers('The delegation visited the Three Gorges Dam on May 3.').map((n) => n.text)).not.toContain('Three');
    expect(findNumbers('Three Koreans were released on May 3.').map((n) => n.text)).toContain('Three');
    expect(findNumbers('The Ministry sent two experts to Lima.').map((n) => n.text)).toContain('two');
  });
  it('answers where a symposium was held from "Venue: Four Seasons Hotel Seoul"', () => {
    const rel = parseReleaseText(page('MOFA Hosts Symposium on Maritime Sanctions Evasion', '2024-11-20', [
      'The Ministry of Foreign Affairs hosted an international symposium on countering sanctions evasion at sea on November 19, with about 120 participants from 20 countries.',
      'Venue: Four Seasons Hotel Seoul',
      'Participants noted that ship-to-ship transfers are increasingly taking place in waters off Southeast Asia and Africa.',
    ]), { id: 'test-number-name' });
    expect(asker(rel)('venue of the sanctions evasion symposium in seoul?')).toBe('Four Seasons Hotel Seoul');
  });
});

describe('a capital is named as a whole word, and a region that places a country is no venue', () => {
  it('answers "where was the ROK–Tunisia treaty signed" with Tunis, not "North Africa" where a country lies', () => {
    const rel = parseReleaseText(page('Treaties with Tunisia and Peru Enter into Force', '2020-01-02', [
      'Two bilateral treaties that the Republic of Korea has concluded with Tunisia and Peru will enter into force in January 2020.\n\n'
        + '° Treaty on Mutual Legal Assistance in Criminal Matters between the Republic of Korea and the Republic of Tunisia\n\n'
        + '- Signed: April 19, 2018, in Tunis\n\n- Entry into force: January 1, 2020',
      'Tunisia: The Mutual Legal Assistance Treaty, signed by the Vice Minister of Justice and the Tunisian Minister of Justice, is the first such treaty between Korea and a country in North Africa.',
    ]), { id: 'test-capital-word' });
    expect(asker(rel)('Where was the ROK–Tunisia legal assistance treaty signed?')).toBe('Tunis');
  });
});

describe('the ordinal of a place\'s own clause', () => {
  it('answers where the 1st commission took place from the clause that numbers it, not "held in Seoul, the first in six years"', () => {
    const rel = parseReleaseText(page('Korea and Ghana Hold 2nd Joint Commission', '2019-06-12', [
      'First Vice Minister Cho met with Ghanaian Deputy Foreign Minister Kwame Mensah on June 11 and co-chaired the 2nd Korea-Ghana Joint Commission.',
      'The Joint Commission, held at the Ministry of Foreign Affairs in Seoul, was the first in six years; the 1st Joint Commission took place in Accra in May 2013.',
    ]), { id: 'test-ordinal-clause' });
    expect(asker(rel)('where did the 1st korea ghana joint commision take place')).toBe('Accra');
  });
  it('reads a sentence that agreed to set up a group as speaking of its start, not of its 3rd meeting', () => {
    const index = buildFactIndex([parseReleaseText(page('Trilateral Working Group on Sanctions Evasion', '2024-07-02', [
      'The leaders of the three countries agreed at the trilateral summit in Busan on March 3, 2023 to set up a working group to counter maritime sanctions evasion.',
    ]), { id: 'test-ordinal-setup' })]);
    const fact = index.facts.find((f) => f.text.includes('Busan'))!;
    const busan = (q: string): number => spanCandidates(analyzeQuestion(q), fact, index.byRelease.get(fact.release)).find((c) => c.text === 'Busan')?.score ?? 0;
    expect(busan('where was the 3rd trilateral sanctions WG mtg held')).toBeLessThan(busan('where was the 1st trilateral sanctions WG mtg held'));
  });
});

describe('a building with the place it stands in', () => {
  it('reads "the President of Argentina at Casa Rosada" as a title and a place, not a person named Casa Rosada', () => {
    expect(findPeople('The President held a summit with the President of Argentina at Casa Rosada in Buenos Aires on May 4.').map((p) => p.name)).toEqual([]);
    expect(findPeople('Vice Minister Kim met with Ambassador at Large Kim Sung-ho.').map((p) => p.name)).toContain('Kim Sung-ho');
  });
  it('answers where a summit or a handover took place with the building and its place, not the region alone', () => {
    const rel = parseReleaseText(page('Korea Hands Over Maternal Health Facilities in Ghana', '2021-11-24', [
      'The President, who is paying a state visit to Portugal from May 2 to 5, held a summit with the Prime Minister of Portugal at Sao Bento in Lisbon on May 4.',
      'Ambassador of the Republic of Korea to Ghana Park Ji-won and Ghana\'s Deputy Minister of Health Kofi Boateng held a ceremony on November 23 at Korle Bu Teaching Hospital in the Greater Accra Region to hand over the facilities built under the "Project for Improving Maternal Health in the Greater Accra Region."',
    ]), { id: 'test-building-place' });
    const ask = asker(rel);
    expect(ask('where did the korea-portugal summit take place')).toBe('Sao Bento in Lisbon');
    expect(ask("where'd they hold the handover for the ghana maternal health facilities")).toMatch(/^Korle Bu Teaching Hospital/);
    expect(ask('which region is the ghana hospital in')).toBe('Greater Accra Region');
  });
});

describe('a place inside the country asked', () => {
  it('answers "where was the team based in Liberia" with the centre and its town, not the home country it returned to', () => {
    const rel = parseReleaseText(page('Korean Medical Team Returns from Liberia', '2015-04-02', [
      'The second rotation of the Korean Disaster Relief Team (KDRT) returned to Korea on April 1 after completing its mission at the Cholera Treatment Unit (CTU) in Ganta, near Monrovia, Liberia.',
    ]), { id: 'test-in-country' });
    const ask = asker(rel);
    expect(ask('where was the korean medical team based in liberia')).toBe('Cholera Treatment Unit (CTU) in Ganta');
    expect(ask('where is the CTU located')).toBe('Ganta');
  });
});

describe('heads of questions', () => {
  it('reads "DPM/FM" as one person with two posts, the noun after a possessive as the head, and a replenishment target as a figure', () => {
    expect(analyzeQuestion('which uzbek DPM/FM signed the treaty?').type).toBe('who');
    expect(analyzeQuestion('what is the ministry\'s 2nd national action plan\'s main pillar?').head).toBe('pillar');
    expect(analyzeQuestion('what was the alliance\'s 5th replenishment target?').type).toBe('number');
    expect(analyzeQuestion('what was the 5th replenishment theme?').type).toBe('thing');
  });
  it('answers "what is the satellite called" with the name set off by commas after the kind', () => {
    const rel = parseReleaseText(page('Korea and Rwanda Hold Space Cooperation Talks', '2024-05-08', [
      'Minister Uwimana said that Rwanda, which launched its first earth observation satellite, Inzozi-2, in March 2023, regards space technology as a key tool for agriculture.',
    ]), { id: 'test-comma-name' });
    expect(asker(rel)("what's rwanda's first earth observation satellite called")).toBe('Inzozi-2');
  });
});

describe('an event described by its host', () => {
  it('answers "who spoke for the ROK at the UK-hosted summit" with the person, not the host; "who did Korea co-host it with" still asks the host', () => {
    const rel = parseReleaseText(page('Vice Minister Attends Global Nutrition Summit', '2021-06-05', [
      'Second Vice Minister of Foreign Affairs Park Min-jae took part by video in the Global Nutrition Summit 2021, hosted by the Government of the United Kingdom on June 4.',
      'The side event on school meals was co-hosted by the Republic of Korea and Ghana.',
    ]), { id: 'test-hosted-adjective' });
    const ask = asker(rel);
    expect(ask('Who spoke for the ROK at the UK-hosted Global Nutrition Summit?')).toBe('Park Min-jae');
    expect(ask('who did korea co-host the school meals side event with?')).toBe('Ghana');
  });
});

describe('the terms of a loan', () => {
  it('answers a grace period or a maturity with its length of time, not the loan\'s money or dates', () => {
    const rel = parseReleaseText(page('Korea Extends EDCF Loan to Laos for Rural Roads', '2023-06-14', [
      'The Export-Import Bank of Korea and the Government of the Lao PDR signed a loan agreement worth US$ 62 million for the Rural Roads Improvement Project (2023-2028) on June 13.\n\n'
        + '° Terms: repayment over 40 years, including a grace period of 12 years, at an interest rate of 0.01 percent per annum',
    ]), { id: 'test-loan-terms' });
    const ask = asker(rel);
    expect(ask('grace period on the laos road edcf loan?')).toBe('12 years');
    expect(ask("what's the maturity of the laos road loan")).toMatch(/40 years/);
  });
});

describe('a verb of the kind\'s stem', () => {
  it('answers "which crossing" with the crossing, not "groups crossed"', () => {
    const rel = parseReleaseText(page('Korean Nationals Leave Lebanon Safely', '2024-10-12', [
      'On October 9, some 300 Korean pilgrims who had been visiting Lebanon in groups crossed into Syria by bus through the Masnaa border crossing.',
    ]), { id: 'test-verb-stem' });
    expect(asker(rel)('which crossing did the korean pilgrims use to get into syria?')).toBe('Masnaa border crossing');
  });
});

describe('how long, distance wise', () => {
  it('answers "how long was the drive, distance wise" with the length, and "how long did the drive take" with the time', () => {
    const rel = parseReleaseText(page('Korean Nationals Evacuated from Chad', '2024-05-02', [
      'The evacuees left N\'Djamena by road on April 29 and, after a journey of some 620 km lasting about 19 hours, arrived safely in Garoua.',
    ]), { id: 'test-distance-wise' });
    const ask = asker(rel);
    expect(ask("how long was the drive from n'djamena to garoua, distance wise")).toBe('some 620 km');
    expect(ask("how long did the drive from n'djamena to garoua take")).toBe('about 19 hours');
  });
});

describe('leaving, in other words', () => {
  it('reads "head out of" and "set off from" as leaving', () => {
    const rel = parseReleaseText(page('Korean Nationals Evacuated from Niger', '2023-08-03', [
      'The evacuees left Niamey by road at 06:30 on August 1 in a convoy organised by the Korean Embassy.',
      'Director-General Kim Ji-ho led a rapid response team of five officials, who travelled to Cotonou on July 31 to support the transfer of the evacuees and head the convoy onward.',
    ]), { id: 'test-head-out' });
    const ask = asker(rel);
    expect(ask('when did the convoy head out of niamey')).toMatch(/August 1/);
    expect(ask('when did the convoy set off from niamey')).toMatch(/August 1/);
  });
});

describe('cities, buildings and countries of capitals asked', () => {
  it('answers "in which city" with a city, not the museum in it; keeps "Palais des Nations" whole; and never gives the country of a capital the question names', () => {
    const rel = parseReleaseText(page('Foundation Plans Memorial Events', '2025-02-20', [
      'The Foundation will hold a memorial event for the victims in April at the National Museum of Maritime History under the Ministry of Oceans in Incheon.',
      'The 2019 High-Level Pledging Event for the Humanitarian Crisis in Sudan was held at the Palais des Nations in Geneva on February 26.',
      'Foreign Minister Kim attended a reception hosted by the Embassy of Canada in the ROK at the Shilla Hotel Seoul on the evening of June 22.',
    ]), { id: 'test-city-building' });
    const ask = asker(rel);
    expect(ask("in which city is the foundation's april memorial event going to be?")).toBe('Incheon');
    expect(ask('Where did the 2019 Sudan pledging event take place?')).toBe('Palais des Nations in Geneva');
    expect(ask("where was the canadian embassy's reception in seoul")).toBe('Shilla Hotel Seoul');
  });
});

describe('an appeal is money', () => {
  it('answers the size of a flash appeal with its money, not the people it is to help', () => {
    const rel = parseReleaseText(page('Korea Pledges Aid at High-Level Meeting on Somalia', '2022-09-14', [
      'The meeting was held to mobilize support for the UN Flash Appeal, which calls for US$ 412 million to assist 7 million people from September to December 2022.',
    ]), { id: 'test-appeal-money' });
    expect(asker(rel)('What was the size of the UN flash appeal for Somalia for Sep-Dec 2022?')).toBe('US$ 412 million');
  });
});

describe('how long since', () => {
  it('answers "how long had it been since" with the time gone by, not how long the talks lasted', () => {
    const rel = parseReleaseText(page('Foreign Minister Holds Talks with Japanese Counterpart', '2021-09-16', [
      'Minister of Foreign Affairs Park held talks with Foreign Minister Sato of Japan, who is paying an official visit to Korea, at the Ministry of Foreign Affairs on September 15. The talks lasted 3 hours and 10 minutes.',
      'This is the first visit to Korea by a Japanese Foreign Minister in 18 months, since the visit of March 2020.',
    ]), { id: 'test-elapsed' });
    const ask = asker(rel);
    expect(ask('how long had it been since a japanese foreign minister last visited korea?')).toBe('18 months');
    expect(ask('how long did the talks last?')).toBe('3 hours and 10 minutes');
  });
});

describe('a bare year counts nothing', () => {
  it('reads "made in 1676" as a year, not a figure, and keeps "in 1500 cases" a count', () => {
    expect(findNumbers('including a gilt-bronze royal seal made in 1676 for the queen').map((n) => n.text)).toEqual([]);
    expect(findNumbers('The fund has helped in 1500 cases so far.').map((n) => n.text)).toEqual(['1500']);
  });
});

describe('a lead time is no length of stay', () => {
  it('answers "how long can they stay" with the stay, not "at least 48 hours before arrival"', () => {
    const rel = parseReleaseText(page('Visa Waiver for Vietnamese Group Tourists', '2024-06-03', [
      'Under the new scheme, Vietnamese group tourists will be allowed to stay in Korea without a visa for up to 10 days.',
      'Under the new scheme, travel agencies will be required to submit the list of Vietnamese group tourists entering without a visa to the Ministry of Justice at least 48 hours before arrival.',
    ]), { id: 'test-lead-time' });
    const ask = asker(rel);
    expect(ask('How long can Vietnamese group tourists stay without a visa under the new scheme?')).toBe('up to 10 days');
    expect(ask('how long before arrival must the list of tourists be submitted?')).toBe('at least 48 hours');
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => f.text.includes('48 hours'))!;
    const spans = (q: string): string[] => spanCandidates(analyzeQuestion(q), fact, index.byRelease.get(fact.release)).map((c) => c.text);
    expect(spans('How long can Vietnamese group tourists stay without a visa?')).not.toContain('at least 48 hours');
    expect(spans('how long before arrival must the list be submitted?')).toContain('at least 48 hours');
  });
});

describe('an ambassador at large keeps the words of the post', () => {
  it('reads "Ambassador at Large Peter Moss" as Peter Moss, the ambassador at large, in either spelling', () => {
    expect(findPeople('Ambassador at Large Peter Moss met the delegation.').map((p) => [p.name, p.title])).toEqual([['Peter Moss', 'Ambassador at Large']]);
    expect(findPeople('Ambassador-at-Large Peter Moss met the delegation.').map((p) => [p.name, p.title])).toEqual([['Peter Moss', 'Ambassador-at-Large']]);
    expect(findPeople('the Ambassador at Large for Cyber Affairs Kim Sung-ho said').map((p) => p.title)).toEqual(['Ambassador at Large for Cyber Affairs']);
  });
});

describe('the dates of an event named with its city', () => {
  it('dates the games asked, not the ones held in the city, and gives days, not the year in a name', () => {
    const rel = parseReleaseText(page('Vice Minister Meets Rome 2030 Organisers', '2027-05-03', [
      'Vice Minister Han met the Deputy Chief Executive of the Rome 2030 Organising Committee for the Olympic and Paralympic Games in Seoul on May 2.',
      'Vice Minister Han said that the Olympic Games, to be held in Rome from July 19 to August 4, 2030, and the Paralympic Games, to be held from August 21 to September 1, 2030, will deepen friendship between the two peoples.',
    ]), { id: 'test-games-dates' });
    const ask = asker(rel);
    expect(ask('rome paralympics dates?')).toBe('August 21 to September 1, 2030');
    expect(ask('rome olympics dates?')).toBe('July 19 to August 4, 2030');
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => f.text.includes('Deputy Chief Executive'))!;
    const spans = (q: string): string[] => spanCandidates(analyzeQuestion(q), fact, index.byRelease.get(fact.release)).map((c) => c.text);
    expect(spans('olympics dates?')).not.toContain('2030');
    expect(spans('what year are the rome olympics?')).toContain('2030');
  });
});

describe('how long a thing that stretches is', () => {
  it('answers "how long is the rail network" with a length, and "how long is the trip" with a time', () => {
    const rel = parseReleaseText(page('Korea-Portugal Rail Forum', '2025-03-12', [
      'The Portuguese side explained that Portugal has the fastest-growing rail network in Iberia, at 620 km, and recalled that the line opened in 2015 cut travel time between Lisbon and Porto to 75 minutes.',
    ]), { id: 'test-long-thing' });
    const ask = asker(rel);
    expect(ask("how long is portugal's rail network?")).toBe('620 km');
    expect(ask('how long is the travel time between lisbon and porto?')).toBe('75 minutes');
  });
});

describe('people are counted by whatever the text calls them', () => {
  it('answers "how many people" with officials or members, and reads the noun counted up to the question mark', () => {
    const rel = parseReleaseText(page('Rescue Team Dispatched to Morocco', '2023-09-10', [
      'The rescue team will consist of 95 members in total: 60 search-and-rescue personnel from the 119 Central Rescue Service and 35 medical staff.',
      'A liaison team, made up of four officials from the Ministry, will be stationed in Rabat.',
    ]), { id: 'test-people-counted' });
    const ask = asker(rel);
    expect(ask('How big is the rescue team going to Morocco - total headcount?')).toBe('95');
    expect(ask('How many people are on the liaison team?')).toBe('four');
    expect(ask('how many ppl are on the liaison team')).toBe('four');
  });
});

describe('a post written as a label before the name', () => {
  it('reads "Honorary Consul in Kutaisi: Ms. Nino Beridze, President of …" as the consul, and stops the appositive at a slash', () => {
    const [p] = findPeople('Honorary Consul in Mostar: Ms. Lejla Hadžić, President of the Herzegovina Chamber of Commerce / Jurisdiction: Herzegovina-Neretva Canton');
    expect([p!.name, p!.title]).toEqual(['Lejla Hadžić', 'Honorary Consul in Mostar']);
    const [q] = findPeople('Ambassador Kim met Mr. Tomas Varga, Director of the Chamber / Venue: Embassy of the Republic of Korea').filter((x) => x.name === 'Tomas Varga');
    expect(q!.title).toBe('Director of the Chamber');
  });
});

describe('the post the question names is the one who met', () => {
  it('answers "who did the games envoy meet" with the host, not the envoy, whose title holds a year', () => {
    const rel = parseReleaseText(page('Envoy for the Busan Asian Games Bid Visits Pacific Partners', '2031-05-20', [
      'Ambassador-at-Large for the Asian Games 2034 Busan Bid Park Min-ho visited Fiji and Samoa from May 10 to 16 to seek support for the bid.',
      'Fiji (May 10-12), Suva: meeting with Minister of Foreign Affairs and Trade Litia Vunivalu',
    ]), { id: 'test-actor-post' });
    expect(findPeople('Ambassador-at-Large for the Asian Games 2034 Busan Bid Park Min-ho visited Fiji.')[0]!.title).toBe('Ambassador-at-Large for the Asian Games 2034 Busan Bid');
    const ask = asker(rel);
    expect(ask('who did the games envoy meet in fiji')).toBe('Litia Vunivalu');
  });
});

describe('the side of a body the question names', () => {
  it('answers "who headed the WFP side" with the one who led the WFP delegation, not the ROK one', () => {
    const rel = parseReleaseText(page('Third ROK-WFP Strategic Dialogue Held', '2026-04-02', [
      'The third ROK-WFP Strategic Dialogue was held at the Ministry of Foreign Affairs in Seoul on April 1.',
      'Director-General for Development Cooperation Choi Min-jae led the ROK delegation, and Assistant Executive Director Helena Sørlie led the WFP delegation.',
    ]), { id: 'test-side-body' });
    const ask = asker(rel);
    expect(ask('who headed the WFP side at the 3rd strategic dialogue?')).toBe('Helena Sørlie');
  });
});

describe('only money is lent', () => {
  it('answers "how much did the fund lend" with money, not the plant\'s megawatts, and "how much rice" with tons', () => {
    const rel = parseReleaseText(page('Olkaria South Geothermal Plant Inaugurated', '2024-03-02', [
      'The Energy Minister said, "With Olkaria South, our installed geothermal capacity now reaches 1,050 MW, and we will double it by 2030."',
      'EDCF loan: US$ 64 million (loan agreement signed in Nairobi in May 2019)',
      'Korea also provided 2,000 tons of rice to drought-affected counties in 2023.',
    ]), { id: 'test-money-only' });
    const ask = asker(rel);
    expect(ask('How much did the EDCF lend Kenya for Olkaria South?')).toBe('US$ 64 million');
    expect(ask('how much rice did korea provide to kenya in 2023?')).toBe('2,000 tons');
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => f.text.includes('1,050 MW'))!;
    const spans = (q: string): string[] => spanCandidates(analyzeQuestion(q), fact, index.byRelease.get(fact.release)).map((c) => c.text);
    expect(spans('How much did the EDCF lend Kenya for Olkaria South?')).not.toContain('1,050 MW');
    expect(spans('how much geothermal capacity does kenya have with olkaria south?')).toContain('1,050 MW');
  });
});

describe('a ratio to another figure is no size', () => {
  it('answers "how big is the new arrangement" with its money, not "two and a half times the size"', () => {
    const rel = parseReleaseText(page('Korea and Senegal Sign EDCF Framework Arrangement', '2025-02-11', [
      'The new arrangement is two and a half times the size of the previous one, under which Korea made available US$ 120 million for 2019-2023.',
      'The governments of the two countries signed a framework arrangement on EDCF loans worth US$ 300 million for the period 2025-2029.',
    ]), { id: 'test-ratio' });
    const ask = asker(rel);
    expect(ask('how big is the new EDCF framework arrangement with senegal?')).toBe('US$ 300 million');
    expect(ask('how many times bigger is the new arrangement than the previous one?')).toMatch(/^two\b/);
  });
});

describe('a figure of the one a new one replaces', () => {
  it('answers "how many beds will the new hospital have" with the new one\'s, not the existing one\'s', () => {
    const rel = parseReleaseText(page('Groundbreaking for Kampot Referral Hospital', '2019-05-20', [
      'He pointed out that the existing provincial hospital, built in 1961, has only 90 beds and has long struggled to cope with rising demand from the Kampot Referral Hospital catchment.',
      'Facilities: a 300-bed hospital with six operating rooms and an emergency centre',
      'Patients who visited the hospital in the previous two years numbered 41,000.',
    ]), { id: 'test-old-one' });
    const ask = asker(rel);
    expect(ask('How many beds will the new Kampot referral hospital have?')).toBe('300-bed');
    expect(ask('how many beds does the existing kampot hospital have?')).toBe('90');
  });
});

describe('a year refined by the day of the same release', () => {
  it('answers "when was the loan agreement signed" with the day the release gives, not the year of its project list', () => {
    const rel = parseReleaseText(page('ROK and Mozambique Sign EDCF Loan Agreement for Beira Port Expansion', '2018-06-14', [
      'Ambassador of the Republic of Korea to Mozambique Park Ji-won and Mozambique\'s Minister of Economy and Finance Adriano Maleiane signed a loan agreement from the Economic Development Cooperation Fund (EDCF) for the Beira Port Berths 4-6 Expansion Project on June 12 at the Ministry of Economy and Finance in Maputo.',
      'EDCF projects in Mozambique:',
      '- Beira Port Berths 4-6 Expansion Project: US$ 85 million (loan agreement signed in 2018)',
      '- Nampula Water Supply Project: US$ 40 million (loan agreement signed in 2012)',
    ]), { id: 'test-finer-day' });
    const ask = asker(rel);
    expect(ask('When was the Korea-Mozambique loan agreement for the Beira berth expansion signed?')).toBe('June 12');
  });
});

describe('what is supposed to be done', () => {
  it('reads "supposed to be done" as a completion still to come', () => {
    const rel = parseReleaseText(page('ROK and Mozambique Sign EDCF Loan Agreement for Beira Port Berth Expansion', '2018-06-14', [
      'Ambassador Park Ji-won and Minister Adriano Maleiane signed a loan agreement for the Beira Port Berths 4-6 Expansion Project on June 12 in Maputo.',
      'Under the agreement, the Korean government will provide a concessional loan of US$ 85 million.',
      'Construction is scheduled to start in 2019 and to be completed by March 2022.',
      'Nampula Water Supply Project: US$ 40 million (loan agreement signed in 2010, completed in 2015)',
    ]), { id: 'test-supposed-done' });
    const ask = asker(rel);
    expect(ask('by when is the beira port expansion supposed to be done?')).toBe('March 2022');
  });
});

describe('a visit made under a programme does not date its start', () => {
  it('answers "when did the ministry start the revisit programme" with its launch, not the dates of this visit', () => {
    const rel = parseReleaseText(page('UN Veterans Revisit Korea', '2019-10-01', [
      'A group of 35 Korean War veterans from five countries is visiting the Republic of Korea from October 1 to 6 at the invitation of the Ministry of Patriots and Veterans Affairs under the UN Veterans Revisit Programme.',
      'The revisit programme, launched in 1978, has since brought more than 30,000 veterans and family members to Korea.',
    ]), { id: 'test-visit-under-scheme' });
    const ask = asker(rel);
    expect(ask('When did the ministry start the revisit programme for UN veterans?')).toBe('1978');
  });
});

describe('a place on a labelled line', () => {
  it('keeps initials in brackets on a venue line and reads the place of an event line after its date', () => {
    const rel = parseReleaseText(page('Korea-Ghana ICT Policy Meeting and Remains Handover', '2023-09-25', [
      'The 3rd Korea-Ghana ICT Policy Meeting discussed digital government and cybersecurity.',
      'Venue: Accra International Conference Centre (AICC), Accra',
      'Handover ceremony: September 21, Kotoka Air Force Station, Greater Accra',
    ]), { id: 'test-labelled-place' });
    const ask = asker(rel);
    expect(ask('venue of the korea ghana ict meeting?')).toBe('Accra International Conference Centre (AICC), Accra');
    expect(ask('where was the handover ceremony?')).toBe('Kotoka Air Force Station, Greater Accra');
    // (a building for conferences is a place, though its name holds an event's word)
    const held = parseReleaseText(page('Korea-Ghana Business Forum Held', '2023-09-26', [
      'The Korea-Ghana Business Forum was held at the Accra International Conference Centre on September 26.',
    ]), { id: 'test-conference-centre' });
    expect(asker(held)('where was the korea-ghana business forum held?')).toBe('Accra International Conference Centre');
  });
});

describe('a ship named with a particle', () => {
  it('keeps "da" inside the name of the training ship', () => {
    const rel = parseReleaseText(page('Portuguese Navy Ship Visits Busan', '2021-05-02', [
      'The Portuguese Navy training ship Vasco da Gama Segundo will make a port call in Busan from May 3 to 6 to mark the 60th anniversary of diplomatic relations.',
    ]), { id: 'test-ship-particle' });
    expect(asker(rel)('which portuguese navy ship is making a port call in busan?')).toBe('Vasco da Gama Segundo');
  });
});

describe('a name that ends in a numbered identifier', () => {
  it('keeps "Regulation (EU) 2023/1115" whole', () => {
    expect(findThings('the EU side explained Regulation (EU) 2023/1115 on deforestation-free products').map((t) => t.text)).toContain('Regulation (EU) 2023/1115');
    const rel = parseReleaseText(page('ROK-EU Consultation on Supply Chains', '2024-04-02', [
      'The EU side explained the implementation of Regulation (EU) 2023/1115 on deforestation-free products, and the Korean side explained its Act on Supply Chain Stability.',
    ]), { id: 'test-slash-id' });
    expect(asker(rel)('which EU regulation on deforestation-free products did the EU side explain?')).toBe('Regulation (EU) 2023/1115');
  });
});

describe('a date after a relative clause closed by a comma', () => {
  it('dates the talks, not the guest\'s visit in the clause about the guest', () => {
    const rel = parseReleaseText(page('Foreign Minister Holds Talks with Armenian Foreign Minister', '2024-06-27', [
      'Foreign Minister Cho Tae-yul held talks with Armenian Minister of Foreign Affairs Ararat Petrosyan, who is on an official visit to Korea from June 24 to 27, at the Ministry of Foreign Affairs in Seoul on June 25.',
    ]), { id: 'test-relative-closed' });
    expect(asker(rel)('when did FM Cho hold talks with the armenian FM?')).toBe('June 25');
  });
});

describe('which Korean artist', () => {
  it('asks a person, the Korean one, though the question names another people too', () => {
    expect(analyzeQuestion('Which Korean sculptor co-designed the Australian memorial?').type).toBe('who');
    const rel = parseReleaseText(page('Korean War Memorial Unveiled in Canberra', '2024-11-02', [
      'The memorial was jointly designed by Korean sculptor Han Ji-woo and Australian architect Olivia Brennan.',
    ]), { id: 'test-korean-artist' });
    expect(asker(rel)('Which Korean sculptor co-designed the Australian memorial?')).toBe('Han Ji-woo');
  });
});

describe('a year that names an edition after its place', () => {
  it('does not date the dialogue asked with "the planned venues for Brisbane 2032", but keeps "In 2005"', () => {
    const rel = parseReleaseText(page('1st Korea-Australia Sports Events Dialogue', '2025-04-10', [
      'Before the Dialogue, Director-General Jung visited the Queensland Sport and Athletics Centre, one of the planned venues for Brisbane 2032, on April 8.',
      'The two sides agreed to hold the 2nd Dialogue in Seoul in the first half of 2026.',
      'In 2005, the two countries signed a memorandum on sports exchanges.',
    ]), { id: 'test-edition-year' });
    const ask = asker(rel);
    expect(ask("when's the 2nd korea australia sports events dialogue")).toBe('the first half of 2026');
    expect(ask('what year did the two countries sign the sports memorandum?')).toBe('2005');
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => f.text.includes('Brisbane 2032'))!;
    expect(spanCandidates(analyzeQuestion("when's the 2nd korea australia sports events dialogue"), fact, index.byRelease.get(fact.release)).map((c) => c.text)).not.toContain('2032');
    expect(spanCandidates(analyzeQuestion('when are the brisbane games?'), fact, index.byRelease.get(fact.release)).map((c) => c.text)).toContain('2032');
  });
});

describe('the seat of a mission is no venue', () => {
  it('answers where the embassy\'s ceremony took place with the venue, not the embassy\'s city', () => {
    const rel = parseReleaseText(page('Turn Toward Busan Ceremonies Held Worldwide', '2016-11-12', [
      'Australia: The Embassy in Canberra co-hosted a ceremony with the Korea War Veterans Association at the Korean War Memorial Wall in Sydney, New South Wales.',
    ]), { id: 'test-mission-seat' });
    const ask = asker(rel);
    expect(ask("where did the australian embassy's turn toward busan ceremony take place")).toMatch(/^Korean War Memorial Wall in Sydney/);
    const index = buildFactIndex([rel]);
    const fact = index.facts[0]!;
    expect(spanCandidates(analyzeQuestion('where is the korean embassy located?'), fact, index.byRelease.get(fact.release)).map((c) => c.text)).toContain('Canberra');
  });
});

describe('"number of parties" counts parties', () => {
  it('answers "number of parties to the agreement" and "how many pacific countries" with the count of them', () => {
    const rel = parseReleaseText(page('Korea Joins the Cape Town Agreement', '2023-06-20', [
      'As of this month, the Agreement has 24 parties, including the European Union.',
      'The programme covers six Pacific countries, including Fiji and Samoa.',
    ]), { id: 'test-number-of-parties' });
    const ask = asker(rel);
    expect(ask('number of parties to the cape town agreement as of june 2023?')).toBe('24');
    expect(ask('how many pacific countries does the programme cover?')).toBe('six');
  });
});

describe('a month refined to the day its own release gives', () => {
  it('answers the date of a meeting with the day its release states, not the month a later release cites', () => {
    const held = parseReleaseText(page('Outcome of the 5th Korea-Norway Joint Committee', '2016-10-20', [
      'Vice Minister Park Ji-hoon and State Secretary Ingrid Solberg held the 5th Korea-Norway Joint Committee in Oslo on October 19.',
      'The two sides agreed to launch a working group on shipbuilding.',
    ]), { id: 'test-finer-month-held' });
    const later = parseReleaseText(page('1st Meeting of the Korea-Norway Shipbuilding Working Group', '2022-03-15', [
      'The working group was set up under the agreement reached at the Korea-Norway Joint Committee in October 2016, and held its first meeting in Seoul on March 14.',
    ]), { id: 'test-finer-month-later' });
    const r = createEngine({ index: buildFactIndex([held, later]) }).ask('date of the 2016 korea norway joint committee?');
    expect(r.kind === 'answer' ? r.answer : null).toBe('October 19');
  });
});

describe('a meeting the release numbers in a sentence of its own', () => {
  it('answers where the Nth meeting was held from the lead when a later sentence says "This was the fourth …, following those held in …"', () => {
    const rel = parseReleaseText(page('Outcome of the Korea-Canada 2+2 Meeting', '2024-06-12', [
      'Foreign Minister Lee Ji-won and Defence Minister Choi Dong-hyun held the Korea-Canada Foreign and Defence Ministers\' Meeting (2+2) with their Canadian counterparts at Global Affairs Canada in Ottawa on June 11.',
      'This was the fourth 2+2 meeting between the two countries, following those held in Seoul in May 2018, in Toronto in July 2020 and in Seoul in April 2022.',
      'The ministers agreed to hold the next meeting in Korea.',
    ]), { id: 'test-declared-ordinal' });
    const ask = asker(rel);
    expect(ask('Where did the fourth korea-canada 2+2 take place?')).toMatch(/Ottawa/);
    expect(ask('where will the next korea-canada 2+2 be held?')).toBe('Korea');
  });
});

describe('US office abbreviations', () => {
  it('reads SecDef, SecState and USTR as the offices they abbreviate', () => {
    const rel = parseReleaseText(page('Korea-US High-Level Economic and Security Talks', '2023-08-02', [
      'The Korean delegation was led by Foreign Minister Oh Sang-min and Minister of National Defense Jang Hoon.',
      'The US side was represented by Secretary of State Laura B. Whitfield, Secretary of Defense Martin O. Cray and US Trade Representative Dana L. Poole.',
    ]), { id: 'test-us-offices' });
    const ask = asker(rel);
    expect(ask('who was the SecDef at the talks')).toBe('Martin O. Cray');
    expect(ask('who was the USTR at the talks?')).toBe('Dana L. Poole');
    expect(ask("who's the secstate at the talks?")).toBe('Laura B. Whitfield');
  });
});

describe('an act dated past the place it names', () => {
  it('dates landing with the day after "arrived at … Airport on", not the departure day before it', () => {
    const rel = parseReleaseText(page('Return of Korean Nationals from Abroad', '2024-03-09', [
      'A chartered flight carrying 153 Korean nationals departed Tbilisi International Airport on March 7 and arrived at Gimpo International Airport on March 8.',
    ]), { id: 'test-act-past-place' });
    const ask = asker(rel);
    expect(ask('When did the charter flight land at Gimpo?')).toBe('March 8');
    expect(ask('when did the charter flight leave tbilisi?')).toBe('March 7');
  });
});

describe('a dated line of a schedule', () => {
  it('dates every item of "June 12: …; …; state banquet at the Palace" by its label, for the visit the lead reports', () => {
    const rel = parseReleaseText(page("Outcome of the President's State Visit to Sweden", '2019-06-16', [
      'President Moon Sung-ho paid a state visit to Sweden from June 11 to 15 at the invitation of King Carl Gustaf.',
      'The main schedule of the visit was as follows.\n- June 12: Official welcoming ceremony at the Royal Palace; summit meeting and joint press conference; state banquet at the Royal Palace\n- June 13: Visit to the Karolinska Institute; business forum in Stockholm',
    ]), { id: 'test-schedule-line' });
    const ask = asker(rel);
    expect(ask('what day was the state banquet for President Moon?')).toBe('June 12');
    expect(ask('when did president moon visit the karolinska institute')).toBe('June 13');
  });
});

describe('a name before a phrase of the question\'s own words', () => {
  it('answers "which gas field" with "the Orvik gas field", not "one of the largest gas fields", and keeps a name with a digit', () => {
    const rel = parseReleaseText(page('Korea-Norway Energy Consultation', '2024-05-14', [
      'They agreed to continue discussions on Korean participation in the next phase of the Orvik gas field, one of the largest gas fields in the North Sea.',
      'The two sides also discussed the Fossvik-2 hydropower plant project on the Glomma River.',
    ]), { id: 'test-named-phrase' });
    const ask = asker(rel);
    expect(ask('which norwegian gas field do korean firms want in on?')).toBe('Orvik gas field');
    expect(ask('which hydropower project on the glomma did they discuss')).toMatch(/^Fossvik-2 hydropower plant/);
  });
});

describe('"co" and "cos" for company and companies', () => {
  it('reads "mining co" as a company, but not the "co" of "co-chaired"', () => {
    const rel = parseReleaseText(page('2nd Korea-Mongolia Critical Minerals Dialogue', '2025-09-03', [
      'The Dialogue was co-chaired by Ambassador Kim Tae-ho and Mongolian Vice Minister Bat-Erdene Gantulga.',
      'Officials from the Korean Ministry of Trade, Industry and Energy, the Korea Mine Rehabilitation and Mineral Resources Corporation (KOMIR) and the Korea Institute of Geoscience and Mineral Resources (KIGAM) attended, as did representatives of the Mongolian state mining company Erdenes Tavan Tolgoi.',
    ]), { id: 'test-co-company' });
    const ask = asker(rel);
    expect(ask('which mongolian state mining co took part in the critical minerals dialogue')).toBe('Erdenes Tavan Tolgoi');
    expect(ask('who co-chaired the dialogue with the mongolian vice minister?')).toBe('Kim Tae-ho');
  });
});

describe('a figure asked of an occasion', () => {
  it('does not answer "how much did Korean companies commit during the state visit" with a figure of another occasion', () => {
    const visit = parseReleaseText(page("Outcome of the President's State Visit to the United States", '2023-04-30', [
      'President Kang Min-seok paid a state visit to the United States from April 24 to 29 at the invitation of President Ellison.',
      'The two leaders adopted a joint statement on the alliance.',
    ]), { id: 'test-occasion-visit' });
    const other = parseReleaseText(page('Korea and the US Agree to Launch Working Group on Visas for Korean Business Personnel', '2025-09-10', [
      'Minister Bae stressed that Korean companies have committed more than US$ 150 billion in US manufacturing investment since 2022, and that the timely dispatch of skilled personnel is essential for those projects to succeed.',
    ]), { id: 'test-occasion-other' });
    const engine = createEngine({ index: buildFactIndex([visit, other]) });
    const r = engine.ask('how much did korean companies commit to invest in the US during the state visit');
    expect(r.kind).not.toBe('answer');
    const since = engine.ask('how much have korean companies committed in US manufacturing investment since 2022?');
    expect(since.kind === 'answer' ? since.answer : null).toMatch(/US\$ 150 billion/);
  });
});

describe('a people\'s word in its other spelling', () => {
  it('knows "Ecuadorian" (the package writes "Ecuadorean") as a people\'s word, not a place before the one asked', () => {
    expect(isDemonym('Ecuadorian')).toBe(true);
    expect(isDemonym('Ecuadorians')).toBe(true);
    const rel = parseReleaseText(page('Emergency Humanitarian Assistance to Ecuador', '2016-04-20', [
      'Relief goods (tents, blankets and water purifiers): US$ 300,000, to be airlifted from Incheon on April 22 and handed over to Ecuadorian authorities in Manta',
    ]), { id: 'test-demonym-spelling' });
    expect(asker(rel)('where are the tents being handed over to the ecuadorians?')).toBe('Manta');
  });
});

describe('a whole that opens the sentence, and a part in a narrower place', () => {
  it('answers how many live in the country with "Of the roughly N … residing in <country>", not the part in one city', () => {
    const rel = parseReleaseText(page('Opening of the Honorary Consulate in Cusco', '2023-05-10', [
      'Of the roughly 650 Korean nationals residing in Peru, about 90 live within the new consulate\'s jurisdiction.',
      'Of the 15 CARICOM member states, 13 were represented at the ministerial level.',
    ]), { id: 'test-opening-whole' });
    const ask = asker(rel);
    expect(ask('roughly how many Koreans live in Peru?')).toBe('roughly 650');
    expect(ask('how many caricom members were represented?')).toBe('13');
  });
});

describe('"how strong was the quake"', () => {
  it('asks the magnitude of an earthquake', () => {
    const rel = parseReleaseText(page('Emergency Humanitarian Aid to Nepal', '2015-04-27', [
      'The Government will provide US$ 1 million to Nepal, where a magnitude 7.8 earthquake struck near Kathmandu on April 25, and most of the 650 Korean nationals there live in Kathmandu.',
    ]), { id: 'test-how-strong' });
    const ask = asker(rel);
    expect(ask('How strong was the Nepal earthquake?')).toBe('magnitude 7.8');
    expect(ask('how powerful was the quake')).toBe('magnitude 7.8');
  });
});

describe('"since when is the FTA in force"', () => {
  it('asks the entry into force, not a date of the trade that grew since', () => {
    const rel = parseReleaseText(page('Korea-Colombia Policy Consultation', '2017-03-08', [
      'The two sides noted that bilateral trade, which stood at US$ 1.6 billion in 2016, has grown since the Korea-Colombia Free Trade Agreement entered into force on July 15, 2016.',
    ]), { id: 'test-since-in-force' });
    expect(asker(rel)('since when is the korea colombia FTA in force')).toBe('July 15, 2016');
  });
});

describe('a part after "of whom"', () => {
  it('answers how many were killed with the part whose own words say it, and how many fought with the whole', () => {
    const rel = parseReleaseText(page('Foreign Minister Honours Ethiopian Korean War Veterans', '2023-05-20', [
      'He noted that some 3,500 Ethiopian soldiers fought for the freedom of the Republic of Korea between 1951 and 1953, of whom 122 lost their lives.',
    ]), { id: 'test-of-whom' });
    const ask = asker(rel);
    expect(ask('How many Ethiopian soldiers were killed in the Korean War?')).toBe('122');
    expect(ask('How many Ethiopian soldiers fought in the Korean War?')).toBe('some 3,500');
  });
});

describe('a teacher is a person', () => {
  it('answers "which vienna teacher got an award" with the name', () => {
    expect(analyzeQuestion('which vienna teacher got an award').type).toBe('who');
    const rel = parseReleaseText(page('Korean Language Teachers Workshop', '2024-08-01', [
      'The Outstanding Teacher Award was presented to 12 teachers, including Kim Su-bin of the Vienna Korean School in Austria, who developed a bilingual reading program.',
    ]), { id: 'test-teacher' });
    expect(asker(rel)('which vienna teacher got an award')).toBe('Kim Su-bin');
  });
});

describe('members of a grouping of states', () => {
  it('answers "which DAC members were the examiners" with the countries, as the text lists them', () => {
    expect(analyzeQuestion('which DAC members were the examiners?').type).toBe('country');
    const rel = parseReleaseText(page('Results of the OECD DAC Peer Review of Korea', '2024-06-25', [
      'The DAC members discussed the draft findings at a peer review meeting on June 19.',
      'The review was carried out by examiners from Sweden and Portugal together with the OECD Secretariat.',
    ]), { id: 'test-dac-members' });
    expect(asker(rel)("which DAC members were the examiners for korea's peer review")).toBe('Sweden and Portugal');
  });
});

describe('a place of several words before a bracket or colon', () => {
  it('answers "where is the company registered" with the whole name of the islands', () => {
    const rel = parseReleaseText(page('Unilateral Sanctions on Shipping Companies', '2025-02-10', [
      'The designated entities are as follows:',
      'Coral Tide Shipmanagement Co. (registered in the Solomon Islands): operator of two tankers that took part in ship-to-ship transfers',
    ]), { id: 'test-islands-bracket' });
    expect(asker(rel)('where is coral tide shipmanagement registered')).toBe('Solomon Islands');
  });
});

describe('a span of years whose second year is written short', () => {
  it('reads "2026-27" and "23/24" as the years the text writes in full', () => {
    expect(terms('for the 2026-27 term')).toEqual(expect.arrayContaining(['2026', '2027']));
    expect(terms('in the 23/24 season')).toEqual(expect.arrayContaining(['2023', '2024']));
    expect(terms('2019-12-01')).not.toContain('2012');
    const rel = parseReleaseText(page('Korea Pledges to Women and Peace Fund', '2026-03-25', [
      'The Government of the Republic of Korea announced the following contribution at the open debate:',
      'Pledge: US$ 3 million to the Global Women and Peace Fund (GWPF) for 2026-2027',
    ]), { id: 'test-short-years' });
    expect(asker(rel)("korea's pledge to the GWPF for 2026-27?")).toBe('US$ 3 million');
  });
});

describe('a list that opens on dashes with circles under them', () => {
  it('reads the circled lines as details of the dash above them', () => {
    const text = ['Press Releases', '', 'Korea-Chile Joint Commission', '', 'Date', '2018-11-07', 'hit', '3', '',
      '1. The two sides signed the following documents:', '',
      '- Memorandum of Understanding on Cooperation in Mining', '',
      '- Record of Discussions on the "Drip Irrigation Pilot Project in Atacama Region"', '',
      '° Amount: US$ 3.2 million (grant aid from KOICA)', '', '° Period: 2019-2021', '',
      '2. The next Joint Commission Meeting will be held in Santiago in 2020.'].join('\n');
    const rel = parseReleaseText(text, { id: 'test-dash-circle' });
    expect(rel.paragraphs.filter((p) => p.kind === 'bullet').map((p) => p.level)).toEqual([1, 1, 2, 2]);
    expect(asker(rel)('how big is the KOICA grant for the irrigation pilot in atacama?')).toBe('US$ 3.2 million');
  });
});

describe('the tally of a vote', () => {
  it('answers "what was the vote" with the whole tally, and "how many co-sponsors" with the figure its label or verb counts', () => {
    const text = ['Press Releases', '', 'Security Council Resolutions Adopted in May', '', 'Date', '2026-06-02', 'hit', '3', '',
      '1. The Council adopted the following resolutions in May:', '',
      '° Resolution 2901 (2026): extension of the mandate of the UN Interim Force in the Levant until August 31, 2027', '',
      '- Adopted: May 12 / Vote: 12 in favour, 0 against and 3 abstentions (China, Algeria, Russian Federation)', '',
      '° Resolution 2902 (2026): protection of humanitarian workers', '',
      '- Adopted: May 28 / Vote: unanimous (15 in favour) / Co-sponsors: 71 Member States', '',
      '2. Resolution 2899 (2026) on maritime security was adopted by 13 votes in favour, none against, and two abstentions, and was co-sponsored by 48 Member States.'].join('\n');
    const ask = asker(parseReleaseText(text, { id: 'test-vote-tally' }));
    expect(ask('What was the vote on the levant force renewal in May?')).toBe('12 in favour, 0 against and 3 abstentions');
    expect(ask('vote count on the maritime security resolution?')).toBe('13 votes in favour, none against, and two abstentions');
    expect(ask('How many co-sponsors did the humanitarian workers resolution have?')).toBe('71');
    expect(ask('how many cosponsors did the maritime security resolution get')).toBe('48');
  });
});

describe('a numbered committee asked by its abbreviation', () => {
  it('answers "where did the 5th korea-swiss joint cmte meet" with the venue, not the body a co-chair works at', () => {
    const rel = parseReleaseText(page('Korea-Switzerland Joint Committee on Innovation', '2024-05-20', [
      'The 5th Korea-Switzerland Joint Committee on Research and Innovation Cooperation was held in Zurich on May 17. The meeting was co-chaired by Kim Do-hyun, Director-General for Science Diplomacy, and Anna Meier-Graf, Head of Bilateral Relations at the Swiss Federal Office for Education and Innovation.',
    ]), { id: 'test-cmte-venue' });
    expect(asker(rel)('where did the 5th korea-swiss joint cmte meet?')).toBe('Zurich');
  });
});

describe('"where in" a city', () => {
  it('answers with the place inside the city, not the city the question gives', () => {
    const rel = parseReleaseText(page('President Attends the G20 Summit', '2019-06-30', [
      'The President attended the 14th G20 Summit, held at Harbour Expo Hall in Nagoya, Japan, on June 28 and 29.',
    ]), { id: 'test-where-in-city' });
    expect(asker(rel)('where in nagoya was the g20 summit held')).toBe('Harbour Expo Hall');
  });
  it('does not take "the Convention" of "States Parties to the Convention" for a place', () => {
    const rel = parseReleaseText(page('Korean Expert Elected to Treaty Committee', '2016-06-16', [
      'Professor Lim Ha-na was elected as a member of the Committee on the Rights of Migrant Workers at the 9th Meeting of States Parties to the Convention on the Protection of Migrant Workers, held on June 14 at UN Headquarters in New York.',
    ]), { id: 'test-convention-no-place' });
    expect(asker(rel)('venue of the 9th mtg of states parties to the migrant workers convention?')).toBe('UN Headquarters in New York');
  });
});

describe('an opening phrase that puts a sentence before the event asked', () => {
  it('does not date the adoption with what happened "prior to the adoption"', () => {
    const text = ['Press Releases', '', 'Resolution on Human Rights in the DPRK', '', 'Date', '2018-11-16', 'hit', '3', '',
      '1. The ROK co-sponsored the resolution on the situation of human rights in the DPRK at the Third Committee of the UN General Assembly:', '',
      '° Adoption: November 15, 2018, without a vote', '', '° Co-sponsors: 61 countries', '',
      '2. Prior to the adoption, the Special Rapporteur on the situation of human rights in the DPRK presented his report to the Third Committee on October 23.'].join('\n');
    expect(asker(parseReleaseText(text, { id: 'test-prior-to' }))('when did the third committee pass the DPRK HR reso in 2018?')).toBe('November 15, 2018');
  });
});

describe('a labelled line of a list and a share asked', () => {
  it('answers "how much have korean companies invested in X" from a line whose list lead speaks of investment', () => {
    const text = ['Press Releases', '', 'Investment Briefing on Mexico', '', 'Date', '2024-03-12', 'hit', '3', '',
      '1. Korean investment in Mexico in 2023 alone amounted to US$ 1.1 billion, a 30 percent increase from the previous year.', '',
      '2. The cumulative investment of Korean companies in Mexico by state as of the end of 2023 is as follows:', '',
      '- Nuevo León: US$ 2.7 billion', '', '- Querétaro: US$ 1.3 billion'].join('\n');
    expect(asker(parseReleaseText(text, { id: 'test-labelled-invest' }))('how much have korean companies invested in queretaro (cumulative, end-2023)?')).toBe('US$ 1.3 billion');
  });
  it('answers "what share of X goes to Africa" with the percentage a labelled line gives', () => {
    const text = ['Press Releases', '', 'Development Cooperation Committee Meets', '', 'Date', '2025-01-30', 'hit', '3', '',
      '1. Under the 2025 plan, a total of 6.3 trillion won in official development assistance will be provided through 1,810 projects.', '',
      '° Ministry of Foreign Affairs share: 2.9 trillion won, of which 1.1 trillion won is for humanitarian assistance', '',
      '° Multilateral share: 1.4 trillion won, in contributions to international organizations', '',
      '2. Bilateral assistance will be allocated by region as follows:', '',
      '- Asia: 36.1%', '', '- Africa: 21.4%'].join('\n');
    expect(asker(parseReleaseText(text, { id: 'test-share-africa' }))('what share of bilateral aid is going to africa in the 2025 plan')).toBe('21.4%');
  });
});

describe('currencies other than the dollar, euro, won and yen, and troops told as soldiers', () => {
  it('answers a trade figure in Swiss francs and a count of troops the text calls soldiers', () => {
    const rel = parseReleaseText(page('Foreign Minister Meets Swiss Federal Councillor', '2023-05-11', [
      'Federal Councillor Meier said that bilateral trade had reached CHF 4.8 billion in 2022 and that some 170 Swiss companies were operating in Korea.',
      'Minister Kim thanked Luxembourg for sending some 100 soldiers to fight in the Korean War.',
    ]), { id: 'test-chf-soldiers' });
    const ask = asker(rel);
    expect(ask('ROK-swiss bilateral trade in 2022?')).toBe('CHF 4.8 billion');
    expect(ask('how many luxembourg troops were sent to the korean war?')).toBe('some 100');
  });
  it('does not count the soldiers killed as the soldiers sent', () => {
    const rel = parseReleaseText(page('Memorial to Korean War Veterans Restored', '2024-06-28', [
      'The restored memorial has a new wall engraved with the names of the 163 Greek soldiers killed in the war.',
    ]), { id: 'test-killed-not-sent' });
    expect(asker(rel)('how many greek troops were sent to the korean war?')).toBeNull();
  });
});

describe('a footnote of several sentences', () => {
  it('reads its later sentences with its first', () => {
    const text = ['Press Releases', '', 'Ambassador Attends Memorial Ceremony', '', 'Date', '2024-06-27', 'hit', '3', '',
      '1. The Embassy held a ceremony to unveil the restored memorial to the Korean War veterans of Thailand.', '',
      '* Thailand was the first Asian country to send ground troops to the Korean War. From 1950 to 1955 it dispatched some 6,300 troops, along with two frigates.'].join('\n');
    const index = buildFactIndex([parseReleaseText(text, { id: 'test-footnote' })]);
    expect(index.facts.find((f) => f.text.startsWith('From 1950'))?.context).toMatch(/^Thailand was the first/);
  });
});

describe('a venue a labelled line gives', () => {
  it('reads "Venue:" after other labels, a venue label that goes on in words, and a thing\'s line that opens on its place and date', () => {
    const text = ['Press Releases', '', 'MIKTA Foreign Ministers Meet', '', 'Date', '2022-09-23', 'hit', '3', '',
      '1. The 21st MIKTA Foreign Ministers\' Meeting was held in New York on September 22.', '',
      '° Event: MIKTA Youth Leaders\' Forum; Date: July 3-7; Venue: Daegu', '',
      '° MIKTA Young Diplomats\' Workshop: Gangneung, October 17 to 21 (30 participants from the five countries)', '',
      '° Venue: Incheon will host the annual meeting of the MIKTA Focal Points Network in November 2022'].join('\n');
    const ask = asker(parseReleaseText(text, { id: 'test-venue-labels' }));
    expect(ask('Which city is hosting the MIKTA youth leaders forum?')).toBe('Daegu');
    expect(ask("where's the mikta young diplomats workshop being held")).toBe('Gangneung');
    expect(ask('where is the mikta focal points network mtg this november')).toBe('Incheon');
  });
  it('takes a place after "on <topic>" when the sentence says it will host there', () => {
    const rel = parseReleaseText(page('Security Council Adopts Resolution', '2026-08-21', [
      'As a follow-up, the ROK will host a high-level conference on maritime security in Yeosu in November 2026.',
    ]), { id: 'test-host-topic-place' });
    expect(asker(rel)('Where will Korea host the high-level maritime security conference in November?')).toBe('Yeosu');
  });
});

describe('a numbered thing a labelled line names', () => {
  it('answers "what was session 2 about" with the words after "Session 2:"', () => {
    const text = ['Press Releases', '', 'Seminar on Countering Sanctions Evasion', '', 'Date', '2024-09-28', 'hit', '3', '',
      '1. The Ministry hosted the 2nd International Seminar on Maritime Sanctions Enforcement on September 27.', '',
      '° Session 1: Detecting ship-to-ship transfers (moderator: Dr. Kim Ji-ho, Korea Maritime Institute)', '',
      '° Session 2: Flag registries and false flags (moderator: Ms. Anna Berg, maritime lawyer based in Oslo)'].join('\n');
    const ask = asker(parseReleaseText(text, { id: 'test-session-label' }));
    expect(ask('what was session 2 about')).toBe('Flag registries and false flags');
    expect(ask('what was session 1 about')).toBe('Detecting ship-to-ship transfers');
  });
});

describe('an event of a term, and a city asked', () => {
  it('dates a ceremony of the new term by its own day, though the sentence does not say "term"', () => {
    const rel = parseReleaseText(page('Korea Begins Its Term on the Security Council', '2026-01-03', [
      'To prepare for the term, the Ministry has added seven diplomats to the Permanent Mission in New York since October 2025.',
      'A flag installation ceremony for the five new members was held in front of the Security Council Chamber at UN Headquarters in New York on January 2 (local time).',
    ]), { id: 'test-term-ceremony' });
    expect(asker(rel)("date of the flag installation ceremony for korea's new unsc term?")).toBe('January 2');
  });
  it('answers "which city" with the city, not the distance from another', () => {
    const rel = parseReleaseText(page('Foreign Minister Visits Belgium', '2022-11-10', [
      'On November 8, Minister Park visited the research institute\'s headquarters in Ghent, about 50 kilometres west of Brussels, where he was briefed on chip research.',
    ]), { id: 'test-city-not-distance' });
    expect(asker(rel)('which city did park go to for the research institute visit')).toBe('Ghent');
  });
});

describe('earnings are money', () => {
  it('does not answer "how much did it earn" with a weight', () => {
    const rel = parseReleaseText(page('Sanctions Monitoring Team Issues Report', '2025-10-22', [
      'According to the report, North Korea exported about 1.4 million tons of coal in 2024 in violation of UN Security Council resolutions.',
    ]), { id: 'test-earn-money' });
    const ask = asker(rel);
    expect(ask('How much did NK earn from its coal exports in 2024?')).toBeNull();
    expect(ask('How much coal did NK export in 2024?')).toBe('about 1.4 million tons');
  });
});

describe('a currency is a whole unit', () => {
  it('does not take "5,000 entrepreneurs" for money', () => {
    const rel = parseReleaseText(page('Korea Supports Start-ups in Kenya', '2024-05-02', [
      'The program has trained some 5,000 entrepreneurs in Nairobi since 2021.',
    ]), { id: 'test-entrepreneurs-no-money' });
    expect(asker(rel)('how much has the program cost?')).toBeNull();
  });
});

describe('a title of fields joined by "and"', () => {
  it('takes the name after the whole title, not the field words before "of the Ministry"', () => {
    const rel = parseReleaseText(page('Korea and Chile Sign Youth Mobility Arrangement', '2024-03-14', [
      'The arrangement was signed in Santiago on March 12 by Ambassador of the ROK to Chile Kim Dong-hwan and Undersecretary for Migration and Chilean Communities Abroad of the Ministry of Foreign Affairs of Chile Rodrigo Andrés Fuentes.',
    ]), { id: 'test-title-fields-and' });
    expect(asker(rel)('who signed it for the chilean side')).toBe('Rodrigo Andrés Fuentes');
  });
  it('keeps a Korean name before "and" the next person\'s own', () => {
    const people = findPeople('Director-General for Overseas Koreans and Consular Affairs Lim Sung-jin and Maria Delgado Ruiz, Director of Consular Services of Peru\'s Ministry of Foreign Affairs, held the talks.');
    expect(people.map((p) => p.name)).toEqual(['Lim Sung-jin', 'Maria Delgado Ruiz']);
    expect(people[1]!.title).not.toContain('Lim');
  });
});

describe('who chaired, took over, co-chaired for a side', () => {
  it('does not take the city of a post for the place of the meeting', () => {
    const rel = parseReleaseText(page('Seoul Hosts Plenary of Export Control Group', '2019-06-21', [
      'The annual plenary of the export control group was held in Seoul from June 18 to 20. Korea holds the chairmanship for one year, taking over from Ambassador Lucía Romero of Argentina, who chaired the group in 2018.',
      'Ambassador Park Min-ho, former Permanent Representative to the UN Office in Geneva, presided over the plenary as the new Chair of the group.',
    ]), { id: 'test-post-place' });
    expect(asker(rel)('who chaired the plenary in seoul')).toBe('Park Min-ho');
  });
  it('answers "who took over … from X" with the successor, not X', () => {
    const rel = parseReleaseText(page('Korea Assumes Chairmanship of Export Regime', '2024-10-10', [
      'At the opening session, Ambassador Kim Yu-jin, Ambassador for Nonproliferation Affairs, assumed the chairmanship for 2024-2025, taking over from Ambassador Lars Eriksen of Norway, who had chaired the regime since 2023.',
    ]), { id: 'test-took-over-from' });
    expect(asker(rel)('who took over the chair from norway')).toBe('Kim Yu-jin');
  });
  it('answers "who co-chaired … for the secretariat" with the secretariat\'s co-chair', () => {
    const rel = parseReleaseText(page('Korea and Caribbean Community Hold Fund Review', '2022-04-05', [
      'The review meeting was co-chaired by Director-General for Latin American and Caribbean Affairs Park Ji-hoon of the Ministry of Foreign Affairs and Deputy Secretary-General Maria Santos of the Caribbean Community Secretariat.',
    ]), { id: 'test-for-side' });
    expect(asker(rel)('who co-chaired the fund review for the community secretariat?')).toBe('Maria Santos');
  });
});

describe('the city visited hosts the meeting held on the visit', () => {
  it('answers "which city hosted" with the capital visited', () => {
    const rel = parseReleaseText(page('Foreign Minister Visits Viet Nam', '2024-02-14', [
      'Foreign Minister Cho Tae-yul visited Hanoi on February 11-12 and co-chaired the 5th ROK-Viet Nam Joint Committee with his Vietnamese counterpart at the Government Guesthouse.',
    ]), { id: 'test-visited-city-hosts' });
    expect(asker(rel)('which city hosted the 5th joint committee?')).toBe('Hanoi');
  });
});

describe('a ministers\' meeting is not a summit', () => {
  it('dates the first ministers\' meeting, not the first summit', () => {
    const rel = parseReleaseText(page('Korea-Pacific Islands Foreign Ministers\' Meeting Held', '2025-10-02', [
      'The ministers recalled the 1st Korea-Pacific Islands Summit, held in Seoul on May 29, 2023, and agreed to consider a second summit-level meeting.',
      'The new Action Plan builds on the three priority areas agreed at the 1st Korea-Pacific Islands Foreign Ministers\' Meeting, held in Seoul in October 2011.',
    ]), { id: 'test-fmm-not-summit' });
    expect(asker(rel)('when was the very first korea-pacific islands FMM?')).toBe('October 2011');
  });
});

describe('Korea named by the question is no place asked', () => {
  it('answers "where is korea\'s station" with the town, not Korea', () => {
    const rel = parseReleaseText(page('Vice Minister Meets Head of Test-Ban Organization', '2024-06-12', [
      'Verification facility in Korea: auxiliary seismic station AS62 in Chuncheon, Gangwon Province',
    ]), { id: 'test-korea-not-place' });
    expect(asker(rel)("where is korea's auxiliary seismic station for verification")).toBe('Chuncheon');
  });
});

describe('a country that names a mission', () => {
  it('counts the people in "the OSCE moldova mission", not a figure by the country', () => {
    const rel = parseReleaseText(page('Korea Supports OSCE Mission', '2019-12-06', [
      'Four Korean nationals are currently serving as observers with the Mission, which has some 60 observers deployed across Moldova.',
    ]), { id: 'test-country-mission' });
    expect(asker(rel)('how many korean nationals serve as observers in the OSCE moldova mission')).toBe('Four');
  });
});

describe('amounts asked with a currency sign, at a capital', () => {
  const rel = parseReleaseText(page('President Attends Summit in Lisbon', '2023-07-01', [
    'The President attended the summit held in Lisbon from June 28 to 30.',
    'The President announced that the ROK would provide an additional US$ 40 million in humanitarian assistance to Moldova, bringing its total humanitarian assistance to Moldova to US$ 90 million.',
  ]), { id: 'test-currency-sign-capital' });
  it('takes a bare "$" for an amount asked', () => {
    expect(asker(rel)('extra humanitarian $ for moldova?')).toBe('US$ 40 million');
  });
  it('does not take the capital after "at" for whose figure it is', () => {
    expect(asker(rel)('how much extra humanitarian aid for moldova was announced at lisbon?')).toBe('US$ 40 million');
  });
});

describe('which <person noun> <past verb>', () => {
  it('asks a person: "which OSCE deputy SG came to the opening"', () => {
    expect(analyzeQuestion('Which OSCE deputy SG came to the opening of the new office?').type).toBe('who');
    expect(analyzeQuestion('which UN special rapporteur attended the seminar').type).toBe('who');
  });
});

describe('"which <people> city did …" asks a place', () => {
  it('answers the city travelled to', () => {
    expect(analyzeQuestion('Which Slovak city did the minister visit for the battery plant?').type).toBe('where');
    const rel = parseReleaseText(page('Vice Minister Visits Slovakia', '2024-05-20', [
      'On May 17, she travelled to Košice, the main hub of the battery supply chain in the region.',
    ]), { id: 'test-which-people-city' });
    expect(asker(rel)('Which Slovak city did she go to as the battery hub?')).toBe('Košice');
  });
});

describe('examples of a counted group are not whose figure it is', () => {
  it('answers "how many dialogue partners does ASEAN have" from "… 11 dialogue partners, including …"', () => {
    const rel = parseReleaseText(page('Vice Minister Attends ASEAN Post Ministerial Conference', '2023-07-14', [
      'Participants: foreign ministers of the member states and representatives of the Association\'s 11 dialogue partners, including the United States, Japan, China, India and the EU',
      'Korea became an ASEAN dialogue partner in 1989.',
    ]), { id: 'test-including-examples' });
    expect(asker(rel)('how many dialogue partners does ASEAN have')).toBe('11');
  });
});

describe('a running total is no one edition\'s figure', () => {
  it('does not answer "how many in the 5th course" with the total since launch', () => {
    const rel = parseReleaseText(page('5th Korea-Africa Diplomatic Training Course Opens', '2024-09-03', [
      'On September 2, the Korea National Diplomatic Academy opened the 5th Korea-Africa Diplomatic Training Course in Seoul.',
      'Since the course was launched in 2020, a total of 118 diplomats from the region have completed it.',
    ]), { id: 'test-running-total-edition' });
    expect(asker(rel)('how many diplomats are in the 5th korea-africa training course')).toBeNull();
  });
});

describe('"that of the N …, M …": the whole after "that"', () => {
  it('answers the part, not the whole', () => {
    const rel = parseReleaseText(page('Senior Officials Review Follow-up Projects', '2025-03-20', [
      'The Director-General reported that of the 44 cooperation projects listed in the joint action plan, 29 had been launched or completed as of the end of February.',
    ]), { id: 'test-that-of-the-whole' });
    expect(asker(rel)('how many of the action plan projects had been launched or completed by end of feb')).toBe('29');
  });
});

describe('"this year" is not last year', () => {
  it('does not answer "this yr" with last year\'s figure', () => {
    const rel = parseReleaseText(page('Embassy Hosts Send-off for Scholarship Recipients', '2024-08-20', [
      'Last year\'s send-off, held on August 22, 2023, bade farewell to 7 Ghanaian scholars.',
      'Some 50 guests attended the event, among them the 9 scholars from Ghana who will leave for Korea next month, their families and alumni.',
    ]), { id: 'test-this-year' });
    expect(asker(rel)('how many ghanaian students got the scholarship this yr?')).not.toBe('7');
  });
});

describe('a labelled line of a list of Koreans', () => {
  it('answers how many Koreans from the line, though it names a foreign place', () => {
    const rel = parseReleaseText(rawPage('Ministry Reviews Safety of Nationals in Libya', '2024-01-09', [
      '1. The Ministry held a meeting on the safety of Korean nationals in Libya on January 9.',
      '[Korean nationals in Libya by site]',
      '- Great Man-Made River project (south of Tripoli): about 120',
      '- Benghazi power plant: some 45',
    ]), { id: 'test-labelled-koreans' });
    expect(asker(rel)('how many koreans are at the great man-made river project?')).toBe('about 120');
  });
});

describe('a leader asked is a person, not a host country', () => {
  it('does not answer "which leader co-chaired" with the country that co-chaired', () => {
    const rel = parseReleaseText(page('President Attends ASEAN-ROK Summit', '2023-09-06', [
      'The meeting was co-chaired by Laos, which holds the ASEAN Chairmanship this year, and brought together the leaders of the ASEAN Member States.',
    ]), { id: 'test-leader-not-host' });
    expect(asker(rel)('who was the laotian leader co-chairing the asean summit?')).toBeNull();
  });
});

describe('"the two ministers" name each side of their meeting', () => {
  it('dates the talks of the two ministers, not the next day\'s call by one of them', () => {
    const rel = parseReleaseText(page('Foreign Minister Visits Peru', '2025-06-12', [
      'Foreign Minister Chung Eui-sung paid an official visit to Peru from June 9 to 11 at the invitation of Peruvian Foreign Minister Elmer Schialer.',
      'The two Ministers held talks at the Torre Tagle Palace in Lima on June 10, and on June 11 Minister Chung called on President Dina Boluarte.',
    ]), { id: 'test-two-ministers' });
    expect(asker(rel)('what day did FM Chung meet his peruvian counterpart in lima?')).toBe('June 10');
  });
});

describe('what something has is the figure it is said to have', () => {
  it('answers "how many member states does X have" with what X has, not the count of a body of it', () => {
    const rel = parseReleaseText(page('Korea Seeks Seat on ICAO Council', '2025-05-02', [
      'Korea will campaign with the 36 Member States of the ICAO Council, which elect the President of the Council. The ICAO currently has 193 Member States.',
    ]), { id: 'test-has-count' });
    expect(asker(rel)('how many member states does the ICAO have?')).toBe('193');
  });
});

describe('a part of a region is a place', () => {
  it('answers "where" with "the southern Red Sea", not the port named after it', () => {
    const rel = parseReleaseText(page('Tanker Attacked in Red Sea', '2024-03-08', [
      'The ship, which was attacked by Houthi rebels in the southern Red Sea on March 6, arrived safely at Busan Port on March 14.',
    ]), { id: 'test-compass-region' });
    expect(asker(rel)('where was the ship attacked?')).toBe('southern Red Sea');
  });
});

describe('the next meeting\'s place is the one said near "next" or "will be held"', () => {
  it('does not answer with a place of a clause that only mentions the next meeting further on', () => {
    const rel = parseReleaseText(page('Korea Attends ICAO Assembly', '2025-10-04', [
      'Vice Minister Kim said the ROK would continue to work closely with partners in Montreal so that the carbon offsetting talks could be concluded well before the next Assembly of ICAO. The 43rd Assembly (A43) will be held in Lima, Peru, in 2028.',
    ]), { id: 'test-next-place' });
    expect(asker(rel)('where will the next ICAO assembly be?')).toBe('Lima, Peru');
  });
});

describe('the office a candidate runs for is not one held', () => {
  it('answers "who is korea\'s candidate for X secretary-general" with the nominee, whatever post the nominee holds', () => {
    const rel = parseReleaseText(page('Korea Nominates Candidate for ITU Post', '2025-03-12', [
      'The government has decided to nominate Dr. Yoo Min-seo, President of the Electronics and Telecommunications Research Institute, as its candidate for the post of Secretary-General of the International Telecommunication Union (ITU). In 2014, the ITU elected Houlin Zhao, then Deputy Secretary-General, as its Secretary-General.',
    ]), { id: 'test-candidate-office' });
    expect(asker(rel)('who is korea\'s candidate for ITU secretary-general?')).toBe('Yoo Min-seo');
  });
});

describe('a post "to" a body is not of the body', () => {
  it('answers "who signed on the ICAO side" with the ICAO official, not the envoy accredited to it', () => {
    const rel = parseReleaseText(page('Korea Funds ICAO Programme', '2025-04-11', [
      'The agreement was signed at ICAO headquarters in Montreal on April 10 by Ambassador to Canada and Permanent Representative to the ICAO Park Jung-ho and ICAO Secretary General Juan Carlos Salazar.',
    ]), { id: 'test-post-to-body' });
    expect(asker(rel)('who signed the agreement on the ICAO side?')).toBe('Juan Carlos Salazar');
  });
});

describe('the second signer after the first one\'s appositive', () => {
  const rel = parseReleaseText(page('Korea Funds FAO Programme', '2025-05-20', [
    'The agreement was signed by Ambassador Choi Hyung-chan, Permanent Representative of the Republic of Korea to FAO, and Assistant Director-General for Natural Resources Beth Crawford of FAO.',
  ]), { id: 'test-second-signer' });
  it('reads "which FAO ADG" as a person asked and answers with the body\'s official', () => {
    expect(asker(rel)('which FAO ADG signed the agreement with korea?')).toBe('Beth Crawford');
    expect(asker(rel)('FAO ADG who signed the deal w/ korea')).toBe('Beth Crawford');
  });
  it('answers "which X signed … with <country>" with the other side\'s one', () => {
    const mou = parseReleaseText(page('Korea and Japan Sign Fisheries MOU', '2025-02-11', [
      'The memorandum was signed by Director-General Tanaka Hiroshi of Japan and Director-General Lee Min-ho of Korea in Tokyo.',
    ]), { id: 'test-which-with' });
    expect(asker(mou)('which director-general signed the memorandum with japan?')).toBe('Lee Min-ho');
  });
});

describe('a part set apart by a narrower place', () => {
  const rel = parseReleaseText(page('Safety Notice for Nationals in Bolivia', '2025-03-02', [
    'There are currently some 600 Korean nationals residing in Bolivia, about 420 of whom live in Santa Cruz de la Sierra.',
  ]), { id: 'test-narrower-part' });
  it('answers the country\'s count with the whole, and the city\'s with the part', () => {
    expect(asker(rel)('how many koreans live in bolivia?')).toBe('some 600');
    expect(asker(rel)('how many koreans live in santa cruz?')).toBe('about 420');
  });
});

describe('the city the question names is not a country answer', () => {
  const rel = parseReleaseText(page('Korea Attends Ministerial Meeting', '2025-03-03', [
    'The Doha Ministerial Declaration, adopted by consensus on March 2, was welcomed by all members.',
    'The meeting was held in Doha, Qatar, from February 28 to March 2.',
  ]), { id: 'test-city-not-country' });
  it('does not answer "which countries adopted the doha declaration" with the host, yet names the host when asked', () => {
    expect(asker(rel)('which countries adopted the doha declaration?')).toBeNull();
    expect(asker(rel)('which country hosted the doha meeting?')).toBe('Qatar');
  });
});

describe('a name the question types in lower case, capitalized in a later clause', () => {
  const rel = parseReleaseText(page('Korea Marks Law of the Sea Anniversary', '2024-11-16', [
    'The Convention on the Law of the Sea was adopted in 1982 to set rules for the oceans, and was supplemented by the Fish Stocks Agreement in 1995 to govern straddling stocks.',
  ]), { id: 'test-lowercase-name' });
  it('dates the thing named, not the act of the sentence\'s subject', () => {
    expect(asker(rel)('what year was the fish stocks agreement adopted?')).toBe('1995');
    expect(asker(rel)('when was the law of the sea convention adopted?')).toBe('1982');
  });
});

describe('"Korean X and Korean Y" is one noun phrase, not two clauses', () => {
  it('dates the meeting on the safety of Korean aid workers and Korean missionaries', () => {
    const rel = parseReleaseText(page('Ministry Holds Meeting on Sahel Safety', '2025-02-06', [
      'The Ministry convened a meeting on the safety of Korean aid workers and Korean missionaries in Mali and Niger on February 5, following the kidnapping of foreigners in the region since January 2025.',
    ]), { id: 'test-demonym-and' });
    expect(asker(rel)('when did the ministry hold the meeting on the safety of korean aid workers?')).toBe('February 5');
  });
});

describe('a "since" of another date says no first time', () => {
  it('answers "when was the first round" with the round said first, not a date near a "since" of something else', () => {
    const rel = parseReleaseText(page('Korea and Chile Hold Data Adequacy Talks', '2025-06-20', [
      'The talks built on the first round, held in Seoul in May 2023, at which the two sides exchanged basic information on their legal frameworks. At this round, the two delegations carried out a review of Korea\'s privacy act, whose latest amendment passed the National Assembly in February 2024 and took effect in September 2024, and of Chile\'s data protection law, which has been in force since December 2018, for a mutual adequacy arrangement with Chile.',
    ]), { id: 'test-since-other' });
    expect(asker(rel)('when was the first round w/ chile on mutual adequacy?')).toBe('May 2023');
  });
});

describe('where a team was sent from is not whose its leader is', () => {
  it('answers "who led the team sent to caracas from colombia" with the Korean consul who led it', () => {
    const rel = parseReleaseText(page('Embassy Sends Team to Caracas', '2024-03-12', [
      'As the Embassy of the Republic of Korea in Venezuela is closed, the Embassy of the Republic of Korea in Colombia dispatched a two-member team led by Consul Park Ji-hoon to Caracas on March 10.',
      'It worked with the Consular Directorate of the Colombian Ministry of Foreign Affairs, headed by Director Marta Lucía Gómez, to arrange the crossing.',
    ]), { id: 'test-sent-from' });
    expect(asker(rel)('who led the team sent to caracas from colombia?')).toBe('Park Ji-hoon');
  });
});

describe('which <body> session', () => {
  it('numbers the session of the body the question names, and reads a verb after the kind as no kind', () => {
    const rel = parseReleaseText(page('Korea Runs for ICAO Post', '2025-04-02', [
      'The next President of the Council will be elected by the ICAO Council at its 234th session in March 2026, and the result will then be reported to the 42nd session of the ICAO Assembly in late 2026.',
      'In 2013, the Council elected Olumuyiwa Aliu as the fifth President of the Council.',
    ]), { id: 'test-body-session' });
    expect(asker(rel)('which council session votes on the new ICAO council president?')).toBe('234th');
    expect(asker(rel)('which assembly session gets the result?')).toBe('42nd');
  });
});

describe('a date "a day after" an act is not that act\'s date', () => {
  it('dates the signing by the paragraph that opens on the contract, not by talks held a day after it', () => {
    const rel = parseReleaseText(page('Vice Minister Visits Canberra after Howitzer Contract', '2025-03-13', [
      'Second Vice Minister of Foreign Affairs Lim Sang-woo held talks with Australian Deputy Secretary Claire Hendry in Canberra on March 12, a day after Hanwha Aerospace and the Australian Department of Defence inked the production contract for 30 self-propelled howitzers.',
      'The contract was signed in Geelong on March 11, two weeks after the Australian Government approved the final budget of the program. Deliveries will begin in 2027.',
    ]), { id: 'test-day-after-act' });
    expect(asker(rel)('date the howitzer production contract was inked w/ hanwha')).toBe('March 11');
  });
});

describe('labelled lines of signatories and witnesses', () => {
  const rel = parseReleaseText(rawPage('Korea and Laos Launch Customs Cooperation Centre', '2025-09-04', [
    '1. The Republic of Korea and the Lao People\'s Democratic Republic opened the Korea-Laos Customs Cooperation Centre in Vientiane on September 3. At the opening, the two sides also signed a Memorandum of Understanding on Mutual Assistance in Customs Matters.',
    '° Venue: Lao Customs Department, Vientiane',
    '° Signatories: Commissioner Yoo Dae-sik of the Korea Customs Service and Director General Phetsamone Keovongsa of Laos',
    '° Witnesses: Ambassador to Laos Han Min-gyu and Lao Vice Minister of Finance Bounthavy Sisouphanh',
    '2. The Centre will train some 300 Lao customs officers by 2028.',
  ]), { id: 'test-signatories-line' });
  it('reads the line of signatories as speaking of the MOU the paragraph says was signed', () => {
    expect(asker(rel)('who signed the mou for the lao customs side')).toBe('Phetsamone Keovongsa');
  });
  it('does not take a witness for a signer', () => {
    expect(asker(rel)('who signed the customs mou for the lao govt?')).toBe('Phetsamone Keovongsa');
    expect(asker(rel)('who signed the customs mou for the lao ministry of finance?')).not.toBe('Bounthavy Sisouphanh');
  });
});

describe('one who acts for a body of a country is of that country', () => {
  it('answers "who signed for the thai central bank" with the Thai signer, not the Korean', () => {
    const rel = parseReleaseText(page('Korea and Thailand Renew Currency Swap', '2025-01-20', [
      'The Bank of Korea and the Bank of Thailand renewed their bilateral currency swap arrangement worth KRW 6 trillion on January 17. The renewal agreement was signed by Bank of Korea Deputy Governor Park Jin-ho and Senior Deputy Governor Somchai Rattanakorn.',
    ]), { id: 'test-for-body' });
    expect(asker(rel)('who signed the swap for the thai central bank')).toBe('Somchai Rattanakorn');
  });
});

describe('a country that hosts in a city it names', () => {
  it('answers where the next meeting will be with the city, not the host country', () => {
    const rel = parseReleaseText(page('Korea Hosts Ministerial Meeting on Fisheries Crime', '2025-05-14', [
      'Foreign Minister Cho chaired the 1st Ministerial Meeting on Combating Fisheries Crime, held in Busan on May 13, with ministers and senior officials from 18 countries.',
      'Indonesia will host the 2nd Ministerial Meeting in Denpasar in 2027.',
    ]), { id: 'test-host-city' });
    expect(asker(rel)("where's the 2nd fisheries crime ministerial going to be")).toBe('Denpasar');
  });
});

describe('the lead of a list of terms speaks of the thing the paragraph before named', () => {
  const rel = parseReleaseText(rawPage('Korea Extends Loan for Cebu Flood Control', '2025-10-02', [
    '1. The Export-Import Bank of Korea and the Government of the Philippines signed a loan agreement for the Cebu River Flood Control Project in Manila on October 1.',
    '2. The main terms of the loan agreement are as follows.',
    '° Amount: US$ 85 million',
    '° Maturity: 40 years, including a 10-year grace period',
    '3. The project follows the first phase of flood control works in Cebu, for which Korea provided a grant of US$ 12 million through KOICA from 2016 to 2020.',
  ]), { id: 'test-follows-of' });
  it('answers how much the flood control loan is from the labelled line', () => {
    expect(asker(rel)('how much is korea lending for the cebu flood control project?')).toBe('US$ 85 million');
  });
});

describe('the size of a sum of money', () => {
  it('answers "how big is the swap" with the money, not a count', () => {
    const rel = parseReleaseText(page('Korea and Malaysia Renew Currency Swap', '2025-02-11', [
      'The two central banks renewed the bilateral currency swap arrangement in Kuala Lumpur on February 10, and the two sides agreed to hold two rounds of financial cooperation talks each year. The renewed swap arrangement is worth KRW 5 trillion.',
    ]), { id: 'test-size-money' });
    expect(asker(rel)('how big is the renewed korea-malaysia swap?')).toBe('KRW 5 trillion');
  });
});

describe('where in a city the question names by its first word', () => {
  it('answers with the venue inside the city, not the country of the embassy that held it', () => {
    const rel = parseReleaseText(page('Embassy Marks Korean War Anniversary in Colombia', '2024-06-26', [
      'The Embassy of the Republic of Korea in Colombia held a ceremony on June 25 at the Korean War Veterans Monument in Santa Marta to commemorate the 75th anniversary of the outbreak of the Korean War.',
    ]), { id: 'test-where-in-first-word' });
    expect(asker(rel)('where in santa did the embassy hold the korean war ceremony?')).toBe('Korean War Veterans Monument');
    expect(asker(rel)('where in santa did the embassy hold the 75th anniv. ceremony?')).toBe('Korean War Veterans Monument');
  });
});

describe('an age between a name and the post after it', () => {
  it('reads "X, 92, president of the … Association" as a person with that post', () => {
    const rel = parseReleaseText(page('Embassy Honors Turkish Korean War Veterans', '2024-07-28', [
      'About 200 people attended the ceremony at the Korean War Memorial in Ankara, including Ambassador Kim Jin-soo and Deputy Governor of Ankara Ayşe Demirtaş.',
      'Mehmet Ali Yıldırım, 92, president of the Turkish Korean War Veterans Association, thanked the Korean people for remembering the veterans.',
    ]), { id: 'test-age-title' });
    expect(asker(rel)('who heads the turkish korean war veterans association?')).toBe('Mehmet Ali Yıldırım');
  });
});

describe('the words of a figure go on past the list of names it is for', () => {
  it('reads "US$ 800,000 for Malawi, Mozambique and Madagascar after Cyclone Freddy" as the figure of that cyclone', () => {
    const rel = parseReleaseText(page('Korea Provides Humanitarian Aid to Southern Africa', '2024-08-20', [
      'The Government has decided to provide US$ 2 million in humanitarian assistance to countries of Southern Africa hit by drought.',
      'Korea has previously extended humanitarian assistance to the region, including US$ 800,000 for Malawi, Mozambique and Madagascar after Cyclone Freddy in March 2023 and US$ 300,000 for Malawi\'s response to the cholera outbreak in 2023.',
    ]), { id: 'test-figure-list' });
    expect(asker(rel)('how much did ROK give after cyclone freddy?')).toBe('US$ 800,000');
  });
});

describe('a channel asked is the body the text says the aid goes through', () => {
  it('answers which agency the aid goes through with the body after "through", not another name', () => {
    const rel = parseReleaseText(page('Korea Provides Flood Aid to Pakistan and Afghanistan', '2024-09-03', [
      'The Government of the Republic of Korea has decided to provide US$ 2 million in humanitarian assistance to Pakistan and Afghanistan, which were struck by floods brought by the Southwest Monsoon.',
      'Afghanistan: US$ 800,000, through the International Organization for Migration (IOM)',
    ]), { id: 'test-through-channel' });
    expect(asker(rel)('which agency is the flood aid to afghanistan going through?')).toBe('International Organization for Migration (IOM)');
  });
});

describe('a place of the kind asked, not a building or a project in it', () => {
  const rel = parseReleaseText(rawPage('KOICA Completes Model Village Project in Tanzania', '2019-06-12', [
    '1. The Embassy of the Republic of Korea in Tanzania and KOICA held a ceremony on June 11 to mark the completion of the Rural Model Village Project in Tanzania (2015-2018), attended by some 300 villagers.',
    '° Venue: Mlali Village Hall, Mvomero District (about 30 km west of Morogoro)',
    '2. Ambassador Lee later flew back to Dar es Salaam from Morogoro Airport in the afternoon.',
  ]), { id: 'test-place-kind' });
  it('answers which district with the district, not the project named in the same sentence', () => {
    expect(asker(rel)('which tanzanian district hosted the ceremony marking completion of the rural model village project?')).toBe('Mvomero District');
  });
});

describe('the post one is appointed to, after a post of one\'s own', () => {
  it('reads "the appointment of X, Managing Director of …, as the Honorary Consul" as X the honorary consul', () => {
    const rel = parseReleaseText(page('Honorary Consulate of Korea Opens in Porto', '2024-05-04', [
      'On May 3, Ambassador Park Sang-hoon attended a ceremony in Porto to mark the appointment of João Carvalho, Managing Director of Atlântico Wine Exports, as the Honorary Consul of the Republic of Korea in Porto.',
      'Consul Kim Min-ho of the Embassy in Lisbon, who will support the honorary consul in Porto, also attended the ceremony.',
    ]), { id: 'test-appointed-as' });
    expect(asker(rel)("who's the new korean honorary consul in porto?")).toBe('João Carvalho');
  });
});

describe('the side one signed for, with more words after it', () => {
  it('answers "who signed for unodc on the …" with the UNODC official, named without the field of the post', () => {
    const rel = parseReleaseText(page('Korea and UNODC Sign Agreement on Drug Project in Central Asia', '2024-11-14', [
      'The Government of the Republic of Korea and the United Nations Office on Drugs and Crime (UNODC) signed an agreement in Vienna on November 13 on a project against synthetic drug trafficking in Central Asia.',
      'The agreement was signed by Ambassador to Austria Lee Jae-won and UNODC Director of Field Operations Hélène Moreau.',
    ]), { id: 'test-for-side-on' });
    expect(asker(rel)('who signed for unodc on the central asia drug project')).toBe('Hélène Moreau');
  });
});

describe('a count written as a word is the same number as its digits', () => {
  it('answers "when did the 19 … fly home" from "Nineteen … returned", not another date', () => {
    const rel = parseReleaseText(page('Korean Nationals Rescued from Fishing Vessel Return Home', '2023-08-21', [
      'The Ministry of Foreign Affairs set up a task force on August 2 after a Korean-flagged fishing vessel was seized off the coast of Guinea.',
      'Nineteen Korean crew members who had been held on the vessel returned to Korea on August 18 via Dakar and Dubai.',
      'In March 2022, six Korean crew members were rescued with the help of the Ghanaian navy and returned home via Accra.',
    ]), { id: 'test-count-word' });
    expect(asker(rel)('when did the 19 fly home')).toBe('August 18');
  });
  it('answers "when did the 18 leave" from the sentence that says "Eighteen", not the group of six', () => {
    const rel = parseReleaseText(page('Korea Sends Medical Team to Flood-hit Region', '2022-07-14', [
      'Eighteen members of the Korea Disaster Relief Team, including nine doctors, left for the flood-hit region on July 12.',
      'A first group of six members of the team left for the region on July 9 to assess needs.',
    ]), { id: 'test-count-word-2' });
    expect(asker(rel)('when did the 18 leave')).toBe('July 12');
  });
});

describe('a bare noun phrase that ends in "day" or "date" and a year asks a date', () => {
  const rel = parseReleaseText(rawPage('Korea to Observe General Election in Malawi', '2025-09-02', [
    '1. The Government of the Republic of Korea will send a six-member observation team to observe the general election in Malawi.',
    '° Polling day: September 16',
    '° Observation areas: polling stations in Lilongwe, Blantyre and Zomba',
    '2. The team will meet the Malawi Electoral Commission in Lilongwe on September 15.',
  ]), { id: 'test-bare-day' });
  it('answers "malawi polling day 2025?" with the polling day', () => {
    expect(asker(rel)('malawi polling day 2025?')).toBe('September 16');
  });
  it('still asks the figure when the day is the one something came before ("… before world health day 2025?")', () => {
    const aid = parseReleaseText(page('Korea Announces Health Aid Package', '2025-04-03', [
      'Ahead of World Health Day on April 7, the Government of the Republic of Korea announced a health aid package of US$ 6 million for countries in East Africa.',
    ]), { id: 'test-bare-day-before' });
    expect(asker(aid)('total health aid package seoul announced before world health day 2025?')).toBe('US$ 6 million');
  });
});

describe('the part of a place is a place, and a "Location:" line places what the release is about', () => {
  const rel = parseReleaseText(rawPage('Korean School in Jakarta Breaks Ground on New Campus', '2024-03-08', [
    '1. Ambassador Park Soo-duk attended the groundbreaking ceremony for the new campus of the Jakarta Korean School on March 7, together with Principal Kim Tae-hoon and some 200 parents and students.',
    '° Location: Cilandak District, South Jakarta',
    '° Floor area: 9,500 square metres',
  ]), { id: 'test-part-of-place' });
  it('reads "which part of jakarta …" as a where question', () => {
    expect(analyzeQuestion('which part of jakarta is the new school campus being built in?').type).toBe('where');
    expect(analyzeQuestion('which part of the agreement was revised?').type).not.toBe('where');
  });
  it('answers it from the "Location:" line, not with a person of the ceremony', () => {
    expect(asker(rel)('which part of jakarta is the new korean school campus being built in?')).toBe('Cilandak District, South Jakarta');
  });
});

describe('a region is no city', () => {
  it('answers "which city in <country>" with the city, not the region a list of cities is in', () => {
    const rel = parseReleaseText(page('Mobile Consular Services for Korean Nationals in Southern Africa and East Asia', '2025-03-04', [
      'The Ministry of Foreign Affairs will send mobile consular teams to five cities in Southern Africa and East Asia from March 17 to April 4.',
      'Ambassador to Mozambique Kim Do-yeon will meet members of the Korean community in Beira on March 20, during the visit of the mobile consular team.',
    ]), { id: 'test-region-no-city' });
    expect(asker(rel)('which city in mozambique is the mobile consular team going to')).toBe('Beira');
  });
});

describe('a body asked by a post for it, held by a person of a country', () => {
  it('answers "who is the ASEAN … chair" with the Korean whose post is for ASEAN, not the ASEAN official met', () => {
    const rel = parseReleaseText(page('Korea Hosts Senior Officials of the ASEAN Regional Cooperation Program', '2026-04-10', [
      'On April 8, Chair Park met ASEAN Deputy Secretary-General Nguyen Thi Lan, who was visiting Busan, and the two discussed support for the program.',
      'The senior officials\' session on April 9 was chaired by Park Ji-won, Ambassador for ASEAN Affairs and 2026 ASEAN Program Chair.',
    ]), { id: 'test-body-post' });
    expect(asker(rel)("who's the 2026 ASEAN program chair")).toBe('Park Ji-won');
  });
});

describe('the one succeeded, when the predecessor is asked', () => {
  it('answers "who did <new head> replace" with the one the sentence says the new head succeeds', () => {
    const rel = parseReleaseText(page('New Director-General Takes Office at Regional Cooperation Centre', '2025-07-02', [
      'Ambassador Maria Lindholm of Sweden took office on July 1 as the fourth Director-General of the Northern Cooperation Centre (NCC), the body set up by the Nordic countries and Korea in 2012. She succeeds Ambassador Choi Hyun-woo of the Republic of Korea, who served as Director-General from July 2021 to June 2025.',
      'The new Deputy Directors-General of the NCC, who took office together with Director-General Lindholm, are Mr. Lars Berg of Norway and Ms. Han So-yeon of the Republic of Korea.',
    ]), { id: 'test-succeeds' });
    expect(asker(rel)('who did lindholm replace as NCC DG')).toBe('Choi Hyun-woo');
  });
});

describe('the one who runs a body heads it', () => {
  const rel = parseReleaseText(page('Korea Opens Embassy in Port Moresby', '2025-02-14', [
    'Second Vice Minister of Foreign Affairs Kim Jin-a attended the opening ceremony of the Embassy of the Republic of Korea in Port Moresby on February 13.',
    '"The opening of our Embassy is a new chapter in relations between Korea and Papua New Guinea," Vice Minister Kim said.',
    'The Embassy is headed by Chargé d\'affaires ad interim Oh Sung-min until an ambassador is appointed.',
    'On February 14, the Embassy ran a briefing for Korean businesses, which was given by Consul Lee Na-young.',
  ]), { id: 'test-runs-heads' });
  it('answers "who\'s running the new embassy" with the one who heads it', () => {
    expect(asker(rel)("who's running the new ROK embassy in png")).toBe('Oh Sung-min');
  });
  it('reads "who ran the briefing" as who held it, not who headed it', () => {
    expect(analyzeQuestion('who ran the online briefing for businesses').terms).not.toContain('head');
    expect(analyzeQuestion('who is running for the ILC seat').terms).not.toContain('head');
  });
});

describe('a figure\'s word that names people is no figure asked', () => {
  it('answers "what did the trade ministers adopt" with the document, not an amount', () => {
    const rel = parseReleaseText(rawPage('Korea Attends ASEM Trade Ministers\' Meeting', '2024-06-12', [
      '1. The ASEM Trade Ministers\' Meeting was held in Lisbon on June 10 and 11 under the chairmanship of Portuguese Minister of Economy Rui Marques.',
      '2. The ministers adopted the "Lisbon Declaration on Open and Sustainable Trade."',
      '3. Korea announced a contribution to the ASEM trade facilitation fund.',
      '° Amount: US$ 800,000',
    ]), { id: 'test-figure-people' });
    expect(analyzeQuestion('what did the trade ministers adopt in lisbon?').type).not.toBe('number');
    expect(asker(rel)('what did the trade ministers adopt in lisbon?')).toBe('Lisbon Declaration on Open and Sustainable Trade');
  });
});

describe('a dictionary word after a plural title names no one', () => {
  const rel = parseReleaseText(page('Korea Hosts ASEM Economic Ministers\' Meeting', '2024-10-02', [
    'The ASEM Ministers Responsible for Economy Meeting (EMM) was held in Incheon on September 30 and October 1 under the chairmanship of Minister of Economy and Finance Choi Sang-mok.',
    'The ASEM business forum on September 30 was chaired by Ambassador Lee Do-hoon, Director-General for European Affairs.',
  ]), { id: 'test-chairmanship' });
  it('reads a dictionary word after a plural title ("Ministers Responsible") as no person', () => {
    expect(findPeople('The ASEM Ministers Responsible for Economy Meeting opened in Incheon.').map((p) => p.name)).toEqual([]);
  });
  it('answers who chaired a meeting so named with its chair, not with the word after "Ministers"', () => {
    expect(asker(rel)('who chaired the EMM?')).toBe('Choi Sang-mok');
  });
});

describe('the period a stay is counted in is not the stay', () => {
  it('answers "how long can … stay" with the stay, not the period "within any N-day period"', () => {
    const rel = parseReleaseText(page('Korea and Paraguay Sign Visa Waiver Agreement', '2025-05-20', [
      'Under the agreement, nationals of the two countries holding ordinary passports may stay in the other country for up to 60 days within any 120-day period without a visa.',
      'The agreement will enter into force 30 days after the two sides exchange notes.',
    ]), { id: 'test-stay-period' });
    expect(asker(rel)('how long can koreans stay in paraguay without a visa')).toBe('up to 60 days');
  });
});

describe('a body\'s staff are its people, whatever their post', () => {
  it('answers "how many staff" with a count of officials on a "Staff:" line', () => {
    const rel = parseReleaseText(rawPage('Korea-Nordic Innovation Office Opens in Helsinki', '2025-09-04', [
      '1. The Korea-Nordic Innovation Office opened in Helsinki on September 3, with support from the five Nordic governments.',
      '° Staff: eleven officials, two seconded from each Nordic government',
      '° Budget: EUR 1.8 million a year',
    ]), { id: 'test-staff' });
    expect(asker(rel)('how many staff does the new innovation office have?')).toBe('eleven');
  });
});

describe('the body a report is released by is who publishes it', () => {
  it('answers "who publishes the index" with the firm after "released … by", not a person quoted', () => {
    const rel = parseReleaseText(page('Korea Ranks Fourth in Global Soft Power Survey', '2024-03-02', [
      'Korea was ranked fourth in the World Soft Power Survey 2024, released on February 28 by Meridian Brand Analytics, a Geneva-based consultancy.',
      '"Korea\'s rise reflects the global reach of its culture," said Sophie Brandt, Research Director of the survey.',
    ]), { id: 'test-released-by' });
    expect(asker(rel)('who publishes the world soft power survey')).toBe('Meridian Brand Analytics');
  });
});

describe('a thing of the people asked is not one named for another country', () => {
  it('answers "which korean university" with the Korean one, not its partner named for the host country', () => {
    const rel = parseReleaseText(rawPage('Korea Launches Teacher Training Project in Malawi', '2025-04-09', [
      '1. KOICA launched a teacher training project in Malawi on April 8, which will train 2,000 primary school teachers by 2028.',
      '2. Professor Han Mi-ra of the Busan National University of Education, which will carry out the project together with the University of Malawi School of Education, said the training would focus on mathematics.',
    ]), { id: 'test-thing-people' });
    // (the span still carries the professor before the university's name: "Professor Han Mi-ra of the …")
    const answer = asker(rel)('which korean university is running the malawi teacher project');
    expect(answer).toContain('Busan National University of Education');
    expect(answer).not.toContain('Malawi');
  });
});

describe('a gap of shares keeps its "percentage points"', () => {
  it('answers "how big is the gap" with "N percentage points", not the bare number', () => {
    const rel = parseReleaseText(page('ASEM Forum on Women\'s Economic Empowerment Held in Seoul', '2024-11-06', [
      'A report released at the Forum showed that the gap between men\'s and women\'s employment rates across ASEM partners still averages 14 percentage points.',
    ]), { id: 'test-points' });
    expect(asker(rel)('how big is the gender gap in employment across asem partners')).toBe('14 percentage points');
  });
});

describe('an abbreviated word of what was joined is the word', () => {
  it('answers "when did korea join intl X" from "joined International X", not another date', () => {
    const rel = parseReleaseText(page('Korea Elected Chair of the International Mediation Network Council', '2025-11-20', [
      'The Republic of Korea joined International MEDNET in May 2018, becoming its 31st member.',
      'Korea was elected chair of the Council of International MEDNET on November 19, following its hosting of the Seoul Mediation Forum in March 2024.',
    ]), { id: 'test-join-abbr' });
    expect(asker(rel)('When did S. Korea become a member of Intl MEDNET?')).toBe('May 2018');
  });
});

describe('"come out" is a release', () => {
  it('answers "when did the report come out" with the release date, not the date of a later briefing', () => {
    const rel = parseReleaseText(page('Korea Tops Digital Government Ranking', '2024-06-14', [
      'Korea was ranked first in the Digital Government Readiness Report 2024, released on June 10 by the Lisbon-based Institute for Public Service Studies.',
      '"The result shows the trust our citizens place in public services online," said Minister Oh Jae-won at a press briefing on June 12.',
    ]), { id: 'test-come-out' });
    expect(asker(rel)('when did the digital government readiness report come out?')).toBe('June 10');
    // "what came out of" still asks what was adopted
    expect(analyzeQuestion('what came out of the summit?').type).not.toBe('when');
  });
});

describe('people whose titles the finder used to miss', () => {
  it('reads a title that names a body with its acronym in brackets: "Head of the … Agency (ABBR) Name"', () => {
    const rel = parseReleaseText(page('Korea and Peru Discuss Wetland Conservation', '2024-09-12', [
      'On September 11, Ambassador Jang called on Head of the Andean Wetland and Glacier Protection Authority (AWGPA) Rosa Quispe Mamani.',
      'The two sides discussed a joint survey of high-altitude wetlands planned for 2025.',
    ]), { id: 'test-acronym-title' });
    expect(asker(rel)('who heads the andean wetland and glacier protection authority?')).toContain('Rosa Quispe Mamani');
    // (the body's first words, before its "and", are no person; the title keeps the bracket whole)
    const people = findPeople('On September 11, Ambassador Jang called on Head of the Andean Wetland and Glacier Protection Authority (AWGPA) Rosa Quispe Mamani.');
    expect(people.map((p) => p.name)).toEqual(['Jang', 'Rosa Quispe Mamani']);
    expect(people[1]!.title).toBe('Head of the Andean Wetland and Glacier Protection Authority (AWGPA)');
    // (a title already read ends the walk: the body of the person before is not this one's title)
    const judges = findPeople('Its members include Judge Ana Ferreira of the Mercosur Appeals Court (MAC) and Judge Tomás Ibarra of the Andean Tribunal.');
    expect(judges.map((p) => p.title)).toEqual(['Judge', 'Judge']);
  });

  it('reads "Chargé d\'affaires a.i. of <country> Name" as a person of that country', () => {
    const people = findPeople('The briefing was attended by Ambassador of Chile Jorge Valdés Ruiz and Chargé d\'affaires a.i. of Ecuador Lucía Benítez Mora.');
    const lucia = people.find((p) => p.name === 'Lucía Benítez Mora');
    expect(lucia?.country).toBe('ECU');
    expect(lucia?.title).toContain('Chargé d\'affaires');
  });

  it('reads "appointed Name of <country> as the new <post>" as a person holding that post', () => {
    const rel = parseReleaseText(page('Seoul Hosts Assembly of the Regional Mangrove Partnership', '2023-05-19', [
      'The 4th Assembly of the Regional Mangrove Partnership was held in Seoul on May 17 and 18.',
      'The Assembly appointed Thandiwe Nkosana Mbeki of South Africa as the new Secretary-General of the Partnership, succeeding Oh Jae-min.',
    ]), { id: 'test-as-post' });
    expect(asker(rel)('who did the assembly choose as the next secretary-general of the partnership?')).toContain('Thandiwe Nkosana Mbeki');
    expect(findPeople('The Assembly appointed Thandiwe Nkosana Mbeki of South Africa as the new Secretary-General of the Partnership.')[0]?.title).toBe('Secretary-General of the Partnership');
  });

  it('reads "Name (<demonym> national)" in a list as a person of that country', () => {
    const rel = parseReleaseText(rawPage('Government Announces Independent Sanctions Designations', '2024-02-14', [
      'The Government designated the following four individuals for their involvement in financing North Korea\'s weapons programmes:',
      '- Kim Chol-ho (North Korean national): representative of the Kumsong Trading Corporation in Dalian',
      '- Pavel Orlovsky (Belarusian national): owner of Minsk Logistic Partners',
    ]), { id: 'test-national' });
    expect(asker(rel)('who is the belarusian on the sanctions list?')).toContain('Pavel Orlovsky');
  });

  it('keeps a two-word field of a title out of the name after it: "Director General of Climate Change Control Name"', () => {
    const people = findPeople('Director General of Desert Change Control Budi Hartono of the Ministry of Environment attended the dialogue.');
    expect(people.map((p) => p.name)).toEqual(['Budi Hartono']);
  });
});

describe('a numbered meeting goes by the acronym its name is given in brackets', () => {
  it('answers "when was the 3rd abc assembly" from "the 3rd Session of the Assembly of the Long Name (ABC)"', () => {
    const rel = parseReleaseText(page('Seoul Hosts Council of the Asian Mangrove Alliance', '2024-10-18', [
      'The 3rd Session of the Assembly of the Asian Mangrove Restoration Alliance (AMRA) was held at the Grand Hyatt Seoul on October 16 and 17.',
      'Korea has contributed about US$ 12 million to AMRA since 2019.',
    ]), { id: 'test-numbered-acronym' });
    expect(asker(rel)('when was the 3rd amra assembly held?')).toBe('October 16 and 17');
  });
});

describe('a deadline is a time', () => {
  it('answers "what was the deadline" with the date by which, not a thing of the sentence', () => {
    const rel = parseReleaseText(page('Government Responds to Threat Against Fishing Vessels', '2019-06-04', [
      'The neighbouring state issued a warning demanding that the fishing fleet leave the disputed waters by June 6, calling it a "final notice".',
      'The Government dispatched two coast guard vessels to the area on June 3.',
    ]), { id: 'test-deadline' });
    expect(asker(rel)('what was the deadline in the final notice to the fishing fleet?')).toBe('June 6');
  });

  it('abstains when the sentence dates what follows the deadline, not the deadline', () => {
    const rel = parseReleaseText(page('Korea to Field Candidate for ICAO Council Presidency', '2025-02-11', [
      'The next President of the Council will be elected by the ICAO Council at its 236th session in November 2025, and will take office on January 1, 2026.',
      'The Government has formed a task force to support the candidacy.',
    ]), { id: 'test-deadline-none' });
    expect(asker(rel)('what is the deadline for nominating candidates for icao council president?')).toBeNull();
  });

  it('reads the end of an application period as its deadline', () => {
    const rel = parseReleaseText(rawPage('Ministry Launches Baltic Young Leaders Fellowship', '2025-02-20', [
      'The Ministry of Foreign Affairs launched the Baltic Young Leaders Fellowship on February 19, which will bring 20 young professionals to Seoul in July.',
      'Application period: March 3 to April 14, 2025',
    ]), { id: 'test-deadline-period' });
    expect(asker(rel)('application deadline for the fellowship?')).toContain('April 14, 2025');
  });
});

describe('the year of a figure compared with dates no act', () => {
  it('answers "when was the scheme introduced" with its start, not the year in "(up from N in YEAR)"', () => {
    const rel = parseReleaseText(rawPage('Korea and Nepal Review Seasonal Worker Programme', '2024-03-12', [
      '1. Nepal is among the 9 partner countries that have signed MOUs with Korea under the Seasonal Worker Programme (SWP), which was introduced in October 2015.',
      '2. The two sides reviewed the following:',
      '- SWP quota this year: 52,000 workers, the highest since the programme was introduced (up from 38,000 in 2023)',
    ]), { id: 'test-up-from' });
    expect(asker(rel)('when was the seasonal worker programme introduced?')).toBe('October 2015');
  });
});

describe('an act named only as what an anniversary is of has no date there', () => {
  it('answers "when did they establish ties" with the date of the act, not of the ceremony marking its anniversary', () => {
    const rel = parseReleaseText(page('Korea-Chile Friendship Year Opens in Santiago', '2024-04-10', [
      'The opening ceremony of the "Korea-Chile Friendship Year," which marks the 62nd anniversary of the establishment of diplomatic relations between the two countries, was held in Santiago on April 9.',
      'Ambassador Park recalled that since the two countries established diplomatic relations on April 18, 1962, trade has grown more than a hundredfold.',
    ]), { id: 'test-anniversary-of' });
    expect(asker(rel)('when did seoul and santiago set up diplomatic ties?')).toBe('April 18, 1962');
  });

  it('still reads the date an anniversary phrase gives the act itself', () => {
    const rel = parseReleaseText(page('Foreign Minister Visits Tunisia', '2024-03-20', [
      'Foreign Minister Han met Tunisian Foreign Minister Ben Salah in Tunis on March 19 to celebrate the 55th anniversary of the establishment of diplomatic relations, which took place on March 31, 1969.',
    ]), { id: 'test-anniversary-took-place' });
    expect(asker(rel)('when did korea and tunisia establish diplomatic relations?')).toBe('March 31, 1969');
    const rel2 = parseReleaseText(page('Foreign Minister Visits Norway', '2024-03-04', [
      'Foreign Minister Han is visiting Oslo from March 3 to 5 on the occasion of the 65th anniversary of the establishment of diplomatic relations between the two countries on March 2, 1959.',
    ]), { id: 'test-anniversary-on' });
    expect(asker(rel2)('date korea and norway set up diplomatic ties')).toBe('March 2, 1959');
    // (an anniversary asked is dated by the sentence that marks it)
    const rel3 = parseReleaseText(page('Korea-Peru Friendship Year Opens in Lima', '2023-05-10', [
      'The opening ceremony of the "Korea-Peru Friendship Year," which marks the 60th anniversary of the establishment of diplomatic relations between the two countries, was held in Lima on May 9.',
    ]), { id: 'test-anniversary-asked' });
    expect(asker(rel3)('when was the 60th anniversary of korea peru diplomatic relations celebrated?')).toBe('May 9');
  });
});

describe('a letter that labels a class can end a sentence', () => {
  it('splits "… in Group C. It moved to Group B …" into two sentences and answers from the right one', () => {
    const rel = parseReleaseText(page('Korea Re-elected to the Council of the International Seabed Forum', '2024-07-30', [
      'The Republic of Korea was re-elected to Group A of the Council of the International Seabed Forum on July 29.',
      'Background: Korea was first elected to the Council in 1996 in Group C. It moved to Group B in 2002 and to Group A in 2010.',
    ]), { id: 'test-letter-end' });
    expect(asker(rel)('which group was korea first elected to?')).toBe('Group C');
  });
});

describe('where the building asked is, is the place after its "in"', () => {
  it('answers "where is the academy they trained at" with the city, not the academy\'s name', () => {
    const rel = parseReleaseText(page('Korea and Ghana Expand Maritime Training', '2025-06-03', [
      'Since 2018, 54 Ghanaian cadets have completed courses at the Korea Maritime Training Academy (KMTA) in Mokpo, and Korea will offer 12 more places from 2026.',
    ]), { id: 'test-building-in' });
    expect(asker(rel)('where is the academy the ghanaian cadets trained at?')).toBe('Mokpo');
  });
});

describe('a table\'s winner column names who won', () => {
  it('answers "who won the grand prize" with the name in the Winner column, not a guest of the ceremony', () => {
    const rel = parseReleaseText(rawPage('Winners of the Korea-Australia Friendship Logo Contest Announced', '2021-03-15', [
      '1. The Ministry of Foreign Affairs and the Australian Embassy announced the winners of the logo contest for the 60th anniversary of Korea-Australia diplomatic relations on March 12.',
      '2. The award ceremony was attended by Ambassador for Public Diplomacy Han Ji-soo and Australian Ambassador to the ROK Olivia Bennett.',
      '| Prize | Winner | Prize money |',
      '| Grand Prize (1) | Yoon Ha-rin (designer, Seoul) | KRW 2 million |',
      '| Excellence Prize (2) | Mia Thompson (student, Perth) / Jung Min-ho (student, Daegu) | KRW 1 million each |',
    ]), { id: 'test-winner-column' });
    expect(asker(rel)('who won the grand prize in the korea-australia logo contest?')).toBe('Yoon Ha-rin');
  });
});

describe('a date bracketed with a place is of what happened there', () => {
  it('answers "what day was he in <place>" with the date bracketed with that place, not the next one', () => {
    const rel = parseReleaseText(rawPage('Vice Minister Visits Thailand', '2025-05-16', [
      '1. Vice Minister Oh Se-hun visited Thailand from May 12 to 14 to hold the 5th Korea-Thailand Vice-Ministerial Strategic Dialogue.',
      '° Main events: Strategic Dialogue (May 12, Bangkok), visit to an industrial estate (May 13, Rayong), meeting with Korean residents (May 14, Chiang Mai)',
    ]), { id: 'test-bracket-place' });
    expect(asker(rel)('what day was the vice minister in rayong?')).toBe('May 13');
  });

  it('does not take the date bracketed with the next place, where the place asked has its own', () => {
    const rel = parseReleaseText(rawPage('Vice Minister Visits Thailand', '2025-05-16', [
      '1. Vice Minister Oh Se-hun visited Thailand from May 12 to 14 to hold the 5th Korea-Thailand Vice-Ministerial Strategic Dialogue.',
      '° Main events: Vice-Ministerial Strategic Dialogue (May 12, Bangkok), meeting with provincial leaders and visit to an industrial estate (May 13, Rayong), roundtable with Korean businesses (May 14, Chiang Mai)',
      '2. On May 13, Vice Minister Oh traveled to Rayong Province and met Governor Somchai Wong.',
    ]), { id: 'test-bracket-other-place' });
    expect(asker(rel)('what day was the 1st VM in rayong?')).toBe('May 13');
  });
});

describe('the level after a top-up is the figure it was raised to', () => {
  it('answers "what is the yearly contribution after the increase" with the new level, not the increment', () => {
    const rel = parseReleaseText(page('Korea Increases Support for the WMO Voluntary Cooperation Programme', '2023-06-08', [
      'At the reception, Ambassador Yoon announced that the ROK would contribute an additional US$ 400,000 in 2024 to the WMO Voluntary Cooperation Programme (VCP), raising its annual contribution to US$ 1.2 million.',
    ]), { id: 'test-raised-to' });
    expect(asker(rel)('what will korea\'s yearly VCP contribution be after the increase?')).toBe('US$ 1.2 million');
    expect(asker(rel)('how much extra will korea give to the VCP in 2024?')).toBe('US$ 400,000');
  });
});

describe('a target is a figure', () => {
  it('answers "what is the X target" with the figure aimed at, not the thing it is of', () => {
    const rel = parseReleaseText(page('Korea Joins the Mekong Mangrove Initiative', '2024-09-05', [
      'The Initiative aims to replant 40,000 hectares of degraded coastal land and train 5,000 local foresters by 2030 across five countries of the Mekong region.',
    ]), { id: 'test-target' });
    expect(asker(rel)('whats the mekong mangrove initiative replanting target by 2030')).toBe('40,000 hectares');
    // (the verb asks no figure)
    expect(analyzeQuestion('which provinces does the mangrove initiative target?').type).not.toBe('number');
  });

  it('abstains when the sentence aims at no figure', () => {
    const rel = parseReleaseText(page('Minister Attends Climate Conference', '2024-11-20', [
      'The Minister said that Korea would submit its 2035 climate plan to the Secretariat in 2025, and announced a contribution of US$ 5 million to the Adaptation Fund.',
    ]), { id: 'test-target-none' });
    expect(asker(rel)('what is korea\'s 2035 climate plan target?')).toBeNull();
  });
});

describe('"how many times" reads an ordinal written as a word', () => {
  it('answers "how many times has korea been elected" from "This is the fifth time …", not another count', () => {
    const rel = parseReleaseText(page('Korea Elected to the UN Commission on the Status of Women', '2025-04-11', [
      'The Republic of Korea was elected as a member of the Commission on the Status of Women for the 2026-2030 term on April 10, when 11 members were chosen, including three from the Asia-Pacific Group.',
      'This is the fifth time the ROK has been elected to the Commission since it joined the United Nations in 1991.',
    ]), { id: 'test-times-word' });
    expect(asker(rel)('how many times has korea been elected to the commission on the status of women?')).toBe('fifth');
  });
});

describe('a part asked "alone" is told only by a sentence that names it alone', () => {
  const rel = parseReleaseText(page('Korea Expands Support for Maternal Health in the Sahel', '2023-06-14', [
    'Under the four-year programme (2022-2025), Korea will provide a total of US$ 16 million to UNFPA for maternal health services.',
    'The programme will train some 2,400 midwives in the Mopti region of Mali and the Tillabéri region of Niger.',
    'Korea also gave US$ 3 million to UNICEF for vaccination in 2022, of which US$ 1.1 million was spent in Chad in 2023.',
    'Since 2010, Korean grant aid to Burkina Faso has reached about US$ 48 million.',
    'The health ministry will open 12 new clinics in Kumasi, Tamale and Cape Coast.',
    'Korean aid to West Africa reached US$ 90 million, and some 600 health workers in Senegal have been trained since 2015.',
  ]), { id: 'test-alone' });
  const ask = asker(rel);
  it('answers a year or a place told by itself', () => {
    expect(ask('how much did korea give unicef for vaccination in 2022 alone?')).toBe('US$ 3 million');
    expect(ask('how many health workers were trained in senegal alone?')).toBe('some 600');
  });
  it('abstains on a year inside a period, a place among others, and a place inside a region', () => {
    expect(ask('how much is korea giving UNFPA for maternal health in 2025 alone?')).toBeNull();
    expect(ask('how many midwives will the programme train in niger alone?')).toBeNull();
    expect(ask('how many new clinics will open in tamale alone?')).toBeNull();
    expect(ask('how much grant aid did korea give burkina faso alone in 2010?')).toBe('about US$ 48 million');
  });
});

describe('a figure the question gives itself is not its answer', () => {
  it('answers "how many …, per the release on the 4 X" with another figure of the release', () => {
    const rel = parseReleaseText(page('Remains of Four Belgian Soldiers Return Home', '2022-10-06', [
      'The remains of four Belgian soldiers who fell in the Korean War were handed over to Belgium at a ceremony in Seoul on October 5.',
      'Belgium sent 3,498 soldiers to the Korean War.',
    ]), { id: 'test-given-figure' });
    expect(asker(rel)('how many soldiers did belgium send, per the release on the 4 belgian soldiers\' remains?')).toBe('3,498');
  });
});

describe('a figure of items, sets or pieces counts the thing after their "of"', () => {
  it('answers "how many X were returned" from "Twelve pieces of X were returned"', () => {
    const rel = parseReleaseText(page('Looted Korean Artefacts Returned from Canada', '2024-04-19', [
      'Twelve pieces of Korean Buddhist painting that had left the country illegally were returned to Korea on April 18, with the help of 3 Canadian curators.',
    ]), { id: 'test-container-unit' });
    expect(asker(rel)('how many korean buddhist paintings were returned?')).toBe('Twelve');
  });
});

describe('the year an edition is counted from does not date it', () => {
  it('answers "when was the 3rd X" with the date, not the year of "the third such X since 2019"', () => {
    const rel = parseReleaseText(page('Korea and Mongolia Hold Joint Search for Missing Fishermen', '2023-08-02', [
      'Coast guard teams of the two countries completed a joint search exercise off Sokcho on August 1, the third such exercise since 2019.',
    ]), { id: 'test-edition-since' });
    expect(asker(rel)('when was the 3rd joint search exercise?')).toBe('August 1');
  });
});

describe('"the first vice-ministerial dialogue" numbers the meeting, not a vice minister', () => {
  it('reads the ordinal before "vice-ministerial" as the meeting\'s', () => {
    expect(analyzeQuestion('when was the first vice-ministerial strategic dialogue between korea and chile?').ordinals).toEqual([1]);
    expect(analyzeQuestion('who led the 2nd vice ministerial economic talks with peru?').ordinals).toEqual([2]);
    // (a vice minister's rank is still no meeting's number)
    expect(analyzeQuestion('who did first vice minister kim meet in lima?').ordinals).toEqual([]);
  });
  it('answers the first dialogue\'s date, not the second\'s', () => {
    const rel = parseReleaseText(page('Results of the 2nd ROK-Chile Vice-Ministerial Strategic Dialogue', '2024-03-08', [
      'First Vice Minister of Foreign Affairs Kim Min-ha held the 2nd ROK-Chile Vice-Ministerial Strategic Dialogue in Santiago on March 7.',
      'The 1st Vice-Ministerial Strategic Dialogue was held in Seoul in June 2022.',
    ]), { id: 'test-first-vm' });
    expect(asker(rel)('when did korea and chile hold their first vice-ministerial strategic dialogue?')).toBe('June 2022');
  });
});

describe('a priest or a representative asked is not another official', () => {
  it('abstains when the release names the post but no one holding it', () => {
    const rel = parseReleaseText(page('Remains of Korean Laborers Return from Osaka', '2019-05-21', [
      'The ceremony at Joenji Temple was attended by Consul General Lee Jae-won, the chief priest of Joenji Temple and some 80 family members.',
      'The Arria-formula meeting, chaired by Ambassador Hong Sun-mi, heard a briefing from the Special Representative for Migration.',
    ]), { id: 'test-priest-none' });
    const ask = asker(rel);
    expect(ask('what is the name of the chief priest of joenji temple?')).toBeNull();
    expect(ask('who is the special representative for migration who briefed the arria meeting?')).toBeNull();
  });
  it('answers the one who holds it', () => {
    const rel = parseReleaseText(page('Arria-Formula Meeting on Migration', '2019-05-21', [
      'The meeting, chaired by Ambassador Hong Sun-mi, heard a briefing from Special Representative for Migration Ana Ferreira.',
      'Deputy Minister for Political Affairs Yoon Tae-ho headed the Korean delegation to the 4th Korea-Andes Dialogue.',
    ]), { id: 'test-priest' });
    const ask = asker(rel);
    expect(ask('who is the special representative for migration who briefed the meeting?')).toBe('Ana Ferreira');
    // (a delegation's chief representative is whoever heads it, whatever the post)
    expect(ask("who was korea's chief representative at the 4th korea-andes dialogue?")).toBe('Yoon Tae-ho');
  });
});

describe('one a document was signed "in the presence of" did not sign it', () => {
  it('answers the signer, never a witness, and abstains when no signer is named', () => {
    const rel = parseReleaseText(page('Korea and Iceland Sign MOU on Geothermal Cooperation', '2022-09-14', [
      'The MOU was signed by Director-General for Climate Change Kim Do-yeon and Icelandic Director of Energy Policy Helga Jonsdottir, in the presence of Vice Minister Park Sun-young and State Secretary Einar Gunnarsson.',
      'The two sides also welcomed the signing, in the presence of Vice Minister Park and State Secretary Gunnarsson, of an MOU on fisheries research between the two countries\' marine institutes.',
    ]), { id: 'test-presence' });
    const ask = asker(rel);
    expect(ask('who signed the geothermal MOU for iceland?')).toBe('Helga Jonsdottir');
    expect(ask('who signed the fisheries research mou for the icelandic institute?')).toBeNull();
  });
});

describe('a venue line ends on its city', () => {
  const rel = parseReleaseText(rawPage('Results of the 3rd ROK-Slovenia Policy Consultation', '2021-06-10', [
    '1. Director-General for European Affairs Kim Hye-jin held the 3rd ROK-Slovenia Policy Consultation with State Secretary Matej Kranjc on June 9.',
    '° Venue: Ministry of Foreign Affairs of Slovenia (Ljubljana)',
  ]), { id: 'test-venue-city' });
  it('answers the city in brackets after a ministry', () => {
    expect(asker(rel)('where was the 3rd korea-slovenia policy consultation held?')).toBe('Ljubljana');
    expect(asker(rel)('which city hosted the third ROK-Slovenia policy consultation?')).toBe('Ljubljana');
  });
  it('keeps a hotel with its city whole when a place is asked', () => {
    const hotel = parseReleaseText(rawPage('Korea-Slovenia Business Forum Held', '2021-06-11', [
      '1. The Korea-Slovenia Business Forum was held on June 10.',
      '° Venue: Grand Hotel Union, Ljubljana',
    ]), { id: 'test-venue-hotel' });
    expect(asker(hotel)('where was the korea-slovenia business forum held?')).toBe('Grand Hotel Union, Ljubljana');
  });
});

describe('an appositive that counts the event does not cut its date off', () => {
  it('dates "a ceremony for X, the fifth class since the program began in 2016, at … on May 3" by May 3', () => {
    const rel = parseReleaseText(page('Ceremony for the 2020 Global Korea Scholars Held', '2020-05-04', [
      'The Ministry held a welcoming ceremony for the 2020 Global Korea Scholars, the fifth class since the program began in 2016, at the Diplomatic Center in Seoul on May 3.',
    ]), { id: 'test-aside-ordinal' });
    expect(asker(rel)('when was the welcoming ceremony for the 2020 global korea scholars?')).toBe('May 3');
  });
});

describe('initials read across a list\'s commas', () => {
  it('finds "WPS" in "Women, Peace and Security"', () => {
    const rel = parseReleaseText(page('Korea Adopts Second National Action Plan on Women, Peace and Security', '2018-12-20', [
      'The Korean government adopted its second National Action Plan on Women, Peace and Security, which sets out 18 tasks in four areas.',
    ]), { id: 'test-initials-comma' });
    expect(asker(rel)('how many tasks are in korea\'s second WPS action plan?')).toBe('18');
  });
});

describe('an office after the verb is the office of the one met', () => {
  it('answers "which X director met the vice minister" with the director', () => {
    const rel = parseReleaseText(page('Vice Minister Meets WFP Deputy Executive Director', '2019-03-12', [
      'Second Vice Minister of Foreign Affairs Lee Tae-ho met with WFP Deputy Executive Director Amir Mahmoud Abdulla, who is visiting Korea from March 11 to 13.',
    ]), { id: 'test-office-object' });
    expect(asker(rel)('which WFP deputy executive director met korea\'s 2nd vice foreign minister lee tae-ho?')).toBe('Amir Mahmoud Abdulla');
  });
});

describe('academic and church titles head a name', () => {
  it('finds the person after a dean, a rector or a bishop', () => {
    const names = (s: string): string[] => findPeople(s).map((p) => p.name);
    expect(names('The MOU was signed by Rector of Charles University Milena Kralickova and KF President Kim Jae-won.')).toContain('Milena Kralickova');
    expect(names('It was signed by Dean of the Faculty of Law Sofia Marquez.')).toContain('Sofia Marquez');
    expect(names('The mass was celebrated by Bishop of Leiria-Fatima Jose Ornelas Carvalho.')).toContain('Jose Ornelas Carvalho');
  });
});

describe('a numbered meeting named by its initials is the one spelt out', () => {
  it('answers "the 5th Asia Pacific Clean Energy ministerial meeting" from "The 5th APCE Ministerial Meeting will be held in …"', () => {
    const rel = parseReleaseText(page('Korea Attends 4th Asia Pacific Clean Energy Ministerial Meeting', '2022-06-30', [
      'Deputy Minister Lim Ha-neul attended the 4th Asia Pacific Clean Energy (APCE) Ministerial Meeting in Manila on June 29.',
      'The 5th APCE Ministerial Meeting will be held in Suva, Fiji, in 2023.',
    ]), { id: 'test-numbered-initials' });
    expect(asker(rel)('where will the 5th asia pacific clean energy ministerial meeting take place?')).toBe('Suva, Fiji');
  });
});

describe('initials the question spells out are asked, beside others it gives as initials', () => {
  it('answers from a sentence about "(WPRO)" when the question spells it out and names another body by initials', () => {
    const rel = parseReleaseText(page('Korea Pledges Support at ESCAP Session', '2019-10-11', [
      'Deputy Minister Ham Sang-wook delivered a statement at the 75th session of ESCAP in Bangkok on October 8.',
      'He noted that the Western Pacific Regional Office (WPRO) is headquartered in Manila, and that Korea has supported its work since 1949.',
    ]), { id: 'test-initials-spelled' });
    expect(asker(rel)('where is the western pacific regional office mentioned in korea\'s ESCAP statement headquartered?')).toBe('Manila');
  });
});

describe('a participle inside the subject is not the act asked', () => {
  const rel = parseReleaseText(rawPage('Korean Sailors Freed in the Gulf of Guinea Return Home', '2021-02-20', [
    '1. Four Korean sailors who had been kidnapped by pirates in Benin have returned home safely. The timeline is as follows:',
    '- February 14: They crossed into Ghana, where they were received by embassy officials',

  ]), { id: 'test-participle-subject' });
  it('dates the main verb, not the participle after the noun', () => {
    expect(asker(rel)('when did the korean sailors freed in benin cross into ghana?')).toBe('February 14');
  });
  it('still reads a verb after a plural subject as the act', () => {
    expect(participleInSubject('restart', 'when did flights restart at accra airport after the strike?')).toBe(false);
    expect(participleInSubject('freed', 'when did the korean sailors freed in benin cross into ghana?')).toBe(true);
  });
});

describe('the mission a person heads is in the country of the post', () => {
  const rel = parseReleaseText(page('Korean Nationals Evacuated from Sudan', '2023-04-25', [
    'The team worked closely with the Korean Embassy in Sudan, which requested the help of the Sudanese army, and with the Korean Embassy in Saudi Arabia under Ambassador Park Joon-yong, which arranged their stay in Jeddah.',
    'The Korean Embassy in Egypt, headed by Ambassador Kim Yong-hyun, arranged the entry of other nationals by land.',
  ]), { id: 'test-mission-under' });
  const ask = asker(rel);
  it('answers the ambassador whose mission is in the country asked', () => {
    expect(ask('who is the korean ambassador to saudi arabia who helped the evacuation?')).toBe('Park Joon-yong');
  });
  it('abstains when the ambassador named heads a mission elsewhere', () => {
    expect(ask('who is the korean ambassador to sudan who helped the evacuation?')).toBeNull();
  });
});

describe('what is still to come is not dated by a day already past', () => {
  const rel = parseReleaseText(page('Results of the ROK-Croatia Foreign Ministers\' Meeting', '2019-05-16', [
    'Foreign Minister Kang Kyung-wha held talks with Croatian Foreign Minister Marija Pejcinovic Buric in Seoul on May 14.',
    'Minister Pejcinovic Buric invited Minister Kang to visit Croatia, and the two sides agreed to hold the 3rd policy consultation, first held in 2012, in Zagreb.',
  ]), { id: 'test-future-past' });
  const ask = asker(rel);
  it('abstains on "when will X visit" and "when is X going to" when the release gives only past days', () => {
    expect(ask('When will FM Kang Kyung-wha make her visit to Croatia?')).toBeNull();
    expect(ask('when will kang and the croatian FM hold talks?')).toBeNull();
    expect(ask('when is the 3rd korea-croatia policy consultation going to be held?')).toBeNull();
  });
  it('still dates the talks that took place', () => {
    expect(ask('when did kang and the croatian foreign minister hold talks?')).toBe('May 14');
  });
});

describe('a document\'s quoted title is whole, however long', () => {
  const rel = parseReleaseText(page('ROK and Malta Sign Agreement on Social Security', '2021-09-08', [
    'Director-General for European Affairs Yoo Jeong-hyun and Maltese Ambassador Carmen Sammut signed the "Agreement between the Government of the Republic of Korea and the Government of the Republic of Malta on the Mutual Recognition of Pension Entitlements of Seconded Workers" in Seoul on September 7.',
  ]), { id: 'test-long-document' });
  it('finds the title with its parties and subject as one thing', () => {
    expect(findThings(rel.paragraphs[0]!.text).map((t) => t.text)).toContain('Agreement between the Government of the Republic of Korea and the Government of the Republic of Malta on the Mutual Recognition of Pension Entitlements of Seconded Workers');
  });
  it('answers the full title when the agreement is asked', () => {
    expect(asker(rel)('what agreement did korea and malta sign in september 2021?')).toBe('Agreement between the Government of the Republic of Korea and the Government of the Republic of Malta on the Mutual Recognition of Pension Entitlements of Seconded Workers');
  });
});

describe('the days of a stay in a city, and one act during a trip', () => {
  const rel = parseReleaseText(page('Special Envoy Visits Peru and Chile', '2022-03-10', [
    'Special Envoy for Latin America Ahn Sung-ho visited Lima, Peru, from March 3 to 5 and Santiago, Chile, from March 6 to 8 to deepen cooperation on critical minerals.',
    'In Santiago, Special Envoy Ahn held talks with Chilean Undersecretary of Foreign Affairs Ximena Fuentes on March 7.',
    'During the visit, Special Envoy Ahn also met with the Minister of Mining of Chile on March 8 to discuss lithium supply chains and the outlook for the mining industry.',
  ]), { id: 'test-stay-city' });
  const ask = asker(rel);
  it('dates a stay by the days said after the city asked, not by another city\'s days or one act there', () => {
    expect(ask('when was the special envoy for latin america in santiago?')).toBe('March 6 to 8');
    expect(ask('when was the special envoy for latin america in lima?')).toBe('March 3 to 5');
  });
  it('dates one act by its day when the question only frames it by the trip', () => {
    expect(ask('what day did envoy ahn meet the chilean mining minister during his santiago trip?')).toBe('March 8');
  });
});

describe('the days of a stay over the day of one act there', () => {
  const rel = parseReleaseText(page('Ambassador for Antarctic Affairs Visits Argentina and Chile', '2022-03-10', [
    'Ambassador for Climate Change and Antarctic Affairs Ahn Sung-ho visited Buenos Aires, Argentina, from March 3 to 5 and Santiago, Chile, from March 6 to 8 to strengthen cooperation with the two Antarctic gateway countries.',
    'In Santiago, Ambassador Ahn held the 2nd ROK-Chile Antarctic Dialogue with Director of Antarctic Affairs of the Chilean Ministry of Foreign Affairs Ximena Fuentes on March 7, and visited the Chilean Antarctic Institute on March 8 to meet with its Director Marcelo Leppe.',
  ]), { id: 'test-stay-whole' });
  it('answers the days the envoy was in the city, not the day of a visit there', () => {
    expect(asker(rel)("when was korea's antarctic ambassador in santiago")).toBe('March 6 to 8');
  });
});

describe('one act during a trip is dated by its day', () => {
  const rel = parseReleaseText(page('Special Envoy Visits Chile', '2022-03-10', [
    'Special Envoy for Latin America Ahn Sung-ho visited Santiago, Chile, from March 6 to 8 to deepen cooperation on critical minerals and meet with Korean businesses in the region.',
    'At a roundtable held at the Korean Embassy in Santiago on March 8, Special Envoy Ahn heard the concerns of Korean companies operating in Chile.',
  ]), { id: 'test-trip-frame' });
  it('reads "during the envoy\'s visit" as the frame of the act asked, not as the stay asked', () => {
    expect(asker(rel)("what day was the roundtable with korean businesses during the envoy's chile visit?")).toBe('March 8');
  });
});

describe('a country\'s counterpart is the other side', () => {
  const rel = parseReleaseText(page('Results of the 3rd ROK-Norway Policy Consultation', '2019-06-12', [
    'Deputy Minister for Political Affairs Kim Hee-sang held the 3rd ROK-Norway Policy Consultation with State Secretary of the Norwegian Ministry of Foreign Affairs Audun Halvorsen in Oslo on June 11.',
  ]), { id: 'test-counterpart-side' });
  const ask = asker(rel);
  it('reads "korea\'s norwegian counterpart" and "korea\'s counterpart" as the Norwegian', () => {
    expect(analyzeQuestion("who was korea's norwegian counterpart at the policy consultation?").nationality).toBe('NOR');
    expect(ask("who was korea's counterpart at the 3rd korea-norway policy consultation?")).toBe('Audun Halvorsen');
    expect(ask("who was korea's norwegian counterpart at the policy consultation in oslo?")).toBe('Audun Halvorsen');
  });
  it('reads "norway\'s counterpart" as Norway\'s side too (in a release of Korea\'s, the counterpart is the other country\'s)', () => {
    expect(ask("who was norway's counterpart at the 3rd korea-norway policy consultation?")).toBe('Audun Halvorsen');
  });
});

describe('a title whose field is a list of regions', () => {
  it('keeps "for Europe, Arctic, Middle East and Maghreb" in the title and finds the person after it', () => {
    const people = findPeople('Ambassador Yoon held the 3rd ROK-Canada Polar Dialogue with Assistant Deputy Minister for Asia, Oceania, Middle East and Maghreb of Global Affairs Canada Marie Tremblay on May 3.');
    const p = people.find((x) => x.name === 'Marie Tremblay');
    expect(p?.title).toBe('Assistant Deputy Minister for Asia, Oceania, Middle East and Maghreb of Global Affairs Canada');
    expect(p?.country).toBe('CAN');
  });
  it('does not take a region of the field for the person\'s country', () => {
    const people = findPeople('He met Director-General for Europe, Eurasia, Middle East and Africa Marie Tremblay on May 3.');
    expect(people.find((x) => x.name === 'Marie Tremblay')?.country).toBeUndefined();
  });
});

describe('a sentence that opens on its place and day', () => {
  const rel = parseReleaseText(page('Second Vice Minister Visits Panama and Guatemala', '2021-10-20', [
    'Second Vice Minister of Foreign Affairs Choi Jong-moon visited Panama and Guatemala from October 12 to 16 to strengthen cooperation with Central America.',
    'In Guatemala City on October 15, Vice Minister Choi held talks with Guatemalan Foreign Minister Pedro Brolo, and the two sides signed the Memorandum of Understanding on Cooperation in Climate Change between the two ministries.',
  ]), { id: 'test-in-place-on' });
  it('answers the city a sentence opens with, "In X on <day>, …"', () => {
    expect(asker(rel)('where did vice minister choi meet the guatemalan foreign minister?')).toBe('Guatemala City');
  });
  it('reads no place from "In Korea, the …", a sentence that opens on a country and goes on', () => {
    const r2 = parseReleaseText(page('Mpox Update', '2024-08-20', ['In Korea, the Korea Disease Control and Prevention Agency has reported no cases of the new strain.']), { id: 'test-in-country-comma' });
    expect(asker(r2)('where was the new mpox strain first detected?')).toBeNull();
  });
});

describe('the venue of a city in a schedule of venues', () => {
  const rel = parseReleaseText(rawPage('K-Pop Dance Workshops to Tour Andean Countries', '2019-09-02', [
    '1. The Ministry of Foreign Affairs will send a K-pop dance workshop team to Peru, Ecuador and Colombia from September 20 to October 1.',
    '2. The details of the tour are as follows:',
    '° Schedule and venues:',
    '- Lima, Peru (Sept. 21-22): Gran Teatro Nacional',
    '- Quito, Ecuador (Sept. 25-26): Casa de la Cultura Ecuatoriana',
    '- Bogota, Colombia (Sept. 29-30): Teatro Colsubsidio',
  ]), { id: 'test-venue-lines' });
  const ask = asker(rel);
  it('answers the venue on the line of the city or country asked', () => {
    expect(ask('at which venue in quito will the k-pop dance workshop team perform?')).toBe('Casa de la Cultura Ecuatoriana');
    expect(ask('colombia leg of the k-pop dance workshop tour - what venue?')).toBe('Teatro Colsubsidio');
  });
});

describe('a country or the city asked inside is no venue', () => {
  const rel = parseReleaseText(page('Korea Takes Part in the Nordic Arctic Forum', '2019-10-12', [
    'Ambassador for Arctic Affairs Park Min-ji attended the Nordic Arctic Forum, held in Oslo, Norway, from October 9 to 11, and delivered a keynote speech on the ROK\'s Arctic policy.',
    'Ambassador Park also held the 3rd ROK-Norway Arctic Consultation, and the two sides agreed to hold the 4th Arctic Consultation in Seoul in 2020.',
  ]), { id: 'test-venue-not-city' });
  it('abstains on the venue inside a city the release gives only the city of', () => {
    expect(asker(rel)('what was the venue of the nordic arctic forum in oslo?')).toBeNull();
    expect(asker(rel)('venue of the arctic forum in oslo?')).toBeNull();
  });
  it('abstains on the venue when the release names only the countries visited', () => {
    const r2 = parseReleaseText(page('Taekwondo Team to Tour Southern Africa', '2019-10-12', [
      'The Ministry will dispatch a taekwondo demonstration team to Zambia, Malawi and Botswana from November 4 to 15 to introduce Korean culture to local communities.',
    ]), { id: 'test-venue-not-country' });
    expect(asker(r2)('at which venue in lusaka will the taekwondo team perform?')).toBeNull();
  });
});

describe('a count of days asked is a figure of days', () => {
  const rel = parseReleaseText(page('ROK-Mongolia Visa Waiver Takes Effect', '2025-06-01', [
    'Some 120,000 Koreans visited Mongolia last year, and about 90,000 Mongolians visited Korea.',
    'Under the agreement, nationals of both countries holding ordinary passports may stay in the other country without a visa for up to 30 days.',
  ]), { id: 'test-days-counted' });
  it('answers the days of the stay, not a count of people', () => {
    expect(asker(rel)('how many days can koreans stay in mongolia visa-free?')).toBe('up to 30 days');
  });
});

describe('"what did X amount to" asks a figure', () => {
  const rel = parseReleaseText(page('Results of the 5th ROK-Baltic States Policy Consultation', '2019-04-10', [
    'Director-General Kim noted that trade between Korea and the three Baltic states, a key part of the Korean government\'s Northern Policy, amounted to US$ 1.2 billion in 2018.',
  ]), { id: 'test-amount-to' });
  it('reads "amount to", "add up to", "come to" and "total" as a figure asked', () => {
    for (const q of ['what did korea\'s trade with the baltic states amount to in 2018?', 'what did the pledges add up to?', 'what did the bill come to in total?', 'what did the aid total?']) expect(analyzeQuestion(q).type).toBe('number');
  });
  it('answers the amount, not a name the sentence gives', () => {
    expect(asker(rel)('what did korea\'s trade with the three baltic states amount to in 2018?')).toBe('US$ 1.2 billion');
  });
});

describe('a telephone number counts nothing', () => {
  it('finds no figure in "+82-2-3210-0404" or "02-3210-0404", and still the hours after it', () => {
    expect(findNumbers('Nationals may call the Consular Call Center (+82-2-3210-0404 or 02-3210-0404), which operates 24 hours a day.').map((n) => n.text)).toEqual(['24']);
  });
  it('abstains on a count the release does not give, rather than a country calling code', () => {
    const rel = parseReleaseText(page('Travel Ban on Parts of Niger', '2023-08-02', [
      'Korean nationals in Niger in need of assistance may contact the Embassy or the Consular Call Center (+82-2-3210-0404), which operates around the clock.',
    ]), { id: 'test-phone' });
    expect(asker(rel)('how many korean nationals are in niger?')).toBeNull();
  });
});

describe('nationals, citizens, residents and workers are people', () => {
  it('answers how many people a project serves by its residents', () => {
    const rel = parseReleaseText(page('KOICA Opens Water Supply System in Battambang', '2022-05-10', [
      'The water supply system, built with a KOICA grant of US$ 6 million, will provide safe drinking water to about 45,000 residents of three districts in Battambang.',
    ]), { id: 'test-residents-people' });
    expect(asker(rel)('how many people will get safe water from the KOICA project in Battambang?')).toBe('about 45,000');
  });
  it('does not count Korean nationals for Korean local governments', () => {
    const rel = parseReleaseText(page('3rd Korea-Thailand Local Government Forum Held in Chiang Mai', '2016-11-02', [
      'This year, some 1.5 million Korean nationals visited Thailand, and the number of sister-city ties between Korean and Thai local governments has grown.',
    ]), { id: 'test-bodies-not-people' });
    expect(asker(rel)('how many korean local governments took part in the 3rd korea-thailand local government forum?')).toBeNull();
  });
});

describe('in a list of names each before its figure, the name before a figure is whose it is', () => {
  const rel = parseReleaseText(rawPage('ROK Provides US$ 2 Million in Humanitarian Aid to Kyrgyzstan', '2024-05-20', [
    '1. The Government of the Republic of Korea will provide US$ 2 million in humanitarian assistance to help Kyrgyzstan recover from the mudflows that struck the south of the country.',
    '- Channels: International Organization for Migration (IOM) US$ 1.5 million, UNFPA US$ 500,000',
  ]), { id: 'test-named-before' });
  const ask = asker(rel);
  it('answers each channel its own figure', () => {
    expect(ask('kyrgyzstan mudflow aid from korea - how much goes through unfpa?')).toBe('US$ 500,000');
    expect(ask('kyrgyzstan mudflow aid from korea - how much goes through iom?')).toBe('US$ 1.5 million');
  });
});

describe('a document titled with its parties and subject is named whole', () => {
  const rel = parseReleaseText(page('ROK-Chile Mining Policy Dialogue Held in Seoul', '2024-03-18', [
    'Both sides welcomed that KIGAM and SERNAGEOMIN are preparing to sign the Implementing Arrangement between the Korea Institute of Geoscience and Mineral Resources and the National Geology and Mining Service on Cooperation in Lithium Resource Mapping within this year.',
    'The dialogue is held under the Memorandum of Understanding between the Ministry of Foreign Affairs of the Republic of Korea and the Ministry of Mining of the Republic of Chile on Cooperation in Critical Minerals, which was signed in 2022.',
    'The Korean government also signed the "Grant Agreement between the Government of the Republic of Korea and the Economic Commission for Latin America and the Caribbean on Support for Green Mining Standards" with the Economic Commission for Latin America and the Caribbean (ECLAC) on March 15.',
  ]), { id: 'test-document-between' });
  const ask = asker(rel);
  it('answers an unquoted title whole, though its parties are the ones the question names', () => {
    expect(ask('what arrangement on lithium resource mapping are KIGAM and SERNAGEOMIN getting ready to sign, per the korea-chile mining dialogue?')).toBe('Implementing Arrangement between the Korea Institute of Geoscience and Mineral Resources and the National Geology and Mining Service on Cooperation in Lithium Resource Mapping');
    expect(ask('full name of the MOU the korea-chile mining policy dialogue is held under?')).toBe('Memorandum of Understanding between the Ministry of Foreign Affairs of the Republic of Korea and the Ministry of Mining of the Republic of Chile on Cooperation in Critical Minerals');
  });
  it('answers a quoted title whole, though it names the party the question calls by its initials', () => {
    expect(ask('What is the full name of the agreement Korea signed with ECLAC on green mining standards?')).toBe('Grant Agreement between the Government of the Republic of Korea and the Economic Commission for Latin America and the Caribbean on Support for Green Mining Standards');
  });
});

describe('"who\'s the director of …" asks the one whose office that is', () => {
  const rel = parseReleaseText(rawPage('King Sejong Institute in Tbilisi Marks Its 5th Anniversary', '2023-09-20', [
    '1. A ceremony marking the fifth anniversary of the King Sejong Institute in Georgia was held on September 18 in Tbilisi.',
    '° Participants: Ambassador of the Republic of Korea to Georgia Kim Hyun-tae, Head of Culture of the City of Tbilisi Nino Beridze, Director of the King Sejong Institute in Georgia Seo Min-ji, and some 200 guests',
  ]), { id: 'test-whos-director' });
  it('answers the director, not another official of the city', () => {
    expect(asker(rel)("who's the director of the king sejong institute in tbilisi?")).toBe('Seo Min-ji');
  });
});

describe('"on what exact date" asks a date', () => {
  it('reads an exact, precise or specific date as a when-question', () => {
    expect(analyzeQuestion('On what exact date will the next Korea-Peru policy consultation be held?').type).toBe('when');
    expect(analyzeQuestion('what specific day is the opening of the embassy in Lima').type).toBe('when');
  });
});

describe('a role at a meeting asked (moderator, sherpa, keynote) is answered only where the role is stated', () => {
  const rel = parseReleaseText(page('2022 Busan Maritime Security Forum Held', '2022-10-14', [
    'Vice Minister of Foreign Affairs Lee Jae-won delivered opening remarks at the 2022 Busan Maritime Security Forum on October 13.',
    'Professor Ana Kovač of the University of Zagreb delivered the keynote speech on the law of the sea.',
    'Session 2 on illegal fishing featured presentations by Director-General Park Hee-sun and Commander Tomás Ortega of the Chilean Navy.',
  ]), { id: 'test-role-asked' });
  const ask = asker(rel);
  it('answers the keynote speaker, not the one who opened', () => {
    expect(ask('who gave the keynote at the 2022 busan maritime security forum?')).toBe('Ana Kovač');
  });
  it('abstains on a moderator the release does not name', () => {
    expect(ask('who moderated the illegal fishing session at the 2022 busan maritime security forum?')).toBeNull();
  });
});

describe('"who did the Korean DG meet" asks the one the director-general met', () => {
  const rel = parseReleaseText(page('Director-General for Public Diplomacy Visits Kenya', '2023-04-12', [
    'Director-General for Public Diplomacy Ahn Eun-ju, who was on a visit to Kenya, toured the Korean Cultural Center in Nairobi on April 10 and met with Principal Secretary for Culture Wanjiku Mwangi to discuss cultural exchanges.',
  ]), { id: 'test-dg-actor' });
  const ask = asker(rel);
  it('answers the one met, not the director-general who met', () => {
    expect(ask('who did the korean public diplomacy director-general meet in nairobi?')).toBe('Wanjiku Mwangi');
    expect(ask('who did the korean public diplomacy DG meet at the cultural center in nairobi?')).toBe('Wanjiku Mwangi');
  });
});

describe('"where did the flight land" asks where it came down, not where it left', () => {
  const rel = parseReleaseText(page('Korean Nationals Evacuated from Juba', '2023-05-02', [
    'The Korean government evacuated 9 Korean nationals from Juba, South Sudan, to Nairobi, Kenya, by chartered aircraft on April 30.',
  ]), { id: 'test-landed-where' });
  it('answers the destination', () => {
    expect(asker(rel)('where did the chartered aircraft carrying the 9 korean nationals land?')).toBe('Nairobi, Kenya');
  });
});

describe('"the session" of a release that numbers one session is that numbered session', () => {
  const rel = parseReleaseText(page('Korean Jultagi Inscribed on UNESCO Intangible Heritage List', '2011-11-29', [
    'Jultagi, the Korean art of tightrope walking, was inscribed on the Representative List at the 6th session of the Intergovernmental Committee for the Safeguarding of the Intangible Cultural Heritage, held in Bali, Indonesia, on November 28.',
    'The Korean delegation to the session was led by Ambassador to UNESCO Cho Hee-yong.',
  ]), { id: 'test-the-session' });
  const ask = asker(rel);
  it('answers who led the delegation to the numbered session', () => {
    expect(ask('who led korea\'s delegation to the 6th session of the unesco intangible heritage committee?')).toBe('Cho Hee-yong');
  });
  it('does not take "the session" for another number', () => {
    expect(ask('who led korea\'s delegation to the 7th session of the unesco intangible heritage committee?')).toBeNull();
  });
});

describe('a numbered workshop still to come numbers no workshop held', () => {
  const rel = parseReleaseText(page('Regional Workshop on Maritime Safety Held in Manila', '2018-06-20', [
    'The Ministry of Foreign Affairs held a regional workshop on maritime safety in Manila on June 19 with officials from ten ASEAN countries.',
    'At the workshop, the ROK government announced that it will provide US$ 500,000 to the IMO for training programs.',
    'Participants expressed hope that a second workshop would take place in Jakarta in 2019.',
  ]), { id: 'test-second-workshop-planned' });
  it('abstains on what the second workshop announced', () => {
    expect(asker(rel)('how much did the ROK announce at the second regional maritime safety workshop?')).toBeNull();
  });
});

describe('a figure before a list of kinds counts the noun the list ends with', () => {
  it('reads "45 police, customs and immigration officers" as officers', () => {
    expect(findNumbers('The course brought together 45 police, customs and immigration officers from six countries.')[0]?.unit).toBe('police officers');
  });
  it('does not join a list of things counted together, nor a clause after "and the"', () => {
    expect(findNumbers('Korea sent 3 tents, blankets and kits for the displaced families.')[0]?.unit).toBe('tents');
    expect(findNumbers('A forum was held with about 200 business people, and the delegations visited Busan.')[0]?.unit).toBe('business people');
  });
  it('answers how many of the listed kind took part', () => {
    const rel = parseReleaseText(page('3rd ROK-Pacific Border Management Course Held in Seoul', '2019-07-02', [
      'The Ministry of Foreign Affairs hosted the 3rd ROK-Pacific Border Management Course in Seoul from June 24 to 28, with 45 police, customs and immigration officers from six Pacific Island countries.',
    ]), { id: 'test-listed-kinds' });
    expect(asker(rel)('how many pacific officers attended the 3rd border management course?')).toBe('45');
  });
});

describe('a city that names a document stands for no government', () => {
  it('reads "the Paris Agreement" and "the Vienna Convention" as documents, not France and Austria', () => {
    expect(analyzeQuestion('when did korea ratify the paris agreement?').countries).toEqual([]);
    expect(analyzeQuestion('When did the ROK accede to the Vienna Convention on Consular Relations?').countries).toEqual([]);
    expect(analyzeQuestion('When did Seoul and Paris sign the agreement?').countries).toEqual(['FRA']);
  });
  it('dates the act on the document, not a date of another country', () => {
    const rel = parseReleaseText(page('Korean Delegation to Attend COP25 in Madrid', '2019-11-29', [
      'Korea hosted the Green Climate Fund board meeting in Songdo in October 2013 and ratified the Paris Agreement on November 3, 2016.',
    ]), { id: 'test-paris-agreement' });
    expect(asker(rel)('when did korea ratify the paris agreement?')).toBe('November 3, 2016');
  });
});

describe('a name goes on through "for the" into its own words', () => {
  it('keeps "… Plan for the Protection of …" and "… Organization for the Prohibition of …" whole', () => {
    const names = (t: string): string[] => findThings(t).map((s) => s.text);
    expect(names('The Cabinet adopted the 3rd Basic Plan for the Protection of Overseas Nationals in May.')).toContain('Basic Plan for the Protection of Overseas Nationals');
    expect(names('Korea was elected to the Executive Council of the Organization for the Prohibition of Chemical Weapons.')).toContain('Executive Council of the Organization for the Prohibition of Chemical Weapons');
  });
  it('does not join one word, or a name that ends with a country, to what it is for', () => {
    const names = (t: string): string[] => findThings(t).map((s) => s.text);
    expect(names('The grant goes to UNICEF for the Emergency Appeal in Gaza.').filter((n) => n.includes(' for the '))).toEqual([]);
    expect(names('It is a grant from the Government of Korea for the Flood Recovery Project.').filter((n) => n.includes(' for the '))).toEqual([]);
  });
  it('stops at a name its initials close: "the Knowledge Sharing Program (KSP) for the Ministry of Planning"', () => {
    expect(findThings('The loan comes from the Knowledge Sharing Program (KSP) for the Ministry of Planning of Cambodia.').map((s) => s.text)).not.toContain('Knowledge Sharing Program (KSP) for the Ministry of Planning of Cambodia');
  });
  it('answers which plan with the whole name', () => {
    const rel = parseReleaseText(page('Cabinet Adopts Basic Plan on Overseas Nationals', '2021-05-11', [
      'The Cabinet adopted the 3rd Basic Plan for the Protection of Overseas Nationals on May 11, setting out the government\'s consular policy for the next five years.',
    ]), { id: 'test-plan-for-the' });
    expect(asker(rel)('which basic plan did the cabinet adopt in may 2021?')).toContain('Basic Plan for the Protection of Overseas Nationals');
  });
});

describe('an acronym\'s long form drops every small word before it', () => {
  it('reads "a judge of the International Tribunal for the Law of the Sea (ITLOS)" without "the"', () => {
    expect(findAcronyms('He was elected a judge of the International Tribunal for the Law of the Sea (ITLOS) in June.')[0]?.expansion).toBe('International Tribunal for the Law of the Sea');
  });
});

describe('a name stops before a month that ends the sentence', () => {
  it('reads "… Overseas Nationals in June." without the month', () => {
    expect(findThings('The Cabinet adopted the Basic Plan on Overseas Nationals in June.').map((s) => s.text)).toEqual(['Basic Plan on Overseas Nationals']);
  });
});

describe('a region named "… and the Caribbean" or "… and the Pacific" stays in the name it ends', () => {
  it('keeps "… in Latin America and the Caribbean" and "… for Asia and the Pacific" whole', () => {
    const names = (t: string): string[] => findThings(t).map((s) => s.text);
    expect(names('The Korea-IDB Fund for Digital Trade in Latin America and the Caribbean opened calls in May.')).toContain('Korea-IDB Fund for Digital Trade in Latin America and the Caribbean');
    expect(names('He visited the Regional Office for Asia and the Pacific last week.')).toContain('Regional Office for Asia and the Pacific');
  });
  it('does not join two bodies named together', () => {
    expect(findThings('He met officials of the Ministry of Trade and the Ministry of Justice.').map((s) => s.text)).not.toContain('Ministry of Trade and the Ministry of Justice');
    expect(findThings('Korea thanked Japan and the Pacific Islands Forum for their support.').map((s) => s.text)).toContain('Pacific Islands Forum');
  });
});

describe('a document between two parties keeps a subject that goes on through "to the"', () => {
  it('reads "… concerning Contributions to the Triangular Partnership Programme" whole', () => {
    expect(findThings('The two sides signed the Agreement between the Government of the Republic of Korea and the African Union concerning Contributions to the Peace Support Operations Fund, under which Korea will give US$ 2 million.').map((s) => s.text))
      .toContain('Agreement between the Government of the Republic of Korea and the African Union concerning Contributions to the Peace Support Operations Fund');
  });
});

describe('who gave the opening, closing or congratulatory remarks: the one whose own clause holds them', () => {
  const rel = parseReleaseText(page('Seoul Forum on Ocean Governance Held', '2022-09-15', [
    'Second Vice Minister of Foreign Affairs Park Soo-min delivered the opening remarks, and Dr. Helena Varga, Director of the Ocean Governance Institute, gave a keynote speech on ocean governance.',
    'Ambassador Lim Jae-won, President of the Ocean Governance Forum, in his welcoming address, thanked the participants for coming to Seoul.',
    'Mr. Tomas Lindqvist, President of the Baltic Ocean Council, also spoke at the forum on ocean governance and fisheries.',
  ]), { id: 'test-opening-remarks' });
  const ask = asker(rel);
  it('answers the one who gave the remarks, not the keynote speaker beside him', () => {
    expect(ask('who gave the opening remarks at the seoul forum on ocean governance?')).toBe('Park Soo-min');
  });
  it('reads a welcome speech as the welcoming address', () => {
    expect(ask('who gave the welcome speech at the ocean governance forum?')).toBe('Lim Jae-won');
  });
  it('abstains when no one is said to give the remarks asked', () => {
    expect(ask('who gave the closing remarks at the ocean governance forum?')).toBeNull();
  });
});

describe('a part for one body or country: the figure the release gives it, or none', () => {
  const rel = parseReleaseText(rawPage('ROK to Provide Additional US$ 6 Million for Flood Relief in the Sahel', '2024-09-12', [
    '1. The Korean government will provide an additional US$ 6 million in flood assistance to Niger, Chad and Mali.',
    '2. With this additional assistance, the ROK\'s total flood assistance to the Sahel this year will amount to US$ 8 million. The additional assistance will be allocated as follows:',
    '- WFP for emergency food: US$ 2 million',
    '- IOM Regional Office for West Africa (US$ 1 million)',
    '- Amount for health: US$ 500,000 (WHO: US$ 300,000; UNFPA: US$ 200,000)',
    '3. A further US$ 1.5 million of the additional assistance will go through the Office of the United Nations High Commissioner for Refugees (UNHCR) for displaced families.',
    '4. The additional assistance will also be delivered through NGOs and the UN Children\'s Fund (UNICEF), and it comes in addition to the US$ 2 million the ROK provided to the Sahel last year.',
  ]), { id: 'test-body-share' });
  const ask = asker(rel);
  it('answers the body\'s own line, bracket, "through" or part inside a sum', () => {
    expect(ask('How much of Korea\'s additional flood assistance is earmarked for the WFP?')).toBe('US$ 2 million');
    expect(ask('How much of Korea\'s additional flood assistance is earmarked for IOM?')).toBe('US$ 1 million');
    expect(ask('How much of the additional flood assistance goes through UNHCR?')).toBe('US$ 1.5 million');
    expect(ask('How much of Korea\'s additional flood assistance is earmarked for the WHO?')).toBe('US$ 300,000');
  });
  it('abstains on the part of a body the release gives no figure of its own, however the question writes its initials', () => {
    expect(ask('How much of Korea\'s additional flood assistance is allocated to UNICEF?')).toBeNull();
    expect(ask('how much of the additional sahel flood assistance goes to unicef specifically?')).toBeNull();
  });
  it('abstains on one country\'s part of a sum for several asked "specifically"', () => {
    expect(ask('how much additional flood assistance did korea give Chad specifically?')).toBeNull();
  });
});

describe('the noun a how-many question counts ends before "get" or "receive"', () => {
  it('counts countries in "how many countries get help setting up …", not officials of a word the question shares', () => {
    const rel = parseReleaseText(page('ROK to Fund Cyber Capacity Project with the OAS', '2016-03-02', [
      'Main activities: support for setting up national cyber incident response teams in five countries; training for some 300 cyber security officials; and a regional exercise.',
    ]), { id: 'test-counted-get' });
    expect(asker(rel)('how many countries get help setting up cyber response teams under the OAS project?')).toBe('five');
  });
});

describe('"the two countries" names the pair of a bilateral release, not a count of those that came', () => {
  it('counts the countries the conference brought together', () => {
    const rel = parseReleaseText(page('3rd ROK-Canada Cyber Consultation Held', '2014-05-20', [
      'The two sides noted that the consultation has become a useful channel for dialogue on cyber issues between the two countries, and reviewed the outcome of the Global Conference on Cyberspace held in April, which brought together some 45 countries as well as international organizations.',
    ]), { id: 'test-two-countries' });
    expect(asker(rel)('how many countries came to the global conference on cyberspace, per the ROK-Canada cyber consultation?')).toBe('some 45');
  });
});

describe('the member states of a body are no place', () => {
  it('answers where officials will be trained with the academy, not "the ASEAN Member States" they come from', () => {
    const rel = parseReleaseText(page('ROK and ASEAN Launch Customs Training Program', '2025-03-10', [
      'Under the program, 300 customs officials from the ASEAN Member States will be invited to training courses at the Korea Customs Academy in Cheonan.',
    ]), { id: 'test-member-states' });
    expect(asker(rel)('where will ASEAN customs officials be trained under the program?')).toContain('Cheonan');
  });
});

describe('a figure of another side\'s delegation does not count the side asked', () => {
  const rel = parseReleaseText(page('3rd ROK-Norway Cyber Policy Consultation Held in Oslo', '2016-06-02', [
    'The 3rd ROK-Norway Cyber Policy Consultation was held in Oslo on June 1, co-chaired by Director-General Kim Ji-hoon and Director Lars Eriksen.',
    'The Korean delegation consisted of eleven officials from the Ministry of Foreign Affairs and the National Police Agency.',
  ]), { id: 'test-other-delegation' });
  it('abstains on the size of the Norwegian delegation when only the Korean one is given', () => {
    expect(asker(rel)('how many officials were on the Norwegian delegation at the 3rd ROK-Norway cyber consultation?')).toBeNull();
  });
  it('answers the size of the delegation the release gives', () => {
    expect(asker(rel)('how many officials were on the Korean delegation at the 3rd ROK-Norway cyber consultation?')).toBe('eleven');
  });
});

describe('where a thing goes ("linked to", "aid to") is no venue', () => {
  it('answers where a forum is held with its venue line, not the country goods are linked to', () => {
    const rel = parseReleaseText(rawPage('2027 Seoul Forum on Smuggled Goods', '2027-02-02', [
      '1. The Ministry of Foreign Affairs will host the "2027 Seoul Forum on Smuggled Goods" in March, bringing together governments and customs services.',
      '- Venue: Lotte Hotel Seoul',
      '2. The forum is the second of its kind, following the 1st forum held in May 2026. At the 1st forum, participants agreed on the need for faster information sharing between customs services, which has since led to the seizure of about 40 tons of smuggled goods linked to North Korea.',
    ]), { id: 'test-venue-to' });
    expect(asker(rel)("where's the 2027 seoul forum on smuggled goods being held")).toBe('Lotte Hotel Seoul');
  });
});

describe('a word that a number and a name go on from is no place ("the Central 119 Rescue Headquarters")', () => {
  it('answers where the team works, not the word that opens the name of the body its members come from', () => {
    const rel = parseReleaseText(page('ROK Dispatches Relief Team to Ecuador', '2016-04-20', [
      'Meanwhile, the Korea Disaster Relief Team (KDRT), comprising 40 personnel including search and rescue specialists from the Central 119 Rescue Headquarters and officials from the Ministry of Foreign Affairs and KOICA, arrived in Quito on April 28 aboard a chartered aircraft and has been conducting search and rescue operations in the Manabí area, west of the capital.',
    ]), { id: 'test-central-119' });
    expect(asker(rel)('where is the korean KDRT doing search and rescue in ecuador')).toContain('Manabí');
  });
});

describe('a country typed in lower case that is an everyday word, after a preposition of place', () => {
  it('reads "in turkey", "to chad" as countries, but not the "gulf of guinea"', () => {
    expect(analyzeQuestion('where in turkey will the korean team work').countries).toContain('TUR');
    expect(analyzeQuestion('how much aid is going to chad').countries).toContain('TCD');
    expect(analyzeQuestion('who led the HQ for the gulf of guinea kidnapping').countries).not.toContain('GIN');
    expect(analyzeQuestion('what did they serve, turkey or beef').countries).not.toContain('TUR');
  });
});

describe('a total that goes to the country asked alone is its own, though the sentence names another people', () => {
  it('answers the total for one country when the aid also supports refugees from another', () => {
    const rel = parseReleaseText(page('Vice Minister Visits Lebanon', '2018-05-10', [
      'On May 9, he held talks in Beirut with the Lebanese Minister of Social Affairs, and announced that the ROK government will provide a total of US$ 6 million to Lebanon this year to improve water security and to support Syrian refugees and their host communities.',
    ]), { id: 'test-total-to-one' });
    expect(asker(rel)('total aid seoul announced for Lebanon?')).toContain('US$ 6 million');
  });
});

describe('a title\'s field of dictionary words goes on to the name after it', () => {
  it('ends the field at the name: "… for Private Sector and Non-Sovereign Guaranteed Operations Ricardo Montenegro"', () => {
    expect(findPeople('AfDB Vice President for Private Sector and Non-Sovereign Guaranteed Operations Ricardo Montenegro delivered the opening remarks.').map((p) => p.name)).toEqual(['Ricardo Montenegro']);
  });
  it('reads dictionary words between a title\'s "and" and a title word as the field ("… and Marine Resource Development Kautu Teiwaki")', () => {
    expect(findPeople('The Tuvalu delegation was headed by Secretary for Fisheries and Marine Resource Development Kautu Teiwaki.').map((p) => p.name)).toEqual(['Kautu Teiwaki']);
  });
  it('reads two dictionary words run together as a field word ("for Peacebuilding Support Elizabeth Spehar")', () => {
    expect(findPeople('Assistant Secretary-General for Peacebuilding Support Elizabeth Spehar attended the meeting.').map((p) => p.name)).toEqual(['Elizabeth Spehar']);
  });
});

describe('a body the person acted for is the side asked, not the country whose thing it is', () => {
  it('answers who signed on behalf of the body, though the question says "the ROK\'s agreement"', () => {
    const rel = parseReleaseText(page('ROK Signs Contribution Agreement with the WFP', '2024-09-12', [
      'The agreement was signed by Ambassador and Permanent Representative of the ROK to the International Organizations in Rome Kim Tae-ho and WFP Deputy Executive Director and Head of the Department of Programme and Policy Development Amina Diallo, in the presence of WFP Assistant Executive Director and Head of the Department of Partnerships Chen Wei.',
    ]), { id: 'test-behalf-body' });
    expect(asker(rel)("Who signed the ROK's school meals contribution agreement on behalf of the WFP?")).toBe('Amina Diallo');
  });
});

describe('in a list whose verb is left out, the country right before a figure gives it', () => {
  const rel = parseReleaseText(page('Results of the 4th ROK-Canada Development Cooperation Consultation', '2021-06-03', [
    'The two sides agreed to launch a joint school nutrition project in Tolima, Colombia, to which the ROK will contribute US$ 3.2 million and Canada CAD 5 million over four years.',
  ]), { id: 'test-gapped-giver' });
  it('answers Korea\'s part when Korea is asked to give', () => {
    expect(asker(rel)('how much will seoul put into the joint school nutrition project with canada?')).toBe('US$ 3.2 million');
  });
  it('answers the other country\'s part when it is asked', () => {
    expect(asker(rel)('how much will canada put into the joint school nutrition project in colombia?')).toBe('CAD 5 million');
  });
});

describe('of several countries a question names, the one a part is earmarked for', () => {
  it('answers the part that goes to the country asked after "earmarked for"', () => {
    const rel = parseReleaseText(page('ROK Provides Flood Aid to Malawi and Mozambique', '2019-03-25', [
      'Of the US$ 2 million in humanitarian assistance, US$ 1.2 million will be provided to Mozambique and US$ 800,000 to Malawi through international organizations, including the WFP.',
    ]), { id: 'test-part-for' });
    expect(asker(rel)('How much of the US$ 2 million flood aid for Mozambique and Malawi is earmarked for Malawi?')).toBe('US$ 800,000');
  });
});

describe('a candidate asked by a people\'s name counts only figures of that people\'s clause', () => {
  const rel = parseReleaseText(page('Korean Candidate Elected to the ILC', '2021-11-13', [
    'In the election held on November 12, Professor Park Ji-hoon received 142 of the 190 votes cast, defeating candidates from Indonesia and Nepal.',
    'The Mexican candidate, Ms. Ana Ruiz, received 131 votes and was also elected.',
  ]), { id: 'test-rival' });
  it('abstains on the votes of a candidate the release names only as defeated', () => {
    expect(asker(rel)('How many votes did the Indonesian candidate get in the 2021 ILC election?')).toBeNull();
  });
  it('answers the votes of the candidate whose clause it is', () => {
    expect(asker(rel)('How many votes did the Mexican candidate get in the 2021 ILC election?')).toBe('131');
  });
});

describe('a count of people whose nationality is not said near it is not a count of the nationals asked', () => {
  const rel = parseReleaseText(page('ROK Provides Humanitarian Assistance to Ecuador', '2016-04-19', [
    'The Government of the Republic of Korea decided on April 18 to provide US$ 1 million in humanitarian assistance to Ecuador, where a powerful earthquake struck the coastal province of Manabí on April 16, killing more than 600 people and injuring over 4,600.',
  ]), { id: 'test-people-no-nation' });
  it('abstains on how many Korean nationals live there', () => {
    expect(asker(rel)('How many Korean nationals were living in Ecuador when the quake hit?')).toBeNull();
    expect(asker(rel)('how many korean nationals live in ecuador?')).toBeNull();
  });
  it('still answers how many people were killed', () => {
    expect(asker(rel)('how many people did the ecuador earthquake kill?')).toBe('more than 600');
  });
});

describe('"which … director-general" asks one whose title is a director-general', () => {
  it('answers the director-general met, not the special representative met with him', () => {
    const rel = parseReleaseText(page('Special Representative Visits Tokyo', '2017-09-08', [
      'Special Representative for Korean Peninsula Peace and Security Affairs Lee Do-hoon visited Tokyo on September 7, where he held talks with Special Representative of the Japanese Government on Korean Peninsula Affairs Kanasugi Kenji and met with Director-General of the Department of Asian Affairs Akiba Takeo.',
    ]), { id: 'test-which-dg' });
    expect(asker(rel)('Which Japanese Director-General for Asian Affairs did Special Representative Lee Do-hoon meet in Tokyo?')).toBe('Akiba Takeo');
  });
});

describe('a clause that opens on a verb after "and" speaks of the subject before it', () => {
  it('dates the opening of the station by "… was built on … and opened on …"', () => {
    const rel = parseReleaseText(page('Dasan Arctic Station Marks 20th Anniversary', '2022-04-29', [
      'The Dasan Station, Korea\'s first Arctic research station, was built in Ny-Ålesund on the Svalbard archipelago and opened on April 29, 2002.',
    ]), { id: 'test-and-verb' });
    expect(asker(rel)("When did Korea's Dasan Arctic station first open?")).toBe('April 29, 2002');
  });
});

describe('the start of a term is the date the text says it begins on, not the day of the election to it', () => {
  it('answers when the term starts with "will begin on", not the election day', () => {
    const rel = parseReleaseText(page('ROK Elected to the UN Economic and Social Council', '2022-06-10', [
      'The Republic of Korea was elected as a member of the UN Economic and Social Council (ECOSOC) for the 2023-2025 term in the election held at the UN General Assembly in New York on June 9.',
      'The ROK\'s three-year term will begin on January 1, 2023.',
    ]), { id: 'test-term-start' });
    expect(asker(rel)("when does korea's 2023-2025 ECOSOC term start")).toBe('January 1, 2023');
  });
});

describe('a source cited before the question word ("according to the March 2024 … meeting, how many …")', () => {
  it('asks what follows the question word, not a date; the parties and month of the source are not slots', () => {
    expect(analyzeQuestion('According to the March 2024 Korea-US-Japan chief negotiators meeting, how many drones had Pyongyang launched since January of the previous year?').type).toBe('number');
    const rel = parseReleaseText(page('Korea-US-Japan Chief Negotiators Meet in Tokyo', '2024-03-21', [
      'Special Representative Lee held a trilateral meeting with U.S. Special Representative Kim and Japanese Director-General Namazu in Tokyo on March 20.',
      'The three chief negotiators shared the assessment that North Korea\'s launch of more than 40 drones since January last year, including the one launched on February 2, constitutes a grave provocation.',
    ]), { id: 'test-according-to' });
    expect(asker(rel)('According to the March 2024 Korea-US-Japan chief negotiators meeting, how many drones had Pyongyang launched since January of the previous year?')).toBe('more than 40');
  });
});

describe('"N of the M … who <relative clause> have <verb>": the part does what the main verb says, the whole what its clause says', () => {
  const rel = parseReleaseText(page('Evacuation of Korean Nationals from Sudan', '2023-04-26', [
    'As of 6 p.m. on April 25 (Seoul time), a total of 28 of the approximately 60 Korean nationals who had been staying in Sudan have left the country safely.',
  ]), { id: 'test-part-whole' });
  it('answers how many left with the part', () => {
    expect(asker(rel)('How many Korean nationals had left Sudan as of April 25?')).toContain('28');
  });
  it('answers how many were staying with the whole', () => {
    expect(asker(rel)('how many korean nationals were staying in sudan?')).toContain('60');
  });
});

describe('a whole with its parts listed after "including"', () => {
  const rel = parseReleaseText(page('ROK Dispatches Disaster Relief Team to Morocco', '2023-09-10', [
    'The team, consisting of 85 members, including 40 search and rescue personnel from the National Fire Agency, 39 personnel from the Ministry of National Defense and 6 officials from the Ministry of Foreign Affairs, will depart from Seoul Air Base on September 11.',
  ]), { id: 'test-listed-parts' });
  it('answers how many people are on the team with the whole', () => {
    expect(asker(rel)('how many people are on the korean disaster relief team going to morocco?')).toBe('85');
  });
  it('answers a part asked by its own words', () => {
    expect(asker(rel)('how many personnel from the ministry of national defense are on the relief team to morocco?')).toBe('39');
  });
});

describe('places that are not places: a program in a title, a field of study, a cut word, a hall in a city', () => {
  const rel = parseReleaseText(page('Korea Foundation Professorship at the University of Lisbon', '2022-05-12', [
    'The Governments of the Republic of Korea and the Republic of Portugal signed the Memorandum of Understanding on Cooperation in the Global Korea Scholarship Program on May 10 in Lisbon.',
    'The Korea Foundation and the University of Coimbra signed the Agreement on a Professorship in Asian Studies on May 11 at the Collegium Minus of the university in Coimbra.',
    'The two sides also agreed to hold seminars on hydrogen at the G20 and the Clean Energy Ministerial next year.',
    'The Korea Foundation also signed an agreement on a new lectureship in Iberian Studies on May 12.',
  ]), { id: 'test-not-places' });
  it('answers where an MOU was signed with the city, not the program in its title', () => {
    expect(asker(rel)('where was the korea-portugal GKS memorandum signed')).toBe('Lisbon');
  });
  it('asks a city when "which <people> city was … signed" (a verb of being)', () => {
    expect(analyzeQuestion('In which Portuguese city was the professorship agreement with Coimbra signed?').type).toBe('where');
    expect(analyzeQuestion('In which building was the visa agreement signed?').type).toBe('where');
  });
  it('answers which city with the city the hall stands in, and the hall alone when only where is asked', () => {
    expect(asker(rel)('In which Portuguese city was the Asian Studies professorship agreement signed?')).toBe('Coimbra');
    expect(asker(rel)('where was the korea foundation asian studies professorship agreement signed?')).toMatch(/^Collegium Minus(?:$|,)/);
  });
  it('does not take a field of study for a place ("a lectureship in Iberian Studies")', () => {
    expect(asker(rel)('where was the new lectureship agreement signed on May 12?')).not.toBe('Iberian Studies');
  });
  it('does not cut a place out of a word ("at the G20")', () => {
    expect(asker(rel)('where will the two sides hold the hydrogen seminars next year?')).not.toBe('G');
  });
});

describe('a labelled venue line gives where an event asked by its own noun is', () => {
  const rel = parseReleaseText(rawPage('MOFA to Host Side Event on Ocean Plastics at UNOC3', '2025-06-05', [
    '1. The Ministry of Foreign Affairs will host a side event titled "Clean Seas Together" on the margins of the Third UN Ocean Conference (UNOC3), which is being held in Nice, France, from June 9 to 13.',
    '° Date and time: June 11 (Wed.), 10:00-11:30 (local time)',
    '° Venue: Korea Pavilion, Green Zone, Port of Nice',
  ]), { id: 'test-venue-event' });
  it('answers where the side event is with the venue line', () => {
    expect(asker(rel)("where in nice is MOFA's ocean plastics side event at UNOC3")).toMatch(/^Korea Pavilion/);
  });
});

describe('where: a rank in a region, where people live, a name with its particles and its "for …" tail', () => {
  const rel = parseReleaseText(page('ROK and Chile Sign Social Security Agreement', '2014-03-12', [
    'The Government of the Republic of Korea and the Government of the Republic of Chile signed the Agreement on Social Security in Santiago on March 10.',
    'Chile is the 30th country with which the ROK has signed a social security agreement, and the first in South America.',
    'A ceremony for 3,000 tons of Korean rice provided to Syrian refugees in Jordan through the WFP was held at the WFP warehouse in Mafraq on March 11.',
    'Ambassador Kim and Regional Director Alan Reyes signed the grant agreement on March 12 at the UNHCR Regional Office for the Middle East and North Africa in Amman.',
    'After closing in Santiago, the exhibition will travel to the Museo della Moda in Valparaíso next year.',
  ]), { id: 'test-where-rank' });
  it('does not answer where an agreement was signed with the region it ranks first in', () => {
    expect(asker(rel)('where was the korea chile social security agreement signed')).toBe('Santiago');
  });
  it('answers where a ceremony took place with its venue, not where the refugees live', () => {
    expect(asker(rel)('Where did the ceremony for the Korean rice for Syrian refugees take place?')).toMatch(/Mafraq/);
  });
  it('keeps the rest of an office\'s name and its city', () => {
    expect(asker(rel)('where was the grant agreement with the UNHCR signed?')).toBe('UNHCR Regional Office for the Middle East and North Africa in Amman');
  });
  it('keeps a name\'s particles ("Museo della Moda")', () => {
    expect(asker(rel)('where will the exhibition travel after it closes in santiago?')).toMatch(/^Museo della Moda|Valparaíso/);
    expect(asker(rel)('where will the exhibition travel after it closes in santiago?')).not.toBe('Museo');
  });
});

describe('an office\'s name is no person: "of the IAEA Operational Safety Section", "the General Commissariat of the … Police"', () => {
  it('finds the person, not the section or commissariat she works in', () => {
    expect(findPeople('The review team, led by Ms. Ingrid Halvorsen of the IAEA Emergency Preparedness Section, includes 11 experts.').map((p) => p.name)).toEqual(['Ingrid Halvorsen']);
    expect(findPeople('The talks were attended by officials of the General Commissariat of the Lao National Police and the Lao Ministry of Foreign Affairs.').map((p) => p.name)).toEqual([]);
    expect(findPeople('Experts from the Criminal Police and the Planning Division took part.').map((p) => p.name)).toEqual([]);
  });
});

describe('who: a body\'s acronym ending a title, the one a verb acts on, the side "on behalf of Korea"', () => {
  it('takes "of UNODC" into the title, not the name', () => {
    const p = findPeople('Ambassador Kim Ji-ho and Regional Representative for East Asia and the Pacific of UNHCR Oliver Brandt signed the agreement.');
    expect(p.map((x) => x.name)).toContain('Oliver Brandt');
    expect(p.find((x) => x.name === 'Oliver Brandt')?.title).toMatch(/of UNHCR$/);
  });
  const rel = parseReleaseText(page('ROK Provides Fertilizer Support to Nepal', '2023-05-10', [
    'Ambassador of the ROK to Nepal Park Tae-young conveyed the Korean government\'s decision to Minister of Agriculture Ram Bahadur Thapa during a meeting in Kathmandu on May 9.',
    'The agreement was signed by Ambassador and Permanent Representative of the Republic of Korea to the International Organizations in Geneva Lee Ho-jin and Director of the Division for Programmes of UNHCR Anna Berg.',
  ]), { id: 'test-who-object' });
  it('answers who informed a country\'s minister with the one who informed, not the minister', () => {
    expect(analyzeQuestion("Who informed Nepal's agriculture minister of Seoul's fertilizer decision?").nationality).not.toBe('NPL');
    expect(asker(rel)("Who informed Nepal's agriculture minister of Seoul's fertilizer decision?")).toBe('Park Tae-young');
  });
  it('answers who signed on behalf of Korea with the Korean, not the body\'s official', () => {
    expect(asker(rel)('Who signed the UNHCR agreement on behalf of Korea?')).toBe('Lee Ho-jin');
  });
});

describe('a document\'s whole title: its subject first ("MOU on the Establishment of a …"), a program "of …" between parties, a labelled title', () => {
  it('finds the title with its small words, before the parties', () => {
    const things = findThings('The two sides signed the Memorandum of Understanding on the Establishment of a Joint Task Force against Illegal Fishing between the Ministry of Foreign Affairs of the Republic of Korea and the Ministry of Fisheries of Ghana.').map((t) => t.text);
    expect(things).toContain('Memorandum of Understanding on the Establishment of a Joint Task Force against Illegal Fishing');
  });
  it('does not cut a document out of another one\'s title', () => {
    const things = findThings('Korea acceded to the Council of Europe Convention on Cybercrime in 2024.').map((t) => t.text);
    expect(things).not.toContain('Europe Convention on Cybercrime');
  });
  it('finds a program of cooperation between two governments whole, without its closing quote', () => {
    const things = findThings("The co-chairs signed the 'Program of Educational Exchange between the Government of the Republic of Korea and the Government of Poland for the Years 2024-2027'.").map((t) => t.text);
    expect(things).toContain('Program of Educational Exchange between the Government of the Republic of Korea and the Government of Poland for the Years 2024-2027');
  });
  it('reads "the WHO" after the first word as the body, not as "who"; what is given "in contributions" is a sum', () => {
    expect(analyzeQuestion("What's the name of the WHO project Korea is funding?").type).toBe('thing');
    expect(analyzeQuestion('Who signed the MOU with WHO?').type).toBe('who');
    expect(analyzeQuestion('What did Korea give the WHO in voluntary contributions in 2023?').type).toBe('number');
  });
  it('answers the name of a project with the line labelled as its title', () => {
    const rel = parseReleaseText(rawPage('ROK Contributes to WHO Project on Vaccine Safety', '2024-04-02', [
      '1. The Government of the Republic of Korea will contribute US$ 3 million to the WHO for a project in Southeast Asia.',
      '- Project title: Enhancing Vaccine Safety Surveillance and Regulatory Capacity in the South-East Asia Region',
      '- Period: 2024-2026',
    ]), { id: 'test-labelled-title' });
    expect(asker(rel)("What's the name of the WHO project Korea is funding for South-East Asian vaccine regulators?")).toBe('Enhancing Vaccine Safety Surveillance and Regulatory Capacity in the South-East Asia Region');
  });
});

describe('a figure counts the noun after a name and its initials ("126 Global Korea Scholarship (GKS) students")', () => {
  it('reads the noun counted past the name', () => {
    expect(findNumbers('a reception for 84 Korea Foundation Fellowship (KFF) scholars from 12 countries').find((n) => n.value === 84)?.unit).toMatch(/scholars$/);
  });
  it('answers how many students with the students, not the countries they come from', () => {
    const rel = parseReleaseText(page('Vice Minister Hosts Reception for GKS Scholars from Africa', '2019-10-08', [
      'Second Vice Minister Kim hosted a reception on October 7 for 94 Global Korea Scholarship (GKS) students from 23 African countries who began their studies in Korea this year.',
    ]), { id: 'test-named-unit' });
    expect(asker(rel)('How many Global Korea Scholarship students from African countries were at the October 2019 reception?')).toBe('94');
  });
});

describe('how many at an event "in <country>": the country names the event; "up 40 percent from" gives the old figure', () => {
  const rel = parseReleaseText(page('3rd K-Culture Festival Held in Mexico', '2024-09-10', [
    'The opening ceremony was attended by some 200 guests, including officials of the Mexican Ministry of Culture.',
    'This year\'s festival drew some 52,000 visitors over three days, up about 40 percent from the some 37,000 visitors at the 2nd festival held last year, reflecting the growing interest in Korean culture in Mexico.',
  ]), { id: 'test-event-country' });
  it('answers with this year\'s figure, not the one it rose from', () => {
    expect(asker(rel)('How many visitors did the 2024 K-Culture Festival in Mexico attract?')).toContain('52,000');
  });
});

describe('to watch is to be a viewer', () => {
  it('answers how many watched online with the viewers, not those who attended in person', () => {
    const rel = parseReleaseText(page('2023 Korea Peace Forum Held', '2023-11-20', [
      'The forum was held in a hybrid format, with about 240 participants attending in person and some 3,100 viewers joining online through the Ministry\'s YouTube channel.',
    ]), { id: 'test-watch-viewers' });
    expect(asker(rel)('how many people watched the 2023 korea peace forum online?')).toContain('3,100');
  });
});

describe('a figure that describes a country ("In Chad, where more than 3 million people …") is not what a question of another verb asks', () => {
  const rel = parseReleaseText(page('ROK Provides Rice Aid to Chad and Niger through WFP', '2019-08-01', [
    'In Chad, where more than 3 million people are facing acute food insecurity after years of drought, the rice will be distributed as part of general food assistance to refugees from Sudan.',
  ]), { id: 'test-place-figure' });
  it('does not answer how many will benefit from the rice with the people of the country', () => {
    expect(asker(rel)('How many people are expected to benefit from the Korean rice aid to Chad?')).toBeNull();
  });
  it('answers how many face food insecurity in the country with it', () => {
    expect(asker(rel)('How many people in Chad are facing acute food insecurity?')).toContain('3 million');
  });
});

describe('where: a city visited where the meeting was held; a court is no city; a place another number of the meeting was held in', () => {
  it('answers which city with the city visited "and met with"', () => {
    const rel = parseReleaseText(page('Vice Minister Meets Families of Sakhalin Koreans in Ansan', '2022-10-06', [
      'First Vice Minister of Foreign Affairs Cho Hyun-dong visited Ansan on October 5 and met with the families of ethnic Koreans who returned from Sakhalin, who won rulings in the Constitutional Court, in order to hear their views on the support program.',
    ]), { id: 'test-visited-city' });
    expect(asker(rel)('In which city did the First Vice Minister hold the October 2022 meeting with Sakhalin families?')).toBe('Ansan');
  });
  it('answers where a labelled line says, not the earlier meeting of another number', () => {
    const rel = parseReleaseText(rawPage('Results of the 3rd ROK-Mongolia Consultation on Mining', '2023-05-11', [
      '1. The Korean government held the 3rd ROK-Mongolia Consultation on Mining with the Mongolian authorities as follows.',
      '° Date and time: May 10 (Wed), 10:00-16:00',
      '° Venue: Government Complex Sejong',
      '2. The consultation was held as a follow-up to the 2nd consultation held in Ulaanbaatar on June 2 last year, under the agreement to hold regular expert-level consultations on the mining of rare earths.',
    ]), { id: 'test-venue-government' });
    const ask = asker(rel);
    expect(ask('Where did Korean and Mongolian officials meet for their third consultation on mining?')).toBe('Government Complex Sejong');
    // (the follow-up sentence says more of this question's words, but the place it gives is the 2nd consultation's)
    expect([null, 'Government Complex Sejong']).toContain(ask('Where did Korean and Mongolian experts meet for their third consultation on rare earth mining?'));
  });
});

describe('who: a state councilor is an office, and a Chinese given name after a shared surname is not Korean', () => {
  it('reads "State Councilor Wang Yong" as a person with a title, not of Korea', () => {
    const found = findPeople('On May 3, Minister Park is scheduled to call on State Councilor Wang Yong and to have a dinner with Vice Minister Sun Weidong.');
    const wang = found.find((p) => p.name === 'Wang Yong');
    expect(wang?.title).toBe('State Councilor');
    const yang = findPeople('He met State Councilor Yang Jiechi in Beijing.').find((p) => p.name === 'Yang Jiechi');
    expect(yang?.country).not.toBe('KOR');
    expect(analyzeQuestion('which chinese state councilor did minister park call on?').type).toBe('who');
    expect(analyzeQuestion('the state councilor at the talks?').type).toBe('who');
  });
  it('answers which state councilor with the councilor, not the minister of the talks', () => {
    const rel = parseReleaseText(page('Foreign Minister Holds Talks with Chinese Counterpart', '2014-05-27', [
      'Foreign Minister Yun Byung-se held talks with Foreign Minister Wang Yi of China in Beijing on May 26 and then called on State Councilor Yang Jiechi.',
    ]), { id: 'test-councilor' });
    expect(asker(rel)('Which Chinese state councilor did Minister Yun call on in Beijing?')).toBe('Yang Jiechi');
  });
});

describe('how many: "what number of" counts; people doing what the counted noun does; a figure whose owner is in brackets', () => {
  it('reads "what number of" as how many, and "what number" alone as the ordinal', () => {
    expect(analyzeQuestion('What number of Korean tourists did the minister expect this year?').type).toBe('number');
    expect(analyzeQuestion('what number meeting was it?').type).toBe('ordinal');
  });
  it('answers how many travelers visiting with "the number of people visiting"', () => {
    const rel = parseReleaseText(page('Foreign Ministers of Korea and Viet Nam Hold Talks', '2024-03-02', [
      'Minister Cho said that the number of people travelling between the two countries is expected to exceed 5.1 million this year, and the ministers agreed to expand direct flights.',
      'It was the third meeting between the two ministers.',
    ]), { id: 'test-people-doing' });
    expect(asker(rel)('What number of Korean and Vietnamese travelers travelling between the two countries did Minister Cho expect for 2024?')).toBe('5.1 million');
  });
  it('answers how much a country puts in with its own figure of a line that gives each owner in brackets', () => {
    const rel = parseReleaseText(rawPage('ROK and Mongolia Sign MOU on Forest Restoration', '2012-04-20', [
      '1. The Korea Forest Service and the Ministry of Nature of Mongolia signed a Memorandum of Understanding on the restoration of forests on April 19.',
      '- Budget: US$ 4 million (Mongolia), US$ 7 million (ROK)',
      '- Period: 2012-2016',
    ]), { id: 'test-bracket-owner' });
    const ask = asker(rel);
    expect(ask('how much is seoul putting in under the 2012 forest MOU with mongolia?')).toBe('US$ 7 million');
    expect(ask('how much is mongolia putting in under the 2012 forest MOU with korea?')).toBe('US$ 4 million');
  });
});

describe('when: before a meeting of a month and year; a point a comparison counts from', () => {
  it('answers the date of a visit before "his July 2024 meeting", not the meeting\'s', () => {
    const rel = parseReleaseText(page('Foreign Minister Meets Japanese Counterpart in Vientiane', '2024-07-29', [
      'Foreign Minister Cho Tae-yul held talks with Foreign Minister Kamikawa Yoko of Japan in Vientiane on July 27. The meeting was the second between the two ministers this year, following Minister Cho\'s visit to Tokyo on April 11, which was the first visit to Japan by a Korean foreign minister in six years.',
    ]), { id: 'test-before-his' });
    expect(asker(rel)('On what date did Foreign Minister Cho Tae-yul visit Tokyo before his July 2024 meeting with Kamikawa?')).toBe('April 11');
  });
  it('does not date a meeting with the point "since its independence" counts from', () => {
    const rel = parseReleaseText(page('ROK Provides Humanitarian Aid to Lebanon', '2021-08-12', [
      'The Government of the Republic of Korea has decided to provide US$ 1 million to Lebanon, which is going through the worst financial crisis since its independence in 1943.',
      'The first review meeting of the program was held in Beirut in March 2020, the first since its entry into force on January 1, 2019.',
    ]), { id: 'test-since-its' });
    const ask = asker(rel);
    expect(ask('when did lebanon become independent')).toBe('1943');
    expect(ask('when did lebanon ask korea for help in the crisis')).toBeNull();
    expect(ask('when was the first review meeting of the program held')).toBe('March 2020');
  });
});

describe('what: a body of common words named by what it is on; a document\'s title through "from" and initials; a full name', () => {
  it('answers what new task force with the task force and what it is on', () => {
    const rel = parseReleaseText(rawPage('Results of the ROK-Chile Vice-Ministerial Talks', '2025-02-14', [
      '1. First Vice Minister Kim met with Vice Minister Gloria de la Fuente of Chile on February 13.',
      '2. The two sides agreed as follows:',
      '° to launch a task force on lithium supply chains under the ROK-Chile Joint Committee within this year; and',
      '° to hold the next talks in Santiago.',
    ]), { id: 'test-common-compound' });
    expect(asker(rel)('What new task force did Seoul and Santiago agree to launch under the Joint Committee?')).toBe('task force on lithium supply chains');
  });
  it('reads a document\'s title through "from", "through" and a body\'s initials, without the place of the signing', () => {
    const things = findThings('The two governments signed the Framework Arrangement concerning Grants from the Korea International Cooperation Agency (KOICA) for the Years 2021 through 2023 in Hanoi.').map((t) => t.text);
    expect(things).toContain('Framework Arrangement concerning Grants from the Korea International Cooperation Agency (KOICA) for the Years 2021 through 2023');
    expect(findThings('They signed the Memorandum of Understanding on Cooperation in Fisheries on May 2.').map((t) => t.text)).toContain('Memorandum of Understanding on Cooperation in Fisheries');
  });
  it('answers the full name of an arrangement with the whole title', () => {
    const rel = parseReleaseText(page('ROK and Ghana Sign Framework Arrangement on EDCF Loans', '2017-06-09', [
      'The Government of the Republic of Korea and the Government of the Republic of Ghana signed the Framework Arrangement concerning Loans from the Economic Development Cooperation Fund (EDCF) for the Years 2017 through 2019 on June 8.',
    ]), { id: 'test-full-name' });
    expect(asker(rel)('What is the full name of the loan arrangement Korea and Ghana signed in June 2017?')).toBe('Framework Arrangement concerning Loans from the Economic Development Cooperation Fund (EDCF) for the Years 2017 through 2019');
  });
});

describe('the place left, the program worked under, the one met by the actor a question names with its country', () => {
  it('answers from which airport a flight departed with the airport it left, not the one it landed at', () => {
    const rel = parseReleaseText(page('Special Flight Brings Koreans Home from Peru', '2020-04-10', [
      'A total of 198 Korean nationals stranded in Peru arrived at Incheon International Airport on April 9 aboard a special flight, which had departed from Jorge Chavez International Airport in Lima on April 8.',
    ]), { id: 'test-from-airport' });
    expect(asker(rel)('From which airport did the special flight bringing Korean nationals home from Peru depart?')).toMatch(/^Jorge Chavez International Airport/);
  });
  it('answers under what program with the name the sentence works under', () => {
    const rel = parseReleaseText(page('Charter Flight Carries Vietnamese Workers Home', '2020-05-20', [
      'On its outbound leg from Incheon to Hanoi, the charter flight carried 150 Vietnamese workers who had completed their contracts under the Seasonal Worker Program (SWP) but could not return home.',
    ]), { id: 'test-under-what' });
    expect(asker(rel)('Under what program had the Vietnamese workers on the outbound leg of the Hanoi charter flight been working in Korea?')).toMatch(/^Seasonal Worker Program/);
  });
  it('answers whom "korea\'s 2nd vice FM" held talks with by the other party, not the vice minister', () => {
    expect(analyzeQuestion("who did korea's 2nd vice FM hold talks with in oslo?").nationality).toBeUndefined();
    const rel = parseReleaseText(page('Second Vice Minister Visits Norway', '2019-11-04', [
      'Second Vice Minister of Foreign Affairs Lee Tae-ho visited Oslo, Norway from November 1 to 3, where he held talks with State Secretary of the Ministry of Foreign Affairs of Norway Audun Halvorsen on cooperation in shipbuilding and the Arctic.',
    ]), { id: 'test-actor-possessive' });
    expect(asker(rel)("who did korea's 2nd vice FM hold talks with in oslo in nov 2019?")).toBe('Audun Halvorsen');
  });
});

describe('dates and figures of a clause: a plan after "and", a part named by its own noun, a payment planned, a year before its day', () => {
  it('dates the release of sailors by their release, not by the plan after "and are scheduled to"', () => {
    const rel = parseReleaseText(page('Korean Fishermen Released by Sri Lanka', '2018-03-10', [
      'Four Korean crew members of the fishing vessel Dongwon 3, who had been detained by Sri Lankan authorities since January 12 on charges of illegal fishing, were released on March 8 and are scheduled to return to Korea on March 12.',
    ]), { id: 'test-released-and-scheduled' });
    expect(asker(rel)('When were the four Korean sailors of the Dongwon 3 freed by Sri Lanka?')).toBe('March 8');
  });
  it('answers how many were confirmed safe with the part whose own noun says safety, not the whole', () => {
    const rel = parseReleaseText(page('Safety of Korean Nationals after Earthquake in Nepal', '2015-04-27', [
      'As of 5 p.m. on April 26, the safety of 412 of the approximately 650 Korean nationals believed to have been staying in Kathmandu and its surroundings has been confirmed, and the Embassy is working to confirm the whereabouts of the remaining 238.',
    ]), { id: 'test-part-lead' });
    expect(asker(rel)('As of April 26, how many Korean nationals in Kathmandu had been confirmed safe?')).toBe('412');
  });
  it('answers how much was paid with the payment made, and its day past the budget year before it', () => {
    const rel = parseReleaseText(page('ROK Pays UN Regular Budget Contribution in Full', '2013-02-06', [
      'The Korean government paid in full its assessed contribution of US$ 52.4 million to the United Nations regular budget for 2013 on February 5, within the 30-day period for payment set out in the Financial Regulations and Rules of the United Nations. Ambassador Kim Sook, Permanent Representative of the Republic of Korea to the United Nations, conveyed the notice of payment to the UN Secretariat in New York on the same day.',
      'In addition to the UN regular budget for 2013, the Korean government plans to pay its assessed contributions to UN peacekeeping operations for this year, estimated at approximately US$ 200 million, upon receipt of the respective assessment letters from the UN Secretariat.',
    ]), { id: 'test-paid-planned' });
    const ask = asker(rel);
    expect(ask('how much did korea pay to the UN regular budget for 2013?')).toBe('US$ 52.4 million');
    expect(ask('when did the ROK pay its 2013 un regular budget contribution')).toBe('February 5');
  });
});

describe('abstaining on figures of another year, another giver, and names of no hospital', () => {
  it('does not answer trade in one year with the trade "last year" of a release dated years later', () => {
    const rel = parseReleaseText(page('Opening Ceremony of the Embassy in Moldova', '2024-05-20', [
      'Bilateral trade between the two countries reached US$ 52 million last year, and the number of Korean tourists visiting Moldova increased to about 9,000 in 2023, up from around 1,500 in 2016.',
    ]), { id: 'test-last-year' });
    const ask = asker(rel);
    expect(ask('korea moldova bilateral trade in 2016?')).toBeNull();
    expect(ask('korea moldova bilateral trade in 2023?')).toBe('US$ 52 million');
  });
  it('does not answer what another country put in with what Korea allocated', () => {
    const rel = parseReleaseText(page('Results of the 5th Korea-China Director-General Talks on Fine Dust', '2020-06-12', [
      'They noted that the Korean government has allocated KRW 3.8 billion to the Clean Air Project for this year, up from KRW 2.6 billion in 2019, and that China has dispatched a total of 30 researchers to the joint teams since the launch of the project.',
    ]), { id: 'test-giver-allocated' });
    const ask = asker(rel);
    expect(ask('how much funding did china put into the clean air project with korea in 2020?')).toBeNull();
    expect(ask('how much is china spending on the clean air project this year?')).toBeNull();
    expect(ask('how much has china allocated to the clean air project?')).toBeNull();
    expect(ask('how much funding did korea put into the clean air project with china in 2020?')).toBe('KRW 3.8 billion');
  });
  it('does not name a hospital with a quoted name that says no hospital', () => {
    const rel = parseReleaseText(page('Safety of Korean Nationals after Typhoon Rai', '2021-12-18', [
      'In the wake of Typhoon Rai (known locally as \'Odette\'), which struck the central Philippines on December 16, no Korean fatalities have been reported so far, although 3 Korean nationals suffered minor injuries and are receiving treatment at a hospital in Cebu.',
    ]), { id: 'test-facility-head' });
    expect(asker(rel)('which cebu hospital are the three koreans injured in typhoon rai being treated at')).toBeNull();
  });
});

describe('a meeting\'s name through "on the"; a group of the unit asked; a quantity planned is no quantity released', () => {
  it('reads "the Pledging Conference on the Rohingya Refugee Crisis" whole', () => {
    expect(findThings('Korea announced at the Donors Conference on the Sahel Food Crisis, held in Brussels on May 4, that it will provide US$ 2 million.').map((t) => t.text)).toContain('Donors Conference on the Sahel Food Crisis');
  });
  it('answers how many in the unit with the unit, not its advance party', () => {
    const rel = parseReleaseText(page('Send-off Ceremony for the Onnuri Unit', '2015-04-02', [
      'The Onnuri Unit will serve with the UN force in Lebanon for eight months. The advance party of 35 personnel departed for Lebanon on March 20, and the main body will leave on April 5 to begin its mission.',
      'The Onnuri Unit, composed of 310 personnel including engineering, medical and security staff, will be stationed in Tyre.',
    ]), { id: 'test-group-of' });
    expect(asker(rel)('how many personnel in the onnuri unit going to lebanon?')).toBe('310');
  });
  it('answers how much had been released with what was, not what a plan will total', () => {
    const rel = parseReleaseText(page('Results of the 3rd Expert Consultation on Treated Water', '2024-09-20', [
      'As of the end of August, the operator had completed six rounds of discharge, releasing approximately 46,800 tons of treated water in total, and plans to carry out two more rounds of discharge, totaling about 62,400 tons, in fiscal year 2024.',
    ]), { id: 'test-planned-quantity' });
    expect(asker(rel)('According to the September 2024 expert consultation, how much treated water had been released in total by the end of August?')).toBe('approximately 46,800 tons');
  });
});

describe('abstaining on a sum sought, both peoples counted, a day for a year, and another side\'s delegation', () => {
  const rel = parseReleaseText(page('ROK Attends Pledging Conference for Refugees in Chad', '2019-11-05', [
    'The conference was convened to mobilize support for the Regional Refugee Response Plan, which seeks US$ 512 million to assist up to 600,000 people until next year.',
    'While in N\'Djamena, the Vice Minister attended a business roundtable with 18 Chadian and Korean companies.',
    'The Ministry announced that, starting from March 1, 12 additional missions will be able to issue emergency passports.',
  ]), { id: 'test-abstain-figures' });
  const ask = asker(rel);
  it('does not answer the total pledged with the sum a plan seeks', () => {
    expect(ask('total amount pledged by all donors at the 2019 chad refugee conference?')).toBeNull();
  });
  it('does not count Korean companies with a figure of Chadian and Korean ones', () => {
    expect(ask('how many korean companies attended the business roundtable in n\'djamena?')).toBeNull();
  });
  it('does not answer what year with a day whose year is left out', () => {
    expect(ask('by what year will every korean mission be able to issue emergency passports')).toBeNull();
  });
  it('does not count the Chinese delegation with the Korean one, and counts the Korean one', () => {
    const sides = asker(parseReleaseText(rawPage('Results of ROK-China Director-General Level Consultation on Fine Dust (May 9)', '2023-05-10', [
      '1. Director-General for Climate Change of the Ministry of Foreign Affairs Kim Hyo-eun held a consultation with Director-General of the Department of Ecology of the Ministry of Ecology and Environment of China Liu Bing in Beijing on May 9 regarding joint measures to reduce fine dust. The Korean delegation consisted of 11 officials and experts from the following ministries and institutions.',
      '- Ministry of Foreign Affairs',
      '- Ministry of Environment',
    ]), { id: 'test-side-delegation' }));
    expect(sides('How many officials were on the Chinese delegation at the May 2023 ROK-China DG consultation on fine dust?')).toBeNull();
    expect(sides('How many officials were on the Korean delegation at the May 2023 ROK-China DG consultation on fine dust?')).toBe('11');
  });
});

describe('"the total number of … will rise to" gives a total', () => {
  it('answers the total with it, not the unit\'s own strength listed with its parts', () => {
    const rel = parseReleaseText(page('Send-off Ceremony for the Ara Unit', '2016-06-20', [
      'The Ara Unit, composed of 250 personnel including engineering, medical, security and support staff, will be stationed in Bor, where the unit will carry out UN peacekeeping operations.',
      'With the deployment of the Ara Unit, the total number of ROK personnel serving in UN peacekeeping operations will rise to approximately 620.',
    ]), { id: 'test-total-number' });
    expect(asker(rel)('total korean peacekeepers in UN PKOs once the ara unit deploys?')).toBe('approximately 620');
  });
});

describe('long titles before a name: offices inside offices, brackets, an acronym\'s body, and who co-chaired for the other side', () => {
  it('reads a title of two offices, the first one\'s field joined by "and"', () => {
    expect(peopleWithTitles('The Chilean delegation was headed by Director of the Division of Energy and Mining of the Ministry of External Relations Tomás Araya.'))
      .toContain('Tomás Araya | Director of the Division of Energy and Mining of the Ministry of External Relations');
  });
  it('reads a body named "Organisation" with its acronym as part of the title', () => {
    expect(peopleWithTitles('The seminar was attended by Technical Secretary of the Turkish Aerospace Research Organisation (TARO) Mehmet Kaya.'))
      .toContain('Mehmet Kaya | Secretary of the Turkish Aerospace Research Organisation (TARO)');
  });
  it('reads a bracket of several words joined by "and" after the head, with its closing bracket', () => {
    expect(peopleWithTitles('The talks were co-chaired by Joint Secretary (Economic Diplomacy and States Division) of the Ministry of External Affairs Kavita Menon.'))
      .toContain('Kavita Menon | Joint Secretary (Economic Diplomacy and States Division) of the Ministry of External Affairs');
  });
  it('reads a field of three words after the head before a body\'s "of"', () => {
    expect(peopleWithTitles('It was opened by Director-General for Deep Sea Exploration of the Korea Maritime Observation Agency (KMOA) Yoo Jae-min.'))
      .toContain('Yoo Jae-min | Director-General for Deep Sea Exploration of the Korea Maritime Observation Agency (KMOA)');
  });
  it('does not run a title back through another person\'s name or office', () => {
    const got = peopleWithTitles('The group was co-chaired by Director-General for Nonproliferation and Regional Security Choi Hye-won of the ROK Ministry of Foreign Affairs and Joint Secretary (Cyber Diplomacy) Arjun Nair of India\'s Ministry of External Affairs.');
    expect(got).toContain('Arjun Nair | Joint Secretary (Cyber Diplomacy)');
    expect(peopleWithTitles('Director-General for Development Cooperation and Humanitarian Affairs Park Soo-ah of the Ministry of Foreign Affairs and Joint Secretary Bikash Raj Thapa of Nepal\'s Ministry of Finance co-chaired the 2nd Korea-Nepal Development Cooperation Dialogue in Seoul on June 4.'))
      .toContain('Bikash Raj Thapa | Joint Secretary');
    const longWalk = peopleWithTitles('The forum was co-chaired by Director-General for Trade, Investment, Energy and Maritime Affairs Seo Min-ho of the Ministry of Foreign Affairs and Trade and Joint Secretary (Multilateral Economic Relations) of the Ministry of External Affairs Deepak Iyer.');
    expect(longWalk).toContain('Deepak Iyer | Joint Secretary (Multilateral Economic Relations) of the Ministry of External Affairs');
  });
  const rel = parseReleaseText(page('Results of the 1st ROK-Chile Dialogue on Space Cooperation', '2022-06-09', [
    'The Ministry of Foreign Affairs of the Republic of Korea and the Ministry of Foreign Relations of the Republic of Chile held the 1st ROK-Chile Dialogue on Space Cooperation in Santiago on June 7 and 8.',
    'The Chilean delegation was headed by Director of the Division of Energy and Mining of the Ministry of External Relations Tomás Araya and included Director of Policy and Planning of the Chilean Space Agency (ACE) Camila Rojas and researchers from the University of Chile.',
  ]), { id: 'test-long-title-side' });
  it('answers who led a side with the one whose long title the verb "headed by" opens', () => {
    expect(asker(rel)('who headed the chilean delegation at the 1st ROK-Chile space dialogue?')).toBe('Tomás Araya');
  });
  it('answers who co-chaired for the other side with the co-chair of no known country opposite the Korean one', () => {
    const rel2 = parseReleaseText(page('Results of the 1st ROK-India Dialogue on Ocean Observation', '2021-03-18', [
      'The Ministry of Foreign Affairs of the Republic of Korea and the Ministry of External Affairs of the Republic of India held the 1st ROK-India Dialogue on Ocean Observation in Seoul on March 17. The dialogue was co-chaired by Director-General for Trade, Investment, Energy and Maritime Affairs Seo Min-ho of the Ministry of Foreign Affairs and Joint Secretary (Multilateral Economic Relations) of the Ministry of External Affairs Deepak Iyer, with Director of Ocean Research of the Korea Institute of Ocean Science and Technology (KIOST) Han Eun-ji and Scientific Secretary of the Indian Ocean Research Organisation (IORO) Rahul Bose also taking part.',
    ]), { id: 'test-opposite-cochair' });
    expect(asker(rel2)('Who co-chaired the 1st ROK-India ocean observation dialogue on the Indian side?')).toBe('Deepak Iyer');
  });
});

describe('titles that name a body by its initials or short name, a list of fields, and the name after a field', () => {
  it('reads a body\'s short name in brackets after its country as part of the title', () => {
    expect(peopleWithTitles('The meeting was co-chaired by Director-General Kim Tae-ho and First Deputy Director of the National Space Agency of the Republic of Uzbekistan (UzbekCosmos) Bakhtiyor Rashidov.'))
      .toContain('Bakhtiyor Rashidov | First Deputy Director of the National Space Agency of the Republic of Uzbekistan (UzbekCosmos)');
  });
  it('reads a body\'s name past its initials in brackets before its last word', () => {
    expect(peopleWithTitles('The agreement was signed by Director for Programmes of the Pacific Islands Forum (PIF) Secretariat Losana Vuniwaqa.'))
      .toContain('Losana Vuniwaqa | Director for Programmes of the Pacific Islands Forum (PIF) Secretariat');
  });
  it('reads a list of dictionary words as the title\'s field', () => {
    expect(peopleWithTitles('The grant was signed by Ambassador Lee Jin-ho and IsDB Vice President for Country Programs, Partnerships and Global Development Tariq Mahmood, in the presence of the President.'))
      .toContain('Tariq Mahmood | Vice President for Country Programs, Partnerships and Global Development');
  });
  it('ends a field at a long noun of the dictionary after its first word, and keeps no field word as a name', () => {
    expect(peopleWithTitles('The ceremony was attended by Kenyan Cabinet Secretary for Trade, Investments and Regional Integration Moses Kuria.'))
      .toContain('Moses Kuria | Kenyan Cabinet Secretary for Trade, Investments and Regional Integration');
    const got = peopleWithTitles('The forum was opened by Tajik Minister of Agriculture, Water Resources and Climate Resilience Davlat Nazarov, Chairman Rustam Emomali.');
    expect(got).toContain('Davlat Nazarov | Tajik Minister of Agriculture, Water Resources and Climate Resilience');
    expect(got.some((x) => x.startsWith('Water Resources'))).toBe(false);
  });
  it('answers who signed for a body with its official, not the Korean signatory', () => {
    const rel = parseReleaseText(page('ROK and PIF Secretariat Sign MOU on Ocean Resilience', '2023-09-12', [
      'Ambassador for Climate Change Choi Ji-young of the Ministry of Foreign Affairs and Director for Programmes of the Pacific Islands Forum (PIF) Secretariat Losana Vuniwaqa signed the "Memorandum of Understanding on the Korea-Pacific Ocean Resilience Program" on September 11 in Suva, Fiji.',
    ]), { id: 'test-body-signatory' });
    expect(asker(rel)('who signed for the PIF secretariat on the ocean resilience MOU?')).toBe('Losana Vuniwaqa');
  });
});

describe('an event is no city, and initials the sentence spells out are stated there', () => {
  it('answers which city with the city an event was held in, not the event', () => {
    const rel = parseReleaseText(page('ROK Pledges Humanitarian Assistance for Sudan', '2019-02-27', [
      'The Korean government announced at the High-Level Humanitarian Event for the Crisis in Sudan, held in Brussels on February 26, that it will provide US$ 3 million in humanitarian assistance this year.',
    ]), { id: 'test-event-city' });
    expect(asker(rel)('in which city did korea announce its US$ 3 million pledge for sudan?')).toBe('Brussels');
  });
  it('reads initials no lexicon knows as the words a sentence spells them out in', () => {
    const rel = parseReleaseText(page('ROK and Ghana Sign MOU on Maritime Cooperation', '2022-05-20', [
      'Vice Minister of Oceans and Fisheries Ahn Jae-woo and Minister Mensah held talks in Accra on May 18 on cooperation against illegal fishing in the Gulf of Guinea. Director-General Park Min-soo attended the talks.',
      'Following the talks, Vice Minister of Oceans and Fisheries Ahn Jae-woo and Minister Mensah signed the "Memorandum of Understanding on Cooperation to Combat Illegal, Unreported and Unregulated Fishing" in the presence of Director-General Park.',
      'Under the MOU, the two sides will share vessel monitoring data against IUU fishing.',
    ]), { id: 'test-spelled-initials' });
    expect(asker(rel)('who signed the korea-ghana IUU fishing MOU on the korean side?')).toBe('Ahn Jae-woo');
  });
});

describe('one donor\'s pledge is not what all donors pledged', () => {
  it('does not answer the total pledged by all donors with the ROK\'s own pledge', () => {
    const rel = parseReleaseText(page('ROK Pledges US$ 5 Million at the Pledging Conference for South Sudan', '2021-06-10', [
      'The Korean government announced at the High-Level Pledging Conference for South Sudan, held in Oslo on June 9, that it will provide US$ 5 million in humanitarian assistance this year.',
      'The conference was attended by representatives of some 40 countries and international organizations.',
    ]), { id: 'test-all-donors' });
    const ask = asker(rel);
    expect(ask('how much did all donors pledge in total at the 2021 oslo conference for south sudan?')).toBeNull();
    expect(ask('how much did korea pledge at the 2021 oslo conference for south sudan?')).toBe('US$ 5 million');
  });
});

describe('a mission "to" a body is one name', () => {
  it('answers where with the whole name of a permanent mission to an organization', () => {
    const rel = parseReleaseText(page('ROK Hosts Reception for OECD Ambassadors', '2019-05-20', [
      'Ambassador Kim Seong-jin hosted a reception for the ambassadors of OECD member countries on May 17 at the Permanent Mission of the Republic of Korea to the OECD in Paris.',
    ]), { id: 'test-mission-to' });
    expect(asker(rel)('where did the ambassador host the reception for oecd ambassadors?')).toBe('Permanent Mission of the Republic of Korea to the OECD in Paris');
  });
});

describe('a role asked is held by the one whose clause names it, whatever the verb', () => {
  it('answers who delivered the keynote with the one who gave it, not the one who delivered other remarks', () => {
    const rel = parseReleaseText(page('MOFA Hosts Seoul Conference on Cyber Norms', '2019-10-15', [
      'The Ministry of Foreign Affairs hosted the Seoul Conference on Cyber Norms at the Plaza Hotel on October 14.',
      'Director-General for International Security Affairs Yoon Ji-hoon delivered opening remarks, and Head of the Security and Technology Programme of the United Nations Institute for Disarmament Research Marta Kovacs gave the keynote speech.',
    ]), { id: 'test-keynote' });
    expect(asker(rel)('who delivered the keynote speech at the 2019 seoul conference on cyber norms?')).toBe('Marta Kovacs');
  });
});

describe('a time inside a figure asked is no date asked, and a rapporteur asked is one', () => {
  it('answers a figure asked "last year, per the talks" with the figure, not the talks\' date', () => {
    const rel = parseReleaseText(page('Outcome of ROK-Peru Foreign Ministers\' Talks', '2022-08-24', [
      'Minister of Foreign Affairs Park Jin held talks with Peruvian Foreign Minister Miguel Rodriguez on August 23 in Seoul.',
      'The two ministers noted that bilateral trade reached US$ 3.4 billion last year and agreed to expand cooperation on critical minerals.',
    ]), { id: 'test-last-year-figure' });
    const ask = asker(rel);
    expect(ask('korea-peru trade last year per the park jin talks?')).toBe('US$ 3.4 billion');
    expect(ask('Korea-Peru trade volume last year, as cited at the foreign ministers\' talks?')).toBe('US$ 3.4 billion');
  });
  it('does not answer who the special rapporteur is with an ambassador who spoke on the resolution', () => {
    const rel = parseReleaseText(rawPage('Korean Government Welcomes Adoption of Resolution on the Situation of Human Rights in Eritrea at the 41st Session of the UN Human Rights Council', '2019-07-12', [
      '1. The UN Human Rights Council adopted the resolution on the situation of human rights in Eritrea on July 11 in Geneva.',
      '2. The resolution contains the following main elements:',
      'o Extends the mandate of the Special Rapporteur on the situation of human rights in Eritrea for a period of one year;',
      'o Urges Eritrea to release all those arbitrarily detained.',
      '3. Ambassador and Deputy Permanent Representative to the UN Office at Geneva Lee Ji-hye delivered a statement as a co-sponsor before the adoption. In the statement, Ambassador Lee stressed that "the international community must not remain silent while the people of Eritrea continue to suffer," and urged Eritrea to engage in genuine dialogue with the Special Rapporteur.',
    ]), { id: 'test-rapporteur' });
    const ask = asker(rel);
    expect(ask('who is the UN special rapporteur on eritrea human rights whose mandate the 2019 HRC resolution extended?')).toBeNull();
    expect(ask('who delivered korea\'s statement on the 2019 eritrea resolution?')).toBe('Lee Ji-hye');
  });
});

describe('a visitor\'s stay is not the day of the meeting with the visitor', () => {
  it('answers when a meeting was held with its own day, not the dates of the guest\'s visit, though names are typed in lower case', () => {
    const rel = parseReleaseText(page('First Vice Minister Meets Chilean Undersecretary of Foreign Affairs', '2023-06-08', [
      'First Vice Minister of Foreign Affairs Chang Ho-jin held a meeting with Undersecretary of Foreign Affairs of the Republic of Chile Gloria de la Fuente, who is visiting Korea from June 5 to 8 at the invitation of the Korean government, on June 6 at the Ministry of Foreign Affairs in Seoul, and discussed ways to strengthen cooperation on critical minerals.',
      'The two sides agreed to hold the next round of their policy consultation in Santiago next year.',
    ]), { id: 'test-visitor-stay' });
    const ask = asker(rel);
    expect(ask('when did chang ho-jin sit down with the chilean undersecretary')).toBe('June 6');
    expect(ask('When did First Vice Minister Chang Ho-jin meet the Chilean undersecretary?')).toBe('June 6');
  });
  it('reads a name with two particles after a title\'s "of" and its country as one name', () => {
    expect(peopleWithTitles('He met Undersecretary of Peru Gloria de la Fuente, who is visiting Korea.')).toContain('Gloria de la Fuente | Undersecretary of Peru');
  });
});

describe('a guest\'s visit and a building are not where a meeting was held', () => {
  it('answers where talks were held with the venue after the guest\'s clause, not the country the guest is visiting', () => {
    const rel = parseReleaseText(page('Outcome of ROK-Mongolia Foreign Ministers\' Talks', '2022-03-16', [
      'Minister of Foreign Affairs Chung Eui-yong held talks with Minister of Foreign Affairs of Mongolia Batmunkh Battsetseg, who is paying an official visit to the ROK from March 14 to 17, at the Ministry of Foreign Affairs in Seoul on March 15, and then hosted a luncheon for the Mongolian delegation.',
    ]), { id: 'test-guest-visit-place' });
    const ask = asker(rel);
    expect(ask('Where were the March 2022 ROK-Mongolia foreign ministers\' talks held?')).toMatch(/Seoul/);
  });
  it('answers which city with the city a named building stands in, not the building', () => {
    const rel = parseReleaseText(page('Results of the 4th ROK-Benelux Summit', '2021-10-20', [
      'President Moon Jae-in held the 4th ROK-Benelux Summit with President of the European Council Charles Michel and Prime Minister of Belgium Alexander De Croo at the Egmont building in Brussels on October 19, during which the leaders reviewed cooperation in trade and green energy.',
    ]), { id: 'test-building-city' });
    expect(asker(rel)('In which city did Moon meet Michel and De Croo for the 4th ROK-Benelux Summit?')).toBe('Brussels');
  });
});

describe('the place a question names is not the answer, though the sentence adds the kind of area', () => {
  it('answers where a project was signed with the venue, not the district the project is named for', () => {
    const rel = parseReleaseText(page('KOICA Signs Record of Discussions on Water Supply Project in Kenya', '2017-05-04', [
      'Ambassador of the Republic of Korea to Kenya Choi Jin-won and Principal Secretary of the Ministry of Water of Kenya Joseph Irungu signed the Record of Discussions (R/D) on the Project for Improving Rural Water Supply in Kitui County at the Ministry of Water in Nairobi on May 3.',
      'The project will provide safe drinking water to some 40,000 residents by 2020.',
    ]), { id: 'test-own-district' });
    expect(asker(rel)('Where did the signing of the KOICA Kitui rural water project take place?')).toMatch(/Nairobi/);
  });
  it('answers where a regional meeting was held with its city, not the region its name holds', () => {
    const rel = parseReleaseText(page('2014 Meeting of Korean Community Leaders in the Balkan Region', '2014-09-26', [
      'The Ministry of Foreign Affairs held the 2014 Meeting of Korean Community Leaders in the Balkan Region in Sofia, Bulgaria, on September 24-25, bringing together some 40 leaders of Korean associations from seven countries.',
    ]), { id: 'test-own-region' });
    expect(asker(rel)('where did the 2014 balkan korean community leaders meeting take place')).toMatch(/Sofia/);
  });
  it('does not answer where a numbered meeting was held with the place of the one before it', () => {
    const rel = parseReleaseText(rawPage('Results of the 3rd ROK-Cambodia Development Cooperation Policy Consultation', '2015-11-21', [
      '1. The Ministry of Foreign Affairs of the Republic of Korea and the Council for the Development of Cambodia held the 3rd ROK-Cambodia Development Cooperation Policy Consultation on November 19 and exchanged views on the direction of development cooperation between the two countries.',
      '2. The overview of the consultation is as follows:',
      '° Date and time: Thursday, November 19, 2015, 14:00-16:30',
      '° Venue: Council for the Development of Cambodia, Phnom Penh',
      '3. The ROK and Cambodia established diplomatic relations in 1997. Following the 2nd consultation, which was held in Seoul in May 2013, this consultation served as an opportunity to review the progress of bilateral development cooperation and to set the direction for the next three years.',
    ]), { id: 'test-other-numbered-place' });
    const q = 'where did the 3rd rok-cambodia dev coop policy consultation take place?';
    expect(asker(rel)(q)).not.toBe('Seoul');
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => f.text.startsWith('Following the 2nd'))!;
    expect(spanCandidates(analyzeQuestion(q), fact, index.byRelease.get(fact.release)).map((c) => c.text)).not.toContain('Seoul');
    // (a clause after things numbered both ways holds the place of the one asked too)
    const both = buildFactIndex([parseReleaseText(page('ROK Attends the 40th ATCM', '2017-05-26', [
      'A delegation of the Republic of Korea took part in the 40th Antarctic Treaty Consultative Meeting (ATCM) and the 20th meeting of the Committee for Environmental Protection (CEP), which were held in Beijing, China, from May 22 to June 1.',
    ]), { id: 'test-both-numbered' })]);
    const f2 = both.facts.find((f) => f.text.startsWith('A delegation'))!;
    expect(spanCandidates(analyzeQuestion('where was the 40th ATCM held?'), f2, both.byRelease.get(f2.release)).map((c) => c.text).join(' | ')).toMatch(/Beijing/);
  });
});

describe('a head of state asked is a president, a king or an emir', () => {
  it('answers which head of state a minister called on with the president, not the foreign minister met', () => {
    const rel = parseReleaseText(page('Foreign Minister Park Jin Visits Kazakhstan', '2023-06-22', [
      'Foreign Minister Park Jin, who is on an official visit to Kazakhstan from June 20 to 22, held talks with Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu on June 21 in Astana and discussed ways to expand cooperation in critical minerals, energy and logistics.',
      'On the same day, Minister Park paid a courtesy call on President Kassym-Jomart Tokayev, during which he conveyed the warm greetings of President Yoon Suk Yeol and discussed ways to follow up on last year\'s summit.',
      'Minister Park invited Minister Nurtleu to visit the ROK at a mutually convenient time, and Minister Nurtleu accepted the invitation with pleasure.',
    ]), { id: 'test-head-of-state' });
    expect(asker(rel)('which kazakh head of state did park jin pay a courtesy call on in astana')).toBe('Kassym-Jomart Tokayev');
    // (a president of no stated country is the country's whose release it is, not one of a release about two countries)
    const q = analyzeQuestion('which kazakh head of state did park jin pay a courtesy call on in astana');
    const scoreIn = (r: ReturnType<typeof parseReleaseText>): number => {
      const index = buildFactIndex([r]);
      const fact = index.facts.find((f) => f.text.startsWith('On the same day'))!;
      return spanCandidates(q, fact, index.byRelease.get(fact.release)).find((c) => c.text === 'Kassym-Jomart Tokayev')?.score ?? -Infinity;
    };
    const two = parseReleaseText(page('Foreign Minister Park Jin Visits Kazakhstan and Uzbekistan', '2023-06-22', [
      'Foreign Minister Park Jin, who is on an official visit to Kazakhstan and Uzbekistan from June 20 to 24, held talks with Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu on June 21 in Astana.',
      'On the same day, Minister Park paid a courtesy call on President Kassym-Jomart Tokayev, during which he conveyed the warm greetings of President Yoon Suk Yeol and discussed ways to follow up on last year\'s summit.',
      'Minister Park will hold talks with Foreign Minister of Uzbekistan Bakhtiyor Saidov in Tashkent on June 23.',
    ]), { id: 'test-head-of-state-two' });
    expect(scoreIn(rel)).toBeGreaterThan(scoreIn(two));
  });
});

describe('a guest of a signing signed nothing', () => {
  it('answers who signed with the signatory, not a guest the signing ceremony was attended by', () => {
    const rel = parseReleaseText(page('KOICA Signs Record of Discussions on Nutrition Project in Malawi', '2019-03-14', [
      'Ambassador of the Republic of Korea to Malawi Lee Kang-hyun and Secretary for Health of the Ministry of Health of Malawi Dan Namarika signed the Record of Discussions (R/D) on the Project for Improving Child Nutrition in Dedza District at the Ministry of Health in Lilongwe on March 12.',
      'The signing ceremony was attended by some 50 guests, including Director of the KOICA Malawi Office Park Hye-jin, officials of the Malawian Ministry of Health and representatives of development partners such as the World Food Programme (WFP) and UNICEF.',
    ]), { id: 'test-signing-guest' });
    expect(asker(rel)('which malawian health ministry official signed the KOICA nutrition R/D?')).toBe('Dan Namarika');
  });
});

describe('a city named by its kind is a city, though its country follows', () => {
  it('answers which city with "the port city of X in <country>"', () => {
    const rel = parseReleaseText(page('ROK Provides Humanitarian Assistance to Madagascar', '2022-02-10', [
      'Cyclone Batsirai made landfall near the port city of Mananjary in Madagascar on the night of February 5, bringing torrential rain and strong winds to eastern Madagascar.',
      'The Korean government decided to provide US$ 500,000 in humanitarian assistance to Madagascar.',
    ]), { id: 'test-port-city' });
    expect(asker(rel)('Near which Malagasy city did Cyclone Batsirai come ashore?')).toBe('Mananjary');
  });
});

describe('a separate agreement\'s dates are not the agreement asked', () => {
  it('answers when a visa waiver agreement was signed with its own day, not the dates of a separate one', () => {
    const rel = parseReleaseText(rawPage('ROK and Peru Sign Visa Waiver Agreement for Holders of Ordinary Passports', '2012-09-06', [
      '1. First Vice Minister of Foreign Affairs Ahn Ho-young and Vice Minister of Foreign Affairs of the Republic of Peru José Beraún signed the "Agreement between the Government of the Republic of Korea and the Government of the Republic of Peru on the Mutual Waiver of Visa Requirements for Holders of Ordinary Passports" at the Ministry of Foreign Affairs and Trade in Seoul on September 5.',
      '2. The main points of the agreement are as follows:',
      '  - Holders of ordinary passports of the two countries may stay for up to 90 days without a visa.',
      '  - Holders of diplomatic and official passports of the two countries have been exempted from visa requirements since 2004 under a separate agreement signed in Lima in March 2003.',
    ]), { id: 'test-separate-agreement' });
    expect(asker(rel)('When was the Korea–Peru visa waiver agreement for ordinary passport holders signed?')).toBe('September 5');
  });
});

describe('a part asked "through" a body is the figure that goes through it', () => {
  it('answers how much goes through a body with the figure whose own "through" names it, not the remaining part', () => {
    const rel = parseReleaseText(page('ROK Provides Humanitarian Assistance for Flood Victims in Nepal', '2017-08-22', [
      'The Korean government decided to provide US$ 500,000 in humanitarian assistance to support flood victims in Nepal.',
      'Of this amount, US$ 350,000 will be delivered in cash through the International Federation of Red Cross and Red Crescent Societies (IFRC) to support its emergency appeal for Nepal, while the remaining US$ 150,000 will be provided in kind through KOICA in the form of relief items, including tents, blankets and water purification kits.',
    ]), { id: 'test-through-body' });
    const ask = asker(rel);
    expect(ask('how much of seoul\'s $500k nepal flood aid goes through the red cross federation?')).toBe('US$ 350,000');
    expect(ask('how much of korea\'s nepal flood aid goes through the IFRC?')).toBe('US$ 350,000');
  });
});

describe('who runs a body is stated, or not answered', () => {
  it('does not answer who will run a new centre with a guest who spoke at its opening', () => {
    const rel = parseReleaseText(page('Opening of the Korean Cultural Center in Qatar', '2018-04-12', [
      'Second Vice Minister of Foreign Affairs Cho Hyun attended the opening ceremony of the Korean Cultural Center in Qatar, held in Doha on April 11, together with Undersecretary of the Ministry of Culture of Qatar Khalid Al Thani.',
      'In his congratulatory remarks, Vice Minister Cho said, "The opening of the Korean Cultural Center in Doha marks a new milestone in our friendship."',
      'Undersecretary Al Thani stated that Korean dramas and food had gained great popularity among young Qataris.',
    ]), { id: 'test-who-runs' });
    const ask = asker(rel);
    expect(ask('who will run the new korean cultural center in qatar?')).toBeNull();
    expect(ask('who attended the opening of the korean cultural center in doha for korea?')).toBe('Cho Hyun');
  });
});

describe('a ceremony is an act of one day', () => {
  it('answers when a ceremony was held with its own day, not the range of the series it was part of', () => {
    const rel = parseReleaseText(rawPage('MOFA Holds Public Diplomacy Events in Cuba to Mark 100th Anniversary of Korean Immigration (May 10-14)', '2021-05-15', [
      '1. The Ministry of Foreign Affairs held a series of public diplomacy events in Havana and Matanzas from May 10 to 14 under the theme "100 Years Together" to commemorate the 100th anniversary of the arrival of the first Korean immigrants in Cuba.',
      '2. The main events were as follows:',
      '  ° May 10 (Havana): Opening ceremony and Korea-Cuba Friendship Forum at the National Museum of Fine Arts',
      '  ° May 11-12 (Havana): "K-Fiesta 2021," a Korean culture festival at the Plaza Vieja',
      '  ° May 13 (Matanzas): Commemorative ceremony for the 100th anniversary of Korean immigration at the José Martí Korean-Cuban Cultural Club, attended by descendants of early immigrants',
      '  ° May 14 (Matanzas): Public lecture on the history of the Korean community in Cuba',
    ]), { id: 'test-ceremony-day' });
    expect(asker(rel)('When was the ceremony in Matanzas marking 100 years of Korean immigration to Cuba held?')).toBe('May 13');
  });
});

describe('what is to come is not what has happened', () => {
  it('does not answer where the next conference will be held with the place of the one that was', () => {
    const rel = parseReleaseText(page('Second Vice Minister Kim Hong-kyun Attends Lebanon Recovery Conference 2024 in Paris (September 10-11)', '2024-09-12', [
      'Second Vice Minister of Foreign Affairs Kim Hong-kyun led the Korean government delegation to the Lebanon Recovery Conference 2024 (LRC 2024), co-hosted by France and Lebanon in Paris on September 10-11, which was attended by representatives of some 50 countries and international organizations.',
      'At the forum, Vice Minister Kim announced that the Korean government would provide US$ 5 million in humanitarian assistance to Lebanon this year.',
      'The Korean government will continue to take part in international efforts for Lebanon\'s recovery and reconstruction, including at next year\'s Lebanon Recovery Conference.',
    ]), { id: 'test-next-conference' });
    // (among other releases, as the archive holds them: words as common as "next" and "year" weigh little)
    const others = ['Chile', 'Ghana', 'Peru', 'Nepal', 'Oman'].map((c, i) => parseReleaseText(page(`Korea-${c} Policy Consultation Held`, `2023-0${i + 1}-15`, [
      `The 3rd Korea-${c} Policy Consultation took place in Seoul on ${['March', 'April', 'May', 'June', 'July'][i]} 14.`,
      `The two sides agreed to hold the next consultation in ${c} next year.`,
      `Korea provided US$ ${i + 1} million in development assistance to ${c} this year.`,
    ]), { id: `test-next-other-${i}` }));
    const ask = (q: string): string | null => { const r = createEngine({ index: buildFactIndex([...others, rel]) }).ask(q); return r.kind === 'answer' ? r.answer : null; };
    expect(ask('where will next year\'s lebanon recovery conference be held')).toBeNull();
    expect(ask('where was the lebanon recovery conference 2024 held?')).toBe('Paris');
  });

  it('answers where a planned ceremony will take place with the venue line its sentence leads', () => {
    const rel = parseReleaseText(rawPage('Handover Ceremony for Korea\'s Donation of Ambulances to Cambodia', '2022-03-08', [
      '1. The Korean government is donating 20 ambulances to Cambodia to strengthen its emergency medical services.',
      '2. A handover ceremony for the ambulances to be provided to Cambodia will be held as follows:',
      '  - Date: March 10',
      '  - Venue: Calmette Hospital, Phnom Penh',
      '  - Participants: Ambassador to Cambodia Park Heung-kyeong, Cambodian Minister of Health Mam Bunheng',
    ]), { id: 'test-next-venue-line' });
    const others = ['Chile', 'Ghana', 'Peru'].map((c, i) => parseReleaseText(page(`Korea-${c} Policy Consultation Held`, `2023-0${i + 1}-15`, [
      `The 3rd Korea-${c} Policy Consultation took place in Seoul on ${['March', 'April', 'May'][i]} 14.`,
      `The two sides agreed to hold the next consultation in ${c} next year.`,
    ]), { id: `test-venue-other-${i}` }));
    const r = createEngine({ index: buildFactIndex([...others, rel]) }).ask('Where will the handover ceremony for Korea\'s ambulance donation to Cambodia take place?');
    expect(r.kind === 'answer' ? r.answer : null).toMatch(/Calmette Hospital/);
  });
});

describe('the kind asked, read from the words that ask it', () => {
  it('reads "on which day" and "the opening and closing dates of" as dates, and a threshold as a figure', () => {
    expect(analyzeQuestion('On which day did the minister meet the Chilean envoy?').type).toBe('when');
    expect(analyzeQuestion('What are the opening and closing dates of the Busan Film Week?').type).toBe('when');
    expect(analyzeQuestion('What majority threshold did the candidate need to cross?').type).toBe('number');
  });

  it('answers the figure the noun asked measures, not one that counts another noun of the question', () => {
    const rel = parseReleaseText(page('Korea Elected to the IMO Council', '2023-12-02', [
      'The ROK ran for one of the ten seats in Category B of the IMO Council and won well over the simple majority of 88 votes required for election.',
    ]), { id: 'test-threshold-measured' });
    expect(asker(rel)('What majority threshold did Korea need to cross to win its IMO Council seat?')).toMatch(/^88/);
  });

  it('answers "on which day" with the day of the act, not the days of the trip it was part of', () => {
    const rel = parseReleaseText(page('First Vice Minister Cho Sei-young Visits Hanbit Unit in South Sudan', '2019-05-18', [
      'First Vice Minister of Foreign Affairs Cho Sei-young visited South Sudan from May 14 to 16 to encourage the members of the Hanbit Unit, the ROK\'s engineering contingent in the UN Mission in South Sudan.',
      'On May 15, Vice Minister Cho visited the base of the Hanbit Unit in Bor in South Sudan\'s Jonglei State, where he received a briefing on the unit\'s reconstruction work from the unit commander.',
    ]), { id: 'test-which-day' });
    expect(asker(rel)('On which day did First Vice FM Cho Sei-young visit the Hanbit Unit\'s base in South Sudan?')).toBe('May 15');
  });

  it('answers the new value of a change with the one after its arrow, the old with the one before', () => {
    const rel = parseReleaseText(rawPage('Korea and Portugal Sign Protocol Amending Tax Convention', '2022-10-14', [
      '1. The Government of the Republic of Korea and the Government of Portugal signed in Lisbon on October 12 the Protocol amending the Convention for the Avoidance of Double Taxation.',
      '2. The main changes are as follows:',
      '  - Withholding tax rate on royalties: 10% → 8%',
      '  - Threshold for an installation project to constitute a permanent establishment: 12 months → 6 months',
    ]), { id: 'test-arrow-change' });
    const ask = asker(rel);
    expect(ask('new permanent establishment threshold for installation projects after the amendment?')).toBe('6 months');
    expect(ask('what was the old permanent establishment threshold for installation projects?')).toBe('12 months');
  });
});

describe('a venue is a place, a field is not', () => {
  it('answers where an event was held with the consulate general it was held at', () => {
    const rel = parseReleaseText(page('Korea-Australia Hydrogen Business Roundtable Held in Sydney', '2024-05-10', [
      'On May 9, Director-General for Climate, Energy and Environment Kim Hyo-eun hosted a Korea-Australia Hydrogen Business Roundtable at the Consulate General of the ROK in Sydney, which was attended by representatives of 15 companies.',
      'On May 10, she visited a green hydrogen production facility in Newcastle, New South Wales.',
    ]), { id: 'test-consulate-venue' });
    expect(asker(rel)('Where was the Korea-Australia Hydrogen Business Roundtable held during the trip to Sydney?')).toBe('Consulate General of the ROK in Sydney');
  });

  it('does not take the field an MOU covers "in" for the city it was signed in', () => {
    const rel = parseReleaseText(page('Korea and Chile Sign MOU on Critical Minerals', '2023-06-20', [
      'Second Vice Minister of Foreign Affairs Oh Young-ju and Undersecretary of Foreign Affairs of Chile Gloria de la Fuente signed the Memorandum of Understanding on Cooperation in Lithium and Critical Minerals Supply Chains between the two foreign ministries in Santiago on June 19.',
    ]), { id: 'test-field-not-place' });
    expect(asker(rel)('In which city was the Korea-Chile critical minerals memorandum signed?')).toBe('Santiago');
  });
});

describe('whose figure, whose post, whose date', () => {
  it('answers the total through several channels the question lists with the sum, not one channel\'s part', () => {
    const rel = parseReleaseText(rawPage('Korea to Provide US$ 4 Million in Humanitarian Aid to Myanmar', '2022-03-10', [
      '1. The Korean government decided on March 9 to provide a total of US$ 4 million in humanitarian assistance to Myanmar through international organizations.',
      '2. The assistance will be provided as follows:',
      '  - World Food Programme (WFP): US$ 2.5 million for emergency food assistance for some 150,000 displaced people',
      '  - United Nations Children\'s Fund (UNICEF): US$ 1 million for vaccines and nutrition supplies',
      '  - United Nations High Commissioner for Refugees (UNHCR): US$ 0.5 million for shelter kits',
    ]), { id: 'test-several-channels' });
    const ask = asker(rel);
    expect(ask('total korean humanitarian aid to myanmar via WFP, UNICEF and UNHCR decided in march 2022?')).toMatch(/US\$ 4 million/);
    expect(ask('how much of the myanmar aid goes via UNICEF?')).toBe('US$ 1 million');
  });

  it('answers who led a side with the first named in its line, and a post named by its unit with the one who holds it', () => {
    const rel = parseReleaseText(rawPage('5th ROK-Japan Consultation on Export Controls Held', '2019-11-20', [
      '1. Director-General for Multilateral Economic Affairs Park Sung-ho held the 5th ROK-Japan Consultation on Export Controls with Deputy Director-General Takeshi Mori in Tokyo on November 19.',
      '2. The participants were as follows:',
      '  ° ROK: Director-General Park Sung-ho, Director of the Export Control Division Lee Ji-won',
      '  ° Japan: Deputy Director-General Takeshi Mori, Head of the Trade Control Division of METI Kenji Sato, and officials from the Ministry of Foreign Affairs',
    ]), { id: 'test-side-line' });
    const ask = asker(rel);
    expect(ask('Who led the Japanese side at the 5th ROK-Japan export control consultation in Tokyo?')).toBe('Takeshi Mori');
    expect(ask('who was the METI trade control division head at the korea-japan export control talks in 2019')).toBe('Kenji Sato');
  });

  it('does not date an act with the date of the event it followed up, unless that event is asked', () => {
    const rel = parseReleaseText(page('2nd ROK-Canada Consultation on Sanctions Implementation Held', '2021-03-12', [
      'Deputy Director-General Nam Ki-hoon held the 2nd ROK-Canada Consultation on Sanctions Implementation with Director General Claire Dubois in Ottawa on March 11.',
      'The consultation was launched in May 2019, when the two sides held the first meeting in Seoul, as a follow-up to the ROK-Canada Foreign Ministers\' Strategic Dialogue held in November 2018.',
    ]), { id: 'test-followed-up' });
    const ask = asker(rel);
    expect(ask('when was the first korea-canada consultation on sanctions implementation held')).toBe('May 2019');
    expect(ask('when was the dialogue that the sanctions consultation followed up on?')).toBe('November 2018');
    const numbered = parseReleaseText(page('1st ROK-Caribbean Consultation on Climate Change Held', '2017-05-20', [
      'The consultation was launched as a follow-up to the 2nd ROK-CARICOM Foreign Ministers\' Meeting, held in Seoul in October 2016, at which the two sides agreed to strengthen cooperation on climate change.',
    ]), { id: 'test-followed-up-numbered' });
    expect(asker(numbered)('when was the 2nd ROK-CARICOM FMM')).toBe('October 2016');
  });
});

describe('which date of a sentence', () => {
  it('answers when a listed thing was joined with the date of its own item', () => {
    const rel = parseReleaseText(page('Korea Hosts Seminar on Chemical Security', '2024-04-18', [
      'The ROK is a party to all three major conventions on chemical and biological weapons, having joined the Geneva Protocol in 1989, the Biological Weapons Convention in 1987, and the Chemical Weapons Convention (CWC) in 1997.',
      'About 120 officials from 30 countries attended the seminar, held in Seoul on April 17.',
    ]), { id: 'test-listed-dates' });
    expect(asker(rel)('In what year did the ROK join the Chemical Weapons Convention?')).toBe('1997');
    // (items told apart by their numbers: the ordinal decides)
    const plans = parseReleaseText(page('Korea Hosts Symposium on Youth, Peace and Security', '2024-06-11', [
      'The ROK adopted its 1st National Action Plan on Youth, Peace and Security in 2016, the 2nd in 2019, and the 3rd in 2023.',
    ]), { id: 'test-listed-ordinals' });
    expect(asker(plans)('when did korea adopt its third youth peace and security national action plan')).toBe('2023');
  });

  it('does not date an act with a year that only modifies a noun when the sentence gives the day', () => {
    const rel = parseReleaseText(page('MOFA Hosts APEC Dialogue on Green Jobs', '2025-08-20', [
      'The Ministry of Foreign Affairs hosted the "APEC Policy Dialogue on Green Jobs for Young People" on August 19 on the margins of the Third Senior Officials\' Meeting (SOM3), which is being held in Incheon as part of the ROK\'s 2025 APEC host year.',
    ]), { id: 'test-attributive-year' });
    expect(asker(rel)('when was the apec dialogue on green jobs held on the sidelines of SOM3')).toBe('August 19');
    // (a term is no modifier of that kind: "for the 2026-2028 term")
    const term = parseReleaseText(page('Korea Elected to the UN Human Rights Council', '2025-10-15', [
      'The Republic of Korea was elected as a member of the UN Human Rights Council for the 2026-2028 term at the election held at the UN General Assembly on October 14.',
    ]), { id: 'test-attributive-term' });
    expect(asker(term)('hrc term korea got elected for?')).toBe('2026-2028');
  });
});

describe('a figure of other things or another country is no answer', () => {
  it('does not count the tents sent with the districts a flood affected', () => {
    const rel = parseReleaseText(page('Korea Provides Humanitarian Assistance to Malawi', '2023-03-20', [
      'The Government of the Republic of Korea has decided to provide US$ 1 million in humanitarian assistance to Malawi, which has suffered extensive damage from Cyclone Freddy.',
      'According to the Department of Disaster Management Affairs of Malawi, the floods and landslides triggered by Cyclone Freddy in March have affected 14 of the country\'s 28 districts and displaced more than 500,000 people.',
    ]), { id: 'test-tents-districts' });
    expect(asker(rel)('How many tents did Korea send to Malawi after the March floods?')).toBeNull();
  });

  it('does not give an amount in the money of another country the sentence names for what Korea will put in', () => {
    const rel = parseReleaseText(page('1st ROK-Australia Indo-Pacific Strategy Dialogue Held', '2023-09-15', [
      'Deputy Minister for Policy Planning Hwang Jun-seok held the 1st ROK-Australia Indo-Pacific Strategy Dialogue with Deputy Secretary Michelle Chan in Canberra on September 14.',
      'Australia announced its Southeast Asia Economic Strategy on September 6, under which it will invest AUD 95.1 million over four years in the region.',
    ]), { id: 'test-foreign-currency' });
    expect(asker(rel)('how much will korea put into southeast asia under the strategy, per the australia dialogue release')).toBeNull();
  });
});

describe('a date asked of what is scheduled', () => {
  it('reads "when is X scheduled?" as a question about what is to come', () => {
    const rel = parseReleaseText(page('Korea-Japan-China Trilateral Summit Held in Tokyo', '2018-05-10', [
      'President Moon Jae-in attended the 7th Korea-Japan-China Trilateral Summit in Tokyo on May 9.',
      'The three leaders agreed to hold the next summit in China.',
    ]), { id: 'test-scheduled-asked' });
    expect(asker(rel)('When is the next Korea-Japan-China summit scheduled?')).toBeNull();
  });

  it('does not date what the sides agreed to hold with the day they agreed it', () => {
    const rel = parseReleaseText(page('Results of the 11th ROK-Peru Joint Economic Committee', '2014-06-19', [
      'Deputy Minister for Economic Affairs Kim Jae-shin and Vice Minister of Foreign Trade Carlos Posada co-chaired the 11th ROK-Peru Joint Economic Committee in Lima on June 18.',
      'On June 19, Deputy Minister Kim paid a courtesy call on Vice Minister of Foreign Affairs Fernando Rojas, and the two sides agreed to hold the 12th Joint Economic Committee in Seoul next year.',
    ]), { id: 'test-agreed-day' });
    expect(asker(rel)('on what date is the 12th ROK-Peru Joint Economic Committee scheduled?')).toBeNull();
  });
});

describe('"this round" is the round of the negotiations the release reports', () => {
  it('counts the negotiators of this round of an FTA the question names', () => {
    const rel = parseReleaseText(page('4th Round of Korea-Ecuador FTA Negotiations Held', '2015-11-20', [
      'The 4th round of negotiations for the Korea-Ecuador Free Trade Agreement (FTA) was held in Quito from November 16 to 19.',
      'Some 80 negotiators from the two sides took part in this round, which was conducted in 8 working groups.',
      'Minister Lee noted that Ecuador, with a population of some 16 million and annual economic growth of over 3 percent in recent years, is an important partner in South America.',
    ]), { id: 'test-this-round' });
    expect(asker(rel)('korea ecuador fta 4th round number of negotiators?')).toMatch(/^(?:Some )?80$/);
  });
});

describe('a question word after a preposition', () => {
  it('reads "on what day will X head to Y" as a date asked, not a head of something', () => {
    expect(analyzeQuestion('On what day will Yoon head to Gdansk?').type).toBe('when');
    expect(analyzeQuestion('at what site in Aceh did the handover of the rice take place').type).toBe('where');
  });
});

describe('the end of what is extended or runs until a date', () => {
  it('answers "till when" and "until what date" with the end, not the start or the first imposition', () => {
    const rel = parseReleaseText(rawPage('Government Extends Travel Ban on Six Countries', '2022-07-20', [
      '1. The Government decided to extend the travel ban on Mali, Niger, Chad and Yemen for another six months from August 1, 2022.',
      '° New period of the travel ban: August 1, 2022 - January 31, 2023',
      '2. The Government also decided to extend the travel ban on Haiti, which was first imposed on March 3 following the unrest in Port-au-Prince, until October 31, 2022.',
    ]), { id: 'test-till-when' });
    const ask = asker(rel);
    expect(ask('till when is the travel ban on yemen extended')).toMatch(/^January 31, 2023$/);
    expect(ask('Until what date does the Haiti travel ban now run?')).toMatch(/^October 31, 2022$/);
  });
});

describe('a city asked by its people\'s name', () => {
  it('reads "which Korean city is going to host" as a place asked', () => {
    expect(analyzeQuestion('Which Korean city is going to host the 12th Asia Water Forum?').type).toBe('where');
  });
});

describe('a title that names a body by its initials in brackets', () => {
  it('keeps the whole title when the initials follow a word of the body\'s name', () => {
    expect(peopleWithTitles('The New Zealand side was led by Deputy Secretary of the Americas and Asia Group of the Ministry of Foreign Affairs and Trade (MFAT) Helen Marsh.'))
      .toEqual(['Helen Marsh | Deputy Secretary of the Americas and Asia Group of the Ministry of Foreign Affairs and Trade (MFAT)']);
  });

  it('reads the words the initials spell as the body, not as a person', () => {
    expect(peopleWithTitles('The delegation was headed by Permanent Representative to the Organisation for the Prohibition of Biological Arms (OPBA) Lim Ha-neul.'))
      .toEqual(['Lim Ha-neul | Permanent Representative to the Organisation for the Prohibition of Biological Arms (OPBA)']);
  });

  it('names who led a side when a long title with brackets stands between "headed by" and the name', () => {
    const rel = parseReleaseText(page('Results of the 3rd ROK-New Zealand Space Dialogue', '2024-05-10', [
      'The 3rd ROK-New Zealand Space Dialogue was held in Wellington on May 9. The Korean delegation was headed by Director-General for Climate and Science Kang Ji-woo, while the New Zealand delegation was headed by Deputy Secretary of the Americas and Asia Group of the Ministry of Foreign Affairs and Trade (MFAT) Helen Marsh, together with Deputy Head of the New Zealand Space Agency Tom Riley.',
    ]), { id: 'test-long-bracket-title' });
    expect(asker(rel)('who led the new zealand delegation to the 3rd space dialogue with korea')).toMatch(/^(?:Helen )?Marsh$/);
  });
});

describe('a list line that opens with its amount', () => {
  it('gives the part Korea puts into the body asked, not the total its paragraph leads with', () => {
    const rel = parseReleaseText(rawPage('ROK to Contribute US$ 5 Million to Support WMO Early Warnings', '2024-03-20', [
      '1. The government of the Republic of Korea has decided to contribute a total of US$ 5 million this year to support the climate risk and early warning systems of the World Meteorological Organization (WMO), which help small island states prepare for storms.',
      '° Total amount: US$ 5 million',
      '- US$ 3 million to the Systematic Observations Financing Facility (SOFF)',
      '- US$ 2 million to the Climate Risk and Early Warning Systems Initiative (CREWS)',
      '2. Ambassador Han Ji-soo announced the contribution on March 19 at the WMO Executive Council in Geneva.',
    ]), { id: 'test-amount-line' });
    expect(asker(rel)('How much is Seoul putting into the Climate Risk and Early Warning Systems Initiative this year?')).toMatch(/^US\$ 2 million$/);
  });
});

describe('what each sum of a sentence goes to', () => {
  it('gives the sum that goes to what the question names, not the first of two', () => {
    const rel = parseReleaseText(page('ROK and FAO Sign Agreement on Food Security Projects', '2022-04-12', [
      'Under the agreement, the ROK government will contribute a total of US$ 9 million to the FAO over three years. Of this amount, US$ 5 million will go to Food Security capacity-building in Africa and US$ 4 million to the safeguarding of the traditional island food systems in the Pacific region.',
    ]), { id: 'test-sums-to' });
    expect(asker(rel)('How much of Seoul\'s contribution is earmarked for island food systems in the Pacific?')).toMatch(/^US\$ 4 million$/);
  });
});

describe('the party whose clause holds a figure', () => {
  it('gives the figure of the clause whose subject is the party the question asks', () => {
    const rel = parseReleaseText(page('Korea-Mercosur Trade Agreement Signed', '2025-02-11', [
      'Under the agreement, Mercosur will eliminate tariffs on 88.4 percent of its tariff lines, including cars and machinery, while the ROK will eliminate tariffs on 96.2 percent of its tariff lines within 15 years.',
    ]), { id: 'test-actor-clause' });
    expect(asker(rel)('what share of its tariff lines will Seoul scrap duties on under the Mercosur deal')).toMatch(/^96\.2 percent$/);
  });
});

describe('a body\'s name that ends in "of the …" before a preposition', () => {
  it('keeps "of the Elderly" in the name when "under the Ministry" follows', () => {
    expect(findThings('In addition, the National Institute for the Welfare of the Elderly under the Ministry of Health and Welfare will open new branches.').map((t) => t.text))
      .toContain('National Institute for the Welfare of the Elderly');
  });
});

describe('a year that names the games an act took place at', () => {
  it('dates what happened "at the 2000 Sydney Olympic Games" with its year', () => {
    const rel = parseReleaseText(page('Korea Hosts Archery Diplomacy Event in Paris', '2024-06-26', [
      'Vice Minister Lee Ji-ho attended an archery exhibition at the Korean Cultural Center in Paris on June 25.',
      'Archery, which is practiced in some 160 countries, returned to the Olympic programme for good at the 1972 Munich Olympic Games.',
    ]), { id: 'test-games-year' });
    expect(asker(rel)('since when has archery been on the olympic programme for good')).toBe('1972');
  });
});

describe('the size of a team', () => {
  it('gives the "N-member team" over a closer figure that counts countries', () => {
    const rel = parseReleaseText(page('Hapkido Demonstration Team to Tour Southern Africa', '2023-08-30', [
      'The Ministry of Foreign Affairs will send the Korea Hapkido Demonstration Team to Zambia, Botswana and Namibia from September 10 to 20 to mark the anniversaries of diplomatic ties with the three Southern African countries.',
      'The 18-member team, led by Master Kim Jae-won, will give demonstrations of hapkido techniques combined with Korean traditional music.',
      'On the occasion of the tour, the "Hapkido Friendship Cup" will be held in Lusaka on September 12, with some 200 practitioners from six Southern African countries taking part.',
      'The ROK and the Southern African countries have steadily expanded cooperation in trade, mining and development over the past decade.',
    ]), { id: 'test-team-size' });
    expect(asker(rel)('how big is the hapkido team going to Southern Africa')).toBe('18');
  });
});

describe('people counted from another region', () => {
  it('does not give the count of officials from one region for another region asked', () => {
    const rel = parseReleaseText(page('Results of the 4th ROK-Netherlands Cyber Policy Consultation', '2023-11-08', [
      'Director-General Park Hye-jin explained that the ROK government will provide KRW 3 billion over three years for a cyber capacity-building program that will train 150 government officials from Central Asian countries.',
    ]), { id: 'test-region-count' });
    const ask = asker(rel);
    expect(ask('how many officials from african countries will korea\'s cyber program train')).toBeNull();
    expect(ask('how many officials from central asian countries will korea\'s cyber program train')).toBe('150');
  });
});

describe('the day of an act on the margins of an event', () => {
  it('dates the conference, not the talks held on its margins', () => {
    const rel = parseReleaseText(page('Second Vice Minister to Attend the 5th Global Fisheries Conference', '2025-03-28', [
      'Second Vice Minister of Foreign Affairs Lee Seo-yeon will lead the government delegation to the 5th Global Fisheries Conference, which will be held from April 8 to 10 in Lisbon, Portugal, under the theme of "Fish for the Future."',
      'On the margins of the global fisheries conference, Vice Minister Lee plans to hold talks in Lisbon with Deputy Minister of Foreign Affairs of Portugal Rui Matos on April 9 to discuss ways to strengthen cooperation in fisheries and shipping.',
    ]), { id: 'test-margins-day' });
    const ask = asker(rel);
    expect(ask('when is the lisbon global fisheries conference')).toMatch(/^April 8 to 10$/);
    expect(ask('when will lee meet the portuguese deputy minister')).toBe('April 9');
  });
});

describe('a venue asked of a release with a "Venue:" line', () => {
  it('gives the venue line over a sentence that names only the city', () => {
    const rel = parseReleaseText(rawPage('Korea-Africa Foundation to Host the 2026 Korea-Africa Youth Forum in Accra', '2026-05-02', [
      '1. The Korea-Africa Foundation (KAF) will host the "2026 Korea-Africa Youth Forum" in Accra, Ghana, on May 20 and 21, bringing together some 200 young leaders from 30 African countries.',
      '° Date: May 20-21, 2026',
      '° Venue: Kempinski Hotel Gold Coast City, Accra',
      '2. The forum will discuss youth entrepreneurship, digital skills and climate action.',
    ]), { id: 'test-venue-line' });
    expect(asker(rel)('venue of the 2026 korea-africa youth forum')).toMatch(/^Kempinski Hotel Gold Coast City/);
  });
});

describe('a meeting held at a body\'s headquarters', () => {
  it('gives the headquarters with its city, not the body alone', () => {
    const rel = parseReleaseText(page('Results of the 1st Korea-ASEAN Senior Officials\' Follow-up Meeting', '2025-06-05', [
      'The Ministry of Foreign Affairs hosted the 1st Korea-ASEAN Senior Officials\' Follow-up Meeting on June 4 in Seoul.',
      'The two sides agreed to hold the 2nd Korea-ASEAN Senior Officials\' Follow-up Meeting in 2026 at the ASEAN Secretariat headquarters in Jakarta.',
    ]), { id: 'test-hq-place' });
    expect(asker(rel)('where is the 2nd senior officials follow-up meeting going to be held')).toMatch(/^ASEAN Secretariat headquarters in Jakarta$/);
  });
});

describe('a military unit asked by name', () => {
  it('reads a battalion as a unit, and does not run a name across a sentence end in a quote', () => {
    const rel = parseReleaseText(page('Ambassador Pays Tribute to Turkish Korean War Veterans', '2025-06-26', [
      'Ambassador Kim Ha-na visited the Korean War Memorial in Ankara on June 25 and paid tribute to the soldiers of the Northern Star Brigade, who fought alongside Korean troops.',
      'She said, "Korea owes its freedom to the sacrifice of the Northern Star Brigade. Korea will never forget the young Turks who fought for a country they did not know."',
    ]), { id: 'test-unit-kind' });
    expect(asker(rel)('name of the turkish unit that fought in the korean war')).toBe('Northern Star Brigade');
    expect(findThings('"Korea owes its freedom to the sacrifice of the Northern Star Brigade. Korea will never forget them."').map((t) => t.text)).not.toContain('Northern Star Brigade. Korea');
  });
});

describe('a bilateral investment treaty asked by its initials', () => {
  it('reads "BIT" as the agreement on the promotion and protection of investments', () => {
    const rel = parseReleaseText(page('Korea-Ghana Investment Agreement to Take Effect', '2024-07-30', [
      'The "Agreement between the Government of the Republic of Korea and the Government of the Republic of Ghana for the Promotion and Protection of Investments" will take effect on August 29, 2024.',
      'The two countries established diplomatic relations in 1977.',
    ]), { id: 'test-bit' });
    expect(asker(rel)('When does the Korea–Ghana BIT take effect?')).toMatch(/^August 29(?:, 2024)?$/);
  });
});

describe('a "Commander of …" title that belongs to the next name of a list', () => {
  it('does not make the name before it the commander', () => {
    const rel = parseReleaseText(rawPage('Remains of 12 ROK Soldiers Killed in the Korean War Return Home from Guam (Sep. 11)', '2017-09-11', [
      '1. The remains of 12 ROK soldiers who were killed in action during the Korean War, which had been identified by the US Defense POW/MIA Accounting Agency (DPAA) in Guam, were returned to the Republic of Korea on September 11.',
      '2. A repatriation ceremony was held upon the arrival of the remains as follows:',
      '° Date and time: September 11 (Mon.), 15:00',
      '° Venue: Osan Air Base, Pyeongtaek',
      '° Participants: Minister of Patriots and Veterans Affairs Lee Sung-hoon, Commander of the United Nations Command General Thomas Hale, Ambassador for Public Diplomacy Kim Mi-ran of the Ministry of Foreign Affairs, and some 200 service members and bereaved family members',
      '3. This is the third joint repatriation of ROK soldiers\' remains from the US.',
    ]), { id: 'test-commander-of-next' });
    expect(asker(rel)('Which UNC commander attended the 2017 ceremony receiving the remains of Korean War soldiers returned from Guam?')).not.toBe('Lee Sung-hoon');
  });
});

describe('a sum given to one country, in a sentence that names another besides', () => {
  it('does not give another country the sum, nor one of "11 countries, including …" the whole of theirs', () => {
    const rel = parseReleaseText(page('Government Provides Humanitarian Assistance to Chile after Wildfires', '2024-02-06', [
      'The Government of the Republic of Korea has decided to provide humanitarian assistance worth US$ 2 million to Chile, which suffered great loss of life from the wildfires that spread near the border with Argentina in early February.',
      'The Government will also provide 20,000 tons of rice to 9 countries facing food crises, including Haiti, Peru and Bolivia, through the WFP.',
      'The Government expressed its condolences to the people of Chile.',
    ]), { id: 'test-given-to' });
    const ask = asker(rel);
    expect(ask('how much aid is korea giving chile for the wildfires')).toMatch(/US\$ 2 million/);
    expect(ask('how much aid did korea give argentina for the wildfires')).toBeNull();
    expect(ask('how many tons of rice go to Peru')).toBeNull();
    expect(ask('how many tons of rice will the 9 countries get in total')).toMatch(/20,000 tons/);
  });
});

describe('a long title before a name with a middle initial', () => {
  it('reads the dictionary words of the field as the title and the name from the given name, an Oxford comma and all', () => {
    expect(peopleWithTitles('Vice Minister Kim Min-ho and Under Secretary of State for Economic Growth, Energy, and the Environment Robert T. Hale held the 9th Senior Economic Dialogue in Seoul.'))
      .toContain('Robert T. Hale | Under Secretary of State for Economic Growth, Energy, and the Environment');
    expect(peopleWithTitles('Vice Minister Kim Min-ho met Under Secretary for Economic Growth Robert T. Hale in Seoul.')).toContain('Robert T. Hale | Under Secretary for Economic Growth');
    // (a comma before "and" ends a title of one field: the person after it is another)
    expect(findPeople('Australia was represented by Senator the Hon Jane Moore, Minister for Foreign Affairs, and the Hon Daniel Fraser MP, Deputy Prime Minister and Minister for Defence.').find((p) => p.name.endsWith('Daniel Fraser'))?.title).toBe('Deputy Prime Minister and Minister for Defence');
  });
});

describe('a majority needed against the votes received', () => {
  it('answers the votes needed to win with the figure the sentence says is required, and the votes received with the other', () => {
    const rel = parseReleaseText(page('Republic of Korea Elected to the UN Human Rights Council', '2025-10-15', [
      'The Republic of Korea was elected to the UN Human Rights Council at the UN General Assembly on October 14.',
      'The ROK, which ran for one of the four seats of the Asia-Pacific Group, received 167 votes out of the 190 Member States that cast ballots, well above the two-thirds majority of 127 votes required.',
    ]), { id: 'test-votes-needed' });
    const ask = asker(rel);
    expect(ask('How many votes were needed to win a seat')).toBe('127');
    expect(ask('how many votes did korea get in the HRC election')).toBe('167');
    // (people who need help are counted, not a threshold)
    const chad = parseReleaseText(page('Government Provides Humanitarian Assistance to Chad', '2025-03-02', [
      'The Government has decided to provide US$ 1 million in humanitarian assistance to Chad.',
      'According to OCHA, 5.2 million people in Chad need humanitarian assistance this year, and 900,000 have been required to leave their homes.',
    ]), { id: 'test-need-help' });
    expect(asker(chad)('how many people in chad need humanitarian help')).toMatch(/^5\.2 million/);
  });
});

describe('a bilateral meeting beside a trilateral one', () => {
  it('dates the one-on-one meeting by the sentence about the bilateral meeting, not by the trilateral one', () => {
    const rel = parseReleaseText(page('Korea-U.S.-Japan Chief Negotiators Meet in Tokyo', '2024-05-04', [
      'Special Representative Lee Min-jae held a trilateral meeting with U.S. Special Envoy Mark Dalton and Japanese Director-General Sato Kenji on May 3 in Tokyo.',
      'Prior to the trilateral meeting, Special Representative Lee held a bilateral meeting with Special Envoy Dalton on May 2 at the Ministry of Foreign Affairs of Japan.',
      'The three chief negotiators discussed ways to respond to North Korea\'s missile launches.',
    ]), { id: 'test-sides' });
    const ask = asker(rel);
    expect(ask('when did lee sit down one-on-one with dalton')).toMatch(/^May 2/);
    // (the sentence that names both in full is about the trilateral meeting: it does not date the one-on-one)
    expect(ask('when did lee min-jae sit down one-on-one with mark dalton') ?? '').not.toMatch(/May 3/);
  });
});

describe('a sum broken down by country, each name right before its share', () => {
  it('gives the country asked its share, not the sum for all', () => {
    const rel = parseReleaseText(rawPage('Government Provides Humanitarian Assistance to Countries Hit by Cyclone Idai', '2019-03-22', [
      '1. The Government of the Republic of Korea has decided to provide humanitarian assistance worth US$ 2 million to Malawi, Zambia and Mozambique, which were hit by Cyclone Idai.',
      '° Amount of assistance: US$ 2 million (Malawi US$ 900,000, Zambia US$ 600,000, Mozambique US$ 500,000)',
      '2. The Government hopes that the assistance will help the affected people recover.',
    ]), { id: 'test-breakdown-share' });
    expect(asker(rel)('how much is s. korea giving zambia for the cyclone')).toBe('US$ 600,000');
  });
});

describe('a plan numbered in its series', () => {
  it('keeps the ordinal in the name of the plan', () => {
    const rel = parseReleaseText(page('Development Cooperation Committee Holds Its 9th Meeting', '2024-02-20', [
      'The International Development Cooperation Committee held its 9th meeting on February 19 in Seoul.',
      'At the meeting, the Committee adopted the 3rd Country Partnership Strategy for Viet Nam (2024-2028), which sets out four priority areas.',
    ]), { id: 'test-numbered-plan' });
    expect(asker(rel)('which strategy did the committee adopt for vietnam at its 9th meeting')).toMatch(/^3rd Country Partnership Strategy/);
  });
});

describe('a programme or mechanism asked, beside meetings and places', () => {
  it('answers with the programme, not the summit, the regions listed or the city the question gives by its initials', () => {
    const rel = parseReleaseText(page('ROK and EU Hold First Digital Partnership Council', '2023-07-04', [
      'They welcomed the decision made by the two leaders at the ROK-EU Summit held in Seoul on May 21 to start negotiations on the ROK\'s association with an EU research program, and expressed hope that the negotiations would conclude soon.',
      'The two sides also discussed the ROK\'s association with Horizon Europe, the EU\'s research and innovation program, which has a budget of 95.5 billion euros.',
      'The partners reviewed the 20 projects that the DMP has selected in Africa, Latin America and Asia, and welcomed the launch of the DMP Finance Network at the DMP ministerial meeting held in New York on September 20 on the margins of the UN General Assembly.',
    ]), { id: 'test-programme-head' });
    const ask = asker(rel);
    expect(ask('which EU research program is Korea negotiating to associate with')).toBe('Horizon Europe');
    expect(ask('what new financing mechanism was launched at the DMP ministerial in NY on Sept 20')).toBe('DMP Finance Network');
  });
});

describe('an ambassador of a field, asked as the ambassador to a country', () => {
  it('does not take the ambassador for a field, posted nowhere, for the ambassador to the country asked', () => {
    const rel = parseReleaseText(page('First Vice Minister Meets African Ambassadors in Seoul', '2024-09-10', [
      'First Vice Minister Kim Hong-kyun hosted a meeting with the ambassadors of 25 African countries in Seoul on September 9 to review the follow-up to the Korea-Africa Summit.',
      'He also introduced Ambassador Park Seo-yeon, who was recently appointed as the Ministry\'s first Ambassador for African Cooperation and will coordinate the follow-up projects in Kenya, Ghana and Tanzania.',
    ]), { id: 'test-field-ambassador' });
    expect(asker(rel)('who is korea\'s ambassador to kenya')).toBeNull();
  });
});

describe('a speech asked, and whom the speaker spoke for', () => {
  it('reads "spoke" and "speech" as remarks, an alum as a person, and the speaker "on behalf of" those asked', () => {
    const rel = parseReleaseText(page('Foreign Minister Hosts Reception for Envoys of UN Sending States', '2023-07-27', [
      'Minister of Foreign Affairs Han Ji-won hosted a reception on July 26 in Seoul for the ambassadors of the 22 countries that sent troops during the Korean War.',
      'In his welcoming remarks, Minister Han paid tribute to the young men and women from the 22 UN sending states who came to defend freedom.',
      'Ambassador of Canada to the Republic of Korea Marie Tremblay, speaking on behalf of the UN sending states, thanked the Korean Government for honoring the veterans.',
      'A scholarship alumna, Ms. Aigerim Nurlanova of Kazakhstan, who earned her doctorate at Yonsei University in 2015, delivered a congratulatory speech.',
    ]), { id: 'test-speech-behalf' });
    const ask = asker(rel);
    expect(ask('who gave the speech for the sending states at the reception')).toMatch(/Marie Tremblay$/);
    expect(ask('which kazakh alum spoke at the reception')).toMatch(/Aigerim Nurlanova$/);
    expect(synonymsOf('speech')).toContain('remark');
  });
});

describe('a post the question says was met', () => {
  it('dates the meeting by the sentence that names the holder of the post, not by another meeting of the visit', () => {
    const rel = parseReleaseText(page('Second Vice Minister Visits Ghana', '2023-09-16', [
      'Second Vice Minister of Foreign Affairs Kim Soo-ah visited Accra from September 12 to 14 to mark the 46th anniversary of diplomatic relations between the two countries.',
      'On September 12, Vice Minister Kim laid a wreath at the memorial in Accra and met with 15 Ghanaian alumni of Korean scholarship programs.',
      'On September 13, she held talks with State Minister of Foreign Affairs of Ghana Kwame Mensah on ways to deepen the bilateral partnership.',
      'On September 14, Vice Minister Kim visited the Korle Bu Teaching Hospital, built with Korean support, and held a luncheon meeting with Ghanaian Korean War veterans.',
    ]), { id: 'test-met-post' });
    expect(asker(rel)('When did Kim meet the Ghanaian state minister in Accra')).toMatch(/^September 13/);
  });
});

describe('the seat of a body, beside another office in another city', () => {
  it('answers where the body is headquartered with the place of the clause that names its headquarters', () => {
    const rel = parseReleaseText(page('Overseas Nationals Agency Holds Its First Convention', '2023-10-07', [
      'The Overseas Nationals Agency held its first convention from October 4 to 6 at the Grand Hotel in Seoul.',
      'Its headquarters are located in Sejong, while its Overseas Nationals Service Center, which handles civil petitions for overseas nationals in one place, is located in Jongno in Seoul.',
    ]), { id: 'test-seat' });
    expect(asker(rel)('Where is the Overseas Nationals Agency headquartered')).toBe('Sejong');
    const a = analyzeQuestion('Where is the Overseas Nationals Agency headquartered');
    // (the other office's place, in the clause after "while", is well behind)
    const index = buildFactIndex([rel]);
    const spans = spanCandidates(a, index.facts.find((f) => f.text.startsWith('Its headquarters'))!, index.byRelease.get('test-seat')!).sort((x, y) => y.score - x.score);
    expect(spans[0]?.text).toBe('Sejong');
    expect(spans.find((x) => x.text.includes('Jongno'))!.score).toBeLessThan(spans[0]!.score - 0.5);
  });
});

describe('a portfolio that names a region after "and"', () => {
  it('does not make the region the minister\'s nationality, and takes the country after "of"', () => {
    expect(findPeople('Vice Minister Kim held talks in Lusaka with Minister for Foreign Affairs and Southern African Cooperation of Zambia Mary Phiri.').find((p) => p.name === 'Mary Phiri')?.country).toBe('ZMB');
    const rel = parseReleaseText(page('Korea and Zambia Sign Agreements during State Visit', '2024-06-04', [
      'President of the Republic of Zambia Hakainde Hichilema is paying a state visit to the Republic of Korea from June 1 to 5.',
      'The documents were signed by Minister of Foreign Affairs Park Ji-hoon and Minister of Foreign Affairs and Southern African Cooperation Mary Phiri in the presence of the two leaders.',
    ]), { id: 'test-portfolio-region' });
    expect(asker(rel)('who signed for the Zambian side')).toBe('Mary Phiri');
  });
});

describe('two releases that answer a who question as well, each with another person', () => {
  it('says the question is open rather than guessing, and answers once the question names the country', () => {
    const rels = [
      parseReleaseText(page('Foreign Minister Holds Talks with Chilean Foreign Minister', '2024-05-02', [
        'Minister of Foreign Affairs Cho Tae-yul held talks with Minister of Foreign Affairs of Chile Alberto van Klaveren on May 1 in Seoul.',
        'The two ministers agreed to upgrade the free trade agreement between the two countries.',
      ]), { id: 'test-open-1' }),
      parseReleaseText(page('Foreign Minister Holds Talks with Peruvian Foreign Minister', '2024-09-10', [
        'Minister of Foreign Affairs Cho Tae-yul held talks with Minister of Foreign Affairs of Peru Elmer Schialer on September 9 in Lima.',
        'The two ministers agreed to expand cooperation in critical minerals.',
      ]), { id: 'test-open-2' }),
    ];
    const engine = createEngine({ index: buildFactIndex(rels) });
    const open = engine.ask('who did cho hold talks with');
    expect(open.kind).toBe('abstention');
    expect(open.kind === 'abstention' ? open.reason : '').toBe('ambiguous');
    const chile = engine.ask('who did cho hold talks with from chile');
    expect(chile.kind === 'answer' ? chile.answer : null).toMatch(/van Klaveren$/);
  });
});

describe('a meeting named after a treaty, with its year', () => {
  it('reads the whole name, "on the" of the treaty and the year that opens it', () => {
    expect(findThings('The two sides agreed to make the 2025 Review Conference of the Treaty on the Prohibition of Nuclear Tests (TPNT) a success.').map((t) => t.text))
      .toContain('Review Conference of the Treaty on the Prohibition of Nuclear Tests (TPNT)');
    const rel = parseReleaseText(page('ROK and France Hold 4th Disarmament Consultation', '2024-03-02', [
      'Director-General Yoon Hae-jin held the 4th ROK-France Disarmament and Non-Proliferation Consultation with Director Claire Martin on March 1 in Paris.',
      'The two sides agreed to work together closely to make the 2025 Review Conference of the Treaty on the Prohibition of Nuclear Tests (TPNT), which will open in New York in April, a success.',
    ]), { id: 'test-treaty-conference' });
    expect(asker(rel)('Which 2025 meeting did Seoul and Paris pledge to make a success?')).toMatch(/^2025 Review Conference of the Treaty on the Prohibition of Nuclear Tests/);
  });
});

describe('where someone went on a day', () => {
  it('answers with the place visited, not the venue of the summit the sentence names first', () => {
    const rel = parseReleaseText(page('Government Welcomes Lifting of Export Controls', '2023-06-28', [
      'President Yoon and Prime Minister Sato agreed at their summit in Osaka to launch an economic security dialogue, and reaffirmed their commitment to cooperation in supply chains when Prime Minister Sato visited Seoul on May 9.',
      'The two sides will hold the first round of the dialogue in the second half of the year.',
    ]), { id: 'test-went-on-day' });
    expect(asker(rel)('where did Sato go on May 9')).toBe('Seoul');
  });
});

describe('a pair that names the thing asked', () => {
  it('does not date the EU-Japan partnership by the ROK-EU one, though the sentence names Japan', () => {
    const rel = parseReleaseText(page('ROK and EU Hold First Green Partnership Council', '2024-07-03', [
      'The Council was set up under the ROK-EU Green Partnership, which Minister Lee and Commissioner Simson signed by video conference on May 22, 2023, as the EU\'s second green partnership with an Asian country after Japan.',
      'The two sides discussed cooperation on offshore wind and hydrogen.',
    ]), { id: 'test-named-pair' });
    const ask = asker(rel);
    expect(ask('When was the EU-Japan green partnership signed')).toBeNull();
    expect(ask('When was the Korea-EU green partnership signed')).toMatch(/^May 22, 2023$/);
  });
});

describe('who, on a date the question gives', () => {
  it('answers with the person next to the date, not the one the sentence is about', () => {
    const rel = parseReleaseText(page('Foreign Minister Holds Talks with Slovenian Counterpart', '2022-04-12', [
      'Minister of Foreign Affairs Chung Eui-yong held talks with Minister of Foreign Affairs of Slovenia Ana Horvat, who was in Korea on an official visit from April 10 to 13.',
      'Minister Horvat\'s visit was the first visit to Korea by a Slovenian Foreign Minister in eight years, since Minister Marko Novak came to Seoul in 2014.',
    ]), { id: 'test-person-date' });
    const ask = asker(rel);
    expect(ask('which slovenian FM came to seoul in 2014')).toBe('Marko Novak');
    expect(ask('which slovenian FM visited korea in april')).toBe('Ana Horvat');
  });

  it('asks the foreign minister the question types as "FM", not the other minister it acts with', () => {
    const rel = parseReleaseText(rawPage('Korea to Host the Global Fisheries Forum', '2024-09-02', [
      '1. The Republic of Korea will host the 3rd Global Fisheries Forum (GFF) in Yeosu from October 7 to 9.',
      'Co-chairs: Minister of Oceans and Fisheries Lim Jae-sook and Minister of Foreign Affairs Park Dong-hoon',
    ]), { id: 'test-fm-cochair' });
    expect(asker(rel)('which FM co-chairs the GFF with the fisheries minister')).toBe('Park Dong-hoon');
  });
});

describe('titles that are harder to read', () => {
  it('reads a head joined to its rank by hyphens, a title word that is a family name, and a plural field word after a title word', () => {
    expect(peopleWithTitles('Second Vice Minister Park Ji-won and UN Under-Secretary-General for Field Support Ravi Menon signed the MOU.'))
      .toContain('Ravi Menon | UN Under-Secretary-General for Field Support');
    expect(peopleWithTitles('Under-Secretary-General Sofia Lindqvist opened the session.')).toEqual(['Sofia Lindqvist | Under-Secretary-General']);
    expect(peopleWithTitles('The U.S. delegation was headed by Deputy Assistant Secretary of State for Overseas Citizens Services Laura King.'))
      .toEqual(['Laura King | Deputy Assistant Secretary of State for Overseas Citizens Services']);
    expect(peopleWithTitles('Director Tom Bishop met him.')).toEqual(['Tom Bishop | Director']);
    expect(peopleWithTitles('President Moon met King Willem-Alexander.').map((p) => p.split(' | ')[0])).toContain('Willem-Alexander');
  });

  it('does not read a company after a verb as a person titled by the official before the verb', () => {
    expect(peopleWithTitles('State Secretary Horvath welcomed Hanwha Ocean\'s decision to expand its plant in Gdansk.')).toEqual(['Horvath | State Secretary']);
  });

  it('does not take a country from the words after "of the body", past the verb', () => {
    const [p] = findPeople('Under-Secretary-General for Political Affairs Marc Dubois of the United Nations visited the ROK from May 2 to 4.');
    expect(p?.name).toBe('Marc Dubois');
    expect(p?.country).not.toBe('KOR');
  });
});

describe('where: labelled venues and initials that modify', () => {
  it('keeps an office with the city it is "at": "the UN Office at Nairobi"', () => {
    const rel = parseReleaseText(page('Korea Launches Group of Friends on Urban Resilience', '2023-06-02', [
      'The ROK launched a Group of Friends on Urban Resilience at the UN Office at Nairobi on June 1, together with Kenya and Brazil.',
      'Some 30 countries joined the group.',
    ]), { id: 'test-office-at' });
    expect(asker(rel)('where did korea launch the group of friends on urban resilience')).toBe('UN Office at Nairobi');
  });

  it('keeps a venue with the name its initials stand for, and reads no place in "in UN peacekeeping missions"', () => {
    const rel = parseReleaseText(rawPage('Korea to Host the World Coastal Cities Forum', '2024-05-02', [
      '1. The Ministry of Foreign Affairs will host the 5th World Coastal Cities Forum in Gyeongju from June 11 to 13.',
      '° Venue: HICO (Hwabaek International Convention Center), Gyeongju',
    ]), { id: 'test-venue-bracket' });
    expect(asker(rel)('what venue in gyeongju is hosting the coastal cities forum')).toMatch(/^HICO \(Hwabaek International Convention Center\)/);
    const course = parseReleaseText(rawPage('Second Course for Women Peacekeepers Opens', '2024-06-03', [
      '1. The Ministry of Foreign Affairs is holding the second "Women Peacekeepers Staff Course," which prepares women officers for staff posts in UN peacekeeping missions.',
      '2. Some 30 officers from 20 countries are taking part.',
    ]), { id: 'test-un-modifier' });
    expect(asker(course)('where is the women peacekeepers course being held?')).not.toBe('UN');
  });
});

describe('figures: a part by its own words, a quantity of a thing, typed short', () => {
  const rel = parseReleaseText(page('Korea Hosts Ministerial Conference on Fisheries', '2024-11-20', [
    'Some 120 delegations took part in the conference, 40 of them at the ministerial level.',
    'The government designated 25 priority fish stocks in 2023, 8 of which were classified as depleted.',
    'Minister Kang noted that Korean vessels catch about 200,000 tonnes of squid a year in the South Atlantic, worth some US$ 40 million a year to the industry.',
    'A total of 96 graduates from six countries have completed the fisheries management course so far.',
  ]), { id: 'test-figure-parts' });
  const ask = asker(rel);

  it('counts the part a question asks by its own words ("40 of them at the ministerial level"), and the whole otherwise', () => {
    expect(ask('how many delegations came at ministerial level')).toBe('40');
    expect(ask('how many fish stocks were designated')).toMatch(/\b25\b/);
  });

  it('answers "how much squid" with the quantity of squid, not the sum it is worth', () => {
    expect(ask('how much squid do korean vessels catch a year in the south atlantic')).toMatch(/200,000 tonnes/);
  });

  it('reads "grads" as graduates', () => {
    expect(ask('how many grads has the fisheries management course had')).toMatch(/\b96\b/);
  });
});

describe('a thing named before the kind asked, and a figure word inside a compound', () => {
  it('answers "what vaccine" with "the Novarix vaccine", a name before the kind in lower case', () => {
    const rel = parseReleaseText(page('Korea Donates Vaccines to Laos', '2021-09-14', [
      'Hanul Biologics, a Korean company, produces the Novarix vaccine under license at its plant in Osong, North Chungcheong Province.',
      'The Government will donate 500,000 doses to Laos.',
    ]), { id: 'test-named-kind' });
    expect(asker(rel)('what vaccine does hanul biologics make under license in osong')).toBe('Novarix vaccine');
  });

  it('reads "what cost-sharing deal" as a thing asked, not a cost', () => {
    expect(analyzeQuestion('what cost-sharing deal got initialed at the talks').type).toBe('thing');
    expect(analyzeQuestion('what is the cost of the project').type).toBe('number');
  });
});

describe('the object of the verb asked', () => {
  const rel = parseReleaseText(page('ROK Chairs Security Council Debate on Cyber Threats', '2024-06-21', [
    'At the end of the debate, the Council adopted a presidential statement (S/PRST/2024/3) together with an updated "Framework for Responsible State Behaviour in Cyberspace".',
    'On June 20, Vice Minister Kim visited the Digital Service Hall in Tallinn, a citizen service center largely modeled on Korea\'s one-stop civil service system.',
  ]), { id: 'test-object-of-verb' });
  const ask = asker(rel);

  it('answers "what is X modeled on" with what follows "modeled on", not the description of X', () => {
    expect(ask('what is the digital service hall in tallinn largely modeled on')).toBe('Korea\'s one-stop civil service system');
  });

  it('answers "what did the council adopt" with the object in lower case, not a quoted name after it', () => {
    expect(ask('what did the council adopt at the end of the debate')).toMatch(/^presidential statement/);
  });
});

describe('a person asked by office and people, typed short', () => {
  const rel = parseReleaseText(rawPage('Korea Hands Over Medical Equipment to Viet Nam', '2022-03-08', [
    '1. The Government of the Republic of Korea handed over medical equipment worth US$ 2 million to Viet Nam at a ceremony in Hanoi on March 7.',
    '° Attendees: (ROK) Ambassador to Viet Nam Kim Tae-ho; (Viet Nam) Vice Minister of Health Tran Van Minh, Deputy Director-General of the Ministry of Foreign Affairs\' Department of Northeast Asia',
  ]), { id: 'test-viet-office' });
  const ask = asker(rel);

  it('reads "viet" as Vietnamese', () => {
    expect(analyzeQuestion('which viet vice minister attended the handover').nationality).toBe('VNM');
    expect(ask('which viet vice minister attended the handover')).toBe('Tran Van Minh');
  });

  it('abstains on "name of the … deputy DG" when the one with that office is not named', () => {
    expect(ask('name of the viet MOFA deputy DG for northeast asia at the handover?')).toBeNull();
  });
});

describe('a weak match in another release', () => {
  it('abstains when one release speaks of the question far better and names no one, and another names someone for a looser match', () => {
    const briefing = parseReleaseText(page('ROK Assumes Security Council Presidency', '2024-06-01', [
      'The Republic of Korea took over the rotating presidency of the UN Security Council on June 1.',
      'In addition, on June 12 the Council will hold an open briefing on the human rights situation in the DPRK, which the ROK requested together with the United States and Japan.',
    ]), { id: 'test-weak-a' });
    const debate = parseReleaseText(page('Council Holds Open Debate on Civilians', '2013-02-13', [
      'The open debate on February 12 was briefed by UN High Commissioner for Human Rights Navi Pillay.',
      'The ROK also condemned the DPRK nuclear test of the same day.',
    ]), { id: 'test-weak-b' });
    const engine = createEngine({ index: buildFactIndex([briefing, debate]) });
    const r = engine.ask('who briefed the council at the june 12 DPRK human rights meeting');
    expect(r.kind).not.toBe('answer');
    const r2 = engine.ask('who briefed the open debate on february 12');
    expect(r2.kind === 'answer' ? r2.answer : null).toBe('Navi Pillay');
  });
});

describe('a weak match far down the same release', () => {
  it('abstains when the sentence about the thing asked gives no figure and a sentence far from it gives another event\'s', () => {
    const rel = parseReleaseText(rawPage('Vice Minister Lee Visits Peru', '2024-05-12', [
      '1. Second Vice Minister of Foreign Affairs Lee Min-ho led the Korean delegation to the 3rd Water Security Agenda Ministerial Meeting, held in Lima, Peru, on May 10 and 11, which brought together ministers and officials of member countries and international organizations.',
      '2. The delegation included officials from the Ministry of Environment and the Korea Water Resources Corporation.',
      '3. Vice Minister Lee said that the ROK would share its experience in water management.',
      '4. He also met Peruvian Vice Minister Ana Torres on the sidelines.',
      '5. The Agenda was launched at a ministerial meeting in March 2016 with the participation of 31 countries to strengthen global capacities against water crises.',
    ]), { id: 'test-weak-same' });
    const ask = asker(rel);
    expect(ask('how many countries were represented at the water security ministerial in lima')).toBeNull();
    expect(ask('how many countries took part when the agenda was launched in march 2016')).toBe('31');
  });
});

describe('a relation dated by "which date from"', () => {
  it('dates diplomatic relations an anniversary is of by the date they "date from"', () => {
    const rel = parseReleaseText(page('Foreign Ministers of Korea and Chile Hold Talks', '2022-04-18', [
      'Minister of Foreign Affairs Chung Eui-yong held talks with Minister of Foreign Affairs of Chile Antonia Rojas in Seoul on April 18.',
      'The talks took place in the year of the 60th anniversary of the establishment of diplomatic relations between the two countries, which date from April 18, 1962.',
    ]), { id: 'test-date-from' });
    expect(asker(rel)('when were korea-chile diplomatic relations established?')).toMatch(/April 18, 1962|^1962$/);
  });
});

describe('a name by its appositive', () => {
  it('answers "the name of the SKO-Ford battery JV" with the name an appositive calls a joint venture, not the partners the question names', () => {
    const rel = parseReleaseText(page('Korea-US Business Forum Held in Detroit', '2024-09-10', [
      'The forum heard from BlueOval Power, a joint venture of SK On and Ford, which completed the Glendale Battery Park in Kentucky in 2024.',
      'Some 200 business leaders took part.',
    ]), { id: 'test-jv-appositive' });
    expect(asker(rel)('what\'s the name of the SKO-ford battery JV in kentucky')).toBe('BlueOval Power');
    expect(analyzeQuestion('what\'s the name of the SKO-ford battery JV in kentucky').head).toBe('venture');
    const index = buildFactIndex([rel]);
    const fact = index.facts.find((f) => f.text.includes('BlueOval'))!;
    expect(spanCandidates(analyzeQuestion('what\'s the name of the SKO-ford battery JV in kentucky'), fact, index.byRelease.get(fact.release)).map((c) => c.text)).not.toContain('SK On and Ford');
  });
});

describe('when: the years of figures a change runs between', () => {
  it('does not date an act by the year of a figure ("grew from 50,000 in 2010 … to 300,000 in 2019")', () => {
    const rel = parseReleaseText(page('Korea and Chile Hold Consular Talks', '2019-11-14', [
      'The number of Korean visitors to Chile grew from about 50,000 in 2010, the year before Korea joined the Chilean e-visa scheme, to 300,000 in 2019.',
      'The two sides marked the 8th anniversary of Korea\'s entry into the e-visa scheme on March 2, 2011.',
    ]), { id: 'test-figure-years' });
    const ask = asker(rel);
    expect(ask('when did korea join the chilean e-visa scheme')).not.toBe('2019');
    expect(ask('when did korea join the chilean e-visa scheme')).not.toBe('2010');
    expect(ask('how many korean visitors went to chile in 2019')).toMatch(/300,000/);
  });
});

describe('when: a speech is an act of one day', () => {
  it('dates the speech by its day, not by the days of the visit it was given on', () => {
    const rel = parseReleaseText(page('Vice Minister Attends Human Rights Council Session', '2023-02-28', [
      'First Vice Minister Lee Ji-won visited Geneva, Switzerland, from February 26 to 28 to attend the High-Level Segment of the 52nd session of the UN Human Rights Council.',
      'In her keynote speech to the Human Rights Council delivered on February 27, Vice Minister Lee said that the ROK would keep working for the universal values of human rights.',
    ]), { id: 'test-speech-day' });
    expect(asker(rel)('when did vice FM lee ji-won give her speech at the HRC')).toMatch(/^February 27/);
  });
});

describe('a figure of the year it is for', () => {
  it('does not give the figure "for 2024 … over 2022" as the figure of 2022', () => {
    const rel = parseReleaseText(page('Korea and Japan Sign Cost-Sharing Arrangement', '2023-11-20', [
      'Under the new arrangement, the ROK\'s contribution for 2024 rises by 6.5 percent over 2022 to 52.4 billion won, and the arrangement will remain in effect for five years.',
      'The two sides will review it in 2026.',
    ]), { id: 'test-figure-for-year' });
    expect(asker(rel)('what was korea\'s contribution in 2022 in won')).toBeNull();
  });
});

describe('when: the next one', () => {
  it('abstains on "when will they meet next" when the only date is of the meeting that has happened', () => {
    const rel = parseReleaseText(page('Special Representatives of Korea and China Meet', '2024-04-14', [
      'Special Representative for Korean Peninsula Peace Affairs Han Min-ho visited Beijing from April 11 to 13 and held consultations with Chinese Special Representative Zhao Lin, and the two agreed to meet again in Seoul.',
      'The two sides discussed the North Korean nuclear issue and ways to resume the talks.',
    ]), { id: 'test-next-undated' });
    const ask = asker(rel);
    expect(ask('when exactly will han and zhao meet next in seoul?')).toBeNull();
    expect(ask('when did han visit beijing')).toMatch(/April 11/);
  });
});
