package dev.zhengce.policy.examples.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The service's accounts. No credentials live in the repository:
 * <ul>
 * <li>the <b>ledger writer</b> (role {@code LEDGER_WRITER}, may record awards) comes from
 *     {@code ZHENGCE_WRITER_USER} and {@code ZHENGCE_WRITER_PASSWORD} (properties
 *     {@code zhengce.writer.user}, {@code zhengce.writer.password}); without them it is read
 *     from the file {@code credentials} in the data directory, beside the H2 database, which the
 *     first start creates with a random password, readable by its owner only, as one line
 *     {@code user:password} (what {@code curl -u "$(cat data/credentials)"} takes);</li>
 * <li>an optional <b>ledger reader</b> (role {@code LEDGER_READER}, may read the ledger, may
 *     not record) from {@code ZHENGCE_READER_USER} and {@code ZHENGCE_READER_PASSWORD}.</li>
 * </ul>
 * Passwords are at least {@link #MIN_PASSWORD_LENGTH} characters: they are machine secrets.
 */
final class Accounts {
    /** The shortest password accepted. */
    static final int MIN_PASSWORD_LENGTH = 20;
    /** The writer's role. */
    static final String WRITER = "LEDGER_WRITER";
    /** The reader's role. */
    static final String READER = "LEDGER_READER";
    /** The generated writer's user name. */
    static final String DEFAULT_WRITER = "ledger-writer";

    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    private Accounts() {}

    /**
     * Returns the accounts, the writer's generated on first start where the environment names none.
     *
     * @param env     the environment
     * @param dataDir the data directory
     * @param digest  how passwords are kept
     * @return the users
     */
    static List<UserDetails> load(Environment env, Path dataDir, SecretDigest digest) {
        List<UserDetails> users = new ArrayList<>();
        String user = env.getProperty("zhengce.writer.user");
        String password = env.getProperty("zhengce.writer.password");
        if (user == null && password == null) {
            String[] generated = credentialsFile(dataDir.resolve("credentials"));
            user = generated[0];
            password = generated[1];
        }
        users.add(account("zhengce.writer", user, password, WRITER, digest));
        String reader = env.getProperty("zhengce.reader.user");
        String readerPassword = env.getProperty("zhengce.reader.password");
        if (reader != null || readerPassword != null) {
            users.add(account("zhengce.reader", reader, readerPassword, READER, digest));
        }
        return users;
    }

    private static UserDetails account(String prefix, String user, String password, String role, SecretDigest digest) {
        if (user == null || !user.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalStateException(prefix + ".user: give a user name of letters, digits, '.', '_' or '-'");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.contains(":")) {
            throw new IllegalStateException(prefix + ".password: give a random secret of at least "
                    + MIN_PASSWORD_LENGTH + " characters (no ':')");
        }
        return User.withUsername(user)
                .password(digest.encode(password))
                .roles(role)
                .build();
    }

    /** Reads the writer's credentials file, creating it (owner-only) with a random password on first start. */
    private static String[] credentialsFile(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                create(file);
            }
            checkOwnerOnly(file);
            String line = Files.readString(file, StandardCharsets.UTF_8).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(file.toAbsolutePath() + ": one line user:password expected");
            }
            LOG.info(
                    "ledger writer '{}': credentials in {} (owner-only; curl -u \"$(cat {})\")",
                    line.substring(0, colon),
                    file.toAbsolutePath(),
                    file);
            return new String[] {line.substring(0, colon), line.substring(colon + 1)};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the credentials file " + file.toAbsolutePath(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String line =
                DEFAULT_WRITER + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n";
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (posix(file)) {
            Files.createFile(
                    temporary,
                    PosixFilePermissions.asFileAttribute(
                            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
        } else {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, line, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temporary); // another start made it first: keep theirs
        }
        LOG.warn("first start: generated the ledger writer's password in {}", file.toAbsolutePath());
    }

    private static void checkOwnerOnly(Path file) throws IOException {
        if (!posix(file)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        permissions.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        if (!permissions.isEmpty()) {
            throw new IllegalStateException(file.toAbsolutePath() + " is readable by others ("
                    + PosixFilePermissions.toString(Files.getPosixFilePermissions(file))
                    + "): chmod 600 it, or remove it to have a new password generated");
        }
    }

    private static boolean posix(Path file) {
        return Files.getFileAttributeView(file.toAbsolutePath().getParent(), PosixFileAttributeView.class) != null;
    }
}
