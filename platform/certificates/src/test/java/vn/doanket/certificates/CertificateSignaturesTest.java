package vn.doanket.certificates;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateSignaturesTest {

    final CertificateSignatures signatures = new CertificateSignatures("khoa-thu-nghiem-0123456789".getBytes(StandardCharsets.UTF_8));

    @Test
    void aSignatureIs16BytesOfHmacInBase64Url() throws Exception {
        String s = signatures.sign("26560-2026-000001");
        assertThat(s).hasSize(22).matches("[A-Za-z0-9_-]{22}");
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("khoa-thu-nghiem-0123456789".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] full = mac.doFinal("26560-2026-000001".getBytes(StandardCharsets.UTF_8));
        assertThat(java.util.Base64.getUrlDecoder().decode(s)).isEqualTo(java.util.Arrays.copyOf(full, 16));
        assertThat(signatures.verify("26560-2026-000001", s)).isTrue();
    }

    @Test
    void anotherNumberAKeyOrAnAlteredSignatureDoesNotVerify() {
        String s = signatures.sign("26560-2026-000001");
        assertThat(signatures.verify("26560-2026-000002", s)).isFalse();
        assertThat(new CertificateSignatures("mot-khoa-khac-0123456789".getBytes(StandardCharsets.UTF_8))
                .verify("26560-2026-000001", s)).isFalse();
        char flipped = s.charAt(3) == 'A' ? 'B' : 'A';
        assertThat(signatures.verify("26560-2026-000001", s.substring(0, 3) + flipped + s.substring(4))).isFalse();
        assertThat(signatures.verify("26560-2026-000001", null)).isFalse();
        assertThat(signatures.verify("26560-2026-000001", "")).isFalse();
        assertThat(signatures.verify("26560-2026-000001", "!!!!!!!!!!!!!!!!!!!!!!")).isFalse();
        assertThat(signatures.verify(null, s)).isFalse();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new CertificateSignatures(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }
}
