/** The setting that puts sidecars in a folder of their own, as `package.json` contributes it. */
export const FOLDER_SETTING = 'corroborate.annotations.folder';

/** Settings files larger than this are not read: a workspace's settings are a few kilobytes. */
export const MAX_SETTINGS_BYTES = 1_000_000;

export type FolderSetting = { readonly folder: string } | { readonly problem: string };

/**
 * `corroborate.annotations.folder` from the text of a `.vscode/settings.json`, read as VS
 * Code reads it (JSON with comments and trailing commas). Unset is '' (sidecars beside their
 * articles). A file that does not parse, or a value that is not a folder inside the
 * workspace, is a problem to report: guessing would put sidecars where the editor does not look.
 */
export function annotationsFolderIn(settingsText: string): FolderSetting {
  let settings: unknown;
  try {
    settings = JSON.parse(plainJson(settingsText.replace(/^\uFEFF/, '')));
  } catch (error) {
    return { problem: `does not parse as JSON with comments (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return { problem: 'does not hold an object of settings' };
  const value: unknown = (settings as Record<string, unknown>)[FOLDER_SETTING];
  if (value === undefined || value === null) return { folder: '' };
  if (typeof value !== 'string') return { problem: `"${FOLDER_SETTING}" must be a folder name (a string), not ${JSON.stringify(value)}` };
  return checkedFolder(value);
}

/** A folder inside the workspace, given relative to it: not absolute, no `..`, no control characters. */
export function checkedFolder(value: string): FolderSetting {
  const folder = value.trim().replace(/\\/g, '/');
  const inside = !/^(\/|[A-Za-z]:)/.test(folder) && !folder.split('/').includes('..') && !/\p{Cc}/u.test(folder);
  return inside ? { folder } : { problem: `"${FOLDER_SETTING}" must be a folder inside the workspace, not ${JSON.stringify(value)}` };
}

/**
 * JSON with comments (`//`, `/* *\/`) and trailing commas, made plain JSON: comments become
 * spaces, so the parser's positions stay right, and a comma before `}` or `]` is dropped.
 * Text inside strings is left alone.
 */
function plainJson(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end = commentEnd(text, i);
      out += text.slice(i, end).replace(/[^\n]/g, ' ');
      i = end;
    } else if (ch === ',' && /^[}\]]/.test(skipBlank(text, i + 1))) {
      out += ' ';
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return Math.min(text.length, i + 1);
}

function commentEnd(text: string, start: number): number {
  if (text[start + 1] === '/') {
    const end = text.indexOf('\n', start);
    return end < 0 ? text.length : end;
  }
  const end = text.indexOf('*/', start + 2);
  if (end < 0) throw new SyntaxError('a /* comment is never closed');
  return end + 2;
}

/** The text from `from` on, without the white space and comments that begin it. */
function skipBlank(text: string, from: number): string {
  let i = from;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text[i] !== '/' || (text[i + 1] !== '/' && text[i + 1] !== '*')) return text.slice(i, i + 1);
    i = commentEnd(text, i);
  }
}
