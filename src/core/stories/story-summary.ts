import type { Story } from './stories';

/** A story as one line for a person: its label and how many articles tell it. */
export function storySummary(story: Story): string {
  return `${story.label} · ${story.documents.length} article${story.documents.length === 1 ? '' : 's'}`;
}
