/**
 * The app's Content-Security-Policy, sent as a header by whatever serves the renderer (the
 * loopback host, Electron's app:// protocol). `frame-ancestors` only works as a header: in the
 * pages' meta tag Chromium ignores it and logs an error, so the meta tag carries the rest only.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
