import type { ActorType, ClaimType, MentionKind, NumberType } from '../model';

/**
 * The sidecar format, version 1. A sidecar holds only what a person decided: a detection
 * nobody touched is never written, so the file stays small and every line in it matters.
 * W3C Web Annotation (TextQuoteSelector, TextPositionSelector) is the model for `target`.
 */
export const SIDECAR_VERSION = 1;

/** The default sidecar of `a.txt` is `a.txt.annotations.yaml`, beside it. */
export const SIDECAR_SUFFIX = '.annotations.yaml';

export function defaultSidecarPath(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

export type AnnotationKind = MentionKind;
export type AnnotationType = ActorType | NumberType | ClaimType;
export type AnnotationStatus = 'unverified' | 'verified' | 'disputed' | 'needs-source';
export type AnchorState = 'exact' | 'shifted' | 'fuzzy' | 'orphaned';
export type LinkRelation = 'same-actor' | 'same-claim' | 'same-figure' | 'contradicts';
/** A person's verdict on what the detector found at this place: right, or not a mention at all. */
export type DetectionVerdict = 'confirmed' | 'rejected';

export const TYPES_OF_KIND: Readonly<Record<AnnotationKind, readonly AnnotationType[]>> = {
  actor: ['person', 'organization', 'place'],
  number: ['count', 'percent', 'money', 'ordinal', 'duration', 'date', 'quantity'],
  claim: ['claim', 'quote'],
};
export const STATUSES: readonly AnnotationStatus[] = ['unverified', 'verified', 'disputed', 'needs-source'];
export const ANCHOR_STATES: readonly AnchorState[] = ['exact', 'shifted', 'fuzzy', 'orphaned'];
export const LINK_RELATIONS: readonly LinkRelation[] = ['same-actor', 'same-claim', 'same-figure', 'contradicts'];
export const DETECTION_VERDICTS: readonly DetectionVerdict[] = ['confirmed', 'rejected'];

/** W3C TextQuoteSelector: the annotated text and a little of its sentence on each side. */
export interface TextQuoteSelector {
  readonly exact: string;
  /** Up to 32 characters before `exact`, whole words, never reaching into the previous sentence; '' when none. */
  readonly prefix: string;
  readonly suffix: string;
  /**
   * Up to 32 characters of the text before the sentence that holds the quote, whole words;
   * absent at the article's start. Not part of the W3C selector: it is what tells a passage
   * edited in place from a look-alike elsewhere, which can share the context within its sentence.
   */
  readonly before?: string;
  /** The same after the sentence that holds the quote's end; absent at the article's end. */
  readonly after?: string;
}

/** W3C TextPositionSelector: UTF-16 offsets, end exclusive. Only a hint: the quote decides. */
export interface TextPositionSelector {
  readonly start: number;
  readonly end: number;
}

export interface AnnotationTarget {
  readonly selector: {
    readonly quote: TextQuoteSelector;
    /** Absent while the annotation is orphaned. */
    readonly position?: TextPositionSelector;
  };
  /** `contentHash` of `exact`: the text as it was when the person annotated it. */
  readonly textHash: string;
}

export interface AnchorHealth {
  readonly state: AnchorState;
  /** 0..1, only for `fuzzy`: how closely the current text matches the quote and its context. */
  readonly score?: number;
}

/** A canonical name ("Matthias Oberholzer") or a normalised value ({ amount: 240, unit: detainee }). */
export type AnnotationValue = string | { readonly [key: string]: string | number | boolean };

export interface AnnotationBody {
  readonly value?: AnnotationValue;
  readonly status: AnnotationStatus;
  readonly note?: string;
  readonly labels?: readonly string[];
  /**
   * Set when the person confirmed or rejected a detection here. A rejected one is not
   * highlighted, compared or reported: the annotation keeps the decision with the text.
   */
  readonly detection?: DetectionVerdict;
}

/** The same actor, claim or figure in another document, or a contradiction with it. */
export interface AnnotationLink {
  /** Relative to the article's folder, `/` separators, so the link survives moving the workspace. */
  readonly path: string;
  readonly exact: string;
  readonly relation: LinkRelation;
}

export interface Annotation {
  /** `a-` and 8 base-32 characters for generated ids; never reused, never changed. */
  readonly id: string;
  readonly kind: AnnotationKind;
  readonly type: AnnotationType;
  readonly target: AnnotationTarget;
  readonly anchor: AnchorHealth;
  readonly body: AnnotationBody;
  readonly links?: readonly AnnotationLink[];
  readonly author?: string;
  /** ISO 8601 timestamps; `modified` decides concurrent edits to the same field. */
  readonly created: string;
  readonly modified: string;
}

export interface AnnotationsFile {
  readonly version: typeof SIDECAR_VERSION;
  /** The article, relative to the sidecar's folder; with the default placement, its file name. */
  readonly article: string;
  /** `contentHash` of the article text the positions were last anchored against. */
  readonly textHash: string;
  readonly annotations: readonly Annotation[];
}

export function isTypeOfKind(kind: AnnotationKind, type: string): type is AnnotationType {
  return (TYPES_OF_KIND[kind] as readonly string[]).includes(type);
}
