package org.rnn4j.examples;

import org.rnn4j.examples.command.CaptionCommand;
import org.rnn4j.examples.command.CellsCommand;
import org.rnn4j.examples.command.CharLmCommand;
import org.rnn4j.examples.command.FramesCommand;
import org.rnn4j.examples.command.PosCommand;
import org.rnn4j.examples.command.SampleCommand;
import org.rnn4j.examples.command.SentimentCommand;
import org.rnn4j.examples.command.TranslateCommand;
import org.rnn4j.examples.gradients.GradientsCommand;
import org.rnn4j.examples.hello.HelloCommand;
import org.rnn4j.examples.tour.TourCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;

/**
 * The {@code rnn4j} command line: one subcommand per demo. Exit codes: 0 success, 1 the run failed (a message on
 * standard error says why), 2 invalid command line.
 */
@Command(name = "rnn4j", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = "Recurrent neural networks in pure Java. Every demo runs on built-in data with no arguments.",
    commandListHeading = "%nCommands:%n",
    footer = {"", "Run 'rnn4j COMMAND --help' for the options of a command."})
public final class Main {

  private Main() {}

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, Console.system()));
  }

  /** Runs the command line, writing to {@code console}; returns the exit code. */
  public static int run(String[] args, Console console) {
    try {
      return commandLine(console).execute(args);
    } finally {
      console.out().flush();
      console.err().flush();
    }
  }

  /** The command hierarchy, writing to {@code console}. */
  static CommandLine commandLine(Console console) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.addSubcommand("hello", new HelloCommand(console.marks()));
    cmd.addSubcommand("sentiment", new SentimentCommand(console));
    cmd.addSubcommand("pos", new PosCommand(console));
    cmd.addSubcommand("translate", new TranslateCommand(console));
    cmd.addSubcommand("caption", new CaptionCommand(console));
    cmd.addSubcommand("frames", new FramesCommand(console));
    cmd.addSubcommand("charlm", new CharLmCommand(console));
    cmd.addSubcommand("sample", new SampleCommand());
    cmd.addSubcommand("cells", new CellsCommand(console));
    cmd.addSubcommand("gradients", new GradientsCommand());
    cmd.addSubcommand("tour", new TourCommand(console));
    cmd.addSubcommand("help", new CommandLine.HelpCommand());
    // Settings below apply to every subcommand added above.
    cmd.setOut(console.out());
    cmd.setErr(console.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(Main::usageError);
    return cmd;
  }

  /** One line naming the problem, then the synopsis of the command it concerns and where to find more. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    String message = String.valueOf(e.getMessage()).replaceAll("\\R+", " ").trim();
    Help help = cmd.getHelp();
    PrintWriter err = cmd.getErr();
    err.println(name + ": " + message);
    err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
    err.println("Try '" + name + " --help' for more information.");
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }
}
