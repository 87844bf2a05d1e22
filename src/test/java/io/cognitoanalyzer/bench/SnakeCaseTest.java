package io.cognitoanalyzer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnakeCaseTest {
  @Test
  void camelCaseBecomesSnakeCaseWhateverTheDefaultLocale() {
    assertThat(SnakeCase.of("eventId")).isEqualTo("event_id");
    assertThat(SnakeCase.of("userPoolId")).isEqualTo("user_pool_id");
    assertThat(SnakeCase.of("compromisedCredentialDetected")).isEqualTo("compromised_credential_detected");
    // The suite runs under a Turkish default locale, where "I".toLowerCase() is a dotless i.
    assertThat(SnakeCase.of("ipAddress")).isEqualTo("ip_address");
    assertThat(SnakeCase.of("IdpName")).isEqualTo("idp_name");
    assertThat(SnakeCase.of("version")).isEqualTo("version");
  }
}
