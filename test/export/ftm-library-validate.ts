// FollowTheMoney checks made by the bundled @alephdata/followthemoney library itself (its Model,
// Schema and Property classes), beside ftm-validate.ts, which reads the same package's model file
// on its own: an export both accept is valid as the library defines it, not only as we read it.
import { createRequire } from 'node:module';
import type { Model as FtmModel } from '@alephdata/followthemoney';
import type { FtmEntityLike } from './ftm-validate.js';

const require = createRequire(import.meta.url);
const ftm = require('@alephdata/followthemoney') as typeof import('@alephdata/followthemoney');

/** The library's model of schemata and property types, as the package ships it. */
export function libraryModel(): FtmModel {
  return new ftm.Model(ftm.defaultModel);
}

/** Each problem the library's classes find (unknown or abstract schema, unknown, reverse or over-long property, a value outside its type's list, a reference out of range or out of the export); empty when none. */
export function validateWithLibrary(entities: readonly FtmEntityLike[], model: FtmModel = libraryModel()): string[] {
  const problems: string[] = [];
  const schemaOf = new Map(entities.map((e) => [e.id, e.schema]));
  for (const e of entities) {
    const where = `${e.schema} ${e.id}`;
    if (!model.schemata[e.schema]) {
      problems.push(`${where}: not a schema of the library`);
      continue;
    }
    const schema = model.getSchema(e.schema);
    if (schema.abstract) problems.push(`${where}: abstract schema`);
    for (const required of schema.required) if (!Array.isArray(e.properties[required])) problems.push(`${where}: required ${required} missing`);
    for (const [name, values] of Object.entries(e.properties)) {
      if (!schema.hasProperty(name)) {
        problems.push(`${where}: the library's ${e.schema} has no ${name}`);
        continue;
      }
      const prop = schema.getProperty(name);
      if (prop.stub) problems.push(`${where}.${name}: a reverse property`);
      for (const value of values as unknown[]) {
        if (typeof value !== 'string') {
          problems.push(`${where}.${name}: a value that is not a string`);
          continue;
        }
        const type = prop.type;
        if (type.values.size && !type.values.has(value)) problems.push(`${where}.${name} = ${value}: not a ${type.name} the library knows`);
        if (type.name !== 'text' && type.maxLength && value.length > type.maxLength) problems.push(`${where}.${name}: longer than the ${type.name} type's ${type.maxLength}`);
        if (type.name === 'entity') {
          const target = schemaOf.get(value);
          if (!target) problems.push(`${where}.${name}: ${value} is not in the export`);
          else if (!model.getSchema(target).isA(prop.getRange())) problems.push(`${where}.${name}: a ${target}, where the library wants a ${prop.getRange().name}`);
        }
      }
    }
    // the library's own reading of the record (it throws on a schema it cannot place)
    try {
      model.getEntity({ id: e.id, schema: e.schema, properties: e.properties as Record<string, string[]> });
    } catch (err) {
      problems.push(`${where}: the library refuses it: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return problems;
}
