/**
 * Interpretable cells (Karpathy, Johnson and Fei-Fei 2015): record a character model's units over a text
 * ({@link org.rnn4j.task.cells.CellsTask}), correlate them with properties computed from the text
 * ({@link org.rnn4j.task.cells.TextProperties}, {@link org.rnn4j.task.cells.UnitCorrelation}) and measure gate
 * saturation; {@link org.rnn4j.task.cells.PlantedText} generates text whose quotes and brackets a model must
 * remember.
 */
package org.rnn4j.task.cells;
