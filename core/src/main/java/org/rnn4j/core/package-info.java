/**
 * rnn4j-core: recurrent cells, the BPTT engine, layers, losses, optimizers, checkpoints and gradient checks.
 *
 * <h2>Conventions every class in this module keeps</h2>
 * <ul>
 *   <li><b>Shapes are batch rows, row-major, float32.</b> An input step is {@code x_t: [B x X]}, a hidden state
 *       {@code h_t: [B x H]}. A whole sequence batch is one contiguous time-major block {@code [T*B x X]}: rows
 *       {@code t*B .. t*B+B-1} hold step {@code t}, so a step is an offset into the block, never a copy.</li>
 *   <li><b>PyTorch parameter layout and semantics.</b> {@code weight_ih [G x X]}, {@code weight_hh [G x H]},
 *       {@code bias_ih [G]}, {@code bias_hh [G]}. LSTM gates are ordered {@code i, f, g, o} (G = 4H); GRU gates
 *       {@code r, z, n} with {@code n = tanh(W_in x + b_in + r * (W_hn h + b_hn))} (G = 3H); the vanilla cell
 *       computes {@code h = act(W_ih x + b_ih + W_hh h + b_hh)} with tanh or ReLU (G = H). Weights therefore
 *       exchange with PyTorch by name and shape.</li>
 *   <li><b>Cells are stateless.</b> What backward needs is written to a {@link org.rnn4j.core.bptt.Tape}; a cell
 *       never remembers its last input.</li>
 *   <li><b>The engine owns the time loop.</b> {@link org.rnn4j.core.bptt.BpttEngine} is the one loop over time in
 *       training code. It takes the gradient of the final state and returns the gradient of the initial state.</li>
 *   <li><b>Variable length is first class.</b> Every batch carries per-row lengths; past its end a row's state is
 *       frozen and its loss and gradients are zero, so a padded batch equals its rows run alone.</li>
 *   <li><b>Parameters are typed objects</b> ({@link org.rnn4j.core.param.Param}) in one ordered
 *       {@link org.rnn4j.core.param.ParamSet} that optimizers, clipping, gradient checks and checkpoints walk.</li>
 *   <li><b>No globals.</b> Everything random takes a seed or a {@link java.util.SplittableRandom}; the same seed
 *       gives bit-identical numbers.</li>
 *   <li><b>Builders</b> use {@code setX} for required and {@code optX} for optional settings and validate in
 *       {@code build()}. Invalid arguments throw {@link java.lang.IllegalArgumentException} naming the argument,
 *       the expected and the actual value.</li>
 * </ul>
 */
package org.rnn4j.core;
