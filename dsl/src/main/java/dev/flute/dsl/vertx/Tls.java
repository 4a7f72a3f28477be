package dev.flute.dsl.vertx;

import io.vertx.core.net.JksOptions;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PfxOptions;
import java.nio.file.Path;

/**
 * The key and certificate a server presents for HTTPS: PEM files, or a key store.
 *
 * <pre>{@code
 * ServerConfig.port(8443).tls(Tls.pem(Path.of("fullchain.pem"), Path.of("privkey.pem")));
 * ServerConfig.port(8443).tls(Tls.keyStore(Path.of("server.p12"), System.getenv("KEYSTORE_PASSWORD")));
 * }</pre>
 *
 * @param certificate the PEM certificate chain, server first; null for a key store
 * @param privateKey the PEM private key (PKCS#8 or PKCS#1 RSA); null for a key store
 * @param keyStore a PKCS#12 ({@code .p12}, {@code .pfx}) or JKS ({@code .jks}) key store; null for PEM
 * @param password the key store's password
 */
public record Tls(Path certificate, Path privateKey, Path keyStore, String password) {

    public Tls {
        boolean pem = certificate != null && privateKey != null && keyStore == null;
        boolean store = keyStore != null && certificate == null && privateKey == null;
        if (!pem && !store) throw new IllegalArgumentException("TLS needs a PEM certificate and key, or a key store");
    }

    /** PEM files, as Let's Encrypt and openssl write them. */
    public static Tls pem(Path certificate, Path privateKey) {
        return new Tls(certificate, privateKey, null, null);
    }

    /** A key store: JKS when the file ends in {@code .jks}, PKCS#12 otherwise. */
    public static Tls keyStore(Path keyStore, String password) {
        return new Tls(null, null, keyStore, password);
    }

    KeyCertOptions options() {
        if (keyStore == null) {
            return new PemKeyCertOptions().setCertPath(certificate.toString()).setKeyPath(privateKey.toString());
        }
        String path = keyStore.toString();
        return path.endsWith(".jks")
                ? new JksOptions().setPath(path).setPassword(password)
                : new PfxOptions().setPath(path).setPassword(password);
    }
}
