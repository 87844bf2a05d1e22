package io.cognitoanalyzer.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every deployment file under jobs/ parses, and every CloudFormation template passes cfn-lint. */
class JobFilesTest {

  @Test
  void everyJsonAndYamlFileUnderJobsParses() {
    List<Path> files = JobFiles.structuredFiles();
    assertThat(files)
        .extracting(p -> JobFiles.root().relativize(p).toString().replace('\\', '/'))
        .contains("emr/step-run.json", "emr/serverless-job-run.json", "emr/iam-policy.json", "emr/nightly-run.yaml");
    for (Path file : files) {
      assertThat(JobFiles.read(file).isContainerNode()).as("%s holds an object or a list", file).isTrue();
    }
  }

  @Test
  void templatesPassCfnLint() throws Exception {
    List<String> templates = new ArrayList<>();
    for (Path file : JobFiles.structuredFiles()) {
      if (JobFiles.isCloudFormation(JobFiles.read(file))) {
        templates.add(file.toString());
      }
    }
    assertThat(templates).as("CloudFormation templates under jobs/").isNotEmpty();

    String version = cfnLintVersion();
    if (version == null) {
      // Visible in the build log, and reported as skipped rather than passed.
      System.err.println("SKIPPED: cfn-lint is not installed; the templates under jobs/ were not linted (pip install cfn-lint)");
      Assumptions.abort("cfn-lint is not installed; templates not linted");
    }
    List<String> command = new ArrayList<>(List.of("cfn-lint", "--"));
    command.addAll(templates);
    Result result = run(command);
    assertThat(result.exitCode).as("cfn-lint %s on %s:%n%s", version, templates, result.output).isZero();
  }

  /** cfn-lint's version, or null when it is not on the PATH. */
  private static String cfnLintVersion() throws InterruptedException {
    try {
      Result result = run(List.of("cfn-lint", "--version"));
      return result.exitCode == 0 ? result.output.strip() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("%s did not finish in 5 minutes", command);
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
