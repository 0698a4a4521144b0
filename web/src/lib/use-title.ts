import { useEffect } from 'react';

/** The browser tab's title for a screen. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Scriberr` : 'Scriberr';
  }, [title]);
}
