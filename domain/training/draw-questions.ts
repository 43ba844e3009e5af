/**
 * Which questions of a course's pool an attempt asks, and in what order: a pure function of the pool
 * and a seed, so an attempt records its seed and the draw can be replayed to audit it.
 */
export function drawQuestions<T>(pool: readonly T[], count: number, seed: number): T[] {
  const random = mulberry32(seed);
  const copy = [...pool];
  // Fisher-Yates, stopped once the first `count` places are chosen.
  const take = Math.min(count, copy.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, take);
}

/** A small seeded generator (mulberry32): not for secrets, only for a replayable draw. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
