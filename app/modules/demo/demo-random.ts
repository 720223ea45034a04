import { Faker, base } from "@faker-js/faker";

/**
 * The one source of randomness of the demo data. Faker's seeded Mersenne Twister makes every run
 * with the same seed produce the same data. Names, streets and texts come from the curated lists
 * of this folder rather than from Faker's locale data: those lists read like real people and
 * businesses of Lower Saxony and Normandy, whereas Faker's German and French locales mix in
 * Cologne street names and rare given names.
 */
export class DemoRandom {
  private readonly faker: Faker;

  constructor(seed: number) {
    this.faker = new Faker({ locale: [base] });
    this.faker.seed(seed);
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  chance(probability: number): boolean {
    return this.faker.datatype.boolean({ probability });
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  /** One value, drawn with the given relative weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    return this.faker.helpers.weightedArrayElement(entries.map(([value, weight]) => ({ value, weight })));
  }

  /** `count` distinct items (all of them when there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.faker.helpers.arrayElements([...items], Math.min(count, items.length));
  }
}
