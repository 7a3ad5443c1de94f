import { useEffect } from 'react';

// Each page has its own title so screen reader users and browser tabs can tell pages apart (WCAG 2.4.2).
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Schoolgate`;
  }, [title]);
}
