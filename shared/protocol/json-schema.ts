/**
 * The JSON Schema of a protocol definition, generated from the zod schema (zod 4 `z.toJSONSchema`) and
 * shipped as seeds/protocol.schema.json for editor completion. Cross-references and catalogue checks
 * cannot be expressed in JSON Schema; `ecrf protocol check` reports those.
 * Regenerate: `npm run -s ecrf -- protocol schema > seeds/protocol.schema.json` (a test fails when stale).
 */
import { z } from 'zod';
import { ProtocolDefinition } from './schema';

export function protocolJsonSchema(): Record<string, unknown> {
  // io "input": the shape an author writes; "any" for zod refinements JSON Schema cannot express.
  return z.toJSONSchema(ProtocolDefinition, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
}

/** The exact text of seeds/protocol.schema.json. */
export function protocolJsonSchemaText(): string {
  return `${JSON.stringify(protocolJsonSchema(), null, 2)}\n`;
}
