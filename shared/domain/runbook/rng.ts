// Seeded random numbers, so a Monte Carlo result can be reproduced exactly from its recorded seed.
// xoshiro128** (Blackman & Vigna) is fast with 32-bit integer maths and has a 2^128 − 1 period;
// its state is expanded from the 32-bit seed with splitmix32 so nearby seeds give unrelated streams.

const TWO_POW_32 = 4294967296;

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let x = seed >>> 0;
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    // All-zero state would stay zero forever; splitmix cannot produce four zeros, but be explicit.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform on the open interval (0, 1): never 0, so log() of it is always finite. */
  next(): number {
    return (this.nextUint32() + 0.5) / TWO_POW_32;
  }

  /**
   * Standard normal by the ziggurat method (Marsaglia & Tsang 2000, 128 layers): about 98% of draws
   * cost one integer and one multiply. The layer index comes from the low 7 bits and the value from
   * the other 25, so they share no bits (the correlation Doornik 2005 found in the original).
   */
  normal(): number {
    for (;;) {
      const u = this.nextUint32() | 0;
      const iz = u & 127;
      const j = u >> 7;
      const x = j * ZIG_W[iz]!;
      if ((j < 0 ? -j : j) < ZIG_K[iz]!) return x;
      if (iz === 0) {
        // Base layer: sample the tail beyond R by Marsaglia's exponential rejection.
        let tx: number;
        let ty: number;
        do {
          tx = -Math.log(this.next()) / ZIG_R;
          ty = -Math.log(this.next());
        } while (ty + ty < tx * tx);
        return j > 0 ? ZIG_R + tx : -ZIG_R - tx;
      }
      // Wedge between layers: accept against the density itself, otherwise draw again.
      if (ZIG_F[iz]! + this.next() * (ZIG_F[iz - 1]! - ZIG_F[iz]!) < Math.exp(-0.5 * x * x)) return x;
    }
  }

  /** Gamma(shape, 1) by Marsaglia & Tsang (2000); shapes below 1 use the U^(1/shape) boost. */
  gamma(shape: number): number {
    if (!(shape > 0)) throw new RangeError(`gamma shape must be positive (got ${shape})`);
    if (shape < 1) return this.gammaMt(shape + 1) * Math.pow(this.next(), 1 / shape);
    return this.gammaMt(shape);
  }

  /** Beta(alpha, beta) as X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta). */
  beta(alpha: number, beta: number): number {
    const x = this.gamma(alpha);
    const y = this.gamma(beta);
    return x / (x + y);
  }

  /** Marsaglia–Tsang core for shape ≥ 1, with d and c precomputable by callers in hot loops. */
  gammaMt(shape: number): number {
    const d = shape - 1 / 3;
    return this.gammaDc(d, 1 / Math.sqrt(9 * d));
  }

  /** Marsaglia–Tsang with d = shape − 1/3 and c = 1/√(9d) already computed. */
  gammaDc(d: number, c: number): number {
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.next();
      const x2 = x * x;
      // Squeeze test first: it accepts ~98% of proposals without a logarithm.
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
    }
  }
}

// Ziggurat tables for the normal (Marsaglia & Tsang 2000, constants for 128 layers), scaled to a
// signed 25-bit integer draw: x = j · W[i], accepted outright when |j| < K[i].
const ZIG_R = 3.442619855899;
const ZIG_V = 9.91256303526217e-3;
const ZIG_SCALE = 16777216; // 2^24: |j| < 2^24 for j = int32 >> 7
const ZIG_K = new Float64Array(128);
const ZIG_W = new Float64Array(128);
const ZIG_F = new Float64Array(128);
{
  let dn = ZIG_R;
  let tn = dn;
  const q = ZIG_V / Math.exp(-0.5 * dn * dn);
  ZIG_K[0] = (dn / q) * ZIG_SCALE;
  ZIG_K[1] = 0;
  ZIG_W[0] = q / ZIG_SCALE;
  ZIG_W[127] = dn / ZIG_SCALE;
  ZIG_F[0] = 1;
  ZIG_F[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(ZIG_V / dn + Math.exp(-0.5 * dn * dn)));
    ZIG_K[i + 1] = (dn / tn) * ZIG_SCALE;
    tn = dn;
    ZIG_F[i] = Math.exp(-0.5 * dn * dn);
    ZIG_W[i] = dn / ZIG_SCALE;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
