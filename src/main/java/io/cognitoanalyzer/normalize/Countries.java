package io.cognitoanalyzer.normalize;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the English country names Cognito writes to ISO-3166 alpha-2 codes. The base list is the
 * JDK's own (every ISO country with its English display name); the aliases cover names Cognito's
 * geolocation uses that differ from the JDK's.
 */
public final class Countries {
  private static final Map<String, String> BY_NAME = build();

  private Countries() {}

  /** The alpha-2 code for {@code name}, or null when the name is absent or unknown. */
  public static String code(String name) {
    if (name == null) {
      return null;
    }
    String code = CACHE.get(name);
    if (code == null) {
      code = BY_NAME.getOrDefault(key(name), NONE);
      if (CACHE.size() < CACHE_LIMIT) {
        CACHE.put(name, code);
      }
    }
    return code.isEmpty() ? null : code;
  }

  /** Names repeat endlessly, and key() (Unicode normalization, regexes) is not cheap. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int CACHE_LIMIT = 10_000;
  private static final String NONE = "";

  private static Map<String, String> build() {
    Map<String, String> map = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale locale = new Locale.Builder().setRegion(code).build();
      map.put(key(locale.getDisplayCountry(Locale.ENGLISH)), code);
      map.put(key(code), code);
    }
    String[][] aliases = {
      {"United States of America", "US"},
      {"USA", "US"},
      {"U.S.", "US"},
      {"United Kingdom of Great Britain and Northern Ireland", "GB"},
      {"Great Britain", "GB"},
      {"UK", "GB"},
      {"England", "GB"},
      {"Russian Federation", "RU"},
      {"Russia", "RU"},
      {"South Korea", "KR"},
      {"Korea, Republic of", "KR"},
      {"Republic of Korea", "KR"},
      {"North Korea", "KP"},
      {"Czech Republic", "CZ"},
      {"Vietnam", "VN"},
      {"Viet Nam", "VN"},
      {"Turkey", "TR"},
      {"Türkiye", "TR"},
      {"Iran", "IR"},
      {"Iran, Islamic Republic of", "IR"},
      {"Syria", "SY"},
      {"Laos", "LA"},
      {"Bolivia", "BO"},
      {"Venezuela", "VE"},
      {"Tanzania", "TZ"},
      {"Moldova", "MD"},
      {"Republic of Moldova", "MD"},
      {"Taiwan", "TW"},
      {"Hong Kong", "HK"},
      {"Macau", "MO"},
      {"Macao", "MO"},
      {"Ivory Coast", "CI"},
      {"Cote d'Ivoire", "CI"},
      {"The Netherlands", "NL"},
      {"Netherlands", "NL"},
      {"Republic of Ireland", "IE"},
      {"Palestine", "PS"},
      {"Brunei", "BN"},
      {"Cape Verde", "CV"},
      {"Swaziland", "SZ"},
      {"Macedonia", "MK"},
      {"North Macedonia", "MK"},
      {"Burma", "MM"},
      {"Myanmar", "MM"},
      {"DR Congo", "CD"},
      {"Democratic Republic of the Congo", "CD"},
      {"Republic of the Congo", "CG"},
      {"Vatican City", "VA"},
      {"Micronesia", "FM"},
      {"Kosovo", "XK"}
    };
    for (String[] alias : aliases) {
      map.put(key(alias[0]), alias[1]);
    }
    return Map.copyOf(map);
  }

  /** Case, accents, punctuation and a leading "the" do not matter. */
  private static String key(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .trim();
    return plain.startsWith("the ") ? plain.substring(4) : plain;
  }
}
