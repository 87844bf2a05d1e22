package io.cognitoanalyzer.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationClassifierTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SMS message failed to send: SNS returned error (Phone number opted out) | sms | opted_out",
        "Email delivery failed: SES MessageRejected: Email address is not verified. | email | configuration",
        "Failed to send SMS to +1555*** : Throttling: Rate exceeded | sms | throttled",
        "Email message failed: Daily message quota exceeded | email | quota_exceeded",
        "Email bounced: mailbox does not exist | email | invalid_destination",
        "SMS delivery failed: Invalid phone number | sms | invalid_destination",
        "Message delivery failed: internal error | unknown | service_error",
        "Something odd happened | unknown | other",
      })
  void classifiesChannelAndErrorClass(String details, String channel, String errorClass) {
    assertThat(NotificationClassifier.channel(details)).isEqualTo(channel);
    assertThat(NotificationClassifier.errorClass(details)).isEqualTo(errorClass);
  }
}
