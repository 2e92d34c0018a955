/** The question engine: analysis of questions, answers with their sources, abstention on near misses, bad input, and a corpus regression guard. */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineOver, holds, precise, scoreSet, type SetScore } from '../../bench/score.js';
import { analyzeQuestion } from '../../src/qa/analyze.js';
import type { AnswerReply, Reply } from '../../src/reply.js';
import { synonymsOf, terms } from '../../src/search/terms.js';
import { CORPUS, DATA_RELEASES } from './paths.js';

const KZ_QUESTION = 'when did ROK–Kazakhstan strategic partnership start?';

/** [question, expected answer type] */
const ANSWER_TYPES: Array<[string, string]> = [
  [KZ_QUESTION, 'when'],
  ['In what year did Korea and Uzbekistan establish diplomatic relations?', 'when'],
  ['Who is the Executive Secretary of Kazakhstan?', 'who'],
  ['with whom did Deputy Minister Yoon meet?', 'who'],
  ['Where was the 17th ROK-Russia policy consultation held?', 'where'],
  ['How many weekly flights does Ethiopian Airlines run to Incheon?', 'number'],
  ['How much aid did Korea give Haiti?', 'number'],
  ['What project were Korean companies selected for in early 2018?', 'thing'],
];

/** [question, country codes it names other than the ROK] */
const COUNTRY_SLOTS: Array<[string, string[]]> = [
  ['When did ROK–Kazakhstan strategic partnership start?', ['KAZ']],
  ['when did Korea & Kazakhstan forge a strategic partnership', ['KAZ']],
  ['When did S. Korea and Kazakhstan become strategic partners?', ['KAZ']],
  ['when did the Kazakh side and Korea forge ties?', ['KAZ']],
  ['Did Uzbek and Kyrgyz officials meet in Seoul?', ['UZB', 'KGZ']],
  ['What did Manila and Seoul agree?', ['PHL']],
];

/** Corpus questions any sound engine answers: [question, accepted answers, release that states it]. */
const CORPUS_CASES: Array<[string, string[], string]> = [
  ["who's the Kyrgyz FM that Yun met at the 69th UNGA?", ['Yerlan Abdyldaev', 'Abdyldaev'], 'mofa-314304'],
  ['Which Uzbek FM met Chung Eui-yong on July 30?', ['Abdulaziz Kamilov', 'Kamilov'], 'mofa-320649'],
  ['who led Kazakhstan at the 10th ROK–Kazakhstan policy consultation?', ['Nuryshev Shakhrat', 'Nuryshev'], 'mofa-320955'],
  ['how many weekly flights does Ethiopian Airlines run between Addis Ababa and Incheon?', ['four', '4'], 'mofa-312440'],
  ['how much humanitarian aid did korea pledge to ukraine in feb 2022?', ['US$10 million', '10 million'], 'mofa-322004'],
  ["korea's Q3 2020 growth rate quarter on quarter?", ['1.9%'], 'mofa-321318'],
  ['where did the 13th MIKTA FMM take place', ['New York'], 'mofa-320106'],
  ['Where did Moon and Putin hold summit talks in July 2017?', ['Hamburg'], 'mofa-319484'],
  ['where was the 17th korea russia policy consultation held', ['Seoul'], 'mofa-319484'],
];

/** Inputs that are not questions: each gets an error TextReply, never an exception. */
const BAD_INPUTS: Array<[string, string]> = [
  ['an empty string', ''],
  ['blanks only', '   '],
  ['a NUL and a zero-width space', '\u0000\u200b'],
  ['emoji only', '😀🙏🏽'],
  ['a flag pair', '🇰🇷🇰🇿'],
  ['a 5,000-character question', `when did ${'very '.repeat(998)}long ties start?`],
  ['5,000 letters', 'x'.repeat(5000)],
];


function answerOf(reply: Reply): AnswerReply {
  if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}: ${JSON.stringify(reply).slice(0, 300)}`);
  return reply;
}


describe('question analysis', () => {
  it.each(ANSWER_TYPES)('reads "%s" as a %s question', (q, type) => {
    expect(analyzeQuestion(q).type).toBe(type);
  });

  it.each(COUNTRY_SLOTS)('finds the countries of "%s" in any spelling, the ROK left out', (q, codes) => {
    expect([...analyzeQuestion(q).countries].sort()).toEqual([...codes].sort());
  });

  it('reads ordinals written as "10th" and as "fifth"', () => {
    expect(analyzeQuestion('Where was the 10th policy consultation held?').ordinals).toContain(10);
    expect(analyzeQuestion('Where was the fifth MIKTA meeting held?').ordinals).toContain(5);
  });

  it('tells a strategic partnership from diplomatic relations', () => {
    const sp = analyzeQuestion('When did ROK and Uzbekistan forge a strategic partnership?');
    expect(sp.relations).toContain('strategic_partnership');
    expect(sp.relations).not.toContain('diplomatic_relations');
    const dr = analyzeQuestion('When did Korea and Uzbekistan establish diplomatic relations?');
    expect(dr.relations).toContain('diplomatic_relations');
    expect(dr.relations).not.toContain('strategic_partnership');
  });

  it('reads a country name typed one letter off ("uzbekstan", "kuwiat"), but not an adjective ("Antarctic")', () => {
    expect(analyzeQuestion('2023 ODA to uzbekstan amount').countries).toContain('UZB');
    expect(analyzeQuestion('which border crossing is kuwiat facilitating').countries).toContain('KWT');
    expect(analyzeQuestion('where is the planned Korea-Chile Antarctic Cooperation Center').countries).not.toContain('ATA');
  });

  it('types questions without a question word by their head noun', () => {
    expect(analyzeQuestion("choi's dates in sweden").type).toBe('when');
    expect(analyzeQuestion('hrc term korea got elected for?').type).toBe('when');
    expect(analyzeQuestion('osce asian conf 2023 theme').head).toBe('theme');
    expect(analyzeQuestion('ROK-Poland bilateral trade in 2023?').type).toBe('number');
    expect(analyzeQuestion('ethiopian official that VFM yoon conveyed the aid decision to').type).toBe('who');
  });

  it('reads "set up ties" as establishing diplomatic relations', () => {
    expect(analyzeQuestion('When did Korea and Uzbekistan set up ties?').relations).toContain('diplomatic_relations');
  });

  it('reads a synonym phrase whole: "took part" is attending, but "take" or "conference" alone is no synonym', () => {
    const [take, attend, conference, online, rate, growth] = ['take', 'attend', 'conference', 'online', 'rate', 'growth'].map((w) => terms(w)[0]!);
    expect(synonymsOf(take!)).not.toContain(attend);
    expect(synonymsOf(conference!)).not.toContain(online);
    expect(synonymsOf(rate!)).not.toContain(growth);
    // the fact's phrase still answers the group's word (as one term of its own), and the question's phrase is read as the group's word
    expect(synonymsOf(attend!)).toContain('took_part');
    expect(synonymsOf(attend!)).not.toContain(take);
    expect(terms('Delegations from 12 countries took part.')).toContain('took_part');
    expect(analyzeQuestion('Did the envoy take part in the forum?').terms).toContain(attend);
    expect(analyzeQuestion('when did the plane touch down in Seongnam').terms).toContain(terms('land')[0]);
    expect(analyzeQuestion('What is the interest rate on the loan?').terms).not.toContain(growth);
  });

  it('reads a hyphenated phrase whole ("one-on-one" is a meeting) and keeps its numbers out of the group ("three-way" is not "3")', () => {
    expect(analyzeQuestion('When did Lee have his one-on-one with the Japanese DG?').terms).toContain(terms('meet')[0]);
    expect(synonymsOf(terms('trilateral')[0]!)).not.toContain('3');
    expect(synonymsOf(terms('crypto')[0]!)).toContain('virtual_asset');
    expect(synonymsOf(terms('crypto')[0]!)).not.toContain(terms('assets')[0]);
  });

  it('expands the abbreviation "FM" to foreign minister and keeps the word itself', () => {
    const a = analyzeQuestion('Who did the Kazakh FM meet?');
    expect(a.text).toMatch(/\bFM\b/);
    expect(a.text.toLowerCase()).toContain('foreign minister');
    expect(a.alternatives.get('fm')?.length ?? 0).toBeGreaterThan(0);
    expect(a.type).toBe('who');
  });

  it('reads a year the question limits to', () => {
    const a = analyzeQuestion('who did the Kazakh FM meet in 2018?');
    expect(a.dates.map((d) => d.value.slice(0, 4))).toContain('2018');
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => { analyzeQuestion(s); }), { numRuns: 300 });
  });
});

describe('answering over the bundled release', () => {
  const engine = engineOver([DATA_RELEASES]);

  it('answers "when did ROK–Kazakhstan strategic partnership start?" with 2009, quoting the sentence and naming the release', () => {
    const r = answerOf(engine.ask(KZ_QUESTION));
    expect(r.answer).toBe('2009');
    expect(r.sources[0]!.release).toBe('seed-rok-kz-uz-2018');
    expect(r.sources[0]!.title).toMatch(/ROK-Kazakhstan and ROK-Uzbekistan Bilateral Vice Ministerial Meetings/);
    expect(r.sources[0]!.date).toBe('2018-11-06');
    expect(r.sources[0]!.quote).toContain('2009');
    expect(r.evidence).toBe(r.sources[0]!.quote);
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });

  it('says the release date was inferred when the page gives none', () => {
    const r = answerOf(engine.ask(KZ_QUESTION));
    expect(r.sources[0]!.dateSource).toBe('inferred');
    expect(r.notes.join(' ')).toMatch(/inferred/i);
  });

  it.each([
    'When did Korea and Kazakhstan forge their strategic partnership?',
    'what year did the Kazakh strategic partnership with the ROK start',
    'when did rok kazakstan strategic partnershp start',
    'when did ROK–Kazakhstan\u0000 strategic partnership start?',
  ])('answers 2009 to the paraphrase "%s"', (q) => {
    expect(answerOf(engine.ask(q)).answer).toBe('2009');
  });

  // Words typed in capitals are not read as names ("DID", "START" are in no release).
  it('answers 2009 when the question is typed in capitals', () => {
    expect(answerOf(engine.ask('WHEN DID ROK-KAZAKHSTAN STRATEGIC PARTNERSHIP START?')).answer).toBe('2009');
  });

  it('abstains for "When did ROK–Turkmenistan strategic partnership start?", offering at most three closest facts', () => {
    const r = engine.ask('When did ROK–Turkmenistan strategic partnership start?');
    expect(r.kind).toBe('abstention');
    if (r.kind !== 'abstention') return;
    expect(r.message).toMatch(/do not state|don't state|does not state/i);
    expect(r.closest.length).toBeLessThanOrEqual(3);
    for (const s of r.closest) expect(s.release).toBe('seed-rok-kz-uz-2018');
  });

  it('does not answer 2009 to "When did Korea and Kazakhstan establish diplomatic relations?"', () => {
    const r = engine.ask('When did Korea and Kazakhstan establish diplomatic relations?');
    expect(r.kind === 'answer' ? r.answer : null).not.toBe('2009');
  });

  // A relation is bound to the countries its own sentence (or paragraph lead) names, not to the whole release.
  it('abstains for "When did ROK and Uzbekistan forge a strategic partnership?" (only diplomatic relations, 1992, are stated for Uzbekistan)', () => {
    expect(engine.ask('When did ROK and Uzbekistan forge a strategic partnership?').kind).toBe('abstention');
  });

  it('abstains for "When did Korea and Kazakhstan establish diplomatic relations?" (only Uzbekistan\'s year is stated)', () => {
    expect(engine.ask('When did Korea and Kazakhstan establish diplomatic relations?').kind).toBe('abstention');
  });

  // "strategic partners" in the Uzbekistan sentence must not lend its diplomatic-relations year to a Kazakhstan question.
  it('never gives Uzbekistan\'s 1992 to "since when are S. Korea and Kazakhstan strategic partners?"', () => {
    const r = engine.ask('since when are S. Korea and Kazakhstan strategic partners?');
    expect(r.kind === 'answer' ? r.answer : null).not.toBe('1992');
  });

  it('answers 1992 for the year Korea and Uzbekistan established diplomatic relations', () => {
    const r = answerOf(engine.ask('When did ROK and Uzbekistan establish diplomatic relations?'));
    expect(r.answer).toBe('1992');
    expect(r.sources[0]!.quote).toContain('1992');
  });

  it('names "Yermek Kosherbayev" as the Executive Secretary of Kazakhstan, as of the release date', () => {
    const r = answerOf(engine.ask('Who is the Executive Secretary of Kazakhstan?'));
    expect(r.answer).toContain('Kosherbayev');
    expect(r.answer.length).toBeLessThan(40);
    expect(r.asOf).toBe('2018-11-06');
  });

  it('answers "November 2017" for President Mirziyoyev\'s state visit, at the precision the text gives', () => {
    expect(answerOf(engine.ask('When did Mirziyoyev make a state visit to the ROK?')).answer).toBe('November 2017');
  });

  it('answers "early 2018" for when Korean companies were selected for the Big Almaty Ring Road project', () => {
    expect(answerOf(engine.ask('When were Korean companies selected for the Big Almaty Ring Road project?')).answer).toBe('early 2018');
  });

  it('abstains when the question limits to a year the release does not fit', () => {
    expect(engine.ask('When did ROK-Kazakhstan strategic partnership start in 2015?').kind).toBe('abstention');
  });

  it.each(BAD_INPUTS)('replies to %s with an error message, without throwing', (_name, input) => {
    const r = engine.ask(input);
    expect(r.kind).toBe('text');
    if (r.kind === 'text') {
      expect(r.tone).toBe('error');
      expect(r.text.length).toBeGreaterThan(10);
    }
  });

  it('never throws, and always returns a known kind of reply, on arbitrary input', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 60 })), (s) => {
      const r = engine.ask(s);
      expect(['answer', 'abstention', 'conflict', 'text', 'list']).toContain(r.kind);
    }), { numRuns: 200 });
  });
});

describe('answering over the development corpus', () => {
  const engine = engineOver([CORPUS, DATA_RELEASES]);

  it.each(CORPUS_CASES)('answers "%s" with %j from its release', (q, accepted, release) => {
    const r = answerOf(engine.ask(q));
    expect(precise(r.answer, accepted), `answer "${r.answer}"`).toBe(true);
    expect(r.sources[0]!.release).toBe(release);
    expect(holds(r.sources[0]!.quote, accepted)).toBe(true);
  });

  it('keeps answering the bundled question (2009) when the corpus is indexed too', () => {
    const r = answerOf(engine.ask(KZ_QUESTION));
    expect(r.answer).toBe('2009');
  });

  it('abstains for a country pair no release speaks of', () => {
    expect(engine.ask('When did ROK–Turkmenistan strategic partnership start?').kind).toBe('abstention');
  });
});

/** Scores the engine on a folder of releases and its question sets (bench/score.ts), without the per-question results. */
function score(dir: string): Omit<SetScore, 'results'> {
  const { results: _results, ...report } = scoreSet(dir);
  return report;
}

describe('the question sets (regression guards)', () => {
  it('meets the bar of the development corpus: accuracy ≥ 90%, wrong ≤ 3%, abstains ≥ 90% on unanswerable, cites the right release ≥ 95%', () => {
    const report = score(CORPUS);
    console.info(`corpus regression guard: ${JSON.stringify(report)}`);
    expect(report.questions).toBeGreaterThan(150);
    expect(report.accuracy, JSON.stringify(report)).toBeGreaterThanOrEqual(90);
    expect(report.wrong, JSON.stringify(report)).toBeLessThanOrEqual(3);
    expect(report.abstainedOnUnanswerable, JSON.stringify(report)).toBeGreaterThanOrEqual(90);
    expect(report.citation, JSON.stringify(report)).toBeGreaterThanOrEqual(95);
  });

  // sets of invented releases and questions written for the project by people who had not seen the engine
  // (test/fixtures/written-*); the engine was then improved on their misses, so they now guard against regressions.
  // The bars are what each set scored when it was added, less a margin.
  it.each([
    ['written-a', 90, 4, 85],
    ['written-b', 88, 5, 80],
    ['written-c', 85, 6, 65],
    ['written-d', 85, 8, 50],
    ['written-e', 83, 6, 70],
    ['written-f', 78, 13, 75],
    ['written-g', 82, 10, 65],
    ['written-h', 80, 11, 90],
    ['written-i', 84, 7, 80],
    ['written-j', 63, 11, 90],
    ['written-k', 68, 17, 80],
    ['written-l', 55, 26, 75],
    ['written-m', 65, 11, 70],
    ['written-n', 76, 11, 75],
    ['written-o', 70, 11, 85],
    ['written-p', 63, 11, 75],
    ['written-q', 72, 17, 55],
    ['written-r', 60, 24, 75],
    ['written-s', 60, 21, 80],
    ['written-t', 64, 13, 75],
    ['written-u', 67, 23, 62],
    ['written-v', 63, 19, 62],
    ['written-w', 53, 19, 80],
    ['written-x', 67, 21, 85],
    ['written-y', 65, 13, 70],
    ['written-z', 60, 27, 80],
    ['written-aa', 62, 15, 55],
    ['written-ab', 87, 6, 61],
    ['written-ac', 62, 25, 74],
    ['written-ad', 62, 17, 68],
    ['written-ae', 67, 11, 80],
    ['written-af', 69, 17, 74],
    ['written-ag', 62, 19, 80],
    ['written-ah', 54, 25, 86],
    ['written-ai', 72, 13, 79],
    ['written-aj', 69, 19, 61],
    ['written-ak', 75, 15, 86],
    ['written-al', 69, 13, 86],
    ['written-am', 75, 17, 86],
    ['written-an', 73, 15, 80],
    ['written-ao', 81, 13, 68],
    ['written-ap', 69, 19, 68],
    ['written-aq', 81, 13, 80],
    ['written-ar', 71, 11, 68],
    ['written-as', 73, 15, 68],
    ['written-at', 69, 21, 86],
    ['written-au', 77, 15, 86],
    ['written-av', 56, 19, 93],
    ['written-aw', 77, 17, 46],
    ['written-ax', 56, 13, 74],
    ['written-ay', 73, 15, 80],
    ['written-az', 73, 17, 80],
    ['written-ba', 73, 11, 74],
    ['written-bb', 60, 13, 80],
    ['written-bc', 75, 13, 86],
    ['written-bd', 60, 13, 80],
    ['written-be', 73, 17, 86],
    ['written-bf', 71, 15, 68],
    ['written-bg', 79, 10, 86],
    ['written-bh', 83, 10, 86],
    ['written-bi', 71, 16, 86],
    ['written-bj', 75, 8, 86],
    ['written-bk', 67, 12, 86],
    ['written-bl', 67, 14, 80],
    ['written-bm', 79, 6, 80],
    ['written-bn', 69, 6, 93],
    ['written-bo', 77, 12, 86],
    ['written-bp', 52, 12, 93],
    ['written-bq', 75, 10, 93],
    ['written-br', 73, 10, 68],
    ['written-bs', 69, 12, 80],
    ['written-bt', 79, 10, 68],
    ['written-bu', 79, 6, 74],
    ['written-bv', 69, 6, 74],
    ['written-bw', 81, 6, 86],
    ['written-bx', 67, 12, 93],
    ['written-by', 69, 12, 86],
    ['written-bz', 77, 8, 93],
    ['written-ca', 71, 10, 93],
    ['written-cb', 69, 8, 93],
    ['written-cc', 73, 12, 74],
    ['written-cd', 79, 12, 86],
    ['written-ce', 79, 12, 80],
    ['written-cf', 79, 12, 80],
    ['written-cg', 54, 14, 93],
    ['written-ch', 81, 6, 93],
    ['written-ci', 89, 6, 93],
    ['written-cj', 79, 6, 93],
    ['written-ck', 77, 8, 80],
    ['written-cl', 83, 8, 93],
    ['written-cm', 83, 8, 93],
    ['written-cn', 81, 8, 93],
    ['written-co', 71, 12, 93],
    ['written-cp', 69, 14, 86],
    ['written-cq', 56, 16, 74],
    ['written-cr', 75, 10, 93],
    ['written-cs', 56, 14, 68],
    ['written-ct', 73, 8, 93],
    ['written-cu', 79, 6, 93],
    ['written-cv', 73, 8, 86],
    ['written-cw', 75, 10, 86],
    ['written-cx', 77, 8, 86],
    ['written-cy', 74, 8, 86],
    ['written-cz', 54, 23, 68],
    ['written-da', 73, 6, 80],
    ['written-db', 81, 10, 93],
    ['written-dc', 62, 18, 80],
    ['written-dd', 69, 16, 80],
    ['written-de', 69, 14, 68],
    ['written-df', 77, 6, 86],
    ['written-dg', 69, 13, 61],
    ['written-dh', 75, 11, 86],
    ['written-di', 73, 9, 80],
    ['written-dj', 73, 9, 80],
    ['written-dk', 67, 13, 86],
    ['written-dl', 72, 13, 68],
    ['written-dm', 71, 9, 93],
    ['written-dn', 71, 11, 73],
    ['written-do', 54, 15, 74],
    ['written-dp', 71, 15, 74],
    ['written-dq', 77, 9, 86],
    ['written-dr', 81, 9, 93],
    ['written-ds', 61, 23, 79],
    ['written-dt', 72, 12, 80],
    ['written-du', 62, 19, 68],
    ['written-dv', 73, 19, 93],
    ['written-dw', 67, 17, 86],
    ['written-dx', 50, 25, 86],
    ['written-dy', 77, 13, 86],
    ['written-dz', 71, 19, 74],
    ['written-ea', 67, 19, 80],
    ['written-eb', 75, 11, 93],
    ['written-ec', 67, 19, 86],
    ['written-ed', 69, 15, 86],
    ['written-ee', 60, 17, 93],
    ['written-ef', 75, 15, 80],
    ['written-eg', 71, 17, 86],
    ['written-eh', 69, 17, 74],
    ['written-ei', 64, 17, 80],
    ['written-ej', 67, 15, 80],
    ['written-ek', 64, 15, 55],
    ['written-el', 67, 23, 74],
    ['written-em', 64, 17, 61],
    ['written-en', 50, 23, 80],
    ['written-eo', 62, 19, 68],
    ['written-ep', 58, 23, 80],
    ['written-eq', 60, 25, 74],
    ['written-er', 75, 13, 86],
    ['written-es', 62, 21, 61],
    ['written-et', 67, 19, 74],
    ['written-eu', 69, 19, 61],
    ['written-ev', 60, 23, 80],
    ['written-ew', 54, 17, 86],
    ['written-ex', 64, 23, 61],
    ['written-ey', 69, 13, 80],
    ['written-ez', 73, 13, 68],
    ['written-fa', 62, 23, 61],
    ['written-fb', 69, 15, 68],
    ['written-fc', 54, 21, 55],
    ['written-fd', 60, 21, 74],
    ['written-fe', 67, 15, 61],
    ['written-ff', 56, 21, 86],
    ['written-fg', 54, 23, 74],
    ['written-fh', 46, 21, 49],
    ['written-fi', 67, 13, 49],
    ['written-fj', 56, 19, 74],
    ['written-fk', 64, 11, 80],
    ['written-fl', 54, 27, 68],
    ['written-fm', 71, 19, 80],
    ['written-fn', 77, 19, 55],
    ['written-fo', 50, 23, 68],
    ['written-fp', 58, 23, 68],
    ['written-fq', 56, 21, 55],
    ['written-fr', 50, 29, 61],
    ['written-fs', 56, 21, 61],
    ['written-ft', 81, 13, 61],
    ['written-fu', 62, 15, 80],
    ['written-fv', 50, 19, 68],
    ['written-fw', 75, 15, 43],
    ['written-fx', 56, 17, 74],
    ['written-fy', 64, 11, 74],
    ['written-fz', 58, 23, 74],
    ['written-ga', 64, 19, 61],
    ['written-gb', 67, 15, 74],
    ['written-gc', 52, 31, 80],
    ['written-gd', 71, 19, 61],
    ['written-ge', 58, 23, 74],
    ['written-gf', 71, 19, 80],
    ['written-gg', 64, 19, 68],
    ['written-gh', 64, 11, 80],
    ['written-gi', 48, 25, 86],
    ['written-gj', 75, 17, 74],
    ['written-gk', 58, 27, 68],
    ['written-gl', 73, 17, 74],
    ['written-gm', 50, 27, 49],
    ['written-gn', 60, 17, 74],
    ['written-go', 67, 23, 61],
    ['written-gp', 60, 27, 68],
    ['written-gq', 50, 25, 68],
    ['written-gr', 67, 13, 49],
    ['written-gs', 60, 21, 74],
    ['written-gt', 54, 25, 68],
    ['written-gu', 56, 19, 86],
    ['written-gv', 83, 11, 74],
    ['written-gw', 71, 9, 61],
    ['written-gx', 75, 13, 68],
    ['written-gy', 56, 17, 49],
    ['written-gz', 79, 11, 80],
    ['written-ha', 73, 15, 74],
    ['written-hb', 69, 13, 55],
    ['written-hc', 58, 11, 68],
    ['written-hd', 73, 15, 86],
    ['written-he', 64, 19, 74],
    ['written-hf', 71, 15, 74],
    ['written-hg', 54, 13, 74],
    ['written-hh', 73, 6, 86],
    ['written-hi', 62, 15, 68],
    ['written-hj', 69, 11, 80],
    ['written-hk', 71, 11, 74],
    ['written-hl', 54, 23, 68],
    ['written-hm', 71, 9, 74],
    ['written-hn', 67, 9, 61],
    ['written-ho', 77, 11, 74],
    ['written-hp', 58, 17, 55],
    ['written-hq', 67, 13, 74],
    ['written-hr', 62, 13, 49],
    ['written-hs', 56, 21, 68],
    ['written-ht', 64, 13, 80],
    ['written-hu', 69, 17, 68],
    ['written-hv', 56, 27, 68],
    ['written-hw', 64, 15, 80],
    ['written-hx', 69, 11, 80],
    ['written-hy', 81, 13, 74],
    ['written-hz', 64, 13, 61],
    ['written-ia', 73, 9, 74],
    ['written-ib', 67, 13, 68],
    ['written-ic', 62, 17, 55],
    ['written-id', 69, 17, 80],
    ['written-ie', 67, 11, 49],
    ['written-if', 58, 13, 86],
    ['written-ig', 67, 19, 74],
    ['written-ih', 75, 13, 55],
    ['written-ii', 73, 11, 80],
    ['written-ij', 64, 13, 86],
    ['written-ik', 69, 15, 61],
    ['written-il', 67, 17, 68],
    ['written-im', 75, 13, 74],
    ['written-in', 62, 19, 68],
    ['written-io', 67, 15, 61],
    ['written-ip', 73, 17, 68],
    ['written-iq', 69, 13, 74],
    ['written-ir', 73, 13, 80],
    ['written-is', 69, 13, 68],
    ['written-it', 77, 11, 68],
    ['written-iu', 62, 19, 68],
    ['written-iv', 73, 11, 49],
    ['written-iw', 56, 15, 49],
    ['written-ix', 71, 13, 93],
    ['written-iy', 64, 19, 68],
    ['written-iz', 58, 21, 55],
    ['written-ja', 67, 11, 68],
    ['written-jb', 73, 11, 93],
    ['written-jc', 67, 19, 68],
    ['written-jd', 73, 21, 55],
    ['written-je', 62, 27, 68],
    ['written-jf', 64, 23, 43],
    ['written-jg', 73, 21, 55],
    ['written-jh', 83, 11, 68],
    ['written-ji', 77, 9, 74],
    ['written-jj', 75, 11, 86],
    ['written-jk', 75, 19, 74],
    ['written-jl', 77, 11, 80],
    ['written-jm', 64, 15, 86],
    ['written-jn', 85, 11, 68],
    ['written-jo', 64, 23, 86],
    ['written-jp', 71, 19, 80],
    ['written-jq', 73, 17, 61],
    ['written-jr', 77, 9, 68],
    ['written-js', 62, 19, 68],
    ['written-jt', 81, 13, 80],
    ['written-ju', 67, 17, 74],
    ['written-jv', 75, 11, 74],
    ['written-jw', 77, 9, 74],
    ['written-jx', 64, 25, 74],
    ['written-jy', 81, 9, 68],
    ['written-jz', 67, 17, 93],
    ['written-ka', 54, 21, 68],
    ['written-kb', 77, 15, 55],
    ['written-kc', 69, 15, 55],
    ['written-kd', 75, 11, 68],
    ['written-ke', 79, 6, 80],
    ['written-kf', 75, 17, 80],
    ['written-kg', 73, 13, 68],
    ['written-kh', 73, 13, 80],
    ['written-ki', 69, 17, 74],
    ['written-kj', 79, 15, 68],
    ['written-kk', 67, 15, 74],
    ['written-kl', 73, 17, 74],
    ['written-km', 71, 9, 74],
    ['written-kn', 71, 9, 86],
    ['written-ko', 73, 11, 80],
    ['written-kp', 77, 6, 93],
    ['written-kq', 52, 11, 86],
    ['written-kr', 75, 13, 86],
    ['written-ks', 71, 13, 80],
    ['written-kt', 81, 13, 80],
    ['written-ku', 83, 9, 74],
    ['written-kv', 69, 13, 68],
    ['written-kw', 67, 17, 68],
    ['written-kx', 69, 15, 74],
    ['written-ky', 81, 9, 80],
    ['written-kz', 79, 11, 74],
    ['written-la', 79, 11, 74],
    ['written-lb', 79, 13, 61],
    ['written-lc', 71, 9, 74],
    ['written-ld', 69, 19, 68],
    ['written-le', 69, 13, 74],
    ['written-lf', 73, 9, 93],
    ['written-lg', 69, 11, 74],
    ['written-lh', 73, 9, 43],
    ['written-li', 81, 9, 80],
    ['written-lj', 60, 13, 74],
    ['written-lk', 77, 13, 93],
    ['written-ll', 77, 13, 61],
    ['written-lm', 60, 9, 86],
    ['written-ln', 81, 9, 68],
    ['written-lo', 79, 9, 80],
    ['written-lp', 81, 6, 80],
    ['written-lq', 81, 6, 93],
    ['written-lr', 79, 9, 55],
    ['written-ls', 71, 13, 80],
    ['written-lt', 77, 13, 80],
    ['written-lu', 81, 6, 74],
    ['written-lv', 77, 11, 80],
    ['written-lw', 79, 11, 74],
    ['written-lx', 62, 17, 86],
    ['written-ly', 77, 9, 74],
    ['written-lz', 77, 9, 68],
    ['written-ma', 77, 11, 80],
    ['written-mb', 75, 11, 74],
  ] as const)('keeps %s above %d percent accuracy, under %d percent wrong, and abstains on over %d percent of its unanswerable questions', (name, accuracy, wrong, abstained) => {
    const report = score(join(CORPUS, '..', name));
    console.info(`${name} regression guard: ${JSON.stringify(report)}`);
    expect(report.questions).toBeGreaterThanOrEqual(60);
    expect(report.accuracy, JSON.stringify(report)).toBeGreaterThan(accuracy);
    expect(report.wrong, JSON.stringify(report)).toBeLessThan(wrong);
    expect(report.abstainedOnUnanswerable, JSON.stringify(report)).toBeGreaterThan(abstained);
  });
});
