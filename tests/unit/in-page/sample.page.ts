/**
 * Named functions of every shape esbuild's keepNames wraps in `__name(…)`: a declaration, a const arrow, an
 * object's arrow property, a class. tests/unit/in-page.test.ts sends it as tests/e2e/in-page.ts sends any
 * page module.
 */
export function namedShapes(values: number[]): string[] {
  function square(value: number): number {
    return value * value;
  }
  const double = (value: number) => value * 2;
  const helpers = { negate: (value: number) => -value };
  class Total {
    sum = 0;
    add(value: number): Total {
      this.sum += value;
      return this;
    }
  }
  const total = values
    .map(square)
    .map(double)
    .map(helpers.negate)
    .reduce((sum, value) => sum.add(value), new Total());
  return [square.name, double.name, helpers.negate.name, Total.name, String(total.sum)];
}
