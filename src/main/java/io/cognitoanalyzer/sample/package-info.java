/**
 * Deterministic generators of synthetic Cognito log archives: {@link
 * io.cognitoanalyzer.sample.SampleArchive} writes a small archive holding every supported S3
 * layout and every known quirk (for demos and end-to-end tests), and {@link
 * io.cognitoanalyzer.sample.NativeBenchArchive} streams a large native-layout archive for the
 * benchmark.
 *
 * <p>Plain JDK and Jackson only: no Spark. Output depends on the seed alone, never on the clock,
 * the host zone, locale or charset, so two runs with the same seed give byte-identical files.
 */
package io.cognitoanalyzer.sample;
