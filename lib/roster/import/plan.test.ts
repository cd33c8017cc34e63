import { describe, expect, it } from "vitest";
import { analyseFile } from "./analyse";
import { planStudents, type TStudentContext } from "./plan-students";
import { planTeachers } from "./plan-teachers";
import type { TExistingStudent } from "./plan-types";

const TODAY = "2026-11-25";
const HEADER = "Фамилия;Имя;Отчество;Дата рождения;Класс;Фамилия родителя;Имя родителя;Отчество родителя;Телефон родителя";
const rowsOf = (lines: string[]) => analyseFile("students", new TextEncoder().encode([HEADER, ...lines].join("\n")), TODAY).rows;
const classes = [
  { id: 1, grade: 5, letter: "А" },
  { id: 2, grade: 5, letter: "Б" },
];
const person = { middleName: null, birthDate: null, phone: null, email: null };
const ctx = (students: TExistingStudent[] = [], parents: TStudentContext["parents"] = []): TStudentContext => ({
  classes,
  students,
  parents,
  effectiveDate: TODAY,
});

describe("planning pupils", () => {
  it("creates a pupil with a parent, and one account for a parent of two", () => {
    const plan = planStudents(
      rowsOf([
        "Галиев;Тимур;Ренатович;12.03.2015;5А;Галиева;Алсу;Ильдаровна;+7 917 111-22-33",
        "Галиева;Камила;Ренатовна;04.11.2016;5Б;Галиева;Алсу;Ильдаровна;8 917 111 22 33",
      ]),
      ctx(),
    );
    expect(plan.rows.map((r) => [r.status, r.notes.map((n) => n.key)])).toEqual([
      ["new", ["newStudent", "newParent"]],
      ["new", ["newStudent", "linkParent"]],
    ]);
    expect(plan.ops.newPeople.map((p) => [p.role, p.key, p.classId])).toEqual([
      ["STUDENT", "s2", 1],
      ["PARENT", "p1", 1],
      ["STUDENT", "s3", 2],
    ]);
    expect(plan.ops.links).toEqual([
      { parent: { newKey: "p1" }, child: { newKey: "s2" } },
      { parent: { newKey: "p1" }, child: { newKey: "s3" } },
    ]);
  });

  it("finds an existing pupil and parent and changes nothing when all agrees", () => {
    const student: TExistingStudent = {
      ...person,
      id: 10,
      lastName: "Галиев",
      firstName: "Тимур",
      middleName: "Ренатович",
      birthDate: "2015-03-12",
      enrolment: { id: 100, classId: 1, startDate: "2026-09-01" },
      parentIds: [20],
    };
    const parent = { ...person, id: 20, lastName: "Галиева", firstName: "Алсу", middleName: "Ильдаровна", phone: "+79171112233" };
    const plan = planStudents(rowsOf(["ГАЛИЕВ;Тимур;Ренатович;12.03.2015;5 «А»;Галиева;Алсу;Ильдаровна;+7 (917) 111-22-33"]), ctx([student], [parent]));
    expect(plan.rows[0]).toMatchObject({ status: "unchanged", notes: [] });
    expect(plan.ops).toEqual({ newPeople: [], enrolments: [], transfers: [], links: [], contactUpdates: [] });
  });

  it("transfers a pupil whose class differs, and updates a parent's new phone", () => {
    const student: TExistingStudent = {
      ...person,
      id: 10,
      lastName: "Хасанова",
      firstName: "Альфия",
      birthDate: "2015-07-20",
      enrolment: { id: 100, classId: 2, startDate: "2026-09-01" },
      parentIds: [20],
    };
    const parent = { ...person, id: 20, lastName: "Хасанов", firstName: "Ильдар", phone: "111111" };
    const plan = planStudents(rowsOf(["Хасанова;Альфия;;20.07.2015;5А;Хасанов;Ильдар;;89171234567"]), ctx([student], [parent]));
    expect(plan.rows[0]).toMatchObject({
      status: "changed",
      notes: [
        { key: "transfer", params: { from: "5 «Б»", to: "5 «А»" } },
        { key: "changed", column: "parentPhone" },
      ],
    });
    expect(plan.ops.transfers).toEqual([{ studentId: 10, enrolmentId: 100, fromClassId: 2, toClassId: 1, inPlace: false }]);
    expect(plan.ops.contactUpdates).toEqual([{ personId: 20, phone: "89171234567" }]);
  });

  it("lets a second row add a second parent, and refuses duplicates and contradictions", () => {
    const plan = planStudents(
      rowsOf([
        "Иванов;Иван;;01.02.2015;5А;Иванова;Мария;;",
        "Иванов;Иван;;01.02.2015;5А;Иванов;Сергей;;",
        "Иванов;Иван;;01.02.2015;5А;Иванов;Сергей;;",
        "Иванов;Иван;;01.02.2015;5Б;;;;",
        "Сидоров;Олег;;01.02.2015;7В;;;;",
      ]),
      ctx(),
    );
    expect(plan.rows.map((r) => [r.row, r.status, r.notes])).toEqual([
      [
        2,
        "new",
        [
          { key: "newStudent", params: { className: "5 «А»" } },
          { key: "newParent", params: { name: "Иванова Мария" } },
        ],
      ],
      [3, "new", [{ key: "newParent", params: { name: "Иванов Сергей" } }]],
      [4, "error", [{ key: "duplicateRow", params: { row: 2 } }]],
      [5, "error", [{ key: "conflictingClass", params: { row: 2 } }]],
      [6, "error", [{ key: "classNotFound", column: "class", params: { name: "7 «В»" } }]],
    ]);
    expect(plan.counts).toEqual({ new: 2, changed: 0, unchanged: 0, error: 3 });
  });

  it("refuses a pupil who matches two people", () => {
    const twin = { ...person, lastName: "Ли", firstName: "Ан", birthDate: "2015-01-01", enrolment: null, parentIds: [] };
    const plan = planStudents(
      rowsOf(["Ли;Ан;;01.01.2015;5А;;;;"]),
      ctx([
        { ...twin, id: 1 },
        { ...twin, id: 2 },
      ]),
    );
    expect(plan.rows[0]).toMatchObject({ status: "error", notes: [{ key: "ambiguous" }] });
  });
});

describe("planning teachers", () => {
  const file = (lines: string[]) => analyseFile("teachers", new TextEncoder().encode(["Фамилия,Имя,Отчество,Телефон,Email", ...lines].join("\n")), TODAY).rows;

  it("creates new teachers, updates changed contacts, leaves the rest", () => {
    const existing = [
      { ...person, id: 1, lastName: "Сафина", firstName: "Гөлнара", middleName: "Ринатовна", email: "old@example.ru" },
      { ...person, id: 2, lastName: "Петров", firstName: "Иван", middleName: null, phone: "+7 900 000-00-00" },
    ];
    const plan = planTeachers(
      file(["Сафина,Гөлнара,Ринатовна,,new@example.ru", "Петров,Иван,,8 900 000 00 00,", "Новикова,Ольга,,,", "Новикова,Ольга,,,"]),
      existing,
    );
    expect(plan.rows.map((r) => [r.status, r.notes])).toEqual([
      ["changed", [{ key: "changed", column: "email" }]],
      ["unchanged", []],
      ["new", [{ key: "newTeacher" }]],
      ["error", [{ key: "duplicateRow", params: { row: 4 } }]],
    ]);
    expect(plan.ops.contactUpdates).toEqual([{ personId: 1, email: "new@example.ru" }]);
  });
});
