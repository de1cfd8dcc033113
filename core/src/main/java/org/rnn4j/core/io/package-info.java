/**
 * Checkpoints and weight files: {@link org.rnn4j.core.io.SafeTensors} reads and writes the safetensors format that
 * PyTorch loads (tensor names and shapes as {@link org.rnn4j.core.param.Param#name()} and
 * {@link org.rnn4j.core.param.Param#shape()}), and {@link org.rnn4j.core.io.Checkpoint} saves a model's
 * configuration, weights, optimizer state and training position to a directory atomically, with every file
 * checksummed and verified on load, so a resumed run continues bit for bit.
 */
package org.rnn4j.core.io;
