// "Mt Cook Village" and "Mount Cook Village", "Aoraki / Mt. Cook National Park" and "Aoraki Mount
// Cook National Park": news writes one mountain, and every park, village or hut named for it, with
// "Mount" or its abbreviation. An entity's key reads the abbreviation as the word, so the spellings
// are one entity within an article and across articles. Only the mixed-case "Mt" before a
// capitalised word: "MT" after a town is Montana.

/** "Mt", "Mt." or tokenised text's "Mt ." before a capitalised word. */
const ABBREVIATED_MOUNT = /(?<![\p{L}\p{N}])Mt(?:\p{Zs}*\.)?(?=\p{Zs}+\p{Lu})/gu;

/** The name with each abbreviated "Mount" written out; other names unchanged. */
export function withMountWrittenOut(name: string): string {
  return name.includes('Mt') ? name.replace(ABBREVIATED_MOUNT, 'Mount') : name;
}
