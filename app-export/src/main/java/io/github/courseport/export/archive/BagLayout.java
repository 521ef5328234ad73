package io.github.courseport.export.archive;

/** Paths inside a Courseport bag (relative to the bag's root, with forward slashes). */
public final class BagLayout {
  public static final String BAGIT = "bagit.txt";
  public static final String BAG_INFO = "bag-info.txt";
  public static final String MANIFEST_SHA256 = "manifest-sha256.txt";
  public static final String MANIFEST_SHA512 = "manifest-sha512.txt";
  public static final String TAGMANIFEST_SHA256 = "tagmanifest-sha256.txt";
  public static final String DATA = "data";
  public static final String RECORD = "data/record";
  public static final String COURSES = "data/record/courses";
  public static final String LEARNER = "data/record/learner.json";
  public static final String COMPLETENESS = "data/record/completeness.json";

  /** What the run did (times, transports): run-dependent, so kept out of data/record. */
  public static final String RUN = "data/run.json";

  public static final String RAW = "data/raw";
  public static final String RAW_INDEX = "data/raw/index.jsonl";
  public static final String BAGIT_CONTENT =
      "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

  private BagLayout() {}

  /** The path of a course record. */
  public static String course(String key) {
    return COURSES + "/" + key + ".json";
  }

  /** The path of raw document number {@code n}. */
  public static String raw(long n) {
    String digits = Long.toString(n);
    StringBuilder path = new StringBuilder(RAW.length() + 12).append(RAW).append('/');
    for (int i = digits.length(); i < 6; i++) {
      path.append('0'); // at least six digits, as String.format("%06d") would, without its cost
    }
    return path.append(digits).append(".json").toString();
  }

  /**
   * The {@code bag-info.txt} label of the forum search's request budget per course that an export
   * ran with ({@code --forums N}); absent when the forums were not searched.
   */
  public static final String FORUM_REQUESTS_LABEL = "Courseport-Forum-Requests-Per-Course";
}
