/**
 * The actor rules (detection and linking) that can be left out one at a time, so each one's effect on a
 * measured corpus can be read apart (`CORROBORATE_WITHOUT_RULES=initials,legal-forms` for
 * the CLI; see scripts/measure-ecb-linking.mjs). Every rule is on in the product.
 */
export const OPTIONAL_LINK_RULES = ['initials', 'legal-forms', 'compact-spellings', 'short-forms', 'demonym-places', 'ticker', 'descriptive-places', 'glued-descriptors',
  'short-form-words', 'surname-subject'] as const;
export type OptionalLinkRule = (typeof OPTIONAL_LINK_RULES)[number];

const disabled = new Set<OptionalLinkRule>();

export function ruleOn(rule: OptionalLinkRule): boolean {
  return !disabled.has(rule);
}

/** Turns off the named rules (a comma list); unknown names are an error, so a typo is not a silent no-op. */
export function disableLinkRules(list: string): void {
  for (const name of list.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(OPTIONAL_LINK_RULES as readonly string[]).includes(name)) {
      throw new Error(`unknown link rule "${name}" (known: ${OPTIONAL_LINK_RULES.join(', ')})`);
    }
    disabled.add(name as OptionalLinkRule);
  }
}
