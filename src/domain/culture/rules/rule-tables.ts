import { conventionKeys } from '../language-conventions.js';
import { compileRuleTable, type CompiledRules } from './rule-compiler.js';
import type { LanguageRuleTable } from './rule-table-types.js';
import { arRules } from './rules-ar.js';
import { deRules } from './rules-de.js';
import { enRules } from './rules-en.js';
import { esRules } from './rules-es.js';
import { frRules } from './rules-fr.js';
import { huRules } from './rules-hu.js';
import { idRules } from './rules-id.js';
import { itRules } from './rules-it.js';
import { jaRules } from './rules-ja.js';
import { koRules } from './rules-ko.js';
import { nlRules } from './rules-nl.js';
import { plRules } from './rules-pl.js';
import { ptRules } from './rules-pt.js';
import { roRules } from './rules-ro.js';
import { ruRules } from './rules-ru.js';
import { svRules } from './rules-sv.js';
import { trRules } from './rules-tr.js';
import { zhRules } from './rules-zh.js';

/** Every rule table, one per language. */
export const ruleTables: readonly LanguageRuleTable[] = [
  enRules, frRules, deRules, esRules, itRules, ptRules, nlRules, jaRules, zhRules, koRules, arRules, huRules, roRules, plRules, ruRules, trRules,
  idRules, svRules,
];

const byLanguage = new Map(ruleTables.map((table) => [table.language, table]));
const compiled = new Map<string, CompiledRules | null>();

/**
 * The compiled rules for a language tag (`pt-BR` uses `pt`, `zh-Hant` uses `zh`), compiled on first use; null for
 * a language without a table (the checks that need one are skipped).
 *
 * @example
 * rulesFor('fr-CA')?.language; // 'fr'
 */
export function rulesFor(language: string): CompiledRules | null {
  const hit = compiled.get(language);
  if (hit !== undefined) return hit;
  let result: CompiledRules | null = null;
  for (const key of conventionKeys(language)) {
    const table = byLanguage.get(key);
    if (table) {
      result = compileRuleTable(table);
      break;
    }
  }
  if (compiled.size > 200) compiled.clear();
  compiled.set(language, result);
  return result;
}

/** The languages that have a rule table. */
export function ruleLanguages(): string[] {
  return ruleTables.map((table) => table.language);
}
