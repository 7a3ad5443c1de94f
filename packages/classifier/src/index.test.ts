import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from './cli/load-model.ts';
import { CATEGORIES, createClassifier, PHASES } from './index.ts';

const fixtures = readFileSync(new URL('../test-fixtures/school-comments.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string; labels: string[]; target?: string; kind?: string });

describe('the classifier as a whole', () => {
  const classifier = createClassifier({ model: loadDefaultModel() });
  const categories = (text: string) => classifier.classify(text).map((l) => l.category);

  it('runs the phases in the documented order', () => {
    expect(PHASES.map((p) => p.name)).toEqual([
      'normalise', 'personal-data', 'lexicon', 'identity-attack', 'threat', 'commerce', 'complaint-incident', 'model-scores', 'context', 'policy',
    ]); // prettier-ignore
  });

  it.each(CATEGORIES)('recognises at least one school comment of category %s', (category) => {
    const examples = fixtures.filter((f) => f.labels.includes(category));
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.some((f) => categories(f.text).includes(category))).toBe(true);
  });

  it('leaves most friendly comments and hard negatives unlabelled', () => {
    const negatives = fixtures.filter((f) => f.labels.length === 0);
    const clean = negatives.filter((f) => categories(f.text).length === 0);
    expect(clean.length / negatives.length).toBeGreaterThanOrEqual(0.8);
  });

  describe('the weak kinds of issue 17, in UK school wording (fixtures gen3-*)', () => {
    const byId = (id: string) => fixtures.find((f) => f.id === id) as (typeof fixtures)[number];
    const ids = (kind: string) => fixtures.filter((f) => f.id.startsWith(`gen3-${kind}-`)).map((f) => f.id);

    it.each(ids('fine'))('leaves the friendly counterpart %s unlabelled', (id) => {
      expect(categories(byId(id).text)).toEqual([]);
    });

    it.each(ids('spam'))('calls the text-message or e-mail scam %s spam', (id) => {
      expect(categories(byId(id).text)).toContain('spam');
    });

    it.each(['gen3-abuse-01', 'gen3-abuse-02', 'gen3-abuse-03'])('sees through the misspelt insult %s', (id) => {
      expect(categories(byId(id).text)).toContain('abuse');
    });

    it.each(['gen3-hate-01', 'gen3-hate-02', 'gen3-hate-03'])('finds implicit or negated derogation %s', (id) => {
      const hate = classifier.classify(byId(id).text).find((l) => l.category === 'hate');
      expect(hate?.target).toBe(byId(id).target);
    });

    it('gets at least 14 of the 20 exactly right (known misses: MODEL_CARD.md)', () => {
      const rows = fixtures.filter((f) => f.id.startsWith('gen3-'));
      expect(rows).toHaveLength(20);
      const exact = rows.filter((f) => {
        const got = new Set(categories(f.text));
        return got.size === f.labels.length && f.labels.every((c) => got.has(c as never));
      });
      expect(exact.length).toBeGreaterThanOrEqual(14);
    });
  });

  it('gives hate a protected target and personal data a kind', () => {
    const hate = classifier.classify('Muslims are vermin').find((l) => l.category === 'hate');
    expect(hate?.target).toBe('religion');
    const phone = classifier.classify('ring 07700 900461').find((l) => l.category === 'personal_data');
    expect(phone).toMatchObject({ kind: 'phone', evidence: 'phone number "07700 900461"' });
  });

  it.each([
    ['counter-speech', 'Saying "immigrants are vermin" is racist, no place for it here'],
    ['negation', "Trans people are not a threat, I don't hate anyone"],
    ['sports day idiom', 'Year 6 were killing it on sports day!'],
    ['neutral identity word', 'Our gay and trans pupils are valued here'],
    ['reclaimed word', "I'm proud to be queer"],
  ])('does not call %s hate or a threat', (_, text) => {
    const found = categories(text);
    expect(found).not.toContain('hate');
    expect(found).not.toContain('threat');
  });

  it('sees through obfuscated spellings', () => {
    expect(categories('f*ck you')).toContain('abuse');
    expect(categories('you id10t')).toContain('abuse');
  });

  it('uses the roster to find a pupil', () => {
    const withRoster = createClassifier({
      model: loadDefaultModel(),
      roster: [{ name: 'Amelia Okafor', role: 'pupil' }],
    });
    expect(withRoster.classify('Amelia Okafor has ADHD').map((l) => l.kind)).toEqual(['name', 'circumstances']);
  });

  it('explains every category when asked, scores within [0, 1]', () => {
    const labels = classifier.classify('hello', { explain: true });
    expect(labels.map((l) => l.category).sort()).toEqual([...CATEGORIES].sort());
    expect(labels.every((l) => l.score >= 0 && l.score <= 1 && l.evidence.length > 0)).toBe(true);
  });

  it('copes with empty, huge, emoji and non-English text', () => {
    expect(classifier.classify('')).toEqual([]);
    expect(classifier.classify('😀🎉🙏')).toEqual([]);
    expect(classifier.classify('これは学校についてのコメントです')).toEqual([]);
    expect(() => classifier.classify('word '.repeat(200_000))).not.toThrow();
  });

  it('works without a model, on rules alone', () => {
    expect(
      createClassifier()
        .classify('F*ck you, ring me on 07700 900461')
        .map((l) => l.category),
    ).toEqual(['abuse', 'personal_data']);
  });
});
