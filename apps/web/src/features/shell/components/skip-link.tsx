import classes from './skip-link.module.css';

/** The first thing a keyboard user reaches: jumps past the header and navigation (WCAG 2.4.1). */
export function SkipLink() {
  return (
    <a className={classes.skipLink} href="#main">
      Skip to main content
    </a>
  );
}
