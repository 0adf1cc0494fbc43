#!/usr/bin/env node
// Draws the TBAQ held-out sets without reading any text: the 256 .tml paths of TempEval-3's TimeBank and
// AQUAINT folders ("TimeBank/wsj_0505.tml"), sorted by code point, shuffled as Python's
// random.Random(1902).shuffle shuffles them (MT19937 seeded by init_by_array, _randbelow by getrandbits),
// the shuffle that gave sets A-H and K-N. Prints items FROM to TO (0-based, TO exclusive), one path a line.
// Sets: A 0-14, B 14-30, C 30-45, D 45-61, E 61-77, F 77-93, G 93-109, H 109-125, K 125-141, L 141-157, M 157-173, N 173-189.
//   node scripts/tbaq-set-draw.mjs TEMPEVAL3_DIR [--from 173] [--to 189] [--seed 1902]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { positional, wholeNumberFlag } from './draw-args.mjs';

const args = process.argv.slice(2);
const flag = (name, dflt) => wholeNumberFlag(args, name, dflt);
const dir = positional(args);
if (!dir) {
  console.error('usage: node scripts/tbaq-set-draw.mjs TEMPEVAL3_DIR [--from 173] [--to 189] [--seed 1902]');
  process.exit(2);
}
const seed = flag('--seed', 1902);
const from = flag('--from', 173);
const to = flag('--to', 189);

/** Python's Mersenne Twister (CPython _randommodule.c), seeded as random.Random(seed) seeds it. */
function pythonRandom(seedValue) {
  const mt = new Uint32Array(624);
  let mti = 625;
  const initGenrand = (s) => {
    mt[0] = s >>> 0;
    for (mti = 1; mti < 624; mti++) mt[mti] = (Math.imul(1812433253, mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti) >>> 0;
  };
  // init_by_array with the seed's 32-bit words, least significant first (one word for a seed below 2^32)
  const key = [];
  for (let n = seedValue; ; n = Math.floor(n / 2 ** 32)) {
    key.push(n % 2 ** 32);
    if (n < 2 ** 32) break;
  }
  initGenrand(19650218);
  let i = 1;
  let j = 0;
  for (let k = Math.max(624, key.length); k > 0; k--) {
    mt[i] = ((mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1664525)) + key[j] + j) >>> 0;
    i++;
    j++;
    if (i >= 624) { mt[0] = mt[623]; i = 1; }
    if (j >= key.length) j = 0;
  }
  for (let k = 623; k > 0; k--) {
    mt[i] = ((mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1566083941)) - i) >>> 0;
    i++;
    if (i >= 624) { mt[0] = mt[623]; i = 1; }
  }
  mt[0] = 0x80000000;
  mti = 624;
  const genrand = () => {
    if (mti >= 624) {
      for (let kk = 0; kk < 624; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % 624] & 0x7fffffff);
        mt[kk] = (mt[(kk + 397) % 624] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
      }
      mti = 0;
    }
    let y = mt[mti++];
    y ^= y >>> 11;
    y = (y ^ ((y << 7) & 0x9d2c5680)) >>> 0;
    y = (y ^ ((y << 15) & 0xefc60000)) >>> 0;
    return (y ^ (y >>> 18)) >>> 0;
  };
  // random._randbelow_with_getrandbits for n < 2^32: k = n.bit_length(), draw k bits until below n
  const randbelow = (n) => {
    const k = 32 - Math.clz32(n);
    for (;;) {
      const r = genrand() >>> (32 - k);
      if (r < n) return r;
    }
  };
  return { randbelow };
}

const names = [];
for (const sub of ['TimeBank', 'AQUAINT']) for (const f of readdirSync(join(dir, sub))) if (f.endsWith('.tml')) names.push(`${sub}/${f}`);
names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const { randbelow } = pythonRandom(seed);
for (let i = names.length - 1; i > 0; i--) {
  const j = randbelow(i + 1);
  [names[i], names[j]] = [names[j], names[i]];
}
console.log(names.slice(from, to).join('\n'));
