package com.ccp.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Passes bytes through while counting them and computing their SHA-256. */
final class Sha256Out extends FilterOutputStream {

    private final MessageDigest digest;
    private long bytes;

    Sha256Out(OutputStream out) {
        super(out);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        bytes++;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        out.write(data, offset, length);
        digest.update(data, offset, length);
        bytes += length;
    }

    /** Lower-case hex; call once, after the last byte. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    long bytes() {
        return bytes;
    }
}
