import { useEffect } from 'react';

/** The custom property casebook.css prints in the top margin of every page (`@page casebook`). */
export const RUNNING_HEADER_PROPERTY = '--casebook-running-header';

/** As a CSS string token: quotes and backslashes escaped, line breaks flattened. */
export const cssString = (text: string): string => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;

/**
 * Puts `text` in the header of every printed page while the casebook is shown. Browsers that draw
 * @page margin boxes (Chromium, hence Electron's printToPDF) print it; others print the page without it.
 * Set through the CSSOM on <html> (the page context inherits from the root), never as a <style> element,
 * which the CSP forbids.
 */
export function useRunningHeader(text: string): void {
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty(RUNNING_HEADER_PROPERTY, cssString(text));
    return () => {
      root.style.removeProperty(RUNNING_HEADER_PROPERTY);
    };
  }, [text]);
}
