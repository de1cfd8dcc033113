/**
 * Looking inside a trained recurrent network. {@link org.rnn4j.core.inspect.StateRecorder} copies what a forward
 * pass of a {@link org.rnn4j.core.layer.RecurrentStack} left on its tapes (hidden states, LSTM cell states and every
 * activated gate) into a {@link org.rnn4j.core.inspect.StateRecording} of one batch row;
 * {@link org.rnn4j.core.inspect.GateSaturation} measures how often each sigmoid gate is nearly closed or nearly open
 * (Karpathy, Johnson and Fei-Fei 2015, "Visualizing and Understanding Recurrent Networks").
 */
package org.rnn4j.core.inspect;
