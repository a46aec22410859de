#!/usr/bin/env node
// `sourcelight` (package.json "bin"): runs the TypeScript CLI through tsx, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../lib/cli/main.ts');
