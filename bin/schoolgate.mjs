#!/usr/bin/env node
// The `schoolgate` command. The code is TypeScript, run through tsx's loader, so there is no separate
// build step for the server; only the web app is built (by Vite).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../apps/api/src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
