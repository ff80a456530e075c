// A named import from package.json: Vite bundles only this one value, so the version has one source of truth
// (Electron's app.getVersion() reads the same field).
import { version } from '../../package.json';

export const APP_NAME = 'Bedside eCRF';
export const APP_VERSION: string = version;
