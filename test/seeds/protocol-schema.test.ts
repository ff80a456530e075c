import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { protocolJsonSchemaText } from '../../shared/protocol';
import { SEEDS_DIR } from './load-seeds';

describe('seeds/protocol.schema.json', () => {
  it('equals a fresh generation from the zod schema (regenerate: npm run -s ecrf -- protocol schema > seeds/protocol.schema.json)', () => {
    expect(readFileSync(join(SEEDS_DIR, 'protocol.schema.json'), 'utf8')).toBe(protocolJsonSchemaText());
  });

  it('describes the protocol: closed objects, required parts, the recursive rule', () => {
    const schema = JSON.parse(protocolJsonSchemaText()) as { required: string[]; additionalProperties: boolean; $defs: Record<string, unknown> };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'registryId', 'version', 'arms', 'stages', 'visits', 'forms', 'endpoints', 'eligibility']));
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Rule', 'Visit', 'Form', 'Criterion', 'Assumption', 'Bilingual']));
  });
});
