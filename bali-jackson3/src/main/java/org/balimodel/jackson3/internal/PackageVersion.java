package org.balimodel.jackson3.internal;

import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of bali-jackson3 as the Maven build wrote it into {@code package-version.properties}
 * (a filtered resource), the way Jackson's own modules carry theirs.
 */
public final class PackageVersion implements Versioned {
  /** The version of this build; {@link Version#unknownVersion()} if the resource is missing. */
  public static final Version VERSION = load();

  @Override
  public Version version() {
    return VERSION;
  }

  private static Version load() {
    Properties properties = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("package-version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version"),
        properties.getProperty("groupId"),
        properties.getProperty("artifactId"));
  }
}
