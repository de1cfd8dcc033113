/**
 * Finite-difference gradient checking as a public feature: {@link org.rnn4j.core.gradcheck.GradientCheck} compares a
 * model's analytic gradients with numeric ones and names the worst parameter and element.
 */
package org.rnn4j.core.gradcheck;
