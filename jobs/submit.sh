#!/usr/bin/env bash
# Runs cognito-analyzer on a Spark cluster (or a local Spark distribution) through spark-submit.
#
#   jobs/submit.sh [SPARK-SUBMIT OPTIONS --] COMMAND [ARGS...]
#
#   jobs/submit.sh ingest --input s3://my-archive/amazon_cognito/ --table s3://my-lake/cognito/
#   jobs/submit.sh --master yarn --deploy-mode cluster --num-executors 8 -- \
#       ingest --input s3://my-archive/amazon_cognito/ --table s3://my-lake/cognito/
#
# Everything before a "--" goes to spark-submit; without "--" every argument goes to
# cognito-analyzer. The script adds --class, --name and, for a plain Apache Spark distribution,
# --packages org.apache.hadoop:hadoop-aws:<that Spark's Hadoop version> (S3A is not in it).
#
# Environment:
#   SPARK_SUBMIT                 the spark-submit to run (default: $SPARK_HOME/bin/spark-submit,
#                                else spark-submit on PATH)
#   SPARK_HOME                   where to look for the distribution's jars (default: the parent
#                                of spark-submit's directory, symlinks resolved)
#   COGNITO_ANALYZER_JAR         the job jar, a path or a URI such as s3://... (default: the
#                                target/cognito-analyzer-*-spark.jar that mvn package built)
#   COGNITO_ANALYZER_HADOOP_AWS  hadoop-aws version to add with --packages, or "none" (default:
#                                detected, see hadoop_aws_version below)
#   COGNITO_ANALYZER_DRY_RUN=1   print the spark-submit command line instead of running it
set -euo pipefail

main_class="io.cognitoanalyzer.cli.CognitoAnalyzer"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

die() {
  echo "submit.sh: $*" >&2
  exit 2
}

# Split the arguments at the first "--": spark-submit's options before it, ours after.
submit_opts=()
app_args=("$@")
for ((i = 0; i < $#; i++)); do
  if [[ "${app_args[i]}" == "--" ]]; then
    submit_opts=("${app_args[@]:0:i}")
    app_args=("${app_args[@]:i+1}")
    break
  fi
done
[[ ${#app_args[@]} -gt 0 ]] || die "no command given; usage: jobs/submit.sh [SPARK-SUBMIT OPTIONS --] COMMAND [ARGS...]"

# spark-submit itself.
if [[ -n "${SPARK_SUBMIT:-}" ]]; then
  spark_submit="$SPARK_SUBMIT"
elif [[ -n "${SPARK_HOME:-}" ]]; then
  spark_submit="$SPARK_HOME/bin/spark-submit"
else
  spark_submit="$(command -v spark-submit || true)"
  [[ -n "$spark_submit" ]] || die "spark-submit is not on PATH; set SPARK_HOME or SPARK_SUBMIT"
fi
[[ -x "$spark_submit" ]] || die "spark-submit '$spark_submit' is not an executable file (SPARK_SUBMIT / SPARK_HOME)"
spark_home="${SPARK_HOME:-$(cd "$(dirname "$(readlink -f "$spark_submit")")/.." && pwd)}"

# The job jar.
if [[ -n "${COGNITO_ANALYZER_JAR:-}" ]]; then
  jar="$COGNITO_ANALYZER_JAR"
  [[ "$jar" == *://* || -f "$jar" ]] || die "COGNITO_ANALYZER_JAR '$jar' does not exist"
else
  jar="$(ls -t "$root"/target/cognito-analyzer-*-spark.jar 2>/dev/null | head -n 1 || true)"
  [[ -n "$jar" ]] || die "no job jar under $root/target; build it with 'mvn -B package -DskipTests' or set COGNITO_ANALYZER_JAR"
fi

# The Hadoop version whose hadoop-aws the job needs, or "none" when the Spark installation already
# has S3A: its jars include hadoop-aws, or its spark-defaults.conf puts it on the classpath (EMR
# adds the cluster's hadoop-aws.jar there). Otherwise the version is read from the Hadoop client
# jar the distribution ships (hadoop-client-api-<v>.jar, or hadoop-common-<v>.jar in older ones).
hadoop_aws_version() {
  local jars="$spark_home/jars" conf="${SPARK_CONF_DIR:-$spark_home/conf}/spark-defaults.conf" found
  if compgen -G "$jars/hadoop-aws-*.jar" >/dev/null || { [[ -f "$conf" ]] && grep -q 'hadoop-aws' "$conf"; }; then
    echo none
    return
  fi
  for prefix in hadoop-client-api hadoop-common; do
    found="$(compgen -G "$jars/$prefix-*.jar" | head -n 1 || true)"
    if [[ -n "$found" ]]; then
      found="${found##*/$prefix-}"
      echo "${found%.jar}"
      return
    fi
  done
  echo "submit.sh: found no Hadoop jar under $jars, so no hadoop-aws is added; if s3a:// or s3:// fails" \
    "with ClassNotFoundException S3AFileSystem, set COGNITO_ANALYZER_HADOOP_AWS=<the cluster's Hadoop version>" >&2
  echo none
}

# The user's own hadoop-aws (in --packages or --jars) wins over ours.
hadoop_aws="${COGNITO_ANALYZER_HADOOP_AWS:-}"
if [[ -z "$hadoop_aws" ]]; then
  if [[ "${submit_opts[*]:-}" == *hadoop-aws* ]]; then
    hadoop_aws=none
  else
    hadoop_aws="$(hadoop_aws_version)"
  fi
fi
[[ "$hadoop_aws" == none || "$hadoop_aws" =~ ^[0-9][0-9A-Za-z.+-]*$ ]] \
  || die "COGNITO_ANALYZER_HADOOP_AWS must be a Hadoop version such as 3.4.1, or none; got '$hadoop_aws'"

# spark-submit keeps only the last --packages, so ours joins the user's list if there is one.
if [[ "$hadoop_aws" != none ]]; then
  package="org.apache.hadoop:hadoop-aws:$hadoop_aws"
  merged=false
  for ((i = 0; i < ${#submit_opts[@]}; i++)); do
    case "${submit_opts[i]}" in
      --packages)
        ((i + 1 < ${#submit_opts[@]})) || die "--packages needs a value"
        submit_opts[i + 1]="${submit_opts[i + 1]},$package"
        merged=true
        ;;
      --packages=*)
        submit_opts[i]="${submit_opts[i]},$package"
        merged=true
        ;;
    esac
  done
  [[ "$merged" == true ]] || submit_opts=(--packages "$package" "${submit_opts[@]}")
fi

command=("$spark_submit" --class "$main_class" --name cognito-analyzer "${submit_opts[@]}" "$jar" "${app_args[@]}")
if [[ "${COGNITO_ANALYZER_DRY_RUN:-}" == 1 ]]; then
  printf '%q ' "${command[@]}"
  echo
  exit 0
fi
exec "${command[@]}"
