import { describe, expect, it } from "vitest";
import { placeQuote, quoteOf } from "../../widget/inline/anchor";

const ARTICLE =
  "In 2019 the bridge at Al-Bukamal was rebuilt by volunteers. The town council paid for the steel. " +
  "Two years later the bridge was closed again, and the town council asked for help. " +
  "Reporters who crossed the bridge described the river below as calm.";

/** The text a span covers. */
const at = (text: string, span: { start: number; end: number } | null) => span && text.slice(span.start, span.end);

describe("quoteOf", () => {
  it("takes the passage with 32 chars of context either side", () => {
    const start = ARTICLE.indexOf("was rebuilt");
    const quote = quoteOf(ARTICLE, start, start + "was rebuilt".length)!;
    expect(quote.exact).toBe("was rebuilt");
    expect(quote.prefix).toBe("n 2019 the bridge at Al-Bukamal ");
    expect(quote.suffix).toBe(" by volunteers. The town council");
  });

  it("trims spaces around the selection and cuts at 500 chars", () => {
    expect(quoteOf("a  word  b", 1, 9)).toEqual({ exact: "word", prefix: "a  ", suffix: "  b" });
    expect(quoteOf("x".repeat(900), 0, 900)!.exact).toHaveLength(500);
    expect(quoteOf("a    b", 1, 5)).toBeNull();
  });

  it("gives empty context at the edges of the text", () => {
    expect(quoteOf("whole", 0, 5)).toEqual({ exact: "whole", prefix: "", suffix: "" });
  });
});

describe("placeQuote, exact", () => {
  it("finds a passage that occurs once", () => {
    const span = placeQuote(ARTICLE, { exact: "paid for the steel", prefix: "", suffix: "" });
    expect(at(ARTICLE, span)).toBe("paid for the steel");
    expect(span!.start).toBe(ARTICLE.indexOf("paid for"));
  });

  it("survives text added before the passage", () => {
    const quote = quoteOf(ARTICLE, ARTICLE.indexOf("calm"), ARTICLE.indexOf("calm") + 4)!;
    const edited = `Update: corrected. ${ARTICLE}`;
    expect(placeQuote(edited, quote)!.start).toBe(edited.indexOf("calm"));
  });
});

describe("placeQuote, ambiguous passages", () => {
  it.each([
    ["first", ARTICLE.indexOf("the bridge")],
    ["second", ARTICLE.indexOf("the bridge", ARTICLE.indexOf("the bridge") + 1)],
    ["third", ARTICLE.lastIndexOf("the bridge")],
  ])("tells the %s of three occurrences apart by prefix and suffix", (_, start) => {
    const quote = quoteOf(ARTICLE, start, start + "the bridge".length)!;
    expect(placeQuote(ARTICLE, quote)!.start).toBe(start);
  });

  it("uses the suffix alone when there is no prefix", () => {
    const second = ARTICLE.lastIndexOf("the town council");
    const span = placeQuote(ARTICLE, { exact: "the town council", prefix: "", suffix: " asked for help" });
    expect(span!.start).toBe(second);
  });

  it("takes the first occurrence when nothing tells them apart", () => {
    expect(placeQuote(ARTICLE, { exact: "the bridge", prefix: "", suffix: "" })!.start).toBe(
      ARTICLE.indexOf("the bridge"),
    );
  });

  it("still tells them apart when the context was edited a little", () => {
    const start = ARTICLE.lastIndexOf("the bridge");
    const quote = quoteOf(ARTICLE, start, start + "the bridge".length)!;
    const edited = ARTICLE.replace("Reporters who crossed", "Journalists who crossed");
    expect(placeQuote(edited, quote)!.start).toBe(edited.lastIndexOf("the bridge"));
  });
});

describe("placeQuote, edited text (fuzzy)", () => {
  it("finds a passage with a word changed", () => {
    const start = ARTICLE.indexOf("the bridge at Al-Bukamal was rebuilt");
    const quote = quoteOf(ARTICLE, start, start + "the bridge at Al-Bukamal was rebuilt".length)!;
    const edited = ARTICLE.replace("was rebuilt", "was repaired");
    expect(at(edited, placeQuote(edited, quote))).toBe("the bridge at Al-Bukamal was repaired");
  });

  it("finds a passage with a typo fixed and whitespace changed", () => {
    const text = "The council  paid for teh steel, and the mayor thanked them.";
    const span = placeQuote(text.replace("teh", "the").replace("  ", " "), {
      exact: "council  paid for teh steel",
      prefix: "The ",
      suffix: ", and",
    });
    expect(at(text.replace("teh", "the").replace("  ", " "), span)).toBe("council paid for the steel");
  });

  it("prefers the edited quoted spot over an unedited look-alike elsewhere", () => {
    const text = "Alpha beta gamma said the mayor on Monday. Later, everyone said the mayor was right about it.";
    const start = text.indexOf("said the mayor");
    const quote = quoteOf(text, start, start + "said the mayor".length)!;
    const edited = text.replace("said the mayor", "said the town mayor");
    expect(at(edited, placeQuote(edited, quote))).toBe("said the town mayor");
    expect(placeQuote(edited, quote)!.start).toBe(start);
  });

  it("finds a long passage with a sentence rewritten in part", () => {
    const passage = ARTICLE.slice(0, ARTICLE.indexOf("Two years"));
    const quote = quoteOf(ARTICLE, 0, passage.length)!;
    const edited = ARTICLE.replace("paid for the steel", "paid for all the steel");
    expect(at(edited, placeQuote(edited, quote))).toMatch(/^In 2019 .* all the steel\.$/);
  });
});

describe("placeQuote, lost anchors", () => {
  it("answers null when the passage was rewritten", () => {
    const quote = quoteOf(ARTICLE, 0, 30)!;
    expect(placeQuote("A completely different article about gardening and tomatoes in May.", quote)).toBeNull();
  });

  it("answers null when a short passage was changed at all", () => {
    expect(placeQuote("The cat sat.", { exact: "dog", prefix: "The ", suffix: " sat." })).toBeNull();
  });

  it("answers null for an empty text or passage", () => {
    expect(placeQuote("", { exact: "abc", prefix: "", suffix: "" })).toBeNull();
    expect(placeQuote("abc", { exact: "", prefix: "", suffix: "" })).toBeNull();
  });
});
