#!/usr/bin/env node
// The corroborate command after `npm install`: runs src/ as compiled to dist/ at install when that is
// up to date with the sources (bin/compile.mjs), and the TypeScript sources through tsx otherwise.
import { compiledMain } from './compile.mjs';

const main = compiledMain();
if (main) {
  // tsx maps stack traces back to the TypeScript; so do these, for the one reader of them.
  if (process.env.DEBUG?.includes('corroborate')) process.setSourceMapsEnabled(true);
  await import(main);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
