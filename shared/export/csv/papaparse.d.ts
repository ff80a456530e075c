/**
 * The one papaparse function the CSV writer uses, typed here instead of through @types/papaparse:
 * that package references Node's types, and importing it from shared/ would make Buffer, process
 * and the rest type-check in every pure module (shared/tsconfig.json has `types: []` to prevent
 * exactly that). The path is papaparse's own browser build, the file bundlers pick for the browser.
 */
declare module 'papaparse/papaparse.min.js' {
  interface UnparseConfig {
    readonly newline?: string;
    readonly header?: boolean;
    readonly quotes?: boolean;
    readonly escapeFormulae?: boolean | RegExp;
  }
  const Papa: {
    unparse(data: readonly (readonly string[])[], config?: UnparseConfig): string;
  };
  export default Papa;
}
