package org.pragma.randomization.cli;

import java.io.PrintWriter;
import org.pragma.randomization.RandomizationInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the command line: {@code randomize} and {@code cptest}. Bad input prints one
 * line on stderr and exits with 2 (usage) or 1 (data); success exits with 0.
 */
@Command(name = "pragma-randomize", mixinStandardHelpOptions = true,
    version = org.pragma.randomization.RandomizationEngine.ALGORITHM_VERSION,
    subcommands = {RandomizeCommand.class, CptestCommand.class},
    description = "Cluster randomization with cvcrand's definitions, and the clustered permutation test.")
public final class PragmaRandomize implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a command: randomize or cptest");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line in-process; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new PragmaRandomize());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("pragma-randomize: " + e.getMessage());
      err.flush();
      return 2;
    });
    cli.setExecutionExceptionHandler((e, c, p) -> {
      if (e instanceof RandomizationInputException || e instanceof java.io.IOException) {
        err.println("pragma-randomize: " + e.getMessage());
        err.flush();
        return 1;
      }
      throw e;
    });
    int code = cli.execute(args);
    out.flush();
    return code;
  }
}
