// A small FollowTheMoney validator over the model the @alephdata/followthemoney package ships:
// schemata exist and are concrete, properties exist on the schema (through `extends`), required
// properties are present, values fit their type, and entity references point at entities of the
// right schema inside the same export. Reverse (stub) properties are refused, as FtM's own
// EntityProxy refuses them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface FtmProperty {
  type: string;
  range?: string;
  maxLength?: number;
  /** The reverse side of another schema's property (Person.mentionedBy of Mention.resolved): FtM fills it, a writer may not. */
  stub?: boolean;
}
interface FtmSchema {
  extends?: string[];
  required?: string[];
  abstract?: boolean;
  properties: Record<string, FtmProperty>;
}
interface FtmModel {
  schemata: Record<string, FtmSchema>;
  types: Record<string, { maxLength?: number; values?: Record<string, string> }>;
}

export interface FtmEntityLike {
  id: string;
  schema: string;
  properties: Record<string, unknown>;
}

export function loadFtmModel(): FtmModel {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('@alephdata/followthemoney/dist/defaultModel.json'), 'utf8')) as FtmModel;
}

/** The schema and every schema it extends. */
function lineage(model: FtmModel, name: string): string[] {
  const out: string[] = [];
  const visit = (n: string) => {
    if (out.includes(n)) return;
    out.push(n);
    for (const parent of model.schemata[n]?.extends ?? []) visit(parent);
  };
  visit(name);
  return out;
}

function propertyOf(model: FtmModel, schema: string, prop: string): FtmProperty | undefined {
  for (const s of lineage(model, schema)) {
    const p = model.schemata[s].properties[prop];
    if (p) return p;
  }
  return undefined;
}

const DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;

/** Every problem found, as readable lines; an empty list means the export is valid. */
export function validateFtm(entities: FtmEntityLike[], model: FtmModel = loadFtmModel()): string[] {
  const problems: string[] = [];
  const schemaOf = new Map<string, string>();
  for (const e of entities) {
    if (schemaOf.has(e.id)) problems.push(`${e.id}: duplicate id`);
    schemaOf.set(e.id, e.schema);
  }
  for (const e of entities) {
    const where = `${e.schema} ${e.id}`;
    if (typeof e.id !== 'string' || !e.id) problems.push(`${where}: missing id`);
    const schema = model.schemata[e.schema];
    if (!schema) {
      problems.push(`${where}: unknown schema`);
      continue;
    }
    if (schema.abstract) problems.push(`${where}: abstract schema`);
    for (const s of lineage(model, e.schema))
      for (const req of model.schemata[s].required ?? [])
        if (!Array.isArray(e.properties[req]) || !(e.properties[req] as unknown[]).length) problems.push(`${where}: required "${req}" missing`);
    for (const [name, values] of Object.entries(e.properties)) {
      const prop = propertyOf(model, e.schema, name);
      if (!prop) {
        problems.push(`${where}: no property "${name}" on ${e.schema}`);
        continue;
      }
      if (prop.stub) {
        problems.push(`${where}: "${name}" is a reverse property; set the property it mirrors instead`);
        continue;
      }
      if (!Array.isArray(values) || !values.length || !values.every((v) => typeof v === 'string' && v !== '')) {
        problems.push(`${where}.${name}: values must be a non-empty list of non-empty strings`);
        continue;
      }
      const type = model.types[prop.type];
      const maxLength = prop.maxLength ?? type?.maxLength;
      for (const v of values as string[]) {
        const bad = (why: string) => problems.push(`${where}.${name} = ${JSON.stringify(v.slice(0, 60))}: ${why}`);
        if (maxLength && prop.type !== 'text' && v.length > maxLength) bad(`longer than ${maxLength}`);
        if (prop.type === 'country' && !(v in (type.values ?? {}))) bad('not an FtM country code');
        if (prop.type === 'language' && !(v in (type.values ?? {}))) bad('not an FtM language code (ISO 639-3)');
        if (prop.type === 'date' && !DATE.test(v)) bad('not an ISO date');
        if (prop.type === 'number' && !Number.isFinite(Number(v))) bad('not a number');
        if (prop.type === 'url' && !/^https?:\/\//.test(v)) bad('not an http(s) URL');
        if (name === 'detectedSchema' && !model.schemata[v]) bad('not an FtM schema');
        if (prop.type === 'entity') {
          const target = schemaOf.get(v);
          if (!target) bad('references an entity not in the export');
          else if (prop.range && !lineage(model, target).includes(prop.range)) bad(`references a ${target}, expected a ${prop.range}`);
        }
      }
    }
  }
  return problems;
}
