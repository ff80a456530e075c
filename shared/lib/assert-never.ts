/** Ends a switch over a union so a new member becomes a compile error instead of a silent fall-through. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
