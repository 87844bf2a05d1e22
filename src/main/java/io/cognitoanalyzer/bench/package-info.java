/**
 * The benchmark behind {@code cognito-analyzer bench}: one generated native-layout archive, read
 * by three engines, each run as a whole child JVM and timed from spawn to exit.
 *
 * <p>{@link io.cognitoanalyzer.bench.Benchmark} runs the engines in turn; {@link
 * io.cognitoanalyzer.bench.BenchReport} turns the timings into the printed table and ratio line
 * (pure). The two baselines, {@link io.cognitoanalyzer.bench.NaiveSparkJob} and {@link
 * io.cognitoanalyzer.bench.DuckDbJob}, are standalone main classes: they are what a data engineer
 * would write first, and are kept that way on purpose.
 */
package io.cognitoanalyzer.bench;
