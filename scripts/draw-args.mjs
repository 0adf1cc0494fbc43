// Command-line reading shared by the held-out set draw scripts (ecb-set-draw, tbaq-set-draw).

/** A flag's whole-number value, or dflt when absent; a flag with no whole number after it is a usage
 *  error (exit 2), not NaN, which would draw nothing. */
export function wholeNumberFlag(args, name, dflt) {
  if (!args.includes(name)) return dflt;
  const value = args[args.indexOf(name) + 1];
  if (value === undefined || !/^\d+$/.test(value)) {
    console.error(`${name} needs a whole number`);
    process.exit(2);
  }
  return Number(value);
}

/** The first argument that is neither a flag nor a flag's value. */
export function positional(args) {
  return args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
}
