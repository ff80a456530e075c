/**
 * A protocol's assumptions as a Markdown section: one row per distinct note, with every element it is
 * marked on. seeds/README.md embeds one section per seed; test/seeds keeps them equal to this output.
 */
import { groupAssumptions, type Protocol } from '../../shared/protocol';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function assumptionsMarkdown(p: Protocol): string {
  const groups = groupAssumptions(p);
  const header = [
    `### ${p.id} (registry ${p.registryId}, version ${p.version})`,
    '',
    `${p.title.en}`,
    '',
    `${groups.length} distinct assumptions, marked on ${groups.reduce((n, g) => n + g.where.length, 0)} elements.`,
    '',
    '| Flag | Assumption | Marked on |',
    '|---|---|---|',
  ];
  const rows = groups.map((g) => `| ${g.assumption.flag} | ${cell(g.assumption.en)} | ${cell(g.where.join('; '))} |`);
  return `${[...header, ...rows].join('\n')}\n`;
}
