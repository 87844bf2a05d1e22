package io.cognitoanalyzer.bench;

/** The shared {@code main} of the baseline jobs: two arguments, exit 0, 1 on failure, 2 on misuse. */
final class BaselineMain {
  private BaselineMain() {}

  /** A baseline's work, from an input directory to an output directory. */
  @FunctionalInterface
  interface Job {
    void run(String input, String output) throws Exception;
  }

  static void main(String name, String[] args, Job job) {
    if (args.length != 2) {
      System.err.println("usage: " + name + " <input dir> <output dir>, got " + args.length + " arguments");
      System.exit(2);
    }
    try {
      job.run(args[0], args[1]);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }
}
