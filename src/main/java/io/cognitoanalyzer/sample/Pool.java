package io.cognitoanalyzer.sample;

import java.util.List;

/**
 * One synthetic user pool and where it lives.
 *
 * @param accountId 12-digit AWS account id
 * @param region AWS region, the prefix of the pool id
 * @param userPoolId {@code <region>_<id>}
 * @param clientId the app client id the pool's users sign in through
 */
record Pool(String accountId, String region, String userPoolId, String clientId) {

  /** Three pools in two accounts; the first is the one most quirks are attached to. */
  static final List<Pool> ALL =
      List.of(
          new Pool("111122223333", "us-east-1", "us-east-1_AbCdEf123", "3n4b5urk1ft4fl3mg5e6g7h8i9"),
          new Pool("111122223333", "eu-west-1", "eu-west-1_XyZ987654", "7h2k9m4p6q1r3s5t8u0v2w4x6y"),
          new Pool(
              "444455556666", "ap-southeast-2", "ap-southeast-2_Qw3rTy456", "1a2b3c4d5e6f7g8h9i0j1k2l3m"));

  /** The pool with this id, one of {@link #ALL}. */
  static Pool byId(String userPoolId) {
    return ALL.stream()
        .filter(p -> p.userPoolId().equals(userPoolId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown user pool id: " + userPoolId));
  }

  /** The CloudWatch Logs group Cognito writes this pool's logs to (our invention; see notes). */
  String logGroup() {
    return "/aws/cognito/userpool/" + userPoolId;
  }

  /** CloudWatch log stream for auth events; Cognito's real stream naming is unknown. */
  String authEventsStream() {
    return "cognito-" + userPoolId + "_USER_AUTH_EVENTS";
  }

  /** CloudWatch log stream for notification errors; naming invented like {@link #authEventsStream}. */
  String notificationStream() {
    return "cognito-" + userPoolId + "_USER_NOTIFICATION";
  }
}
