/**
 * Glob patterns as VS Code settings write them (`**` any folders, `*` within a name,
 * `?`, `{a,b}`, `[abc]`), matched against workspace-relative POSIX paths. A pattern
 * without a slash matches a file name at any depth, as `files.exclude` does.
 */
export function globToRegExp(glob: string): RegExp {
  const pattern = glob.includes('/') ? glob.replace(/^\.\//, '') : `**/${glob}`;
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const slashAfter = pattern[i + 2] === '/';
        re += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') {
      inGroup++;
      re += '(?:';
    } else if (ch === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (ch === ',' && inGroup > 0) re += '|';
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += ch.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** A compiled include/exclude pair: a path counts when it matches an include and no exclude. */
export class PathFilter {
  private readonly include: RegExp[];
  private readonly exclude: RegExp[];

  constructor(include: readonly string[], exclude: readonly string[]) {
    this.include = include.map(globToRegExp);
    this.exclude = exclude.map(globToRegExp);
  }

  matches(relativePath: string): boolean {
    return this.include.some((r) => r.test(relativePath)) && !this.exclude.some((r) => r.test(relativePath));
  }

  /** Whether a folder may hold matches at all: lets walkers skip `node_modules` without listing it. */
  excludesFolder(relativeFolder: string): boolean {
    return this.exclude.some((r) => r.test(relativeFolder) || r.test(`${relativeFolder}/`));
  }
}

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.markdown'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**', '**/dist/**', '**/out/**', '**/CHANGELOG.md', '**/LICENSE*'];
