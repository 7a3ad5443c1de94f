import { createTheme, darken, Modal, Notification, type CSSVariablesResolver } from '@mantine/core';

// Mantine's default blue (shade 6) and dimmed grey fall short of WCAG AA contrast for normal-size text on white
// (about 3.5:1); shade 8 and grey 7 pass (about 5:1 and 8:1). Error red is darkened for the same reason.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  focusRing: 'always',
  defaultRadius: 'sm',
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  components: {
    // Mantine's close buttons are icons with no name; screen readers would announce just "button".
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss this message' } } }),
  },
});

// Light variants (alerts, badges, subtle buttons) put shade 9 text on shade 1, or shade 2 when hovered: 4.0:1 for
// blue, under 3:1 for yellow and green. A paler fill and darker text keep every colour above 4.5:1.
function lightVariantVariables(colors: typeof theme.colors): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(colors ?? {})) {
    const darkest = shades?.[9];
    if (!darkest) continue;
    variables[`--mantine-color-${name}-light`] = `var(--mantine-color-${name}-0)`;
    variables[`--mantine-color-${name}-light-hover`] = `var(--mantine-color-${name}-1)`;
    variables[`--mantine-color-${name}-light-color`] = darken(darkest, 0.3);
  }
  return variables;
}

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    ...lightVariantVariables(t.colors),
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-placeholder': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});
