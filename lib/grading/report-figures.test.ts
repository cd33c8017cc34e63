import { describe, expect, it } from "vitest";
import { reportFigures } from "./report-figures";

describe("report figures", () => {
  it("computes успеваемость, качество and СОУ by hand-checked example", () => {
    // 10 pupils: 3 fives, 4 fours, 2 threes, 1 two
    const f = reportFigures([5, 5, 5, 4, 4, 4, 4, 3, 3, 2]);
    expect(f).toMatchObject({ counted: 10, fives: 3, fours: 4, threes: 2, twos: 1, notAssessed: 0 });
    expect(f.successRate).toBe(90);
    expect(f.qualityRate).toBe(70);
    // (3·100 + 4·64 + 2·36 + 1·16) / 10 = 64.4
    expect(f.sou).toBe(64.4);
  });

  it("leaves exempted pupils out and counts not assessed ones", () => {
    const f = reportFigures([5, 4, "exempt", "not_assessed"]);
    expect(f.counted).toBe(3);
    expect(f.successRate).toBe(66.7);
    expect(f.qualityRate).toBe(66.7);
    // (100 + 64 + 7) / 3 = 57
    expect(f.sou).toBe(57);
  });

  it("has no rates when nobody is counted", () => {
    expect(reportFigures(["exempt"]).successRate).toBeNull();
    expect(reportFigures([]).sou).toBeNull();
  });
});
