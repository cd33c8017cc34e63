import { describe, expect, it } from "vitest";
import { actionBodyProblem, jsonDepth } from "./action-body";

const bytes = (s: string) => new TextEncoder().encode(s);
const TEXT = "text/plain;charset=UTF-8";

describe("a server action's body", () => {
  it("passes when it is the JSON Next's client sends", () => {
    expect(actionBodyProblem(TEXT, bytes('[{"lessonId":1,"upsert":[{"key":"n1","value":5}],"text":"[[[["}]'))).toBeNull();
    expect(actionBodyProblem(TEXT, bytes("[]"))).toBeNull();
  });

  it("is refused when it is not JSON, cut short, not UTF-8 or nested thousands deep", () => {
    expect(actionBodyProblem(TEXT, bytes("this is not json"))).toBe("malformed");
    expect(actionBodyProblem(TEXT, bytes('[{"lessonId":'))).toBe("malformed");
    expect(actionBodyProblem(TEXT, new Uint8Array([0x5b, 0xff, 0x5d]))).toBe("malformed");
    expect(actionBodyProblem(TEXT, bytes(`${"[".repeat(5000)}${"]".repeat(5000)}`))).toBe("too_deep");
  });

  it("counts depth outside strings only", () => {
    expect(jsonDepth('[{"a":"[[[\\"[["}]')).toBe(2);
  });

  it("accepts a whole multipart body and refuses a truncated one", () => {
    const type = "multipart/form-data; boundary=----WebKitFormBoundaryX";
    const whole = '------WebKitFormBoundaryX\r\nContent-Disposition: form-data; name="1"\r\n\r\n[]\r\n------WebKitFormBoundaryX--\r\n';
    expect(actionBodyProblem(type, bytes(whole))).toBeNull();
    expect(actionBodyProblem(type, bytes(whole.slice(0, 60)))).toBe("malformed");
  });
});
