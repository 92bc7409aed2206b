package io.newsflow.schemas;

import java.util.HashSet;
import java.util.Set;
import org.apache.avro.util.ClassSecurityValidator;

/** Adds our generated package to Avro's class allow-list (Avro 1.12.2 rejects unlisted classes). */
final class TrustedPackages {
  private static final Set<String> TRUSTED = new HashSet<>();

  private TrustedPackages() {}

  static synchronized void trust(String pkg) {
    if (!TRUSTED.add(pkg)) {
      return;
    }
    ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
    ClassSecurityValidator.setGlobal(c -> c.getName().startsWith(pkg + ".") || previous.isTrusted(c));
  }
}
