/**
 * How a reply names the customer, against the language's convention: honorific present and of the right kind
 * (様 not さん, 고객님 not 씨, not Fräulein), names in the right order (田中 優希, Nagy Péter), and not the given name
 * alone where that is too familiar.
 */
import type { NameConvention } from '../culture-types.js';
import { formatCustomerName, parseCustomerName, type Gender, type ParsedName } from '../name-format.js';
import { finding, type ReviewFinding } from './review-types.js';

type Occurrence = { start: number; end: number; kind: 'full' | 'family' | 'given' | 'wrong' };

const SPACE = '[\\s\\u3000]';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression for a name, any spacing between its words; Latin names as whole words, any case. */
function namePattern(parts: string[], script: ParsedName['script']): RegExp {
  const joined = parts.map((p) => p.split(' ').map(escape).join(`${SPACE}+`)).join(script === 'other' ? `${SPACE}+` : `${SPACE}*`);
  return script === 'other'
    ? new RegExp(`(?<![\\p{L}\\p{M}])${joined}(?![\\p{L}\\p{M}])`, 'giu')
    : new RegExp(joined, 'gu');
}

type Candidate = { pattern: RegExp; kind: Occurrence['kind'] };
// Reviews of one conversation repeat the same customer: keep the compiled name patterns for a while.
const candidateCache = new Map<string, Candidate[]>();

function nameCandidates(name: ParsedName, convention: NameConvention): Candidate[] {
  const key = `${name.written}\u0000${name.family ?? ''}\u0000${name.given ?? ''}\u0000${convention.order}`;
  const hit = candidateCache.get(key);
  if (hit) return hit;
  const candidates: Candidate[] = [];
  if (name.family !== null && name.given !== null) {
    const correct = convention.order === 'family-given' ? [name.family, name.given] : [name.given, name.family];
    candidates.push({ pattern: namePattern(correct, name.script), kind: 'full' });
    // Only family-first languages have a "wrong" order; French and German write NOM Prénom in forms, and that is fine.
    if (convention.order === 'family-given') candidates.push({ pattern: namePattern([name.given, name.family], name.script), kind: 'wrong' });
    candidates.push({ pattern: namePattern([name.family], name.script), kind: 'family' });
    candidates.push({ pattern: namePattern([name.given], name.script), kind: 'given' });
  } else {
    candidates.push({ pattern: namePattern([name.written], name.script), kind: 'full' });
  }
  if (candidateCache.size > 1000) candidateCache.clear();
  candidateCache.set(key, candidates);
  return candidates;
}

function occurrences(text: string, name: ParsedName, convention: NameConvention): Occurrence[] {
  const taken: Occurrence[] = [];
  for (const { pattern, kind } of nameCandidates(name, convention)) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((o) => start < o.end && end > o.start)) continue;
      taken.push({ start, end, kind });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function byLength(list: readonly string[]): string[] {
  return [...list].sort((a, b) => b.length - a.length);
}

/** The honorific written next to a name (after it or before it, per the convention), with its extent. */
function adjacentHonorific(text: string, start: number, end: number, convention: NameConvention): { honorific: string; start: number; end: number; accepted: boolean } | null {
  const { position, accepted, avoid } = convention.honorifics;
  const all = [...byLength(accepted).map((h) => ({ h, ok: true })), ...byLength(avoid).map((h) => ({ h, ok: false }))].sort((a, b) => b.h.length - a.h.length);
  if (position === 'after') {
    let i = end;
    while (i < text.length && /[\s\u3000]/u.test(text[i]!) && i - end < 2) i++;
    for (const { h, ok } of all) {
      if (text.startsWith(h, i)) {
        const after = text[i + h.length];
        // Latin honorifics (Bey, úr) must end as words; CJK ones (様, 님) are followed by whatever comes next.
        if (/\p{Script=Latin}$/u.test(h) && after !== undefined && /[\p{L}\p{M}]/u.test(after)) continue;
        return { honorific: h, start: i, end: i + h.length, accepted: ok };
      }
    }
    return null;
  }
  let i = start;
  while (i > 0 && /[\s\u3000]/u.test(text[i - 1]!) && start - i < 2) i--;
  const before = text.slice(Math.max(0, i - 40), i).toLowerCase();
  for (const { h, ok } of all) {
    if (before.endsWith(h.toLowerCase())) {
      const at = i - h.length;
      const prev = text[at - 1];
      if (prev !== undefined && /[\p{L}\p{M}]/u.test(prev)) continue;
      return { honorific: h, start: at, end: i, accepted: ok };
    }
  }
  return null;
}

const avoidCache = new Map<string, { salutation: RegExp; titled: RegExp }>();
function avoidPatterns(avoid: string): { salutation: RegExp; titled: RegExp } {
  let patterns = avoidCache.get(avoid);
  if (!patterns) {
    patterns = {
      salutation: new RegExp(`(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]{1,8}?)[ \\u3000]?(?:${avoid})(?![\\p{L}\\p{M}])`, 'gu'),
      titled: new RegExp(`(?<![\\p{L}\\p{M}])(?:${avoid})(?=[ \\u00a0]+\\p{Lu})`, 'gu'),
    };
    if (avoidCache.size > 200) avoidCache.clear();
    avoidCache.set(avoid, patterns);
  }
  return patterns;
}

// Collective and generic words that take さん/씨 without being a person's name (皆さん, everyone).
const NOT_NAMES = new Set(['皆', 'みな', 'みんな', '皆様', '여러분']);

/**
 * NAME_FORM findings for a reply. With the customer's name: each mention is checked for order, honorific and
 * familiarity. Without it: honorifics that are wrong for customers are still caught — after a name in the
 * salutation line (田中さん、), before a capitalised word anywhere (Fräulein Weber).
 *
 * @example
 * nameFindings('田中さん、こんにちは。', 'ja', conventionJa, { name: '田中 優希', gender: null })[0].key; // 'nameWrongHonorific'
 */
export function nameFindings(
  text: string, language: string, convention: NameConvention, customer: { name: string | null; gender: Gender | null } | null | undefined,
): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  const parsed = customer?.name ? parseCustomerName(customer.name, language) : null;
  const suggestion = parsed ? formatCustomerName(customer!.name, language, convention, customer!.gender)?.text ?? parsed.written : null;
  const { honorifics } = convention;
  if (parsed && suggestion) {
    for (const occurrence of occurrences(text, parsed, convention)) {
      const found = text.slice(occurrence.start, occurrence.end);
      if (occurrence.kind === 'wrong') {
        findings.push(finding('NAME_FORM', occurrence.start, occurrence.end, 'nameWrongOrder', { found, suggestion }));
        continue;
      }
      const near = adjacentHonorific(text, occurrence.start, occurrence.end, convention);
      if (near && !near.accepted) {
        const start = Math.min(near.start, occurrence.start);
        const end = Math.max(near.end, occurrence.end);
        findings.push(finding('NAME_FORM', start, end, 'nameWrongHonorific', { found: text.slice(start, end), suggestion }));
        continue;
      }
      const honoured = near !== null;
      if (occurrence.kind === 'given' && convention.givenNameAlone === 'avoid' && !(honoured && honorifics.requiredFor.includes('given'))) {
        findings.push(finding('NAME_FORM', occurrence.start, occurrence.end, 'nameGivenAlone', { found, suggestion }));
        continue;
      }
      if (!honoured && honorifics.requiredFor.includes(occurrence.kind) && honorifics.accepted.length > 0) {
        findings.push(finding('NAME_FORM', occurrence.start, occurrence.end, 'nameMissingHonorific', { found, suggestion }));
      }
    }
  }
  if (honorifics.avoid.length > 0) {
    const avoid = byLength(honorifics.avoid).map(escape).join('|');
    const { salutation, titled } = avoidPatterns(avoid);
    const preferred = honorifics.neutral ?? honorifics.female ?? honorifics.accepted[0] ?? '';
    if (honorifics.position === 'after') {
      const lineEnd = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
      const head = text.slice(0, lineEnd);
      salutation.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = salutation.exec(head)) !== null) {
        if (NOT_NAMES.has(match[1]!)) continue;
        const start = match.index;
        const end = start + match[0].length;
        if (findings.some((f) => start < f.span[1] && end > f.span[0])) continue;
        findings.push(finding('NAME_FORM', start, end, 'nameWrongHonorific', { found: match[0], suggestion: suggestion ?? `${match[1]}${preferred}` }));
      }
    } else {
      titled.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = titled.exec(text)) !== null) {
        const start = match.index;
        const end = start + match[0].length;
        if (findings.some((f) => start < f.span[1] && end > f.span[0])) continue;
        findings.push(finding('NAME_FORM', start, end, 'nameWrongHonorific', { found: match[0], suggestion: suggestion ?? (honorifics.female ?? preferred) }));
      }
    }
  }
  return findings;
}
