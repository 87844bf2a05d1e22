package io.cognitoanalyzer.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the intrinsic functions a template uses (Ref, Fn::Sub, Fn::GetAtt) against example
 * values, as CloudFormation would at deploy time, so tests can look at the values a stack gets.
 * Anything else starting with {@code Fn::} fails the test: a new function needs a rule here.
 */
final class CloudFormation {
  private static final Pattern SUB = Pattern.compile("\\$\\{([^}!]+)}");

  /** Pseudo parameters and resource attributes, for an account that exists only in tests. */
  static final Map<String, String> EXAMPLES =
      Map.of(
          "AWS::Partition", "aws",
          "AWS::Region", "us-east-1",
          "AWS::AccountId", "111122223333",
          "Application", "00example0application",
          "Application.Arn", "arn:aws:emr-serverless:us-east-1:111122223333:/applications/00example0application",
          "JobRole.Arn", "arn:aws:iam::111122223333:role/cognito-analyzer-job",
          "StateMachine", "arn:aws:states:us-east-1:111122223333:stateMachine:cognito-analyzer",
          "StateMachineRole.Arn", "arn:aws:iam::111122223333:role/cognito-analyzer-states",
          "SchedulerRole.Arn", "arn:aws:iam::111122223333:role/cognito-analyzer-scheduler",
          "FailureTopic", "arn:aws:sns:us-east-1:111122223333:cognito-analyzer-failures");

  private final JsonNode template;
  private final Map<String, String> values = new HashMap<>(EXAMPLES);

  /**
   * @param template the parsed template
   * @param parameters values for parameters without a default; the others take their default
   */
  CloudFormation(JsonNode template, Map<String, String> parameters) {
    this.template = template;
    for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Parameters").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> parameter = it.next();
      JsonNode fallback = parameter.getValue().get("Default");
      String value = parameters.containsKey(parameter.getKey()) ? parameters.get(parameter.getKey()) : fallback == null ? null : fallback.asText();
      if (value == null) {
        throw new AssertionError("no example value for template parameter " + parameter.getKey());
      }
      values.put(parameter.getKey(), value);
    }
  }

  JsonNode resource(String name) {
    JsonNode resource = template.path("Resources").get(name);
    if (resource == null) {
      throw new AssertionError("template has no resource " + name);
    }
    return resource;
  }

  /** {@code node} with every intrinsic function replaced by its value. */
  JsonNode resolve(JsonNode node) {
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> out.add(resolve(item)));
      return out;
    }
    if (!node.isObject()) {
      return node;
    }
    if (node.size() == 1) {
      String key = node.fieldNames().next();
      JsonNode argument = node.get(key);
      switch (key) {
        case "Ref":
          return TextNode.valueOf(value(argument.asText()));
        case "Fn::GetAtt":
          return TextNode.valueOf(value(argument.get(0).asText() + "." + argument.get(1).asText()));
        case "Fn::Sub":
          if (!argument.isTextual()) {
            throw new AssertionError("Fn::Sub with a variable map is not supported here: " + argument);
          }
          return TextNode.valueOf(substitute(argument.asText(), values));
        default:
          if (key.startsWith("Fn::")) {
            throw new AssertionError("no test rule for " + key + "; add one to " + CloudFormation.class.getSimpleName());
          }
      }
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    node.fields().forEachRemaining(field -> out.set(field.getKey(), resolve(field.getValue())));
    return out;
  }

  /** Replaces each {@code ${name}} in {@code text} by its value; an unknown name fails. */
  static String substitute(String text, Map<String, String> variables) {
    Matcher m = SUB.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = variables.get(m.group(1));
      if (value == null) {
        throw new AssertionError("no value for ${" + m.group(1) + "} in '" + text + "'");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String value(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new AssertionError("no example value for " + name);
    }
    return value;
  }
}
