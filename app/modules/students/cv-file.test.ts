import { describe, expect, it } from "vitest";
import { cvContentDisposition, cvFileName } from "./cv-file";

describe("cvFileName", () => {
  it("keeps the student's name for the file, without folders or odd characters", () => {
    expect(cvFileName("Lebenslauf Noé.pdf")).toBe("Lebenslauf Noé.pdf");
    expect(cvFileName("C:\\Users\\noe\\CV 2027.PDF")).toBe("CV 2027.pdf");
    expect(cvFileName("../../etc/passwd")).toBe("passwd.pdf");
    expect(cvFileName('cv"; filename="evil.html')).toBe("cv__ filename__evil.html.pdf");
    expect(cvFileName("line\r\nbreak.pdf")).toBe("line__break.pdf");
  });

  it("falls back to cv.pdf and stays short", () => {
    expect(cvFileName("")).toBe("cv.pdf");
    expect(cvFileName("....pdf")).toBe("cv.pdf");
    expect(cvFileName(`${"a".repeat(200)}.pdf`)).toBe(`${"a".repeat(80)}.pdf`);
  });
});

describe("cvContentDisposition", () => {
  it("is an attachment with an ASCII name and the real one, nothing that could end the header early", () => {
    expect(cvContentDisposition("Lebenslauf Noé (2027).pdf")).toBe(
      "attachment; filename=\"Lebenslauf Noe (2027).pdf\"; filename*=UTF-8''Lebenslauf%20No%C3%A9%20%282027%29.pdf",
    );
    expect(cvContentDisposition('a"b;c.pdf')).toBe("attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a_b_c.pdf");
  });
});
