package org.rnn4j.examples.command;

import org.rnn4j.examples.Console;
import org.rnn4j.examples.demo.FrameDemo;
import org.rnn4j.examples.demo.Size;
import org.rnn4j.examples.train.TaskCommand;
import org.rnn4j.task.frames.FrameTask;
import picocli.CommandLine.Command;

/** {@code rnn4j frames}: label every frame of generated videos with the motion since the previous frame. */
@Command(name = "frames", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = org.rnn4j.examples.VersionProvider.class,
    header = "Label each video frame with its motion (many-to-many; metric: frame accuracy).",
    description = {"Generated videos of one bright pixel moving left, right or standing still on a noisy strip of "
        + "10 pixels; each frame is labelled with the motion since the previous frame, which only the recurrent "
        + "state can know. 600 training, 100 validation and 200 test videos of 8 to 16 frames; built-in data only."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained; the report was written", "1:training diverged or the report could not be written",
        "2:invalid options"})
public final class FramesCommand extends TaskCommand {
  /** The command, printing progress for {@code console}. */
  public FramesCommand(Console console) {
    super(FrameTask.defaults(), console);
  }

  @Override
  protected Training load() {
    return (options, listener) -> new FrameDemo().runBuiltIn(options, Size.FULL, listener);
  }

  @Override
  protected String dataDescription() {
    return "built-in data";
  }
}
