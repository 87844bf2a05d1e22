package io.cognitoanalyzer.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "PASS,             NoRisk",
    "NO_RISK,          NoRisk",
    "no-risk,          NoRisk",
    "NoRisk,           NoRisk",
    "BLOCK,            Block",
    "Account Takeover, AccountTakeover",
    "ACCOUNT_TAKEOVER, AccountTakeover",
    // Unknown values, non-ASCII ones included, are kept as they came.
    "MAYBE,            MAYBE",
    "İPTAL,            İPTAL",
  })
  void riskDecisionsWhateverTheSpelling(String raw, String expected) {
    assertThat(Vocabulary.riskDecision(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // Surefire runs with a Turkish default locale, where "I".toLowerCase() is a dotless ı.
    "IN_PROGRESS, InProgress",
    "in-progress, InProgress",
    "PASS,        Pass",
    "Fail,        Fail",
    // Locale.ROOT lower-cases İ to i and a combining dot, so this is not InProgress.
    "İNPROGRESS,  İNPROGRESS",
  })
  void eventResponsesWhateverTheSpellingAndLocale(String raw, String expected) {
    assertThat(Vocabulary.eventResponse(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "USER_AUTH_EVENTS,  ACTIVITY",
    "userAuthEvents,    ACTIVITY",
    "USER_ACTIVITY,     ACTIVITY",
    "USER_NOTIFICATION, NOTIFICATION",
    "USER_SOMETHING,    UNKNOWN",
  })
  void eventSources(String raw, Vocabulary.Source expected) {
    assertThat(Vocabulary.eventSource(raw)).isEqualTo(expected);
  }
}
