/**
 * The Content-Security-Policy sent with every app:// response (renderer/index.html carries the same policy
 * in a meta tag for the browser build). No remote origin anywhere: the app works offline and must not
 * be able to send trial data elsewhere even if script injection ever succeeded.
 * `frame-ancestors` and `form-action` only work as a header, hence their extra presence here.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
  'frame-ancestors': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, value]) => `${directive} ${value}`)
  .join('; ');
