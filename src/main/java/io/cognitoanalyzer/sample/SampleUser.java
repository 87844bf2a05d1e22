package io.cognitoanalyzer.sample;

/**
 * One user of a pool and the habits that make their events look alike.
 *
 * @param pool the pool the user belongs to
 * @param sub the user's immutable {@code sub} (a UUID)
 * @param userName sign-in name: an alias, an e-mail or a UUID that differs from {@code sub}
 * @param home where the user usually signs in from
 * @param deviceName the user's usual device as Cognito names it
 * @param ipAddress the user's usual address
 * @param idpName {@code ""} for local users, a provider name for federated ones
 */
record SampleUser(
    Pool pool,
    String sub,
    String userName,
    Place home,
    String deviceName,
    String ipAddress,
    String idpName) {}
