package org.mplp.server.tls;

import io.netty.util.NetUtil;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.x509.GeneralName;

/**
 * The host names and IP addresses a server certificate names (its subject alternative names), in
 * one spelling each: names in lower case, IP addresses without scope and IPv6 compressed.
 */
final class CertificateNames {

  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

  private CertificateNames() {}

  /**
   * The names for a server listening on a host: the host itself (for a wildcard address, this
   * machine's name and addresses), and the loopback names, so that local clients connect by any.
   */
  static Set<String> forHost(String host) {
    Set<String> names = new LinkedHashSet<>();
    if (isWildcard(host)) {
      addLocalNames(names);
    } else {
      names.add(canonical(host));
    }
    LOOPBACK.forEach(name -> names.add(canonical(name)));
    return names;
  }

  /** The DNS names and IP addresses of a certificate. */
  static Set<String> of(X509Certificate certificate) {
    Set<String> names = new LinkedHashSet<>();
    try {
      Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
      for (List<?> entry : entries == null ? List.<List<?>>of() : entries) {
        int type = (Integer) entry.get(0);
        if (type == GeneralName.dNSName || type == GeneralName.iPAddress) {
          names.add(canonical((String) entry.get(1)));
        }
      }
    } catch (CertificateParsingException e) {
      // Names that cannot be read name nothing.
    }
    return names;
  }

  /** 0.0.0.0 or :: : the server listens on every address of the machine. */
  static boolean isWildcard(String host) {
    byte[] address = NetUtil.createByteArrayFromIpAddressString(host);
    return address != null && Arrays.equals(address, new byte[address.length]);
  }

  static String canonical(String name) {
    int scope = name.indexOf('%');
    String withoutScope = scope < 0 ? name : name.substring(0, scope);
    byte[] address = NetUtil.createByteArrayFromIpAddressString(withoutScope);
    if (address != null) {
      return NetUtil.bytesToIpAddress(address);
    }
    return withoutScope.toLowerCase(Locale.ROOT);
  }

  /** The subject alternative name entry of a canonical name. */
  static GeneralName generalName(String name) {
    boolean ip = NetUtil.createByteArrayFromIpAddressString(name) != null;
    return new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, name);
  }

  /** This machine's name, or localhost when it has none. */
  static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  private static void addLocalNames(Set<String> names) {
    names.add(canonical(localHostName()));
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          // A link-local address needs a scope, which a certificate cannot carry.
          if (!address.isLinkLocalAddress()) {
            names.add(canonical(address.getHostAddress()));
          }
        }
      }
    } catch (SocketException e) {
      // The loopback names remain.
    }
  }
}
