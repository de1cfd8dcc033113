/**
 * Choosing tokens from logits when a model generates: {@link org.rnn4j.topology.generate.TokenSampler} (argmax,
 * temperature, top-k; seeded), shared by the language model, one-to-many and sequence-to-sequence decoders.
 */
package org.rnn4j.topology.generate;
