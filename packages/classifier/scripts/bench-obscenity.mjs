// The word-list reference for `npm run bench:classifier`: obscenity's English matcher (its
// recommended dataset and transformers) over the same JSON Lines as `schoolgate classify`, one
// output line per input line with the words it matched. Plain JavaScript, so like the compiled
// classifier it starts without a TypeScript loader.
import { createInterface } from 'node:readline';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
let batch = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const { id, text } = JSON.parse(line);
  const words = matcher
    .getAllMatches(text)
    .map((m) => englishDataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord);
  batch.push(JSON.stringify({ id, labels: words.length ? [{ category: 'profanity', words }] : [] }));
  if (batch.length === 1000) {
    process.stdout.write(`${batch.join('\n')}\n`);
    batch = [];
  }
}
if (batch.length) process.stdout.write(`${batch.join('\n')}\n`);
