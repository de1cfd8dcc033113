/**
 * Task demos on real data formats built on rnn4j-topologies. (Work in progress: see the project issues.)
 */
package org.rnn4j.task;
