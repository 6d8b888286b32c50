import * as vscode from 'vscode';
import {
  STATUSES, TYPES_OF_KIND, isTypeOfKind,
  type Annotation, type AnnotationKind, type AnnotationStatus, type AnnotationType, type DetectionVerdict,
} from '../../core/annotations';
import { annotationOver } from '../../core/annotations/over-text';
import { REVIEW_GROUP_LABEL } from '../../core/annotations/review-groups';
import type { FeatureDeps } from '../deps';
import { argsOf, annotationUnderCursor, detectionAt, placeOf, showError, valueOf, type AnnotationCommandArgs, type Place } from './annotation-target';
import { linkMentions } from './annotation-link';

const nothingHere = (): string => vscode.l10n.t('Put the cursor on an annotation or a highlighted name, figure or claim first.');

/**
 * The commands that record what a person decides about the text: annotate a selection,
 * confirm or reject a detection, set a status, write a note, change the type, link to
 * another document. Each returns the annotation it wrote, for tests and other extensions.
 */
export function register(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  const command = (name: string, run: (args: AnnotationCommandArgs, place: Place) => Promise<Annotation | undefined>) =>
    vscode.commands.registerCommand(name, async (raw?: unknown) => {
      const args = argsOf(raw);
      try {
        const place = await placeOf(args, deps);
        if (!place) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Open an article to annotate it.'));
          return undefined;
        }
        return await run(args, place);
      } catch (error) {
        showError(error, deps.log);
        return undefined;
      }
    });
  const onAnnotation = (change: (annotation: Annotation, args: AnnotationCommandArgs) => Promise<((a: Annotation) => Annotation) | undefined>) =>
    async (args: AnnotationCommandArgs, place: Place): Promise<Annotation | undefined> => {
      const annotation = await annotationUnderCursor(place, args, deps);
      if (!annotation) {
        void vscode.window.showInformationMessage(nothingHere());
        return undefined;
      }
      const apply = await change(annotation, args);
      return apply ? deps.annotations.update(place.document.uri, annotation.id, apply) : undefined;
    };

  context.subscriptions.push(
    command('corroborate.annotateActor', (args, place) => annotate('actor', args, place, deps)),
    command('corroborate.annotateNumber', (args, place) => annotate('number', args, place, deps)),
    command('corroborate.annotateClaim', (args, place) => annotate('claim', args, place, deps)),
    command('corroborate.confirmDetection', (_args, place) => decide('confirmed', place, deps)),
    command('corroborate.rejectDetection', (_args, place) => decide('rejected', place, deps)),
    command('corroborate.setStatus', onAnnotation(async (annotation, args) => {
      const status = args.status && STATUSES.includes(args.status) ? args.status : await pickStatus(annotation.body.status);
      return status ? (a) => ({ ...a, body: { ...a.body, status } }) : undefined;
    })),
    command('corroborate.editNote', onAnnotation(async (annotation, args) => {
      const note = args.note ?? await vscode.window.showInputBox({
        title: vscode.l10n.t('Note on "{0}"', short(annotation.target.selector.quote.exact)), value: annotation.body.note ?? '',
        prompt: vscode.l10n.t('Leave empty to remove the note.'),
      });
      if (note === undefined) return undefined;
      return (a) => {
        const body = { ...a.body, note: note.trim() ? note : undefined };
        if (body.note === undefined) delete body.note;
        return { ...a, body };
      };
    })),
    command('corroborate.relabel', onAnnotation(async (annotation, args) => {
      const type = args.type && kindOfType(args.type) ? args.type : await pickAnyType(annotation.type);
      const kind = type ? kindOfType(type) : undefined;
      return type && kind ? (a) => ({ ...a, kind, type }) : undefined;
    })),
    command('corroborate.linkMentions', onAnnotation((annotation, args) => linkMentions(annotation, args, deps))),
  );
}

async function annotate(kind: AnnotationKind, args: AnnotationCommandArgs, place: Place, deps: FeatureDeps): Promise<Annotation | undefined> {
  // Without a selection, only a detection of the kind asked for will do: a name's command never takes the sentence around it.
  const located = detectionAt(place, deps, (m) => m.kind === kind);
  const span = place.selection ?? located?.mention;
  if (!span) {
    void vscode.window.showInformationMessage(kind === 'number' ? vscode.l10n.t('Select the text to annotate, or put the cursor on a highlighted figure.') : kind === 'actor' ? vscode.l10n.t('Select the text to annotate, or put the cursor on a highlighted name.') : vscode.l10n.t('Select the text to annotate, or put the cursor on a highlighted claim.'));
    return undefined;
  }
  const matches = located !== undefined && (!place.selection || trimmedEqual(place.document.getText(), place.selection, located.mention));
  const detected = matches ? located.mention.type : undefined;
  const type = args.type && isTypeOfKind(kind, args.type) ? args.type : await pickType(TYPES_OF_KIND[kind], detected, kind === 'number' ? vscode.l10n.t('What kind of figure is it?') : kind === 'actor' ? vscode.l10n.t('What kind of actor is it?') : vscode.l10n.t('What kind of claim is it?'));
  if (!type) return undefined;
  const same = deps.annotations.annotationsOf(place.document.uri).find((a) => a.kind === kind && a.target.selector.position?.start === span.start && a.target.selector.position.end === span.end);
  if (same) {
    return deps.annotations.update(place.document.uri, same.id, (a) => ({
      ...a, type, body: { ...a.body, ...(args.status ? { status: args.status } : {}), ...(args.note ? { note: args.note } : {}) },
    }));
  }
  const value = matches && located ? valueOf(located, deps) : undefined;
  return deps.annotations.add(place.document, span, {
    kind, type,
    body: { status: args.status ?? 'unverified', ...(args.note ? { note: args.note } : {}), ...(value !== undefined ? { value } : {}) },
  });
}

/** A verdict on the detection under the cursor, kept on the annotation over it (made if need be). */
async function decide(detection: DetectionVerdict, place: Place, deps: FeatureDeps): Promise<Annotation | undefined> {
  const located = detectionAt(place, deps);
  if (!located) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a highlighted name, figure or claim to confirm or reject it.'));
    return undefined;
  }
  const over = annotationOver(deps.annotations.annotationsOf(place.document.uri), located.mention);
  if (over) return deps.annotations.update(place.document.uri, over.id, (a) => ({ ...a, body: { ...a.body, detection } }));
  const value = valueOf(located, deps);
  return deps.annotations.add(place.document, located.mention, {
    kind: located.mention.kind, type: located.mention.type,
    body: { status: 'unverified', detection, ...(value !== undefined ? { value } : {}) },
  });
}

function kindOfType(type: string): AnnotationKind | undefined {
  return (Object.keys(TYPES_OF_KIND) as AnnotationKind[]).find((kind) => isTypeOfKind(kind, type));
}

/** A picker whose highlighted item is the detected or current choice, so Enter keeps it. */
async function pickOne<T extends vscode.QuickPickItem>(items: readonly T[], active: T | undefined, placeholder: string): Promise<T | undefined> {
  const pick = vscode.window.createQuickPick<T>();
  pick.items = items;
  pick.placeholder = placeholder;
  if (active) pick.activeItems = [active];
  return new Promise<T | undefined>((resolve) => {
    pick.onDidAccept(() => { resolve(pick.selectedItems[0] ?? pick.activeItems[0]); pick.hide(); });
    pick.onDidHide(() => { resolve(undefined); pick.dispose(); });
    pick.show();
  });
}

async function pickType(types: readonly AnnotationType[], detected: AnnotationType | undefined, placeholder: string): Promise<AnnotationType | undefined> {
  const items = types.map((type) => ({ label: type, description: type === detected ? vscode.l10n.t('detected') : undefined, type }));
  return (await pickOne(items, items.find((i) => i.type === detected), placeholder))?.type;
}

async function pickAnyType(current: AnnotationType): Promise<AnnotationType | undefined> {
  const items: (vscode.QuickPickItem & { type?: AnnotationType })[] = [];
  for (const [kind, types] of Object.entries(TYPES_OF_KIND)) {
    items.push({ label: kind === 'number' ? vscode.l10n.t('figure') : kind === 'actor' ? vscode.l10n.t('actor') : vscode.l10n.t('claim'), kind: vscode.QuickPickItemKind.Separator });
    for (const type of types) items.push({ label: type, description: type === current ? vscode.l10n.t('now') : undefined, type });
  }
  return (await pickOne(items, items.find((i) => i.type === current), vscode.l10n.t('What is it really?')))?.type;
}

async function pickStatus(current: AnnotationStatus): Promise<AnnotationStatus | undefined> {
  const items = STATUSES.map((status) => ({ label: REVIEW_GROUP_LABEL[status], description: status === current ? vscode.l10n.t('now') : undefined, status }));
  return (await pickOne(items, items.find((i) => i.status === current), vscode.l10n.t('Where does checking stand?')))?.status;
}

function trimmedEqual(text: string, selection: { start: number; end: number }, mention: { start: number; end: number }): boolean {
  let { start, end } = selection;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start === mention.start && end === mention.end;
}

export function short(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
