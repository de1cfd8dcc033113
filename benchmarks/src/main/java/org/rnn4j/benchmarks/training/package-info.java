/** Benchmarks of whole training steps (forward, loss, backward, clipping, optimizer update). */
package org.rnn4j.benchmarks.training;
