import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkboxList, formDataToObject, rowsOf, validateForm, valuesToKeep } from "./forms";

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

describe("lists and repeated rows", () => {
  it("turns a name sent several times into a list, and a single one into text", () => {
    const form = new FormData();
    form.append("fields", "IT");
    form.append("fields", "METAL");
    form.append("title", "Praktikum");
    expect(formDataToObject(form)).toEqual({ fields: ["IT", "METAL"], title: "Praktikum" });
  });

  it("gives a checkbox list schema an array whatever the browser sent", () => {
    const schema = z.object({ days: checkboxList(z.coerce.number().int().min(1).max(7)) });
    expect(validateForm(schema, {})).toEqual({ ok: true, data: { days: [] } });
    expect(validateForm(schema, { days: "3" })).toEqual({ ok: true, data: { days: [3] } });
    expect(validateForm(schema, { days: ["1", "9"] })).toMatchObject({
      ok: false,
      errors: { days: expect.any(String) },
    });
  });

  it("reads numbered rows in order, skips blank ones, and names errors after the row's field", () => {
    const values = {
      "periods.1.startsOn": "2027-06-01",
      "periods.0.startsOn": "2027-05-01",
      "periods.2.startsOn": " ",
      other: "x",
    };
    expect(rowsOf(values, "periods")).toEqual([{ startsOn: "2027-05-01" }, { startsOn: "2027-06-01" }]);
    const schema = z.object({ periods: z.array(z.object({ startsOn: z.iso.date({ message: "bad" }) })) });
    expect(validateForm(schema, { periods: [{ startsOn: "2027-05-01" }, { startsOn: "x" }] })).toEqual({
      ok: false,
      errors: { "periods.1.startsOn": "bad" },
    });
  });
});
