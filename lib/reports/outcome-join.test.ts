import { describe, expect, it } from "vitest";
import { THRESHOLDS, weightedAverage } from "@/lib/grading/term-mark";
import { joinOutcomes, type TMarkGroup } from "./outcome-join";

const terms = [
  { id: 1, schoolId: 10, thresholds: THRESHOLDS.T260 },
  { id: 2, schoolId: 20, thresholds: THRESHOLDS.T250 },
];

describe("joining a term's rows into cells", () => {
  it("gives each pupil the subjects of their own class, in their own term", () => {
    const rows = joinOutcomes({
      terms,
      pupils: [
        { termId: 1, classId: 100, studentId: 7, leftOn: null },
        { termId: 2, classId: 200, studentId: 8, leftOn: null },
      ],
      subjects: [
        { termId: 1, classId: 100, subjectId: 1 },
        { termId: 1, classId: 100, subjectId: 2 },
        { termId: 2, classId: 200, subjectId: 3 },
        { termId: 1, classId: 101, subjectId: 4 },
      ],
      finals: [{ termId: 2, studentId: 7, subjectId: 1, status: "GRADED", value: 2 }],
      exemptions: [],
      markGroups: [],
    });
    expect(rows.map((r) => [r.schoolId, r.studentId, r.subjectId])).toEqual([
      [10, 7, 1],
      [10, 7, 2],
      [20, 8, 3],
    ]);
    // The term mark of another term is not this term's.
    expect(rows[0].cell).toEqual({ kind: "none" });
  });

  it("averages marks grouped by weight exactly as the marks one by one", () => {
    // Marks 5, 4, 4 (weight 1), 3 (weight 3) and a pending point: (13 + 9) / 6 = 3.67 → 4 under 3.6.
    const oneByOne = weightedAverage([
      { value: 5, weight: 1 },
      { value: 4, weight: 1 },
      { value: 4, weight: 1 },
      { value: 3, weight: 3 },
      { value: null, weight: 1, isPending: true },
    ]);
    const groups: TMarkGroup[] = [
      [1, 7, 1, 1, false, 13, 3],
      [1, 7, 1, 3, false, 3, 1],
      [1, 7, 1, 1, true, null, 0],
    ];
    const [row] = joinOutcomes({
      terms,
      pupils: [{ termId: 1, classId: 100, studentId: 7, leftOn: null }],
      subjects: [{ termId: 1, classId: 100, subjectId: 1 }],
      finals: [],
      exemptions: [],
      markGroups: groups,
    });
    expect(row.cell).toEqual({ kind: "suggested", outcome: 4, average: oneByOne });
    expect(row.outcome).toBe(4);
  });

  it("marks exemptions and leaves a pupil who left out of the counts", () => {
    const rows = joinOutcomes({
      terms,
      pupils: [
        { termId: 1, classId: 100, studentId: 7, leftOn: null },
        { termId: 1, classId: 100, studentId: 9, leftOn: "2026-11-20" },
      ],
      subjects: [{ termId: 1, classId: 100, subjectId: 1 }],
      finals: [{ termId: 1, studentId: 9, subjectId: 1, status: "GRADED", value: 5 }],
      exemptions: [{ termId: 1, studentId: 7, subjectId: 1 }],
      markGroups: [],
    });
    expect(rows.map((r) => [r.cell.kind, r.outcome])).toEqual([
      ["exempt", "exempt"],
      ["set", null],
    ]);
  });
});
