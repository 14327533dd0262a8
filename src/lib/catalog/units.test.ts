import { describe, expect, it } from 'vitest';
import {
  acresToM2,
  apparentPowerKva,
  feetToMetres,
  formatAcres,
  formatArea,
  formatCurrency,
  formatKva,
  formatLength,
  formatMu,
  formatNumber,
  formatPower,
  ft2ToM2,
  m2ToAcres,
  m2ToFt2,
  m2ToMu,
  metresToFeet,
  muToM2,
} from './units';

describe('conversions', () => {
  it('length and area', () => {
    expect(metresToFeet(0.3048)).toBeCloseTo(1, 12);
    expect(feetToMetres(10)).toBeCloseTo(3.048, 12);
    expect(m2ToFt2(1)).toBeCloseTo(10.7639, 4);
    expect(ft2ToM2(10000)).toBeCloseTo(929.0304, 9);
  });
  it('mu (1/15 ha) and acres', () => {
    expect(muToM2(1)).toBeCloseTo(666.6667, 4);
    expect(m2ToMu(10_000)).toBeCloseTo(15, 12);
    expect(m2ToAcres(4046.8564224)).toBeCloseTo(1, 12);
    expect(acresToM2(2.5)).toBeCloseTo(10117.141056, 6);
    // 1 mu ≈ 0.1647 acres
    expect(m2ToAcres(muToM2(1))).toBeCloseTo(0.16474, 5);
  });
});

describe('formatLength', () => {
  it('metric with one decimal and grouping', () => {
    expect(formatLength(12, 'metric', 'en')).toBe('12.0 m');
    expect(formatLength(12, 'metric', 'zh')).toBe('12.0 m');
    expect(formatLength(1234.56, 'metric', 'en')).toBe('1,234.6 m');
    expect(formatLength(1.62, 'metric', 'en', 2)).toBe('1.62 m');
    expect(formatLength(-0.01, 'metric', 'en')).toBe('0.0 m');
  });
  it('imperial to the nearest inch: 12.0 m = 472.4 in = 39 ft 4 in', () => {
    expect(formatLength(12, 'imperial', 'en')).toBe('39 ft 4 in');
    expect(formatLength(12, 'imperial', 'zh')).toBe('39英尺4英寸');
    expect(formatLength(feetToMetres(40), 'imperial', 'en')).toBe('40 ft');
    expect(formatLength(0.127, 'imperial', 'en')).toBe('5 in');
    expect(formatLength(0, 'imperial', 'en')).toBe('0 in');
    expect(formatLength(-0.3556, 'imperial', 'en')).toBe('-1 ft 2 in');
    // 3.6576 m is 143.999… in, which rounds up into the next foot rather than "11 ft 12 in".
    expect(formatLength(3.6575, 'imperial', 'en')).toBe('12 ft');
    expect(formatLength(Number.NaN, 'metric', 'en')).toBe('—');
  });
});

describe('formatArea, formatMu, formatAcres', () => {
  it('areas', () => {
    expect(formatArea(1200, 'metric', 'en')).toBe('1,200 m²');
    expect(formatArea(1200, 'imperial', 'en')).toBe('12,917 ft²');
    expect(formatArea(1200, 'imperial', 'zh')).toBe('12,917平方英尺');
    expect(formatMu(8333.33, 'zh')).toBe('12.5亩');
    expect(formatMu(8333.33, 'en')).toBe('12.5 mu');
    expect(formatAcres(12500, 'en')).toBe('3.09 acres');
    expect(formatAcres(12500, 'zh')).toBe('3.09英亩');
  });
  it('formatNumber groups digits and hides a negative zero', () => {
    expect(formatNumber(1234567.891, 'en', 2)).toBe('1,234,567.89');
    expect(formatNumber(-0.0001, 'zh', 1)).toBe('0.0');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('—');
  });
});

describe('power', () => {
  it('apparent power: 63 A three-phase at 380 V ≈ 41.5 kVA; 32 A single-phase at 220 V = 7.04 kVA', () => {
    expect(apparentPowerKva(63, 3, 380)).toBeCloseTo(41.4653, 4);
    expect(apparentPowerKva(32, 1, 220)).toBeCloseTo(7.04, 12);
    expect(formatKva(apparentPowerKva(63, 3, 380), 'en')).toBe('41.5 kVA');
  });
  it('drops, amps, phases and volts in both languages', () => {
    expect(formatPower({ drops: 4, amps: 63, phases: 3, volts: 380 }, 'en')).toBe('4 × 63 A, 3-phase 380 V');
    expect(formatPower({ drops: 4, amps: 63, phases: 3, volts: 380 }, 'zh')).toBe('4 × 63 A，三相 380 V');
    expect(formatPower({ drops: 1, amps: 32, phases: 1 }, 'en')).toBe('32 A, single-phase');
    expect(formatPower({ amps: 16.5, phases: 1, volts: 220 }, 'zh')).toBe('16.5 A，单相 220 V');
  });
});

describe('formatCurrency', () => {
  it('uses the language’s currency style; whole amounts without decimals', () => {
    expect(formatCurrency(12000, 'CNY', 'zh')).toBe('¥12,000');
    expect(formatCurrency(12000, 'CNY', 'en')).toBe('CN¥12,000');
    expect(formatCurrency(1234.5, 'USD', 'en')).toBe('$1,234.50');
    expect(formatCurrency(800, 'USD', 'zh')).toBe('US$800');
  });
  it('shortens headline sums when asked, in each language’s own way', () => {
    expect(formatCurrency(600_000_000, 'CNY', 'en', true)).toBe('CN¥600M');
    expect(formatCurrency(600_000_000, 'CNY', 'zh', true)).toBe('¥6亿');
    expect(formatCurrency(24_000_000, 'CNY', 'zh', true)).toBe('¥2400万');
    expect(formatCurrency(12_000, 'CNY', 'en', true)).toBe('CN¥12,000');
  });
  it('falls back instead of throwing on a code Intl rejects', () => {
    expect(formatCurrency(5, 'not-a-code', 'en')).toBe('not-a-code 5');
    expect(formatCurrency(Number.NaN, 'CNY', 'en')).toBe('—');
  });
});
