import { OpenFileArgs, OpenFileResult, type CapabilityArgs, type CapabilityResult } from '../../../shared/bridge';

const acceptOf = (filters: readonly { extensions: readonly string[] }[]): string =>
  filters.flatMap((f) => f.extensions.map((ext) => `.${ext.toLowerCase()}`)).join(',');

/**
 * Lets the user pick one file with a file input. Resolves `{ opened: false }` when the picker is dismissed
 * (the input's `cancel` event) or nothing was chosen.
 */
export function pickFile(doc: Document, args: CapabilityArgs<'openFile'>): Promise<CapabilityResult<'openFile'>> {
  const { filters } = OpenFileArgs.parse(args);
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.hidden = true;
    const accept = acceptOf(filters);
    if (accept) input.accept = accept;

    const settle = (outcome: Promise<CapabilityResult<'openFile'>>) => {
      input.remove();
      outcome.then(resolve, reject);
    };
    input.addEventListener('cancel', () => settle(Promise.resolve({ opened: false })), { once: true });
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        if (!file) {
          settle(Promise.resolve({ opened: false }));
          return;
        }
        settle(
          file
            .arrayBuffer()
            .then((buffer) => OpenFileResult.parse({ opened: true, name: file.name, bytes: new Uint8Array(buffer) })),
        );
      },
      { once: true },
    );
    doc.body.append(input);
    input.click();
  });
}
