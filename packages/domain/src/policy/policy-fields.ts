// A policy is overridden field by field, so we need names for its fields. A field is a leaf of the settings
// object: a number, string, boolean, null or a whole list (a list is one choice: "platforms in use" is replaced,
// not merged item by item). Field names are dotted paths such as "response.hours" or
// "moderation.categories.abuse.hideAt"; they are what the database stores and what the screens show.
import type { PolicySettings } from './policy-settings.schema.ts';

type Leaf = string | number | boolean | null | readonly unknown[];

type PathsOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends Leaf ? `${Prefix}${K}` : PathsOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type ValueAt<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? ValueAt<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

export type PolicyFieldPath = PathsOf<PolicySettings>;
export type PolicyFieldValue<P extends PolicyFieldPath> = ValueAt<PolicySettings, P>;

/** A school's own choices: only the fields it sets differently from its trust. */
export type PolicyOverrides = { [P in PolicyFieldPath]?: PolicyFieldValue<P> };

const isLeaf = (value: unknown): boolean => value === null || typeof value !== 'object' || Array.isArray(value);

/** Every field of a complete settings object, in a stable order. */
export function policyFieldPaths(settings: PolicySettings): PolicyFieldPath[] {
  const paths: string[] = [];
  const walk = (value: unknown, prefix: string) => {
    if (isLeaf(value)) {
      paths.push(prefix);
      return;
    }
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      walk(child, prefix ? `${prefix}.${key}` : key);
    }
  };
  walk(settings, '');
  return paths as PolicyFieldPath[];
}

export function getPolicyField(settings: PolicySettings, path: string): unknown {
  let value: unknown = settings;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A copy of `settings` with one field replaced; the input is left untouched. */
export function withPolicyField(settings: PolicySettings, path: string, value: unknown): PolicySettings {
  const keys = path.split('.');
  const replace = (node: unknown, depth: number): unknown => {
    const key = keys[depth] as string;
    const record = node as Record<string, unknown>;
    const next = depth === keys.length - 1 ? value : replace(record[key], depth + 1);
    return { ...record, [key]: next };
  };
  return replace(settings, 0) as PolicySettings;
}
