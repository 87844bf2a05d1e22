package io.cognitoanalyzer.sample;

import java.util.List;

/**
 * A city as Cognito's IP geolocation reports it: local script, English country name.
 *
 * @param city city name in its own script ("null" and "" are produced elsewhere, not here)
 * @param country English country name
 * @param utcOffset the offset AdminListUserAuthEvents would report as {@code Timezone}
 */
record Place(String city, String country, String utcOffset) {

  /** Non-ASCII cities first, so that coverage of the first events includes them. */
  static final List<Place> ALL =
      List.of(
          new Place("São Paulo", "Brazil", "-03:00"),
          new Place("Zürich", "Switzerland", "+01:00"),
          new Place("Москва", "Russia", "+03:00"),
          new Place("東京", "Japan", "+09:00"),
          new Place("Kraków", "Poland", "+01:00"),
          new Place("Seattle", "United States", "-08:00"),
          new Place("New York", "United States", "-05:00"),
          new Place("Berlin", "Germany", "+01:00"),
          new Place("Mumbai", "India", "+05:30"),
          new Place("Sydney", "Australia", "+11:00"),
          new Place("Dublin", "Ireland", "+00:00"));

  /**
   * An address from the documentation ranges (RFC 5737 / RFC 3849), so no real host is named;
   * about a third are IPv6.
   */
  static String ipAddress(SampleRandom random) {
    if (random.chance(0.3)) {
      return "2001:db8:" + random.hex(4) + ":" + random.hex(4) + "::" + random.hex(3);
    }
    String net = random.pick(List.of("192.0.2.", "198.51.100.", "203.0.113."));
    return net + random.between(1, 255);
  }
}
