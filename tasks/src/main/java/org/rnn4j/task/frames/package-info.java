/**
 * Frame-level sequence classification (synchronous many-to-many): generated
 * {@link org.rnn4j.task.frames.FrameVideo videos} of an object moving along a strip of pixels, each frame labelled
 * with its {@link org.rnn4j.task.frames.Motion} since the previous frame, learned by
 * {@link org.rnn4j.task.frames.FrameTask#run}.
 */
package org.rnn4j.task.frames;
