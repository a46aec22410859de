/** Command-line flags and environment of `npm run bench`. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchOptions {
  /** --quick or BENCH_QUICK=1: about QUICK_LIMIT pages or texts per area. */
  quick: boolean;
  /** --build: run `npx wxt build` first, so the bundle sizes are fresh. */
  build: boolean;
  repoRoot: string;
  /** --data DIR, else SOURCELIGHT_DATA, else ../shared/data beside the repository. */
  dataDir: string;
  /** Where the Markdown report goes (--out FILE, default test/bench/results.md). */
  outFile: string;
  /** --defuddle-dom happy-dom|linkedom (default linkedom; see anchors.ts). */
  defuddleDom: 'linkedom' | 'happy-dom';
  /** The command line, for the report header. */
  command: string;
}

export const QUICK_LIMIT = 20;

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const valueOf = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const quick = argv.includes('--quick') || env.BENCH_QUICK === '1';
  const dataDir = path.resolve(valueOf('--data') ?? env.SOURCELIGHT_DATA ?? path.resolve(repoRoot, '../shared/data'));
  const outFile = path.resolve(repoRoot, valueOf('--out') ?? 'test/bench/results.md');
  const flags = argv.filter((a, i) => a.startsWith('--') || argv[i - 1] === '--data' || argv[i - 1] === '--out' || argv[i - 1] === '--defuddle-dom');
  return {
    quick,
    build: argv.includes('--build'),
    defuddleDom: valueOf('--defuddle-dom') === 'happy-dom' ? 'happy-dom' : 'linkedom',
    repoRoot,
    dataDir,
    outFile,
    command: ['npm run bench', ...(flags.length ? ['--', ...flags] : []), ...(env.BENCH_QUICK === '1' ? ['(BENCH_QUICK=1)'] : [])].join(' '),
  };
}

/** The first `QUICK_LIMIT` items in quick mode, all otherwise. */
export function limitFor<T>(options: BenchOptions, items: T[]): T[] {
  return options.quick ? items.slice(0, QUICK_LIMIT) : items;
}
