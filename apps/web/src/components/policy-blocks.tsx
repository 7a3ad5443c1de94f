// The policy's structured text (paragraphs, bulleted and numbered lists, sub-headings) with its bold and italic runs,
// as React elements: never injected HTML, so whatever a school writes shows as the words it typed.
import { List, Text, Title } from '@mantine/core';
import type { PolicyDocumentBlock, PolicyInlineRun } from '@schoolgate/contracts';
import { Fragment } from 'react';

function Runs({ runs, text }: { runs: readonly PolicyInlineRun[] | undefined; text: string }) {
  if (!runs) return <>{text}</>;
  return (
    <>
      {runs.map((run, index) => {
        let node = <>{run.text}</>;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <Fragment key={index}>{node}</Fragment>;
      })}
    </>
  );
}

/** `headingOrder`: the level of the document's section headings, so sub-headings sit one below them. */
export function PolicyBlocks({
  blocks,
  headingOrder = 3,
}: {
  blocks: readonly PolicyDocumentBlock[];
  headingOrder?: 2 | 3 | 4;
}) {
  return (
    <>
      {blocks.map((block, index) => {
        if (block.kind === 'subheading') {
          return (
            <Title key={index} order={(headingOrder + 1) as 3 | 4 | 5} size="h5">
              {block.text}
            </Title>
          );
        }
        if (block.kind === 'list') {
          return (
            <List key={index} spacing={4} type={block.ordered ? 'ordered' : 'unordered'}>
              {block.items.map((item, i) => (
                <List.Item key={i}>
                  <Runs runs={block.itemRuns?.[i]} text={item} />
                </List.Item>
              ))}
            </List>
          );
        }
        return (
          <Text key={index}>
            <Runs runs={block.runs} text={block.text} />
          </Text>
        );
      })}
    </>
  );
}
