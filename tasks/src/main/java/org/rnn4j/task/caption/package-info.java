/**
 * Image captioning without a CNN: a feature vector stands for each image and a one-to-many decoder writes its
 * caption. Built-in data are generated {@link org.rnn4j.task.caption.Scene scenes} of coloured shapes whose captions
 * follow exactly from their features ({@link org.rnn4j.task.caption.SceneGenerator}); real precomputed features and
 * captions (Multi30k/Flickr style) load with {@link org.rnn4j.task.caption.CaptionData}. A run is
 * {@link org.rnn4j.task.caption.CaptionTask#run}; its metrics are in {@link org.rnn4j.task.caption.CaptionMetrics}.
 */
package org.rnn4j.task.caption;
