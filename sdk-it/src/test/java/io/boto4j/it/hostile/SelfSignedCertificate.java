package io.boto4j.it.hostile;

import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed TLS certificate made for one test run with the JDK's keytool (so no private key
 * is ever committed): a PKCS12 key store for the server and the certificate as PEM for a
 * client's CA bundle.
 *
 * @param keyStore    the PKCS12 file with the key and the certificate
 * @param password    its password
 * @param certificate the certificate alone, PEM
 */
public record SelfSignedCertificate(Path keyStore, String password, Path certificate) {

    /** A certificate whose subject alternative names are {@code san}, e.g. {@code ip:127.0.0.1,dns:localhost}. */
    public static SelfSignedCertificate create(Path dir, String name, String san) {
        Path keyStore = dir.resolve(name + ".p12");
        Path pem = dir.resolve(name + ".pem");
        String password = "test-only-" + name;
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=boto4j test " + name, "-ext", "SAN=" + san, "-validity", "2",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", password, "-keypass", password);
        keytool("-exportcert", "-rfc", "-alias", name, "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", password, "-file", pem.toString());
        return new SelfSignedCertificate(keyStore, password, pem);
    }

    /** Options for an HTTPS server on 127.0.0.1, on a free port, presenting this certificate. */
    HttpServerOptions httpsServerOptions() {
        return new HttpServerOptions().setHost("127.0.0.1").setPort(0).setSsl(true)
                .setKeyCertOptions(new PfxOptions().setPath(keyStore.toString()).setPassword(password));
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
