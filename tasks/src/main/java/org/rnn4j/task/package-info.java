/**
 * Task demos on real data formats, built on rnn4j-topologies. Each task (a subpackage) has a loader for the format
 * users have, built-in data, the topology that fits and the metric people quote; a run produces a
 * {@link org.rnn4j.task.TaskReport}. Bad data files are rejected with a {@link org.rnn4j.task.DataFileException}
 * naming the file, the line and the problem.
 */
package org.rnn4j.task;
