/**
 * unknown → Result<Protocol, Issue[]>. Structure first (zod), then references, catalogue items, rules
 * and visit order, all collected so an editor sees every problem at once. Never throws: a hostile
 * input or a bug in a check becomes an issue at $.
 */
import { fail, ok, type Issue, type Result } from '../lib/result';
import type { ProtocolCatalogue } from './catalogue-view';
import { checkItems } from './check-items';
import { checkReferences } from './check-references';
import { checkRules } from './check-rules';
import { checkVisitOrder } from './check-visit-order';
import { collectIssues } from './issue-collector';
import { ProtocolDefinition, type Protocol } from './schema';
import { issuesFromZod } from './zod-issues';

/** Every issue found, errors and warnings; the protocol only when there is no error. */
export interface ProtocolInspection {
  readonly protocol: Protocol | undefined;
  readonly issues: readonly Issue[];
}

const internal = (error: unknown): Issue => ({
  path: [],
  message: `the protocol could not be checked: ${error instanceof Error ? error.message : String(error)}`,
  severity: 'error',
});

/** Checks a protocol whose structure is already valid; returns every error and warning. */
export function checkProtocol(protocol: Protocol, catalogue: ProtocolCatalogue): Issue[] {
  const issues = collectIssues();
  checkReferences(protocol, issues);
  checkItems(protocol, catalogue, issues);
  checkRules(protocol, catalogue, issues);
  checkVisitOrder(protocol, issues);
  return issues.issues();
}

/** For tools that show warnings too (the `ecrf protocol check` command, an import dialog). */
export function inspectProtocol(json: unknown, catalogue: ProtocolCatalogue): ProtocolInspection {
  try {
    const parsed = ProtocolDefinition.safeParse(json);
    if (!parsed.success) return { protocol: undefined, issues: issuesFromZod(parsed.error) };
    const issues = checkProtocol(parsed.data, catalogue);
    const hasError = issues.some((issue) => issue.severity === 'error');
    return { protocol: hasError ? undefined : parsed.data, issues };
  } catch (error) {
    return { protocol: undefined, issues: [internal(error)] };
  }
}

/** The protocol, or every issue (errors and warnings) when at least one is an error. */
export function parseProtocol(json: unknown, catalogue: ProtocolCatalogue): Result<Protocol, Issue[]> {
  const { protocol, issues } = inspectProtocol(json, catalogue);
  return protocol === undefined ? fail([...issues]) : ok(protocol);
}
