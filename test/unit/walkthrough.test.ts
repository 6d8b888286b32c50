/**
 * The "Get started with Corroborate" walkthrough in package.json: VS Code reports a broken
 * step only in its developer console, if at all, so its references are checked here. Every
 * string resolves in package.nls.json, every media file exists and stays small, and every
 * command, view and setting a step names or completes on is one Corroborate contributes
 * (or one of the few VS Code commands listed below).
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(__dirname, '..', '..', '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: string; svg?: string; markdown?: string; altText?: string };
  completionEvents?: string[];
  when?: string;
}
interface Walkthrough {
  id: string;
  title: string;
  description: string;
  steps: Step[];
}
interface Manifest {
  contributes: {
    commands?: { command: string }[];
    views?: Record<string, { id: string }[]>;
    configuration?: { properties: Record<string, unknown> };
    walkthroughs?: Walkthrough[];
  };
}

const manifest = readJson('package.json') as Manifest;
const nls = readJson('package.nls.json') as Record<string, string>;
const walkthroughs = manifest.contributes.walkthroughs ?? [];
const commands = new Set((manifest.contributes.commands ?? []).map((c) => c.command));
const views = new Set(Object.values(manifest.contributes.views ?? {}).flat().map((v) => v.id));
const settings = Object.keys(manifest.contributes.configuration?.properties ?? {});

/** VS Code's own commands a step may use: opening a folder, the Problems panel, the settings editor. */
const VSCODE_COMMANDS = new Set(['workbench.action.files.openFolder', 'workbench.actions.view.problems', 'workbench.action.openSettings']);
/** The completion events VS Code's walkthrough service understands (gettingStartedService.ts). */
const EVENT_TYPES = new Set(['onCommand', 'onView', 'onSettingChanged', 'onContext', 'onLink', 'onEvent', 'onStepSelected', 'stepSelected', 'onExtensionInstalled', 'extensionInstalled']);
const MAX_MEDIA_BYTES = 16 * 1024;

const localized = (value: string): string => {
  const key = /^%(.+)%$/.exec(value)?.[1];
  return key === undefined ? value : nls[key];
};
const steps = walkthroughs.flatMap((w) => w.steps);
const mediaPath = (step: Step): string => step.media.image ?? step.media.svg ?? step.media.markdown ?? '';

/** `command:` targets in Markdown links, without their arguments. */
function commandLinks(markdown: string): { command: string; args?: string }[] {
  return [...markdown.matchAll(/\]\(command:(?:toSide:)?([\w.-]+)(?:\?([^)\s]*))?\)/g)].map((m) => ({ command: m[1], args: m[2] }));
}
function isKnownCommand(command: string): boolean {
  return commands.has(command) || VSCODE_COMMANDS.has(command) || (command.endsWith('.focus') && views.has(command.slice(0, -'.focus'.length)));
}

test('one walkthrough, "Get started with Corroborate", of four to six steps', () => {
  assert.equal(walkthroughs.length, 1);
  const [walkthrough] = walkthroughs;
  assert.equal(localized(walkthrough.title), 'Get started with Corroborate');
  assert.ok(localized(walkthrough.description)?.trim(), 'walkthrough description is empty');
  assert.ok(steps.length >= 4 && steps.length <= 6, `${steps.length} steps`);
  assert.equal(new Set(steps.map((s) => s.id)).size, steps.length, 'step ids repeat');
});

test('every title, description and alt text is a %key% that package.nls.json resolves', () => {
  const values = walkthroughs.flatMap((w) => [w.title, w.description, ...w.steps.flatMap((s) => [s.title, s.description, s.media.altText].filter((v) => v !== undefined))]);
  for (const value of values) {
    assert.match(value!, /^%walkthrough\.[\w.]+%$/, `"${value}" is not a walkthrough.* key`);
    assert.ok(localized(value!)?.trim(), `package.nls.json has no text for ${value}`);
  }
});

test('no walkthrough.* key in package.nls.json is left unused', () => {
  const used = JSON.stringify(walkthroughs);
  const unused = Object.keys(nls).filter((key) => key.startsWith('walkthrough.') && !used.includes(`%${key}%`));
  assert.deepEqual(unused, []);
});

test('every step has one media file that exists, is small, and images have alt text', () => {
  for (const step of steps) {
    const kinds = (['image', 'svg', 'markdown'] as const).filter((k) => step.media[k] !== undefined);
    assert.equal(kinds.length, 1, `${step.id}: media must be exactly one of image, svg, markdown`);
    const file = join(root, mediaPath(step));
    assert.ok(existsSync(file), `${step.id}: ${mediaPath(step)} is missing`);
    assert.ok(mediaPath(step).startsWith('media/walkthrough/'), `${step.id}: media outside media/walkthrough/`);
    assert.ok(statSync(file).size <= MAX_MEDIA_BYTES, `${step.id}: ${mediaPath(step)} is over ${MAX_MEDIA_BYTES} bytes`);
    if (kinds[0] !== 'markdown') assert.ok(step.media.altText, `${step.id}: an image needs altText`);
  }
});

test('SVG media is self-contained and takes its colours from the theme', () => {
  for (const step of steps.filter((s) => s.media.svg)) {
    const svg = readFileSync(join(root, step.media.svg!), 'utf8');
    assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, step.id);
    assert.doesNotMatch(svg, /<script|<foreignObject|(?:xlink:)?href="(?!#)|@import|url\((?!#)/i, `${step.id}: external or active content`);
    // The walkthrough inlines SVG media into a webview whose Content-Security-Policy allows only
    // its own nonce-tagged styles: a <style> element or style="" attribute is dropped and the
    // picture renders black. Colours go in presentation attributes, as VS Code's own media do.
    assert.doesNotMatch(svg, /<style|\sstyle=|\sclass=/, `${step.id}: styles the webview would block`);
    assert.match(svg, /(?:fill|stroke)="var\(--vscode-[\w-]+, #[0-9a-f]{6,8}\)"/i, `${step.id}: no theme colour variable with a fallback`);
  }
});

test('Markdown media links only to files that exist and to commands Corroborate knows', () => {
  for (const step of steps.filter((s) => s.media.markdown)) {
    const markdown = readFileSync(join(root, step.media.markdown!), 'utf8');
    for (const [, target] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (target.startsWith('command:')) continue;
      if (/^https?:/.test(target)) continue;
      assert.ok(existsSync(join(root, dirname(step.media.markdown!), target.split('#')[0])), `${step.id}: broken link ${target}`);
    }
    for (const { command } of commandLinks(markdown)) assert.ok(isKnownCommand(command), `${step.id}: unknown command ${command}`);
  }
});

test('every command a step links to is contributed, a view of ours, or a listed VS Code command', () => {
  for (const step of steps) {
    const description = localized(step.description);
    const links = commandLinks(description);
    assert.ok(links.length > 0 || step.completionEvents?.length, `${step.id}: neither a button nor a completion event`);
    for (const { command, args } of links) {
      assert.ok(isKnownCommand(command), `${step.id}: unknown command ${command}`);
      if (args !== undefined) assert.doesNotThrow(() => JSON.parse(decodeURIComponent(args)), `${step.id}: arguments of ${command} are not URI-encoded JSON`);
    }
  }
});

test('every completion event is one VS Code knows, about a command, view or setting that exists', () => {
  for (const step of steps) {
    for (const event of step.completionEvents ?? []) {
      const [, type, argument] = /^([^:]*):?(.*)$/.exec(event)!;
      assert.ok(EVENT_TYPES.has(type), `${step.id}: unknown event type in ${event}`);
      if (type === 'onCommand') assert.ok(isKnownCommand(argument), `${step.id}: ${event} names a command nobody contributes`);
      if (type === 'onView') assert.ok(views.has(argument), `${step.id}: ${event} names a view we do not contribute`);
      if (type === 'onSettingChanged') assert.ok(settings.includes(argument), `${step.id}: ${event} names a setting we do not contribute`);
      if (type === 'onContext') assert.ok(argument.trim(), `${step.id}: empty context expression`);
    }
  }
});

test('the steps cover the first-use path: folder, highlights, hover, discrepancies, report, settings', () => {
  const events = steps.flatMap((s) => s.completionEvents ?? []);
  for (const expected of ['onView:corroborate.figures', 'onCommand:corroborate.showReport', 'onCommand:corroborate.openMention']) {
    assert.ok(events.includes(expected), `no step completes on ${expected}`);
  }
  assert.ok(events.some((e) => e.startsWith('onSettingChanged:corroborate.highlight.')), 'no step completes on a highlight setting');
  assert.ok(events.some((e) => e.startsWith('onContext:workspaceFolderCount')), 'no step completes on opening a folder');
});
