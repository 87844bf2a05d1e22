package io.cognitoanalyzer.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The job role's policy: the same in the template and in iam-policy.json, enough for what the
 * job definitions read and write, and no more (the archive stays read-only).
 */
class IamPolicyTest {
  private final JsonNode standalone = JobFiles.read(JobFiles.emr("iam-policy.json"));

  @Test
  void templateJobRolePolicyIsTheStandalonePolicy() {
    CloudFormation template =
        new CloudFormation(JobFiles.read(JobFiles.emr("nightly-run.yaml")), EmrJobArgumentsTest.TEMPLATE_PARAMETERS);
    JsonNode policies = template.resolve(template.resource("JobRole").path("Properties").path("Policies"));
    assertThat(policies).hasSize(1);
    assertThat(policies.get(0).path("PolicyDocument")).isEqualTo(standalone);
  }

  @Test
  void policyLetsTheStepReadTheArchiveAndJarAndWriteTheTableAndReports() {
    S3Policy policy = new S3Policy(standalone);
    List<String> args = JobFiles.strings(JobFiles.read(JobFiles.emr("step-run.json")).get(0).path("Args"));
    List<String> inputs = values(args, "--input");
    List<String> outputs = new ArrayList<>(values(args, "--table"));
    outputs.addAll(values(args, "--out"));
    assertThat(inputs).isNotEmpty();
    assertThat(outputs).hasSize(2);

    for (String input : inputs) {
      assertThat(policy.canRead(input)).as("reads %s", input).isTrue();
      assertThat(policy.canWriteAnything(input)).as("the archive %s is read-only", input).isFalse();
    }
    for (String output : outputs) {
      assertThat(policy.canWrite(output)).as("writes %s", output).isTrue();
    }
    String jar = args.stream().filter(a -> a.endsWith("-spark.jar")).findFirst().orElseThrow();
    String jarKey = jar.substring("s3://".length()).split("/", 2)[1];
    assertThat(policy.allowsObject("s3:GetObject", "my-artifacts-bucket", jarKey)).as("reads the jar").isTrue();
  }

  @Test
  void policyGrantsNothingOutsideItsPrefixes() {
    S3Policy policy = new S3Policy(standalone);
    assertThat(policy.allowsList("my-archive-bucket", "")).as("list the whole archive bucket").isFalse();
    assertThat(policy.allowsList("my-lake-bucket", "other/")).isFalse();
    assertThat(policy.allowsObject("s3:GetObject", "my-lake-bucket", "other/data.parquet")).isFalse();
    assertThat(policy.allowsObject("s3:GetObject", "my-archive-bucket", "amazon_cognito_other/x")).isFalse();
    assertThat(policy.allowsObject("s3:PutObject", "my-artifacts-bucket", "cognito-analyzer/other.jar")).isFalse();
    assertThat(policy.allowsObject("s3:GetObject", "my-artifacts-bucket", "cognito-analyzer/other.jar")).isFalse();
    for (JsonNode statement : standalone.path("Statement")) {
      assertThat(statement.path("Action").toString()).as("only these S3 actions").doesNotContain("*").doesNotContain("s3:Put*");
      assertThat(statement.path("Resource").toString()).doesNotContain("\"*\"");
    }
  }

  private static List<String> values(List<String> args, String flag) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).equals(flag)) {
        out.addAll(List.of(args.get(i + 1).split(",")));
      }
    }
    return out;
  }
}
