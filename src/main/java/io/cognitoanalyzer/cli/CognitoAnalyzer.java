package io.cognitoanalyzer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. {@code main} only parses and dispatches; each subcommand builds its validated
 * config and hands it to the job. Exit codes: 0 success, 1 the job failed, 2 bad arguments.
 */
@Command(
    name = "cognito-analyzer",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns Amazon Cognito user-pool log archives into a partitioned Parquet table and reports.",
    subcommands = {IngestCommand.class, ReportCommand.class, RunCommand.class, DdlCommand.class, SampleCommand.class, DemoCommand.class, BenchCommand.class})
public final class CognitoAnalyzer {

  public static final int EXIT_FAILED = 1;
  public static final int EXIT_USAGE = 2;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code, without exiting. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The parser, also used by tests to check that documented arguments parse. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new CognitoAnalyzer());
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_FAILED);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof IllegalArgumentException) {
            commandLine.getErr().println("cognito-analyzer: " + e.getMessage());
            commandLine.usage(commandLine.getErr());
            return EXIT_USAGE;
          }
          commandLine.getErr().println("cognito-analyzer " + commandLine.getCommandName() + " failed: " + describe(e));
          if (System.getenv("COGNITO_ANALYZER_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
          } else {
            commandLine.getErr().println("(set COGNITO_ANALYZER_DEBUG=1 for the stack trace)");
          }
          return EXIT_FAILED;
        });
    return cli;
  }

  private static String describe(Throwable e) {
    StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      out.append("\n  caused by ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
    }
    return out.toString();
  }
}
