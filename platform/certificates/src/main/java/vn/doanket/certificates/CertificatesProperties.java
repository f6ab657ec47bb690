package vn.doanket.certificates;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the certificates library ({@code doanket.certificates.*}). */
@ConfigurationProperties("doanket.certificates")
public class CertificatesProperties {

    /** The development key; a service started with it logs a warning. */
    public static final String DEV_SIGNING_KEY = "doanket-dev-certificate-signing-key-REPLACE-IN-PRODUCTION";

    /**
     * The key of the verification links' signatures (its UTF-8 bytes, at least 16; use 32 random characters or more).
     * The default is a development key, published in the source: <b>replace it in production</b>
     * ({@code DOANKET_CERTIFICATES_SIGNING_KEY}); changing it invalidates every printed QR code.
     */
    private String signingKey = DEV_SIGNING_KEY;

    /**
     * The base of the verification links printed in QR codes, e.g. {@code https://xacthuc.doanket.vn}; empty means
     * the service's own URL as the request that renders the PDF reached it.
     */
    private String publicBaseUrl = "";

    public String getSigningKey() {
        return signingKey;
    }

    public void setSigningKey(String signingKey) {
        this.signingKey = signingKey;
    }

    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public void setPublicBaseUrl(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }
}
