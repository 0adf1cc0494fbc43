// A type menu's options grouped by family, as the timeline legend colours them (EVENT_FAMILIES):
// a long flat list of 27 types hid that "attack", "killing" and "military operation" go together.
// Each family's group starts with the whole family as one choice, its types as a comma list (the
// API's `type` takes one): the same value in every menu, so a link keeps its meaning between them.
import { EVENT_TYPES } from '../../types.js';
import { h } from './dom.js';
import { EVENT_FAMILIES, eventFamily, eventTypeLabel } from './format.js';

/** Each family with every type it holds (of EVENT_TYPES; "other": those in no family). */
const FAMILIES = [
  ...EVENT_FAMILIES.map((f) => ({ family: f.family as string, label: f.label as string, all: f.types as readonly string[] })),
  { family: 'other', label: 'Other', all: EVENT_TYPES.filter((t) => eventFamily(t) === 'other') as readonly string[] },
];

/** The words for a whole family as a choice: "All violence", "All other types". */
const wholeFamily = (f: (typeof FAMILIES)[number]) => (f.family === 'other' ? 'All other types' : `All ${f.label.toLowerCase()}`);

/** `types` (those the menu offers) in an optgroup per family, each led by its whole family (the same
 *  choice whichever of its types a menu offers); `selected` is the value filtered by. */
export function eventTypeOptions(types: readonly string[], selected: string | null | undefined): HTMLElement[] {
  return FAMILIES.flatMap((f) => {
    const shown = types.filter((t) => eventFamily(t) === f.family);
    if (!shown.length) return [];
    const value = f.all.join(',');
    return [h('optgroup', { label: f.label, 'data-family': f.family },
      h('option', { value, selected: selected === value }, wholeFamily(f)),
      shown.map((t) => h('option', { value: t, selected: t === selected }, eventTypeLabel(t))))];
  });
}

