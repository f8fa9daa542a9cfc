/** How a site rule reads in a list: `example.org`, `www.example.org`, `example.org/help/`. */
import type { SiteRule } from '../traces/site-rules';

export function ruleLabel(rule: SiteRule): string {
  if (rule.type === 'domain') return rule.domain;
  if (rule.type === 'host') return rule.host;
  return `${rule.host}${rule.path}`;
}
