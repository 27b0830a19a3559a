import { describe, expect, it } from 'vitest';
import { bandOfStep, guardWithEngine, learnWeights, weightAt, type ValidationSeries } from './combination-weights';

/** A held-out window where `truth` happened; the engine and the global model each miss by their own error. */
function series(demandClass: string, engineError: number, globalError: number, horizon = 13, weight = 1): ValidationSeries {
  const actual = Float64Array.from({ length: horizon }, (_, t) => 10 + (t % 3));
  return {
    demandClass,
    actual,
    engine: actual.map((a, t) => a + engineError * (t % 2 === 0 ? 1 : -1)),
    global: actual.map((a, t) => a + globalError * (t % 2 === 0 ? 1 : -1)),
    scale: 4,
    weight,
  };
}

describe('learnt weights of the global model', () => {
  it('bands steps 1–4, 5–13 and 14+', () => {
    expect([0, 3, 4, 12, 13, 40].map(bandOfStep)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('gives each class the weight that minimises its scaled squared error', () => {
    const weights = learnWeights([
      ...Array.from({ length: 40 }, () => series('smooth', 3, 0)),
      ...Array.from({ length: 40 }, () => series('intermittent', 0, 3)),
    ]);
    // Each is pulled a little toward the other by the overall curve (40 series against a prior of 20).
    for (const w of weights.classes.smooth!.bands.slice(0, 2)) expect(w).toBeGreaterThanOrEqual(0.9);
    for (const w of weights.classes.intermittent!.bands.slice(0, 2)) expect(w).toBeLessThanOrEqual(0.1);
    // Errors of opposite sign cancel in the average: half and half is best.
    const opposite = learnWeights(
      Array.from({ length: 40 }, () => {
        const s = series('erratic', 2, 0);
        return { ...s, global: Float64Array.from(s.actual, (a, t) => 2 * a - (s.engine[t] as number)) };
      }),
    );
    expect(opposite.classes.erratic!.bands[0]).toBe(0.5);
  });

  it('lets one series far off its scale decide the weight under the squared cost, but not under the root cost', () => {
    // 39 series where the engine is exact and the model a unit off; one where the engine misses a bulk order by 20.
    const validation = [...Array.from({ length: 39 }, () => series('lumpy', 0, 1)), series('lumpy', 20, 0)];
    const squared = learnWeights(validation);
    const root = learnWeights(validation, 'root');
    for (const w of squared.classes.lumpy!.bands.slice(0, 2)) expect(w).toBeGreaterThanOrEqual(0.8);
    for (const w of root.classes.lumpy!.bands.slice(0, 2)) expect(w).toBeLessThanOrEqual(0.1);
  });

  it('pulls a class with few series toward the overall weight, and leaves unseen classes to the engine', () => {
    const weights = learnWeights([...Array.from({ length: 200 }, () => series('smooth', 3, 0)), series('lumpy', 1, 1.2)]);
    // Alone, lumpy's own evidence (global slightly worse) would give 0.4 or so; 200 smooth series say 1.
    expect(weights.classes.lumpy!.bands[0]).toBeGreaterThan(0.5);
    expect(weightAt(weights, 'lumpy', 0)).toBe(weights.classes.lumpy!.bands[0]);
    expect(weightAt(weights, 'zero', 0)).toBe(0);
  });

  it('skips series that cannot be scaled or sold nothing recently', () => {
    const weights = learnWeights([{ ...series('smooth', 3, 0), scale: 0 }, { ...series('smooth', 3, 0), weight: 0 }]);
    expect(weights.classes).toEqual({});
  });

  it('keeps the engine where the learnt weight does not beat it on the season-aligned window', () => {
    // Just before the origin the global model is the better; a year before the horizon it is far worse in the first band only.
    const learnt = learnWeights(Array.from({ length: 40 }, () => series('smooth', 3, 0)));
    expect(learnt.classes.smooth!.bands[0]).toBeGreaterThan(0.5);
    const peak = Array.from({ length: 40 }, () => {
      const s = series('smooth', 1, 0);
      return { ...s, global: Float64Array.from(s.actual, (a, t) => (t < 4 ? a + 6 : a)) };
    });
    const guarded = guardWithEngine(learnt, peak);
    expect(guarded.classes.smooth!.bands[0]).toBe(0);
    expect(guarded.classes.smooth!.bands[1]).toBe(learnt.classes.smooth!.bands[1]);
    // With too few series on that window a class keeps what it learnt.
    const few = guardWithEngine(learnt, peak.slice(0, 3));
    expect(few.classes.smooth!.bands).toEqual(learnt.classes.smooth!.bands);
  });
});
