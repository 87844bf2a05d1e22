package io.cognitoanalyzer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * An S3-compatible server inside the test JVM: s3proxy over the jclouds in-memory ({@code
 * transient}) blob store, listening on 127.0.0.1 on a free port, with AWS V2/V4 signatures checked
 * against a fixed test key.
 *
 * <p>Tests reach it through the real S3A connector. {@link #s3aConf(String)} and {@link
 * #applyTo(Configuration, String)} give the per-bucket S3A settings, so buckets of this server never
 * affect how other buckets (or real S3) are reached. Data lives in memory and is lost on {@link
 * #close()}.
 *
 * <p>Most tests should use {@link #shared()}: one server for the whole test JVM, stopped by a
 * shutdown hook.
 */
public final class S3TestServer implements AutoCloseable {
  public static final String ACCESS_KEY = "test-access-key";
  public static final String SECRET_KEY = "test-secret-key";
  public static final String REGION = "us-east-1";

  private static final String SPARK_HADOOP_PREFIX = "spark.hadoop.";

  private static S3TestServer shared;

  private final BlobStoreContext blobStoreContext;
  private final S3Proxy proxy;
  private final String endpoint;
  private boolean closed;

  private S3TestServer(BlobStoreContext blobStoreContext, S3Proxy proxy, String endpoint) {
    this.blobStoreContext = blobStoreContext;
    this.proxy = proxy;
    this.endpoint = endpoint;
  }

  /**
   * Starts a new server on a free loopback port. The caller owns it and must close it; prefer
   * {@link #shared()} unless a test needs a server of its own (for example, to stop it).
   */
  public static S3TestServer start() {
    BlobStoreContext context =
        ContextBuilder.newBuilder("transient")
            .credentials("identity", "credential")
            .buildView(BlobStoreContext.class);
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(context.getBlobStore())
            // Port 0: Jetty picks a free port; getPort() reports it once started.
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    try {
      proxy.start();
    } catch (Exception e) {
      context.close();
      throw new IllegalStateException("s3proxy did not start on 127.0.0.1: " + e, e);
    }
    return new S3TestServer(context, proxy, "http://127.0.0.1:" + proxy.getPort());
  }

  /**
   * The one server of the test JVM, started on first use and stopped when the JVM exits. Tests
   * sharing it should use their own bucket names so that they do not see each other's objects.
   */
  public static synchronized S3TestServer shared() {
    if (shared == null) {
      S3TestServer server = start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "s3-test-server-stop"));
      shared = server;
    }
    return shared;
  }

  /** The server's base URL, {@code http://127.0.0.1:<port>}. */
  public String endpoint() {
    return endpoint;
  }

  /**
   * Creates {@code bucket} if it does not exist yet; an existing bucket and its objects are kept.
   * Bucket names must be valid S3 names (lower case, 3-63 characters).
   */
  public void createBucket(String bucket) {
    BlobStore store = blobStoreContext.getBlobStore();
    if (!store.containerExists(bucket)) {
      store.createContainerInLocation(null, bucket);
    }
  }

  /**
   * The S3A settings that route {@code bucket} to this server, keyed for a SparkSession builder
   * ({@code spark.hadoop.} prefix). Also maps {@code s3://} to S3A, as EMR does.
   */
  public Map<String, String> s3aConf(String bucket) {
    Map<String, String> conf = new LinkedHashMap<>();
    hadoopConf(bucket).forEach((k, v) -> conf.put(SPARK_HADOOP_PREFIX + k, v));
    return conf;
  }

  /** Sets the settings of {@link #s3aConf(String)}, without the {@code spark.hadoop.} prefix. */
  public void applyTo(Configuration conf, String bucket) {
    hadoopConf(bucket).forEach(conf::set);
  }

  private Map<String, String> hadoopConf(String bucket) {
    if (bucket == null || bucket.isEmpty()) {
      throw new IllegalArgumentException("bucket must be a non-empty S3 bucket name, got: " + bucket);
    }
    String b = "fs.s3a.bucket." + bucket + ".";
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put(b + "endpoint", endpoint);
    conf.put(b + "endpoint.region", REGION);
    conf.put(b + "path.style.access", "true");
    conf.put(b + "connection.ssl.enabled", "false");
    conf.put(
        b + "aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
    conf.put(b + "access.key", ACCESS_KEY);
    conf.put(b + "secret.key", SECRET_KEY);
    // A local server either answers at once or is broken: fail fast instead of retrying for minutes.
    conf.put(b + "attempts.maximum", "2");
    conf.put(b + "retry.limit", "2");
    conf.put("fs.s3.impl", "org.apache.hadoop.fs.s3a.S3AFileSystem");
    return conf;
  }

  /**
   * Copies every regular file under {@code localDir} to {@code s3a://bucket/keyPrefix/<relative
   * path>} and returns the number of files copied. Empty directories are not represented.
   *
   * <p>Writes through {@code FileSystem.create()} streams rather than {@code copyFromLocalFile},
   * which goes through the SDK transfer manager and fails against some local S3 servers.
   *
   * @param conf a configuration to which {@link #applyTo(Configuration, String)} has been applied
   *     for {@code bucket}
   */
  public int uploadDirectory(Path localDir, String bucket, String keyPrefix, Configuration conf) {
    if (!Files.isDirectory(localDir)) {
      throw new IllegalArgumentException("localDir must be a directory, got: " + localDir);
    }
    String prefix = keyPrefix == null ? "" : keyPrefix.replaceAll("^/+|/+$", "");
    URI bucketUri = URI.create("s3a://" + bucket + "/");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(localDir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + localDir, e);
    }
    // A private instance: the cached one may predate this configuration.
    try (FileSystem fs = FileSystem.newInstance(bucketUri, conf)) {
      for (Path file : files) {
        String relative = localDir.relativize(file).toString().replace('\\', '/');
        String key = prefix.isEmpty() ? relative : prefix + "/" + relative;
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(bucketUri.resolve(key));
        try (InputStream in = Files.newInputStream(file);
            OutputStream out = fs.create(target, true)) {
          in.transferTo(out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot upload " + localDir + " to s3a://" + bucket + "/" + prefix, e);
    }
    return files.size();
  }

  /** Stops the server and drops its data. Safe to call more than once. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("s3proxy at " + endpoint + " did not stop: " + e, e);
    } finally {
      blobStoreContext.close();
    }
  }
}
