/**
 * A hand-written stand-in for the `electron` module (the binary cannot run here). Tests install it with
 * `vi.mock('electron', () => import('<relative>/mocks/electron'))` and drive it through the helpers at the
 * bottom. It models only what the app uses, with the same names and call shapes as Electron.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** An Electron-style event: `preventDefault()` records that the default action was cancelled. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, requestingOrigin: string) => boolean;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }
}

export class FakeWebFrame {
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null,
  ) {}
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly session = new FakeSession();
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  readonly printToPDF = vi.fn(async (_options: unknown): Promise<Uint8Array> => new TextEncoder().encode('%PDF-1.7 fake'));
  readonly mainFrame = new FakeWebFrame('about:blank');
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return false;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  visible = false;
  readonly loadURL = vi.fn(async (url: string): Promise<void> => {
    this.webContents.mainFrame.url = url;
  });
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    BrowserWindow.instances.push(this);
    // As in Electron: creating a window creates its webContents, which app listeners hear about.
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = true;
  hasLock = true;
  private ready!: () => void;
  private readyPromise = new Promise<void>((resolve) => (this.ready = resolve));
  private readonly paths = new Map<string, string>([['appData', '/fake/appData'], ['userData', '/fake/appData/bedside-ecrf']]);
  private name = 'bedside-ecrf';
  readonly quit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.hasLock);
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  /** Test helper: let `whenReady()` resolve. */
  becomeReady(): void {
    this.ready();
  }
  getPath(name: string): string {
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`fake app has no path ${name}`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): void {
    this.name = name;
  }
  getVersion(): string {
    return '0.1.0';
  }
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = true;
    this.hasLock = true;
    this.readyPromise = new Promise<void>((resolve) => (this.ready = resolve));
    this.paths.set('userData', '/fake/appData/bedside-ecrf');
    this.name = 'bedside-ecrf';
    this.quit.mockClear();
    this.enableSandbox.mockClear();
    this.requestSingleInstanceLock.mockClear();
  }
}

export const app = new FakeApp();

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Test helper: what `ipcRenderer.invoke` from `event.sender` would trigger in main. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (listener === undefined) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  }
}

export const ipcMain = new FakeIpcMain();

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    this.handlers.set(scheme, handler);
  },
};

export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

export const ipcRenderer = {
  invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
};

/** An IPC invoke event as main sees it from `contents`, sent by `frame` (its top frame by default). */
export function invokeEvent(contents: FakeWebContents, frame: FakeWebFrame | null = contents.mainFrame) {
  return { sender: contents, senderFrame: frame, frameId: 1, processId: 1, type: 'frame' as const };
}

/** Puts every fake back to its initial state; call in `beforeEach`. */
export function resetElectronMock(): void {
  app.reset();
  BrowserWindow.instances.length = 0;
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  protocol.registerSchemesAsPrivileged.mockClear();
  dialog.showSaveDialog.mockClear();
  dialog.showOpenDialog.mockClear();
  contextBridge.exposed.clear();
  ipcRenderer.invoke.mockClear();
}

export default { app, BrowserWindow, ipcMain, protocol, dialog, contextBridge, ipcRenderer };
