package io.cognitoanalyzer.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognitoanalyzer.cli.CognitoAnalyzer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The arguments each EMR definition passes to the job are accepted by the real command-line
 * parser, so a renamed flag or a wrong value breaks this test instead of a nightly run.
 */
class EmrJobArgumentsTest {
  static final Map<String, String> TEMPLATE_PARAMETERS =
      Map.of("ArchiveBucket", "my-archive-bucket", "LakeBucket", "my-lake-bucket", "ArtifactBucket", "my-artifacts-bucket");

  private static final Pattern JAR = Pattern.compile("s3://[^/]+/(.+/)?cognito-analyzer-[^/]+-spark\\.jar");
  private static final String MAIN_CLASS = CognitoAnalyzer.class.getName();

  @Test
  void emrStepRunsSparkSubmitInClusterModeWithArgumentsOurCliAccepts() {
    JsonNode steps = JobFiles.read(JobFiles.emr("step-run.json"));
    assertThat(steps.isArray() && steps.size() > 0).as("add-steps takes a list of steps").isTrue();
    for (JsonNode step : steps) {
      assertThat(step.path("Type").asText()).isEqualTo("CUSTOM_JAR");
      assertThat(step.path("Jar").asText()).isEqualTo("command-runner.jar");
      assertThat(step.path("ActionOnFailure").asText()).isIn("CONTINUE", "CANCEL_AND_WAIT", "TERMINATE_CLUSTER");
      List<String> args = JobFiles.strings(step.path("Args"));
      assertThat(args).first().isEqualTo("spark-submit");

      // spark-submit options come in "--name value" pairs up to the application jar.
      Map<String, List<String>> options = new HashMap<>();
      int i = 1;
      while (i < args.size() && args.get(i).startsWith("--")) {
        options.computeIfAbsent(args.get(i), k -> new ArrayList<>()).add(args.get(i + 1));
        i += 2;
      }
      assertThat(options.get("--deploy-mode")).containsExactly("cluster");
      assertThat(options.get("--class")).containsExactly(MAIN_CLASS);
      assertThat(args.get(i)).matches(JAR);
      assertAcceptedRun(args.subList(i + 1, args.size()), "step-run.json");
    }
  }

  @Test
  void emrServerlessJobRunHasAValidRequestAndArgumentsOurCliAccepts() {
    JsonNode request = JobFiles.read(JobFiles.emr("serverless-job-run.json"));
    assertThat(request.path("applicationId").asText()).matches("[0-9a-z]+");
    assertThat(request.path("executionRoleArn").asText()).matches("arn:aws:iam::\\d{12}:role/[\\w+=,.@-]+");
    JsonNode submit = request.path("jobDriver").path("sparkSubmit");
    assertThat(submit.path("entryPoint").asText()).matches(JAR);
    assertThat(submit.path("sparkSubmitParameters").asText().split(" +"))
        .containsSequence("--class", MAIN_CLASS);
    assertAcceptedRun(JobFiles.strings(submit.path("entryPointArguments")), "serverless-job-run.json");
  }

  @Test
  void nightlyStateMachineBuildsArgumentsOurCliAcceptsWithAndWithoutPools() {
    CloudFormation template = new CloudFormation(JobFiles.read(JobFiles.emr("nightly-run.yaml")), TEMPLATE_PARAMETERS);
    JsonNode properties = template.resource("StateMachine").path("Properties");
    Map<String, String> substitutions = new HashMap<>();
    template.resolve(properties.path("DefinitionSubstitutions"))
        .fields().forEachRemaining(e -> substitutions.put(e.getKey(), e.getValue().asText()));
    JsonNode states = properties.path("Definition").path("States");

    // The dates are JSONata expressions evaluated by Step Functions; the test puts dates in their place.
    List<String> args = new ArrayList<>();
    for (String arg : JobFiles.strings(states.path("Arguments").path("Assign").path("args"))) {
      String value = CloudFormation.substitute(arg, substitutions);
      args.add(switch (value) {
        case "{% $from %}" -> "2026-03-01";
        case "{% $to %}" -> "2026-03-02";
        default -> value;
      });
    }
    assertThat(String.join(" ", args)).doesNotContain("{%").doesNotContain("${");
    assertAcceptedRun(args, "nightly-run.yaml");
    List<String> withPools = new ArrayList<>(args);
    withPools.addAll(List.of("--pools", "us-east-1_AbCdEf123,eu-west-1_XyZ987654"));
    assertAcceptedRun(withPools, "nightly-run.yaml with pools");

    JsonNode run = states.path("Run");
    assertThat(run.path("Resource").asText()).isEqualTo("arn:aws:states:::emr-serverless:startJobRun.sync");
    JsonNode submit = run.path("Arguments").path("JobDriver").path("SparkSubmit");
    assertThat(CloudFormation.substitute(submit.path("EntryPoint").asText(), substitutions)).matches(JAR);
    assertThat(submit.path("SparkSubmitParameters").asText().split(" +")).containsSequence("--class", MAIN_CLASS);
    // The job's arguments are the list checked above, plus --pools when the input names pools.
    assertThat(submit.path("EntryPointArguments").asText()).contains("$args").contains("['--pools', $pools]");
    assertThat(CloudFormation.substitute(run.path("Arguments").path("ApplicationId").asText(), substitutions)).matches("[0-9a-z]+");
  }

  /** Parses {@code args} with our CLI: subcommand run, s3:// URIs with a bucket, real dates. */
  private static void assertAcceptedRun(List<String> args, String source) {
    CommandLine.ParseResult parsed;
    try {
      parsed = CognitoAnalyzer.commandLine().parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw new AssertionError(source + ": our CLI rejects " + args + ": " + e.getMessage(), e);
    }
    assertThat(parsed.subcommand()).as("%s names a subcommand", source).isNotNull();
    CommandLine.ParseResult run = parsed.subcommand();
    assertThat(run.commandSpec().name()).as(source).isEqualTo("run");
    for (String flag : List.of("--input", "--table", "--out")) {
      assertThat(run.hasMatchedOption(flag)).as("%s gives %s", source, flag).isTrue();
      List<String> values = run.matchedOption(flag).stringValues();
      assertThat(values).as("%s %s", source, flag).isNotEmpty();
      for (String value : values) {
        URI uri = URI.create(value);
        assertThat(uri.getScheme()).as("%s %s %s", source, flag, value).isEqualTo("s3");
        assertThat(uri.getHost()).as("%s %s %s names a bucket", source, flag, value).isNotBlank();
      }
    }
    assertThat(run.hasMatchedOption("--from") && run.hasMatchedOption("--to")).as("%s gives --from and --to", source).isTrue();
    assertThat(run.hasMatchedOption("--master")).as("%s leaves the master to spark-submit", source).isFalse();
  }
}
