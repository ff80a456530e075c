/**
 * The layering rules of docs/ARCHITECTURE.md, checked by test/tooling/layering.test.ts on every `npm test`.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ imports nothing outside shared/ except zod and a short list of pure libraries (hashing, zip, CSV): no DOM, Node, Electron, React, Dexie.',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        pathNot: ['^shared/', '^node_modules/(zod|@noble/hashes|fflate|papaparse)/'],
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-not-electron',
      comment: 'The renderer reaches the OS through the platform bridge only.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^electron/', '^node_modules/electron/'] },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-not-renderer',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'preload-only-bridge',
      comment: 'preload imports only electron and the bridge contract (and what the contract needs).',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { pathNot: ['^electron/preload/', '^shared/bridge/', '^node_modules/(zod|electron)/', '^shared/lib/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'dexie-only-in-db',
      comment: 'Only renderer/db touches Dexie.',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '^renderer/db/' },
      to: { path: '^node_modules/dexie' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^out/', '^test/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
