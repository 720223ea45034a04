import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formDataToObject, validateForm, valuesToKeep } from "./forms";

describe("validateForm", () => {
  const schema = z.object({
    email: z.email({ message: "auth:errors.emailInvalid" }),
    age: z.coerce.number().min(14, { message: "too young" }),
  });

  it("returns the parsed data", () => {
    expect(validateForm(schema, { email: "a@b.de", age: "16" })).toEqual({
      ok: true,
      data: { email: "a@b.de", age: 16 },
    });
  });

  it("returns one message key per field", () => {
    expect(validateForm(schema, { email: "nope", age: "3" })).toEqual({
      ok: false,
      errors: { email: "auth:errors.emailInvalid", age: "too young" },
    });
  });
});

describe("formDataToObject and valuesToKeep", () => {
  it("keeps text values and never hands passwords back to the page", () => {
    const form = new FormData();
    form.append("email", "a@b.de");
    form.append("password", "secret-secret");
    form.append("passwordConfirm", "secret-secret");
    expect(valuesToKeep(formDataToObject(form))).toEqual({ email: "a@b.de" });
  });
});
