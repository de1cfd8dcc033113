package org.rnn4j.topology;

/** Derives independent seeds from a run's seed, so each use of randomness is a pure function of its coordinates. */
final class Seeds {
  /** Salt of the per-epoch shuffle. */
  static final long SHUFFLE = 0x5348_5546_464cL;
  /** Salt of the per-epoch bucketing. */
  static final long BUCKET = 0x4255_434b_4554L;
  /** Salt of the per-step randomness given to the model. */
  static final long STEP = 0x5354_4550L;

  private Seeds() {}

  /** A well-mixed 64-bit seed from a run seed, a purpose salt and an index. */
  static long mix(long seed, long salt, long index) {
    return fmix(fmix(seed ^ salt) + index * 0x9E37_79B9_7F4A_7C15L);
  }

  private static long fmix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51_AFD7_ED55_8CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CE_B9FE_1A85_EC53L;
    return z ^ (z >>> 33);
  }
}
