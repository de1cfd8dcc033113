/**
 * Layers applied to time-major row blocks: {@link org.rnn4j.core.layer.RecurrentStack} (layers of recurrent cells,
 * optionally bidirectional, with dropout between layers: what a user of rnn4j-core alone trains),
 * {@link org.rnn4j.core.layer.Dense} (a time-distributed linear map), {@link org.rnn4j.core.layer.Embedding} (a
 * lookup table) and {@link org.rnn4j.core.layer.Dropout}.
 *
 * <p>Each layer exposes its parameters as a {@link org.rnn4j.core.param.ParamSet} with PyTorch names and shapes.
 * Layers compute into buffers the caller provides and do not allocate per call. Backward adds to parameter
 * gradients ({@code +=}) and overwrites an input-gradient buffer when one is given (null when not needed).
 */
package org.rnn4j.core.layer;
