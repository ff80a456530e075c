import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge } from '../../../renderer/platform/web';

afterEach(() => {
  vi.restoreAllMocks();
});

const bridge = () => createWebBridge({ databaseName: 'ecrf-web-platform-test-files', indexedDB });

describe('web platform: files and printing', () => {
  it('saveFile downloads the bytes under the suggested name', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    const result = await bridge().saveFile({ suggestedName: 'site-01.ecrf.zip', bytes: new Uint8Array([1, 2, 3]) });

    expect(result).toEqual({ saved: true, location: 'downloads/site-01.ecrf.zip' });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('site-01.ecrf.zip');
    expect(clicked[0]?.href).toBe('blob:test/1');
    expect(clicked[0]?.isConnected).toBe(false);
    expect(new Uint8Array(await created[0]!.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('saveFile refuses a name with a folder in it', async () => {
    await expect(bridge().saveFile({ suggestedName: 'a/b.zip', bytes: new Uint8Array() })).rejects.toThrow();
  });

  function interceptFileInput(): Promise<HTMLInputElement> {
    return new Promise((resolve) => {
      vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
        resolve(this);
      });
    });
  }

  it('openFile resolves { opened: false } when the picker is cancelled, and cleans up', async () => {
    const input = interceptFileInput();
    const opening = bridge().openFile({ filters: [{ name: 'CRF bundle', extensions: ['zip', 'JSON'] }] });
    const el = await input;
    expect(el.type).toBe('file');
    expect(el.accept).toBe('.zip,.json');
    el.dispatchEvent(new Event('cancel'));
    expect(await opening).toEqual({ opened: false });
    expect(el.isConnected).toBe(false);
  });

  it('openFile resolves the chosen file’s name and bytes', async () => {
    const input = interceptFileInput();
    const opening = bridge().openFile({});
    const el = await input;
    const file = new File([new Uint8Array([9, 8, 7])], 'bundle.zip');
    Object.defineProperty(el, 'files', { value: [file] });
    el.dispatchEvent(new Event('change'));
    const result = await opening;
    expect(result.opened).toBe(true);
    if (result.opened) {
      expect(result.name).toBe('bundle.zip');
      expect([...result.bytes]).toEqual([9, 8, 7]);
    }
  });

  it('printToPdf opens the print dialog with the suggested name as the title, then restores it', async () => {
    document.title = 'Subject S-001 · Bedside eCRF';
    const titles: string[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => {
      titles.push(document.title);
    });
    expect(await bridge().printToPdf({ suggestedName: 'casebook-S-001.pdf' })).toEqual({ saved: false });
    expect(titles).toEqual(['casebook-S-001']);
    expect(document.title).toBe('Subject S-001 · Bedside eCRF');
  });
});
