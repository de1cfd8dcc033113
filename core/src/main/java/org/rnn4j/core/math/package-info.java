/**
 * Numeric kernels over {@code float[]} with offsets: {@link org.rnn4j.core.math.Gemm} (the product variants the
 * engine needs, with {@link org.rnn4j.core.math.PackedB} for a B operand reused by many products) and
 * {@link org.rnn4j.core.math.Activations} (gate nonlinearities in place), each with a portable
 * plain-Java implementation and a Vector API one; {@link org.rnn4j.core.math.Kernels#best()} picks once per JVM.
 *
 * <p>All kernels are deterministic: the same inputs give bit-identical outputs, whatever the number of threads.
 * The Vector API kernels ({@code VectorGemm}, {@code ParallelGemm}, {@code VectorActivations}) need
 * {@code --add-modules jdk.incubator.vector} and are loaded only when that module is present.
 */
package org.rnn4j.core.math;
