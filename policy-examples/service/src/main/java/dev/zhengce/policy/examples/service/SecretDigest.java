package dev.zhengce.policy.examples.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks the service's machine credentials: a password is kept as its SHA-256 digest and
 * compared in constant time. A fast digest is enough for secrets of at least
 * {@link Accounts#MIN_PASSWORD_LENGTH} random characters (a generated one has 256 bits), and it
 * keeps HTTP Basic cheap on every request; a slow hash (bcrypt) protects short, human passwords,
 * which this service does not take.
 */
final class SecretDigest implements PasswordEncoder {
    @Override
    public String encode(CharSequence raw) {
        return HexFormat.of().formatHex(digest(raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null || encoded.length() != 64) {
            return false;
        }
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(encoded);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(digest(raw), expected);
    }

    private static byte[] digest(CharSequence raw) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
